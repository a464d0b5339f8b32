#include "core/net/freeport.h"

#include "core/net/socket.h"

#include <QHostAddress>

quint16 FreePort::tryBind(const QString &host, quint16 port, const Socket::Factory &create)
{
    const QHostAddress address(host);
    if (address.isNull())
        return 0;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    SocketError error;
    const int family = v6 ? AF_INET6 : AF_INET;
    Socket socket = create ? create(family, SOCK_STREAM, 0, &error)
                           : Socket::create(family, SOCK_STREAM, 0, &error);
    if (error || !socket.isValid())
        return 0;
    const Endpoint endpoint = v6 ? Endpoint::inet6(host, port) : Endpoint::inet(host, port);
    if (socket.bind(endpoint))
        return 0;
    const quint16 bound = socket.localAddress().port();
    socket.close();
    return bound;
}

quint16 FreePort::find(const QString &host, const Socket::Factory &create)
{
    return tryBind(host, 0, create);
}

bool FreePort::isFree(const QString &host, quint16 port, const Socket::Factory &create)
{
    return port != 0 && tryBind(host, port, create) == port;
}
