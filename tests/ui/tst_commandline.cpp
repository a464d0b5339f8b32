#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// The socketlab executable's command line: --help, --version, bad values.
// (main() only parses and wires; the window itself is tested elsewhere.)
class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void helpListsOptions();
    void versionPrints();
    void badValuesExitWithMessage_data();
    void badValuesExitWithMessage();

private:
    static QString app() { return QStringLiteral(SOCKETLAB_APP); }
};

void TestCommandLine::helpListsOptions()
{
    QProcess p;
    p.start(app(), {u"--help"_s});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &option :
        {u"--role"_s, u"--host"_s, u"--port"_s, u"--events"_s, u"--version"_s})
        QVERIFY2(out.contains(option), qPrintable(out));
}

void TestCommandLine::versionPrints()
{
    QProcess p;
    p.start(app(), {u"--version"_s});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).startsWith(u"SocketLab "_s));
}

void TestCommandLine::badValuesExitWithMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("role") << QStringList {u"--role"_s, u"middle"_s} << u"--role"_s;
    QTest::newRow("port too big") << QStringList {u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("port not a number") << QStringList {u"--port"_s, u"http"_s} << u"--port"_s;
    QTest::newRow("events unwritable")
        << QStringList {u"--events"_s, u"/nonexistent-dir/x/e.jsonl"_s} << u"events"_s;
}

void TestCommandLine::badValuesExitWithMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess p;
    p.start(app(), arguments);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(message), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
