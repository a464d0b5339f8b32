#pragma once

#include "core/net/socketqueues.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class LiveSocket;
class QTimer;

// Watches the send and receive queues of the Lab's connected TCP sockets
// (SocketQueues: SIOCOUTQ, SIOCOUTQNSD, SIOCINQ, TCP_INFO) as they fill and
// drain. It samples them once after a burst of calls (sampleSoon(), from
// the event loop, so a run of a thousand calls costs one sample), and again
// every IntervalMs while bytes sit in a queue, because the kernel empties a
// send queue by itself as ACKs come back. A queue that stays as it is is
// sampled less often (up to every SlowIntervalMs). With every queue empty no
// timer runs: an idle Lab costs no CPU. When both ends of a connection are
// watched, each one's SocketQueues::window is the other's peerWindow: the
// window it advertised.
class QueueWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueWatch)

public:
    static constexpr int IntervalMs = 100;
    static constexpr int SlowIntervalMs = 1000;

    // sockets: the sockets to watch now (called at each sample; those that
    // are not connected TCP sockets are skipped).
    using Sockets = std::function<QList<LiveSocket *>()>;
    explicit QueueWatch(Sockets sockets, QObject *parent = nullptr);
    ~QueueWatch() override;

    // The last sample of `socket`'s queues (by its object name); not valid
    // when it was not sampled as a connected TCP socket.
    SocketQueues queues(const LiveSocket *socket) const;
    SocketQueues queues(const QString &object) const { return m_last.value(object); }
    // True while the timer runs (some queue held bytes at the last sample).
    bool sampling() const;

public slots:
    // Samples from the event loop, once however often this is called before.
    void sampleSoon();
    // Samples now; changed() when any figure differs from the last sample.
    void sample();
    // Forgets every sample (the Lab forgot its sockets).
    void clear();

signals:
    void changed();

private:
    Sockets m_sockets;
    QHash<QString, SocketQueues> m_last;
    QTimer *m_soon = nullptr;
    QTimer *m_timer = nullptr;
};
