#include "ui/explorers/getaddrinfoexplorer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <netdb.h>

using namespace Qt::StringLiterals;

class TestGetaddrinfoExplorer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numericHostByTyping();
    void serviceNameS6();
    void unknownServiceS6();
    void numericHostFlagWarnsAndFails();
    void portOutOfRangeBlocks();
    void useRowEmitsChosen();
    void cancelDropsResult();
    void passiveWildcard();
    void longHostKeepsWidth();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_explorer->findChild<T *>(QString::fromLatin1(name));
    }
    void type(const char *field, const QString &text)
    {
        auto *edit = child<QLineEdit>(field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    bool resolveAndWait()
    {
        QSignalSpy done(m_explorer->resolver(), &Resolver::resolved);
        QTest::mouseClick(child<QPushButton>("gaiResolve"), Qt::LeftButton);
        return done.wait(10000);
    }
    Resolver *m_resolver = nullptr;
    GetaddrinfoExplorer *m_explorer = nullptr;
};

void TestGetaddrinfoExplorer::init()
{
    m_resolver = new Resolver;
    m_explorer = new GetaddrinfoExplorer(m_resolver);
    m_explorer->resize(1000, 650);
    m_explorer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_explorer));
}

void TestGetaddrinfoExplorer::cleanup()
{
    delete m_explorer;
    m_explorer = nullptr;
    delete m_resolver;
    m_resolver = nullptr;
}

void TestGetaddrinfoExplorer::numericHostByTyping()
{
    type("gaiHost", u"127.0.0.1"_s);
    type("gaiService", u"5000"_s);
    QCOMPARE(child<QLabel>("gaiCall")->text(),
        u"socket.getaddrinfo('127.0.0.1', 5000, type=socket.SOCK_STREAM)"_s);
    QSignalSpy events(m_resolver, &Resolver::callRecorded);
    QSignalSpy done(m_explorer->resolver(), &Resolver::resolved);
    QTest::keyClick(child<QLineEdit>("gaiService"), Qt::Key_Return); // Enter resolves
    QVERIFY(done.wait(10000));
    auto *table = child<QTableWidget>("gaiTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 5)->text(), u"('127.0.0.1', 5000)"_s);
    QVERIFY(table->item(0, 1)->text().startsWith(u"AF_INET"_s));
    const QString python = child<QPlainTextEdit>("gaiPython")->toPlainText();
    QVERIFY(
        python.contains(u"Out[1]:\n[(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>,"_s));
    QVERIFY(python.endsWith(u", 6, '', ('127.0.0.1', 5000))]"_s));
    QVERIFY(!child<QProgressBar>("gaiProgress")->isVisible());
    QVERIFY(!child<QPushButton>("gaiCancel")->isEnabled());
    QCOMPARE(events.size(), 2); // Waiting, then Done
}

void TestGetaddrinfoExplorer::serviceNameS6()
{
    m_explorer->setQuery(u"127.0.0.1"_s, u"http"_s);
    QVERIFY(resolveAndWait());
    auto *table = child<QTableWidget>("gaiTable");
    QVERIFY(table->rowCount() >= 1);
    for (int r = 0; r < table->rowCount(); ++r)
        QCOMPARE(table->item(r, 5)->text(), u"('127.0.0.1', 80)"_s);
}

void TestGetaddrinfoExplorer::unknownServiceS6()
{
    m_explorer->setQuery(u"127.0.0.1"_s, u"nosuchservice"_s);
    QVERIFY(resolveAndWait());
    QCOMPARE(child<QTableWidget>("gaiTable")->rowCount(), 0);
    const QString status = child<QLabel>("gaiStatus")->text();
    QVERIFY2(
        status.startsWith(u"EAI_SERVICE: "_s % QString::fromLocal8Bit(gai_strerror(EAI_SERVICE))),
        qPrintable(status));
    QVERIFY(child<QPlainTextEdit>("gaiPython")->toPlainText().contains(u"gaierror"_s));
    QVERIFY(!child<QPushButton>("gaiUse")->isEnabled());
}

void TestGetaddrinfoExplorer::numericHostFlagWarnsAndFails()
{
    type("gaiHost", u"localhost"_s);
    QTest::mouseClick(child<QCheckBox>("gaiNumericHost"), Qt::LeftButton);
    QVERIFY(child<QCheckBox>("gaiNumericHost")->isChecked());
    QVERIFY(child<QLabel>("gaiInputProblem")->text().contains(u"EAI_NONAME"_s));
    QVERIFY(child<QLabel>("gaiCall")->text().contains(u"flags=socket.AI_NUMERICHOST"_s));
    QVERIFY(resolveAndWait());
    QVERIFY(child<QLabel>("gaiStatus")->text().startsWith(u"EAI_NONAME"_s));
}

void TestGetaddrinfoExplorer::portOutOfRangeBlocks()
{
    type("gaiService", u"70000"_s);
    QVERIFY(child<QLabel>("gaiInputProblem")->text().contains(u"over 65535"_s));
    QVERIFY(!child<QPushButton>("gaiResolve")->isEnabled());
    QTest::keyClick(child<QLineEdit>("gaiService"), Qt::Key_Backspace);
    QVERIFY(child<QPushButton>("gaiResolve")->isEnabled());
}

void TestGetaddrinfoExplorer::useRowEmitsChosen()
{
    m_explorer->setQuery(u"::1"_s, u"5000"_s, {AF_INET6, SOCK_STREAM, 0, 0});
    QVERIFY(resolveAndWait());
    auto *table = child<QTableWidget>("gaiTable");
    QCOMPARE(table->rowCount(), 1);
    QSignalSpy chosen(m_explorer, &GetaddrinfoExplorer::addressInfoChosen);
    table->selectRow(0);
    QVERIFY(child<QLabel>("gaiUseHint")->text().contains(u"connect(('::1', 5000, 0, 0))"_s));
    QTest::mouseClick(child<QPushButton>("gaiUse"), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    const auto info = chosen.at(0).at(0).value<AddrInfo>();
    QCOMPARE(info.family, AF_INET6);
    QCOMPARE(info.type, int(SOCK_STREAM));
    QCOMPARE(info.proto, int(IPPROTO_TCP));
    QCOMPARE(info.sockaddr.toPythonTuple(), u"('::1', 5000, 0, 0)"_s);
    // Enter on a row does the same.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
}

void TestGetaddrinfoExplorer::cancelDropsResult()
{
    m_explorer->setQuery(u"127.0.0.1"_s, u"80"_s);
    QSignalSpy resolved(m_explorer->resolver(), &Resolver::resolved);
    QSignalSpy cancelled(m_explorer->resolver(), &Resolver::cancelled);
    QTest::mouseClick(child<QPushButton>("gaiResolve"), Qt::LeftButton);
    QVERIFY(m_explorer->isResolving());
    QVERIFY(child<QProgressBar>("gaiProgress")->isVisible());
    QVERIFY(child<QPushButton>("gaiCancel")->isEnabled());
    QTest::keyClick(child<QLineEdit>("gaiHost"), Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!m_explorer->isResolving());
    QVERIFY(!child<QProgressBar>("gaiProgress")->isVisible());
    QVERIFY(child<QLabel>("gaiStatus")->text().startsWith(u"Cancelled"_s));
    // A new lookup still works, and only its answer shows.
    QVERIFY(resolveAndWait());
    QCOMPARE(resolved.size(), 1);
}

void TestGetaddrinfoExplorer::passiveWildcard()
{
    m_explorer->setQuery(QString(), u"5000"_s, {AF_INET, SOCK_STREAM, 0, AI_PASSIVE});
    QVERIFY(resolveAndWait());
    QCOMPARE(child<QTableWidget>("gaiTable")->item(0, 5)->text(), u"('0.0.0.0', 5000)"_s);
}

// A 250-letter host name (nowhere to wrap) does not make the explorer, and
// so the window, wider.
void TestGetaddrinfoExplorer::longHostKeepsWidth()
{
    const int before = m_explorer->minimumSizeHint().width();
    m_explorer->setQuery(QString(250, u'a') + u".invalid"_s, u"http"_s);
    QVERIFY(child<QLabel>("gaiCall")->text().contains(QString(250, u'a')));
    QVERIFY(m_explorer->minimumSizeHint().width() <= before + 20);
}

QTEST_MAIN(TestGetaddrinfoExplorer)
#include "tst_getaddrinfoexplorer.moc"
