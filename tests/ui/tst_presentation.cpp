#include "ui/diagram/layerdiagram.h"
#include "ui/lanes/bytesview.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/socketpanel.h"
#include "ui/lesson/lessoncontroller.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/lesson/throughputchart.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/mainwindow.h"

#include <algorithm>

#include <QDockWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;

// Presentation mode on a 1280×720 screen (the offscreen platform given that
// screen by tests/ui/screen-1280x720.json): for every stage of the built-in
// lesson, after its demo, the visible panels are at least as wide as they
// need (nothing cut off sideways), the narration is shown and needs no
// sideways scrolling, the transcript and menus are hidden, the type is
// larger than outside presentation mode; zoom works; Escape leaves.
class TestPresentation final : public QObject
{
    Q_OBJECT

public:
    static void initMain();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void entersFullScreen();
    void everyStageFits_data();
    void everyStageFits();
    void replyComesIntoView();
    void zoomWorks();
    void escapeLeaves();

private:
    std::unique_ptr<MainWindow> m_window;
    LessonController *m_controller = nullptr;
    LessonPanel *m_panel = nullptr;
    double m_normalPointSize = 0;
};

void TestPresentation::initMain()
{
    const QByteArray source = qgetenv("SOCKETLAB_SOURCE_DIR");
    if (!source.isEmpty())
        qputenv(
            "QT_QPA_PLATFORM", "offscreen:configfile=" + source + "/tests/ui/screen-1280x720.json");
}

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("SOCKETLAB_SOURCE_DIR"), "run through ctest");
    m_window = std::make_unique<MainWindow>();
    m_controller = new LessonController(m_window.get(), m_window.get());
    m_controller->setPace(0);
    LessonError error;
    const Lesson lesson = Lesson::load(Lesson::builtInDirectory(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    m_controller->setLesson(lesson, 0);
    m_panel = m_controller->lessonPanel();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_controller->isBusy());
    m_normalPointSize = m_window->font().pointSizeF();
}

void TestPresentation::cleanupTestCase()
{
    m_window.reset();
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
    QVERIFY(m_panel->isVisible());
    QVERIFY(!m_window->lessonDock()->isVisible()); // the lesson is a strip now
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
    if (m_panel->currentIndex() != index)
        m_panel->setCurrentIndex(index);
    else
        m_controller->enterStage(index);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
    if (!m_panel->currentStage()->actions.isEmpty()) {
        QSignalSpy finished(m_controller, &LessonController::demoFinished);
        m_controller->runDemo();
        QVERIFY(finished.wait(20000));
    }
    QTest::qWait(200); // throttled refreshes (40 ms) and layouts settle

    int panelsShown = 0;
    for (SocketPanel *panel : {m_window->serverPanel(), m_window->clientPanel()}) {
        if (!panel->isVisible())
            continue;
        ++panelsShown;
        QScrollArea *area = nullptr;
        for (QWidget *w = panel->parentWidget(); w && !area; w = w->parentWidget())
            area = qobject_cast<QScrollArea *>(w);
        QVERIFY(area);
        const int visible = area->viewport()->width();
        const QByteArray what = panel->objectName().toUtf8() + " needs "
            + QByteArray::number(panel->minimumSizeHint().width()) + " px, sees "
            + QByteArray::number(visible);
        QVERIFY2(panel->minimumSizeHint().width() <= visible, what.constData());
        QVERIFY2(panel->width() <= visible, what.constData());
    }
    // Without sockets, an explorer or the throughput chart takes the panels' room.
    const Stage *current = m_panel->currentStage();
    const bool measures = std::any_of(current->actions.cbegin(), current->actions.cend(),
        [](const DemoAction &action) { return action.target() == u"measure"; });
    QCOMPARE(
        panelsShown > 0, current->panels != u"none" || (current->explorers.isEmpty() && !measures));

    // A measuring stage plots every measurement (Qt Charts) and lists it as text.
    const auto measurements = std::count_if(current->actions.cbegin(), current->actions.cend(),
        [](const DemoAction &action) { return action.target() == u"measure"; });
    QCOMPARE(m_panel->throughputChart()->count(), int(measurements));
    QCOMPARE(m_panel->throughputChart()->isVisibleTo(m_panel), measurements > 0);
    if (measurements > 0)
        QVERIFY(m_panel->throughputChart()->text().contains(u"MB/s"_s));

    // The narration: shown, in the window, no sideways scrolling.
    auto *narration = m_panel->findChild<QTextBrowser *>(u"narration"_s);
    QVERIFY(narration);
    QVERIFY(narration->isVisible());
    QVERIFY(narration->height() >= 4 * narration->fontMetrics().lineSpacing());
    QVERIFY2(narration->horizontalScrollBar()->maximum() == 0,
        qPrintable(u"narration %1 px wide, its text %2"_s.arg(narration->viewport()->width())
                       .arg(narration->document()->idealWidth())));
    // All of it, without scrolling down either.
    QTRY_VERIFY2(narration->verticalScrollBar()->maximum() == 0,
        qPrintable(u"narration %1 px high, its text %2"_s.arg(narration->viewport()->height())
                       .arg(narration->document()->size().height())));
    const QRect inWindow(narration->mapTo(m_window.get(), QPoint(0, 0)), narration->size());
    QVERIFY(m_window->rect().contains(inWindow));
    QVERIFY(!m_window->transcriptTabs()->isVisible());

    // Everything shown lies inside the window, and gets what it asks for.
    const auto inside = [this](const QWidget *w) {
        return m_window->rect().contains(QRect(w->mapTo(m_window.get(), QPoint(0, 0)), w->size()));
    };
    QVERIFY(inside(m_panel));
    QVERIFY(m_panel->width() >= m_panel->minimumSizeHint().width());
    for (QWidget *area :
        {m_window->serverPanel()->parentWidget(), m_window->clientPanel()->parentWidget()}) {
        if (area->isVisible())
            QVERIFY(inside(area));
    }
    const QWidget *diagram = m_window->layerDiagram();
    QVERIFY(diagram->isVisible());
    QVERIFY(diagram->width() >= diagram->minimumWidth());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->isVisible() && dock->widget()) {
            // A dock shown by this stage may still be settling (slow under ASan).
            QTRY_VERIFY2_WITH_TIMEOUT(
                dock->widget()->width() >= dock->widget()->minimumSizeHint().width(),
                qPrintable(dock->objectName()), 5000);
            QTRY_VERIFY2_WITH_TIMEOUT(inside(dock), qPrintable(dock->objectName()), 5000);
        }
    }
}

void TestPresentation::replyComesIntoView()
{
    // The panels scroll down in presentation mode: the chunks the client
    // just received are scrolled into sight, not left below the fold.
    QVERIFY(m_window->isPresenting());
    const int reply = int(m_panel->lesson().indexOf(u"reply"_s));
    QVERIFY(reply >= 0);
    if (m_panel->currentIndex() != reply)
        m_panel->setCurrentIndex(reply);
    else
        m_controller->enterStage(reply);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
    QSignalSpy finished(m_controller, &LessonController::demoFinished);
    m_controller->runDemo();
    QVERIFY(finished.wait(20000));
    const QWidget *chunks = m_window->clientPanel()->currentConnectionView()->bytesView();
    QTRY_VERIFY(!chunks->visibleRegion().isEmpty());
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
    QTRY_VERIFY(m_window->lessonDock()->isVisible());
    QTRY_COMPARE(m_window->font().pointSizeF(), m_normalPointSize);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
