#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

// Runs an action at most once per interval, however often it is requested.
// A request after a quiet spell runs the action at once (so a click shows its
// effect synchronously); requests inside the interval are folded into one run
// when the interval is up. A recv(8) flood makes a million calls a second;
// labels, lists and the diagram need about 25 updates a second.
class Throttle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Throttle)

public:
    // intervalMs: the least time between two runs (>= 0).
    Throttle(int intervalMs, std::function<void()> action, QObject *parent = nullptr);

    // Runs the action now if the last run is at least one interval old,
    // otherwise once when the interval is up.
    void request();
    // Runs the action now (a request still waiting is satisfied by it).
    void run();
    bool isScheduled() const { return m_timer.isActive(); }

private:
    int m_intervalMs = 0;
    std::function<void()> m_action;
    QTimer m_timer;
    QElapsedTimer m_lastRun;
};
