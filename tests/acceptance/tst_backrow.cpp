// The back-row test (DESIGN.md, Projection): every stage of the English
// lesson, in presentation mode at 1280×720 on an Xvfb screen after its demo,
// photographed, scaled to half size and read by tesseract: every focus text
// the app says it shows (--focus-texts) must be read back, from the whole
// screen or from that focus's part of it alone.
#include "core/lab/lesson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestBackRow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyFocusIsReadable_data();
    void everyFocusIsReadable();
    void readsAllowsOneGlyphIn20();

private:
    static QString app() { return QStringLiteral(SOCKETLAB_APP); }
    // Runs `program` to its end (at most `ms`); its standard output, or
    // nullopt when it failed or took too long.
    static std::optional<QByteArray> run(
        const QString &program, const QStringList &arguments, int ms = 60000);
    // OCR's text and a focus text alike, without whitespace (OCR adds a
    // space after a dot in fixed-pitch type: "conn. recv(8)"), with
    // typographic quotes made plain (OCR reads ' as ‘ or ’), and with the
    // glyphs the sans font draws as one upright stroke (I, l, i, 1, |) made
    // one, in lower case: a random temporary name such as "WlDlnp" is read
    // "WLDLnp" or "WIDinp"; likewise the round ones (o, O, 0, and @ for the
    // bold monospaced 0 with its inner dot: "('127.0.0.1', 0)" read
    // "('127.0.0.1', @)"). These are the only confusions allowed.
    static QString normalised(const QString &text);
    // Whether `read` holds `text` with at most one misread, dropped or extra
    // glyph per 20 (a long text, e.g. a random temporary path, is read as a
    // person reads it: one odd letter does not make it unreadable).
    static bool reads(const QString &read, const QString &text);

    QProcess m_xvfb;
    QString m_display;
    QTemporaryDir m_dir;
    QString m_missing;
};

std::optional<QByteArray> TestBackRow::run(
    const QString &program, const QStringList &arguments, int ms)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(ms)) {
        p.kill();
        p.waitForFinished(5000);
        return std::nullopt;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

bool TestBackRow::reads(const QString &read, const QString &text)
{
    if (read.contains(text))
        return true;
    const qsizetype allowed = text.size() / 20;
    if (allowed == 0)
        return false;
    // Edit distance of `text` to the best substring of `read` (Sellers):
    // row[j] is the distance of text[0..i) to a substring ending at read[j).
    QList<qsizetype> row(read.size() + 1, 0);
    for (qsizetype i = 1; i <= text.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= read.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min(
                {above + 1, row[j - 1] + 1, diagonal + (text.at(i - 1) == read.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return *std::min_element(row.cbegin(), row.cend()) <= allowed;
}

QString TestBackRow::normalised(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QString plain = QString(text).remove(space);
    for (const QChar quote : {QChar(0x2018), QChar(0x2019)})
        plain.replace(quote, u'\'');
    for (const QChar quote : {QChar(0x201c), QChar(0x201d)})
        plain.replace(quote, u'"');
    plain = plain.toLower();
    for (const QChar stroke : {u'i', u'1', u'|'})
        plain.replace(stroke, u'l');
    for (const QChar round : {u'0', u'@'})
        plain.replace(round, u'o');
    return plain;
}

void TestBackRow::initTestCase()
{
#ifdef __SANITIZE_ADDRESS__
    // The asan build's app takes several times as long per stage, beyond the test's bound, and
    // Debian 12's libxkbcommon-x11 trips ASan's strict_string_checks in strndup. Legibility is the
    // same in every build: the plain build (the README's test command) runs this test.
    QSKIP("the back-row test runs in the plain build, not under AddressSanitizer");
#endif
    for (const QString &tool : {u"Xvfb"_s, u"import"_s, u"convert"_s, u"tesseract"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            m_missing += u' ' + tool;
    }
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(u"the back-row test needs Xvfb, ImageMagick's import and convert, and "
                         u"tesseract (scripts/bootstrap test installs them); missing:"_s
            + m_missing));
    QVERIFY(m_dir.isValid());
    // A free display: Xvfb picks it and writes its number to fd 1.
    m_xvfb.start(u"Xvfb"_s,
        {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x720x24"_s, u"-nolisten"_s,
            u"tcp"_s});
    QVERIFY2(m_xvfb.waitForStarted(10000), qPrintable(m_xvfb.errorString()));
    QVERIFY(QTest::qWaitFor(
        [this] { return m_xvfb.canReadLine() || m_xvfb.state() != QProcess::Running; }, 20000));
    const QString number = QString::fromLatin1(m_xvfb.readLine()).trimmed();
    QVERIFY2(!number.isEmpty(), m_xvfb.readAllStandardError().constData());
    m_display = u':' + number;
}

void TestBackRow::cleanupTestCase()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(10000))
            m_xvfb.kill();
    }
}

void TestBackRow::everyFocusIsReadable_data()
{
    QTest::addColumn<QString>("stage");
    LessonError error;
    const Lesson lesson = Lesson::load(Lesson::builtInDirectory(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    for (const Stage &stage : lesson.stages())
        QTest::newRow(qPrintable(stage.id)) << stage.id;
}

void TestBackRow::everyFocusIsReadable()
{
    QFETCH(QString, stage);
    const QString texts = m_dir.filePath(stage + u".json"_s);
    const QString shot = m_dir.filePath(stage + u".png"_s);
    const QString half = m_dir.filePath(stage + u"-half.png"_s);

    QProcess socketlab;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"DISPLAY"_s, m_display);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // no remembered zoom or size
    socketlab.setProcessEnvironment(env);
    socketlab.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    socketlab.start(app(),
        {u"--lang"_s, u"en"_s, u"--present"_s, u"--port"_s, u"0"_s, u"--stage"_s, stage,
            u"--demo"_s, u"--focus-texts"_s, texts});
    QVERIFY(socketlab.waitForStarted(10000));
    const auto stop = qScopeGuard([&socketlab] {
        socketlab.terminate();
        if (!socketlab.waitForFinished(10000)) {
            socketlab.kill();
            socketlab.waitForFinished(5000);
        }
    });
    // The demo's actions are paced as a person would see them: up to a minute.
    QVERIFY2(QTest::qWaitFor(
                 [&] { return QFile::exists(texts) || socketlab.state() == QProcess::NotRunning; },
                 90000),
        "no focus texts within 90 s");
    QVERIFY2(QFile::exists(texts), "SocketLab ended without writing its focus texts");
    QFile file(texts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value(u"stage"_s).toString(), stage);
    const QJsonArray focus = written.value(u"focus"_s).toArray();
    QVERIFY(!focus.isEmpty());

    QVERIFY(run(u"import"_s, {u"-display"_s, m_display, u"-window"_s, u"root"_s, shot}));
    QVERIFY(run(u"convert"_s, {shot, u"-resize"_s, u"50%"_s, half}));
    const std::optional<QByteArray> read = run(u"tesseract"_s, {half, u"-"_s});
    QVERIFY(read);
    const QString ocr = normalised(QString::fromUtf8(*read));
    QStringList unread;
    for (const QJsonValue &value : focus) {
        const QString name = value.toObject().value(u"name"_s).toString();
        const QString text = normalised(value.toObject().value(u"text"_s).toString());
        if (!text.isEmpty() && !reads(ocr, text)) {
            // Read as a person reads a screen of several parts: this focus's
            // part alone, so lines of the part beside it do not interleave.
            const QJsonArray rect = value.toObject().value(u"rect"_s).toArray();
            if (rect.size() == 4) {
                const QString part = m_dir.filePath(stage + u"-"_s + name + u".png"_s);
                const QString geometry = u"%1x%2+%3+%4"_s.arg(rect.at(2).toInt() / 2)
                                             .arg(rect.at(3).toInt() / 2)
                                             .arg(rect.at(0).toInt() / 2)
                                             .arg(rect.at(1).toInt() / 2);
                // A margin as the screen has round it; read as a page, then as one block.
                QVERIFY(run(u"convert"_s,
                    {half, u"-crop"_s, geometry, u"+repage"_s, u"-bordercolor"_s, u"white"_s,
                        u"-border"_s, u"10"_s, part}));
                const std::optional<QByteArray> page = run(u"tesseract"_s, {part, u"-"_s});
                const std::optional<QByteArray> block
                    = run(u"tesseract"_s, {part, u"-"_s, u"--psm"_s, u"6"_s});
                QVERIFY(page && block);
                if (reads(normalised(QString::fromUtf8(*page)), text)
                    || reads(normalised(QString::fromUtf8(*block)), text))
                    continue;
            }
        }
        if (text.isEmpty() || !reads(ocr, text))
            unread << u"%1 \"%2\""_s.arg(name, text);
    }
    if (!unread.isEmpty())
        m_dir.setAutoRemove(false); // the screenshots stay for a person to look at
    QVERIFY2(unread.isEmpty(),
        qPrintable(u"not read at half size: "_s + unread.join(u", "_s) + u"\nOCR read: "_s + ocr
            + u"\nscreenshot: "_s + shot));
}

void TestBackRow::readsAllowsOneGlyphIn20()
{
    const QString path = u"/tmp/socketlab-lgkgka/socketlab.sock"_s; // 36 glyphs: one may be off
    QVERIFY(reads(u"x"_s + path + u"y"_s, path));
    QVERIFY(reads(u"ab/tmp/socketlab-llgkgka/socketlab.sockcd"_s, path)); // one extra
    QVERIFY(reads(u"ttmp/socketlab-lgkgka/socketlab.sock"_s, path)); // one misread
    QVERIFY(!reads(u"ttmp/socketlab-llgkgka/socketlab.sock"_s, path)); // two
    QVERIFY(!reads(u"established"_s, u"estab1ished"_s)); // short texts: exact
    QVERIFY(!reads(QString(), path));
}

QTEST_GUILESS_MAIN(TestBackRow)
#include "tst_backrow.moc"
