#include "ui/explorers/addressexplorer.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestAddressExplorer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typing_data();
    void typing();
    void invalidShowsProblem();
    void spaceSizes();
    void interfacesListed();
    void activatingInterfaceExplores();

private:
    QLabel *label(const char *name) const
    {
        return m_explorer->findChild<QLabel *>(QString::fromLatin1(name));
    }
    AddressExplorer *m_explorer = nullptr;
    QLineEdit *m_input = nullptr;
};

void TestAddressExplorer::init()
{
    m_explorer = new AddressExplorer;
    m_explorer->resize(900, 700);
    m_explorer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_explorer));
    m_input = m_explorer->findChild<QLineEdit *>(u"addressInput"_s);
    QVERIFY(m_input);
    QVERIFY(!m_input->accessibleName().isEmpty());
}

void TestAddressExplorer::cleanup()
{
    delete m_explorer;
    m_explorer = nullptr;
}

void TestAddressExplorer::typing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("expanded");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("v4 private") << u"192.168.1.100"_s << u"192.168.1.100"_s << u"192.168.1.100"_s
                                << u"private"_s << u"192.168.1.100:80"_s;
    QTest::newRow("v6 doc") << u"2001:db8::1"_s << u"2001:db8::1"_s
                            << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << u"documentation"_s
                            << u"[2001:db8::1]:443"_s;
    QTest::newRow("v6 port") << u"[::1]:5000"_s << u"::1"_s
                             << u"0000:0000:0000:0000:0000:0000:0000:0001"_s << u"loopback"_s
                             << u"[::1]:5000"_s;
    QTest::newRow("mapped") << u"::ffff:10.0.0.1"_s << u"::ffff:10.0.0.1"_s
                            << u"0000:0000:0000:0000:0000:ffff:0a00:0001"_s << u"IPv4-mapped"_s
                            << u"[::ffff:10.0.0.1]:443"_s;
    QTest::newRow("scoped") << u"fe80::1%lo"_s << u"fe80::1"_s
                            << u"fe80:0000:0000:0000:0000:0000:0000:0001"_s << u"link-local"_s
                            << u"[fe80::1%lo]:443"_s;
}

void TestAddressExplorer::typing()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QFETCH(QString, expanded);
    QFETCH(QString, kind);
    QFETCH(QString, endpoint);
    m_input->setFocus();
    m_input->selectAll();
    QTest::keyClick(m_input, Qt::Key_Backspace);
    QTest::keyClicks(m_input, typed);
    QCOMPARE(m_explorer->address(), typed);
    QVERIFY(label("addressStatus")->text().startsWith(u"Valid"_s));
    QCOMPARE(label("addressCanonical")->text(), canonical);
    QCOMPARE(label("addressExpanded")->text(), expanded);
    QVERIFY2(
        label("addressKind")->text().startsWith(kind), qPrintable(label("addressKind")->text()));
    QVERIFY(label("addressEndpoint")->text().startsWith(endpoint));
    QVERIFY(!label("addressBits")->text().isEmpty());
    QCOMPARE(label("addressStatus")->textFormat(), Qt::PlainText);
}

void TestAddressExplorer::invalidShowsProblem()
{
    m_input->clear();
    QTest::keyClicks(m_input, u"192.168.1.256"_s);
    const QString status = label("addressStatus")->text();
    QVERIFY2(status.contains(u"256 is over 255"_s), qPrintable(status));
    QCOMPARE(label("addressCanonical")->text(), u"\u2014"_s);
    // Typing on fixes it: the problem goes away as soon as the text is valid.
    QTest::keyClick(m_input, Qt::Key_Backspace);
    QVERIFY(label("addressStatus")->text().startsWith(u"Valid"_s));
    // Markup is shown as typed, never interpreted.
    m_input->setText(u"<b>x</b>"_s);
    QCOMPARE(label("addressStatus")->textFormat(), Qt::PlainText);
    QVERIFY(label("addressStatus")->text().contains(u"<b"_s)
        || label("addressStatus")->text().contains(u"not a decimal"_s));
}

void TestAddressExplorer::spaceSizes()
{
    QVERIFY(label("spaceIpv4")->text().contains(u"4,294,967,296"_s));
    QVERIFY(label("spaceIpv6")
                ->text()
                .contains(u"340,282,366,920,938,463,463,374,607,431,768,211,456"_s));
    QVERIFY(label("spaceIpv6")->text().contains(u"3.4\u00d710^38"_s));
}

void TestAddressExplorer::interfacesListed()
{
    auto *tree = m_explorer->findChild<QTreeWidget *>(u"interfaceList"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), int(QNetworkInterface::allInterfaces().size()));
    bool loopback = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            loopback |= tree->topLevelItem(i)->child(c)->text(0) == u"127.0.0.1"_s;
    }
    QVERIFY(loopback);
}

void TestAddressExplorer::activatingInterfaceExplores()
{
    auto *tree = m_explorer->findChild<QTreeWidget *>(u"interfaceList"_s);
    QTreeWidgetItem *target = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !target; ++i) {
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c) {
            if (tree->topLevelItem(i)->child(c)->text(0) == u"127.0.0.1"_s)
                target = tree->topLevelItem(i)->child(c);
        }
    }
    QVERIFY(target);
    tree->setFocus();
    tree->setCurrentItem(target);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_explorer->address(), u"127.0.0.1"_s);
    QVERIFY(label("addressKind")->text().startsWith(u"loopback"_s));
}

QTEST_MAIN(TestAddressExplorer)
#include "tst_addressexplorer.moc"
