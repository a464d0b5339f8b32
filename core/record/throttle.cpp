#include "core/record/throttle.h"

Throttle::Throttle(int intervalMs, std::function<void()> action, QObject *parent)
    : QObject(parent)
    , m_intervalMs(qMax(0, intervalMs))
    , m_action(std::move(action))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Throttle::run);
}

void Throttle::request()
{
    if (m_timer.isActive())
        return;
    const qint64 since = m_lastRun.isValid() ? m_lastRun.elapsed() : m_intervalMs;
    if (since >= m_intervalMs)
        run();
    else
        m_timer.start(int(m_intervalMs - since));
}

void Throttle::run()
{
    m_timer.stop();
    m_lastRun.start();
    if (m_action)
        m_action();
}
