#include "ui/diagram/statediagram.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

// StateDiagram: the lit state is marked by more than colour, wraps when narrow.
class TestStateDiagram final : public QObject
{
    Q_OBJECT

private slots:
    void currentStateIsDescribed();
    void wrapsWhenNarrow();
    void litBoxLooksDifferentInGreyscale();
};

void TestStateDiagram::currentStateIsDescribed()
{
    StateDiagram diagram;
    diagram.setStates(
        {LiveSocket::State::Created, LiveSocket::State::Bound, LiveSocket::State::Listening});
    diagram.setCurrent(LiveSocket::State::Bound);
    diagram.setKernelText(u"LISTEN"_s);
    QCOMPARE(diagram.current(), LiveSocket::State::Bound);
    QVERIFY(
        diagram.accessibleDescription().contains(LiveSocket::stateName(LiveSocket::State::Bound)));
    QVERIFY(diagram.accessibleDescription().contains(u"LISTEN"_s));
}

void TestStateDiagram::wrapsWhenNarrow()
{
    StateDiagram diagram;
    diagram.setStates({LiveSocket::State::Unopened, LiveSocket::State::Created,
        LiveSocket::State::Connecting, LiveSocket::State::Connected, LiveSocket::State::PeerClosed,
        LiveSocket::State::Closed});
    const int wide = diagram.heightForWidth(diagram.sizeHint().width());
    const int narrow = diagram.heightForWidth(diagram.minimumSizeHint().width());
    QVERIFY2(narrow > wide, "a narrow diagram must use more rows");
}

// Render twice, lit on different boxes, convert to greyscale: the pictures
// differ, so the lit state is visible without colour.
void TestStateDiagram::litBoxLooksDifferentInGreyscale()
{
    StateDiagram diagram;
    diagram.setStates({LiveSocket::State::Created, LiveSocket::State::Bound});
    diagram.resize(diagram.sizeHint());
    diagram.setCurrent(LiveSocket::State::Created);
    const QImage a = diagram.grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    diagram.setCurrent(LiveSocket::State::Bound);
    const QImage b = diagram.grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(a != b);
}

QTEST_MAIN(TestStateDiagram)
#include "tst_statediagram.moc"
