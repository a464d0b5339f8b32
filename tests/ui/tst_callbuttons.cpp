#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "core/net/resolver.h"
#include "ui/timeline/callbuttons.h"
#include "ui/timeline/callfields.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/widgets/wheelguard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

// The call buttons under the timeline's lanes, clicked for real (offscreen)
// on loopback: a whole TCP exchange and a UDP one, every button's geometry
// the same before and after each click; labels with their arguments that
// follow the fields; disabled buttons that stay in place and say why; the
// drawer's inline problems that keep the typed text; SO_REUSEADDR set
// before bind; and the wheel over a spin box that scrolls the view.
class TestCallButtons final : public QObject
{
    Q_OBJECT

private slots:
    void tcpExchangeButtonsNeverMove();
    void udpExchange();
    void labelsFollowFields();
    void badInputKeepsText();
    void reuseAddressBeforeBind();
    void unixSocketsAndShutdownHow();
    void getaddrinfoRowsInTheTimeline();
    void wheelScrollsTheView();

private:
    using Lane = CallButtons::Lane;
    using Call = CallButtons::Call;
    // Every button's place in the window.
    static QList<QRect> places(const CallButtons &calls);
    // Clicks one button (it must be enabled) and checks that no button moved.
    static bool click(CallButtons &calls, Lane lane, Call call);
};

QList<QRect> TestCallButtons::places(const CallButtons &calls)
{
    QList<QRect> rects;
    for (const QPushButton *button : calls.buttons())
        rects << QRect(button->mapTo(calls.window(), QPoint(0, 0)), button->size());
    return rects;
}

bool TestCallButtons::click(CallButtons &calls, Lane lane, Call call)
{
    QPushButton *button = calls.button(lane, call);
    if (!button || !button->isEnabled()) {
        qWarning("%s is disabled: %s", qPrintable(button ? button->accessibleName() : u"?"_s),
            qPrintable(button ? button->toolTip() : QString()));
        return false;
    }
    const QList<QRect> before = places(calls);
    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents();
    QApplication::sendPostedEvents(); // layouts settle
    const QList<QRect> after = places(calls);
    if (before != after) {
        qWarning("a button moved after %s", qPrintable(button->accessibleName()));
        return false;
    }
    return true;
}

void TestCallButtons::tcpExchangeButtonsNeverMove()
{
    QByteArray received; // outlives the Lab
    Lab lab;
    CallButtons calls(&lab);
    calls.resize(1000, calls.sizeHint().height());
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    calls.fields()->setEndpoint(u"127.0.0.1"_s, u"0"_s);

    // Nothing open: only socket() can be pressed; the rest are there, disabled, saying why.
    QVERIFY(calls.button(Lane::Server, Call::Socket)->isEnabled());
    QVERIFY(!calls.button(Lane::Server, Call::Bind)->isEnabled());
    QVERIFY(calls.button(Lane::Server, Call::Bind)->toolTip().contains(u"socket()"_s));
    QVERIFY(!calls.button(Lane::Conn, Call::Recv)->isEnabled());
    QVERIFY(calls.button(Lane::Conn, Call::Recv)->toolTip().contains(u"accept()"_s));
    QVERIFY(calls.button(Lane::Client, Call::Recvfrom)->isVisible());
    QCOMPARE(calls.button(Lane::Server, Call::Bind)->accessibleName(), u"bind(('127.0.0.1', 0))"_s);
    for (const QPushButton *button : calls.buttons())
        QVERIFY2(button->isVisible() && button->width() > 0, qPrintable(button->objectName()));

    QVERIFY(click(calls, Lane::Server, Call::Socket));
    QCOMPARE(lab.server()->state(), LiveSocket::State::Created);
    QVERIFY(!calls.button(Lane::Server, Call::Socket)->isEnabled());
    QVERIFY(click(calls, Lane::Server, Call::Bind));
    const quint16 port = lab.server()->laddr().port();
    QVERIFY(port != 0);
    QVERIFY(click(calls, Lane::Server, Call::Listen));
    QVERIFY(click(calls, Lane::Server, Call::Accept));
    QCOMPARE(lab.server()->pendingRead(), LiveSocket::Pending::Accept);
    QVERIFY(!calls.button(Lane::Server, Call::Accept)->isEnabled());
    QVERIFY(calls.button(Lane::Server, Call::Cancel)->isEnabled());

    // The client connects to the port the kernel chose (typed in the drawer).
    calls.fields()->setEndpoint(u"127.0.0.1"_s, QString::number(port));
    QCOMPARE(calls.button(Lane::Client, Call::Connect)->accessibleName(),
        u"connect(('127.0.0.1', %1))"_s.arg(port));
    QVERIFY(click(calls, Lane::Client, Call::Socket));
    QVERIFY(click(calls, Lane::Client, Call::Connect));
    QTRY_VERIFY(lab.conn());
    QTRY_COMPARE(lab.client()->state(), LiveSocket::State::Connected);
    QTRY_VERIFY(calls.button(Lane::Conn, Call::Recv)->isEnabled());
    QCOMPARE(calls.connection(), lab.conn());

    // The client sends, the connection reads chunk by chunk.
    calls.fields()->setMessage(u"Hello, world"_s);
    QVERIFY(click(calls, Lane::Client, Call::Sendall));
    QTRY_COMPARE(lab.conn()->bytesWaiting(), 12);
    connect(lab.conn(), &LiveSocket::received, this,
        [&received](const QByteArray &data) { received += data; });
    QVERIFY(click(calls, Lane::Conn, Call::Recv));
    QTRY_COMPARE(received, "Hello, w"_ba);
    QTRY_VERIFY(calls.button(Lane::Conn, Call::Recv)->isEnabled());
    QVERIFY(click(calls, Lane::Conn, Call::Recv));
    QTRY_COMPARE(received, "Hello, world"_ba);

    // The reply, then both ends close.
    calls.fields()->setMessage(u"Hi\\n"_s);
    QCOMPARE(calls.button(Lane::Conn, Call::Sendall)->accessibleName(), u"sendall(b'Hi\\n')"_s);
    QVERIFY(click(calls, Lane::Conn, Call::Sendall));
    QTRY_COMPARE(lab.client()->bytesWaiting(), 3);
    QVERIFY(click(calls, Lane::Client, Call::Recv));
    QVERIFY(click(calls, Lane::Client, Call::Shutdown));
    QVERIFY(click(calls, Lane::Conn, Call::Recv)); // b'': the client's FIN
    QTRY_COMPARE(lab.conn()->state(), LiveSocket::State::PeerClosed);
    QVERIFY(click(calls, Lane::Conn, Call::Close));
    QVERIFY(click(calls, Lane::Client, Call::Close));
    QVERIFY(click(calls, Lane::Server, Call::Close));
    QCOMPARE(lab.server()->state(), LiveSocket::State::Closed);
    QVERIFY(!calls.button(Lane::Server, Call::Close)->isEnabled());
    QVERIFY(calls.button(Lane::Server, Call::Close)->toolTip().contains(u"socket()"_s));
    QVERIFY(calls.button(Lane::Server, Call::Socket)->isEnabled());
    QCOMPARE(calls.errorText(Lane::Server), QString());
}

void TestCallButtons::udpExchange()
{
    QByteArray reply; // outlives the Lab
    Lab lab;
    CallButtons calls(&lab);
    calls.resize(1000, calls.sizeHint().height());
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    calls.fields()->setType(SOCK_DGRAM);
    calls.fields()->setEndpoint(u"127.0.0.1"_s, u"0"_s);
    QCOMPARE(calls.button(Lane::Server, Call::Socket)->accessibleName(),
        u"socket(AF_INET, SOCK_DGRAM)"_s);
    QVERIFY(click(calls, Lane::Server, Call::Socket));
    QVERIFY(!calls.button(Lane::Server, Call::Listen)->isEnabled());
    QVERIFY(calls.button(Lane::Server, Call::Listen)->toolTip().contains(u"SOCK_DGRAM"_s));
    QVERIFY(click(calls, Lane::Server, Call::Bind));
    const quint16 port = lab.server()->laddr().port();
    calls.fields()->setSendto(u"127.0.0.1:%1"_s.arg(port));
    calls.fields()->setRecvfromBufsize(4);
    QCOMPARE(calls.button(Lane::Client, Call::Sendto)->accessibleName(),
        u"sendto(b'Hi', ('127.0.0.1', %1))"_s.arg(port));
    QVERIFY(!calls.button(Lane::Server, Call::Sendto)->isEnabled()); // no addr yet
    QVERIFY(click(calls, Lane::Server, Call::Recvfrom));
    QCOMPARE(lab.server()->pendingRead(), LiveSocket::Pending::RecvFrom);

    QVERIFY(click(calls, Lane::Client, Call::Socket));
    calls.fields()->setMessage(u"Hello!"_s);
    QVERIFY(click(calls, Lane::Client, Call::Sendto));
    QTRY_COMPARE(lab.server()->pendingRead(), LiveSocket::Pending::None);
    // The reply goes to where the datagram came from.
    QTRY_VERIFY(calls.button(Lane::Server, Call::Sendto)->isEnabled());
    QCOMPARE(
        calls.button(Lane::Server, Call::Sendto)->accessibleName(), u"sendto(b'Hello!', addr)"_s);
    QVERIFY(click(calls, Lane::Client, Call::Recvfrom));
    connect(lab.client(), &LiveSocket::receivedFrom, this,
        [&reply](const QByteArray &data) { reply = data; });
    QVERIFY(click(calls, Lane::Server, Call::Sendto));
    QTRY_COMPARE(reply, "Hell"_ba); // recvfrom(4): the rest of the datagram is lost
}

void TestCallButtons::labelsFollowFields()
{
    Lab lab;
    CallButtons calls(&lab);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    calls.fields()->setBacklog(5);
    calls.fields()->setBufsize(1024);
    calls.fields()->setEndpoint(u"::1"_s, u"6000"_s);
    QCOMPARE(calls.label(Lane::Server, Call::Listen), u"listen(5)"_s);
    QCOMPARE(calls.button(Lane::Conn, Call::Recv)->accessibleName(), u"recv(1024)"_s);
    QCOMPARE(calls.button(Lane::Client, Call::Recv)->accessibleName(), u"recv(1024)"_s);
    QCOMPARE(
        calls.button(Lane::Server, Call::Bind)->accessibleName(), u"bind(('::1', 6000, 0, 0))"_s);
    QCOMPARE(calls.button(Lane::Client, Call::Socket)->accessibleName(),
        u"socket(AF_INET6, SOCK_STREAM)"_s);
    QCOMPARE(calls.label(Lane::Client, Call::Shutdown), u"shutdown(SHUT_WR)"_s);
    QCOMPARE(calls.label(Lane::Client, Call::Close), u"close()"_s);
    // A label longer than its button is shortened on the button only.
    calls.resize(calls.minimumSizeHint().width(), calls.height());
    calls.fields()->setMessage(QString(60, u'x'));
    QPushButton *send = calls.button(Lane::Client, Call::Sendall);
    QCOMPARE(send->accessibleName(), u"sendall(b'%1')"_s.arg(QString(60, u'x')));
    QVERIFY(send->text().size() < send->accessibleName().size());
    QVERIFY(send->toolTip().startsWith(send->accessibleName()));
}

void TestCallButtons::badInputKeepsText()
{
    Lab lab;
    CallButtons calls(&lab);
    calls.setDrawerOpen(true);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    QVERIFY(click(calls, Lane::Server, Call::Socket));
    auto *port = calls.fields()->findChild<QLineEdit *>(u"port"_s);
    auto *message = calls.fields()->findChild<QLineEdit *>(u"message"_s);
    auto *problem = calls.fields()->findChild<QLabel *>(u"fieldsProblem"_s);
    QVERIFY(port && message && problem);
    port->clear();
    QTest::keyClicks(port, u"70000"_s);
    message->setText(u"bad \\q escape"_s);
    QCOMPARE(port->text(), u"70000"_s);
    QCOMPARE(message->text(), u"bad \\q escape"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"port"_s) && problem->text().contains(u"65535"_s),
        qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(u"message"_s), qPrintable(problem->text()));
    // The buttons that need them are disabled and say which field.
    QPushButton *bind = calls.button(Lane::Server, Call::Bind);
    QVERIFY(!bind->isEnabled());
    QVERIFY2(bind->toolTip().contains(u"65535"_s), qPrintable(bind->toolTip()));
    QVERIFY(!calls.button(Lane::Client, Call::Sendto)->isEnabled());
    // Fixed, the problem goes and the typed text stays.
    port->setText(u"0"_s);
    message->setText(u"ok"_s);
    QVERIFY(problem->isHidden());
    QVERIFY(bind->isEnabled());
}

void TestCallButtons::reuseAddressBeforeBind()
{
    QList<CallEvent> events; // outlives the Lab, whose end records close() calls
    Lab lab;
    CallButtons calls(&lab);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    calls.fields()->setEndpoint(u"127.0.0.1"_s, u"0"_s);
    calls.fields()->setReuseAddress(true);
    connect(&lab, &Lab::callRecorded, this, [&events](const CallEvent &e) { events << e; });
    QVERIFY(click(calls, Lane::Server, Call::Socket));
    QVERIFY(click(calls, Lane::Server, Call::Bind));
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(1).call, CallEvent::Call::Setsockopt);
    QCOMPARE(events.at(1).option, u"SO_REUSEADDR"_s);
    QCOMPARE(events.at(1).optionValue, 1);
    QCOMPARE(events.at(2).call, CallEvent::Call::Bind);
    QVERIFY(lab.server()->socket().reuseAddress());
}

void TestCallButtons::unixSocketsAndShutdownHow()
{
    Lab lab;
    CallButtons calls(&lab);
    calls.resize(1000, calls.sizeHint().height());
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    const QString path = lab.folder() + u"/calls.sock"_s;
    calls.fields()->setFamily(AF_UNIX);
    calls.fields()->setPath(path);
    QCOMPARE(calls.label(Lane::Server, Call::Socket), u"socket(AF_UNIX, SOCK_STREAM)"_s);
    QCOMPARE(calls.label(Lane::Server, Call::Bind), u"bind('%1')"_s.arg(path));
    QCOMPARE(calls.label(Lane::Client, Call::Connect), u"connect('%1')"_s.arg(path));
    QVERIFY(click(calls, Lane::Server, Call::Socket));
    QVERIFY(click(calls, Lane::Server, Call::Bind));
    QCOMPARE(lab.server()->laddr().path(), path);
    QVERIFY(click(calls, Lane::Server, Call::Listen));
    QVERIFY(click(calls, Lane::Server, Call::Accept));
    QVERIFY(click(calls, Lane::Client, Call::Socket));
    QCOMPARE(lab.client()->socket().family(), AF_UNIX);
    QVERIFY(click(calls, Lane::Client, Call::Connect));
    QTRY_VERIFY(lab.conn());
    QTRY_VERIFY(calls.button(Lane::Conn, Call::Shutdown)->isEnabled());

    // shutdown's how comes from the drawer; both ends say so in their labels.
    calls.fields()->setShutdownHow(SHUT_RD);
    QCOMPARE(calls.label(Lane::Conn, Call::Shutdown), u"shutdown(SHUT_RD)"_s);
    QVERIFY(click(calls, Lane::Conn, Call::Shutdown));
    QCOMPARE(calls.errorText(Lane::Conn), QString());
    calls.fields()->setShutdownHow(SHUT_RDWR);
    QCOMPARE(calls.label(Lane::Client, Call::Shutdown), u"shutdown(SHUT_RDWR)"_s);
    QVERIFY(click(calls, Lane::Client, Call::Shutdown));
    QCOMPARE(calls.errorText(Lane::Client), QString());

    // A path longer than sun_path holds is kept as typed and said inline.
    const QString tooLong = u"/tmp/"_s + QString(120, u'x');
    calls.fields()->setPath(tooLong);
    QVERIFY2(
        calls.fields()->problem().startsWith(u"path:"_s), qPrintable(calls.fields()->problem()));
    QVERIFY(calls.label(Lane::Server, Call::Bind).startsWith(u"bind((?)"_s));
    QCOMPARE(calls.fields()->findChild<QLineEdit *>(u"path"_s)->text(), tooLong);
}

void TestCallButtons::getaddrinfoRowsInTheTimeline()
{
    Lab lab;
    TimelineModel model;
    connect(&lab, &Lab::callRecorded, &model, &TimelineModel::record);
    CallButtons calls(&lab);
    calls.show();
    QVERIFY(QTest::qWaitForWindowExposed(&calls));
    calls.fields()->setEndpoint(u"127.0.0.1"_s, u"5000"_s);
    QCOMPARE(calls.label(Lane::Client, Call::Getaddrinfo), u"getaddrinfo('127.0.0.1', 5000)"_s);
    QVERIFY(click(calls, Lane::Client, Call::Getaddrinfo));
    QTRY_VERIFY(!lab.clientResolver()->isBusy());
    QTRY_VERIFY(calls.button(Lane::Client, Call::Getaddrinfo)->isEnabled());
    // Its row in the client's lane holds the rows getaddrinfo returned.
    QString result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(TimelineModel::StatementRole).toString().contains(u"getaddrinfo"_s))
            result = index.data(TimelineModel::ResultRole).toString();
    }
    QVERIFY2(result.contains(u"SOCK_STREAM"_s) && result.contains(u"('127.0.0.1', 5000)"_s),
        qPrintable(result));
}

void TestCallButtons::wheelScrollsTheView()
{
    // A tall column of fields in a scroll area; the wheel over an unfocused
    // spin box scrolls the area and leaves the value alone.
    QScrollArea area;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *other = new QLineEdit(content); // has the focus, as after typing elsewhere
    auto *spin = new QSpinBox(content);
    spin->setRange(1, 100);
    spin->setValue(8);
    WheelGuard::guard(spin);
    layout->addWidget(other);
    layout->addSpacing(200);
    layout->addWidget(spin);
    layout->addSpacing(2000);
    area.setWidget(content);
    area.resize(300, 400);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QCOMPARE(spin->focusPolicy(), Qt::StrongFocus);
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const auto wheel = [spin] {
        const QPoint at = spin->rect().center();
        QWheelEvent event(at, spin->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(spin, &event);
    };
    const int before = area.verticalScrollBar()->value();
    wheel();
    QCOMPARE(spin->value(), 8);
    QVERIFY(area.verticalScrollBar()->value() > before);
    // Focused (clicked or tabbed into), it takes the wheel.
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    const int scrolled = area.verticalScrollBar()->value();
    wheel();
    QCOMPARE(spin->value(), 7);
    QCOMPARE(area.verticalScrollBar()->value(), scrolled);
}

QTEST_MAIN(TestCallButtons)
#include "tst_callbuttons.moc"
