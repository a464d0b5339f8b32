#include "core/bytes/bytesformat.h"
#include "core/lab/lab.h"
#include "lessonwindow.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/lesson/captionstrip.h"
#include "ui/lesson/lessoncontroller.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/lesson/throughputchart.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/focusview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/projection.h"

#include <algorithm>

#include <QDeadlineTimer>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A line as it is seen: its trailing spaces, where it was broken, take no room.
QString withoutTrailingSpaces(QString line)
{
    while (line.endsWith(u' '))
        line.chop(1);
    return line;
}

} // namespace

// Presentation mode on a 1280×720 screen (the offscreen platform given that
// screen by tests/ui/screen-1280x720.json): for every stage of the built-in
// lesson, after its demo, only the stage's focus is shown (the panels,
// timeline, transcript, menus and docks are hidden), each focus with a text,
// no text under 22 px and body text 28 px, all inside the window; zoom
// works; Escape leaves.
class TestPresentation final : public QObject
{
    Q_OBJECT

public:
    static void initMain();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeNarrationInTheDock_data();
    void wholeNarrationInTheDock();
    void entersFullScreen();
    void everyStageFits_data();
    void everyStageFits();
    void replyComesIntoView();
    void longValueWraps();
    void clickerKeys();
    void zoomWorks();
    void escapeLeaves();

private:
    // Enters stage `index` (again, if it is the current one) and runs its
    // demo when it has one; "" when both finished in time, else what did not.
    QString enterAndRunDemo(int index);

    std::unique_ptr<MainWindow> m_window;
    LessonController *m_controller = nullptr;
    LessonPanel *m_panel = nullptr;
    double m_normalPointSize = 0;
};

namespace {

// Calls `visit(row, rect)` for every row of `view` (at any depth) with the
// row's rectangle in the viewport (for a table, its first column's line).
template<typename Visit> void forEachRow(const QAbstractItemView *view, Visit visit)
{
    QList<QModelIndex> parents {view->rootIndex()};
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeFirst();
        for (int row = 0; row < view->model()->rowCount(parent); ++row) {
            const QModelIndex index = view->model()->index(row, 0, parent);
            QRect rect = view->visualRect(index);
            if (const auto *table = qobject_cast<const QTableView *>(view))
                rect = QRect(0, table->rowViewportPosition(row), 1, table->rowHeight(row));
            visit(row, rect);
            parents.append(index);
        }
    }
}

// The rows of `view` whole in its viewport (at any depth).
int rowsInView(const QAbstractItemView *view)
{
    int whole = 0;
    const int bottom = view->viewport()->height();
    forEachRow(view, [&](int, const QRect &rect) {
        if (rect.isValid() && rect.top() >= 0 && rect.bottom() < bottom)
            ++whole;
    });
    return whole;
}

// The views under `root` whose bottom edge cuts a row (of a list, table or
// tree) or a line (of a plain text) in two, each as "name row N".
QString cutRows(const QWidget *root)
{
    QStringList cut;
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model() || qobject_cast<const QHeaderView *>(view))
            continue;
        const int bottom = view->viewport()->height();
        forEachRow(view, [&](int row, const QRect &rect) {
            if (rect.isValid() && rect.top() < bottom && rect.bottom() >= bottom)
                cut << u"%1 row %2 (%3-%4 of %5)"_s.arg(view->objectName())
                           .arg(row)
                           .arg(rect.top())
                           .arg(rect.bottom())
                           .arg(bottom);
        });
    }
    for (const QPlainTextEdit *text : root->findChildren<QPlainTextEdit *>()) {
        if (!text->isVisible())
            continue;
        const int bottom = text->viewport()->height();
        for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int line = 0; layout && line < layout->lineCount(); ++line) {
                QTextCursor cursor(block);
                cursor.setPosition(block.position() + layout->lineAt(line).textStart());
                const QRect rect = text->cursorRect(cursor);
                if (rect.top() < bottom && rect.bottom() >= bottom)
                    cut << u"%1 line %2 (%3-%4 of %5)"_s.arg(text->objectName())
                               .arg(block.blockNumber())
                               .arg(rect.top())
                               .arg(rect.bottom())
                               .arg(bottom);
            }
        }
    }
    return cut.join(u", "_s);
}

} // namespace

void TestPresentation::initMain()
{
    LessonWindow::useScreens("screen-1280x720.json");
}

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("SOCKETLAB_SOURCE_DIR"), "run through ctest");
    QCOMPARE(LessonWindow::make(&m_window, &m_controller), QString());
    m_panel = m_controller->lessonPanel();
    QCOMPARE(LessonWindow::show(m_window.get(), m_controller), QString());
    m_normalPointSize = m_window->font().pointSizeF();
}

void TestPresentation::cleanupTestCase()
{
    m_window.reset();
}

void TestPresentation::wholeNarrationInTheDock_data()
{
    everyStageFits_data();
}

// Outside presentation mode, on the same 1280×720 screen: after the stage's
// demo (its result line, its chart), the lesson dock shows the whole
// narration without scrolling down; the stage list gives up its room first.
void TestPresentation::wholeNarrationInTheDock()
{
    QFETCH(int, index);
    QVERIFY(!m_window->isPresenting());
    QCOMPARE(enterAndRunDemo(index), QString());
    auto *narration = m_panel->findChild<QTextBrowser *>(u"narration"_s);
    QVERIFY(narration && narration->isVisible());
    QVERIFY(m_window->rect().contains(
        QRect(narration->mapTo(m_window.get(), QPoint(0, 0)), narration->size())));
    QTRY_VERIFY2(narration->verticalScrollBar()->maximum() == 0,
        qPrintable(u"narration %1 px high, its text %2"_s.arg(narration->viewport()->height())
                       .arg(narration->document()->size().height())));
}

void TestPresentation::entersFullScreen()
{
    QSignalSpy changed(m_window.get(), &MainWindow::presentationChanged);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_window->isPresenting());
    QTRY_COMPARE(m_window->size(), QSize(1280, 720));
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->transcriptTabs()->isVisible());
    QVERIFY(m_panel->isCompact());
    QVERIFY(!m_window->lessonDock()->isVisible());
    // One screen: a caption at the bottom; the whole lesson is a key away (N).
    QVERIFY(!m_panel->isVisible());
    const CaptionStrip *caption = m_window->projection()->captionStrip();
    QVERIFY(caption->isVisible());
    QTRY_COMPARE(caption->mapTo(m_window.get(), QPoint(0, caption->height())).y(), 720);
    QVERIFY(!m_window->projection()->isConsoleShown());
    QVERIFY(m_window->focusView()->isVisible());
    QTRY_COMPARE(
        m_window->font().pointSizeF(), m_normalPointSize * MainWindow::presentationScale(720));
    QVERIFY(m_window->font().pointSizeF() > m_normalPointSize);
}

void TestPresentation::everyStageFits_data()
{
    QTest::addColumn<int>("index");
    const Lesson &lesson = m_panel->lesson();
    for (int i = 0; i < lesson.count(); ++i)
        QTest::newRow(qPrintable(lesson.stage(i).id)) << i;
}

void TestPresentation::everyStageFits()
{
    QFETCH(int, index);
    QVERIFY(m_window->isPresenting());
    m_window->projection()->setNarrationShown(false); // as a row that failed may leave it
    QCOMPARE(enterAndRunDemo(index), QString());
    QCOMPARE(LessonWindow::settle(m_window.get()), QString());

    // Only the stage's focus: the window's usual content is hidden, not squeezed.
    const Stage *current = m_panel->currentStage();
    FocusView *focus = m_window->focusView();
    QVERIFY(focus->isVisible());
    QVERIFY(!m_window->timeline()->isVisible());
    QVERIFY(!m_window->transcriptTabs()->isVisible());
    const QStringList names = Lesson::focusOf(*current);
    QCOMPARE(focus->focusNames(), names);
    QCOMPARE(focus->timeline()->isVisible(), names.contains(u"timeline"_s));
    QCOMPARE(focus->chart()->isVisible(), names.contains(u"chart"_s));
    QCOMPARE(m_window->layerDiagram()->isVisible(), names.contains(u"diagram"_s));
    for (const auto &[name, objectName] : {std::pair {u"chunks"_s, u"focusChunks"_s},
             {u"datagrams"_s, u"focusDatagrams"_s}, {u"queue"_s, u"focusQueue"_s},
             {u"buffers"_s, u"focusBuffers"_s}, {u"explorer"_s, u"focusExplorer"_s}}) {
        auto *view = focus->findChild<QWidget *>(objectName);
        QVERIFY(view);
        QCOMPARE(view->isVisible(), names.contains(name));
    }
    // Each focus shows a text, live.
    for (const FocusView::Text &text : focus->texts())
        QVERIFY2(!text.text.trimmed().isEmpty(), qPrintable(current->id + u' ' + text.name));

    // The stage's `keep` call, and the calls each of these stages is about,
    // are whole in the timeline's view at the end of the demo.
    if (names.contains(u"timeline"_s)) {
        TimelineView *timeline = focus->timeline();
        const TimelineModel *model = timeline->model();
        const auto inView = [timeline](int row) {
            const int top = timeline->headerHeight() + timeline->rowTop(row)
                - timeline->verticalScrollBar()->value();
            const int bottom = timeline->headerHeight() + timeline->rowTop(row + 1)
                - timeline->verticalScrollBar()->value();
            return top >= timeline->headerHeight() && bottom <= timeline->viewport()->height();
        };
        static const QHash<QString, QStringList> keyCalls {
            {u"client-connect"_s,
                {u"client.getaddrinfo"_s, u"client.socket"_s, u"client.connect"_s}},
            {u"fin"_s, {u"client.recv"_s, u"client.close"_s}},
            {u"window"_s, {u"conn.recv"_s}},
            {u"close"_s, {u"client.close"_s}},
            {u"reply"_s, {u"client.recv"_s}},
        };
        QStringList calls = keyCalls.value(current->id);
        if (!current->keep.isEmpty()) {
            calls.prepend(current->keep);
            const int kept = timeline->keptRow();
            QVERIFY2(kept >= 0, qPrintable(current->id + u": no row of "_s + current->keep));
            QCOMPARE(model->findCall(current->keep, kept), kept);
        }
        // Without a kept row the view follows the end: a call's last row;
        // with one, the rows after it: a call's first row there.
        for (const QString &call : std::as_const(calls)) {
            int row = -1;
            if (current->keep.isEmpty()) {
                for (int at = model->findCall(call); at >= 0; at = model->findCall(call, at + 1))
                    row = at;
            } else {
                row = model->findCall(call, timeline->keptRow());
            }
            QVERIFY2(row >= 0, qPrintable(current->id + u": no row of "_s + call));
            QVERIFY2(inView(row),
                qPrintable(u"%1: %2 (row %3, top %4) not in view (scrolled %5, %6 px high)"_s
                               .arg(current->id, call)
                               .arg(row)
                               .arg(timeline->rowTop(row))
                               .arg(timeline->verticalScrollBar()->value())
                               .arg(timeline->viewport()->height())));
        }
        // These stages' stories are whole to their last row: stage 17's
        // handshake ends in the ACK that completes accept(), stage 39's in
        // the last ACK after the client's FIN.
        if (current->id == u"client-connect"_s || current->id == u"fin"_s) {
            const int last = model->rowCount() - 1;
            QVERIFY2(inView(last),
                qPrintable(
                    u"%1: the last row (%2, %3) is not in view"_s.arg(current->id)
                        .arg(last)
                        .arg(model->index(last).data(TimelineModel::StatementRole).toString())));
        }
    }

    // The segments these stages are about, whole in view after the kept
    // row: stage 17's handshake, stage 41's window story (by flags or note).
    if (names.contains(u"timeline"_s) && focus->timeline()->model()->wireSegments() > 0) {
        TimelineView *timeline = focus->timeline();
        const TimelineModel *model = timeline->model();
        static const QHash<QString, QStringList> keySegments {
            {u"client-connect"_s, {u"SYN"_s, u"SYN-ACK"_s, u"ACK"_s}},
            {u"window"_s, {u"window 0"_s, u"window probe"_s, u"window open again"_s}},
        };
        for (const QString &what : keySegments.value(current->id)) {
            int row = -1;
            for (int at = qMax(0, timeline->keptRow()); at < model->rowCount() && row < 0; ++at) {
                const QModelIndex index = model->index(at);
                if (index.data(TimelineModel::KindRole).value<TimelineModel::RowKind>()
                        == TimelineModel::RowKind::Segment
                    && (index.data(TimelineModel::StatementRole).toString() == what
                        || index.data(TimelineModel::NoteRole).toString().startsWith(what)))
                    row = at;
            }
            // A probe comes only when the stall lasts (demos here run at pace 0).
            if (row < 0 && what == u"window probe"_s)
                continue;
            QVERIFY2(row >= 0, qPrintable(current->id + u": no segment row "_s + what));
            const int offset = timeline->verticalScrollBar()->value();
            const int top = timeline->headerHeight() + timeline->rowTop(row) - offset;
            const int bottom = timeline->headerHeight() + timeline->rowTop(row + 1) - offset;
            QVERIFY2(top >= timeline->headerHeight() && bottom <= timeline->viewport()->height(),
                qPrintable(
                    u"%1: %2 (row %3) at %4-%5, not in view (%6 px high)"_s.arg(current->id, what)
                        .arg(row)
                        .arg(top)
                        .arg(bottom)
                        .arg(timeline->viewport()->height())));
        }
    }

    // A measuring stage plots every measurement and lists it as text.
    const auto measurements = std::count_if(current->actions.cbegin(), current->actions.cend(),
        [](const DemoAction &action) { return action.target() == u"measure"; });
    if (names.contains(u"chart"_s)) {
        QCOMPARE(focus->chart()->count(), int(measurements));
        QVERIFY(focus->chart()->text().contains(u"MB/s"_s));
        // Each bar's figure carries its unit where it is read, over the bar.
        QCOMPARE(focus->chart()->figures().size(), int(measurements));
        for (const QString &figure : focus->chart()->figures())
            QVERIFY2(figure.endsWith(u" MB/s"_s), qPrintable(current->id + u": "_s + figure));
        // recv(8) beside recv(65536) spans three powers of ten: a log scale,
        // where the smallest bar is still a tenth of the plot and a larger
        // figure stands taller. AF_UNIX beside AF_INET (stage 34) stays linear.
        const ThroughputChart *chart = focus->chart();
        QStringList heights;
        for (int i = 0; i < chart->count(); ++i)
            heights << QString::number(chart->barFraction(i), 'f', 2);
        const QString where = current->id + u": "_s + chart->text() + u" | "_s + heights.join(u' ');
        if (chart->logScale()) {
            for (int i = 0; i < chart->count(); ++i) {
                QVERIFY2(chart->barFraction(i) >= 0.1, qPrintable(where));
                for (int j = 0; j < chart->count(); ++j) {
                    const double a = chart->figure(i).section(u' ', 0, 0).toDouble();
                    const double b = chart->figure(j).section(u' ', 0, 0).toDouble();
                    if (a > b)
                        QVERIFY2(chart->barFraction(i) > chart->barFraction(j), qPrintable(where));
                }
            }
        }
        double least = 0;
        double most = 0;
        for (const QString &figure : chart->figures()) {
            const double value = figure.section(u' ', 0, 0).toDouble();
            least = least > 0 ? qMin(least, value) : value;
            most = qMax(most, value);
        }
        QCOMPARE(chart->logScale(), most > 100 * least);
        // Under the figures, what each bar measured: how much, per what second.
        QVERIFY2(chart->basis().contains(u" MiB through a socket pair"_s), qPrintable(where));
        QCOMPARE(chart->basis().contains(u"CPU time"_s),
            std::any_of(current->actions.cbegin(), current->actions.cend(),
                [](const DemoAction &action) { return action.verb() == u"recvcpu"; }));
    }

    // Every list's rows are whole: none is wider than the list, so none is
    // elided (stage recv showed "b…c3\xbcezi,'"), and each chunk the Lab holds is
    // there whole, on one line or on several.
    static const QRegularExpression space(u"\\s+"_s);
    for (const QListWidget *list : focus->findChildren<QListWidget *>()) {
        if (!list->isVisible())
            continue;
        QVERIFY2(list->sizeHintForColumn(0) <= list->viewport()->width(),
            qPrintable(
                u"%1 %2: rows %3 px wide, the list %4"_s.arg(current->id, list->accessibleName())
                    .arg(list->sizeHintForColumn(0))
                    .arg(list->viewport()->width())));
        if (list->parentWidget()->objectName() != u"focusChunks")
            continue;
        QString shown;
        for (int row = 0; row < list->count(); ++row)
            shown += list->item(row)->text();
        shown.remove(space);
        int chunks = 0;
        for (const QString &side : {u"server"_s, u"client"_s}) {
            const int count = m_window->lab()->value(side + u".chunks"_s).value_or("0").toInt();
            for (int i = 0; i < count; ++i) {
                const std::optional<QByteArray> chunk
                    = m_window->lab()->value(side + u".chunk["_s + QString::number(i) + u']');
                if (!chunk)
                    break;
                ++chunks;
                const QString literal = BytesFormat::pythonBytes(*chunk).remove(space);
                QVERIFY2(shown.contains(literal), qPrintable(current->id + u": "_s + literal));
            }
        }
        QVERIFY2(chunks > 0, qPrintable(current->id));
    }

    // Each value is whole: on one line, or where it is too long for its
    // card at body size, on more lines, none wider than the card.
    const QList<FocusView::Text> shownTexts = focus->texts();
    for (const QLabel *value : focus->findChildren<QLabel *>(u"focusValue"_s)) {
        QVERIFY(value->isVisible());
        const QFontMetrics metrics(value->font());
        for (const QString &line : value->text().split(u'\n'))
            QVERIFY2(metrics.horizontalAdvance(withoutTrailingSpaces(line))
                    <= value->contentsRect().width(),
                qPrintable(u"%1 %2: %3"_s.arg(current->id, value->accessibleName(), line)));
        QVERIFY(QFontInfo(value->font()).pixelSize() >= focus->bodyPixelSize());
        const auto text = std::find_if(shownTexts.cbegin(), shownTexts.cend(),
            [value](const FocusView::Text &t) { return t.name == value->accessibleName(); });
        QVERIFY(text != shownTexts.cend());
        QCOMPARE(QString(value->text()).remove(u'\n'), text->text);
    }

    // The narration, the accept queue and the interfaces have the screen to
    // themselves, or nearly: their type grows to fill it, and all of it
    // stays in view.
    if (names.contains(u"narration"_s)) {
        const auto *narration = focus->findChild<QLabel *>(u"focusNarration"_s);
        QVERIFY(narration && narration->isVisible());
        QVERIFY2(narration->heightForWidth(narration->width()) <= narration->height(),
            qPrintable(u"%1: narration %2 px high, its text %3"_s.arg(current->id)
                           .arg(narration->height())
                           .arg(narration->heightForWidth(narration->width()))));
        if (current->id == u"wrap-up")
            QVERIFY2(QFontInfo(narration->font()).pixelSize() > focus->bodyPixelSize() * 5 / 4,
                qPrintable(QString::number(QFontInfo(narration->font()).pixelSize())));
    }
    static const QHash<QString, QString> growing {
        {u"backlog"_s, u"focusQueue"_s}, {u"link"_s, u"focusInterfaces"_s}};
    if (growing.contains(current->id)) {
        const auto *box = focus->findChild<QWidget *>(growing.value(current->id));
        QVERIFY(box);
        const auto *list = box->findChild<QListWidget *>();
        QVERIFY(list && list->isVisible());
        QVERIFY2(QFontInfo(list->font()).pixelSize() > focus->bodyPixelSize() * 5 / 4,
            qPrintable(QString::number(QFontInfo(list->font()).pixelSize())));
        QCOMPARE(list->verticalScrollBar()->maximum(), 0);
    }

    // Sizes at 720 lines: body text 28 px, nothing under 22 px.
    QVERIFY(focus->bodyPixelSize() >= 28);
    QVERIFY(focus->detailPixelSize() >= 22);
    if (names.contains(u"timeline"_s)) {
        QVERIFY(focus->timeline()->bodyPixelSize() >= 28);
        QVERIFY(focus->timeline()->detailPixelSize() >= 22);
    }
    const QWidget *strip = focus->findChild<QWidget *>(u"focusStrip"_s);
    QVERIFY(strip);
    for (const QWidget *widget : focus->findChildren<QWidget *>()) {
        if (!widget->isVisible() || strip == widget || strip->isAncestorOf(widget))
            continue; // the narration's strip is the caption's business
        QVERIFY2(QFontInfo(widget->font()).pixelSize() >= 22,
            qPrintable(u"%1 %2 (%3): %4 px"_s
                           .arg(current->id, widget->objectName(),
                               QString::fromLatin1(widget->metaObject()->className()))
                           .arg(QFontInfo(widget->font()).pixelSize())));
    }

    // A table's rows are as high as their type: none loses its underscores
    // (AF_INET) or descenders under the next row.
    for (const QTableView *table : focus->findChildren<QTableView *>()) {
        if (!table->isVisible())
            continue;
        const int line = QFontMetrics(table->font()).height();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QVERIFY2(table->rowHeight(row) >= line,
                qPrintable(
                    u"%1 %2 row %3: %4 px for %5 px type"_s.arg(current->id, table->objectName())
                        .arg(row)
                        .arg(table->rowHeight(row))
                        .arg(line)));
        }
    }

    // The timeline's lane headers are whole (no address cut at the lane's
    // edges), and no statement in view is cut.
    if (names.contains(u"timeline"_s)) {
        TimelineView *timeline = focus->timeline();
        for (int lane : timeline->drawnLanes()) {
            QVERIFY2(!timeline->isHeaderCut(lane),
                qPrintable(u"%1 lane %2: %3"_s.arg(current->id)
                               .arg(lane)
                               .arg(timeline->headerLines(lane).join(u" | "_s))));
        }
        // A statement in view is drawn whole, never cut with "…".
        timeline->viewport()->repaint();
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            const QString painted = timeline->paintedStatement(row);
            QVERIFY2(!painted.endsWith(u'…'),
                qPrintable(current->id + u": "_s + timeline->rowTextLines(row).join(u" | "_s)));
        }
    }
    // The diagram's packet lies between its layer boxes, never over them.
    if (names.contains(u"diagram"_s)) {
        const LayerDiagram *diagram = m_window->layerDiagram();
        for (const QString &layer : {u"application"_s, u"transport"_s, u"internet"_s, u"link"_s}) {
            const QRect packet = diagram->packetRect(layer);
            for (const auto side : {LayerDiagram::Side::Client, LayerDiagram::Side::Server}) {
                QVERIFY2(!packet.intersects(diagram->layerRect(side, layer)),
                    qPrintable(current->id + u' ' + layer));
            }
        }
    }
    // An explorer's content is whole: a page that scrolls as a whole does
    // not need to, nothing but a table scrolls sideways (a printed line too
    // long breaks), and the constants the stage checks are in view in their
    // table. Its text is body size (a table's header at least the smallest
    // size), the parts each explorer teaches are all shown (the well-known
    // ports, this machine's interfaces), and no list, table or printed text
    // shows a row cut in half at its bottom.
    if (names.contains(u"explorer"_s)) {
        const QWidget *slot = focus->findChild<QWidget *>(u"focusExplorer"_s);
        QVERIFY(slot);
        for (const QAbstractScrollArea *area : slot->findChildren<QAbstractScrollArea *>()) {
            if (!area->isVisible())
                continue;
            const QString where = current->id + u' ' + area->objectName() + u' '
                + QString::fromLatin1(area->metaObject()->className());
            if (const auto *text = qobject_cast<const QPlainTextEdit *>(area)) {
                // Its widest line (the scroll bar learns it lazily), unless lines break.
                const QFontMetrics metrics(text->font());
                const int room
                    = text->viewport()->width() - 2 * int(text->document()->documentMargin());
                if (text->lineWrapMode() == QPlainTextEdit::NoWrap) {
                    for (const QString &line : text->toPlainText().split(u'\n'))
                        QVERIFY2(metrics.horizontalAdvance(line) <= room,
                            qPrintable(where + u": "_s + line));
                }
            } else if (!qobject_cast<const QAbstractItemView *>(area)) {
                QTRY_VERIFY2(area->horizontalScrollBar()->maximum() == 0, qPrintable(where));
            }
            if (qobject_cast<const QScrollArea *>(area))
                QTRY_VERIFY2(area->verticalScrollBar()->maximum() == 0, qPrintable(where));
        }
        for (const QWidget *widget : slot->findChildren<QWidget *>()) {
            if (!widget->isVisible() || qobject_cast<const QScrollBar *>(widget))
                continue;
            const bool small = qobject_cast<const QHeaderView *>(widget)
                || (widget->parentWidget()
                    && qobject_cast<const QHeaderView *>(widget->parentWidget()));
            const int least = small ? focus->detailPixelSize() : focus->bodyPixelSize();
            QVERIFY2(QFontInfo(widget->font()).pixelSize() >= least,
                qPrintable(u"%1 %2 (%3): %4 px, not %5"_s
                               .arg(current->id, widget->objectName(),
                                   QString::fromLatin1(widget->metaObject()->className()))
                               .arg(QFontInfo(widget->font()).pixelSize())
                               .arg(least)));
        }
        // A table's columns are as wide as their values (none elided).
        for (const QTableView *table : slot->findChildren<QTableView *>()) {
            if (!table->isVisible())
                continue;
            const QAbstractItemView *view = table; // sizeHintForColumn is public here
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                if (table->isColumnHidden(column))
                    continue;
                QVERIFY2(table->columnWidth(column) >= view->sizeHintForColumn(column),
                    qPrintable(
                        u"%1 %2 column %3: %4 px for %5"_s.arg(current->id, table->objectName())
                            .arg(column)
                            .arg(table->columnWidth(column))
                            .arg(view->sizeHintForColumn(column))));
            }
        }
        const QString explorer = current->explorers.value(0);
        if (explorer == u"address") {
            const auto *interfaces = slot->findChild<QAbstractItemView *>(u"interfaceList"_s);
            QVERIFY(interfaces && interfaces->isVisible());
            QVERIFY2(rowsInView(interfaces) >= 2, qPrintable(current->id));
        }
        if (explorer == u"ports") {
            const auto *known = slot->findChild<QAbstractItemView *>(u"wellKnownPorts"_s);
            QVERIFY(known && known->isVisible());
            QVERIFY2(rowsInView(known) >= 3, qPrintable(current->id));
        }
        QTRY_VERIFY2(cutRows(slot).isEmpty(), qPrintable(current->id + u": "_s + cutRows(slot)));
        for (const Expectation &expectation : current->expectations) {
            const QString subject = expectation.subject();
            if (!subject.startsWith(u"constants."_s))
                continue;
            const QString name = subject.section(u'.', 1);
            const auto *table = slot->findChild<QTableWidget *>(u"constantsTable"_s);
            QVERIFY(table && table->isVisible());
            const QList<QTableWidgetItem *> found
                = table->findItems(name, Qt::MatchExactly | Qt::MatchFixedString)
                + table->findItems(name + u" *"_s, Qt::MatchExactly);
            QVERIFY2(!found.isEmpty(), qPrintable(name));
            const QRect shown = table->visualItemRect(found.constFirst());
            QVERIFY2(table->viewport()->rect().contains(shown),
                qPrintable(u"%1 %2 at %3-%4 of %5"_s.arg(current->id, name)
                               .arg(shown.top())
                               .arg(shown.bottom())
                               .arg(table->viewport()->height())));
        }
    }

    // Everything shown lies inside the window.
    const auto inside = [this](const QWidget *w) {
        return m_window->rect().contains(QRect(w->mapTo(m_window.get(), QPoint(0, 0)), w->size()));
    };
    QVERIFY(inside(focus));
    // The caption names the stage; N lays the whole narration over the
    // window, with no scrolling either way; Escape takes it away.
    Projection *projection = m_window->projection();
    QVERIFY(projection->captionStrip()->isVisible());
    QVERIFY(projection->captionStrip()->text().contains(current->title));
    QVERIFY(inside(projection->captionStrip()));
    QVERIFY(!m_panel->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_N);
    QVERIFY(projection->isNarrationShown());
    QTRY_VERIFY(m_panel->isVisible());
    QVERIFY(inside(m_panel));
    auto *narration = m_panel->findChild<QTextBrowser *>(u"narration"_s);
    QVERIFY(narration && narration->isVisible());
    QTRY_VERIFY2(narration->horizontalScrollBar()->maximum() == 0,
        qPrintable(u"narration %1 px wide, its text %2"_s.arg(narration->viewport()->width())
                       .arg(narration->document()->idealWidth())));
    QTRY_VERIFY2(narration->verticalScrollBar()->maximum() == 0,
        qPrintable(u"narration %1 px high, its text %2"_s.arg(narration->viewport()->height())
                       .arg(narration->document()->size().height())));
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!projection->isNarrationShown());
    QVERIFY(m_window->isPresenting());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
}

QString TestPresentation::enterAndRunDemo(int index)
{
    if (m_panel->currentIndex() != index)
        m_panel->setCurrentIndex(index);
    else
        m_controller->enterStage(index);
    QDeadlineTimer entering(10000);
    while (m_controller->isBusy() && !entering.hasExpired())
        QTest::qWait(10);
    if (m_controller->isBusy())
        return u"stage %1 still busy after 10 s"_s.arg(index);
    if (m_panel->currentStage()->actions.isEmpty())
        return {};
    QSignalSpy finished(m_controller, &LessonController::demoFinished);
    m_controller->runDemo();
    if (!finished.wait(20000))
        return u"stage %1's demo did not finish in 20 s"_s.arg(index);
    return {};
}

void TestPresentation::replyComesIntoView()
{
    // The reply's sendall and the chunks the client received are on screen.
    QVERIFY(m_window->isPresenting());
    const int reply = int(m_panel->lesson().indexOf(u"reply"_s));
    QVERIFY(reply >= 0);
    QCOMPARE(enterAndRunDemo(reply), QString());
    // The reply and every chunk the client received, in the timeline.
    TimelineView *timeline = m_window->focusView()->timeline();
    const TimelineModel *model = timeline->model();
    const int sent = model->findCall(u"conn.sendall"_s);
    QVERIFY(sent >= 0);
    QCOMPARE(timeline->keptRow(), sent);
    int last = -1;
    int chunks = 0;
    for (int at = model->findCall(u"client.recv"_s, sent); at >= 0;
         at = model->findCall(u"client.recv"_s, at + 1)) {
        last = at;
        ++chunks;
    }
    QVERIFY2(chunks >= 5, qPrintable(QString::number(chunks)));
    const auto inView = [timeline](int row) {
        const int scrolled = timeline->verticalScrollBar()->value();
        return timeline->rowTop(row) - scrolled >= 0
            && timeline->headerHeight() + timeline->rowTop(row + 1) - scrolled
            <= timeline->viewport()->height();
    };
    // The rows' layout follows the last chunk on the views' next refresh.
    QCOMPARE(LessonWindow::settle(m_window.get()), QString());
    QTRY_VERIFY(inView(sent) && inView(last));
}

// A value too long for its card even at body size (the unix stage's socket
// path, with the type 2.5 times as large) goes on on more lines, each
// within the card, and nothing of it is lost.
void TestPresentation::longValueWraps()
{
    QVERIFY(m_window->isPresenting());
    const int unix = int(m_panel->lesson().indexOf(u"unix"_s));
    QVERIFY(unix >= 0);
    QCOMPARE(enterAndRunDemo(unix), QString());
    FocusView *focus = m_window->focusView();
    const int body = focus->bodyPixelSize();
    focus->setTextScale(2.5 * body / 28.0);
    const QList<FocusView::Text> texts = focus->texts();
    QCOMPARE(texts.constFirst().name, u"server.laddr"_s);
    const QString path = texts.constFirst().text;
    QVERIFY2(path.endsWith(u"socketlab.sock"_s), qPrintable(path));
    const auto *value = focus->findChild<QLabel *>(u"focusValue"_s);
    QVERIFY(value && value->isVisible());
    QTRY_VERIFY(
        value->contentsRect().width() < QFontMetrics(value->font()).horizontalAdvance(path));
    const QStringList lines = value->text().split(u'\n');
    QVERIFY2(lines.size() >= 2, qPrintable(value->text()));
    QCOMPARE(lines.join(QString()), path);
    for (const QString &line : lines)
        QVERIFY2(QFontMetrics(value->font()).horizontalAdvance(withoutTrailingSpaces(line))
                <= value->contentsRect().width(),
            qPrintable(line));
    QVERIFY(QFontInfo(value->font()).pixelSize() >= focus->bodyPixelSize());
    QVERIFY2(
        lines.constFirst().endsWith(u'/'), qPrintable(lines.constFirst())); // a break after a '/'
    focus->setTextScale(body / 28.0);
    focus->texts();
    QCOMPARE(value->text(), path);
}

// A presenter's clicker sends these; they work with the caption and with
// the narration shown. B blanks the projection; B or Escape brings it back.
void TestPresentation::clickerKeys()
{
    QVERIFY(m_window->isPresenting());
    Projection *projection = m_window->projection();
    m_panel->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(m_panel->currentIndex(), 2);
    QVERIFY(projection->captionStrip()->text().startsWith(u"3/"_s));
    QTest::keyClick(m_window.get(), Qt::Key_PageUp);
    QCOMPARE(m_panel->currentIndex(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_End);
    QCOMPARE(m_panel->currentIndex(), m_panel->lesson().count() - 1);
    QTest::keyClick(m_window.get(), Qt::Key_Home);
    QCOMPARE(m_panel->currentIndex(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
    QTest::keyClick(m_window.get(), Qt::Key_N);
    QVERIFY(projection->isNarrationShown());
    QTest::keyClick(m_window.get(), Qt::Key_PageDown);
    QCOMPARE(m_panel->currentIndex(), 1);
    QVERIFY(projection->isNarrationShown());
    QTest::keyClick(m_window.get(), Qt::Key_N);
    QVERIFY(!projection->isNarrationShown());

    const QWidget *cover = m_window->findChild<QWidget *>(u"blankCover"_s);
    QVERIFY(cover);
    QTest::keyClick(m_window.get(), Qt::Key_B);
    QVERIFY(projection->isBlank());
    QVERIFY(cover->isVisible());
    QCOMPARE(cover->geometry(), m_window->rect());
    QTest::keyClick(m_window.get(), Qt::Key_B);
    QVERIFY(!projection->isBlank());
    QTest::keyClick(m_window.get(), Qt::Key_B);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!projection->isBlank());
    QVERIFY(m_window->isPresenting());
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
}

void TestPresentation::zoomWorks()
{
    QVERIFY(m_window->isPresenting());
    const double before = m_window->font().pointSizeF();
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_window->zoom() > 1.0);
    QTRY_VERIFY(m_window->font().pointSizeF() > before);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->zoom(), 1.0);
    QTRY_COMPARE(m_window->font().pointSizeF(), before);
}

void TestPresentation::escapeLeaves()
{
    QVERIFY(m_window->isPresenting());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresenting());
    QTRY_VERIFY(m_window->transcriptTabs()->isVisible());
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(!m_panel->isCompact());
    QCOMPARE(m_window->lessonDock()->widget(), m_panel);
    QVERIFY(!m_window->focusView()->isVisible());
    QVERIFY(m_window->layerDiagram()->isVisible()); // back in its place
    QVERIFY(m_window->timeline()->isVisible());
    QTRY_VERIFY(m_window->lessonDock()->isVisible());
    QTRY_COMPARE(m_window->font().pointSizeF(), m_normalPointSize);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
