#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/explorers/explorerstack.h"
#include "ui/explorers/explorerswidget.h"
#include "ui/explorers/getaddrinfoexplorer.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/timeline/callbuttons.h"
#include "ui/timeline/callfields.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/focusview.h"
#include "ui/window/mainwindow.h"

#include "lessonwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
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
#include <QTableWidget>
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
    void titleAndCalls();
    void menusHaveShortcuts();
    void zoomScalesFonts();
    void rolesShowTheirSide();
    void buttonsHaveAccessibleNames();
    void eventsAreForwarded();
    void diagramShowsTheBoundPort();
    void savesReportWriteErrors();
    void explorerStartsOnTheCallsPort();
    void useRowFillsTheDrawer();
    void clientFollowsTheFreePort();
    void clientFollowsTheKernelsPort();
    void fitsAt1280x720();
    void lessonDockHasTheRoom();
    void lessonDockAfterPresentingAtStart();
    void presentationMode();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::titleAndCalls()
{
    MainWindow window;
    QVERIFY(window.windowTitle().startsWith(u"SocketLab"_s));
    // The SVG icon is drawn, so Qt's SVG plugin (libqt6svg6) is installed.
    QVERIFY(!window.windowIcon().pixmap(64, 64).isNull());
    // Both sides' call buttons; no other socket controls.
    using Lane = CallButtons::Lane;
    for (const Lane lane : {Lane::Server, Lane::Conn, Lane::Client})
        QVERIFY(window.callButtons()->isLaneShown(lane));
    QVERIFY(window.callButtons()->button(Lane::Server, CallButtons::Call::Bind));
    QVERIFY(window.callButtons()->button(Lane::Client, CallButtons::Call::Connect));
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
    const qreal before = window.callButtons()->font().pointSizeF();
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QTRY_VERIFY(window.callButtons()->font().pointSizeF() > before);
    QVERIFY(window.zoom() > 1.0);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.zoom(), 1.0);
    QTRY_COMPARE(window.callButtons()->font().pointSizeF(), before);
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

// --role server|client: only that side's call buttons (a server's listener
// and its connections, or the client), whatever a stage asks; the drawer
// stays reachable. A stage about an explorer (Roles::None) gives their room
// to the diagram.
void TestMainWindow::rolesShowTheirSide()
{
    using Lane = CallButtons::Lane;
    using Call = CallButtons::Call;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CallButtons *calls = window.callButtons();
    QVERIFY(calls->isVisible());
    QVERIFY(calls->button(Lane::Server, Call::Bind)->isVisible());
    QVERIFY(calls->button(Lane::Client, Call::Connect)->isVisible());

    window.setAllowedRoles(MainWindow::Roles::Server);
    window.setRoles(MainWindow::Roles::Client); // a stage about the client
    QVERIFY(calls->isVisible());
    QVERIFY(calls->button(Lane::Server, Call::Bind)->isVisible());
    QVERIFY(calls->button(Lane::Conn, Call::Recv)->isVisible());
    QVERIFY(!calls->button(Lane::Client, Call::Connect)->isVisible());
    QVERIFY(!calls->button(Lane::Client, Call::Getaddrinfo)->isVisible());
    auto *drawer = calls->findChild<QWidget *>(u"drawerButton"_s);
    QVERIFY(drawer && drawer->isVisible());

    window.setAllowedRoles(MainWindow::Roles::Client);
    window.setRoles(MainWindow::Roles::Server);
    QVERIFY(window.timeline()->isVisible());
    QVERIFY(!calls->button(Lane::Server, Call::Bind)->isVisible());
    QVERIFY(!calls->button(Lane::Conn, Call::Recv)->isVisible());
    QVERIFY(calls->button(Lane::Client, Call::Connect)->isVisible());
    QVERIFY(drawer->isVisible()); // moved to the client's group
    QTest::mouseClick(drawer, Qt::LeftButton);
    QVERIFY(calls->isDrawerOpen());

    window.setRoles(MainWindow::Roles::None); // an explorer's stage: no calls
    QVERIFY(!window.timeline()->isVisible());
    QVERIFY(!calls->isVisible());
    window.setAllowedRoles(MainWindow::Roles::Both);
    window.setRoles(MainWindow::Roles::Both);
    QVERIFY(window.timeline()->isVisible() && calls->isVisible());
    QVERIFY(calls->button(Lane::Server, Call::Bind)->isVisible());
    QVERIFY(calls->button(Lane::Client, Call::Connect)->isVisible());
    QVERIFY(drawer->isVisible());
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
    QVERIFY(!window.callButtons()->accessibleName().isEmpty());
}

void TestMainWindow::eventsAreForwarded()
{
    MainWindow window;
    QSignalSpy events(&window, &MainWindow::callRecorded);
    const QString hint = window.statusBar()->currentMessage();
    QVERIFY(hint.contains(u"socket()"_s));
    Lab *lab = window.lab();
    QVERIFY(!lab->open(lab->server(), AF_INET, SOCK_STREAM, 0));
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().first().value<CallEvent>().call, CallEvent::Call::Socket);
    // The status bar then tells the last call and its result.
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(u"server: server = socket."_s));
    QVERIFY(window.statusBar()->currentMessage().endsWith(
        u"# fd "_s % QString::number(lab->server()->socket().fd())));
    QVERIFY(!lab->bind(lab->server(), Endpoint::inet(u"127.0.0.1"_s, 0)));
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
    Lab *lab = window.lab();
    QVERIFY(!lab->open(lab->server(), AF_INET, SOCK_STREAM, 0));
    QVERIFY(!lab->bind(lab->server(), Endpoint::inet(u"127.0.0.1"_s, 0)));
    const quint16 port = lab->server()->laddr().port();
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
    QVERIFY(!window.lab()->open(window.lab()->server(), AF_INET, SOCK_STREAM, 0));
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

// The getaddrinfo explorer's first query uses the call buttons' port
// (--port or the lesson's), before and after it is built.
void TestMainWindow::explorerStartsOnTheCallsPort()
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

// The getaddrinfo explorer's "use this row", clicked: the drawer's family,
// type, host and port become the row's, so the client's socket() and
// connect() are socket(*info[:3]) and connect(info[-1]); the client connects.
void TestMainWindow::useRowFillsTheDrawer()
{
    using Lane = CallButtons::Lane;
    using Call = CallButtons::Call;
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Lab *lab = window.lab();
    // A server on a port the kernel chose, on the lab network.
    QVERIFY(!lab->open(lab->server(), AF_INET, SOCK_STREAM, 0));
    QVERIFY(!lab->bind(lab->server(), Endpoint::inet(u"127.0.0.1"_s, 0)));
    QVERIFY(!lab->listen(lab->server(), 1));
    const quint16 port = lab->server()->laddr().port();
    CallButtons *calls = window.callButtons();
    // To be replaced by the row's.
    calls->fields()->setType(SOCK_DGRAM);
    calls->fields()->setFamily(AF_UNIX);
    calls->fields()->setEndpoint(u"192.0.2.1"_s, u"9"_s);

    window.showExplorer(ExplorersWidget::Explorer::Getaddrinfo);
    GetaddrinfoExplorer *explorer = window.explorers()->getaddrinfoExplorer();
    QTRY_VERIFY(explorer->isVisible());
    explorer->setQuery(u"127.0.0.1"_s, QString::number(port), {AF_INET, SOCK_STREAM, 0, 0});
    QSignalSpy done(explorer->resolver(), &Resolver::resolved);
    QTest::mouseClick(explorer->findChild<QPushButton *>(u"gaiResolve"_s), Qt::LeftButton);
    QVERIFY(done.wait(10000));
    auto *table = explorer->findChild<QTableWidget *>(u"gaiTable"_s);
    QCOMPARE(table->rowCount(), 1);
    table->selectRow(0);
    auto *use = explorer->findChild<QPushButton *>(u"gaiUse"_s);
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);

    CallFields *fields = calls->fields();
    QCOMPARE(fields->host(), u"127.0.0.1"_s);
    QCOMPARE(fields->port(), QString::number(port));
    QCOMPARE(fields->family(), AF_INET);
    QCOMPARE(fields->type(), SOCK_STREAM);
    QVERIFY(calls->isDrawerOpen());
    QCOMPARE(calls->label(Lane::Client, Call::Socket), u"socket(AF_INET, SOCK_STREAM)"_s);
    QCOMPARE(calls->label(Lane::Client, Call::Connect), u"connect(('127.0.0.1', %1))"_s.arg(port));

    // Back to the timeline, the client uses the row.
    window.explorerStack()->setExplorersShown(false);
    QTRY_VERIFY(calls->isVisible());
    QTest::mouseClick(calls->button(Lane::Client, Call::Socket), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Client, Call::Connect), Qt::LeftButton);
    QTRY_COMPARE(lab->client()->state(), LiveSocket::State::Connected);
    QCOMPARE(lab->client()->raddr(), Endpoint::inet(u"127.0.0.1"_s, port));
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

// bind() to port 0: the kernel chooses the port (getsockname tells it);
// the port field and the sendto destination follow it, so the client's
// connect() and sendto() reach the server, for TCP and UDP alike. A port
// the user typed for the client stays.
void TestMainWindow::clientFollowsTheKernelsPort()
{
    using Lane = CallButtons::Lane;
    using Call = CallButtons::Call;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setDefaultEndpoint(u"127.0.0.1"_s, u"0"_s);
    CallButtons *calls = window.callButtons();
    CallFields *fields = calls->fields();
    Lab *lab = window.lab();
    QCOMPARE(calls->label(Lane::Client, Call::Connect), u"connect(('127.0.0.1', 0))"_s);

    QTest::mouseClick(calls->button(Lane::Server, Call::Socket), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Server, Call::Bind), Qt::LeftButton);
    const quint16 bound = lab->server()->laddr().port();
    QVERIFY(bound != 0);
    QCOMPARE(fields->port(), QString::number(bound));
    QCOMPARE(calls->label(Lane::Client, Call::Connect), u"connect(('127.0.0.1', %1))"_s.arg(bound));
    QTest::mouseClick(calls->button(Lane::Server, Call::Listen), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Client, Call::Socket), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Client, Call::Connect), Qt::LeftButton);
    QTRY_COMPARE(lab->client()->state(), LiveSocket::State::Connected);
    QCOMPARE(lab->client()->raddr().port(), bound);
    QTest::mouseClick(calls->button(Lane::Client, Call::Close), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Server, Call::Close), Qt::LeftButton);

    // UDP: the sendto destination follows too.
    window.setDefaultEndpoint(u"127.0.0.1"_s, u"0"_s);
    fields->setType(SOCK_DGRAM);
    QTest::mouseClick(calls->button(Lane::Server, Call::Socket), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Server, Call::Bind), Qt::LeftButton);
    const quint16 udp = lab->server()->laddr().port();
    QVERIFY(udp != 0);
    QCOMPARE(
        calls->label(Lane::Client, Call::Sendto), u"sendto(b'Hi', ('127.0.0.1', %1))"_s.arg(udp));
    QSignalSpy events(&window, &MainWindow::callRecorded);
    QTest::mouseClick(calls->button(Lane::Client, Call::Socket), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Client, Call::Sendto), Qt::LeftButton);
    QCOMPARE(calls->errorText(Lane::Client), QString());
    QTest::mouseClick(calls->button(Lane::Server, Call::Recvfrom), Qt::LeftButton);
    const auto received = [&events] {
        for (const QList<QVariant> &args : std::as_const(events)) {
            const auto event = args.first().value<CallEvent>();
            if (event.call == CallEvent::Call::Recvfrom && event.phase == CallEvent::Phase::Done)
                return event.data;
        }
        return QByteArray();
    };
    QTRY_COMPARE(received(), QByteArray("Hi"));
    QTest::mouseClick(calls->button(Lane::Client, Call::Close), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Server, Call::Close), Qt::LeftButton);

    // A destination the user typed is theirs: a new bind to 0 leaves it.
    window.setDefaultEndpoint(u"127.0.0.1"_s, u"0"_s);
    fields->setSendto(u"127.0.0.1:7"_s);
    QTest::mouseClick(calls->button(Lane::Server, Call::Socket), Qt::LeftButton);
    QTest::mouseClick(calls->button(Lane::Server, Call::Bind), Qt::LeftButton);
    QVERIFY(lab->server()->laddr().port() != 0);
    QCOMPARE(calls->label(Lane::Client, Call::Sendto), u"sendto(b'Hi', ('127.0.0.1', 7))"_s);
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

// Normal mode at 1280x720: the narration dock is about 30 % of the width
// (360-420 px), beside the diagram and the timeline, whose four lanes keep
// about 140 px each; every call button's label is whole, and the dock keeps
// its share when the window grows or shrinks.
void TestMainWindow::lessonDockHasTheRoom()
{
    std::unique_ptr<MainWindow> window;
    LessonController *controller = nullptr;
    QCOMPARE(LessonWindow::make(&window, &controller), QString());
    window->resize(1280, 720);
    QCOMPARE(LessonWindow::show(window.get(), controller), QString());
    QDockWidget *dock = window->lessonDock();
    QTRY_VERIFY2(dock->width() >= 360, qPrintable(QString::number(dock->width())));
    const auto report = [&] {
        return u"dock %1, diagram %2, timeline %3, calls min %4, diagram min %5"_s
            .arg(dock->width())
            .arg(window->layerDiagram()->width())
            .arg(window->timeline()->width())
            .arg(window->callButtons()->minimumSizeHint().width())
            .arg(window->layerDiagram()->minimumSizeHint().width())
            .toUtf8();
    };
    QVERIFY2(dock->width() <= 420, report().constData());
    QVERIFY2(window->timeline()->width() >= 4 * 140, report().constData());
    QVERIFY2(window->layerDiagram()->width() >= 200, report().constData());
    for (QPushButton *b : window->callButtons()->buttons())
        QCOMPARE(b->text(), b->accessibleName());
    // It scales with the window: a third wider window, a wider dock.
    window->resize(1600, 900);
    QTRY_VERIFY2(dock->width() >= 450, report().constData());
    window->resize(1280, 720);
    QTRY_VERIFY2(dock->width() >= 360 && dock->width() <= 420, report().constData());
}

// Started in presentation (--present) and left: the dock comes back at its
// share of the width, not at the size it had before its first fit (a
// restored state must not count as the person dragging its edge).
void TestMainWindow::lessonDockAfterPresentingAtStart()
{
    std::unique_ptr<MainWindow> window;
    LessonController *controller = nullptr;
    QCOMPARE(LessonWindow::make(&window, &controller), QString());
    window->resize(1280, 720);
    QCOMPARE(LessonWindow::show(window.get(), controller), QString());
    window->setPresentation(true); // at once, as main() does for --present
    QTRY_VERIFY(window->focusView()->isVisible());
    QCOMPARE(LessonWindow::settle(window.get()), QString());
    window->setPresentation(false);
    QDockWidget *dock = window->lessonDock();
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(LessonWindow::settle(window.get()), QString());
    QTRY_VERIFY2(dock->width() >= 0.27 * window->width() && dock->width() <= 0.33 * window->width(),
        qPrintable(u"dock %1 of %2"_s.arg(dock->width()).arg(window->width())));
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
