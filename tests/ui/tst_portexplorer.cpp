#include "core/platform/ports.h"
#include "ui/explorers/portexplorer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPortExplorer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typing_data();
    void typing();
    void errors_data();
    void errors();
    void kernelValuesShown();
    void listenerFound();
    void wellKnownTable();

private:
    QLabel *label(const char *name) const
    {
        return m_explorer->findChild<QLabel *>(QString::fromLatin1(name));
    }
    void type(const QString &text)
    {
        m_input->setFocus();
        m_input->selectAll();
        QTest::keyClick(m_input, Qt::Key_Backspace);
        QTest::keyClicks(m_input, text);
    }
    PortExplorer *m_explorer = nullptr;
    QLineEdit *m_input = nullptr;
};

void TestPortExplorer::init()
{
    m_explorer = new PortExplorer;
    m_explorer->resize(900, 700);
    m_explorer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_explorer));
    m_input = m_explorer->findChild<QLineEdit *>(u"portInput"_s);
    QVERIFY(m_input);
}

void TestPortExplorer::cleanup()
{
    delete m_explorer;
    m_explorer = nullptr;
}

void TestPortExplorer::typing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("services"); // empty: not checked
    QTest::newRow("22") << u"22"_s << u"system (well-known) (0-1023)"_s << u"tcp: ssh"_s;
    QTest::newRow("5000") << u"5000"_s << u"registered (1024-49151)"_s << QString();
    QTest::newRow("50000") << u"50000"_s << u"dynamic (private) (49152-65535)"_s << QString();
    QTest::newRow("0") << u"0"_s << u"system (well-known) (0-1023)"_s << QString();
    QTest::newRow("service name http")
        << u"http"_s << u"system (well-known) (0-1023)"_s << u"tcp: http"_s;
}

void TestPortExplorer::typing()
{
    QFETCH(QString, typed);
    QFETCH(QString, range);
    QFETCH(QString, services);
    type(typed);
    QCOMPARE(m_explorer->portText(), typed);
    QCOMPARE(label("portRange")->text(), range);
    if (!services.isEmpty() && Ports::servicesDatabaseExists())
        QVERIFY2(label("portServices")->text().startsWith(services),
            qPrintable(label("portServices")->text()));
    QVERIFY(!label("portListening")->text().isEmpty());
    if (typed == u"0"_s)
        QVERIFY(label("portPrivilege")->text().contains(u"kernel picks"_s));
}

void TestPortExplorer::errors_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("contains");
    QTest::newRow("too big") << u"65536"_s << u"over 65535"_s;
    QTest::newRow("negative") << u"-1"_s << u"never negative"_s;
    QTest::newRow("unknown service") << u"nosuchservice"_s << u"nosuchservice"_s;
}

void TestPortExplorer::errors()
{
    QFETCH(QString, typed);
    QFETCH(QString, contains);
    type(typed);
    QVERIFY2(
        label("portStatus")->text().contains(contains), qPrintable(label("portStatus")->text()));
    QCOMPARE(label("portRange")->text(), u"\u2014"_s);
}

void TestPortExplorer::kernelValuesShown()
{
    const Ports::Span span = Ports::ephemeralRange();
    QVERIFY(label("kernelEphemeral")->text().startsWith(u"%1-%2"_s.arg(span.first).arg(span.last)));
    QVERIFY(label("kernelFloor")
                ->text()
                .contains(QString::number(Ports::unprivilegedPortStart().port)));
    type(QString::number(span.first));
    QVERIFY(label("portEphemeral")->text().startsWith(u"Yes"_s));
    if (span.first > 1024) {
        type(QString::number(span.first - 1));
        QVERIFY(label("portEphemeral")->text().startsWith(u"No"_s));
    }
}

void TestPortExplorer::listenerFound()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(u"127.0.0.1"_s), 0));
    type(QString::number(server.serverPort()));
    // Typing schedules the check; it runs once typing pauses.
    QCOMPARE(label("portListening")->text(), u"checking\u2026"_s);
    const QString expected = u"TCP 127.0.0.1:%1"_s.arg(server.serverPort());
    QTRY_VERIFY2(label("portListening")->text().contains(expected),
        qPrintable(label("portListening")->text()));
    server.close();
    QTest::mouseClick(m_explorer->findChild<QPushButton *>(u"checkListeners"_s), Qt::LeftButton);
    QVERIFY(label("portListening")->text().startsWith(u"Nothing"_s));
    // The well-known table was filled from the same read.
    auto *table = m_explorer->findChild<QTableWidget *>(u"wellKnownPorts"_s);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(!table->item(row, 3)->text().isEmpty());
}

void TestPortExplorer::wellKnownTable()
{
    auto *table = m_explorer->findChild<QTableWidget *>(u"wellKnownPorts"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->item(0, 0)->text(), u"20"_s);
    QCOMPARE(table->item(0, 1)->text(), u"FTP data"_s);
    QCOMPARE(table->item(1, 1)->text(), u"FTP control"_s);
    QCOMPARE(table->item(6, 0)->text(), u"443"_s);
    // Activating a row explores that port.
    table->setFocus();
    table->setCurrentCell(2, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_explorer->portText(), u"22"_s);
}

QTEST_MAIN(TestPortExplorer)
#include "tst_portexplorer.moc"
