#include "core/net/freeport.h"

#include "core/net/socket.h"

#include <QHostAddress>

quint16 FreePort::tryBind(const QString &host, quint16 port)
{
    const QHostAddress address(host);
    if (address.isNull())
        return 0;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    SocketError error;
    Socket socket = Socket::create(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0, &error);
    if (error)
        return 0;
    const Endpoint endpoint = v6 ? Endpoint::inet6(host, port) : Endpoint::inet(host, port);
    if (socket.bind(endpoint))
        return 0;
    const quint16 bound = socket.localAddress().port();
    socket.close();
    return bound;
}

quint16 FreePort::find(const QString &host)
{
    return tryBind(host, 0);
}

bool FreePort::isFree(const QString &host, quint16 port)
{
    return port != 0 && tryBind(host, port) == port;
}
