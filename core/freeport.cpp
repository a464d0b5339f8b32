#include "freeport.h"

#include "socket.h"

#include <QHostAddress>

quint16 FreePort::find(const QString &host)
{
    const QHostAddress address(host);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    SocketError error;
    Socket socket = Socket::create(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0, &error);
    if (error)
        return 0;
    const Endpoint endpoint = v6 ? Endpoint::inet6(host, 0) : Endpoint::inet(host, 0);
    if (socket.bind(endpoint))
        return 0;
    const quint16 port = socket.localAddress().port();
    socket.close();
    return port;
}
