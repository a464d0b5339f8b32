#include "ui/explorers/constantsexplorer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

class TestConstantsExplorer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithFamilies();
    void quickPicks_data();
    void quickPicks();
    void typedPrefix();
    void unknownPrefix();
    void selectingShowsNote();

private:
    ConstantsExplorer *m_explorer = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_python = nullptr;
    int rowOf(const QString &name) const
    {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 0)->data(Qt::UserRole).toString() == name)
                return r;
        }
        return -1;
    }
};

void TestConstantsExplorer::init()
{
    m_explorer = new ConstantsExplorer;
    m_explorer->resize(1000, 600);
    m_explorer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_explorer));
    m_table = m_explorer->findChild<QTableWidget *>(u"constantsTable"_s);
    m_python = m_explorer->findChild<QPlainTextEdit *>(u"constantsPython"_s);
    QVERIFY(m_table && m_python);
}

void TestConstantsExplorer::cleanup()
{
    delete m_explorer;
    m_explorer = nullptr;
}

void TestConstantsExplorer::startsWithFamilies()
{
    QCOMPARE(m_explorer->prefix(), u"AF_"_s);
    const int row = rowOf(u"AF_INET6"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m_table->item(row, 1)->text(), QString::number(AF_INET6));
    QVERIFY(m_python->toPlainText().contains(u"<AddressFamily.AF_INET: 2>: 'AF_INET'"_s));
}

void TestConstantsExplorer::quickPicks_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("value");
    QTest::newRow("SOCK_") << u"pickSOCK_"_s << u"SOCK_DGRAM"_s << int(SOCK_DGRAM);
    QTest::newRow("IPPROTO_") << u"pickIPPROTO_"_s << u"IPPROTO_UDP"_s << int(IPPROTO_UDP);
    QTest::newRow("AF_") << u"pickAF_"_s << u"AF_UNIX"_s << int(AF_UNIX);
}

void TestConstantsExplorer::quickPicks()
{
    QFETCH(QString, button);
    QFETCH(QString, name);
    QFETCH(int, value);
    m_explorer->setPrefix(u"SO_"_s);
    auto *pick = m_explorer->findChild<QPushButton *>(button);
    QVERIFY(pick);
    QTest::mouseClick(pick, Qt::LeftButton);
    const int row = rowOf(name);
    QVERIFY(row >= 0);
    QCOMPARE(m_table->item(row, 1)->text().toInt(), value);
    QVERIFY(m_python->toPlainText().contains(u"'%1'"_s.arg(name)));
}

void TestConstantsExplorer::typedPrefix()
{
    auto *input = m_explorer->findChild<QLineEdit *>(u"constantsPrefix"_s);
    input->clear();
    QTest::keyClicks(input, u"so_reuse"_s);
    QVERIFY(rowOf(u"SO_REUSEADDR"_s) >= 0);
    QVERIFY(rowOf(u"SOCK_STREAM"_s) < 0);
    QCOMPARE(m_explorer->rowCount(), m_table->rowCount());
}

void TestConstantsExplorer::unknownPrefix()
{
    auto *input = m_explorer->findChild<QLineEdit *>(u"constantsPrefix"_s);
    input->clear();
    QTest::keyClicks(input, u"XYZ_"_s);
    QCOMPARE(m_table->rowCount(), 0);
    QVERIFY(
        m_explorer->findChild<QLabel *>(u"constantsStatus"_s)->text().contains(u"No constant"_s));
    QVERIFY(m_python->toPlainText().endsWith(u"{}"_s));
}

void TestConstantsExplorer::selectingShowsNote()
{
    m_explorer->setPrefix(u"AF_"_s);
    const int row = rowOf(u"AF_INET6"_s);
    m_table->setFocus();
    m_table->selectRow(row);
    const QString note = m_explorer->findChild<QLabel *>(u"constantsNote"_s)->text();
    QVERIFY2(note.contains(u"30 on macOS"_s), qPrintable(note));
    m_table->selectRow(rowOf(u"AF_UNIX"_s));
    QVERIFY(m_explorer->findChild<QLabel *>(u"constantsNote"_s)->text().contains(u"AF_LOCAL"_s));
    // The star marks a value another system gives another number: AF_INET6,
    // not AF_UNIX or IPPROTO_TCP, whose notes say they are the same everywhere.
    QCOMPARE(m_table->item(row, 0)->text(), u"AF_INET6 *"_s);
    QCOMPARE(m_table->item(rowOf(u"AF_UNIX"_s), 0)->text(), u"AF_UNIX"_s);
    m_explorer->setPrefix(u"IPPROTO_"_s);
    QCOMPARE(m_table->item(rowOf(u"IPPROTO_TCP"_s), 0)->text(), u"IPPROTO_TCP"_s);
    QCOMPARE(m_table->item(rowOf(u"IPPROTO_UDP"_s), 0)->text(), u"IPPROTO_UDP"_s);
}

QTEST_MAIN(TestConstantsExplorer)
#include "tst_constantsexplorer.moc"
