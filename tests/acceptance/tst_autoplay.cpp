#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The built app, run as a kiosk would run it: --autoplay --quit-when-done
// plays every stage of the built-in lesson on real loopback sockets and
// exits 0 only when every stage did what it expects; --events writes one
// JSON object a line. The German lesson plays through as well, from its
// source folder and from the compiled-in :/lesson-de. A malformed --lesson
// folder is refused with its file and line on stderr, and the built-in lesson
// plays instead. Without a capture (no lab network helper), the wire stages'
// wire checks are listed as not checked, with the reason, and the run passes
// on their other checks.
class TestAutoplay final : public QObject
{
    Q_OBJECT

private slots:
    void wholeLessonExitsZero();
    void germanLessonExitsZero_data();
    void germanLessonExitsZero();
    void malformedLessonFallsBack();
    void wireChecksWithoutCaptureSayNotChecked();

private:
    struct Run
    {
        int exitCode = -1;
        QString errors;
    };
    // `asNobody`: as uid 65534 when the test runs as root (setpriv), so that
    // nothing the app does may capture on this machine's network.
    Run run(
        const QStringList &arguments, const QProcessEnvironment &extra = {}, bool asNobody = false);

    QTemporaryDir m_home;
};

TestAutoplay::Run TestAutoplay::run(
    const QStringList &arguments, const QProcessEnvironment &extra, bool asNobody)
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s)); // no user settings
    environment.insert(extra);
    app.setProcessEnvironment(environment);
    if (asNobody && ::geteuid() == 0) {
        app.start(u"setpriv"_s,
            QStringList {u"--reuid"_s, u"65534"_s, u"--regid"_s, u"65534"_s, u"--clear-groups"_s,
                QString::fromLocal8Bit(SOCKETLAB_APP)}
                + arguments);
    } else {
        app.start(QString::fromLocal8Bit(SOCKETLAB_APP), arguments);
    }
    Run result;
    if (!app.waitForStarted(10000) || !app.waitForFinished(120000)) {
        app.kill();
        app.waitForFinished(5000);
        return result;
    }
    result.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    result.errors = QString::fromUtf8(app.readAllStandardError());
    return result;
}

void TestAutoplay::wholeLessonExitsZero()
{
    QVERIFY(m_home.isValid());
    const QString events = m_home.filePath(u"events.jsonl"_s);
    const Run result = run({u"--autoplay"_s, u"--quit-when-done"_s, u"--pace"_s, u"0"_s,
        u"--port"_s, u"0"_s, u"--events"_s, events});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors));

    QFile file(events);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int lines = 0;
    QSet<QString> calls;
    QSet<QString> objects;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        calls.insert(document.object().value(u"call"_s).toString());
        objects.insert(document.object().value(u"object"_s).toString());
        ++lines;
    }
    QVERIFY(lines > 50);
    for (const QString &call :
        {u"socket"_s, u"bind"_s, u"listen"_s, u"accept"_s, u"connect"_s, u"recv"_s, u"close"_s})
        QVERIFY2(calls.contains(call), qPrintable(call));
    // The backlog stage's crowd of clients is logged like the panels' sockets.
    QVERIFY2(objects.contains(u"crowd1"_s), qPrintable(QStringList(objects.values()).join(u' ')));
}

void TestAutoplay::wireChecksWithoutCaptureSayNotChecked()
{
    // This machine's network, as a user who may not capture there: no segments.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QFile::setPermissions(home.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    QProcessEnvironment environment;
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"HOME"_s, home.path());
    const Run result
        = run({u"--network"_s, u"host"_s, u"--lang"_s, u"en"_s, u"--stage"_s, u"handshake"_s,
                  u"--autoplay"_s, u"--quit-when-done"_s, u"--pace"_s, u"0"_s, u"--port"_s, u"0"_s},
            environment, true);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
    if (!result.errors.contains(u"not checked"_s))
        QSKIP("this user may capture on this machine's lo (CAP_NET_RAW): every wire check was "
              "made");
    // Each stage's wire checks, by stage, each with the wire lane's reason.
    for (const QString &check : {u"handshake: not checked: \"wire.flags(client.connect)"_s,
             u"segments: not checked: \"wire.client.data(client.sendfill) > 1\""_s,
             u"window: not checked: \"wire.server.minwindow(client.sendfill) == 0\""_s})
        QVERIFY2(result.errors.contains(check), qPrintable(result.errors));
    QVERIFY2(result.errors.contains(u"CAP_NET_RAW"_s), qPrintable(result.errors));
    // The stages' other checks were made and held.
    QVERIFY2(
        result.errors.contains(u"every stage did what it expects"_s), qPrintable(result.errors));
}

void TestAutoplay::germanLessonExitsZero_data()
{
    QTest::addColumn<QString>("folder");
    const QString source = qEnvironmentVariable("SOCKETLAB_SOURCE_DIR");
    if (!source.isEmpty())
        QTest::newRow("source folder") << source + u"/resources/lesson-de"_s;
    QTest::newRow("compiled-in") << u":/lesson-de"_s;
}

void TestAutoplay::germanLessonExitsZero()
{
    QFETCH(QString, folder);
    QVERIFY(m_home.isValid());
    const Run result = run({u"--lesson"_s, folder, u"--autoplay"_s, u"--quit-when-done"_s,
        u"--pace"_s, u"0"_s, u"--port"_s, u"0"_s});
    // A refused lesson would exit 1 after playing the built-in one instead.
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
    QVERIFY2(!result.errors.contains(u"refused"_s), qPrintable(result.errors));
    QVERIFY2(
        result.errors.contains(u"every stage did what it expects"_s), qPrintable(result.errors));
}

void TestAutoplay::malformedLessonFallsBack()
{
    QTemporaryDir lesson;
    QVERIFY(lesson.isValid());
    QFile index(lesson.filePath(u"index.json"_s));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("{\n  \"format\": 1,\n  \"title\": \"Broken\",\n  \"port\": 5000,\n  \"stages\": [ "
                "{ \"id\": 7 } ]\n}\n");
    index.close();

    const Run result = run({u"--lesson"_s, lesson.path(), u"--stage"_s, u"wrap-up"_s,
        u"--autoplay"_s, u"--quit-when-done"_s, u"--pace"_s, u"0"_s, u"--port"_s, u"0"_s});
    // The built-in lesson played through, but the refused lesson fails the run.
    QVERIFY2(result.exitCode == 1, qPrintable(result.errors));
    QVERIFY2(
        result.errors.contains(
            u"every stage of the built-in lesson did what it expects, but your lesson was refused"_s),
        qPrintable(result.errors));
    QVERIFY2(result.errors.contains(index.fileName() + u":5:"_s), qPrintable(result.errors));
    QVERIFY2(result.errors.contains(u"built-in"_s), qPrintable(result.errors));
}

QTEST_GUILESS_MAIN(TestAutoplay)
#include "tst_autoplay.moc"
