#pragma once

#include "core/lab/demoaction.h"
#include "core/net/livesocket.h"
#include "core/net/resolver.h"
#include "core/record/callevent.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <optional>

class LabNetwork;
class PacketCapture;
class QTimer;
class QueueWatch;
class ReceiveLoop;
class SegmentModel;

// The Lab owns every socket the app makes and is the one place that says
// what the lesson's actions mean (resources/lesson/README.md):
//
//  - sockets: the server's listener (or datagram socket) `server`, each
//    connection it accepts (`conn`, `conn2`, ...), the client `client`, the
//    lesson's crowd of extra clients, the playground's sockets, and the
//    client's and the getaddrinfo explorer's resolvers. Views get them from
//    here and never create one;
//  - events: every system call any of them makes comes out of callRecorded(),
//    the one signal every view connects to;
//  - actions: perform() interprets one DemoAction and reports performed()
//    once it has settled (a pending connect or sendall done, a receive loop
//    waiting or finished, a lookup or a measurement back), bounded by a
//    deadline. Nothing blocks: blocking work (a throughput measurement) runs
//    on a worker thread behind a QFutureWatcher, as Resolver's lookups do;
//  - expectations: value() answers every subject (fits Expectation::Lookup).
//
// reset() closes and forgets whatever the stage opened: connections, the
// crowd, the playground's sockets, receive loops, records, files in the
// private folder. No fd, no object, no row is left, and the next accepted
// connection is named `conn` again.
class Lab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Lab)

public:
    // Where the Lab's sockets live (DESIGN.md, The wire).
    //  - Lab: a private network namespace (LabNetwork), its lo captured;
    //    nothing there reaches another network. The default.
    //  - Host: this machine's network, for outside peers and a classroom
    //    LAN; its lo is captured when the app may (root or CAP_NET_RAW).
    enum class Network { Lab, Host };
    Q_ENUM(Network)

    // Starts on the lab network (setNetwork(Network::Lab)).
    explicit Lab(QObject *parent = nullptr);
    ~Lab() override;

    // Makes the Lab's later sockets on `network` and captures there (the
    // capture and the segments so far are dropped; open sockets stay where
    // they were made). The lab network's helper is started at once and
    // waited for (at most LabNetwork::StartTimeoutMs). When the namespace or
    // the capture is refused, wireStatus() says why and what to do, and the
    // sockets are made on this machine's network as before.
    void setNetwork(Network network);
    // The network asked for, and the one sockets are made on now (Host when
    // the lab network was refused).
    Network network() const { return m_network; }
    Network effectiveNetwork() const;
    // The segments captured on the network's lo, in capture order; always
    // there, empty while nothing is captured.
    SegmentModel *wire() const { return m_wire; }
    bool capturing() const { return m_capture != nullptr; }
    // A process in the network the Lab's sockets are made in now, whose
    // /proc/PID/net tables list them (PortTable::holders): the lab network's
    // helper; 0 for this machine's network (the app's own tables).
    qint64 tablesProcess() const;
    // One sentence: why nothing is captured and what to do; "" while capturing.
    QString wireStatus() const { return m_wireStatus; }
    // socket(2) where the Lab's sockets are made now (the lab network's
    // helper, or this machine's network), for trial sockets that must ask
    // the same kernel tables, e.g. FreePort's. Sockets it makes know where
    // they live (Socket::setNetwork). Safe to keep: once the network is
    // gone it refuses (Kind::Refused).
    Socket::Factory socketFactory() const;
    // The rows of wire() that the call `event` caused: its socket's segments
    // (laddr and raddr after the call, or the connect's target, or those the
    // socket had before closing) from the call's start until `untilNs` (the
    // next call's start; <= 0: no end). See SegmentModel::causedBy.
    QList<int> segmentsCausedBy(const CallEvent &event, qint64 untilNs) const;

    // The two lanes' own sockets; they live as long as the Lab (socket()
    // opens them again after a close).
    LiveSocket *server() const { return m_server; }
    LiveSocket *client() const { return m_client; }
    // The server's accepted connections, oldest first, and the newest one
    // (the one `server.conn` and the server's data actions mean; nullptr
    // before the first accept).
    QList<LiveSocket *> connections() const;
    LiveSocket *conn() const;
    QList<LiveSocket *> crowd() const;
    QList<LiveSocket *> playgroundSockets() const;
    // The send and receive queues of the client, the connections and the
    // crowd, sampled after calls and while bytes wait (QueueWatch; its
    // changed() tells views to read them again).
    QueueWatch *queueWatch() const { return m_queueWatch; }
    // The client's getaddrinfo and the getaddrinfo explorer's.
    Resolver *clientResolver() const { return m_clientResolver; }
    Resolver *explorerResolver() const { return m_explorerResolver; }
    // Rows of the client's last getaddrinfo and of the explorer's.

    // The playground's socket(2): a new socket named s1, s2, ... (a name
    // is only taken when the call succeeds). At most maxPlayground open at
    // once; beyond that a Kind::Refused error. *made (if given) is the new
    // socket, or nullptr.
    static constexpr int maxPlayground = 64;
    SocketError openPlayground(int family, int type, int proto, LiveSocket **made = nullptr);
    // close(2) on one playground socket, which is then forgotten.
    SocketError closePlayground(LiveSocket *socket);
    // The playground's last socket() outcome and the socket it made (while open).
    SocketError playgroundError() const { return m_playgroundError; }
    // Playground sockets named so far in this stage (the next is s<n+1>).
    int playgroundNamed() const { return m_playgroundCounter; }
    LiveSocket *lastPlaygroundSocket() const { return m_lastPlayground; }

    // The lanes' calls, as their buttons make them: one system call (as
    // LiveSocket makes it) on `socket`, which must be one of the Lab's
    // (server(), client(), a connection, a crowd or playground socket); any
    // other, or nullptr, is refused (Kind::Refused) and reaches no kernel.
    // The call is recorded like every other and comes out of callRecorded().
    // Widgets call these and never a LiveSocket's own system-call methods.
    SocketError open(LiveSocket *socket, int family, int type, int proto); // socket(2)
    SocketError bind(LiveSocket *socket, const Endpoint &address); // bind(2)
    SocketError listen(LiveSocket *socket, int backlog); // listen(2)
    SocketError accept(LiveSocket *socket); // accept(2); `connectionAccepted` when it returns
    // connect(2). (QObject::connect stays available: see the using below.)
    SocketError connect(LiveSocket *socket, const Endpoint &address);
    using QObject::connect;
    IoResult send(LiveSocket *socket, const QByteArray &data); // one send(2)
    SocketError sendall(LiveSocket *socket, const QByteArray &data); // send(2) until all went
    SocketError recv(LiveSocket *socket, qint64 bufsize); // recv(2) of at most bufsize bytes
    SocketError shutdown(LiveSocket *socket, int how); // shutdown(2), SHUT_RD/WR/RDWR
    SocketError close(LiveSocket *socket); // close(2), abandoning what waits
    // sendto(2) of one datagram to `address`; recvfrom(2) of at most bufsize
    // bytes (a longer datagram is cut, and the event says how many were lost).
    IoResult sendto(LiveSocket *socket, const QByteArray &data, const Endpoint &address);
    SocketError recvfrom(LiveSocket *socket, qint64 bufsize);
    // setsockopt(2) SOL_SOCKET SO_REUSEADDR (before bind: reuse a port that
    // a closed connection keeps in TIME_WAIT).
    SocketError setReuseAddress(LiveSocket *socket, bool on);
    // Abandons the socket's waiting calls (LiveSocket::cancel); no system call.
    void cancel(LiveSocket *socket);
    // `socket` is one of the Lab's sockets (see above).
    bool owns(const LiveSocket *socket) const;

    // The lesson port as written in the lesson (after any substitution).
    // Revisiting a stage must not be refused because an earlier one left the
    // port in TIME_WAIT, so the Lab sets SO_REUSEADDR where that needs it, in
    // a row whose CallEvent::why says so: before a bind to the port when the
    // kernel's socket tables list it in TIME_WAIT, and on a connection on
    // the port that the lesson closes first (the TIME_WAIT it leaves lets a
    // later bind pass only if it had the option). 0 (the default): no such port.
    void setLessonPort(quint16 port) { m_lessonPort = port; }

    // Starts one action; performed() follows once it has settled (always
    // later, never from inside this call). A second perform() while one is
    // settling is refused with performed(action, reason). A receive loop
    // that waits has settled once nothing new happened for 150 ms.
    void perform(const DemoAction &action);
    bool isPerforming() const { return bool(m_settled); }

    // Closes and forgets everything (see the class comment): clients first,
    // then the server's connections, then the listener, so TIME_WAIT lands
    // on the clients' ephemeral ports. An action still settling is dropped
    // without performed().
    void reset();
    // What the last measure action measured, in a line: how many bytes went
    // through the socket pair, and per what second (wall time, or the
    // receiver's CPU time in recv()). "" before any.
    QString measureBasis() const { return m_measureBasis; }
    // From now on recv chunks, bytes sent and errors count for the SIDE
    // subjects (what came before does not).
    void beginDemo();

    // The current value of an expectation subject (resources/lesson/README.md),
    // nullopt when it has none now.
    std::optional<QByteArray> value(const QString &subject) const;
    // Moves the frames the capture holds now into wire() at once, instead of
    // at the event loop's next turn (before checking wire.* subjects).
    void readCapture();
    // Why `subject` cannot be checked at all here, one sentence; "" when it
    // can. The wire.* subjects need a capture: without one this is
    // wireStatus() (value() then has nothing for them).
    QString uncheckable(const QString &subject) const;

    // Unix-domain paths of actions are relative to this private folder.
    QString folder() const { return m_folder.path(); }

signals:
    // setNetwork() changed the network, the capture or wireStatus().
    void networkChanged();
    // Every system call made on any of the Lab's sockets and resolvers.
    void callRecorded(const CallEvent &event);
    // An action starts (views may flash the matching button).
    void performing(const DemoAction &action);
    // The action has settled; `problem` is empty, or why the Lab could not
    // perform it at all (kernel errors are not problems: they are events
    // and SIDE.error).
    void performed(const DemoAction &action, const QString &problem);
    // The server accepted `conn` (it is connections().last()).
    void connectionAccepted(LiveSocket *conn);
    // reset() forgot every connection (they are about to be deleted).
    void connectionsForgotten();
    // reset() has closed and forgotten all the stage had: views show none of it.
    void wasReset();
    // The crowd or the playground's list changed.
    void crowdChanged();
    void playgroundChanged();
    // An action for an explorer view: open NAME, address TEXT, port N,
    // constants PREFIX, getaddrinfo HOST SERVICE (the Lab also runs the
    // lookup), playground (the Lab made the socket).
    void explorerShown(const DemoAction &action);
    // measure.throughput or measure.recvcpu added a point: `label`
    // ("AF_INET, recv(8)"), bytes per second (of wall time or of the
    // receiver's CPU time; Throughput::Clock).
    void measured(const QString &label, double bytesPerSecond);

private:
    struct Side
    {
        // The first chunks while they are at most KeptChunks chunks and
        // KeptBytes bytes (4096 chunks of recv(65536) would be 256 MiB);
        // counts stay exact.
        QList<QByteArray> chunks;
        qsizetype keptBytes = 0;
        qint64 chunkCount = 0;
        qint64 bytes = 0;
        qint64 sent = -1;
        QString error;
    };
    static constexpr qsizetype KeptChunks = 4096;
    static constexpr qsizetype KeptBytes = 256 * 1024;
    using Settled = std::function<bool()>;

    QString start(const DemoAction &action, Settled *settled, int *deadlineMs);
    QString performServer(const DemoAction &action, Settled *settled, int *deadlineMs);
    QString performClient(const DemoAction &action, Settled *settled, int *deadlineMs);
    QString performCrowd(const DemoAction &action, Settled *settled, int *deadlineMs);
    QString performExplorer(const DemoAction &action, Settled *settled);
    QString performMeasure(const DemoAction &action, Settled *settled);
    // A sendall's rule: settled when done, or when it waits with nothing new
    // for quietMs (the peer's window is closed).
    Settled sendallSettled(const QPointer<LiveSocket> &socket);
    // A close's or shutdown's rule: settled once the kernel no longer lists
    // the connection with its FIN unacknowledged (FIN_WAIT1, CLOSING, LAST_ACK).
    Settled finSettled(const QPointer<LiveSocket> &socket);
    // The wire.* subjects (resources/lesson/README.md) and OBJ.kernelstate.
    std::optional<QByteArray> wireValue(const QString &subject) const;
    std::optional<QByteArray> kernelState(const LiveSocket *socket) const;
    // The state ("TIME_WAIT", "LAST_ACK", ...) of a TCP connection that the
    // kernel's socket tables (of the lab network when the sockets live there)
    // list on `address`'s port, its address overlapping it
    // (PortTable::overlaps), other than a listener; "" when there is none.
    QString lessonPortClosingState(const Endpoint &address) const;
    QString startLoop(LiveSocket *socket, QPointer<ReceiveLoop> *loop, const DemoAction &action,
        Settled *settled);
    // Something happened: checks (once, from the event loop) whether the
    // action being performed has settled.
    void news();
    void checkSettled();
    void finish(const QString &problem);

    LiveSocket *makeSocket(CallEvent::Side side, const QString &name);
    // socket(2) where the Lab's sockets live now (LiveSocket::Factory).
    Socket createNative(int family, int type, int proto, SocketError *error);
    // Starts capturing on `fd` (an AF_PACKET socket on lo), or says why not.
    void startCapture(int fd, const QString &refusal);
    void stopCapture();
    // Remembers the addresses of the Lab's sockets as calls show them.
    void noteAddresses(const CallEvent &event);
    void watch(LiveSocket *socket, Side *side);
    void note(Side *side, const CallEvent &event);
    void forgetConnections();
    void forgetCrowd();
    void forgetPlayground();
    std::optional<Endpoint> address(const QStringList &args) const;
    const AddrInfo *streamInfo() const;
    static std::optional<QByteArray> socketValue(const LiveSocket *socket, const QString &field);
    static std::optional<QByteArray> sideValue(const Side &side, const QString &field);

    Network m_network = Network::Lab;
    LabNetwork *m_labNetwork = nullptr;
    PacketCapture *m_capture = nullptr;
    SegmentModel *m_wire = nullptr;
    QString m_wireStatus;
    QueueWatch *m_queueWatch = nullptr;
    // Ports the Lab's sockets were seen with: on this machine's lo, only
    // their segments are kept.
    QSet<quint16> m_ports;
    // Each socket's laddr and raddr while it had them, by object name: a
    // close's segments are those of the addresses it had.
    QHash<QString, std::pair<Endpoint, Endpoint>> m_addresses;

    LiveSocket *m_server = nullptr;
    LiveSocket *m_client = nullptr;
    Resolver *m_clientResolver = nullptr;
    Resolver *m_explorerResolver = nullptr;
    QList<LiveSocket *> m_connections;
    QList<LiveSocket *> m_crowd;
    QList<LiveSocket *> m_playground;
    QPointer<LiveSocket> m_lastPlayground;
    SocketError m_playgroundError;
    int m_playgroundCounter = 0;
    int m_crowdTimedOut = 0;
    int m_crowdRefused = 0;
    QPointer<ReceiveLoop> m_serverLoop;
    QPointer<ReceiveLoop> m_clientLoop;
    Side m_serverSide;
    Side m_clientSide;
    QList<AddrInfo> m_infos;
    QList<AddrInfo> m_explorerInfos;
    bool m_explorerResolved = false;
    int m_points = 0;
    QString m_measureBasis; // measureBasis()
    quint16 m_lastPort = 0;
    quint16 m_lessonPort = 0;
    QTemporaryDir m_folder;

    // The demo's start (beginDemo) and each of its steps' start, in the
    // order performed: action name ("server.accept") and CallEvent::clockNow().
    qint64 m_demoStartNs = 0;
    QList<std::pair<QString, qint64>> m_steps;
    // The listener's accept queue (TCP_INFO) as each step settled, by the
    // step's name: what server.queue(STEP) checks.
    QHash<QString, qint64> m_queueAfter;

    // The action being performed, until it settles.
    DemoAction m_action;
    QString m_problem;
    Settled m_settled;
    bool m_checkQueued = false;
    quint64 m_generation = 0; // changes with reset(): late results are dropped
    QTimer *m_deadline = nullptr;
    QTimer *m_quiet = nullptr; // re-checks a receive loop that has seen nothing new
    QElapsedTimer m_sinceNews;
};
