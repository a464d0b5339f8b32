#pragma once

#include "callevent.h"
#include "livesocket.h"
#include "resolver.h"
#include "socketerror.h"

#include <QList>
#include <QObject>
#include <QPointer>

// What a careful client does with getaddrinfo's list (RFC 6724 order, as
// the system returned it): for each row in turn, socket(family, type, proto)
// then connect(sockaddr), and stop at the first that connects. Every
// refusal is kept (e.g. [::1]:5000 ECONNREFUSED before 127.0.0.1:5000
// connects), so the app can say which address was really used (case S7).
//
// Nothing blocks: each connect is a LiveSocket pending operation.
class ConnectPlan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPlan)

public:
    // One row tried: its 5-tuple and the outcome (no error = connected).
    struct Attempt
    {
        AddrInfo info;
        SocketError error;
        bool connected = false;
    };

    // side/objectName: the transcript's names for the sockets it creates
    // ("client", "client").
    explicit ConnectPlan(const QString &side, const QString &objectName, QObject *parent = nullptr);
    ~ConnectPlan() override;

    // Starts trying `rows` in order; a plan already running is cancelled first.
    // An empty list finishes at once, unconnected.
    void start(const QList<AddrInfo> &rows);
    // Abandons the attempt in progress (its socket is closed).
    void cancel();
    bool isRunning() const { return m_running; }

    QList<Attempt> attempts() const { return m_attempts; }
    // Index in the rows of the address that connected, or -1.
    int usedIndex() const { return m_used; }
    // The connected socket (owned by this plan until taken), or nullptr.
    LiveSocket *socket() const { return m_socket; }
    // Hands the connected socket over to `parent`'s ownership.
    LiveSocket *takeSocket(QObject *parent);

signals:
    void attemptStarted(int index, const AddrInfo &info);
    void attemptFailed(int index, const AddrInfo &info, const SocketError &error);
    void connected(int index, const AddrInfo &info, LiveSocket *socket);
    // After a connection, after the last refusal, or after cancel().
    void finished(bool connected);
    void callRecorded(const CallEvent &event);

private:
    void tryNext();
    void attemptDone(int index, const SocketError &error);

    QString m_side;
    QString m_objectName;
    QList<AddrInfo> m_rows;
    QList<Attempt> m_attempts;
    int m_next = 0;
    int m_used = -1;
    bool m_running = false;
    QPointer<LiveSocket> m_socket;
};
