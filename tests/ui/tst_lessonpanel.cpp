#include "ui/lesson/lessonpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace Qt::StringLiterals;

// The lesson panel offscreen: the built-in lesson's narration renders as
// Markdown, the presenter keys move through the stages from any focused
// child, the current stage is marked by more than colour, and the demo
// button asks the window to run the stage.
class TestLessonPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyNarrationRendersAsMarkdown();
    void showsBuiltInLesson();
    void keys_data();
    void keys();
    void buttonsNavigate();
    void currentStageMarkedWithoutColour();
    void runDemoRequestsStage();
    void stageById();
    void placeholdersFollowValues();
    void titleFollowsZoom();
    void demoStepsShowPython();
    void codeFollowsZoom();
    void manyFailedStepsScroll();
    void codeNeverWraps_data();
    void codeNeverWraps();

private:
    Lesson m_lesson;
};

void TestLessonPanel::initTestCase()
{
    LessonError error;
    m_lesson = Lesson::load(Lesson::builtInDirectory(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
}

void TestLessonPanel::everyNarrationRendersAsMarkdown()
{
    const QHash<QString, QString> values = Lesson::systemValues(m_lesson.port());
    for (const Stage &stage : m_lesson.stages()) {
        const QString markdown = Lesson::render(stage.narration, values);
        QTextDocument document;
        document.setMarkdown(markdown);
        const QString plain = document.toPlainText();
        QVERIFY2(plain.size() > 100, qPrintable(stage.id));
        QVERIFY2(!plain.contains(u"{{"_s), qPrintable(stage.id));
        // Markdown syntax became structure, not visible punctuation (code
        // blocks keep theirs: Python's ** is Python).
        bool hasCode = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().hasProperty(QTextFormat::BlockCodeFence)) {
                hasCode = true;
                continue;
            }
            const QString text = block.text();
            QVERIFY2(!text.contains(u"```"_s), qPrintable(stage.id + u": "_s + text));
            QVERIFY2(!text.contains(u"**"_s), qPrintable(stage.id + u": "_s + text));
            QVERIFY2(!text.contains(u"| --- |"_s), qPrintable(stage.id + u": "_s + text));
        }
        QCOMPARE(hasCode, markdown.contains(u"```"_s));
    }
    // The ports stage's table is a real table.
    const Stage &ports = m_lesson.stage(m_lesson.indexOf(u"ports"_s));
    QTextDocument document;
    document.setMarkdown(Lesson::render(ports.narration, values));
    QTextCursor cursor(&document);
    bool hasTable = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        if (cursor.currentTable())
            hasTable = true;
    }
    QVERIFY(hasTable);
}

void TestLessonPanel::showsBuiltInLesson()
{
    LessonPanel panel;
    QSignalSpy changed(&panel, &LessonPanel::stageChanged);
    panel.setLesson(m_lesson);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 0);
    QCOMPARE(panel.currentIndex(), 0);
    auto *list = panel.findChild<QListWidget *>(u"stageList"_s);
    QVERIFY(list);
    // One row per stage, plus the "Going further" heading.
    QCOMPARE(list->count(), int(m_lesson.count()) + 1);
    auto *title = panel.findChild<QLabel *>(u"stageTitle"_s);
    QCOMPARE(title->text(), m_lesson.stage(0).title);
    auto *narration = panel.findChild<QTextBrowser *>(u"narration"_s);
    QVERIFY(!narration->toPlainText().isEmpty());
    QVERIFY(!narration->openLinks());
    QVERIFY(!narration->openExternalLinks());
}

void TestLessonPanel::keys_data()
{
    QTest::addColumn<QString>("focus");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expected");

    const int lastIndex = int(m_lesson.count()) - 1;
    for (const QString &focus : {u"stageList"_s, u"narration"_s, u"nextStage"_s}) {
        const QByteArray tag = focus.toLatin1();
        QTest::addRow("%s right", tag.constData()) << focus << 3 << int(Qt::Key_Right) << 4;
        QTest::addRow("%s pagedown", tag.constData()) << focus << 3 << int(Qt::Key_PageDown) << 4;
        QTest::addRow("%s space", tag.constData()) << focus << 3 << int(Qt::Key_Space) << 4;
        QTest::addRow("%s left", tag.constData()) << focus << 3 << int(Qt::Key_Left) << 2;
        QTest::addRow("%s pageup", tag.constData()) << focus << 3 << int(Qt::Key_PageUp) << 2;
        QTest::addRow("%s backspace", tag.constData()) << focus << 3 << int(Qt::Key_Backspace) << 2;
        QTest::addRow("%s home", tag.constData()) << focus << 3 << int(Qt::Key_Home) << 0;
        QTest::addRow("%s end", tag.constData()) << focus << 3 << int(Qt::Key_End) << lastIndex;
        QTest::addRow("%s left at first", tag.constData()) << focus << 0 << int(Qt::Key_Left) << 0;
        QTest::addRow("%s right at last", tag.constData())
            << focus << lastIndex << int(Qt::Key_Right) << lastIndex;
    }
    // Crossing into the going-further part skips its heading.
    const int firstFurther = int(m_lesson.indexOf(u"further"_s));
    QTest::newRow("into going further")
        << u"stageList"_s << firstFurther - 1 << int(Qt::Key_Right) << firstFurther;
    QTest::newRow("list down") << u"stageList"_s << 3 << int(Qt::Key_Down) << 4;
    QTest::newRow("list down over heading")
        << u"stageList"_s << firstFurther - 1 << int(Qt::Key_Down) << firstFurther;
    QTest::newRow("list up over heading")
        << u"stageList"_s << firstFurther << int(Qt::Key_Up) << firstFurther - 1;
}

void TestLessonPanel::keys()
{
    QFETCH(QString, focus);
    QFETCH(int, start);
    QFETCH(int, key);
    QFETCH(int, expected);

    LessonPanel panel;
    panel.setLesson(m_lesson);
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setCurrentIndex(start);
    auto *target = panel.findChild<QWidget *>(focus);
    QVERIFY(target);
    target->setFocus();
    QSignalSpy changed(&panel, &LessonPanel::stageChanged);

    QTest::keyClick(target, Qt::Key(key));
    QCOMPARE(panel.currentIndex(), expected);
    QCOMPARE(changed.count(), expected == start ? 0 : 1);
    if (expected != start)
        QCOMPARE(changed.at(0).at(0).toInt(), expected);
    QCOMPARE(panel.findChild<QLabel *>(u"stageTitle"_s)->text(), m_lesson.stage(expected).title);
}

void TestLessonPanel::buttonsNavigate()
{
    LessonPanel panel;
    panel.setLesson(m_lesson);
    auto *next = panel.findChild<QPushButton *>(u"nextStage"_s);
    auto *previous = panel.findChild<QPushButton *>(u"previousStage"_s);
    QVERIFY(!previous->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(panel.currentIndex(), 2);
    QVERIFY(previous->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(panel.currentIndex(), 1);
    panel.last();
    QVERIFY(!next->isEnabled());
}

void TestLessonPanel::currentStageMarkedWithoutColour()
{
    LessonPanel panel;
    panel.setLesson(m_lesson);
    panel.setCurrentIndex(5);
    auto *list = panel.findChild<QListWidget *>(u"stageList"_s);
    int marked = 0;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->text().startsWith(u"\u25B6"_s)) {
            ++marked;
            QVERIFY(item->font().bold());
            QVERIFY(item->text().endsWith(m_lesson.stage(5).title));
            QVERIFY(item->data(Qt::AccessibleTextRole).toString().contains(u"current"_s));
            QCOMPARE(list->currentItem(), item);
        } else {
            QVERIFY(!item->font().bold());
        }
    }
    QCOMPARE(marked, 1);
}

void TestLessonPanel::runDemoRequestsStage()
{
    LessonPanel panel;
    panel.setLesson(m_lesson);
    auto *run = panel.findChild<QPushButton *>(u"runDemo"_s);
    QSignalSpy requested(&panel, &LessonPanel::demoRequested);

    // The first stage only talks: nothing to run.
    QVERIFY(m_lesson.stage(0).actions.isEmpty());
    QVERIFY(!run->isEnabled());

    QVERIFY(panel.setCurrentStage(u"server-bind"_s));
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<Stage>().id, u"server-bind"_s);

    // While it runs, a second press does nothing, and the button keeps the
    // keyboard focus (a disabled one would pass it on to a panel's button).
    panel.setDemoRunning(true);
    QVERIFY(run->isEnabled());
    QVERIFY(run->text().contains(u"Running"_s));
    QTest::mouseClick(run, Qt::LeftButton);
    panel.runDemo();
    QCOMPARE(requested.count(), 1);
    panel.setDemoRunning(false);
    QVERIFY(run->isEnabled());
}

void TestLessonPanel::stageById()
{
    LessonPanel panel;
    panel.setLesson(m_lesson);
    QSignalSpy changed(&panel, &LessonPanel::stageChanged);
    QVERIFY(!panel.setCurrentStage(u"no-such-stage"_s));
    QCOMPARE(changed.count(), 0);
    QVERIFY(panel.setCurrentStage(u"recv"_s));
    QCOMPARE(panel.currentStage()->id, u"recv"_s);
    QCOMPARE(changed.count(), 1);
}

void TestLessonPanel::placeholdersFollowValues()
{
    LessonPanel panel;
    panel.setLesson(m_lesson);
    QVERIFY(panel.setCurrentStage(u"server-bind"_s));
    QVERIFY(panel.renderedNarration().contains(u"127.0.0.1', 5000)"_s));
    QHash<QString, QString> values = panel.values();
    values.insert(u"port"_s, u"40123"_s);
    panel.setValues(values);
    QVERIFY(panel.renderedNarration().contains(u"127.0.0.1', 40123)"_s));
    auto *narration = panel.findChild<QTextBrowser *>(u"narration"_s);
    QVERIFY(narration->toPlainText().contains(u"40123"_s));
}

void TestLessonPanel::titleFollowsZoom()
{
    LessonPanel panel;
    panel.setLesson(m_lesson);
    auto *title = panel.findChild<QLabel *>(u"stageTitle"_s);
    QFont bigger = panel.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    panel.setFont(bigger);
    QCOMPARE(title->font().pointSizeF(), bigger.pointSizeF() * 1.4);
    QVERIFY(title->font().bold());
}

void TestLessonPanel::demoStepsShowPython()
{
    LessonPanel panel;
    panel.setLesson(m_lesson);
    panel.show();
    auto *steps = panel.findChild<QListWidget *>(u"demoSteps"_s);
    QVERIFY(steps);
    // A talk-only stage has no steps to show.
    QVERIFY(!steps->isVisible());

    QVERIFY(panel.setCurrentStage(u"server-bind"_s));
    QVERIFY(steps->isVisible());
    QCOMPARE(steps->count(), 2);
    QVERIFY(steps->item(1)->text().endsWith(u"server.bind(('127.0.0.1', 5000))"_s));
    // The app moved to another port (5000 was taken): the steps say which.
    panel.setValues(Lesson::systemValues(5007));
    QVERIFY2(steps->item(1)->text().endsWith(u"server.bind(('127.0.0.1', 5007))"_s),
        qPrintable(steps->item(1)->text()));
    QVERIFY(steps->item(1)->toolTip().contains(u"5007"_s));
    panel.setValues(Lesson::systemValues(5000));

    panel.setDemoStep(1);
    QVERIFY(steps->item(0)->text().startsWith(u"\u2713"_s));
    QVERIFY(steps->item(1)->text().startsWith(u"\u25B6"_s));
    QVERIFY(steps->item(1)->font().bold());
    // Another stage starts with no marks.
    panel.next();
    QCOMPARE(panel.demoStep(), -1);
    QVERIFY(!steps->item(0)->text().startsWith(u"\u2713"_s));
}

// Zoom (a bigger font) sizes the code in the narration and the demo steps
// as well as the prose: neither keeps a fixed size of its own.
void TestLessonPanel::codeFollowsZoom()
{
    LessonPanel panel;
    panel.setLesson(m_lesson);
    panel.show();
    QVERIFY(panel.setCurrentStage(u"recv"_s));
    auto *narration = panel.findChild<QTextBrowser *>(u"narration"_s);
    auto *steps = panel.findChild<QListWidget *>(u"demoSteps"_s);
    QVERIFY(narration && steps && steps->count() > 0);
    QFont bigger = panel.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    panel.setFont(bigger);
    QCOMPARE(narration->document()->defaultFont().pointSizeF(), bigger.pointSizeF());
    int code = 0;
    for (QTextBlock block = narration->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.hasProperty(QTextFormat::FontPointSize));
            if (format.fontFixedPitch()
                || format.fontFamilies().toStringList().join(u' ').contains(u"ono"_s))
                ++code;
        }
    }
    QVERIFY(code > 0); // the stage shows code, and it has no size of its own
    QCOMPARE(steps->item(0)->font().pointSizeF(), bigger.pointSizeF());
}

// A demo whose every step failed writes a line a step: the result scrolls in
// a few lines' room instead of asking for a taller panel (and window).
void TestLessonPanel::manyFailedStepsScroll()
{
    for (const bool compact : {false, true}) {
        LessonPanel panel;
        panel.setLesson(m_lesson);
        panel.setCompact(compact);
        panel.resize(500, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.setCurrentStage(u"server-bind"_s));
        panel.setResult(u"one step failed"_s);
        QCoreApplication::processEvents();
        const int minimum = panel.minimumSizeHint().height();
        const int hint = panel.sizeHint().height();
        QStringList lines;
        for (int i = 1; i <= 60; ++i)
            lines << u"step %1 failed: server.state is closed, expected listening"_s.arg(i);
        panel.setResult(lines.join(u'\n'));
        QCoreApplication::processEvents();
        auto *result = panel.findChild<QLabel *>(u"demoResult"_s);
        QVERIFY(result);
        const int room = 6 * QFontMetrics(result->font()).lineSpacing();
        QVERIFY2(panel.minimumSizeHint().height() <= minimum + room,
            qPrintable(
                u"%1 > %2 + %3"_s.arg(panel.minimumSizeHint().height()).arg(minimum).arg(room)));
        QVERIFY2(panel.sizeHint().height() <= hint + room,
            qPrintable(u"%1 > %2 + %3"_s.arg(panel.sizeHint().height()).arg(hint).arg(room)));
        // Every line is still there, to scroll to.
        QCOMPARE(panel.result(), lines.join(u'\n'));
        auto *area = panel.findChild<QScrollArea *>(u"demoResultArea"_s);
        QVERIFY(area && area->isVisible());
        QVERIFY(area->verticalScrollBar()->maximum() > 0);
    }
}

void TestLessonPanel::codeNeverWraps_data()
{
    QTest::addColumn<QString>("stage");
    for (const Stage &stage : m_lesson.stages()) {
        if (stage.narration.contains(u"```"_s))
            QTest::newRow(qPrintable(stage.id)) << stage.id;
    }
}

// A code block keeps every line of Python on one line, however narrow the
// narration (wrapping would break its indentation): a line too wide for the
// narration makes it scroll sideways instead.
void TestLessonPanel::codeNeverWraps()
{
    QFETCH(QString, stage);
    LessonPanel panel;
    panel.setLesson(m_lesson);
    panel.resize(260, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.setCurrentStage(stage));
    auto *narration = panel.findChild<QTextBrowser *>(u"narration"_s);
    QVERIFY(narration);
    QTextDocument *document = narration->document();
    document->documentLayout()->documentSize(); // lays out every block
    int codeBlocks = 0;
    qreal widest = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().nonBreakableLines())
            continue;
        ++codeBlocks;
        const qsizetype lines = block.text().split(QChar::LineSeparator).size();
        QVERIFY2(block.layout()->lineCount() == lines,
            qPrintable(u"%1 lines of code laid out as %2: %3"_s.arg(lines)
                           .arg(block.layout()->lineCount())
                           .arg(block.text())));
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            widest = qMax(widest, block.layout()->lineAt(i).naturalTextWidth());
    }
    QVERIFY2(codeBlocks > 0, "the narration shows code, as a block");
    if (widest > narration->viewport()->width())
        QTRY_VERIFY(narration->horizontalScrollBar()->maximum() > 0);
}

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
