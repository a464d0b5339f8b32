#include "core/lab/lesson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The German lesson (:/lesson-de) is the English one (:/lesson) with only
// its words for people translated: both folders load, list the same stages
// in the same order, and every key of index.json other than a title is
// identical, so ids, actions, expectations and whatever keys come later
// cannot drift apart. Each German narration exists, is translated, keeps
// every code block of the English one (only the text of Python comments may
// differ), every `code` span and every {{placeholder}}.
class TestLessonTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bothFoldersLoad();
    void sameStagesInSameOrder();
    void indexAgreesOutsideStages();
    void stage_data();
    void stage();
    void germanKeepsCorrections();

private:
    Lesson m_english;
    Lesson m_german;
    QJsonObject m_englishIndex;
    QJsonObject m_germanIndex;
};

namespace {

const QString englishDirectory = u":/lesson"_s;
const QString germanDirectory = u":/lesson-de"_s;

// Keys whose value is text for people and so is translated. Every other key,
// present now or added later, must be equal in both folders.
const QStringList translatedKeys = {u"title"_s};

QJsonObject readIndex(const QString &directory)
{
    QFile file(directory + u"/index.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The object without `keys`, as compact JSON (keys sorted), so that a
// failed comparison prints both sides.
QString withoutKeys(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys)
        object.remove(key);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A Python line with the text of its `#` comment removed (the `#` kept, so
// a comment cannot appear or vanish); a `#` inside a '...' or "..." string
// is not a comment.
QString withoutCommentText(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'#') {
            return line.left(i + 1);
        }
    }
    return line;
}

struct Narration
{
    QStringList codeBlocks; // each fenced block, fence lines included
    QStringList codeSpans; // `inline code` outside the blocks
    QStringList placeholders; // {{name}} anywhere, sorted, each once
};

// Splits Markdown into its fenced code blocks and the `code` spans of the
// prose. Python blocks have their comments' text removed (see above): a
// comment is prose for students and is translated, the code is not.
Narration parse(const QString &markdown)
{
    static const QRegularExpression span(u"`([^`\n]+)`"_s);
    static const QRegularExpression placeholder(u"\\{\\{[a-z0-9_]+\\}\\}"_s);
    Narration result;
    for (auto it = placeholder.globalMatch(markdown); it.hasNext();)
        result.placeholders.append(it.next().captured());
    result.placeholders.sort();
    result.placeholders.removeDuplicates();
    QString block;
    QString language;
    bool inBlock = false;
    QString prose;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.trimmed().startsWith(u"```"_s)) {
            block += line + u'\n';
            if (inBlock) {
                result.codeBlocks.append(block);
                block.clear();
            } else {
                language = line.trimmed().mid(3);
            }
            inBlock = !inBlock;
        } else if (inBlock) {
            block += (language == u"python" ? withoutCommentText(line) : line) + u'\n';
        } else {
            prose += line + u'\n';
        }
    }
    for (auto it = span.globalMatch(prose); it.hasNext();)
        result.codeSpans.append(it.next().captured(1));
    return result;
}

} // namespace

void TestLessonTranslation::initTestCase()
{
    LessonError error;
    m_english = Lesson::load(englishDirectory, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    m_german = Lesson::load(germanDirectory, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    m_englishIndex = readIndex(englishDirectory);
    m_germanIndex = readIndex(germanDirectory);
}

void TestLessonTranslation::bothFoldersLoad()
{
    QVERIFY(!m_english.isEmpty());
    QVERIFY(!m_german.isEmpty());
    QCOMPARE(m_german.directory(), germanDirectory);
    QCOMPARE(m_german.port(), m_english.port());
    QVERIFY(!m_german.title().isEmpty());
    QVERIFY(m_german.title() != m_english.title());
    QVERIFY(!m_englishIndex.isEmpty());
    QVERIFY(!m_germanIndex.isEmpty());
}

void TestLessonTranslation::sameStagesInSameOrder()
{
    QCOMPARE(m_german.count(), m_english.count());
    for (qsizetype i = 0; i < m_english.count(); ++i) {
        const Stage &english = m_english.stage(i);
        const Stage &german = m_german.stage(i);
        QCOMPARE(german.id, english.id);
        // What the loader made of the shared keys is the same too.
        QCOMPARE(german.file, english.file);
        QCOMPARE(german.part, english.part);
        QCOMPARE(german.continues, english.continues);
        QCOMPARE(german.layers, english.layers);
        QCOMPARE(german.panels, english.panels);
        QCOMPARE(german.explorers, english.explorers);
        QCOMPARE(german.focus, english.focus);
        QCOMPARE(german.actions.size(), english.actions.size());
        for (qsizetype a = 0; a < english.actions.size(); ++a)
            QCOMPARE(german.actions.at(a).source(), english.actions.at(a).source());
        QCOMPARE(german.expectations.size(), english.expectations.size());
        for (qsizetype e = 0; e < english.expectations.size(); ++e)
            QCOMPARE(german.expectations.at(e).source(), english.expectations.at(e).source());
    }
}

void TestLessonTranslation::indexAgreesOutsideStages()
{
    QStringList keys = translatedKeys;
    keys.append(u"stages"_s);
    QCOMPARE(withoutKeys(m_germanIndex, keys), withoutKeys(m_englishIndex, keys));
    QCOMPARE(m_germanIndex.value(u"stages"_s).toArray().size(),
        m_englishIndex.value(u"stages"_s).toArray().size());
}

void TestLessonTranslation::stage_data()
{
    QTest::addColumn<int>("index");
    const QJsonArray stages = readIndex(englishDirectory).value(u"stages"_s).toArray();
    for (qsizetype i = 0; i < stages.size(); ++i)
        QTest::newRow(qPrintable(stages.at(i).toObject().value(u"id"_s).toString())) << int(i);
}

void TestLessonTranslation::stage()
{
    QFETCH(int, index);
    const QJsonObject english = m_englishIndex.value(u"stages"_s).toArray().at(index).toObject();
    const QJsonObject german = m_germanIndex.value(u"stages"_s).toArray().at(index).toObject();
    QVERIFY(!english.isEmpty());
    QCOMPARE(withoutKeys(german, translatedKeys), withoutKeys(english, translatedKeys));
    for (const QString &key : translatedKeys) {
        if (english.contains(key))
            QVERIFY2(!german.value(key).toString().trimmed().isEmpty(), qPrintable(key));
    }

    // The narration file exists in the German folder, is not empty and is
    // not the English text.
    QFile file(germanDirectory + u'/' + german.value(u"file"_s).toString());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString germanText = QString::fromUtf8(file.readAll());
    QVERIFY(!germanText.trimmed().isEmpty());
    const QString englishText = m_english.stage(index).narration;
    QCOMPARE(m_german.stage(index).narration, germanText);
    QVERIFY(germanText.trimmed() != englishText.trimmed());

    const Narration en = parse(englishText);
    const Narration de = parse(germanText);
    QCOMPARE(de.codeBlocks, en.codeBlocks);
    for (const QString &code : en.codeSpans)
        QVERIFY2(de.codeSpans.contains(code), qPrintable(u"`"_s + code + u"` is missing"_s));
    QCOMPARE(de.placeholders, en.placeholders);
}

void TestLessonTranslation::germanKeepsCorrections()
{
    // DESIGN.md's corrections of the reference lesson, in German number form.
    auto narration = [this](const QString &id) {
        return m_german.stage(m_german.indexOf(id)).narration;
    };
    QVERIFY(narration(u"internet"_s).contains(u"4.294.967.296"_s));
    QVERIFY(narration(u"ports"_s).contains(u"65.536"_s));
    QVERIFY(narration(u"ports"_s).contains(u"Port 0"_s));
    QVERIFY(narration(u"ports"_s).contains(u"| FTP-Daten | FTP-Befehle |"_s));
    QVERIFY(narration(u"ports"_s).contains(u"| 20 | 21 | 22 |"_s));
    QVERIFY(narration(u"ports"_s).contains(u"49152–65535"_s));
    QVERIFY(narration(u"protocols"_s).contains(u"Transportprotokoll"_s));
    QVERIFY(narration(u"recv"_s).contains(u"mit Glück"_s));
    QVERIFY(narration(u"unix"_s).contains(u"misst"_s));
}

QTEST_GUILESS_MAIN(TestLessonTranslation)
#include "tst_lessontranslation.moc"
