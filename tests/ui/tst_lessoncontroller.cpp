#include "ui/lesson/lessoncontroller.h"

#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/timeline/callbuttons.h"
#include "ui/timeline/callfields.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The lesson driving the real main window offscreen, on real loopback
// sockets: every stage of the built-in lesson is entered, its demo run
// through the Lab, and its expectations checked against what the Lab
// reports; the presenter keys work at window level but still type in text
// fields; going back to an earlier stage leaves no socket open.
class TestLessonController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyStage_data();
    void everyStage();
    void connectPairsEndpoints();
    void goingBackResets();
    void restartShowsTheTakenPort();
    void clientRoleKeepsTakenPort_data();
    void clientRoleKeepsTakenPort();
    void windowKeys_data();
    void windowKeys();
    void keysStillTypeInTextFields();
    void keysStayWithFocusedButtonsAndViews();

private:
    void enter(int index);
    void runDemo();

    std::unique_ptr<MainWindow> m_window;
    LessonController *m_controller = nullptr;
    LessonPanel *m_panel = nullptr;
};

void TestLessonController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_controller = new LessonController(m_window.get(), m_window.get());
    m_controller->setPace(0);
    LessonError error;
    const Lesson lesson = Lesson::load(Lesson::builtInDirectory(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    m_controller->setLesson(
        lesson, 0); // a free port: other tests may run the lesson at the same time
    m_panel = m_controller->lessonPanel();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_controller->isBusy());
}

void TestLessonController::cleanupTestCase()
{
    m_window.reset();
}

void TestLessonController::enter(int index)
{
    if (m_panel->currentIndex() != index)
        m_panel->setCurrentIndex(index);
    else
        m_controller->enterStage(index);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
    QCOMPARE(m_panel->currentIndex(), index);
}

void TestLessonController::runDemo()
{
    QSignalSpy finished(m_controller, &LessonController::demoFinished);
    m_controller->runDemo();
    QVERIFY(finished.wait(20000));
    QVERIFY2(m_controller->lastDemoPassed(), qPrintable(m_controller->failures().join(u'\n')));
    QVERIFY(m_panel->result().contains(u"\u2714"_s)); // a mark besides any colour
}

void TestLessonController::everyStage_data()
{
    QTest::addColumn<int>("index");
    const Lesson &lesson = m_panel->lesson();
    for (int i = 0; i < lesson.count(); ++i)
        QTest::newRow(qPrintable(lesson.stage(i).id)) << i;
}

void TestLessonController::everyStage()
{
    QFETCH(int, index);
    enter(index);
    runDemo();
}

void TestLessonController::connectPairsEndpoints()
{
    enter(int(m_panel->lesson().indexOf(u"client-connect"_s)));
    runDemo();
    const std::optional<QByteArray> connRaddr = m_window->lab()->value(u"server.conn.raddr"_s);
    QVERIFY(connRaddr);
    QCOMPARE(connRaddr, m_window->lab()->value(u"client.laddr"_s));
    QCOMPARE(m_window->lab()->value(u"client.raddr"_s),
        QByteArray("127.0.0.1:" + QByteArray::number(m_controller->port())));
}

void TestLessonController::goingBackResets()
{
    enter(int(m_panel->lesson().indexOf(u"reply"_s)));
    runDemo();
    QCOMPARE(m_window->lab()->server()->state(), LiveSocket::State::Listening);
    // Back to the first socket stage: nothing of the later stage is left open.
    enter(int(m_panel->lesson().indexOf(u"server-bind"_s)));
    const auto open = [](const LiveSocket *socket) {
        return socket->state() != LiveSocket::State::Unopened
            && socket->state() != LiveSocket::State::Closed;
    };
    QVERIFY(!open(m_window->lab()->server()));
    QVERIFY(!open(m_window->lab()->client()));
    QCOMPARE(m_window->lab()->connections().size(), 0); // forgotten, not piled up
    QCOMPARE(m_window->lab()->value(u"server.error"_s), QByteArray("none"));
    runDemo(); // binds the lesson port again: no EADDRINUSE
    // And forward again to a stage that continues others: its start state is rebuilt.
    enter(int(m_panel->lesson().indexOf(u"recv"_s)));
    QCOMPARE(m_window->lab()->value(u"server.conn.state"_s), QByteArray("connected"));
    QCOMPARE(m_window->lab()->connections().size(), 1);
    QCOMPARE(m_window->lab()->connections().constFirst()->name(), u"conn"_s);
    QCOMPARE(m_window->callButtons()->connection(), m_window->lab()->connections().constFirst());
    runDemo();
}

// A bind the Lab makes for the demo shows under the call buttons as a click
// would: the port it tried in the fields (bind() and the client's connect()
// aim there), the error inline.
void TestLessonController::restartShowsTheTakenPort()
{
    enter(int(m_panel->lesson().indexOf(u"restart"_s)));
    runDemo();
    CallButtons *calls = m_window->callButtons();
    using Lane = CallButtons::Lane;
    const QString port = calls->fields()->port();
    QVERIFY(port != u"0"_s && port.toInt() > 0);
    const QString error = calls->errorText(Lane::Server);
    QVERIFY2(error.contains(u"EADDRINUSE"_s), qPrintable(error));
    QVERIFY2(error.contains(u"port "_s + port + u" is "_s), qPrintable(error));
    QCOMPARE(calls->label(Lane::Server, CallButtons::Call::Bind),
        u"bind(('127.0.0.1', %1))"_s.arg(port));
    QCOMPARE(calls->label(Lane::Client, CallButtons::Call::Connect),
        u"connect(('127.0.0.1', %1))"_s.arg(port));
}

void TestLessonController::clientRoleKeepsTakenPort_data()
{
    QTest::addColumn<int>("roles");
    QTest::addColumn<bool>("callsFollow");
    QTest::newRow("both") << int(MainWindow::Roles::Both) << true;
    QTest::newRow("client") << int(MainWindow::Roles::Client) << false;
}

// --port N with N taken: the lesson moves to a free port; the call buttons follow
// it, but a client-only window stays aimed at N, where its server is (README).
void TestLessonController::clientRoleKeepsTakenPort()
{
    QFETCH(int, roles);
    QFETCH(bool, callsFollow);
    Lab holder; // someone else's server on the port
    holder.setNetwork(Lab::Network::Host);
    QSignalSpy performed(&holder, &Lab::performed);
    QString error;
    for (const QString &step :
        {u"server.socket"_s, u"server.bind 127.0.0.1 0"_s, u"server.listen 1"_s}) {
        holder.perform(*DemoAction::parse(step, &error));
        QVERIFY(performed.wait(10000));
    }
    const quint16 taken = holder.server()->laddr().port();
    MainWindow window;
    // The holder is on this machine's network, where the lesson meets it.
    window.lab()->setNetwork(Lab::Network::Host);
    window.setDefaultEndpoint(u"127.0.0.1"_s, QString::number(taken));
    window.setAllowedRoles(MainWindow::Roles(roles));
    auto *controller = new LessonController(&window, &window);
    controller->setPace(0);
    LessonError lessonError;
    controller->setLesson(Lesson::load(Lesson::builtInDirectory(), &lessonError), taken);
    QVERIFY(controller->port() != taken);
    QTRY_VERIFY(!controller->isBusy());
    const QString expected = QString::number(callsFollow ? controller->port() : taken);
    QCOMPARE(window.callButtons()->fields()->port(), expected);

    // On the lab network the holder is elsewhere: its port is free there.
    MainWindow labWindow;
    if (labWindow.lab()->effectiveNetwork() == Lab::Network::Lab) {
        auto *labController = new LessonController(&labWindow, &labWindow);
        labController->setPace(0);
        labController->setLesson(Lesson::load(Lesson::builtInDirectory(), &lessonError), taken);
        QCOMPARE(labController->port(), taken);
        QTRY_VERIFY(!labController->isBusy());
    }
}

void TestLessonController::windowKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    const int last = int(m_panel->lesson().count()) - 1;
    QTest::newRow("Right") << int(Qt::Key_Right) << 2 << 3;
    QTest::newRow("PageDown") << int(Qt::Key_PageDown) << 2 << 3;
    QTest::newRow("Space") << int(Qt::Key_Space) << 2 << 3;
    QTest::newRow("Left") << int(Qt::Key_Left) << 2 << 1;
    QTest::newRow("PageUp") << int(Qt::Key_PageUp) << 2 << 1;
    QTest::newRow("Backspace") << int(Qt::Key_Backspace) << 2 << 1;
    QTest::newRow("Home") << int(Qt::Key_Home) << 4 << 0;
    QTest::newRow("End") << int(Qt::Key_End) << 4 << last;
}

void TestLessonController::windowKeys()
{
    QFETCH(int, key);
    QFETCH(int, from);
    QFETCH(int, to);
    enter(from);
    // Focus on a call button, outside the lesson panel: the keys a button has no use for.
    QPushButton *button
        = m_window->callButtons()->button(CallButtons::Lane::Server, CallButtons::Call::Socket);
    QVERIFY(button);
    button->setFocus();
    QTest::keyClick(button, Qt::Key(key));
    // Space presses the focused button instead (see keysStayWithFocusedButtonsAndViews).
    QCOMPARE(m_panel->currentIndex(), key == Qt::Key_Space ? from : to);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
    // Also when the key goes to the window itself, nothing focused.
    enter(from);
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    QTest::keyClick(m_window.get(), Qt::Key(key));
    QCOMPARE(m_panel->currentIndex(), to);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
}

void TestLessonController::keysStillTypeInTextFields()
{
    const int stage = int(m_panel->lesson().indexOf(u"server-bind"_s));
    enter(stage);
    m_window->callButtons()->setDrawerOpen(true);
    const QList<QLineEdit *> fields
        = m_window->callButtons()->fields()->findChildren<QLineEdit *>();
    QVERIFY(!fields.isEmpty());
    QLineEdit *field = fields.constFirst();
    field->setFocus();
    field->setText(u"ab"_s);
    field->setCursorPosition(2);
    QTest::keyClick(field, Qt::Key_Space, Qt::NoModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClick(field, Qt::Key_Left);
    QTest::keyClick(field, Qt::Key_Space, Qt::NoModifier);
    QCOMPARE(m_panel->currentIndex(), stage);
    QCOMPARE(field->text(), u"a b"_s);
    m_window->callButtons()->setDrawerOpen(false);
}

// Space presses the focused button, End moves in the focused transcript:
// neither changes the stage (which would close the sockets). A clicker's
// PageDown still does, with a button focused.
void TestLessonController::keysStayWithFocusedButtonsAndViews()
{
    const int listen = int(m_panel->lesson().indexOf(u"server-accept"_s));
    enter(listen);
    QPushButton *accept
        = m_window->callButtons()->button(CallButtons::Lane::Server, CallButtons::Call::Accept);
    QVERIFY(accept && accept->isVisible() && accept->isEnabled());
    accept->setFocus();
    QTRY_VERIFY(accept->hasFocus());
    QSignalSpy clicked(accept, &QPushButton::clicked);
    QTest::keyClick(accept, Qt::Key_Space);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(m_panel->currentIndex(), listen);
    QCOMPARE(m_window->lab()->server()->pending(), LiveSocket::Pending::Accept);
    // accept() waits, so its button is disabled and the focus moved on (a
    // call button never keeps a call that cannot be made twice).
    QWidget *focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : m_window.get(), Qt::Key_PageDown);
    QTRY_COMPARE(m_panel->currentIndex(), listen + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);

    QPlainTextEdit *transcript = m_window->transcriptTabs()->textView(TranscriptView::ServerTab);
    QVERIFY(transcript);
    transcript->setFocus();
    QTRY_VERIFY(transcript->hasFocus());
    QTest::keyClick(transcript, Qt::Key_End);
    QTest::keyClick(transcript, Qt::Key_Home);
    QTest::keyClick(transcript, Qt::Key_Space);
    QCOMPARE(m_panel->currentIndex(), listen + 1);
}

QTEST_MAIN(TestLessonController)
#include "tst_lessoncontroller.moc"
