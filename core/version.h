#pragma once

// The application's version, as given by the top-level project() call.
inline constexpr const char *socketlabVersion = SOCKETLAB_VERSION;
