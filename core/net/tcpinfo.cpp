#include "core/net/tcpinfo.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

QString TcpInfo::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return {};
    case State::Established:
        return u"ESTABLISHED"_s;
    case State::SynSent:
        return u"SYN_SENT"_s;
    case State::SynRecv:
        return u"SYN_RECV"_s;
    case State::FinWait1:
        return u"FIN_WAIT1"_s;
    case State::FinWait2:
        return u"FIN_WAIT2"_s;
    case State::TimeWait:
        return u"TIME_WAIT"_s;
    case State::Closed:
        return u"CLOSED"_s;
    case State::CloseWait:
        return u"CLOSE_WAIT"_s;
    case State::LastAck:
        return u"LAST_ACK"_s;
    case State::Listen:
        return u"LISTEN"_s;
    case State::Closing:
        return u"CLOSING"_s;
    }
    return {};
}

TcpInfo TcpInfo::read(int fd)
{
    TcpInfo info;
#ifdef Q_OS_LINUX
    if (fd < 0)
        return info;
    // glibc's struct tcp_info stops at tcpi_total_retrans; the kernel's
    // (linux/tcp.h) goes on with tcpi_pacing_rate, tcpi_max_pacing_rate,
    // tcpi_bytes_acked and tcpi_bytes_received, and fills what fits.
    struct
    {
        tcp_info base;
        std::uint64_t pacingRate;
        std::uint64_t maxPacingRate;
        std::uint64_t bytesAcked;
        std::uint64_t bytesReceived;
    } all {};
    tcp_info &raw = all.base;
    socklen_t length = sizeof all;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &all, &length) != 0)
        return info;
    if (length >= offsetof(decltype(all), bytesReceived) + sizeof all.bytesReceived) {
        info.bytesAcked = qint64(all.bytesAcked);
        info.bytesReceived = qint64(all.bytesReceived);
    }
    info.valid = true;
    switch (raw.tcpi_state) {
    case TCP_ESTABLISHED:
        info.state = State::Established;
        break;
    case TCP_SYN_SENT:
        info.state = State::SynSent;
        break;
    case TCP_SYN_RECV:
        info.state = State::SynRecv;
        break;
    case TCP_FIN_WAIT1:
        info.state = State::FinWait1;
        break;
    case TCP_FIN_WAIT2:
        info.state = State::FinWait2;
        break;
    case TCP_TIME_WAIT:
        info.state = State::TimeWait;
        break;
    case TCP_CLOSE:
        info.state = State::Closed;
        break;
    case TCP_CLOSE_WAIT:
        info.state = State::CloseWait;
        break;
    case TCP_LAST_ACK:
        info.state = State::LastAck;
        break;
    case TCP_LISTEN:
        info.state = State::Listen;
        break;
    case TCP_CLOSING:
        info.state = State::Closing;
        break;
    default:
        info.state = State::Unknown;
        break;
    }
    if (info.state == State::Listen) {
        info.acceptQueueLength = raw.tcpi_unacked;
        info.acceptQueueLimit = raw.tcpi_sacked;
    }
    info.mss = raw.tcpi_snd_mss;
    info.rttUs = raw.tcpi_rtt;
#else
    Q_UNUSED(fd);
#endif
    return info;
}

bool TcpInfo::handshakeCompleted() const
{
    if (!valid)
        return false;
    switch (state) {
    case State::Unknown:
    case State::SynSent:
    case State::Listen:
        return false;
    case State::Closed:
        return bytesAcked > 0;
    default:
        return true;
    }
}
