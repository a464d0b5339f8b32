#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/explorers/explorerstack.h"
#include "ui/explorers/explorerswidget.h"
#include "ui/explorers/getaddrinfoexplorer.h"
#include "ui/lanes/errorview.h"
#include "ui/lanes/socketpanel.h"
#include "ui/timeline/callbuttons.h"
#include "ui/timeline/callfields.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/focusview.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// The window: title, menus and shortcuts, zoom, roles, accessible names.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titleAndPanels();
    void menusHaveShortcuts();
    void zoomScalesFonts();
    void rolesHidePanels();
    void buttonsHaveAccessibleNames();
    void eventsAreForwarded();
    void diagramShowsTheBoundPort();
    void savesReportWriteErrors();
    void explorerStartsOnThePanelsPort();
    void clientFollowsTheFreePort();
    void fitsAt1280x720();
    void presentationMode();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::titleAndPanels()
{
    MainWindow window;
    QVERIFY(window.windowTitle().startsWith(u"SocketLab"_s));
    // The SVG icon is drawn, so Qt's SVG plugin (libqt6svg6) is installed.
    QVERIFY(!window.windowIcon().pixmap(64, 64).isNull());
    QCOMPARE(window.serverPanel()->role(), SocketPanel::Role::Server);
    QCOMPARE(window.clientPanel()->role(), SocketPanel::Role::Client);
    QVERIFY(window.transcriptTabs()->count() >= 2);
}

void TestMainWindow::menusHaveShortcuts()
{
    MainWindow window;
    QHash<QString, QKeySequence> shortcuts;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            shortcuts.insert(action->text(), action->shortcut());
    }
    QCOMPARE(shortcuts.value(u"Zoom &in"_s), QKeySequence(u"Ctrl++"_s));
    QCOMPARE(shortcuts.value(u"Zoom &out"_s), QKeySequence(u"Ctrl+-"_s));
    QCOMPARE(shortcuts.value(u"&Reset zoom"_s), QKeySequence(u"Ctrl+0"_s));
    QCOMPARE(shortcuts.value(u"&Presentation mode"_s), QKeySequence(Qt::Key_F5));
    QVERIFY(!shortcuts.value(u"Save &transcript…"_s).isEmpty());
}

void TestMainWindow::zoomScalesFonts()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qreal before = window.serverPanel()->font().pointSizeF();
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QTRY_VERIFY(window.serverPanel()->font().pointSizeF() > before);
    QVERIFY(window.zoom() > 1.0);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.zoom(), 1.0);
    QTRY_COMPARE(window.serverPanel()->font().pointSizeF(), before);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(window.zoom() < 1.0);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.zoom(), 1.0);

    // The zoom actions carry the platform's standard zoom keys.
    QList<QKeySequence> zoomIn, zoomOut;
    for (QAction *action : window.actions()) {
        if (action->text() == u"Zoom &in")
            zoomIn = action->shortcuts();
        if (action->text() == u"Zoom &out")
            zoomOut = action->shortcuts();
    }
    QVERIFY(!QKeySequence::keyBindings(QKeySequence::ZoomIn).isEmpty());
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::ZoomIn))
        QVERIFY2(zoomIn.contains(key), qPrintable(key.toString()));
    QCOMPARE(zoomOut, QKeySequence::keyBindings(QKeySequence::ZoomOut));
}

void TestMainWindow::rolesHidePanels()
{
    // The per-socket panels are never shown: the timeline and its call
    // buttons are the window; a stage about an explorer (Roles::None) gives
    // their room to the diagram.
    MainWindow window;
    window.show();
    QVERIFY(window.callButtons()->isVisible());
    QVERIFY(!window.serverPanel()->isVisible() && !window.clientPanel()->isVisible());
    window.setRoles(MainWindow::Roles::Server);
    QVERIFY(window.callButtons()->isVisible());
    window.setAllowedRoles(MainWindow::Roles::Client);
    QVERIFY(window.timeline()->isVisible());
    window.setRoles(MainWindow::Roles::None); // an explorer's stage: no calls
    QVERIFY(!window.timeline()->isVisible());
    QVERIFY(!window.callButtons()->isVisible());
    window.setAllowedRoles(MainWindow::Roles::Both);
    window.setRoles(MainWindow::Roles::Both);
    QVERIFY(window.timeline()->isVisible() && window.callButtons()->isVisible());
    QVERIFY(!window.serverPanel()->isVisible() && !window.clientPanel()->isVisible());
}

void TestMainWindow::buttonsHaveAccessibleNames()
{
    MainWindow window;
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->text().isEmpty())
            continue; // hidden action slots with no text yet
        QVERIFY2(
            !b->accessibleName().isEmpty() || !b->text().isEmpty(), qPrintable(b->objectName()));
    }
    QVERIFY(!window.serverPanel()->accessibleName().isEmpty());
}

void TestMainWindow::eventsAreForwarded()
{
    MainWindow window;
    QSignalSpy events(&window, &MainWindow::callRecorded);
    const QString hint = window.statusBar()->currentMessage();
    QVERIFY(hint.contains(u"socket()"_s));
    window.serverPanel()->perform(u"socket"_s);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().first().value<CallEvent>().call, CallEvent::Call::Socket);
    // The status bar then tells the last call and its result.
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(u"server: server = socket."_s));
    QVERIFY(window.statusBar()->currentMessage().endsWith(
        u"# fd "_s % QString::number(window.serverPanel()->socket()->socket().fd())));
    window.serverPanel()->perform(u"bind"_s, {u"127.0.0.1"_s, u"0"_s});
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"server.bind(('127.0.0.1', "_s),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().endsWith(u") → None"_s));
}

// bind() before any connection: the diagram's server side has the real
// address and port at once; the client side, bound to nothing, shows none.
void TestMainWindow::diagramShowsTheBoundPort()
{
    MainWindow window;
    auto *diagram = window.findChild<LayerDiagram *>();
    QVERIFY(diagram);
    QVERIFY(!window.serverPanel()->perform(u"socket"_s));
    QVERIFY(!window.serverPanel()->perform(u"bind"_s, {u"127.0.0.1"_s, u"0"_s}));
    const quint16 port = window.serverPanel()->socket()->laddr().port();
    QVERIFY(port != 0);
    QCOMPARE(diagram->flow().destinationHost, u"127.0.0.1"_s);
    QCOMPARE(diagram->flow().destinationPort, port);
    QVERIFY(diagram->flow().sourceHost.isEmpty());
    const QString description = diagram->accessibleDescription();
    QVERIFY2(description.contains(u"server 127.0.0.1:%1"_s.arg(port)), qPrintable(description));
    QVERIFY2(description.contains(u"Client —"_s), qPrintable(description));
}

// Save transcript / Save events: the files hold what the tabs show; a disk
// that cannot be written is an error, not a "saved", and leaves the old file whole.
void TestMainWindow::savesReportWriteErrors()
{
    MainWindow window;
    QVERIFY(!window.serverPanel()->perform(u"socket"_s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString problem;
    QVERIFY2(window.writeTranscript(dir.filePath(u"t.txt"_s), &problem), qPrintable(problem));
    QVERIFY2(window.writeEvents(dir.filePath(u"e.jsonl"_s), &problem), qPrintable(problem));
    QFile transcript(dir.filePath(u"t.txt"_s));
    QVERIFY(transcript.open(QIODevice::ReadOnly));
    QVERIFY(transcript.readAll().contains("server = socket.socket("));
    QFile events(dir.filePath(u"e.jsonl"_s));
    QVERIFY(events.open(QIODevice::ReadOnly));
    QVERIFY(events.readAll().contains("\"call\":\"socket\""));

    // A target that cannot be written: its parent is a regular file. (Never
    // /dev/full: QSaveFile would rename its temporary file over the device.)
    const QString under = dir.filePath(u"t.txt/inside.txt"_s);
    problem.clear();
    QVERIFY(!window.writeTranscript(under, &problem));
    QVERIFY2(problem.contains(under), qPrintable(problem));
    problem.clear();
    QVERIFY(!window.writeEvents(under, &problem));
    QVERIFY(!problem.isEmpty());
    // A directory as the target: refused, and the directory is left alone.
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    problem.clear();
    QVERIFY(!window.writeTranscript(dir.filePath(u"folder"_s), &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(QFileInfo(dir.filePath(u"folder"_s)).isDir());
    // The earlier save is intact: a failed save never truncates what was there.
    QVERIFY(transcript.seek(0));
    QVERIFY(transcript.readAll().contains("server = socket.socket("));
}

// The getaddrinfo explorer's first query uses the panels' port (--port or
// the lesson's), before and after it is built.
void TestMainWindow::explorerStartsOnThePanelsPort()
{
    MainWindow window;
    window.setDefaultEndpoint(u"127.0.0.1"_s, u"6123"_s);
    ExplorersWidget *explorers = window.explorers(); // builds them
    QVERIFY(explorers);
    auto *service = explorers->getaddrinfoExplorer()->findChild<QLineEdit *>(u"gaiService"_s);
    QVERIFY(service);
    QCOMPARE(service->text(), u"6123"_s);
    window.setDefaultEndpoint(u"127.0.0.1"_s, u"6124"_s);
    QCOMPARE(service->text(), u"6124"_s);
}

// EADDRINUSE, then the drawer's "free port": the port field takes a port
// the kernel says is free, and both bind() and the client's connect() use it.
void TestMainWindow::clientFollowsTheFreePort()
{
    LiveSocket holder(CallEvent::Side::Server, u"holder"_s);
    QVERIFY(!holder.open(AF_INET, SOCK_STREAM, 0));
    QVERIFY(!holder.bind(Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!holder.listen(1));
    const QString taken = QString::number(holder.laddr().port());

    MainWindow window;
    window.lab()->setNetwork(Lab::Network::Host); // the holder is on this machine's network
    window.show();
    window.setDefaultEndpoint(u"127.0.0.1"_s, taken);
    CallButtons *calls = window.callButtons();
    using Lane = CallButtons::Lane;
    using Call = CallButtons::Call;
    QTest::mouseClick(calls->button(Lane::Server, Call::Socket), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Server, Call::Bind), Qt::LeftButton);
    QVERIFY2(calls->errorText(Lane::Server).contains(u"EADDRINUSE"_s),
        qPrintable(calls->errorText(Lane::Server)));
    calls->setDrawerOpen(true);
    auto *use = calls->findChild<QPushButton *>(u"freePort"_s);
    QVERIFY(use && use->isVisible());
    QTest::mouseClick(use, Qt::LeftButton);
    const QString moved = calls->fields()->port();
    QVERIFY(moved != taken && moved.toInt() > 0);
    QCOMPARE(calls->label(Lane::Server, Call::Bind), u"bind(('127.0.0.1', %1))"_s.arg(moved));
    QCOMPARE(calls->label(Lane::Client, Call::Connect), u"connect(('127.0.0.1', %1))"_s.arg(moved));
    QTest::mouseClick(calls->button(Lane::Server, Call::Bind), Qt::LeftButton);
    QCOMPARE(calls->errorText(Lane::Server), QString());
    QCOMPARE(window.lab()->server()->laddr().port(), moved.toUShort());
}

// At 1280×720 the call buttons are in the window, whole, and nothing is
// squeezed to zero (tst_stageviews checks every label after the demos).
void TestMainWindow::fitsAt1280x720()
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QPushButton *b : window.callButtons()->buttons()) {
        QVERIFY(b->isVisible());
        QVERIFY(b->width() >= b->minimumWidth());
        QCOMPARE(b->text(), b->accessibleName());
        const QRect inWindow(b->mapTo(&window, QPoint(0, 0)), b->size());
        QVERIFY(window.rect().contains(inWindow));
    }
    QVERIFY(window.layerDiagram()->width() > 200);
}

void TestMainWindow::presentationMode()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_VERIFY(!window.transcriptTabs()->isVisible());
    QVERIFY(!window.menuBar()->isVisible());
    // Only the focus view (the timeline without a lesson's focus); the call buttons hidden.
    QVERIFY(window.focusView()->isVisible());
    QVERIFY(!window.callButtons()->isVisible());
    // Zoom still works without the menu bar.
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(window.zoom() > 1.0);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY(window.transcriptTabs()->isVisible());
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(window.callButtons()->isVisible());
    QVERIFY(!window.focusView()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
