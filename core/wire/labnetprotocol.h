#pragma once

// The messages between SocketLab and its lab network helper (socketlab-labnet),
// shared by both sides. Plain C++ and POSIX: the helper links no Qt.
//
// Transport: one AF_UNIX SOCK_SEQPACKET socketpair(2); the app keeps one end,
// the helper inherits the other and is told its number with `--fd N`. Every
// message is one packet, so a message never arrives in pieces.
//
//   helper -> app  Reply{op = Ready}   once, after the namespace is made (error 0,
//                                      mode says how) or could not be (error =
//                                      errno, call names the refused call); the
//                                      helper exits after a failed Ready.
//   app -> helper  Request{op = Socket, family, type, proto}
//   helper -> app  Reply{op = Socket}  error 0 with the new fd attached as
//                                      SCM_RIGHTS (unix(7)), or errno + call
//   app -> helper  Request{op = Capture}
//   helper -> app  Reply{op = Capture} an AF_PACKET SOCK_RAW fd bound to the
//                                      namespace's lo (packet(7)), or errno
//
// The helper exits when the app's end closes (recv returns 0).

#include <cstdint>

namespace LabNetProtocol {

constexpr std::uint32_t Magic = 0x534c4e31; // "SLN1"

enum Op : std::uint32_t {
    Ready = 1,
    Socket = 2,
    Capture = 3,
};

// How the helper made its namespace (Reply::mode of a good Ready).
enum Mode : std::uint32_t {
    NoNamespace = 0,
    NetworkOnly = 1, // root: unshare(CLONE_NEWNET)
    UserAndNetwork = 2, // anyone: unshare(CLONE_NEWUSER | CLONE_NEWNET)
};

struct Request
{
    std::uint32_t magic = Magic;
    std::uint32_t op = 0;
    std::int32_t family = 0; // Socket: socket(2)'s domain (AF_INET, AF_INET6)
    std::int32_t type = 0; // Socket: SOCK_STREAM, SOCK_DGRAM
    std::int32_t proto = 0; // Socket: 0, IPPROTO_TCP, IPPROTO_UDP
};

struct Reply
{
    std::uint32_t magic = Magic;
    std::uint32_t op = 0;
    std::int32_t error = 0; // 0, or the errno of `call`
    std::uint32_t mode = NoNamespace; // Ready only
    char call[64] = {}; // the call that failed, e.g. "unshare(CLONE_NEWUSER|CLONE_NEWNET)"
    char reason[160] = {}; // a short note from the helper (ASCII, NUL-terminated)
};

} // namespace LabNetProtocol
