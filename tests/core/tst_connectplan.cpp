#include "connectplan.h"
#include "livesocket.h"
#include "resolver.h"

#include <QSignalSpy>
#include <QTest>

#include <netinet/in.h>

using namespace Qt::StringLiterals;

// Case S7: 'localhost' may resolve to ::1 first; the client tries each
// address in order and says which one it used.
class TestConnectPlan final : public QObject
{
    Q_OBJECT

private slots:
    void localhostInSystemOrder();
    void refusedThenConnected();
    void allRefused();
    void emptyList();
    void cancelStops();

private:
    // A listening server on 127.0.0.1, port chosen by the kernel.
    quint16 listen(LiveSocket &server)
    {
        if (server.open(AF_INET, SOCK_STREAM, 0) || server.bind(Endpoint::inet(u"127.0.0.1"_s, 0))
            || server.listen(8))
            return 0;
        return server.laddr().port();
    }
    // A port nothing listens on: bound, then released.
    quint16 freePort()
    {
        LiveSocket s(u"server"_s, u"probe"_s);
        if (s.open(AF_INET, SOCK_STREAM, 0) || s.bind(Endpoint::inet(u"127.0.0.1"_s, 0)))
            return 0;
        const quint16 port = s.laddr().port();
        s.close();
        return port;
    }
    bool haveIpv6Loopback()
    {
        LiveSocket s(u"server"_s, u"probe6"_s);
        return !s.open(AF_INET6, SOCK_STREAM, 0) && !s.bind(Endpoint::inet6(u"::1"_s, 0));
    }
    QList<AddrInfo> rows(const QString &host, quint16 port)
    {
        return Resolver::getaddrinfo(host, QString::number(port), {AF_UNSPEC, SOCK_STREAM, 0, 0})
            .rows;
    }
};

void TestConnectPlan::localhostInSystemOrder()
{
    LiveSocket server(u"server"_s, u"server"_s);
    const quint16 port = listen(server);
    QVERIFY(port != 0);
    const QList<AddrInfo> resolved = rows(u"localhost"_s, port);
    QVERIFY(!resolved.isEmpty());

    ConnectPlan plan(u"client"_s, u"client"_s);
    QSignalSpy finished(&plan, &ConnectPlan::finished);
    plan.start(resolved);
    QVERIFY(finished.wait(10000) || finished.size() == 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const QList<ConnectPlan::Attempt> attempts = plan.attempts();
    QVERIFY(plan.usedIndex() >= 0);
    QCOMPARE(attempts.size(), plan.usedIndex() + 1);
    for (int i = 0; i < attempts.size(); ++i)
        QCOMPARE(attempts.at(i).info, resolved.at(i)); // tried in the system's order
    for (int i = 0; i < plan.usedIndex(); ++i)
        QVERIFY(attempts.at(i).error.isError());
    QCOMPARE(attempts.last().info.sockaddr.toString(), u"127.0.0.1:%1"_s.arg(port));
    QCOMPARE(plan.socket()->raddr().toString(), u"127.0.0.1:%1"_s.arg(port));
}

void TestConnectPlan::refusedThenConnected()
{
    if (!haveIpv6Loopback())
        QSKIP("no ::1 on this machine");
    LiveSocket server(u"server"_s, u"server"_s);
    const quint16 port = listen(server);
    QVERIFY(port != 0);
    // ::1 first, as many systems order 'localhost', while the server is on IPv4 only.
    const QList<AddrInfo> list = rows(u"::1"_s, port) + rows(u"127.0.0.1"_s, port);
    QCOMPARE(list.size(), 2);

    ConnectPlan plan(u"client"_s, u"client"_s);
    QSignalSpy failed(&plan, &ConnectPlan::attemptFailed);
    QSignalSpy connected(&plan, &ConnectPlan::connected);
    QSignalSpy events(&plan, &ConnectPlan::callRecorded);
    QSignalSpy accepted(&server, &LiveSocket::accepted);
    plan.start(list);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 0);
    const auto refusal = failed.at(0).at(2).value<SocketError>();
    QCOMPARE(refusal.name(), u"ECONNREFUSED"_s);
    QCOMPARE(plan.attempts().at(0).info.sockaddr.toString(), u"[::1]:%1"_s.arg(port));
    QCOMPARE(plan.usedIndex(), 1);
    QCOMPARE(connected.at(0).at(0).toInt(), 1);
    QVERIFY(plan.attempts().at(1).connected);

    QVERIFY(!server.accept());
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 5000);
    QCOMPARE(accepted.at(0).at(1).value<Endpoint>(), plan.socket()->laddr());

    // The transcript saw both sockets and both connects.
    QStringList calls;
    for (const auto &args : std::as_const(events))
        calls << args.at(0).value<CallEvent>().call;
    QVERIFY(calls.count(u"socket"_s) == 2);
    QVERIFY(calls.count(u"connect"_s) >= 2);

    std::unique_ptr<LiveSocket> taken(plan.takeSocket(nullptr));
    QVERIFY(taken);
    QCOMPARE(taken->state(), LiveSocket::State::Connected);
    QVERIFY(!plan.socket());
}

void TestConnectPlan::allRefused()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    ConnectPlan plan(u"client"_s, u"client"_s);
    QSignalSpy finished(&plan, &ConnectPlan::finished);
    QSignalSpy failed(&plan, &ConnectPlan::attemptFailed);
    QList<AddrInfo> list = rows(u"127.0.0.1"_s, port);
    if (haveIpv6Loopback())
        list += rows(u"::1"_s, port);
    plan.start(list);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(failed.size(), list.size());
    QCOMPARE(plan.usedIndex(), -1);
    QVERIFY(!plan.socket());
    for (const auto &a : plan.attempts())
        QCOMPARE(a.error.name(), u"ECONNREFUSED"_s);
}

void TestConnectPlan::emptyList()
{
    ConnectPlan plan(u"client"_s, u"client"_s);
    QSignalSpy finished(&plan, &ConnectPlan::finished);
    plan.start({});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!plan.isRunning());
}

void TestConnectPlan::cancelStops()
{
    const quint16 port = freePort();
    ConnectPlan plan(u"client"_s, u"client"_s);
    QSignalSpy finished(&plan, &ConnectPlan::finished);
    QSignalSpy started(&plan, &ConnectPlan::attemptStarted);
    plan.start(rows(u"127.0.0.1"_s, port) + rows(u"127.0.0.1"_s, port));
    plan.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QTest::qWait(0);
    QVERIFY(started.size() <= 1);
    QVERIFY(!plan.isRunning());
}

QTEST_GUILESS_MAIN(TestConnectPlan)
#include "tst_connectplan.moc"
