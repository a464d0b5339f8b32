#include "core/net/livesocket.h"
#include "ui/explorers/socketplayground.h"

#include "core/lab/lab.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

class TestSocketPlayground final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultIsTcp();
    void udpByTyping();
    void protocolErrorPath();
    void unknownNameBlocks();
    void closeSelected();
    void closeAllReleasesFds();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_playground->findChild<T *>(QString::fromLatin1(name));
    }
    void type(const char *combo, const QString &text)
    {
        QLineEdit *edit = child<QComboBox>(combo)->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    static int openFds()
    {
        return int(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size());
    }
    Lab *m_lab = nullptr;
    SocketPlayground *m_playground = nullptr;
};

void TestSocketPlayground::init()
{
    m_lab = new Lab;
    m_playground = new SocketPlayground(m_lab);
    m_playground->resize(1000, 600);
    m_playground->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_playground));
}

void TestSocketPlayground::cleanup()
{
    delete m_playground;
    m_playground = nullptr;
    delete m_lab;
    m_lab = nullptr;
}

void TestSocketPlayground::defaultIsTcp()
{
    QSignalSpy events(m_lab, &Lab::callRecorded); // the playground's sockets are the Lab's
    QCOMPARE(child<QLabel>("playCall")->text(),
        u"s1 = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0)"_s);
    QTest::mouseClick(child<QPushButton>("playCreate"), Qt::LeftButton);
    QCOMPARE(m_playground->openCount(), 1);
    const QString repr = child<QLabel>("playRepr")->text();
    QVERIFY2(repr.startsWith(u"<socket.socket fd="_s), qPrintable(repr));
    QVERIFY(repr.contains(u"family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM,"_s));
    QVERIFY(repr.endsWith(u"proto=0, laddr=('0.0.0.0', 0)>"_s));
    QVERIFY(child<QLabel>("playResult")->text().contains(u"kernel chose IPPROTO_TCP (6)"_s));
    auto *list = child<QTreeWidget>("playList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"s1"_s);
    QCOMPARE(
        list->topLevelItem(0)->text(1).toInt(), m_playground->sockets().first()->socket().fd());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).at(0).value<CallEvent>().call, CallEvent::Call::Socket);
}

void TestSocketPlayground::udpByTyping()
{
    type("playFamily", QString::number(AF_INET6));
    type("playType", u"SOCK_DGRAM"_s);
    type("playProto", u"17"_s);
    QCOMPARE(child<QLabel>("playCall")->text(),
        u"s1 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP)"_s);
    QTest::keyClick(child<QComboBox>("playProto")->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_playground->openCount(), 1);
    QVERIFY(child<QLabel>("playRepr")->text().contains(u"type=SocketKind.SOCK_DGRAM, proto=17"_s));
    // Over the kernel's answer for s1, the call it answers; a changed field
    // shows the next call.
    QCOMPARE(child<QLabel>("playCall")->text(),
        u"s1 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP)"_s);
    type("playProto", u"0"_s);
    QCOMPARE(child<QLabel>("playCall")->text(),
        u"s2 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, 0)"_s);
}

// The kernel's refusal, not ours: SOCK_DGRAM with IPPROTO_TCP.
void TestSocketPlayground::protocolErrorPath()
{
    QSignalSpy events(m_lab, &Lab::callRecorded); // the playground's sockets are the Lab's
    type("playType", u"SOCK_DGRAM"_s);
    type("playProto", u"IPPROTO_TCP"_s);
    QVERIFY(child<QPushButton>("playCreate")->isEnabled());
    QTest::mouseClick(child<QPushButton>("playCreate"), Qt::LeftButton);
    QCOMPARE(m_playground->openCount(), 0);
    const QString result = child<QLabel>("playResult")->text();
    QVERIFY2(result.contains(u"EPROTONOSUPPORT"_s), qPrintable(result));
    QVERIFY(result.contains(u"Python would raise"_s));
    QCOMPARE(child<QTreeWidget>("playList")->topLevelItemCount(), 0);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).at(0).value<CallEvent>().error.name(), u"EPROTONOSUPPORT"_s);
    // Also through the slot.
    QCOMPARE(m_playground->create(AF_INET, SOCK_DGRAM, IPPROTO_TCP).name(), u"EPROTONOSUPPORT"_s);
    QCOMPARE(m_playground->create(12345, SOCK_STREAM, 0).name(), u"EAFNOSUPPORT"_s);
}

void TestSocketPlayground::unknownNameBlocks()
{
    type("playFamily", u"AF_NOPE"_s);
    QVERIFY(!child<QPushButton>("playCreate")->isEnabled());
    QVERIFY(child<QLabel>("playProblem")->text().contains(u"AF_NOPE"_s));
    type("playFamily", u"af_inet6"_s);
    QVERIFY(child<QPushButton>("playCreate")->isEnabled());
    QVERIFY(child<QLabel>("playProblem")->text().isEmpty());
    QTest::mouseClick(child<QPushButton>("playCreate"), Qt::LeftButton);
    QVERIFY(child<QLabel>("playRepr")->text().contains(u"laddr=('::', 0, 0, 0)"_s));
}

void TestSocketPlayground::closeSelected()
{
    QVERIFY(!m_playground->create(AF_INET, SOCK_STREAM, 0));
    QVERIFY(!m_playground->create(AF_UNIX, SOCK_STREAM, 0));
    auto *list = child<QTreeWidget>("playList");
    QCOMPARE(list->topLevelItemCount(), 2);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_playground->openCount(), 1);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"s2"_s);
    QVERIFY(child<QLabel>("playRepr")->text().startsWith(u"<socket.socket [closed] fd=-1"_s));
}

void TestSocketPlayground::closeAllReleasesFds()
{
    const int before = openFds();
    for (int i = 0; i < 5; ++i)
        QVERIFY(!m_playground->create(AF_INET, SOCK_DGRAM, 0));
    QCOMPARE(openFds(), before + 5);
    QTest::mouseClick(child<QPushButton>("playCloseAll"), Qt::LeftButton);
    QCOMPARE(m_playground->openCount(), 0);
    QCOMPARE(openFds(), before);
}

QTEST_MAIN(TestSocketPlayground)
#include "tst_socketplayground.moc"
