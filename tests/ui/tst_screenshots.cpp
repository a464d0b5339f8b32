#include "core/bytes/chunkmodel.h"
#include "paneldriver.h"
#include "ui/lanes/bytesview.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/sendbox.h"
#include "ui/lanes/socketpanel.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/mainwindow.h"

#include <QDir>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The window after the lesson's exchange at the two sizes people project:
// no call button cut off sideways (panels scroll only down). With
// SOCKETLAB_SHOTS_DIR set, the window is saved there as window-WxH.png.
class TestScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exchangeFits_data();
    void exchangeFits();
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScreenshots::exchangeFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestScreenshots::exchangeFits()
{
    QFETCH(QSize, size);
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SocketPanel *server = window.serverPanel();
    SocketPanel *client = window.clientPanel();

    QVERIFY(!server->perform(u"socket"_s));
    QVERIFY(!server->perform(u"bind"_s, {u"127.0.0.1"_s, u"0"_s}));
    QVERIFY(!server->perform(u"listen"_s, {u"1"_s}));
    QVERIFY(!server->perform(u"accept"_s));
    const QString port = QString::number(server->socket()->laddr().port());
    const QString connected = PanelDriver::connect(client, u"127.0.0.1"_s, port.toUShort());
    QVERIFY2(connected.isEmpty(), qPrintable(connected));
    QTRY_COMPARE(server->connections().size(), 1);
    QVERIFY(PanelDriver::send(client, u"Grüße über TCP ✓\\x00\\n"_s, true).isEmpty());
    QTRY_VERIFY(server->currentConnection()->bytesWaiting() > 0);
    const QByteArray sent = server->currentConnection() ? QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                                     "e \xc3\xbc"
                                                                     "ber TCP \xe2\x9c\x93\x00\n",
                                23)
                                                        : QByteArray();
    for (int i = 0; i < 8 && server->currentConnectionView()->receivedBytes().size() < sent.size();
         ++i) {
        const QString r = PanelDriver::recvOnce(server, 8);
        QVERIFY2(r.isEmpty(), qPrintable(r));
    }
    QCOMPARE(server->currentConnectionView()->receivedBytes(), sent);
    server->currentConnectionView()->sendBox()->setText(u"Angekommen."_s);
    for (ConnectionView *view : window.findChildren<ConnectionView *>()) {
        view->chunkModel()->flush();
        view->bytesView()->refresh();
    }
    window.transcriptTabs()->flush();
    QTest::qWait(50); // let layouts settle before measuring

    for (QScrollArea *area : window.findChildren<QScrollArea *>()) {
        if (!area->isVisible() || !qobject_cast<SocketPanel *>(area->widget()))
            continue;
        const int viewportWidth = area->viewport()->width();
        for (QPushButton *b : area->widget()->findChildren<QPushButton *>()) {
            if (!b->isVisible())
                continue;
            const QPoint right = b->mapTo(area->viewport(), QPoint(b->width(), 0));
            QVERIFY2(right.x() <= viewportWidth + 1,
                qPrintable(u"%1 cut off: right edge %2 > %3"_s.arg(b->text()).arg(right.x()).arg(
                    viewportWidth)));
        }
    }

    const QString dir = qEnvironmentVariable("SOCKETLAB_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        const QString path = dir % u"/window-"_s % QString::number(size.width()) % u'x'
            % QString::number(size.height()) % u".png"_s;
        QVERIFY(window.grab().save(path));
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
