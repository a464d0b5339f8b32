#include "core/platform/constants.h"

#include <QHash>
#include <QMap>

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QList<Constants::Entry> buildTable()
{
    QList<Constants::Entry> table;
    const auto add = [&table](const QString &name, qint64 value, const QString &group) {
        table.append({name, value, group});
    };
    // One #ifdef per name: only what this platform's headers define.
#ifdef AF_UNSPEC
    add(u"AF_UNSPEC"_s, AF_UNSPEC, u"AF_"_s);
#endif
#ifdef AF_UNIX
    add(u"AF_UNIX"_s, AF_UNIX, u"AF_"_s);
#endif
#ifdef AF_LOCAL
    add(u"AF_LOCAL"_s, AF_LOCAL, u"AF_"_s);
#endif
#ifdef AF_INET
    add(u"AF_INET"_s, AF_INET, u"AF_"_s);
#endif
#ifdef AF_AX25
    add(u"AF_AX25"_s, AF_AX25, u"AF_"_s);
#endif
#ifdef AF_IPX
    add(u"AF_IPX"_s, AF_IPX, u"AF_"_s);
#endif
#ifdef AF_APPLETALK
    add(u"AF_APPLETALK"_s, AF_APPLETALK, u"AF_"_s);
#endif
#ifdef AF_NETROM
    add(u"AF_NETROM"_s, AF_NETROM, u"AF_"_s);
#endif
#ifdef AF_BRIDGE
    add(u"AF_BRIDGE"_s, AF_BRIDGE, u"AF_"_s);
#endif
#ifdef AF_ATMPVC
    add(u"AF_ATMPVC"_s, AF_ATMPVC, u"AF_"_s);
#endif
#ifdef AF_X25
    add(u"AF_X25"_s, AF_X25, u"AF_"_s);
#endif
#ifdef AF_INET6
    add(u"AF_INET6"_s, AF_INET6, u"AF_"_s);
#endif
#ifdef AF_ROSE
    add(u"AF_ROSE"_s, AF_ROSE, u"AF_"_s);
#endif
#ifdef AF_DECnet
    add(u"AF_DECnet"_s, AF_DECnet, u"AF_"_s);
#endif
#ifdef AF_NETBEUI
    add(u"AF_NETBEUI"_s, AF_NETBEUI, u"AF_"_s);
#endif
#ifdef AF_SECURITY
    add(u"AF_SECURITY"_s, AF_SECURITY, u"AF_"_s);
#endif
#ifdef AF_KEY
    add(u"AF_KEY"_s, AF_KEY, u"AF_"_s);
#endif
#ifdef AF_NETLINK
    add(u"AF_NETLINK"_s, AF_NETLINK, u"AF_"_s);
#endif
#ifdef AF_ROUTE
    add(u"AF_ROUTE"_s, AF_ROUTE, u"AF_"_s);
#endif
#ifdef AF_PACKET
    add(u"AF_PACKET"_s, AF_PACKET, u"AF_"_s);
#endif
#ifdef AF_ASH
    add(u"AF_ASH"_s, AF_ASH, u"AF_"_s);
#endif
#ifdef AF_ECONET
    add(u"AF_ECONET"_s, AF_ECONET, u"AF_"_s);
#endif
#ifdef AF_ATMSVC
    add(u"AF_ATMSVC"_s, AF_ATMSVC, u"AF_"_s);
#endif
#ifdef AF_RDS
    add(u"AF_RDS"_s, AF_RDS, u"AF_"_s);
#endif
#ifdef AF_SNA
    add(u"AF_SNA"_s, AF_SNA, u"AF_"_s);
#endif
#ifdef AF_IRDA
    add(u"AF_IRDA"_s, AF_IRDA, u"AF_"_s);
#endif
#ifdef AF_PPPOX
    add(u"AF_PPPOX"_s, AF_PPPOX, u"AF_"_s);
#endif
#ifdef AF_WANPIPE
    add(u"AF_WANPIPE"_s, AF_WANPIPE, u"AF_"_s);
#endif
#ifdef AF_LLC
    add(u"AF_LLC"_s, AF_LLC, u"AF_"_s);
#endif
#ifdef AF_IB
    add(u"AF_IB"_s, AF_IB, u"AF_"_s);
#endif
#ifdef AF_MPLS
    add(u"AF_MPLS"_s, AF_MPLS, u"AF_"_s);
#endif
#ifdef AF_CAN
    add(u"AF_CAN"_s, AF_CAN, u"AF_"_s);
#endif
#ifdef AF_TIPC
    add(u"AF_TIPC"_s, AF_TIPC, u"AF_"_s);
#endif
#ifdef AF_BLUETOOTH
    add(u"AF_BLUETOOTH"_s, AF_BLUETOOTH, u"AF_"_s);
#endif
#ifdef AF_IUCV
    add(u"AF_IUCV"_s, AF_IUCV, u"AF_"_s);
#endif
#ifdef AF_RXRPC
    add(u"AF_RXRPC"_s, AF_RXRPC, u"AF_"_s);
#endif
#ifdef AF_ISDN
    add(u"AF_ISDN"_s, AF_ISDN, u"AF_"_s);
#endif
#ifdef AF_PHONET
    add(u"AF_PHONET"_s, AF_PHONET, u"AF_"_s);
#endif
#ifdef AF_IEEE802154
    add(u"AF_IEEE802154"_s, AF_IEEE802154, u"AF_"_s);
#endif
#ifdef AF_CAIF
    add(u"AF_CAIF"_s, AF_CAIF, u"AF_"_s);
#endif
#ifdef AF_ALG
    add(u"AF_ALG"_s, AF_ALG, u"AF_"_s);
#endif
#ifdef AF_NFC
    add(u"AF_NFC"_s, AF_NFC, u"AF_"_s);
#endif
#ifdef AF_VSOCK
    add(u"AF_VSOCK"_s, AF_VSOCK, u"AF_"_s);
#endif
#ifdef AF_KCM
    add(u"AF_KCM"_s, AF_KCM, u"AF_"_s);
#endif
#ifdef AF_QIPCRTR
    add(u"AF_QIPCRTR"_s, AF_QIPCRTR, u"AF_"_s);
#endif
#ifdef AF_SMC
    add(u"AF_SMC"_s, AF_SMC, u"AF_"_s);
#endif
#ifdef AF_XDP
    add(u"AF_XDP"_s, AF_XDP, u"AF_"_s);
#endif
#ifdef AF_MCTP
    add(u"AF_MCTP"_s, AF_MCTP, u"AF_"_s);
#endif
#ifdef SOCK_STREAM
    add(u"SOCK_STREAM"_s, SOCK_STREAM, u"SOCK_"_s);
#endif
#ifdef SOCK_DGRAM
    add(u"SOCK_DGRAM"_s, SOCK_DGRAM, u"SOCK_"_s);
#endif
#ifdef SOCK_RAW
    add(u"SOCK_RAW"_s, SOCK_RAW, u"SOCK_"_s);
#endif
#ifdef SOCK_RDM
    add(u"SOCK_RDM"_s, SOCK_RDM, u"SOCK_"_s);
#endif
#ifdef SOCK_SEQPACKET
    add(u"SOCK_SEQPACKET"_s, SOCK_SEQPACKET, u"SOCK_"_s);
#endif
#ifdef SOCK_DCCP
    add(u"SOCK_DCCP"_s, SOCK_DCCP, u"SOCK_"_s);
#endif
#ifdef SOCK_PACKET
    add(u"SOCK_PACKET"_s, SOCK_PACKET, u"SOCK_"_s);
#endif
#ifdef SOCK_NONBLOCK
    add(u"SOCK_NONBLOCK"_s, SOCK_NONBLOCK, u"SOCK_"_s);
#endif
#ifdef SOCK_CLOEXEC
    add(u"SOCK_CLOEXEC"_s, SOCK_CLOEXEC, u"SOCK_"_s);
#endif
#ifdef IPPROTO_IP
    add(u"IPPROTO_IP"_s, IPPROTO_IP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_HOPOPTS
    add(u"IPPROTO_HOPOPTS"_s, IPPROTO_HOPOPTS, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_ICMP
    add(u"IPPROTO_ICMP"_s, IPPROTO_ICMP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_IGMP
    add(u"IPPROTO_IGMP"_s, IPPROTO_IGMP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_IPIP
    add(u"IPPROTO_IPIP"_s, IPPROTO_IPIP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_TCP
    add(u"IPPROTO_TCP"_s, IPPROTO_TCP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_EGP
    add(u"IPPROTO_EGP"_s, IPPROTO_EGP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_PUP
    add(u"IPPROTO_PUP"_s, IPPROTO_PUP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_UDP
    add(u"IPPROTO_UDP"_s, IPPROTO_UDP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_IDP
    add(u"IPPROTO_IDP"_s, IPPROTO_IDP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_TP
    add(u"IPPROTO_TP"_s, IPPROTO_TP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_DCCP
    add(u"IPPROTO_DCCP"_s, IPPROTO_DCCP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_IPV6
    add(u"IPPROTO_IPV6"_s, IPPROTO_IPV6, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_ROUTING
    add(u"IPPROTO_ROUTING"_s, IPPROTO_ROUTING, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_FRAGMENT
    add(u"IPPROTO_FRAGMENT"_s, IPPROTO_FRAGMENT, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_RSVP
    add(u"IPPROTO_RSVP"_s, IPPROTO_RSVP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_GRE
    add(u"IPPROTO_GRE"_s, IPPROTO_GRE, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_ESP
    add(u"IPPROTO_ESP"_s, IPPROTO_ESP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_AH
    add(u"IPPROTO_AH"_s, IPPROTO_AH, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_ICMPV6
    add(u"IPPROTO_ICMPV6"_s, IPPROTO_ICMPV6, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_NONE
    add(u"IPPROTO_NONE"_s, IPPROTO_NONE, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_DSTOPTS
    add(u"IPPROTO_DSTOPTS"_s, IPPROTO_DSTOPTS, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_MTP
    add(u"IPPROTO_MTP"_s, IPPROTO_MTP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_BEETPH
    add(u"IPPROTO_BEETPH"_s, IPPROTO_BEETPH, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_ENCAP
    add(u"IPPROTO_ENCAP"_s, IPPROTO_ENCAP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_PIM
    add(u"IPPROTO_PIM"_s, IPPROTO_PIM, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_COMP
    add(u"IPPROTO_COMP"_s, IPPROTO_COMP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_L2TP
    add(u"IPPROTO_L2TP"_s, IPPROTO_L2TP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_SCTP
    add(u"IPPROTO_SCTP"_s, IPPROTO_SCTP, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_MH
    add(u"IPPROTO_MH"_s, IPPROTO_MH, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_UDPLITE
    add(u"IPPROTO_UDPLITE"_s, IPPROTO_UDPLITE, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_MPLS
    add(u"IPPROTO_MPLS"_s, IPPROTO_MPLS, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_ETHERNET
    add(u"IPPROTO_ETHERNET"_s, IPPROTO_ETHERNET, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_RAW
    add(u"IPPROTO_RAW"_s, IPPROTO_RAW, u"IPPROTO_"_s);
#endif
#ifdef IPPROTO_MPTCP
    add(u"IPPROTO_MPTCP"_s, IPPROTO_MPTCP, u"IPPROTO_"_s);
#endif
#ifdef SOL_SOCKET
    add(u"SOL_SOCKET"_s, SOL_SOCKET, u"SOL_"_s);
#endif
#ifdef SOL_IP
    add(u"SOL_IP"_s, SOL_IP, u"SOL_"_s);
#endif
#ifdef SOL_IPV6
    add(u"SOL_IPV6"_s, SOL_IPV6, u"SOL_"_s);
#endif
#ifdef SOL_TCP
    add(u"SOL_TCP"_s, SOL_TCP, u"SOL_"_s);
#endif
#ifdef SOL_UDP
    add(u"SOL_UDP"_s, SOL_UDP, u"SOL_"_s);
#endif
#ifdef SOL_RAW
    add(u"SOL_RAW"_s, SOL_RAW, u"SOL_"_s);
#endif
#ifdef SOL_PACKET
    add(u"SOL_PACKET"_s, SOL_PACKET, u"SOL_"_s);
#endif
#ifdef SOL_ICMPV6
    add(u"SOL_ICMPV6"_s, SOL_ICMPV6, u"SOL_"_s);
#endif
#ifdef SO_DEBUG
    add(u"SO_DEBUG"_s, SO_DEBUG, u"SO_"_s);
#endif
#ifdef SO_REUSEADDR
    add(u"SO_REUSEADDR"_s, SO_REUSEADDR, u"SO_"_s);
#endif
#ifdef SO_TYPE
    add(u"SO_TYPE"_s, SO_TYPE, u"SO_"_s);
#endif
#ifdef SO_ERROR
    add(u"SO_ERROR"_s, SO_ERROR, u"SO_"_s);
#endif
#ifdef SO_DONTROUTE
    add(u"SO_DONTROUTE"_s, SO_DONTROUTE, u"SO_"_s);
#endif
#ifdef SO_BROADCAST
    add(u"SO_BROADCAST"_s, SO_BROADCAST, u"SO_"_s);
#endif
#ifdef SO_SNDBUF
    add(u"SO_SNDBUF"_s, SO_SNDBUF, u"SO_"_s);
#endif
#ifdef SO_RCVBUF
    add(u"SO_RCVBUF"_s, SO_RCVBUF, u"SO_"_s);
#endif
#ifdef SO_KEEPALIVE
    add(u"SO_KEEPALIVE"_s, SO_KEEPALIVE, u"SO_"_s);
#endif
#ifdef SO_OOBINLINE
    add(u"SO_OOBINLINE"_s, SO_OOBINLINE, u"SO_"_s);
#endif
#ifdef SO_NO_CHECK
    add(u"SO_NO_CHECK"_s, SO_NO_CHECK, u"SO_"_s);
#endif
#ifdef SO_PRIORITY
    add(u"SO_PRIORITY"_s, SO_PRIORITY, u"SO_"_s);
#endif
#ifdef SO_LINGER
    add(u"SO_LINGER"_s, SO_LINGER, u"SO_"_s);
#endif
#ifdef SO_BSDCOMPAT
    add(u"SO_BSDCOMPAT"_s, SO_BSDCOMPAT, u"SO_"_s);
#endif
#ifdef SO_REUSEPORT
    add(u"SO_REUSEPORT"_s, SO_REUSEPORT, u"SO_"_s);
#endif
#ifdef SO_PASSCRED
    add(u"SO_PASSCRED"_s, SO_PASSCRED, u"SO_"_s);
#endif
#ifdef SO_PEERCRED
    add(u"SO_PEERCRED"_s, SO_PEERCRED, u"SO_"_s);
#endif
#ifdef SO_RCVLOWAT
    add(u"SO_RCVLOWAT"_s, SO_RCVLOWAT, u"SO_"_s);
#endif
#ifdef SO_SNDLOWAT
    add(u"SO_SNDLOWAT"_s, SO_SNDLOWAT, u"SO_"_s);
#endif
#ifdef SO_RCVTIMEO
    add(u"SO_RCVTIMEO"_s, SO_RCVTIMEO, u"SO_"_s);
#endif
#ifdef SO_SNDTIMEO
    add(u"SO_SNDTIMEO"_s, SO_SNDTIMEO, u"SO_"_s);
#endif
#ifdef SO_BINDTODEVICE
    add(u"SO_BINDTODEVICE"_s, SO_BINDTODEVICE, u"SO_"_s);
#endif
#ifdef SO_TIMESTAMP
    add(u"SO_TIMESTAMP"_s, SO_TIMESTAMP, u"SO_"_s);
#endif
#ifdef SO_ACCEPTCONN
    add(u"SO_ACCEPTCONN"_s, SO_ACCEPTCONN, u"SO_"_s);
#endif
#ifdef SO_PEERSEC
    add(u"SO_PEERSEC"_s, SO_PEERSEC, u"SO_"_s);
#endif
#ifdef SO_SNDBUFFORCE
    add(u"SO_SNDBUFFORCE"_s, SO_SNDBUFFORCE, u"SO_"_s);
#endif
#ifdef SO_RCVBUFFORCE
    add(u"SO_RCVBUFFORCE"_s, SO_RCVBUFFORCE, u"SO_"_s);
#endif
#ifdef SO_PASSSEC
    add(u"SO_PASSSEC"_s, SO_PASSSEC, u"SO_"_s);
#endif
#ifdef SO_TIMESTAMPNS
    add(u"SO_TIMESTAMPNS"_s, SO_TIMESTAMPNS, u"SO_"_s);
#endif
#ifdef SO_MARK
    add(u"SO_MARK"_s, SO_MARK, u"SO_"_s);
#endif
#ifdef SO_PROTOCOL
    add(u"SO_PROTOCOL"_s, SO_PROTOCOL, u"SO_"_s);
#endif
#ifdef SO_DOMAIN
    add(u"SO_DOMAIN"_s, SO_DOMAIN, u"SO_"_s);
#endif
#ifdef SO_RXQ_OVFL
    add(u"SO_RXQ_OVFL"_s, SO_RXQ_OVFL, u"SO_"_s);
#endif
#ifdef SO_BUSY_POLL
    add(u"SO_BUSY_POLL"_s, SO_BUSY_POLL, u"SO_"_s);
#endif
#ifdef SO_INCOMING_CPU
    add(u"SO_INCOMING_CPU"_s, SO_INCOMING_CPU, u"SO_"_s);
#endif
#ifdef MSG_OOB
    add(u"MSG_OOB"_s, MSG_OOB, u"MSG_"_s);
#endif
#ifdef MSG_PEEK
    add(u"MSG_PEEK"_s, MSG_PEEK, u"MSG_"_s);
#endif
#ifdef MSG_DONTROUTE
    add(u"MSG_DONTROUTE"_s, MSG_DONTROUTE, u"MSG_"_s);
#endif
#ifdef MSG_CTRUNC
    add(u"MSG_CTRUNC"_s, MSG_CTRUNC, u"MSG_"_s);
#endif
#ifdef MSG_PROXY
    add(u"MSG_PROXY"_s, MSG_PROXY, u"MSG_"_s);
#endif
#ifdef MSG_TRUNC
    add(u"MSG_TRUNC"_s, MSG_TRUNC, u"MSG_"_s);
#endif
#ifdef MSG_DONTWAIT
    add(u"MSG_DONTWAIT"_s, MSG_DONTWAIT, u"MSG_"_s);
#endif
#ifdef MSG_EOR
    add(u"MSG_EOR"_s, MSG_EOR, u"MSG_"_s);
#endif
#ifdef MSG_WAITALL
    add(u"MSG_WAITALL"_s, MSG_WAITALL, u"MSG_"_s);
#endif
#ifdef MSG_FIN
    add(u"MSG_FIN"_s, MSG_FIN, u"MSG_"_s);
#endif
#ifdef MSG_SYN
    add(u"MSG_SYN"_s, MSG_SYN, u"MSG_"_s);
#endif
#ifdef MSG_CONFIRM
    add(u"MSG_CONFIRM"_s, MSG_CONFIRM, u"MSG_"_s);
#endif
#ifdef MSG_RST
    add(u"MSG_RST"_s, MSG_RST, u"MSG_"_s);
#endif
#ifdef MSG_ERRQUEUE
    add(u"MSG_ERRQUEUE"_s, MSG_ERRQUEUE, u"MSG_"_s);
#endif
#ifdef MSG_NOSIGNAL
    add(u"MSG_NOSIGNAL"_s, MSG_NOSIGNAL, u"MSG_"_s);
#endif
#ifdef MSG_MORE
    add(u"MSG_MORE"_s, MSG_MORE, u"MSG_"_s);
#endif
#ifdef MSG_WAITFORONE
    add(u"MSG_WAITFORONE"_s, MSG_WAITFORONE, u"MSG_"_s);
#endif
#ifdef MSG_BATCH
    add(u"MSG_BATCH"_s, MSG_BATCH, u"MSG_"_s);
#endif
#ifdef MSG_ZEROCOPY
    add(u"MSG_ZEROCOPY"_s, MSG_ZEROCOPY, u"MSG_"_s);
#endif
#ifdef MSG_FASTOPEN
    add(u"MSG_FASTOPEN"_s, MSG_FASTOPEN, u"MSG_"_s);
#endif
#ifdef MSG_CMSG_CLOEXEC
    add(u"MSG_CMSG_CLOEXEC"_s, MSG_CMSG_CLOEXEC, u"MSG_"_s);
#endif
#ifdef SHUT_RD
    add(u"SHUT_RD"_s, SHUT_RD, u"SHUT_"_s);
#endif
#ifdef SHUT_WR
    add(u"SHUT_WR"_s, SHUT_WR, u"SHUT_"_s);
#endif
#ifdef SHUT_RDWR
    add(u"SHUT_RDWR"_s, SHUT_RDWR, u"SHUT_"_s);
#endif
#ifdef AI_PASSIVE
    add(u"AI_PASSIVE"_s, AI_PASSIVE, u"AI_"_s);
#endif
#ifdef AI_CANONNAME
    add(u"AI_CANONNAME"_s, AI_CANONNAME, u"AI_"_s);
#endif
#ifdef AI_NUMERICHOST
    add(u"AI_NUMERICHOST"_s, AI_NUMERICHOST, u"AI_"_s);
#endif
#ifdef AI_V4MAPPED
    add(u"AI_V4MAPPED"_s, AI_V4MAPPED, u"AI_"_s);
#endif
#ifdef AI_ALL
    add(u"AI_ALL"_s, AI_ALL, u"AI_"_s);
#endif
#ifdef AI_ADDRCONFIG
    add(u"AI_ADDRCONFIG"_s, AI_ADDRCONFIG, u"AI_"_s);
#endif
#ifdef AI_IDN
    add(u"AI_IDN"_s, AI_IDN, u"AI_"_s);
#endif
#ifdef AI_CANONIDN
    add(u"AI_CANONIDN"_s, AI_CANONIDN, u"AI_"_s);
#endif
#ifdef AI_NUMERICSERV
    add(u"AI_NUMERICSERV"_s, AI_NUMERICSERV, u"AI_"_s);
#endif
#ifdef EAI_BADFLAGS
    add(u"EAI_BADFLAGS"_s, EAI_BADFLAGS, u"EAI_"_s);
#endif
#ifdef EAI_NONAME
    add(u"EAI_NONAME"_s, EAI_NONAME, u"EAI_"_s);
#endif
#ifdef EAI_AGAIN
    add(u"EAI_AGAIN"_s, EAI_AGAIN, u"EAI_"_s);
#endif
#ifdef EAI_FAIL
    add(u"EAI_FAIL"_s, EAI_FAIL, u"EAI_"_s);
#endif
#ifdef EAI_FAMILY
    add(u"EAI_FAMILY"_s, EAI_FAMILY, u"EAI_"_s);
#endif
#ifdef EAI_SOCKTYPE
    add(u"EAI_SOCKTYPE"_s, EAI_SOCKTYPE, u"EAI_"_s);
#endif
#ifdef EAI_SERVICE
    add(u"EAI_SERVICE"_s, EAI_SERVICE, u"EAI_"_s);
#endif
#ifdef EAI_MEMORY
    add(u"EAI_MEMORY"_s, EAI_MEMORY, u"EAI_"_s);
#endif
#ifdef EAI_SYSTEM
    add(u"EAI_SYSTEM"_s, EAI_SYSTEM, u"EAI_"_s);
#endif
#ifdef EAI_OVERFLOW
    add(u"EAI_OVERFLOW"_s, EAI_OVERFLOW, u"EAI_"_s);
#endif
#ifdef EAI_NODATA
    add(u"EAI_NODATA"_s, EAI_NODATA, u"EAI_"_s);
#endif
#ifdef EAI_ADDRFAMILY
    add(u"EAI_ADDRFAMILY"_s, EAI_ADDRFAMILY, u"EAI_"_s);
#endif
#ifdef EAI_INPROGRESS
    add(u"EAI_INPROGRESS"_s, EAI_INPROGRESS, u"EAI_"_s);
#endif
#ifdef EAI_CANCELED
    add(u"EAI_CANCELED"_s, EAI_CANCELED, u"EAI_"_s);
#endif
#ifdef EAI_NOTCANCELED
    add(u"EAI_NOTCANCELED"_s, EAI_NOTCANCELED, u"EAI_"_s);
#endif
#ifdef EAI_ALLDONE
    add(u"EAI_ALLDONE"_s, EAI_ALLDONE, u"EAI_"_s);
#endif
#ifdef EAI_INTR
    add(u"EAI_INTR"_s, EAI_INTR, u"EAI_"_s);
#endif
#ifdef EAI_IDN_ENCODE
    add(u"EAI_IDN_ENCODE"_s, EAI_IDN_ENCODE, u"EAI_"_s);
#endif
#ifdef TCP_NODELAY
    add(u"TCP_NODELAY"_s, TCP_NODELAY, u"TCP_"_s);
#endif
#ifdef TCP_MAXSEG
    add(u"TCP_MAXSEG"_s, TCP_MAXSEG, u"TCP_"_s);
#endif
#ifdef TCP_CORK
    add(u"TCP_CORK"_s, TCP_CORK, u"TCP_"_s);
#endif
#ifdef TCP_KEEPIDLE
    add(u"TCP_KEEPIDLE"_s, TCP_KEEPIDLE, u"TCP_"_s);
#endif
#ifdef TCP_KEEPINTVL
    add(u"TCP_KEEPINTVL"_s, TCP_KEEPINTVL, u"TCP_"_s);
#endif
#ifdef TCP_KEEPCNT
    add(u"TCP_KEEPCNT"_s, TCP_KEEPCNT, u"TCP_"_s);
#endif
#ifdef TCP_SYNCNT
    add(u"TCP_SYNCNT"_s, TCP_SYNCNT, u"TCP_"_s);
#endif
#ifdef TCP_LINGER2
    add(u"TCP_LINGER2"_s, TCP_LINGER2, u"TCP_"_s);
#endif
#ifdef TCP_DEFER_ACCEPT
    add(u"TCP_DEFER_ACCEPT"_s, TCP_DEFER_ACCEPT, u"TCP_"_s);
#endif
#ifdef TCP_WINDOW_CLAMP
    add(u"TCP_WINDOW_CLAMP"_s, TCP_WINDOW_CLAMP, u"TCP_"_s);
#endif
#ifdef TCP_INFO
    add(u"TCP_INFO"_s, TCP_INFO, u"TCP_"_s);
#endif
#ifdef TCP_QUICKACK
    add(u"TCP_QUICKACK"_s, TCP_QUICKACK, u"TCP_"_s);
#endif
#ifdef TCP_CONGESTION
    add(u"TCP_CONGESTION"_s, TCP_CONGESTION, u"TCP_"_s);
#endif
#ifdef TCP_USER_TIMEOUT
    add(u"TCP_USER_TIMEOUT"_s, TCP_USER_TIMEOUT, u"TCP_"_s);
#endif
#ifdef TCP_FASTOPEN
    add(u"TCP_FASTOPEN"_s, TCP_FASTOPEN, u"TCP_"_s);
#endif
#ifdef TCP_NOTSENT_LOWAT
    add(u"TCP_NOTSENT_LOWAT"_s, TCP_NOTSENT_LOWAT, u"TCP_"_s);
#endif
#ifdef IPV6_V6ONLY
    add(u"IPV6_V6ONLY"_s, IPV6_V6ONLY, u"IPV6_"_s);
#endif
#ifdef IPV6_UNICAST_HOPS
    add(u"IPV6_UNICAST_HOPS"_s, IPV6_UNICAST_HOPS, u"IPV6_"_s);
#endif
#ifdef IPV6_MULTICAST_IF
    add(u"IPV6_MULTICAST_IF"_s, IPV6_MULTICAST_IF, u"IPV6_"_s);
#endif
#ifdef IPV6_MULTICAST_HOPS
    add(u"IPV6_MULTICAST_HOPS"_s, IPV6_MULTICAST_HOPS, u"IPV6_"_s);
#endif
#ifdef IPV6_MULTICAST_LOOP
    add(u"IPV6_MULTICAST_LOOP"_s, IPV6_MULTICAST_LOOP, u"IPV6_"_s);
#endif
#ifdef IPV6_JOIN_GROUP
    add(u"IPV6_JOIN_GROUP"_s, IPV6_JOIN_GROUP, u"IPV6_"_s);
#endif
#ifdef IPV6_LEAVE_GROUP
    add(u"IPV6_LEAVE_GROUP"_s, IPV6_LEAVE_GROUP, u"IPV6_"_s);
#endif
#ifdef IPV6_TCLASS
    add(u"IPV6_TCLASS"_s, IPV6_TCLASS, u"IPV6_"_s);
#endif
#ifdef IP_TOS
    add(u"IP_TOS"_s, IP_TOS, u"IP_"_s);
#endif
#ifdef IP_TTL
    add(u"IP_TTL"_s, IP_TTL, u"IP_"_s);
#endif
#ifdef IP_HDRINCL
    add(u"IP_HDRINCL"_s, IP_HDRINCL, u"IP_"_s);
#endif
#ifdef IP_OPTIONS
    add(u"IP_OPTIONS"_s, IP_OPTIONS, u"IP_"_s);
#endif
#ifdef IP_RECVERR
    add(u"IP_RECVERR"_s, IP_RECVERR, u"IP_"_s);
#endif
#ifdef IP_MTU_DISCOVER
    add(u"IP_MTU_DISCOVER"_s, IP_MTU_DISCOVER, u"IP_"_s);
#endif
#ifdef IP_MTU
    add(u"IP_MTU"_s, IP_MTU, u"IP_"_s);
#endif
#ifdef IP_MULTICAST_IF
    add(u"IP_MULTICAST_IF"_s, IP_MULTICAST_IF, u"IP_"_s);
#endif
#ifdef IP_MULTICAST_TTL
    add(u"IP_MULTICAST_TTL"_s, IP_MULTICAST_TTL, u"IP_"_s);
#endif
#ifdef IP_MULTICAST_LOOP
    add(u"IP_MULTICAST_LOOP"_s, IP_MULTICAST_LOOP, u"IP_"_s);
#endif
#ifdef IP_ADD_MEMBERSHIP
    add(u"IP_ADD_MEMBERSHIP"_s, IP_ADD_MEMBERSHIP, u"IP_"_s);
#endif
#ifdef IP_DROP_MEMBERSHIP
    add(u"IP_DROP_MEMBERSHIP"_s, IP_DROP_MEMBERSHIP, u"IP_"_s);
#endif
    return table;
}

struct Elsewhere
{
    const char16_t *name;
    const char *note; // QT_TRANSLATE_NOOP: translated when read
    bool same = false; // the same value everywhere (the note says why or where)
};

// Values on other systems, from their headers (glibc/Linux, macOS
// <sys/socket.h>, Windows <winsock2.h>/<ws2def.h>).
constexpr Elsewhere kElsewhere[] = {
    {u"AF_INET6",
        QT_TRANSLATE_NOOP("Constants",
            "AF_INET6 is 10 on Linux, 30 on macOS, 28 on FreeBSD and 23 on Windows: always use the "
            "name, never the number.")},
    {u"AF_UNIX",
        QT_TRANSLATE_NOOP("Constants",
            "AF_UNIX is 1 on Linux, macOS and Windows 10+, which accepts it since 2018."),
        true},
    {u"AF_PACKET",
        QT_TRANSLATE_NOOP("Constants",
            "AF_PACKET exists only on Linux; macOS and the BSDs use BPF devices instead.")},
    {u"AF_ROUTE",
        QT_TRANSLATE_NOOP("Constants",
            "AF_ROUTE is an alias of AF_NETLINK (16) on Linux, but its own family 17 on macOS.")},
    {u"SOCK_STREAM",
        QT_TRANSLATE_NOOP("Constants",
            "SOCK_STREAM is 1 almost everywhere, but 2 on Linux for MIPS processors.")},
    {u"SOCK_DGRAM",
        QT_TRANSLATE_NOOP(
            "Constants", "SOCK_DGRAM is 2 almost everywhere, but 1 on Linux for MIPS processors.")},
    {u"SOCK_NONBLOCK",
        QT_TRANSLATE_NOOP("Constants",
            "SOCK_NONBLOCK is a Linux (and BSD) extension; macOS and Windows have no such flag and "
            "need fcntl/ioctlsocket.")},
    {u"SOCK_CLOEXEC",
        QT_TRANSLATE_NOOP(
            "Constants", "SOCK_CLOEXEC is a Linux (and BSD) extension; macOS lacks it.")},
    {u"SOL_SOCKET",
        QT_TRANSLATE_NOOP("Constants",
            "SOL_SOCKET is 1 on Linux but 0xffff (65535) on macOS, the BSDs and Windows.")},
    {u"SO_REUSEADDR",
        QT_TRANSLATE_NOOP("Constants",
            "SO_REUSEADDR is 2 on Linux and 4 on macOS and Windows; on Windows it also lets "
            "another "
            "program steal a bound port.")},
    {u"SO_REUSEPORT",
        QT_TRANSLATE_NOOP("Constants",
            "SO_REUSEPORT is 15 on Linux and 0x200 on macOS, with different load-balancing rules; "
            "Windows has none.")},
    {u"SO_KEEPALIVE",
        QT_TRANSLATE_NOOP("Constants", "SO_KEEPALIVE is 9 on Linux and 8 on macOS and Windows.")},
    {u"SO_ERROR",
        QT_TRANSLATE_NOOP("Constants", "SO_ERROR is 4 on Linux and 0x1007 on macOS and Windows.")},
    {u"SO_RCVBUF",
        QT_TRANSLATE_NOOP("Constants",
            "SO_RCVBUF is 8 on Linux and 0x1002 on macOS and Windows; Linux doubles the value you "
            "set.")},
    {u"SO_SNDBUF",
        QT_TRANSLATE_NOOP("Constants",
            "SO_SNDBUF is 7 on Linux and 0x1001 on macOS and Windows; Linux doubles the value you "
            "set.")},
    {u"MSG_NOSIGNAL",
        QT_TRANSLATE_NOOP("Constants",
            "MSG_NOSIGNAL exists on Linux and the BSDs; macOS uses the SO_NOSIGPIPE option "
            "instead, "
            "and Windows never raises SIGPIPE.")},
    {u"MSG_DONTWAIT",
        QT_TRANSLATE_NOOP("Constants",
            "MSG_DONTWAIT is 0x40 on Linux and 0x80 on macOS; Windows has no such flag.")},
    {u"MSG_WAITALL",
        QT_TRANSLATE_NOOP(
            "Constants", "MSG_WAITALL is 0x100 on Linux, 0x40 on macOS and 0x8 on Windows.")},
    {u"IPPROTO_IPV6",
        QT_TRANSLATE_NOOP("Constants",
            "IPPROTO_IPV6 is 41 everywhere: protocol numbers come from IANA, not from the "
            "operating "
            "system."),
        true},
    {u"IPPROTO_TCP",
        QT_TRANSLATE_NOOP("Constants",
            "IPPROTO_TCP is 6 everywhere: protocol numbers come from IANA's registry, not from the "
            "operating system."),
        true},
    {u"IPPROTO_UDP",
        QT_TRANSLATE_NOOP("Constants",
            "IPPROTO_UDP is 17 everywhere: protocol numbers come from IANA's registry, not from "
            "the "
            "operating system."),
        true},
    {u"IPV6_V6ONLY",
        QT_TRANSLATE_NOOP("Constants",
            "IPV6_V6ONLY is 26 on Linux and 27 on macOS and Windows; its default is off on Linux "
            "and "
            "on in Windows.")},
    {u"EAI_NONAME",
        QT_TRANSLATE_NOOP("Constants",
            "EAI_NONAME is -2 with glibc, 8 on macOS, and 11001 (WSAHOST_NOT_FOUND) on Windows.")},
    {u"EAI_SERVICE",
        QT_TRANSLATE_NOOP("Constants",
            "EAI_SERVICE is -8 with glibc, 9 on macOS, and 10109 (WSATYPE_NOT_FOUND) on Windows.")},
    {u"EAI_AGAIN",
        QT_TRANSLATE_NOOP("Constants",
            "EAI_AGAIN is -3 with glibc, 2 on macOS, and 11002 (WSATRY_AGAIN) on Windows.")},
    {u"AI_CANONNAME",
        QT_TRANSLATE_NOOP("Constants", "AI_CANONNAME is 2 on Linux, macOS and Windows."), true},
    {u"AI_NUMERICHOST",
        QT_TRANSLATE_NOOP("Constants", "AI_NUMERICHOST is 4 on Linux, macOS and Windows."), true},
    {u"AI_ADDRCONFIG",
        QT_TRANSLATE_NOOP(
            "Constants", "AI_ADDRCONFIG is 0x20 with glibc, 0x400 on macOS and Windows.")},
    {u"SHUT_RDWR",
        QT_TRANSLATE_NOOP("Constants", "SHUT_RDWR is 2 everywhere; Windows calls it SD_BOTH."),
        true},
};

bool lessForPython(const Constants::Entry &a, const Constants::Entry &b)
{
    // dir() sorts names by code point; get_constants keeps the last one.
    return a.name < b.name;
}

} // namespace

const QList<Constants::Entry> &Constants::all()
{
    static const QList<Entry> table = buildTable();
    return table;
}

QStringList Constants::groups()
{
    QStringList out;
    for (const Entry &e : all()) {
        if (!out.contains(e.group))
            out << e.group;
    }
    return out;
}

QList<Constants::Entry> Constants::withPrefix(const QString &prefix)
{
    QList<Entry> out;
    for (const Entry &e : all()) {
        if (e.name.startsWith(prefix, Qt::CaseInsensitive))
            out << e;
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.value != b.value ? a.value < b.value : a.name < b.name;
    });
    return out;
}

std::optional<qint64> Constants::value(const QString &name)
{
    for (const Entry &e : all()) {
        if (e.name == name)
            return e.value;
    }
    return std::nullopt;
}

QStringList Constants::names(qint64 value, const QString &prefix)
{
    QStringList out;
    for (const Entry &e : all()) {
        if (e.value == value && e.name.startsWith(prefix, Qt::CaseInsensitive))
            out << e.name;
    }
    out.sort();
    return out;
}

QString Constants::name(qint64 value, const QString &prefix)
{
    const QStringList all = names(value, prefix);
    return all.isEmpty() ? QString() : all.last();
}

QString Constants::optionLevel(const QString &option)
{
    static const QHash<QString, QString> levels {{u"SO_"_s, u"SOL_SOCKET"_s},
        {u"TCP_"_s, u"IPPROTO_TCP"_s}, {u"IP_"_s, u"IPPROTO_IP"_s},
        {u"IPV6_"_s, u"IPPROTO_IPV6"_s}};
    for (const Entry &e : all()) {
        if (e.name == option)
            return levels.value(e.group);
    }
    return {};
}

QString Constants::symbol(qint64 value, const QString &prefix)
{
    const QString found = name(value, prefix);
    return found.isEmpty() ? QString::number(value) : found;
}

QString Constants::pythonKey(const QString &name, qint64 value)
{
    if (name.startsWith(u"AF_"_s))
        return u"<AddressFamily.%1: %2>"_s.arg(name).arg(value);
    if (name.startsWith(u"SOCK_"_s))
        return u"<SocketKind.%1: %2>"_s.arg(name).arg(value);
    return QString::number(value);
}

QString Constants::pythonDict(const QString &prefix)
{
    QList<Entry> entries = withPrefix(prefix);
    std::sort(entries.begin(), entries.end(), lessForPython);
    // value -> the last name in dir() order, as the dict comprehension keeps it
    QMap<qint64, QString> kept;
    for (const Entry &e : std::as_const(entries))
        kept.insert(e.value, e.name);
    if (kept.isEmpty())
        return u"{}"_s;
    QStringList lines;
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        lines << pythonKey(it.value(), it.key()) % u": '"_s % it.value() % u'\'';
    return u'{' % lines.join(u",\n "_s) % u'}';
}

namespace {

const Elsewhere *elsewhere(const QString &name)
{
    for (const Elsewhere &e : kElsewhere) {
        if (name == QStringView(e.name))
            return &e;
    }
    return nullptr;
}

} // namespace

bool Constants::differsElsewhere(const QString &name)
{
    const Elsewhere *e = elsewhere(name);
    return e && !e->same;
}

QString Constants::portabilityNote(const QString &name)
{
    const Elsewhere *e = elsewhere(name);
    return e ? tr(e->note) : QString();
}

QString Constants::platformName()
{
#if defined(Q_OS_LINUX)
    return u"Linux"_s;
#elif defined(Q_OS_MACOS)
    return u"macOS"_s;
#elif defined(Q_OS_FREEBSD)
    return u"FreeBSD"_s;
#else
    return tr("this system");
#endif
}
