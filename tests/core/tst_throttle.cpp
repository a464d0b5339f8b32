// Throttle: an action requested many times runs at once after a quiet spell,
// then at most once more per interval. No timing figures are asserted; the
// test only waits (bounded) for the deferred run.
#include "core/record/throttle.h"

#include <QElapsedTimer>
#include <QTest>

class TestThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void firstRequestRunsAtOnce();
    void burstFoldsIntoOneLaterRun();
    void runSatisfiesAWaitingRequest();
};

void TestThrottle::firstRequestRunsAtOnce()
{
    int runs = 0;
    Throttle throttle(1000, [&runs] { ++runs; });
    throttle.request();
    QCOMPARE(runs, 1);
    QVERIFY(!throttle.isScheduled());
}

void TestThrottle::burstFoldsIntoOneLaterRun()
{
    int runs = 0;
    Throttle throttle(30, [&runs] { ++runs; });
    throttle.request(); // runs now
    for (int i = 0; i < 100000; ++i)
        throttle.request(); // folded
    QCOMPARE(runs, 1);
    QVERIFY(throttle.isScheduled());
    QTRY_COMPARE_WITH_TIMEOUT(runs, 2, 5000);
    QVERIFY(!throttle.isScheduled());
    // Nothing else was pending: no further run comes by itself.
    QTest::qWait(60);
    QCOMPARE(runs, 2);
}

void TestThrottle::runSatisfiesAWaitingRequest()
{
    int runs = 0;
    Throttle throttle(10000, [&runs] { ++runs; });
    throttle.request();
    throttle.request();
    QVERIFY(throttle.isScheduled());
    throttle.run();
    QCOMPARE(runs, 2);
    QVERIFY(!throttle.isScheduled());
}

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
