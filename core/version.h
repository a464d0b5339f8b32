#pragma once

// The application's version, as given by the top-level project() call.
inline constexpr const char *socketlabVersion = SOCKETLAB_VERSION;

// The reverse-DNS id of the desktop entry, the metainfo and the installed icon.
inline constexpr const char *socketlabAppId = SOCKETLAB_APP_ID;
