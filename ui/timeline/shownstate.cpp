#include "ui/timeline/shownstate.h"

#include <sys/socket.h>

LiveSocket::State ShownState::of(const LiveSocket &socket)
{
    const LiveSocket::State state = socket.state();
    if (state != LiveSocket::State::Connected || socket.socket().type() != SOCK_STREAM)
        return state;
    const TcpInfo info = socket.tcpInfo();
    if (!info.valid)
        return state;
    switch (info.state) {
    case TcpInfo::State::CloseWait:
    case TcpInfo::State::LastAck:
    case TcpInfo::State::Closing:
    case TcpInfo::State::TimeWait:
    case TcpInfo::State::Closed:
        return LiveSocket::State::PeerClosed;
    default:
        return state;
    }
}

QString ShownState::label(const LiveSocket &socket)
{
    return LiveSocket::stateLabel(of(socket));
}
