#include "core/lab/queuewatch.h"

#include "core/net/endpoint.h"
#include "core/net/livesocket.h"

#include <QTimer>

QueueWatch::QueueWatch(Sockets sockets, QObject *parent)
    : QObject(parent)
    , m_sockets(std::move(sockets))
    , m_soon(new QTimer(this))
    , m_timer(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(0);
    connect(m_soon, &QTimer::timeout, this, &QueueWatch::sample);
    m_timer->setSingleShot(true);
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &QueueWatch::sample);
}

QueueWatch::~QueueWatch() = default;

SocketQueues QueueWatch::queues(const LiveSocket *socket) const
{
    return socket ? m_last.value(socket->name()) : SocketQueues();
}

bool QueueWatch::sampling() const
{
    return m_timer->isActive();
}

void QueueWatch::sampleSoon()
{
    if (!m_soon->isActive())
        m_soon->start();
}

void QueueWatch::sample()
{
    m_soon->stop();
    QHash<QString, SocketQueues> now;
    // Each end's addresses (getsockname, getpeername), to find its peer among them.
    QHash<QString, std::pair<Endpoint, Endpoint>> ends;
    bool queued = false;
    for (const LiveSocket *socket : m_sockets()) {
        if (!socket || !socket->socket().isValid() || socket->socket().type() != SOCK_STREAM)
            continue;
        const SocketQueues queues = SocketQueues::read(socket->socket().fd());
        if (!queues.valid)
            continue;
        now.insert(socket->name(), queues);
        ends.insert(socket->name(), {socket->laddr(), socket->raddr()});
        queued = queued || queues.anyQueued();
    }
    for (auto it = now.begin(); it != now.end(); ++it) {
        const auto &[laddr, raddr] = ends.value(it.key());
        for (auto other = ends.cbegin(); other != ends.cend(); ++other) {
            if (other.key() != it.key() && raddr.isValid() && other.value().first == raddr
                && other.value().second == laddr) {
                it->window = now.value(other.key()).peerWindow;
                break;
            }
        }
    }
    const bool same = now == m_last;
    if (!same)
        m_last = std::move(now);
    if (queued) {
        // Quickly while the figures move, less often while they stand still.
        m_timer->setInterval(same ? qMin(SlowIntervalMs, m_timer->interval() * 2) : IntervalMs);
        m_timer->start();
    } else {
        m_timer->stop();
        m_timer->setInterval(IntervalMs);
    }
    if (!same)
        emit changed();
}

void QueueWatch::clear()
{
    m_soon->stop();
    m_timer->stop();
    m_timer->setInterval(IntervalMs);
    if (m_last.isEmpty())
        return;
    m_last.clear();
    emit changed();
}
