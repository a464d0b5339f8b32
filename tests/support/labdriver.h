#pragma once

// Drives a Lab in tests the way the lesson does: one demo action at a time,
// waiting until the Lab says it has settled. Each step returns "" or what
// went wrong, so a test can QCOMPARE(step, QString()).

#include "core/lab/demoaction.h"
#include "core/lab/lab.h"

#include <QSignalSpy>
#include <QString>
#include <QStringBuilder>
#include <QTest>

#include <optional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace LabDriver {

using namespace Qt::StringLiterals;

// Performs `action` and waits (70 s at most: a throughput measurement on a
// busy machine) for Lab::performed; returns the Lab's problem, if any.
inline QString perform(Lab *lab, const DemoAction &action)
{
    QSignalSpy performed(lab, &Lab::performed);
    lab->perform(action);
    if (performed.isEmpty() && !performed.wait(70000))
        return u"the action did not settle"_s;
    return performed.constFirst().at(1).toString();
}

// The same for an action written as the lesson writes it ("server.bind
// 127.0.0.1 0"); a line that does not parse returns the parser's message.
inline QString perform(Lab *lab, const QString &source)
{
    QString error;
    const std::optional<DemoAction> action = DemoAction::parse(source, &error);
    return action ? perform(lab, *action) : error;
}

// A TCP port of 127.0.0.1 that is free on this machine now: bind(2) to port
// 0, getsockname(2), close(2). 0 when no socket could be made.
inline quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool named = ::bind(fd, reinterpret_cast<sockaddr *>(&address), length) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    ::close(fd);
    return named ? ntohs(address.sin_port) : 0;
}

// The lesson's connection: server = socket(); bind(('127.0.0.1', 0));
// listen(1); accept(); client = socket(); connect() to the server's port;
// returns once accept() has made `conn`. Sets *port to the server's port.
inline QString connectPair(Lab *lab, quint16 *port)
{
    for (const QString &step : {u"server.socket"_s, u"server.bind 127.0.0.1 0"_s}) {
        if (const QString problem = perform(lab, step); !problem.isEmpty())
            return step % u": "_s % problem;
    }
    *port = lab->server()->laddr().port();
    for (const QString &step : {u"server.listen 1"_s, u"server.accept"_s, u"client.socket"_s,
             u"client.connect 127.0.0.1 %1"_s.arg(*port)}) {
        if (const QString problem = perform(lab, step); !problem.isEmpty())
            return step % u": "_s % problem;
    }
    if (!QTest::qWaitFor([lab] { return lab->conn() != nullptr; }, 5000))
        return u"accept() made no connection"_s;
    return {};
}

} // namespace LabDriver
