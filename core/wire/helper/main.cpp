// socketlab-labnet: SocketLab's lab network helper (no Qt).
//
// Enters a new network namespace whose only interface is `lo`, brings `lo`
// up, and then makes sockets in it for the app that started it, passing each
// fd back over the inherited socketpair with SCM_RIGHTS (unix(7)). The
// messages are core/wire/labnetprotocol.h's.
//
//   socketlab-labnet --fd N [--user-namespace]
//
// As root it enters a network namespace alone (unshare(2) CLONE_NEWNET); as
// anyone else, or as root with --user-namespace or when that is refused, a new
// user namespace with it (CLONE_NEWUSER | CLONE_NEWNET, user_namespaces(7))
// that maps only the caller's own uid and gid (setgroups denied). It never
// gains privilege: no setuid bit, no_new_privs set, and once `lo` is up it
// keeps only CAP_NET_RAW (for the capture socket), and only in its own
// namespaces when it is not root. It exits when the app's end closes.

#include "core/wire/labnetprotocol.h"
#include "core/wire/locapture.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace LabNetProtocol;

namespace {

Reply reply(std::uint32_t op, int error = 0, const char *call = "", const char *reason = "")
{
    Reply r;
    r.op = op;
    r.error = error;
    std::snprintf(r.call, sizeof r.call, "%s", call);
    std::snprintf(r.reason, sizeof r.reason, "%s", reason);
    return r;
}

// One packet on the channel, with `fd` attached when it is >= 0.
bool send(int channel, const Reply &r, int fd = -1)
{
    iovec iov {const_cast<Reply *>(&r), sizeof r};
    msghdr msg {};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    if (fd >= 0) {
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(c), &fd, sizeof fd);
    }
    ssize_t n;
    do
        n = sendmsg(channel, &msg, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n == ssize_t(sizeof r);
}

// Writes `text` to a /proc file; returns 0 or the errno.
int writeFile(const char *path, const char *text)
{
    const int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const ssize_t length = ssize_t(std::strlen(text));
    const int error = write(fd, text, size_t(length)) == length ? 0 : errno;
    close(fd);
    return error;
}

// unshare(CLONE_NEWUSER | CLONE_NEWNET) and the one-id maps
// (user_namespaces(7)). Returns the failed Ready, or a good one.
Reply enterUserAndNetwork()
{
    const uid_t uid = getuid();
    const gid_t gid = getgid();
    if (unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
        return reply(Ready, errno, "unshare(CLONE_NEWUSER|CLONE_NEWNET)",
            "the kernel refused a new user namespace");
    char map[64];
    // Writing gid_map without CAP_SETGID in the parent needs setgroups denied
    // first (Linux 3.19); an older kernel has no such file.
    const int setgroups = writeFile("/proc/self/setgroups", "deny");
    if (setgroups != 0 && setgroups != ENOENT)
        return reply(Ready, setgroups, "write(/proc/self/setgroups)", "deny");
    std::snprintf(map, sizeof map, "%u %u 1\n", unsigned(uid), unsigned(uid));
    if (const int error = writeFile("/proc/self/uid_map", map))
        return reply(Ready, error, "write(/proc/self/uid_map)", map);
    std::snprintf(map, sizeof map, "%u %u 1\n", unsigned(gid), unsigned(gid));
    if (const int error = writeFile("/proc/self/gid_map", map))
        return reply(Ready, error, "write(/proc/self/gid_map)", map);
    Reply r = reply(Ready);
    r.mode = UserAndNetwork;
    return r;
}

// ioctl(2) SIOCGIFFLAGS / SIOCSIFFLAGS with IFF_UP (netdevice(7)).
Reply bringLoopbackUp(Reply ready)
{
    const int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s < 0)
        return reply(Ready, errno, "socket(AF_INET, SOCK_DGRAM)", "to bring lo up");
    ifreq ifr {};
    std::snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "lo");
    int error = 0;
    if (ioctl(s, SIOCGIFFLAGS, &ifr) != 0) {
        error = errno;
    } else {
        ifr.ifr_flags = short(ifr.ifr_flags | IFF_UP | IFF_RUNNING);
        if (ioctl(s, SIOCSIFFLAGS, &ifr) != 0)
            error = errno;
    }
    close(s);
    if (error != 0)
        return reply(Ready, error, "ioctl(SIOCSIFFLAGS, lo, IFF_UP)", "lo stays down");
    return ready;
}

// Keeps CAP_NET_RAW alone (capget(2)/capset(2), capabilities(7)): enough for
// the capture socket, nothing else.
void keepOnlyNetRaw()
{
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (syscall(SYS_capget, &header, data) != 0)
        return;
    const std::uint32_t bit = 1u << CAP_NET_RAW; // CAP_NET_RAW is 13: word 0
    const std::uint32_t had = data[0].permitted & bit;
    data[0].effective = data[0].permitted = had;
    data[0].inheritable = 0;
    data[1] = {};
    syscall(SYS_capset, &header, data);
}

void serve(int channel)
{
    for (;;) {
        Request request;
        const ssize_t n = recv(channel, &request, sizeof request, 0);
        if (n == 0)
            return; // the app closed its end
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (n != ssize_t(sizeof request) || request.magic != Magic) {
            send(channel, reply(request.op, EINVAL, "recv", "malformed request"));
            continue;
        }
        int fd = -1;
        int error = 0;
        const char *call = "";
        if (request.op == Socket) {
            if (request.family != AF_INET && request.family != AF_INET6) {
                send(channel,
                    reply(
                        Socket, EAFNOSUPPORT, "socket", "the lab makes AF_INET and AF_INET6 only"));
                continue;
            }
            fd = socket(request.family, request.type | SOCK_CLOEXEC, request.proto);
            error = errno;
            call = "socket";
        } else if (request.op == Capture) {
            fd = LoCapture::open(&error, &call);
        } else {
            send(channel, reply(request.op, EINVAL, "recv", "unknown request"));
            continue;
        }
        if (fd < 0) {
            send(channel, reply(request.op, error, call));
            continue;
        }
        send(channel, reply(request.op), fd);
        close(fd); // the app holds its own copy now
    }
}

int usage(const char *program)
{
    std::fprintf(stderr,
        "usage: %s --fd N [--user-namespace]\n"
        "SocketLab starts this helper itself: it makes sockets in a private\n"
        "network namespace and hands them over the socket N.\n",
        program);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    int channel = -1;
    bool forceUser = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--fd") == 0 && i + 1 < argc) {
            char *end = nullptr;
            const long value = std::strtol(argv[++i], &end, 10);
            if (*end != '\0' || value < 0 || value > 65535)
                return usage(argv[0]);
            channel = int(value);
        } else if (std::strcmp(argv[i], "--user-namespace") == 0) {
            forceUser = true;
        } else if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("socketlab-labnet %s\n", SOCKETLAB_VERSION);
            return 0;
        } else {
            return usage(argv[0]);
        }
    }
    struct stat info
    {
    };
    if (channel < 0 || fstat(channel, &info) != 0 || !S_ISSOCK(info.st_mode))
        return usage(argv[0]);
    // Holds nothing of the app's but the channel (and stdin/out/err).
    if (channel > 3)
        syscall(SYS_close_range, 3u, unsigned(channel - 1), 0u);
    syscall(SYS_close_range, unsigned(channel + 1), ~0u, 0u);
    fcntl(channel, F_SETFD, FD_CLOEXEC);
    signal(SIGPIPE, SIG_IGN);
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);

    Reply ready = reply(Ready);
    if (!forceUser && geteuid() == 0 && unshare(CLONE_NEWNET) == 0)
        ready.mode = NetworkOnly;
    else
        ready = enterUserAndNetwork();
    if (ready.error == 0)
        ready = bringLoopbackUp(ready);
    if (ready.error != 0) {
        send(channel, ready);
        return 1;
    }
    keepOnlyNetRaw();
    if (!send(channel, ready))
        return 1;
    serve(channel);
    return 0;
}
