#pragma once

#include <QObject>

// A socket's lifecycle as the lesson draws it. LiveSocket::State names it;
// CallEvent keeps the state each call left (CallEvent::Snapshot).
namespace Lifecycle {
Q_NAMESPACE

enum class State {
    Unopened, // no fd yet (before socket())
    Created, // socket() done
    Bound, // bind() done
    Listening, // listen() done
    Connecting, // connect() returned EINPROGRESS
    Connected, // connect() completed, or returned by accept()
    PeerClosed, // recv() returned 0: the peer sent FIN
    Closed, // close() done
};
Q_ENUM_NS(State)

} // namespace Lifecycle
