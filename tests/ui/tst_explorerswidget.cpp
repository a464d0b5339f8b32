#include "core/lab/demoaction.h"
#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "ui/explorers/addressexplorer.h"
#include "ui/explorers/constantsexplorer.h"
#include "ui/explorers/explorerstack.h"
#include "ui/explorers/explorerswidget.h"
#include "ui/explorers/getaddrinfoexplorer.h"
#include "ui/explorers/portexplorer.h"
#include "ui/explorers/socketplayground.h"

#include <QAction>
#include <QMainWindow>
#include <QToolButton>

#include <netinet/in.h>
#include <sys/socket.h>

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestExplorersWidget final : public QObject
{
    Q_OBJECT

private slots:
    void tabsInOrder();
    void namesRoundTrip_data();
    void namesRoundTrip();
    void stageOpensConstantsWithPrefix();
    void stackInMainWindow();
    void forwardsChosenRow();
    void lessonActions();
    void presentedAndBack();
};

void TestExplorersWidget::tabsInOrder()
{
    Lab lab;
    ExplorersWidget w(&lab);
    QCOMPARE(w.tabs()->count(), 5);
    QCOMPARE(w.tabs()->widget(0), static_cast<QWidget *>(w.addressExplorer()));
    QCOMPARE(w.tabs()->widget(2), static_cast<QWidget *>(w.constantsExplorer()));
    QCOMPARE(w.tabs()->widget(3), static_cast<QWidget *>(w.getaddrinfoExplorer()));
    QCOMPARE(w.currentExplorer(), ExplorersWidget::Explorer::Address);
}

void TestExplorersWidget::namesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::newRow("address") << u"address"_s << 0;
    QTest::newRow("ports") << u"ports"_s << 1;
    QTest::newRow("constants") << u"constants"_s << 2;
    QTest::newRow("getaddrinfo") << u"getaddrinfo"_s << 3;
    QTest::newRow("playground") << u"playground"_s << 4;
    QTest::newRow("unknown") << u"nothing"_s << -1;
}

void TestExplorersWidget::namesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    Lab lab;
    ExplorersWidget w(&lab);
    QSignalSpy changed(&w, &ExplorersWidget::currentExplorerChanged);
    QCOMPARE(w.showExplorerNamed(name), index >= 0);
    if (index < 0)
        return;
    QCOMPARE(w.tabs()->currentIndex(), index);
    QCOMPARE(ExplorersWidget::explorerName(w.currentExplorer()), name);
    QCOMPARE(changed.size(), index == 0 ? 0 : 1);
}

void TestExplorersWidget::stageOpensConstantsWithPrefix()
{
    Lab lab;
    ExplorersWidget w(&lab);
    QVERIFY(w.showExplorerNamed(u"constants:SOCK_"_s));
    QCOMPARE(w.constantsExplorer()->prefix(), u"SOCK_"_s);
    w.showConstants(u"IPPROTO_"_s);
    QCOMPARE(w.constantsExplorer()->prefix(), u"IPPROTO_"_s);
    QCOMPARE(w.currentExplorer(), ExplorersWidget::Explorer::Constants);
}

void TestExplorersWidget::stackInMainWindow()
{
    // The explorers take the timeline's place at its full size, and give it back.
    Lab lab;
    QMainWindow window;
    auto *timeline = new QWidget;
    auto *stack = new ExplorerStack(&lab, timeline, &window);
    window.setCentralWidget(stack);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(stack->objectName(), u"explorerStack"_s);
    QVERIFY(!stack->builtExplorers()); // not before they are needed
    QVERIFY(timeline->isVisible());
    QSignalSpy built(stack, &ExplorerStack::explorersBuilt);
    QSignalSpy shown(stack, &ExplorerStack::explorersShownChanged);
    stack->toggleAction()->trigger(); // View ▸ Explorers ▸ Show explorers
    QCOMPARE(built.size(), 1);
    QCOMPARE(shown.size(), 1);
    QVERIFY(stack->explorersShown());
    ExplorersWidget *explorers = stack->builtExplorers();
    QVERIFY(explorers && explorers->isVisible());
    QVERIFY(!timeline->isVisible());
    QCOMPARE(explorers->size(), timeline->size()); // the page, not a strip beside it
    QCOMPARE(explorers->geometry(), stack->rect());
    // Ctrl+Tab moves to the next explorer from inside.
    explorers->addressExplorer()->setFocus();
    QTest::keyClick(explorers->tabs(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(explorers->currentExplorer(), ExplorersWidget::Explorer::Ports);
    // The button beside the tabs brings the timeline back.
    auto *back = explorers->findChild<QToolButton *>(u"backToTimeline"_s);
    QVERIFY(back && back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!stack->explorersShown());
    QVERIFY(!stack->toggleAction()->isChecked());
    QVERIFY(timeline->isVisible());
    QVERIFY(!explorers->isVisible());
    QCOMPARE(shown.size(), 2);
    QCOMPARE(built.size(), 1); // built once
}

void TestExplorersWidget::forwardsChosenRow()
{
    Lab lab;
    ExplorersWidget w(&lab);
    QSignalSpy chosen(&w, &ExplorersWidget::addressInfoChosen);
    QSignalSpy events(&lab, &Lab::callRecorded);
    GetaddrinfoExplorer *g = w.getaddrinfoExplorer();
    g->setQuery(u"127.0.0.1"_s, u"80"_s, {AF_INET, SOCK_STREAM, 0, 0});
    QSignalSpy done(g->resolver(), &Resolver::resolved);
    g->resolve();
    QVERIFY(done.wait(10000));
    g->useSelected(); // the first row is selected after a lookup
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<AddrInfo>().sockaddr.toString(), u"127.0.0.1:80"_s);
    QCOMPARE(events.size(), 2);
}

void TestExplorersWidget::lessonActions()
{
    Lab lab;
    ExplorersWidget w(&lab);
    // The Lab performs the lesson's explorer actions; the explorers show them.
    const auto run = [&lab](const QString &source) -> QString {
        QString error;
        const auto action = DemoAction::parse(source, &error);
        if (!action)
            return u"parse: "_s % error;
        QSignalSpy performed(&lab, &Lab::performed);
        lab.perform(*action);
        if (!performed.wait(10000))
            return u"did not settle"_s;
        return performed.constFirst().at(1).toString();
    };
    QCOMPARE(run(u"explorer.address [2001:db8::1]:443"_s), QString());
    QCOMPARE(w.addressExplorer()->address(), u"[2001:db8::1]:443"_s);
    QCOMPARE(w.currentExplorer(), ExplorersWidget::Explorer::Address);
    QCOMPARE(run(u"explorer.port 21"_s), QString());
    QCOMPARE(w.portExplorer()->portText(), u"21"_s);
    QCOMPARE(w.currentExplorer(), ExplorersWidget::Explorer::Ports);
    QCOMPARE(run(u"explorer.constants SOCK_"_s), QString());
    QCOMPARE(w.constantsExplorer()->prefix(), u"SOCK_"_s);
    QCOMPARE(run(u"explorer.open getaddrinfo"_s), QString());
    QCOMPARE(w.currentExplorer(), ExplorersWidget::Explorer::Getaddrinfo);

    QCOMPARE(run(u"explorer.getaddrinfo 127.0.0.1 http"_s), QString()); // settles with the rows
    QVERIFY(!w.getaddrinfoExplorer()->lastResult().rows.isEmpty());

    QCOMPARE(run(u"explorer.playground AF_INET SOCK_DGRAM IPPROTO_UDP"_s), QString());
    QCOMPARE(w.currentExplorer(), ExplorersWidget::Explorer::Playground);
    LiveSocket *udp = w.socketPlayground()->lastSocket();
    QVERIFY(udp);
    QCOMPARE(udp->socket().type(), int(SOCK_DGRAM));
    QCOMPARE(udp->socket().protocol(), int(IPPROTO_UDP));
    QVERIFY(!w.socketPlayground()->lastError());
    QCOMPARE(run(u"explorer.playground AF_INET SOCK_DGRAM IPPROTO_TCP"_s), QString());
    QCOMPARE(w.socketPlayground()->lastError().name(), u"EPROTONOSUPPORT"_s);
    QVERIFY(!w.socketPlayground()->lastSocket());
    QCOMPARE(run(u"explorer.playground"_s), QString());
    QCOMPARE(w.socketPlayground()->lastSocket()->socket().type(), int(SOCK_STREAM));
}

void TestExplorersWidget::presentedAndBack()
{
    // Presented in large type on a projected screen: every part shows (the
    // well-known ports, this machine's interfaces), the tables hold whole
    // rows; back to normal, each explorer is as it was.
    Lab lab;
    ExplorersWidget w(&lab);
    QFont large = w.font();
    large.setPixelSize(28);
    w.setFont(large);
    w.resize(1258, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *tabBar = w.tabs()->tabBar();
    QVERIFY(tabBar->isVisible());
    auto *known = w.findChild<QTableWidget *>(u"wellKnownPorts"_s);
    auto *interfaces = w.findChild<QTreeWidget *>(u"interfaceList"_s);
    auto *constants = w.findChild<QTableWidget *>(u"constantsTable"_s);
    auto *shortRanges = w.findChild<QWidget *>(u"portRangesShort"_s);
    QVERIFY(known && interfaces && constants && shortRanges);
    // A table's rows end at the bottom of its viewport, none cut.
    const auto whole = [](const QTableWidget *table) {
        const int bottom = table->viewport()->height();
        for (int row = 0; row < table->rowCount(); ++row) {
            const int top = table->rowViewportPosition(row);
            if (top < bottom && top + table->rowHeight(row) > bottom)
                return false;
        }
        return true;
    };

    w.setPresented(true);
    QVERIFY(w.isPresented());
    QVERIFY(!tabBar->isVisible());
    w.showExplorer(ExplorersWidget::Explorer::Ports);
    QVERIFY(w.portExplorer()->isPresented());
    QTRY_VERIFY(known->isVisible());
    QVERIFY(shortRanges->isVisible());
    QVERIFY(known->isColumnHidden(4)); // what each carries: its tooltip
    QVERIFY(!known->item(1, 0)->toolTip().isEmpty());
    QTRY_VERIFY(whole(known));
    QVERIFY(known->rowViewportPosition(2) + known->rowHeight(2) <= known->viewport()->height());
    w.showExplorer(ExplorersWidget::Explorer::Address);
    QVERIFY(w.addressExplorer()->isPresented());
    QTRY_VERIFY(interfaces->isVisible());
    // The interfaces in use only (the rows there is room for), named and
    // with their addresses; kind, MTU and prefix a tooltip away.
    const auto listed = [interfaces] {
        QStringList names;
        for (int i = 0; i < interfaces->topLevelItemCount(); ++i)
            names << interfaces->topLevelItem(i)->text(0);
        return names;
    };
    QStringList up;
    QStringList all;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        all << iface.humanReadableName();
        if (iface.flags().testFlag(QNetworkInterface::IsUp))
            up << iface.humanReadableName();
    }
    QCOMPARE(listed(), up);
    QVERIFY(interfaces->isColumnHidden(1) && interfaces->isColumnHidden(2));
    w.showExplorer(ExplorersWidget::Explorer::Constants);
    w.constantsExplorer()->setPrefix(u"AF_"_s);
    QVERIFY(constants->isColumnHidden(2));
    QTRY_VERIFY(whole(constants));
    QVERIFY(constants->rowViewportPosition(5) + constants->rowHeight(5)
        <= constants->viewport()->height());

    w.setPresented(false);
    QVERIFY(tabBar->isVisible());
    QCOMPARE(listed(), all);
    QVERIFY(!interfaces->isColumnHidden(1));
    QVERIFY(!constants->isColumnHidden(2));
    // The table fills its place again (the pixels under whole rows are its own).
    QTRY_COMPARE(constants->height(), constants->parentWidget()->height());
    w.showExplorer(ExplorersWidget::Explorer::Ports);
    QVERIFY(!w.portExplorer()->isPresented());
    QTRY_VERIFY(known->isVisible());
    QVERIFY(!known->isColumnHidden(4));
    QVERIFY(!shortRanges->isVisible());
    QVERIFY(w.findChild<QWidget *>(u"kernelEphemeral"_s)->isVisible());
}

QTEST_MAIN(TestExplorersWidget)
#include "tst_explorerswidget.moc"
