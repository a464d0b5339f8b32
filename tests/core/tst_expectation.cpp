#include "core/lab/expectation.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;

// Expected-outcome checks: the subjects and values they accept, and how they
// compare what the panels report.
class TestExpectation final : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data();
    void parsesValid();
    void refusesInvalid_data();
    void refusesInvalid();
    void evaluate_data();
    void evaluate();
    void explainsFailure();
    void substitutesPlaceholdersAndPort();
};

void TestExpectation::parsesValid_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("comparesSubjects");

    using K = Expectation::Kind;
    QTest::newRow("state") << u"server.state == listening"_s << u"server.state"_s << int(K::State)
                           << QByteArray("listening") << false;
    QTest::newRow("conn state") << u"server.conn.state == peer-closed"_s << u"server.conn.state"_s
                                << int(K::State) << QByteArray("peer-closed") << false;
    QTest::newRow("mirror") << u"server.conn.raddr == client.laddr"_s << u"server.conn.raddr"_s
                            << int(K::Endpoint) << QByteArray("client.laddr") << true;
    QTest::newRow("count") << u"server.chunks >= 8"_s << u"server.chunks"_s << int(K::Number)
                           << QByteArray("8") << false;
    QTest::newRow("empty chunk") << u"server.chunk[3] == \"\""_s << u"server.chunk[3]"_s
                                 << int(K::Bytes) << QByteArray() << false;
    QTest::newRow("quoted spaces") << u"client.text == \" a \""_s << u"client.text"_s
                                   << int(K::Bytes) << QByteArray(" a ") << false;
    QTest::newRow("escapes") << u"server.chunk[4] == with a \\xc3"_s << u"server.chunk[4]"_s
                             << int(K::Bytes) << QByteArray("with a \xc3") << false;
    QTest::newRow("errno") << u"client.error == EPIPE"_s << u"client.error"_s << int(K::Error)
                           << QByteArray("EPIPE") << false;
    QTest::newRow("no error") << u"client.error == none"_s << u"client.error"_s << int(K::Error)
                              << QByteArray("none") << false;
    QTest::newRow("tcp") << u"server.tcpstate == LISTEN"_s << u"server.tcpstate"_s
                         << int(K::TcpState) << QByteArray("LISTEN") << false;
    QTest::newRow("pending") << u"server.pending == accept"_s << u"server.pending"_s
                             << int(K::Pending) << QByteArray("accept") << false;
    QTest::newRow("constant placeholder")
        << u"constants.AF_INET6 == {{af_inet6}}"_s << u"constants.AF_INET6"_s << int(K::Number)
        << QByteArray("{{af_inet6}}") << false;
    QTest::newRow("contains") << u"server.laddr contains socketlab.sock"_s << u"server.laddr"_s
                              << int(K::Endpoint) << QByteArray("socketlab.sock") << false;
    QTest::newRow("wire count") << u"wire.segments(server.accept) == 0"_s
                                << u"wire.segments(server.accept)"_s << int(K::Number)
                                << QByteArray("0") << false;
    QTest::newRow("wire side") << u"wire.server.minwindow(client.sendfill) == 0"_s
                               << u"wire.server.minwindow(client.sendfill)"_s << int(K::Number)
                               << QByteArray("0") << false;
    QTest::newRow("wire flags") << u"wire.flags(client.connect) == SYN,SYN-ACK,ACK"_s
                                << u"wire.flags(client.connect)"_s << int(K::Bytes)
                                << QByteArray("SYN,SYN-ACK,ACK") << false;
    QTest::newRow("kernel state") << u"server.conn.kernelstate == TIME_WAIT"_s
                                  << u"server.conn.kernelstate"_s << int(K::TcpState)
                                  << QByteArray("TIME_WAIT") << false;
    QTest::newRow("crowd") << u"crowd.timedout == 2"_s << u"crowd.timedout"_s << int(K::Number)
                           << QByteArray("2") << false;
}

void TestExpectation::parsesValid()
{
    QFETCH(QString, source);
    QFETCH(QString, subject);
    QFETCH(int, kind);
    QFETCH(QByteArray, value);
    QFETCH(bool, comparesSubjects);

    QString error;
    const std::optional<Expectation> check = Expectation::parse(source, &error);
    QVERIFY2(check, qPrintable(error));
    QCOMPARE(check->subject(), subject);
    QCOMPARE(int(check->kind()), kind);
    QCOMPARE(check->value(), value);
    QCOMPARE(check->comparesSubjects(), comparesSubjects);
}

void TestExpectation::refusesInvalid_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("problem");

    QTest::newRow("no operator") << u"server.state listening"_s << u"SUBJECT OP VALUE"_s;
    QTest::newRow("unknown subject") << u"server.colour == red"_s << u"unknown subject"_s;
    QTest::newRow("bad state") << u"server.state == sleeping"_s << u"is not one of"_s;
    QTest::newRow("bad tcp state") << u"client.tcpstate == established"_s << u"is not one of"_s;
    QTest::newRow("not a number") << u"server.chunks == eight"_s << u"not a whole number"_s;
    QTest::newRow("bad errno") << u"client.error == pipe"_s << u"errno name"_s;
    QTest::newRow("ordering text") << u"server.text >= abc"_s << u"compares numbers only"_s;
    QTest::newRow("contains number") << u"server.bytes contains 5"_s << u"does not apply"_s;
    QTest::newRow("mixed kinds") << u"server.state == client.laddr"_s << u"different kinds"_s;
    QTest::newRow("missing value") << u"server.state == "_s << u"no value"_s;
    QTest::newRow("wire unknown measure") << u"wire.packets == 3"_s << u"unknown subject"_s;
    QTest::newRow("wire bad side") << u"wire.peer.fin == 1"_s << u"unknown subject"_s;
    QTest::newRow("wire bad step") << u"wire.fin(close) == 1"_s << u"unknown subject"_s;
    QTest::newRow("wire count as text") << u"wire.rst == many"_s << u"not a whole number"_s;
    QTest::newRow("wire flags ordered") << u"wire.flags > 1"_s << u"compares numbers only"_s;
    QTest::newRow("bad escape") << u"server.text == \\q"_s << u"Unknown escape"_s;
}

void TestExpectation::refusesInvalid()
{
    QFETCH(QString, source);
    QFETCH(QString, problem);

    QString error;
    QVERIFY(!Expectation::parse(source, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
}

void TestExpectation::evaluate_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("holds");

    QTest::newRow("equal") << u"server.state == listening"_s << true;
    QTest::newRow("not equal") << u"server.state != listening"_s << false;
    QTest::newRow("mirror") << u"server.conn.raddr == client.laddr"_s << true;
    QTest::newRow("mirror wrong") << u"server.conn.laddr == client.laddr"_s << false;
    QTest::newRow("numbers compare as numbers") << u"server.chunks > 9"_s << false;
    QTest::newRow("numbers ge") << u"server.chunks >= 8"_s << true;
    QTest::newRow("numbers lt") << u"server.chunks < 10"_s << true;
    QTest::newRow("bytes") << u"server.chunk[0] == Gr\\xc3\\xbcezi,"_s << true;
    QTest::newRow("empty chunk") << u"server.chunk[1] == \"\""_s << true;
    QTest::newRow("contains") << u"server.laddr contains :5000"_s << true;
    QTest::newRow("unknown value") << u"client.error == none"_s << false;
    QTest::newRow("unknown value differs") << u"client.error != none"_s << true;
}

void TestExpectation::evaluate()
{
    QFETCH(QString, source);
    QFETCH(bool, holds);

    const QHash<QString, QByteArray> panel = {
        {u"server.state"_s, "listening"},
        {u"server.laddr"_s, "127.0.0.1:5000"},
        {u"server.conn.laddr"_s, "127.0.0.1:5000"},
        {u"server.conn.raddr"_s, "127.0.0.1:41000"},
        {u"client.laddr"_s, "127.0.0.1:41000"},
        {u"server.chunks"_s, "8"},
        {u"server.chunk[0]"_s,
            "Gr\xc3\xbc"
            "ezi,"},
        {u"server.chunk[1]"_s, ""},
    };
    const Expectation::Lookup lookup = [&](const QString &subject) -> std::optional<QByteArray> {
        const auto found = panel.constFind(subject);
        if (found == panel.constEnd())
            return std::nullopt;
        return *found;
    };
    QString error;
    const std::optional<Expectation> check = Expectation::parse(source, &error);
    QVERIFY2(check, qPrintable(error));
    QCOMPARE(check->evaluate(lookup), holds);
}

void TestExpectation::explainsFailure()
{
    QString error;
    const auto check = Expectation::parse(u"server.conn.raddr == client.laddr"_s, &error);
    QVERIFY(check);
    const Expectation::Lookup lookup = [](const QString &subject) -> std::optional<QByteArray> {
        return subject == u"client.laddr" ? QByteArray("127.0.0.1:1") : QByteArray("x\n");
    };
    QString why;
    QVERIFY(!check->evaluate(lookup, &why));
    QCOMPARE(why,
        u"server.conn.raddr == client.laddr: found \"x\\n\", while client.laddr is "
        "\"127.0.0.1:1\""_s);
}

void TestExpectation::substitutesPlaceholdersAndPort()
{
    QString error;
    const auto constant = Expectation::parse(u"constants.AF_INET6 == {{af_inet6}}"_s, &error);
    QVERIFY(constant);
    QCOMPARE(constant->withValues({{u"af_inet6"_s, u"10"_s}}).value(), QByteArray("10"));

    const auto endpoint = Expectation::parse(u"server.laddr == 127.0.0.1:5000"_s, &error);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->withPort(5000, 40123).value(), QByteArray("127.0.0.1:40123"));
    QCOMPARE(endpoint->withPort(6000, 40123).value(), QByteArray("127.0.0.1:5000"));
}

QTEST_GUILESS_MAIN(TestExpectation)
#include "tst_expectation.moc"
