#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    void eventsFileCountsFromOne();
    void noDisplaySaysSo();
    void terminateKeepsSettings();
    void demoRunsTheStartStagesDemo();
    void focusTextsTellWhatIsShown_data();
    void focusTextsTellWhatIsShown();
    void eventsAndPcapHoldTheSegments();

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
    for (const QString &option : {u"--role"_s, u"--host"_s, u"--port"_s, u"--events"_s,
             u"--events-limit"_s, u"--version"_s, u"--focus-texts"_s})
        QVERIFY2(out.contains(option), qPrintable(out));
    // --events says how it writes a run of recv calls, and that it stops at its limit.
    const QString flat = out.simplified();
    for (const QString &words :
        {u"one line with its chunk sizes"_s, u"says what was left out"_s, u"default 100"_s})
        QVERIFY2(flat.contains(words), qPrintable(out));
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
    QTest::addColumn<bool>("display");
    const QList<std::tuple<const char *, QStringList, QString>> cases {
        {"role", {u"--role"_s, u"middle"_s}, u"--role"_s},
        {"port too big", {u"--port"_s, u"70000"_s}, u"--port"_s},
        {"port not a number", {u"--port"_s, u"http"_s}, u"--port"_s},
        {"pace negative", {u"--pace"_s, u"-1"_s}, u"--pace"_s},
        {"host empty", {u"--host"_s, QString()}, u"--host is empty"_s},
        {"host with a space", {u"--host"_s, u"127.0.0.1 "_s}, u"space"_s},
        {"server host not an address", {u"--role"_s, u"server"_s, u"--host"_s, u"localhost"_s},
            u"must then be an address"_s},
        {"positional argument", {u"lesson.json"_s}, u"options only"_s},
        {"unknown option", {u"--bogus"_s}, u"--help"_s},
        {"option without its value", {u"--port"_s}, u"--help"_s},
        {"quit without autoplay", {u"--quit-when-done"_s}, u"--autoplay"_s},
        {"demo with autoplay", {u"--demo"_s, u"--autoplay"_s}, u"--demo"_s},
        {"focus texts with autoplay", {u"--focus-texts"_s, u"f.json"_s, u"--autoplay"_s},
            u"--focus-texts"_s},
        {"focus texts without a file", {u"--focus-texts"_s, QString()}, u"--focus-texts"_s},
        {"pace not a number", {u"--pace"_s, u"nan"_s}, u"--pace"_s},
        {"events unwritable", {u"--events"_s, u"/nonexistent-dir/x/e.jsonl"_s}, u"events"_s},
        {"events limit negative", {u"--events-limit"_s, u"-1"_s}, u"--events-limit"_s},
        {"events limit not a number", {u"--events-limit"_s, u"lots"_s}, u"--events-limit"_s},
        {"network", {u"--network"_s, u"moon"_s}, u"--network must be lab or host"_s},
        {"pcap empty", {u"--pcap"_s, QString()}, u"--pcap"_s},
        {"pcap unwritable", {u"--pcap"_s, u"/nonexistent-dir/x/c.pcap"_s}, u"capture"_s},
    };
    // Without a display as well: a mistake is reported before Qt looks for one.
    for (const bool display : {true, false}) {
        for (const auto &[name, arguments, message] : cases) {
            QTest::addRow("%s%s", name, display ? "" : ", no display")
                << arguments << message << display;
        }
    }
}

void TestCommandLine::badValuesExitWithMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(bool, display);
    QProcess p;
    if (!display) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        p.setProcessEnvironment(env);
    }
    p.start(app(), arguments);
    QVERIFY(p.waitForFinished(20000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 2, qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
}

// --events: the file holds the calls the user sees, numbered from 1 without
// gaps (the app's own port checks make no events).
void TestCommandLine::eventsFileCountsFromOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"events.jsonl"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
    p.setProcessEnvironment(env);
    p.start(app(),
        {u"--port"_s, u"0"_s, u"--stage"_s, u"server-bind"_s, u"--autoplay"_s, u"--pace"_s, u"0"_s,
            u"--quit-when-done"_s, u"--events"_s, path});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value(u"seq"_s).toInteger(), 1);
    QCOMPARE(first.value(u"call"_s).toString(), u"socket"_s);
    // No gaps: each line starts at the call after the previous line's last
    // (a receive loop's run is one line, seq to seq_last).
    qint64 next = 1;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(u"wire"_s))
            continue; // a segment captured, not a call
        QCOMPARE(o.value(u"seq"_s).toInteger(), next);
        next = o.value(u"seq_last"_s).toInteger(o.value(u"seq"_s).toInteger()) + 1;
    }
}

// Good options but no display at all: a sentence, not Qt's abort.
void TestCommandLine::noDisplaySaysSo()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    p.setProcessEnvironment(env);
    p.start(app(), {u"--port"_s, u"0"_s});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"needs a display"_s) && err.contains(u"QT_QPA_PLATFORM=offscreen"_s),
        qPrintable(err));
}

// SIGTERM (a logout) ends the app through its event loop: exit status 0 and
// the window's size and zoom are remembered.
void TestCommandLine::terminateKeepsSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
    env.insert(u"SOCKETLAB_REPORT_FIRST_PAINT"_s, u"1"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(app(), {u"--port"_s, u"0"_s});
    QVERIFY(p.waitForStarted(10000));
    QVERIFY(
        QTest::qWaitFor([&] { return p.state() != QProcess::Running || p.canReadLine(); }, 20000));
    QVERIFY(p.readLine().startsWith("first-paint "));
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QFile settings(dir.filePath(u"SocketLab/SocketLab.conf"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY2(text.contains("geometry=") && text.contains("zoom="), text.constData());
}

// --stage ID --demo: the stage opens with its demo already run (the prepared
// screen of DESIGN.md's Projection). The events file shows the demo's own
// calls (stage "send": the client's sendall), made by the app unasked.
void TestCommandLine::demoRunsTheStartStagesDemo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"events.jsonl"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(app(),
        {u"--port"_s, u"0"_s, u"--stage"_s, u"send"_s, u"--present"_s, u"--demo"_s, u"--events"_s,
            path});
    QVERIFY(p.waitForStarted(10000));
    auto sentAll = [&path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"call"_s).toString() == u"sendall"_s
                && o.value(u"object"_s).toString() == u"client"_s)
                return true;
        }
        return false;
    };
    const bool sent
        = QTest::qWaitFor([&] { return p.state() != QProcess::Running || sentAll(); }, 30000);
    p.terminate();
    QVERIFY(p.waitForFinished(20000));
    QVERIFY2(sent && sentAll(), qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QCOMPARE(p.exitCode(), 0);
}

// --focus-texts FILE: once the stage is in place (after --demo's demo), the
// main text of each focus, read from the live sockets.
void TestCommandLine::focusTextsTellWhatIsShown_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("texts"); // a regular expression each
    // Without --demo the stage starts where server-bind ended: bound.
    QTest::newRow("listen, no demo")
        << QStringList {u"--stage"_s, u"server-listen"_s} << u"server-listen"_s
        << QStringList {u"server.state"_s, u"server.laddr"_s, u"timeline"_s}
        << QStringList {u"^bound$"_s, u"^127\\.0\\.0\\.1:\\d+$"_s,
               // as drawn: offscreen's 800 px screen may cut it
               u"^server\\.bind\\(\\('127\\.0\\.0\\.1',"_s};
    QTest::newRow("listen, after its demo")
        << QStringList {u"--stage"_s, u"server-listen"_s, u"--demo"_s} << u"server-listen"_s
        << QStringList {u"server.state"_s, u"server.laddr"_s, u"timeline"_s}
        << QStringList {u"^LISTEN$"_s, u"^127\\.0\\.0\\.1:\\d+$"_s, u"^server\\.listen\\(1\\)$"_s};
    QTest::newRow("close, after its demo")
        << QStringList {u"--stage"_s, u"close"_s, u"--demo"_s} << u"close"_s
        << QStringList {u"conn.state"_s, u"client.state"_s, u"server.state"_s, u"timeline"_s}
        << QStringList {u"^TIME_WAIT$"_s, u"^(closed|TIME_WAIT)$"_s, u"^closed$"_s,
               u"^conn\\.close\\(\\)$"_s};
}

void TestCommandLine::focusTextsTellWhatIsShown()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stage);
    QFETCH(QStringList, names);
    QFETCH(QStringList, texts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"focus.json"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(app(),
        QStringList {
            u"--lang"_s, u"en"_s, u"--port"_s, u"0"_s, u"--present"_s, u"--focus-texts"_s, path}
            + arguments);
    QVERIFY(p.waitForStarted(10000));
    const bool written = QTest::qWaitFor(
        [&] { return p.state() != QProcess::Running || QFile::exists(path); }, 60000);
    p.terminate();
    QVERIFY(p.waitForFinished(20000));
    QVERIFY2(
        written && QFile::exists(path), qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"stage"_s).toString(), stage);
    const QJsonArray focus = json.value(u"focus"_s).toArray();
    QCOMPARE(focus.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QJsonObject one = focus.at(i).toObject();
        QCOMPARE(one.value(u"name"_s).toString(), names.at(i));
        const QString text = one.value(u"text"_s).toString();
        QVERIFY2(QRegularExpression(texts.at(i)).match(text).hasMatch(),
            qPrintable(names.at(i) + u": "_s + text));
    }
}

// On the lab network (the default), --events has a line for each segment
// captured, and --pcap writes them as a pcap file that tshark reads (when
// it is installed) with the handshake in it.
void TestCommandLine::eventsAndPcapHoldTheSegments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString events = dir.filePath(u"events.jsonl"_s);
    const QString pcap = dir.filePath(u"capture.pcap"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(app(),
        {u"--stage"_s, u"send"_s, u"--demo"_s, u"--network"_s, u"lab"_s, u"--events"_s, events,
            u"--pcap"_s, pcap});
    QVERIFY(p.waitForStarted(10000));
    auto flags = [&events] {
        QStringList seen;
        QFile file(events);
        if (!file.open(QIODevice::ReadOnly))
            return seen;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"wire"_s).toString() == u"tcp"_s)
                seen << o.value(u"flags"_s).toString();
        }
        return seen;
    };
    const bool pushed = QTest::qWaitFor(
        [&] { return p.state() != QProcess::Running || flags().contains(u"PSH ACK"_s); }, 30000);
    p.terminate();
    QVERIFY(p.waitForFinished(20000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (!pushed && err.contains(u"namespace"_s))
        QSKIP(qPrintable(u"the lab network was refused here: "_s + err));
    QVERIFY2(pushed, qPrintable(err));
    QCOMPARE(p.exitCode(), 0);
    const QStringList seen = flags();
    QVERIFY2(seen.indexOf(u"SYN"_s) >= 0 && seen.indexOf(u"SYN"_s) < seen.indexOf(u"SYN-ACK"_s)
            && seen.indexOf(u"SYN-ACK"_s) < seen.indexOf(u"PSH ACK"_s),
        qPrintable(seen.join(u", "_s)));

    QFile file(pcap);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 24);
    QCOMPARE(bytes.first(4), QByteArray("\xd4\xc3\xb2\xa1", 4)); // 0xa1b2c3d4, little-endian
    const QString tshark = QStandardPaths::findExecutable(u"tshark"_s);
    if (tshark.isEmpty())
        return; // tst_labnetwork reads its pcap with tshark where it is installed
    QProcess read;
    read.start(tshark, {u"-r"_s, pcap});
    QVERIFY(read.waitForFinished(30000));
    const QString out = QString::fromUtf8(read.readAllStandardOutput());
    QVERIFY2(out.contains(u"[SYN]"_s) && out.contains(u"[SYN, ACK]"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
