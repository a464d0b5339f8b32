#include "core/lab/demoaction.h"
#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "lessonwindow.h"
#include "textrecorder.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/explorers/explorerstack.h"
#include "ui/explorers/explorerswidget.h"
#include "ui/explorers/portexplorer.h"
#include "ui/lesson/lessoncontroller.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/timeline/callbuttons.h"
#include "ui/timeline/callfields.h"
#include "ui/timeline/shownstate.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// What each stage shows in the normal window at 1280×720 (the offscreen
// platform given that screen by tests/ui/screen-1280x720.json), with the
// lesson docked beside it as a teacher first sees it:
//  - an explorer is a full view in the timeline's place, never a strip at
//    the side, on its stage and when opened from View ▸ Explorers;
//  - the ports explorer shows a value beside every label;
//  - the layer diagram's labels are at least 14 px (22 px in presentation)
//    and the packet's headers are never cut;
//  - after close() the diagram shows no open connection; after the peer
//    closed, the client's state says so (as the kernel does) and a send
//    goes to the peer's real port, not "dst 0";
//  - after the backlog's demo, a crowd client's TCP state on screen follows
//    the kernel (SYN_SENT, then ESTABLISHED once the accept queue has room),
//    re-read with no call made;
//  - the timeline has the room: no per-socket panel is shown, its lanes get
//    at least 350 px (a header and about ten call rows), and every call
//    button's label is whole (never cut with "…"), drawer open or closed.
class TestStageViews final : public QObject
{
    Q_OBJECT

public:
    static void initMain();

private slots:
    void initTestCase();
    void cleanupTestCase();
    void explorerTakesTheCentre_data();
    void explorerTakesTheCentre();
    void explorerFromTheMenu();
    void portsExplorerShowsValues();
    void diagramLabelsReadable_data();
    void diagramLabelsReadable();
    void diagramAfterClose();
    void diagramForgetsTheLastStage();
    void sendAfterPeerClosed();
    void crowdFollowsTheKernel();
    void timelineHasTheRoom_data();
    void timelineHasTheRoom();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    int m_timelinePaints = 0; // paint events of the timeline's viewport
    void enter(const QString &id);
    void runDemo();
    bool perform(const QString &source);
    // Every text item the diagram paints now, and the smallest of their sizes.
    QList<TextRecorder::Item> diagramText(int *smallest) const;

    std::unique_ptr<MainWindow> m_window;
    LessonController *m_controller = nullptr;
    LessonPanel *m_panel = nullptr;
};

void TestStageViews::initMain()
{
    LessonWindow::useScreens("screen-1280x720.json");
}

void TestStageViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("SOCKETLAB_SOURCE_DIR"), "run through ctest");
    // As the app names itself: the Lab's folder (an AF_UNIX path's) is
    // /tmp/SocketLab-XXXXXX, as long as a teacher's.
    QCoreApplication::setApplicationName(u"SocketLab"_s);
    QCOMPARE(LessonWindow::make(&m_window, &m_controller), QString());
    m_panel = m_controller->lessonPanel();
    m_window->layerDiagram()->setAnimationEnabled(false); // each send in its final state
    QCOMPARE(LessonWindow::show(m_window.get(), m_controller), QString());
}

void TestStageViews::cleanupTestCase()
{
    m_window.reset();
}

void TestStageViews::enter(const QString &id)
{
    const int index = int(m_panel->lesson().indexOf(id));
    QVERIFY(index >= 0);
    if (m_panel->currentIndex() != index)
        m_panel->setCurrentIndex(index);
    else
        m_controller->enterStage(index);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
}

void TestStageViews::runDemo()
{
    QSignalSpy finished(m_controller, &LessonController::demoFinished);
    m_controller->runDemo();
    QVERIFY(finished.wait(20000));
    QVERIFY2(m_controller->lastDemoPassed(), qPrintable(m_controller->failures().join(u'\n')));
    QCOMPARE(LessonWindow::settle(m_window.get()), QString());
}

bool TestStageViews::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_window->timeline()->viewport())
        ++m_timelinePaints;
    return QObject::eventFilter(watched, event);
}

// Backlog 1, four clients: two wait in the accept queue, two gave up on
// their connect() while the kernel still sends their SYNs (SYN_SENT). Two
// accept() calls make room; a SYN sent again is answered and that client is
// ESTABLISHED without any call of SocketLab: the timeline re-reads its state
// from TCP_INFO by itself (it paints again, and its header says so).
void TestStageViews::crowdFollowsTheKernel()
{
    enter(u"backlog"_s);
    runDemo();
    Lab *lab = m_window->lab();
    TimelineView *timeline = m_window->timeline();
    TimelineModel *model = m_window->timelineModel();
    QList<LiveSocket *> knocking;
    for (LiveSocket *client : lab->crowd()) {
        if (client->tcpInfo().state == TcpInfo::State::SynSent)
            knocking << client;
    }
    QCOMPARE(knocking.size(), 2);
    const auto laneOf = [model](const LiveSocket *socket) {
        for (int lane = 0; lane < model->laneCount(); ++lane) {
            if (model->lane(lane).object == socket->name())
                return lane;
        }
        return -1;
    };
    QVERIFY(laneOf(knocking.first()) >= 0);
    QCOMPARE(timeline->header(laneOf(knocking.first())).tcpState, u"SYN_SENT"_s);

    timeline->viewport()->installEventFilter(this);
    QVERIFY(!lab->accept(lab->server()));
    QVERIFY(!lab->accept(lab->server()));
    const auto moved = [&knocking]() -> LiveSocket * {
        for (LiveSocket *client : std::as_const(knocking)) {
            if (client->tcpInfo().state == TcpInfo::State::Established)
                return client;
        }
        return nullptr;
    };
    // The kernel sends a SYN again 1 s, then 3 s after the first.
    QTRY_VERIFY_WITH_TIMEOUT(moved(), 20000);
    // Calls' rows only: the wire lane's segments (the SYN sent again, the
    // handshake finishing) are rows too, and come as they are captured.
    const auto callRows = [model] {
        int calls = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            calls += model->index(row).data(TimelineModel::KindRole).value<TimelineModel::RowKind>()
                != TimelineModel::RowKind::Segment;
        }
        return calls;
    };
    const int paints = m_timelinePaints;
    const int rows = callRows();
    QTRY_VERIFY_WITH_TIMEOUT(m_timelinePaints > paints, 5000);
    QCOMPARE(callRows(), rows); // no call made it paint
    timeline->viewport()->removeEventFilter(this);
    QCOMPARE(timeline->header(laneOf(moved())).tcpState, u"ESTABLISHED"_s);
    QStringList painted;
    for (const TextRecorder::Item &item : TextRecorder::record(timeline))
        painted << item.text;
    QVERIFY2(painted.join(u'\n').contains(u"ESTABLISHED"_s), qPrintable(painted.join(u" | "_s)));
}

bool TestStageViews::perform(const QString &source)
{
    QString error;
    const auto action = DemoAction::parse(source, &error);
    if (!action)
        return false;
    QSignalSpy performed(m_window->lab(), &Lab::performed);
    m_window->lab()->perform(*action);
    return performed.wait(10000) && performed.constFirst().at(1).toString().isEmpty();
}

QList<TextRecorder::Item> TestStageViews::diagramText(int *smallest) const
{
    const QList<TextRecorder::Item> items = TextRecorder::record(m_window->layerDiagram());
    *smallest = 1000;
    for (const TextRecorder::Item &item : items) {
        if (!item.text.trimmed().isEmpty())
            *smallest = qMin(*smallest, item.pixelSize);
    }
    return items;
}

void TestStageViews::explorerTakesTheCentre_data()
{
    QTest::addColumn<QString>("id");
    const Lesson &lesson = m_panel->lesson();
    for (int i = 0; i < lesson.count(); ++i) {
        if (!lesson.stage(i).explorers.isEmpty())
            QTest::newRow(qPrintable(lesson.stage(i).id)) << lesson.stage(i).id;
    }
}

void TestStageViews::explorerTakesTheCentre()
{
    QFETCH(QString, id);
    enter(id);
    if (!m_panel->currentStage()->actions.isEmpty())
        runDemo();
    ExplorerStack *stack = m_window->explorerStack();
    QVERIFY(stack->explorersShown());
    ExplorersWidget *explorers = m_window->explorers();
    QTRY_VERIFY(explorers->isVisible());
    QVERIFY(!m_window->timeline()->isVisible());
    // The timeline's place, at its full size: beside the lesson and the
    // diagram, half the window's width and most of its height.
    const QRect inWindow(explorers->mapTo(m_window.get(), QPoint(0, 0)), explorers->size());
    const QByteArray size
        = QByteArray::number(explorers->width()) + "×" + QByteArray::number(explorers->height());
    QVERIFY2(explorers->width() >= m_window->width() * 45 / 100, size.constData());
    QVERIFY2(explorers->height() >= m_window->height() * 55 / 100, size.constData());
    QVERIFY(m_window->rect().contains(inWindow));
    // The stage's explorer is the one shown, with the room it asks for.
    QWidget *page = explorers->tabs()->currentWidget();
    QVERIFY(page->width() >= page->minimumSizeHint().width());
    QVERIFY(m_window->layerDiagram()->isVisible());
    QVERIFY(m_panel->isVisible());
}

void TestStageViews::explorerFromTheMenu()
{
    // On a stage with sockets, View ▸ Explorers ▸ Ports (Ctrl+2) puts the
    // ports explorer in the timeline's place; Ctrl+E brings the timeline back.
    enter(u"server-bind"_s);
    QVERIFY(!m_window->explorerStack()->explorersShown());
    QVERIFY(m_window->timeline()->isVisible());
    QVERIFY(m_window->callButtons()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    ExplorersWidget *explorers = m_window->explorers();
    QTRY_VERIFY(explorers->isVisible());
    QCOMPARE(explorers->currentExplorer(), ExplorersWidget::Explorer::Ports);
    QVERIFY(!m_window->timeline()->isVisible());
    QVERIFY(!m_window->callButtons()->isVisible()); // the explorer has their room
    QTRY_VERIFY(explorers->width() >= m_window->width() * 45 / 100);
    QTRY_VERIFY2(explorers->height() >= m_window->height() * 55 / 100,
        qPrintable(QString::number(explorers->height())));
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(m_window->timeline()->isVisible());
    QVERIFY(!explorers->isVisible());
    QVERIFY(m_window->callButtons()->isVisible());
    // The next stage with an explorer shows it again; one without hides it.
    enter(u"ports"_s);
    QVERIFY(m_window->explorerStack()->explorersShown());
    enter(u"server-bind"_s);
    QVERIFY(!m_window->explorerStack()->explorersShown());
    QVERIFY(m_window->timeline()->isVisible());
}

void TestStageViews::portsExplorerShowsValues()
{
    enter(u"ports"_s);
    runDemo(); // explorer.port 21, explorer.port 5000
    PortExplorer *ports = m_window->explorers()->portExplorer();
    QTRY_VERIFY(ports->isVisible());
    QCOMPARE(ports->portText(), u"5000"_s);
    ports->checkListeners();
    for (const QString &name : QStringList {u"portRange"_s, u"portPrivilege"_s, u"portEphemeral"_s,
             u"portServices"_s, u"portListening"_s, u"kernelEphemeral"_s, u"kernelFloor"_s}) {
        auto *value = ports->findChild<QLabel *>(name);
        QVERIFY2(value, qPrintable(name));
        const QByteArray what = name.toUtf8() + " \"" + value->text().toUtf8() + "\" "
            + QByteArray::number(value->width()) + "×" + QByteArray::number(value->height());
        QVERIFY2(!value->text().isEmpty() && value->text() != u"\u2014"_s, what.constData());
        QVERIFY2(value->isVisible(), what.constData());
        // Wide enough for a few words, and tall enough for all its lines.
        QVERIFY2(value->width() >= 12 * value->fontMetrics().averageCharWidth(), what.constData());
        QVERIFY2(value->height() >= value->heightForWidth(value->width()), what.constData());
    }
}

void TestStageViews::diagramLabelsReadable_data()
{
    QTest::addColumn<bool>("presenting");
    QTest::newRow("normal") << false;
    QTest::newRow("presentation") << true;
}

void TestStageViews::diagramLabelsReadable()
{
    QFETCH(bool, presenting);
    m_window->setPresentation(presenting);
    enter(u"send"_s);
    runDemo(); // client.sendall of 59 bytes
    const int least = presenting ? 22 : 14;
    LayerDiagram *diagram = m_window->layerDiagram();
    QTRY_VERIFY(diagram->hasTransfer());
    const LiveSocket *client = m_window->lab()->client();
    const QString src = QString::number(client->laddr().port());
    const QString dst = QString::number(client->raddr().port());
    int smallest = 0;
    const QList<TextRecorder::Item> items = diagramText(&smallest);
    QStringList texts;
    for (const TextRecorder::Item &item : items)
        texts << item.text;
    const QString all = texts.join(u' ');
    const QByteArray what = QByteArray::number(diagram->width()) + "×"
        + QByteArray::number(diagram->height()) + ", smallest " + QByteArray::number(smallest)
        + " px: " + texts.join(u" | "_s).toUtf8();
    QVERIFY2(smallest >= least, what.constData());
    // Every header whole: name, size, ports, addresses, protocol number
    // (presentation's diagram shares the width with the timeline evenly).
    for (const QString &part :
        QStringList {u"data 59 B"_s, u"TCP 32 B"_s, u"src "_s + src, u"dst "_s + dst,
            u"IPv4 20 B"_s, u"127.0.0.1 → 127.0.0.1"_s, u"proto 6"_s, u"frame lo"_s}) {
        QVERIFY2(all.contains(part), qPrintable(part + u" in "_s + QString::fromUtf8(what)));
    }
    // Nothing cut but the payload's preview (in quotes, on its own line or
    // after the data box's size, or the end of a preview wrapped onto two lines).
    for (const QString &text : std::as_const(texts)) {
        const qsizetype quote = text.indexOf(u'"');
        QVERIFY2(!text.contains(u'…') || (quote >= 0 && quote < text.indexOf(u'…'))
                || (text.endsWith(u"…\""_s) && text.count(u'"') == 1),
            qPrintable(text + u" in "_s + QString::fromUtf8(what)));
    }
    m_window->setPresentation(false);
}

void TestStageViews::diagramAfterClose()
{
    enter(u"close"_s);
    LayerDiagram *diagram = m_window->layerDiagram();
    QVERIFY(!diagram->isClosed(LayerDiagram::Side::Client));
    QVERIFY(!diagram->isClosed(LayerDiagram::Side::Server));
    runDemo(); // conn.close(), client.close(), server.close()
    QVERIFY(diagram->isClosed(LayerDiagram::Side::Client));
    QVERIFY(diagram->isClosed(LayerDiagram::Side::Server));
    QVERIFY(!diagram->hasTransfer()); // no packet left on an open-looking wire
    QCOMPARE(diagram->bufferedBytes(LayerDiagram::Side::Client), 0);
    int smallest = 0;
    QStringList texts;
    for (const TextRecorder::Item &item : diagramText(&smallest))
        texts << item.text;
    const QString all = texts.join(u' ');
    QVERIFY2(all.contains(u"closed"_s), qPrintable(all));
    QVERIFY2(all.contains(u"no connection is left"_s), qPrintable(all));
    QVERIFY2(diagram->accessibleDescription().contains(u"closed"_s),
        qPrintable(diagram->accessibleDescription()));
}

// A stage that starts afresh starts with an empty diagram: after stage 30's
// UDP exchange and its closes, stage 31 showed the UDP server's port, a
// closed client and the close's sentence before any call of its own.
void TestStageViews::diagramForgetsTheLastStage()
{
    enter(u"datagrams"_s);
    runDemo();
    LayerDiagram *diagram = m_window->layerDiagram();
    QCOMPARE(diagram->flow().type, SOCK_DGRAM);
    QVERIFY(diagram->flow().sourcePort != 0 || diagram->flow().destinationPort != 0);
    enter(u"backlog"_s); // fresh panels: no `continues`
    QCOMPARE(diagram->flow().sourcePort, quint16(0));
    QCOMPARE(diagram->flow().destinationPort, quint16(0));
    QVERIFY(!diagram->isClosed(LayerDiagram::Side::Client));
    QVERIFY(!diagram->isClosed(LayerDiagram::Side::Server));
    QVERIFY(!diagram->hasTransfer());
    QVERIFY2(!diagram->summary().contains(u"close()"_s), qPrintable(diagram->summary()));
    QVERIFY2(!diagram->accessibleDescription().contains(u"UDP"_s),
        qPrintable(diagram->accessibleDescription()));
}

void TestStageViews::sendAfterPeerClosed()
{
    enter(u"send"_s); // a connection, nothing sent yet
    const LiveSocket *client = m_window->lab()->client();
    const quint16 serverPort = client->raddr().port();
    QVERIFY(serverPort != 0);
    QVERIFY(perform(u"server.close conn"_s));
    // The FIN arrives: the kernel says CLOSE_WAIT, and the state shown
    // follows; recv() still makes sense (the bytes before the FIN, then b'').
    QTRY_COMPARE(client->tcpInfo().state, TcpInfo::State::CloseWait);
    QCOMPARE(ShownState::of(*client), LiveSocket::State::PeerClosed);
    QCOMPARE(ShownState::label(*client), u"peer closed"_s);
    QCOMPARE(client->state(), LiveSocket::State::Connected);
    QVERIFY(perform(u"client.sendall after the close"_s)); // accepted by the kernel...
    QTRY_COMPARE(client->tcpInfo().state, TcpInfo::State::Closed); // ...and answered by RST
    QCOMPARE(ShownState::of(*client), LiveSocket::State::PeerClosed);
    QVERIFY(!client->raddr().isValid()); // getpeername: ENOTCONN
    // The diagram sends to the peer's real port.
    LayerDiagram *diagram = m_window->layerDiagram();
    QVERIFY(diagram->hasTransfer());
    QCOMPARE(diagram->flow().destinationPort, serverPort);
    int smallest = 0;
    QStringList texts;
    for (const TextRecorder::Item &item : diagramText(&smallest))
        texts << item.text;
    const QString all = texts.join(u' ');
    QVERIFY2(all.contains(u"dst %1"_s.arg(serverPort)), qPrintable(all));
    QVERIFY2(!all.contains(u"dst 0"_s), qPrintable(all));
}

void TestStageViews::timelineHasTheRoom_data()
{
    QTest::addColumn<QString>("stage");
    for (const char *id :
        {"client-connect", "send", "unix", "hang", "fix-eof", "datagrams", "backlog"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestStageViews::timelineHasTheRoom()
{
    QFETCH(QString, stage);
    enter(stage);
    runDemo();
    TimelineView *timeline = m_window->timeline();
    QVERIFY(timeline->isVisible());
    // 350 px at 1280x720: the sticky header (four lines of two lanes) and
    // about ten rows of calls, what a stage's demo makes, in sight without
    // scrolling; with many lanes (backlog's crowd) the header wraps, and
    // still at least six rows show under it.
    const QByteArray room = u"viewport %1, header %2, row %3"_s.arg(timeline->viewport()->height())
                                .arg(timeline->headerHeight())
                                .arg(timeline->rowHeight())
                                .toUtf8();
    QVERIFY2(timeline->viewport()->height() >= 350, room.constData());
    QVERIFY2(timeline->viewport()->height() >= timeline->headerHeight() + 6 * timeline->rowHeight(),
        room.constData());
    CallButtons *calls = m_window->callButtons();
    for (const bool open : {false, true}) {
        calls->setDrawerOpen(open);
        QCOMPARE(LessonWindow::settle(m_window.get()), QString()); // the layout
        QVERIFY2(timeline->viewport()->height() >= (open ? 200 : 350),
            qPrintable(QString::number(timeline->viewport()->height())));
        for (QPushButton *button : calls->buttons()) {
            const QByteArray what = (button->objectName() + u": "_s + button->text()).toUtf8();
            QVERIFY2(button->isVisible(), what.constData());
            QCOMPARE(button->text(), button->accessibleName());
            QVERIFY2(!button->text().contains(u'\u2026'), what.constData());
            // The label's width inside the button's frame and margins.
            QStyleOptionButton option;
            option.initFrom(button);
            const QRect inside
                = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
            QVERIFY2(button->fontMetrics().horizontalAdvance(button->text()) <= inside.width(),
                what.constData());
        }
    }
    calls->setDrawerOpen(false);
}

QTEST_MAIN(TestStageViews)
#include "tst_stageviews.moc"
