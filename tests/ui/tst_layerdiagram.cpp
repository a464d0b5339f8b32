#include "ui/diagram/layerdiagram.h"

#include "core/net/endpoint.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QVariantAnimation>

using namespace Qt::StringLiterals;

namespace {

Encapsulation::Flow loopbackFlow(int type = SOCK_STREAM)
{
    Encapsulation::Flow f;
    f.family = AF_INET;
    f.type = type;
    f.sourceHost = u"127.0.0.1"_s;
    f.sourcePort = 55971;
    f.destinationHost = u"127.0.0.1"_s;
    f.destinationPort = 5000;
    return f;
}

Encapsulation::Path loopbackPath()
{
    Encapsulation::Path p;
    p.interfaceName = u"lo"_s;
    p.mtu = 65536;
    p.linkType = QNetworkInterface::Loopback;
    p.local = true;
    p.tcpOptionBytes = 12;
    return p;
}

Encapsulation::Flow reversed(Encapsulation::Flow f)
{
    std::swap(f.sourceHost, f.destinationHost);
    std::swap(f.sourcePort, f.destinationPort);
    return f;
}

} // namespace

class TestLayerDiagram final : public QObject
{
    Q_OBJECT

private slots:
    void sizeHintIsSane();
    void sizeHintFollowsFont();
    void clickEachLayer_data();
    void clickEachLayer();
    void keyboardExplainsLayers();
    void highlightedLayers();
    void litLayersExplainThemselves();
    void transferWithoutAnimationEndsAtOnce();
    void transferServerToClientFillsClientBuffer();
    void packetBesideTheBoxes_data();
    void packetBesideTheBoxes();
    void transferAnimatesAndStops();
    void switchingAnimationOffJumpsToEnd();
    void newTransferFinishesTheRunningOne();
    void setBufferedBytesOverrides();
    void kernelCountDuringTransferIsNotDoubled();
    void flowAndPathAreShown();
    void payloadPreview_data();
    void payloadPreview();
    void paintsEveryStateAtTwoSizes_data();
    void paintsEveryStateAtTwoSizes();
};

void TestLayerDiagram::sizeHintIsSane()
{
    LayerDiagram d;
    const QSize hint = d.sizeHint();
    const QSize minimum = d.minimumSizeHint();
    QVERIFY(hint.width() > hint.height());
    QVERIFY(minimum.width() > 200 && minimum.height() > 150);
    QVERIFY(minimum.width() <= hint.width() && minimum.height() <= hint.height());
    // It must fit a 1280×720 projector beside the panels.
    QVERIFY2(hint.width() <= 1000 && hint.height() <= 720,
        qPrintable(u"%1×%2"_s.arg(hint.width()).arg(hint.height())));
}

void TestLayerDiagram::sizeHintFollowsFont()
{
    LayerDiagram d;
    const QSize before = d.sizeHint();
    QFont bigger = d.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    d.setFont(bigger);
    QVERIFY(d.sizeHint().width() > before.width() * 3 / 2);
    QVERIFY(d.sizeHint().height() > before.height() * 3 / 2);
}

void TestLayerDiagram::clickEachLayer_data()
{
    QTest::addColumn<LayerDiagram::Side>("side");
    QTest::addColumn<QString>("layer");
    for (const auto side : {LayerDiagram::Side::Client, LayerDiagram::Side::Server}) {
        for (const QString &layer : {u"application"_s, u"transport"_s, u"internet"_s, u"link"_s}) {
            const QString tag
                = (side == LayerDiagram::Side::Client ? u"client "_s : u"server "_s) % layer;
            QTest::newRow(qPrintable(tag)) << side << layer;
        }
    }
}

void TestLayerDiagram::clickEachLayer()
{
    QFETCH(LayerDiagram::Side, side);
    QFETCH(QString, layer);

    LayerDiagram d;
    d.resize(640, 480);
    d.setFlow(loopbackFlow(), loopbackPath());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));

    QSignalSpy clicked(&d, &LayerDiagram::layerClicked);
    const QRect box = d.layerRect(side, layer);
    QVERIFY(!box.isEmpty());
    QVERIFY(d.rect().contains(box));
    QTest::mouseClick(&d, Qt::LeftButton, {}, box.center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), layer);
    QCOMPARE(d.explainedLayer(), layer);
    QVERIFY(!LayerDiagram::explanation(layer).isEmpty());
    QVERIFY(d.accessibleDescription().contains(u"127.0.0.1:55971"_s));

    // A click outside every layer explains nothing new.
    QTest::mouseClick(&d, Qt::LeftButton, {}, QPoint(d.width() / 2, 2));
    QCOMPARE(clicked.count(), 1);
}

void TestLayerDiagram::keyboardExplainsLayers()
{
    LayerDiagram d;
    d.resize(640, 480);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.setFocus();
    QSignalSpy clicked(&d, &LayerDiagram::layerClicked);
    QTest::keyClick(&d, Qt::Key_Down);
    QTest::keyClick(&d, Qt::Key_Down);
    QTest::keyClick(&d, Qt::Key_Space);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), u"internet"_s);
    QTest::keyClick(&d, Qt::Key_Up);
    QTest::keyClick(&d, Qt::Key_Up);
    QTest::keyClick(&d, Qt::Key_Up);
    QTest::keyClick(&d, Qt::Key_Return);
    QCOMPARE(clicked.count(), 2);
    QCOMPARE(clicked.at(1).at(0).toString(), u"link"_s);
    QTest::keyClick(&d, Qt::Key_Escape);
    QVERIFY(d.explainedLayer().isEmpty());
}

void TestLayerDiagram::highlightedLayers()
{
    LayerDiagram d;
    d.setHighlightedLayers({u"Transport"_s, u"physical"_s, u"link"_s});
    QCOMPARE(d.highlightedLayers(), (QStringList {u"transport"_s, u"link"_s}));
    d.setHighlightedLayers({});
    QVERIFY(d.highlightedLayers().isEmpty());
    QVERIFY(LayerDiagram::explanation(u"physical"_s).isEmpty());
}

// A stage's lit layers explain themselves in the box under the hosts until
// a layer is clicked: one layer in full, several one line each.
void TestLayerDiagram::litLayersExplainThemselves()
{
    LayerDiagram d;
    d.setHighlightedLayers({u"application"_s});
    QVERIFY2(
        d.summary().contains(LayerDiagram::explanation(u"application"_s)), qPrintable(d.summary()));
    const QStringList all {u"application"_s, u"transport"_s, u"internet"_s, u"link"_s};
    d.setHighlightedLayers(all);
    for (const QString &layer : all) {
        QVERIFY(!LayerDiagram::shortExplanation(layer).isEmpty());
        QVERIFY2(
            d.summary().contains(LayerDiagram::shortExplanation(layer)), qPrintable(d.summary()));
        QVERIFY(!d.summary().contains(LayerDiagram::explanation(layer)));
    }
    // A box too small for all that gets the brief text: a lit layer's one
    // line, without the click hint (normal mode's narrow diagram).
    d.setHighlightedLayers({u"transport"_s});
    QVERIFY(d.summary().contains(LayerDiagram::explanation(u"transport"_s)));
    QCOMPARE(
        d.summary(LayerDiagram::Length::Brief), LayerDiagram::shortExplanation(u"transport"_s));
    QVERIFY(d.summary().size() > d.summary(LayerDiagram::Length::Brief).size());
    // A click explains the clicked layer alone.
    d.setExplainedLayer(u"internet"_s);
    QVERIFY(d.summary().contains(LayerDiagram::explanation(u"internet"_s)));
    QVERIFY(!d.summary().contains(LayerDiagram::shortExplanation(u"link"_s)));
}

void TestLayerDiagram::packetBesideTheBoxes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("minimumPixels");
    QTest::addColumn<bool>("compact");
    QTest::newRow("wide") << QSize(1280, 720) << 14 << false;
    // Presentation's diagram beside the timeline: a third of 1280 px at 22 px type.
    QTest::newRow("presentation third") << QSize(410, 600) << 22 << true;
    QTest::newRow("narrow column") << QSize(300, 520) << 14 << true;
}

// Once a send arrived, each header rests between the two hosts' boxes of
// its layer, in the compact layout too (its boxes then slim bars).
void TestLayerDiagram::packetBesideTheBoxes()
{
    QFETCH(QSize, size);
    QFETCH(int, minimumPixels);
    QFETCH(bool, compact);
    for (const auto direction :
        {LayerDiagram::Direction::ClientToServer, LayerDiagram::Direction::ServerToClient}) {
        LayerDiagram d;
        d.resize(size);
        d.setMinimumTextPixelSize(minimumPixels);
        d.setAnimationEnabled(false);
        d.setFlow(loopbackFlow(), loopbackPath());
        const QByteArray message = "Gr\xc3\xbc"
                                   "ezi, server! These bytes left the client.";
        d.showTransfer(direction, message, -1,
            Encapsulation::compute(loopbackFlow(), message.size(), loopbackPath()));
        QCOMPARE(d.isCompact(), compact);
        for (const QString &layer : {u"application"_s, u"transport"_s, u"internet"_s, u"link"_s}) {
            const QRect packet = d.packetRect(layer);
            QVERIFY2(packet.width() > 0 && packet.height() > 0, qPrintable(layer));
            QVERIFY(d.rect().contains(packet));
            for (const auto side : {LayerDiagram::Side::Client, LayerDiagram::Side::Server}) {
                const QRect box = d.layerRect(side, layer);
                QVERIFY2(!packet.intersects(box),
                    qPrintable(u"%1: packet %2,%3 %4 wide, box %5,%6 %7 wide"_s.arg(layer)
                                   .arg(packet.x())
                                   .arg(packet.y())
                                   .arg(packet.width())
                                   .arg(box.x())
                                   .arg(box.y())
                                   .arg(box.width())));
            }
        }
        QImage image(d.size(), QImage::Format_ARGB32);
        d.render(&image); // paints the slim layout without complaint
    }
}

void TestLayerDiagram::transferWithoutAnimationEndsAtOnce()
{
    LayerDiagram d;
    d.resize(640, 480);
    d.setAnimationEnabled(false);
    QSignalSpy finished(&d, &LayerDiagram::transferFinished);
    const QByteArray message = "Hello, world!";
    const auto e = Encapsulation::compute(loopbackFlow(), message.size(), loopbackPath());
    d.showTransfer(LayerDiagram::Direction::ClientToServer, message, -1, e);

    QCOMPARE(finished.count(), 1);
    QVERIFY(!d.isAnimating());
    QVERIFY(d.hasTransfer());
    QCOMPARE(d.transferProgress(), 1.0);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Server), 13);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Client), 0);
    const QString description = d.accessibleDescription();
    QVERIFY2(description.contains(u"TCP 32 B  src 55971 → dst 5000"_s), qPrintable(description));
    QVERIFY(description.contains(u"IPv4 20 B  127.0.0.1 → 127.0.0.1  proto 6"_s));
    QVERIFY(description.contains(u"frame lo 14 B"_s));
    QVERIFY(description.contains(u"this machine"_s));
    QVERIFY(description.contains(u"13 B wait in the server's receive buffer"_s));

    // recv() took everything.
    d.setBufferedBytes(LayerDiagram::Side::Server, 0);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Server), 0);
    QVERIFY(!d.accessibleDescription().contains(u"receive buffer"_s));
}

void TestLayerDiagram::transferServerToClientFillsClientBuffer()
{
    LayerDiagram d;
    d.setAnimationEnabled(false);
    d.setFlow(loopbackFlow(), loopbackPath());
    const auto e = Encapsulation::compute(reversed(loopbackFlow()), 5, loopbackPath());
    d.showTransfer(LayerDiagram::Direction::ServerToClient, "reply", 5, e);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Client), 5);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Server), 0);
    // The picture keeps the client on the left.
    QCOMPARE(d.flow().sourcePort, quint16(55971));
    QCOMPARE(d.flow().destinationPort, quint16(5000));
}

void TestLayerDiagram::transferAnimatesAndStops()
{
    LayerDiagram d;
    d.resize(640, 480);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(!d.isAnimating());
    d.setAnimationSpeed(8.0);
    QCOMPARE(d.animationSpeed(), 8.0);

    QSignalSpy finished(&d, &LayerDiagram::transferFinished);
    const qint64 size = 10 * 1024 * 1024;
    const auto e = Encapsulation::compute(loopbackFlow(), size, loopbackPath());
    QVERIFY(e.segmentCount() > 1);
    d.showTransfer(LayerDiagram::Direction::ClientToServer, QByteArray(64, 'x'), size, e);
    QVERIFY(d.isAnimating());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Server), size); // counted, shown at arrival

    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(d.transferProgress(), 1.0);
    QVERIFY(!d.isAnimating()); // nothing runs once it has arrived
    QVERIFY(d.accessibleDescription().contains(u"segments"_s));
}

void TestLayerDiagram::switchingAnimationOffJumpsToEnd()
{
    LayerDiagram d;
    d.setAnimationSpeed(0.1);
    QSignalSpy finished(&d, &LayerDiagram::transferFinished);
    d.showTransfer(LayerDiagram::Direction::ClientToServer, "abc", 3,
        Encapsulation::compute(loopbackFlow(SOCK_DGRAM), 3, loopbackPath()));
    QVERIFY(d.isAnimating());
    d.setAnimationEnabled(false);
    QVERIFY(!d.isAnimating());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(d.transferProgress(), 1.0);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Server), 3);
}

void TestLayerDiagram::newTransferFinishesTheRunningOne()
{
    LayerDiagram d;
    QSignalSpy finished(&d, &LayerDiagram::transferFinished);
    const auto e = Encapsulation::compute(loopbackFlow(), 4, loopbackPath());
    d.showTransfer(LayerDiagram::Direction::ClientToServer, "one ", 4, e);
    d.showTransfer(LayerDiagram::Direction::ClientToServer, "two ", 4, e);
    QCOMPARE(finished.count(), 1);
    QVERIFY(d.isAnimating());
    d.setAnimationSpeed(10.0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 2);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Server), 8);
    QVERIFY(!d.isAnimating());
}

void TestLayerDiagram::setBufferedBytesOverrides()
{
    LayerDiagram d;
    d.setBufferedBytes(LayerDiagram::Side::Client, 42);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Client), 42);
    d.setBufferedBytes(LayerDiagram::Side::Client, -1);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Client), 0);
    QVERIFY(!d.isAnimating());
}

void TestLayerDiagram::kernelCountDuringTransferIsNotDoubled()
{
    LayerDiagram d;
    d.setAnimationSpeed(4.0);
    QSignalSpy finished(&d, &LayerDiagram::transferFinished);
    d.setBufferedBytes(LayerDiagram::Side::Server, 5); // an earlier message, not yet read
    const auto e = Encapsulation::compute(loopbackFlow(), 13, loopbackPath());
    d.showTransfer(LayerDiagram::Direction::ClientToServer, "Hello, world!", 13, e);
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Server), 18);
    // The kernel's FIONREAD arrives while the picture is still moving.
    d.setBufferedBytes(LayerDiagram::Side::Server, 18);
    QVERIFY(finished.wait(10000));
    QCOMPARE(d.bufferedBytes(LayerDiagram::Side::Server), 18);
}

void TestLayerDiagram::flowAndPathAreShown()
{
    LayerDiagram d;
    // No path given: the diagram looks the route up on this machine.
    d.setFlow(loopbackFlow());
    QCOMPARE(d.path().interfaceName, u"lo"_s);
    QVERIFY(d.path().local);
    QVERIFY(d.accessibleDescription().contains(u"through lo"_s));

    d.setEndpoints(Endpoint::inet6(u"::1"_s, 40000), Endpoint::inet6(u"::1"_s, 5000), SOCK_DGRAM);
    QCOMPARE(d.flow().family, int(AF_INET6));
    QCOMPARE(d.flow().type, int(SOCK_DGRAM));
    QCOMPARE(d.path().interfaceName, u"lo"_s);
    QVERIFY(d.accessibleDescription().contains(u"[::1]:40000"_s));
    QVERIFY(d.accessibleDescription().contains(u"[::1]:5000"_s));

    Encapsulation::Flow unixFlow;
    unixFlow.family = AF_UNIX;
    unixFlow.sourceHost = u"/tmp/a.sock"_s;
    unixFlow.destinationHost = u"/tmp/b.sock"_s;
    d.setFlow(unixFlow);
    QVERIFY(d.path().local);
    QVERIFY(d.path().interfaceName.isEmpty());
    QVERIFY(d.accessibleDescription().contains(u"/tmp/b.sock"_s));
}

void TestLayerDiagram::payloadPreview_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("preview");

    QTest::newRow("ascii") << QByteArray("Hello") << 5LL << u"Hello"_s;
    QTest::newRow("empty") << QByteArray() << 0LL << QString();
    QTest::newRow("newline tab cr") << QByteArray("a\nb\tc\r") << 6LL << u"a\\nb\\tc\\r"_s;
    QTest::newRow("backslash") << QByteArray("a\\b") << 3LL << u"a\\\\b"_s;
    QTest::newRow("control") << QByteArray("\x01\x7f") << 2LL << u"\\x01\\x7f"_s;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << 3LL << u"a\\x00b"_s;
    QTest::newRow("utf8") << QByteArray("\xc3\xbc\xe2\x82\xac") << 5LL << u"ü€"_s;
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << 4LL << u"😀"_s;
    QTest::newRow("invalid byte") << QByteArray("a\xff"
                                                "b")
                                  << 3LL << u"a\\xffb"_s;
    QTest::newRow("split character") << QByteArray("ab\xc3") << 4LL << u"ab\\xc3…"_s;
    QTest::newRow("bad continuation") << QByteArray("\xc3(") << 2LL << u"\\xc3("_s;
    QTest::newRow("line separator") << QByteArray("\xe2\x80\xa8") << 3LL << u"\\u2028"_s;
    QTest::newRow("markup stays text") << QByteArray("<b>x</b>") << 8LL << u"<b>x</b>"_s;
    QTest::newRow("long") << QByteArray(30, 'x') << 30LL << QString(24, u'x') + u'…';
    QTest::newRow("only a prefix given") << QByteArray("abc") << 10LL << u"abc…"_s;
    QTest::newRow("24 letters of 2 bytes")
        << QByteArray("\xc3\xbc").repeated(30) << 60LL << QString(24, u'ü') + u'…';
    QTest::newRow("24 emoji exactly")
        << QByteArray("\xf0\x9f\x98\x80").repeated(24) << 96LL << u"😀"_s.repeated(24);
    QTest::newRow("rlo") << QByteArray("a\xe2\x80\xae"
                                       "b")
                         << 5LL << u"a\\u202eb"_s;
}

void TestLayerDiagram::payloadPreview()
{
    QFETCH(QByteArray, payload);
    QFETCH(qint64, size);
    QFETCH(QString, preview);
    QCOMPARE(LayerDiagram::payloadPreview(payload, size), preview);
}

void TestLayerDiagram::paintsEveryStateAtTwoSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("640 tcp") << QSize(640, 480) << int(AF_INET) << int(SOCK_STREAM) << 13LL;
    QTest::newRow("900 tcp 10MiB")
        << QSize(900, 700) << int(AF_INET) << int(SOCK_STREAM) << 10LL * 1024 * 1024;
    QTest::newRow("640 udp6") << QSize(640, 480) << int(AF_INET6) << int(SOCK_DGRAM) << 70000LL;
    QTest::newRow("900 unix") << QSize(900, 700) << int(AF_UNIX) << int(SOCK_STREAM) << 13LL;
    QTest::newRow("minimum") << QSize() << int(AF_INET) << int(SOCK_STREAM) << 13LL;
}

void TestLayerDiagram::paintsEveryStateAtTwoSizes()
{
    QFETCH(QSize, size);
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(qint64, bytes);

    LayerDiagram d;
    d.resize(size.isValid() ? size : d.minimumSizeHint());
    Encapsulation::Flow f = loopbackFlow(type);
    f.family = family;
    if (family == AF_INET6)
        f.sourceHost = f.destinationHost = u"::1"_s;
    const auto e = Encapsulation::compute(f, bytes, loopbackPath());
    d.setFlow(f, loopbackPath());
    d.setHighlightedLayers({u"transport"_s});
    d.setExplainedLayer(u"internet"_s);
    d.showTransfer(LayerDiagram::Direction::ClientToServer, "<b>x</b>\n\x01\xff", bytes, e);
    // Every step of the animation paints (offscreen) without trouble.
    auto *animation = d.findChild<QVariantAnimation *>();
    QVERIFY(animation);
    for (int step = 0; step <= 20; ++step) {
        animation->setCurrentTime(animation->duration() * step / 20);
        const QImage image = d.grab().toImage();
        QCOMPARE(image.size(), d.size() * image.devicePixelRatio());
    }
    QVERIFY(!d.isAnimating());
    QCOMPARE(d.transferProgress(), 1.0);
}

QTEST_MAIN(TestLayerDiagram)
#include "tst_layerdiagram.moc"
