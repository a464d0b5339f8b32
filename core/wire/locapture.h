#pragma once

// The capture socket on lo, shared by the lab network's helper (inside its
// namespace) and the app (this machine's lo, when it may capture). Plain
// C++ and POSIX: the helper links no Qt.

#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

namespace LoCapture {

// socket(AF_PACKET, SOCK_RAW, ETH_P_ALL) bound to lo (packet(7)). A frame
// on lo passes the tap twice, leaving (PACKET_OUTGOING) and arriving; a
// classic BPF filter (SO_ATTACH_FILTER) keeps the arriving copy only.
// The fd, or -1 with *error (errno) and *call (the call refused).
inline int open(int *error, const char **call)
{
    const int fd = ::socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, htons(ETH_P_ALL));
    if (fd < 0) {
        *error = errno;
        *call = "socket(AF_PACKET, SOCK_RAW, ETH_P_ALL)";
        return -1;
    }
    sock_filter code[] = {
        BPF_STMT(BPF_LD | BPF_B | BPF_ABS, std::uint32_t(SKF_AD_OFF + SKF_AD_PKTTYPE)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PACKET_OUTGOING, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, 0),
        BPF_STMT(BPF_RET | BPF_K, 0xFFFFFFFFu),
    };
    sock_fprog program {sizeof code / sizeof code[0], code};
    if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof program) != 0) {
        *error = errno;
        *call = "setsockopt(SO_ATTACH_FILTER)";
        ::close(fd);
        return -1;
    }
    sockaddr_ll address {};
    address.sll_family = AF_PACKET;
    address.sll_protocol = htons(ETH_P_ALL);
    address.sll_ifindex = int(if_nametoindex("lo"));
    if (address.sll_ifindex == 0
        || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        *error = address.sll_ifindex == 0 ? ENODEV : errno;
        *call = "bind(AF_PACKET, lo)";
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace LoCapture
