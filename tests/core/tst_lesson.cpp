#include "core/lab/jsonlocator.h"
#include "core/lab/lesson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// The lesson loader: the built-in lesson as DESIGN.md lists it, placeholder
// values read from this machine, and malformed lesson folders refused with
// the file, the line and the problem.
class TestLesson final : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void coreStagesInDesignOrder();
    void goingFurtherStagesPresent();
    void everyStageNamesItsFocus();
    void focusIsOptional();
    void everyActionAndCheckParsesAgain();
    void startActionsFollowContinues();
    void narrationRendersCompletely();
    void narrationKeepsCorrections();
    void systemValuesComeFromThisMachine();
    void render_data();
    void render();
    void locatorFindsLines();
    void malformed_data();
    void malformed();
    void missingFolder();
    void refusesOddNarrationFiles();
    void fallsBackToBuiltIn();
    void truncatedIndexNamesALine();
    void readmeDocumentsVocabulary();

private:
    static Lesson builtIn();
};

namespace {

const QString validIndex = uR"({
  "format": 1,
  "title": "T",
  "port": 5000,
  "stages": [
    {
      "id": "one",
      "title": "One",
      "file": "one.md",
      "part": "lesson",
      "layers": ["transport"],
      "panels": "both",
      "explorers": [],
      "actions": ["server.socket"],
      "expect": ["server.state == created"]
    }
  ]
}
)"_s;

const QString secondStage = uR"(    },
    {"id": "one", "title": "Two", "file": "one.md", "part": "further", "layers": [], "panels": "none", "explorers": [], "actions": [], "expect": []}
  ])"_s;

} // namespace

Lesson TestLesson::builtIn()
{
    LessonError error;
    const Lesson lesson = Lesson::load(Lesson::builtInDirectory(), &error);
    if (error.isError())
        qWarning("%s", qPrintable(error.toString()));
    return lesson;
}

void TestLesson::builtInLoads()
{
    LessonError error;
    const Lesson lesson = Lesson::load(Lesson::builtInDirectory(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(!lesson.isEmpty());
    QCOMPARE(lesson.port(), quint16(5000));
    QVERIFY(!lesson.title().isEmpty());
    QCOMPARE(lesson.directory(), u":/lesson"_s);
}

void TestLesson::coreStagesInDesignOrder()
{
    const Lesson lesson = builtIn();
    const QStringList design = {u"processes"_s, u"stack"_s, u"link"_s, u"internet"_s,
        u"transport"_s, u"ports"_s, u"application"_s, u"socket"_s, u"families"_s, u"types"_s,
        u"protocols"_s, u"customize"_s, u"getaddrinfo"_s, u"server-bind"_s, u"server-listen"_s,
        u"server-accept"_s, u"client-connect"_s, u"send"_s, u"recv"_s, u"reply"_s, u"close"_s,
        u"wrap-up"_s};
    QStringList core;
    for (const Stage &stage : lesson.stages()) {
        if (!stage.isFurther())
            core.append(stage.id);
    }
    QCOMPARE(core, design);
    // The lesson's own stages come first, the going-further ones after.
    for (qsizetype i = 0; i < lesson.count(); ++i)
        QCOMPARE(lesson.stage(i).isFurther(), i >= design.size());
}

void TestLesson::goingFurtherStagesPresent()
{
    const Lesson lesson = builtIn();
    const QStringList further
        = {u"hang"_s, u"fix-eof"_s, u"fix-length"_s, u"fix-delimiter"_s, u"utf8-split"_s,
            u"boundaries"_s, u"datagrams"_s, u"backlog"_s, u"restart"_s, u"reuseaddr"_s, u"unix"_s,
            u"echo"_s, u"buffer"_s, u"handshake"_s, u"segments"_s, u"fin"_s, u"rst"_s, u"window"_s};
    qsizetype previous = -1;
    for (const QString &id : further) {
        const qsizetype index = lesson.indexOf(id);
        QVERIFY2(index >= 0, qPrintable(id));
        QVERIFY(lesson.stage(index).isFurther());
        QVERIFY2(index > previous, qPrintable(id + u" is out of DESIGN.md's order"_s));
        previous = index;
    }
}

void TestLesson::everyStageNamesItsFocus()
{
    // Presentation mode shows a stage's focus and nothing else: every
    // built-in stage names what it teaches, with an explorer only where it
    // opens one and a socket's values only where it has panels.
    const Lesson lesson = builtIn();
    QCOMPARE(lesson.count(), 41);
    for (const Stage &stage : lesson.stages()) {
        QVERIFY2(!stage.focus.isEmpty(), qPrintable(stage.id));
        for (const QString &name : stage.focus)
            QVERIFY2(Lesson::focusNames().contains(name), qPrintable(stage.id + u' ' + name));
        // (link opens the address explorer for normal mode, but presents its interfaces)
        if (stage.focus.contains(u"explorer"_s))
            QVERIFY2(!stage.explorers.isEmpty(), qPrintable(stage.id));
        if (stage.panels == u"none") {
            for (const QString &name : stage.focus)
                QVERIFY2(!name.contains(u'.'), qPrintable(stage.id + u' ' + name));
        }
    }
    QCOMPARE(lesson.stage(lesson.indexOf(u"server-listen"_s)).focus,
        QStringList({u"server.state"_s, u"server.laddr"_s, u"timeline"_s}));
    QCOMPARE(lesson.stage(lesson.indexOf(u"buffer"_s)).focus, QStringList {u"chart"_s});
}

void TestLesson::focusIsOptional()
{
    // A lesson written before the key existed still loads: no focus.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile json(dir.filePath(u"index.json"_s));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(validIndex.toUtf8());
    json.close();
    QFile md(dir.filePath(u"one.md"_s));
    QVERIFY(md.open(QIODevice::WriteOnly));
    md.write("Some narration.\n");
    md.close();
    LessonError error;
    Lesson lesson = Lesson::load(dir.path(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(lesson.stage(0).focus.isEmpty());

    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(QString(validIndex)
                   .replace(u"\"explorers\": [],"_s,
                       u"\"explorers\": [], \"focus\": [\"timeline\", \"server.state\"],"_s)
                   .toUtf8());
    json.close();
    lesson = Lesson::load(dir.path(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(lesson.stage(0).focus, QStringList({u"timeline"_s, u"server.state"_s}));
}

void TestLesson::everyActionAndCheckParsesAgain()
{
    const Lesson lesson = builtIn();
    int actions = 0;
    for (const Stage &stage : lesson.stages()) {
        for (const DemoAction &action : stage.actions) {
            QString error;
            const auto again = DemoAction::parse(action.source(), &error);
            QVERIFY2(again, qPrintable(stage.id + u": "_s + error));
            QVERIFY(DemoAction::verbs().contains(again->name()));
            ++actions;
        }
        for (const Expectation &check : stage.expectations) {
            QString error;
            QVERIFY2(Expectation::parse(check.source(), &error), qPrintable(error));
        }
        // A stage showing sockets runs something; the talk-only stages need nothing.
        if (stage.panels != u"none")
            QVERIFY2(!stage.actions.isEmpty(), qPrintable(stage.id));
    }
    QVERIFY(actions > 50);
    // The lesson's facts, checked where the reference lesson shows them.
    const Stage &recv = lesson.stage(lesson.indexOf(u"recv"_s));
    QVERIFY(std::any_of(recv.expectations.cbegin(), recv.expectations.cend(),
        [](const Expectation &e) { return e.source() == u"server.chunks == 8"; }));
    const Stage &connect = lesson.stage(lesson.indexOf(u"client-connect"_s));
    QVERIFY(std::any_of(connect.expectations.cbegin(), connect.expectations.cend(),
        [](const Expectation &e) { return e.source() == u"server.conn.raddr == client.laddr"; }));
}

void TestLesson::startActionsFollowContinues()
{
    const Lesson lesson = builtIn();
    QVERIFY(lesson.startActions(lesson.indexOf(u"server-bind"_s)).isEmpty());
    const QList<DemoAction> recv = lesson.startActions(lesson.indexOf(u"recv"_s));
    QStringList names;
    for (const DemoAction &action : recv)
        names.append(action.name());
    QCOMPARE(names,
        (QStringList {u"server.socket"_s, u"server.bind"_s, u"server.listen"_s, u"server.accept"_s,
            u"client.getaddrinfo"_s, u"client.socket"_s, u"client.connect"_s,
            u"client.sendall"_s}));
    QVERIFY(lesson.startActions(-1).isEmpty());
    QVERIFY(lesson.startActions(lesson.count()).isEmpty());
}

void TestLesson::narrationRendersCompletely()
{
    const Lesson lesson = builtIn();
    const QHash<QString, QString> values = Lesson::systemValues(5000);
    QCOMPARE(values.size(), Lesson::placeholderNames().size());
    static const QRegularExpression word(u"[A-Za-z]+"_s);
    for (const Stage &stage : lesson.stages()) {
        const QString text = Lesson::render(stage.narration, values);
        QVERIFY2(!text.contains(u"{{"_s), qPrintable(stage.id));
        // Short enough to read from the back row: a few paragraphs.
        qsizetype words = 0;
        for (auto it = word.globalMatch(text); it.hasNext(); it.next())
            ++words;
        QVERIFY2(words < 260, qPrintable(stage.id + u" has "_s + QString::number(words)));
        QVERIFY2(text.count(u"```"_s) % 2 == 0, qPrintable(stage.id));
        // The stages where the student types Python show it.
        if (!stage.actions.isEmpty() && stage.panels != u"none")
            QVERIFY2(text.contains(u"```python"_s), qPrintable(stage.id));
    }
}

void TestLesson::narrationKeepsCorrections()
{
    // DESIGN.md's table: where the reference lesson is imprecise, the
    // narration says what is true.
    const Lesson lesson = builtIn();
    auto narration = [&](const QString &id) {
        return lesson.stage(lesson.indexOf(id)).narration;
    };
    QVERIFY(narration(u"internet"_s).contains(u"4,294,967,296"_s));
    QVERIFY(narration(u"ports"_s).contains(u"65,536"_s));
    QVERIFY(narration(u"ports"_s).contains(u"Port 0"_s));
    QVERIFY(narration(u"ports"_s).contains(u"| FTP data | FTP control |"_s));
    QVERIFY(narration(u"ports"_s).contains(u"| 20 | 21 | 22 |"_s));
    QVERIFY(narration(u"ports"_s).contains(u"{{ephemeral_range}}"_s));
    QVERIFY(narration(u"ports"_s).contains(u"49152–65535"_s));
    QVERIFY(narration(u"families"_s).contains(u"{{af_inet6}}"_s));
    QVERIFY(narration(u"protocols"_s).contains(u"transport protocol"_s));
    QVERIFY(narration(u"recv"_s).contains(u"by luck"_s));
    QVERIFY(narration(u"unix"_s).contains(u"measures"_s));
}

void TestLesson::systemValuesComeFromThisMachine()
{
    const QHash<QString, QString> values = Lesson::systemValues(40123);
    QCOMPARE(values.value(u"port"_s), u"40123"_s);
    QCOMPARE(values.value(u"af_inet6"_s), QString::number(AF_INET6));
    QCOMPARE(values.value(u"ipproto_udp"_s), u"17"_s);
    QFile range(u"/proc/sys/net/ipv4/ip_local_port_range"_s);
    if (range.open(QIODevice::ReadOnly)) {
        const QStringList parts = QString::fromLatin1(range.readAll())
                                      .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        QCOMPARE(values.value(u"ephemeral_range"_s), parts.at(0) + u'–' + parts.at(1));
    }
    QVERIFY(values.value(u"interfaces"_s).contains(u"lo"_s)
        || values.value(u"interfaces"_s) == u"none found");
    for (const QString &name : Lesson::placeholderNames())
        QVERIFY2(!values.value(name).isEmpty(), qPrintable(name));
}

void TestLesson::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rendered");

    QTest::newRow("none") << u"plain"_s << u"plain"_s;
    QTest::newRow("one") << u"port {{port}}."_s << u"port 5000."_s;
    QTest::newRow("two adjacent") << u"{{port}}{{af_inet6}}"_s << u"500010"_s;
    QTest::newRow("unknown kept") << u"{{nope}} {{port}}"_s << u"{{nope}} 5000"_s;
    QTest::newRow("single braces untouched") << u"{getattr: n}"_s << u"{getattr: n}"_s;
}

void TestLesson::render()
{
    QFETCH(QString, text);
    QFETCH(QString, rendered);
    const QHash<QString, QString> values = {{u"port"_s, u"5000"_s}, {u"af_inet6"_s, u"10"_s}};
    QCOMPARE(Lesson::render(text, values), rendered);
}

void TestLesson::locatorFindsLines()
{
    const QByteArray json = validIndex.toUtf8();
    const JsonLocator locator(json);
    QCOMPARE(locator.lineOf(u"format"_s), 2);
    QCOMPARE(locator.columnOf(u"format"_s), 3);
    QCOMPARE(locator.lineOf(u"stages[0]"_s), 6);
    QCOMPARE(locator.lineOf(u"stages[0].panels"_s), 12);
    QCOMPARE(locator.lineOf(u"stages[0].actions[0]"_s), 14);
    QCOMPARE(locator.columnOf(u"stages[0].actions[0]"_s), 19);
    QCOMPARE(locator.offsetOf(u"stages[1]"_s), qsizetype(-1));
    QVERIFY(locator.duplicateKeyPath().isEmpty());

    const JsonLocator twice(QByteArray("{\n \"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}\n}"));
    QCOMPARE(twice.duplicateKeyPath(), u"b.c"_s);
    int line = 0;
    int column = 0;
    JsonLocator::position("{\n \"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2}\n}",
        twice.duplicateKeyOffset(), &line, &column);
    QCOMPARE(line, 3);
    QCOMPARE(column, 16);
}

void TestLesson::malformed_data()
{
    QTest::addColumn<QString>("replace"); // text of validIndex to replace
    QTest::addColumn<QString>("with");
    QTest::addColumn<QString>("markdown"); // content of one.md; empty = no file
    QTest::addColumn<QString>("file"); // the file the error must name
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");

    const QString md = u"Some narration.\n"_s;
    QTest::newRow("json syntax: missing comma")
        << u"\"title\": \"T\","_s << u"\"title\": \"T\""_s << md << u"index.json"_s << 4
        << u"JSON syntax error"_s;
    QTest::newRow("json syntax: trailing comma")
        << u"\"expect\": [\"server.state == created\"]"_s
        << u"\"expect\": [\"server.state == created\"],"_s << md << u"index.json"_s << 16
        << u"JSON syntax error"_s;
    QTest::newRow("wire step not among the actions")
        << u"\"expect\": [\"server.state == created\"]"_s
        << u"\"expect\": [\"wire.segments(server.accept) == 0\"]"_s << md << u"index.json"_s << 15
        << u"not one of this stage's actions"_s;
    QTest::newRow("queue step not among the actions")
        << u"\"expect\": [\"server.state == created\"]"_s
        << u"\"expect\": [\"server.queue(client.connect) == 1\"]"_s << md << u"index.json"_s << 15
        << u"not one of this stage's actions"_s;
    QTest::newRow("wire measure unknown")
        << u"\"expect\": [\"server.state == created\"]"_s << u"\"expect\": [\"wire.colour == 0\"]"_s
        << md << u"index.json"_s << 15 << u"unknown subject"_s;
    QTest::newRow("not an object")
        << validIndex << u"[]"_s << md << u"index.json"_s << 1 << u"must be a JSON object"_s;
    QTest::newRow("format") << u"\"format\": 1"_s << u"\"format\": 2"_s << md << u"index.json"_s
                            << 2 << u"\"format\" must be 1"_s;
    QTest::newRow("port as text") << u"\"port\": 5000"_s << u"\"port\": \"5000\""_s << md
                                  << u"index.json"_s << 4 << u"\"port\" must be"_s;
    QTest::newRow("port fraction") << u"\"port\": 5000"_s << u"\"port\": 50.5"_s << md
                                   << u"index.json"_s << 4 << u"whole number"_s;
    QTest::newRow("unknown root field")
        << u"\"title\": \"T\","_s << u"\"title\": \"T\",\n  \"author\": \"me\","_s << md
        << u"index.json"_s << 4 << u"unknown field \"author\""_s;
    QTest::newRow("unknown stage field")
        << u"\"title\": \"One\","_s << u"\"title\": \"One\", \"colour\": \"red\","_s << md
        << u"index.json"_s << 8 << u"unknown field \"colour\""_s;
    QTest::newRow("duplicate key")
        << u"\"title\": \"One\","_s << u"\"title\": \"One\", \"title\": \"Two\","_s << md
        << u"index.json"_s << 8 << u"appears twice"_s;
    QTest::newRow("missing field") << u"      \"panels\": \"both\",\n"_s << QString() << md
                                   << u"index.json"_s << 6 << u"missing field \"panels\""_s;
    QTest::newRow("empty stages") << u"\"stages\": ["_s << u"\"stages\": [], \"x\": ["_s << md
                                  << u"index.json"_s << 5 << u"unknown field \"x\""_s;
    QTest::newRow("bad id") << u"\"id\": \"one\""_s << u"\"id\": \"One Stage\""_s << md
                            << u"index.json"_s << 7 << u"lowercase letters"_s;
    QTest::newRow("duplicate id") << u"    }\n  ]"_s << secondStage << md << u"index.json"_s << 17
                                  << u"already used by the stage on line 6"_s;
    QTest::newRow("unknown layer")
        << u"[\"transport\"]"_s << u"[\"transport\", \"physical\"]"_s << md << u"index.json"_s << 11
        << u"unknown layer name \"physical\""_s;
    QTest::newRow("repeated layer") << u"[\"transport\"]"_s << u"[\"transport\", \"transport\"]"_s
                                    << md << u"index.json"_s << 11 << u"listed twice"_s;
    QTest::newRow("layers not array") << u"[\"transport\"]"_s << u"\"transport\""_s << md
                                      << u"index.json"_s << 11 << u"must be an array"_s;
    QTest::newRow("unknown panel") << u"\"both\""_s << u"\"left\""_s << md << u"index.json"_s << 12
                                   << u"unknown panels \"left\""_s;
    QTest::newRow("unknown explorer")
        << u"\"explorers\": []"_s << u"\"explorers\": [\"wireshark\"]"_s << md << u"index.json"_s
        << 13 << u"unknown explorer name \"wireshark\""_s;
    QTest::newRow("unknown focus")
        << u"\"explorers\": [],"_s << u"\"explorers\": [],\n      \"focus\": [\"server.colour\"],"_s
        << md << u"index.json"_s << 14 << u"unknown focus name \"server.colour\""_s;
    QTest::newRow("repeated focus")
        << u"\"explorers\": [],"_s
        << u"\"explorers\": [],\n      \"focus\": [\"timeline\",\n \"timeline\"],"_s << md
        << u"index.json"_s << 15 << u"\"timeline\" is listed twice in \"focus\""_s;
    QTest::newRow("focus not array")
        << u"\"explorers\": [],"_s << u"\"explorers\": [],\n      \"focus\": \"timeline\","_s << md
        << u"index.json"_s << 14 << u"\"focus\" must be an array of strings"_s;
    QTest::newRow("focus not strings")
        << u"\"explorers\": [],"_s << u"\"explorers\": [],\n      \"focus\": [\"chart\", 3],"_s
        << md << u"index.json"_s << 14 << u"\"focus\" must hold only strings"_s;
    QTest::newRow("focus explorer without one")
        << u"\"explorers\": [],"_s << u"\"explorers\": [],\n      \"focus\": [\"explorer\"],"_s
        << md << u"index.json"_s << 14 << u"\"explorers\" opens none"_s;
    QTest::newRow("unknown part") << u"\"lesson\""_s << u"\"extra\""_s << md << u"index.json"_s
                                  << 10 << u"must be \"lesson\" or \"further\""_s;
    QTest::newRow("continues unknown")
        << u"\"title\": \"One\","_s << u"\"title\": \"One\", \"continues\": \"zero\","_s << md
        << u"index.json"_s << 8 << u"not an earlier stage"_s;
    QTest::newRow("unknown verb") << u"[\"server.socket\"]"_s << u"[\"server.sokcet\"]"_s << md
                                  << u"index.json"_s << 14
                                  << u"stage \"one\": unknown action \"server.sokcet\""_s;
    QTest::newRow("bad number") << u"[\"server.socket\"]"_s
                                << u"[\"server.socket\",\n \"server.listen lots\"]"_s << md
                                << u"index.json"_s << 15 << u"bad backlog \"lots\""_s;
    QTest::newRow("bad port") << u"[\"server.socket\"]"_s << u"[\"server.bind 127.0.0.1 70000\"]"_s
                              << md << u"index.json"_s << 14 << u"bad port \"70000\""_s;
    QTest::newRow("bad escape") << u"[\"server.socket\"]"_s << u"[\"client.sendall a\\\\qb\"]"_s
                                << md << u"index.json"_s << 14 << u"Unknown escape"_s;
    QTest::newRow("action not string") << u"[\"server.socket\"]"_s << u"[42]"_s << md
                                       << u"index.json"_s << 14 << u"only strings"_s;
    QTest::newRow("unknown subject")
        << u"\"server.state == created\""_s << u"\"server.colour == red\""_s << md
        << u"index.json"_s << 15 << u"unknown subject"_s;
    QTest::newRow("bad state value")
        << u"\"server.state == created\""_s << u"\"server.state == sleeping\""_s << md
        << u"index.json"_s << 15 << u"is not one of"_s;
    QTest::newRow("unknown placeholder in check")
        << u"\"server.state == created\""_s << u"\"constants.AF_INET == {{af_inett}}\""_s << md
        << u"index.json"_s << 15 << u"unknown placeholder {{af_inett}}"_s;
    QTest::newRow("file path escapes folder") << u"\"one.md\""_s << u"\"../one.md\""_s << md
                                              << u"index.json"_s << 9 << u"must be the name"_s;
    QTest::newRow("missing markdown")
        << u"\"one.md\""_s << u"\"nope.md\""_s << md << u"index.json"_s << 9 << u"cannot read"_s;
    QTest::newRow("unknown placeholder")
        << QString() << QString() << u"First line.\n\nPort {{prot}} here.\n"_s << u"one.md"_s << 3
        << u"unknown placeholder {{prot}}"_s;
    QTest::newRow("unclosed fence") << QString() << QString() << u"Text.\n```python\nx = 1\n"_s
                                    << u"one.md"_s << 2 << u"never closed"_s;
    QTest::newRow("image") << QString() << QString() << u"a\n![x](http://example.com/x.png)\n"_s
                           << u"one.md"_s << 2 << u"images are not allowed"_s;
    QTest::newRow("invalid utf8") << QString() << QString() << u"ok\nbad \\xff line\n"_s
                                  << u"one.md"_s << 2 << u"not valid UTF-8"_s;
    QTest::newRow("empty narration")
        << QString() << QString() << u"\n\n"_s << u"one.md"_s << 1 << u"empty"_s;
}

void TestLesson::malformed()
{
    QFETCH(QString, replace);
    QFETCH(QString, with);
    QFETCH(QString, markdown);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, problem);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString index = validIndex;
    if (!replace.isEmpty()) {
        QVERIFY2(index.contains(replace), qPrintable(replace));
        index.replace(replace, with);
    }
    QFile json(dir.filePath(u"index.json"_s));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(index.toUtf8());
    json.close();
    QFile md(dir.filePath(u"one.md"_s));
    QVERIFY(md.open(QIODevice::WriteOnly));
    // "\xff" in the data stands for one raw invalid byte.
    md.write(markdown.toUtf8().replace("\\xff", "\xff"));
    md.close();

    LessonError error;
    const Lesson lesson = Lesson::load(dir.path(), &error);
    QVERIFY(lesson.isEmpty());
    QVERIFY(error.isError());
    QCOMPARE(error.file, dir.filePath(file));
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(problem), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(dir.filePath(file) + u':' + QString::number(line)));
}

void TestLesson::missingFolder()
{
    QTemporaryDir dir;
    LessonError error;
    const Lesson lesson = Lesson::load(dir.filePath(u"absent"_s), &error);
    QVERIFY(lesson.isEmpty());
    QCOMPARE(error.file, dir.filePath(u"absent/index.json"_s));
    QCOMPARE(error.line, 0);
    QVERIFY(error.message.contains(u"cannot read the lesson index"_s));
    QCOMPARE(error.toString(), error.file + u": "_s + error.message);
}

// A narration must be a regular file of at most 16 KiB: a FIFO, a link to
// /dev/zero or a huge file is refused at once (it would hang or fill memory).
void TestLesson::refusesOddNarrationFiles()
{
    const QString builtIn = Lesson::builtInDirectory();
    for (const QString &kind : {u"huge"_s, u"device"_s, u"fifo"_s}) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : QDir(builtIn).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(builtIn + u'/' + name, dir.filePath(name)));
            QFile::setPermissions(
                dir.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        LessonError ok;
        const Lesson copy = Lesson::load(dir.path(), &ok);
        QVERIFY2(!ok.isError(), qPrintable(ok.toString()));
        const QString target = dir.filePath(copy.stage(0).file);
        QVERIFY(QFile::remove(target));
        if (kind == u"huge") {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(20 * 1024, 'a'));
        } else if (kind == u"device") {
            QVERIFY(QFile::link(u"/dev/zero"_s, target));
        } else {
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        }
        LessonError error;
        QElapsedTimer took;
        took.start();
        QVERIFY(Lesson::load(dir.path(), &error).isEmpty());
        QVERIFY(took.elapsed() < 5000);
        QVERIFY2(error.message.contains(
                     kind == u"huge" ? u"larger than 16 KiB"_s : u"not a regular file"_s),
            qPrintable(error.toString()));
    }
}

void TestLesson::fallsBackToBuiltIn()
{
    QTemporaryDir dir;
    QFile json(dir.filePath(u"index.json"_s));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write("{\n  \"format\": 1,\n  oops\n}\n");
    json.close();

    LessonError error;
    const Lesson lesson = Lesson::loadWithFallback(dir.path(), &error);
    QCOMPARE(lesson.directory(), Lesson::builtInDirectory());
    QVERIFY(!lesson.isEmpty());
    QCOMPARE(error.file, dir.filePath(u"index.json"_s));
    QCOMPARE(error.line, 3);
    QVERIFY(error.message.contains(u"JSON syntax error"_s));

    const Lesson plain = Lesson::loadWithFallback(QString(), &error);
    QCOMPARE(plain.directory(), Lesson::builtInDirectory());
    QVERIFY(!error.isError());

    // A good folder is used as it is.
    QTemporaryDir good;
    QFile index(good.filePath(u"index.json"_s));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(validIndex.toUtf8());
    index.close();
    QFile md(good.filePath(u"one.md"_s));
    QVERIFY(md.open(QIODevice::WriteOnly));
    md.write("Narration.\n");
    md.close();
    const Lesson own = Lesson::loadWithFallback(good.path(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(own.count(), 1);
    QCOMPARE(own.stage(0).id, u"one"_s);
}

void TestLesson::truncatedIndexNamesALine()
{
    // The built-in index cut short anywhere is refused with a line that
    // exists in what is left, never accepted and never a crash.
    QFile builtInIndex(Lesson::builtInDirectory() + u"/index.json"_s);
    QVERIFY(builtInIndex.open(QIODevice::ReadOnly));
    const QByteArray full = builtInIndex.readAll();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : QDir(Lesson::builtInDirectory()).entryList({u"*.md"_s}))
        QVERIFY(QFile::copy(Lesson::builtInDirectory() + u'/' + name, dir.filePath(name)));
    for (qsizetype cut = 0; cut < full.size() - 2; cut += 211) {
        QFile index(dir.filePath(u"index.json"_s));
        QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
        index.write(full.left(cut));
        index.close();
        LessonError error;
        const Lesson lesson = Lesson::load(dir.path(), &error);
        QVERIFY(lesson.isEmpty());
        QCOMPARE(error.file, dir.filePath(u"index.json"_s));
        QVERIFY2(error.line >= 1 && error.line <= full.left(cut).count('\n') + 1,
            qPrintable(error.toString()));
        QVERIFY(error.message.contains(u"JSON syntax error"_s));
    }
    // The whole file, copied, is accepted.
    QFile index(dir.filePath(u"index.json"_s));
    QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
    index.write(full);
    index.close();
    LessonError error;
    QVERIFY2(!Lesson::load(dir.path(), &error).isEmpty(), qPrintable(error.toString()));
}

void TestLesson::readmeDocumentsVocabulary()
{
    // Teachers write lessons from resources/lesson/README.md: every verb,
    // placeholder and name the loader accepts is described there.
    const QString source = qEnvironmentVariable("SOCKETLAB_SOURCE_DIR");
    if (source.isEmpty())
        QSKIP("SOCKETLAB_SOURCE_DIR is not set (ctest sets it)");
    QFile readme(source + u"/resources/lesson/README.md"_s);
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.fileName()));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const QString &verb : DemoAction::verbs())
        QVERIFY2(text.contains(u'`' + verb), qPrintable(verb));
    for (const QString &name : Lesson::placeholderNames())
        QVERIFY2(text.contains(u"`{{"_s + name + u"}}`"_s), qPrintable(name));
    for (const QStringList &names : {Lesson::layerNames(), Lesson::panelNames(),
             Lesson::explorerNames(), Lesson::focusNames()}) {
        for (const QString &name : names)
            QVERIFY2(text.contains(u'`' + name + u'`'), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
