#pragma once

#include "core/bytes/receiveloop.h"
#include "core/lab/demoaction.h"
#include "core/net/livesocket.h"
#include "core/net/resolver.h"
#include "core/net/socket.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <optional>

// Test support: performs a lesson's demo actions on real loopback sockets
// straight through the core (LiveSocket, ReceiveLoop, Resolver, Constants),
// and answers the expectation subjects of resources/lesson/README.md. It is
// the reference meaning of the vocabulary, used to check the built-in
// lesson's data; the app performs the same actions through its panels.
class DemoRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoRunner)

public:
    explicit DemoRunner(QObject *parent = nullptr);
    ~DemoRunner() override;

    // Fresh panels: clients closed first (so TIME_WAIT lands on their
    // ephemeral ports), then the server's connection, then the listener.
    void reset();
    // From now on chunks, bytes sent and errors count for the expectations
    // (the start actions before it do not).
    void beginDemo();
    // Performs one action and waits (bounded) until it has settled: a call
    // that stays pending (accept with no client, recv with no data) is left
    // pending. Returns an empty string, or why the runner could not perform
    // the action at all (not a kernel error: those are recorded as SIDE.error).
    QString perform(const DemoAction &action);
    // The current value of an expectation subject, nullopt when it has none.
    std::optional<QByteArray> value(const QString &subject) const;

private:
    struct Side
    {
        QList<QByteArray> chunks;
        qint64 sent = -1;
        QString error;
    };

    QString performServer(const DemoAction &action);
    QString performClient(const DemoAction &action);
    QString performCrowd(const DemoAction &action);
    QString performExplorer(const DemoAction &action);
    QString performMeasure(const DemoAction &action);

    LiveSocket *makeSocket(const QString &side, const QString &name);
    void openSocket(LiveSocket *socket, Side *side, const QStringList &args);
    void note(Side *side, const SocketError &error);
    void watchData(LiveSocket *socket, Side *side);
    QString startLoop(
        LiveSocket *socket, Side *side, QPointer<ReceiveLoop> *loop, const DemoAction &action);
    void waitUntilSettled(LiveSocket *socket);
    std::optional<Endpoint> address(const DemoAction &action, int first) const;
    std::optional<QByteArray> socketValue(const LiveSocket *socket, const QString &field) const;
    std::optional<QByteArray> sideValue(const Side &side, const QString &field) const;

    QPointer<LiveSocket> m_server;
    QPointer<LiveSocket> m_conn;
    QPointer<LiveSocket> m_client;
    QList<QPointer<LiveSocket>> m_crowd;
    int m_crowdTimedOut = 0;
    QPointer<ReceiveLoop> m_serverLoop;
    QPointer<ReceiveLoop> m_clientLoop;
    int m_crowdRefused = 0;
    Side m_serverSide;
    Side m_clientSide;
    quint16 m_lastPort = 0;
    QList<AddrInfo> m_infos;
    Socket m_playground;
    QString m_playgroundError;
    int m_rows = 0;
    int m_points = 0;
    QTemporaryDir m_folder;
};
