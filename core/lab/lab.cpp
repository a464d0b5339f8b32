#include "core/lab/lab.h"

#include "core/bytes/receiveloop.h"
#include "core/lab/queuewatch.h"
#include "core/lab/throughput.h"
#include "core/net/porttable.h"
#include "core/net/tcpinfo.h"
#include "core/platform/constants.h"
#include "core/wire/labnetwork.h"
#include "core/wire/locapture.h"
#include "core/wire/packetcapture.h"
#include "core/wire/segmentmodel.h"

#include <QDir>
#include <QFutureWatcher>
#include <QPromise>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int settleMs = 4000; // longest wait for one action to settle
constexpr int recvSettleMs = 1000; // a recv with nothing to read stays pending
// A measurement settles when its transfers are done (Throughput::Runs of up
// to 16 MiB each); on a busy machine that can take many seconds.
constexpr int measureSettleMs = 60000;
constexpr int quietMs = 150; // a waiting receive loop with nothing new this long has settled

// Null-safe LiveSocket::isOpen: the Lab asks about sockets it may not have yet.
bool isOpen(const LiveSocket *socket)
{
    return socket && socket->isOpen();
}

int constant(const QString &name, int fallback)
{
    if (name.isEmpty())
        return fallback;
    bool ok = false;
    const int number = name.toInt(&ok);
    if (ok)
        return number;
    return int(Constants::value(name).value_or(fallback));
}

int shutdownHow(const QString &how)
{
    return how == u"SHUT_RD" ? SHUT_RD : how == u"SHUT_WR" ? SHUT_WR : SHUT_RDWR;
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray pendingName(LiveSocket::Pending pending)
{
    return pending == LiveSocket::Pending::None ? QByteArray("none")
                                                : LiveSocket::pendingCall(pending).toUtf8();
}

// Closes `socket` if it is open, abandoning whatever waits.
void closeIfOpen(LiveSocket *socket)
{
    if (isOpen(socket))
        (void)socket->close();
}

} // namespace

Lab::Lab(QObject *parent)
    : QObject(parent)
    , m_wire(new SegmentModel(this))
{
    m_queueWatch = new QueueWatch(
        [this] {
            QList<LiveSocket *> sockets = m_connections;
            sockets << m_client << m_crowd;
            return sockets;
        },
        this);
    m_server = makeSocket(CallEvent::Side::Server, u"server"_s);
    watch(m_server, &m_serverSide);
    connect(m_server, &LiveSocket::accepted, this, [this](LiveSocket *conn, const Endpoint &) {
        m_connections.append(conn);
        watch(conn, &m_serverSide);
        // Its own calls may never show its addresses (a close right away):
        // keep them from the start, for its segments and its kernel state.
        m_addresses[conn->objectName()] = {conn->laddr(), conn->raddr()};
        emit connectionAccepted(conn);
    });
    m_client = makeSocket(CallEvent::Side::Client, u"client"_s);
    watch(m_client, &m_clientSide);

    m_clientResolver = new Resolver(this);
    m_clientResolver->setTranscriptNames(CallEvent::Side::Client, u"socket"_s);
    connect(m_clientResolver, &Resolver::callRecorded, this, [this](const CallEvent &event) {
        note(&m_clientSide, event);
        emit callRecorded(event);
        news();
    });
    connect(m_clientResolver, &Resolver::resolved, this,
        [this](const Resolution &result) { m_infos = result.rows; });
    m_explorerResolver = new Resolver(this);
    connect(m_explorerResolver, &Resolver::callRecorded, this, [this](const CallEvent &event) {
        emit callRecorded(event);
        news();
    });
    connect(m_explorerResolver, &Resolver::resolved, this, [this](const Resolution &result) {
        m_explorerInfos = result.rows;
        m_explorerResolved = true;
    });

    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &Lab::checkSettled);
    m_quiet = new QTimer(this);
    m_quiet->setSingleShot(true);
    connect(m_quiet, &QTimer::timeout, this, &Lab::checkSettled);
    m_sinceNews.start();

    connect(this, &Lab::callRecorded, this, &Lab::noteAddresses);
    connect(this, &Lab::callRecorded, m_queueWatch, &QueueWatch::sampleSoon);
    setNetwork(Network::Lab);
}

Lab::~Lab()
{
    reset();
    stopCapture();
}

void Lab::setNetwork(Network network)
{
    stopCapture();
    m_wire->clear();
    delete m_labNetwork;
    m_labNetwork = nullptr;
    m_network = network;
    m_wireStatus.clear();
    if (network == Network::Lab) {
        m_wire->setFilter(nullptr); // the namespace's lo carries the Lab's segments only
        m_labNetwork = new LabNetwork(this);
        if (m_labNetwork->start() && m_labNetwork->waitForReady()) {
            SocketError error;
            const int fd = m_labNetwork->openCapture(&error);
            startCapture(fd,
                tr("The lab network's lo cannot be captured (%1): the calls still work, without "
                   "their segments.")
                    .arg(error.toString()));
        } else {
            m_wireStatus = m_labNetwork->failureReason();
        }
        connect(m_labNetwork, &LabNetwork::failed, this, [this](const QString &reason) {
            if (!m_capture) {
                m_wireStatus = reason;
                emit networkChanged();
            }
        });
    } else {
        // This machine's lo carries everybody's loopback traffic: keep the
        // segments of the ports the Lab's sockets use.
        m_wire->setFilter([this](const Segment &segment) {
            return m_ports.contains(segment.sourcePort)
                || m_ports.contains(segment.destinationPort);
        });
        int code = 0;
        const char *call = "";
        const int fd = LoCapture::open(&code, &call);
        QString refusal;
        if (fd < 0 && (code == EPERM || code == EACCES))
            refusal = tr("Capturing this machine's lo needs root or the CAP_NET_RAW capability "
                         "(sudo setcap cap_net_raw+ep socketlab): the calls work without their "
                         "segments, or choose the lab network, which needs neither.");
        else if (fd < 0)
            refusal = tr("This machine's lo cannot be captured: %1 failed with %2.")
                          .arg(QString::fromLatin1(call), SocketError::fromErrno(code).toString());
        startCapture(fd, refusal);
    }
    emit networkChanged();
}

Lab::Network Lab::effectiveNetwork() const
{
    return m_labNetwork && m_labNetwork->state() == LabNetwork::State::Ready ? Network::Lab
                                                                             : Network::Host;
}

qint64 Lab::tablesProcess() const
{
    return effectiveNetwork() == Network::Lab ? m_labNetwork->helperProcessId() : 0;
}

void Lab::startCapture(int fd, const QString &refusal)
{
    if (fd < 0) {
        m_wireStatus = refusal;
        return;
    }
    m_capture = new PacketCapture(fd, this);
    connect(m_capture, &PacketCapture::framesCaptured, m_wire, &SegmentModel::append);
    connect(m_capture, &PacketCapture::failed, this, [this](const SocketError &error) {
        m_wireStatus
            = tr("The capture stopped (%1): later segments are missing.").arg(error.toString());
        emit networkChanged();
    });
}

void Lab::stopCapture()
{
    if (!m_capture)
        return;
    // What is still queued belongs to the calls made so far.
    m_wire->append(m_capture->readAvailable(PacketCapture::BatchFrames * 64));
    delete m_capture;
    m_capture = nullptr;
}

Socket Lab::createNative(int family, int type, int proto, SocketError *error)
{
    if (m_labNetwork && m_labNetwork->state() == LabNetwork::State::Ready
        && (family == AF_INET || family == AF_INET6)) {
        Socket socket = m_labNetwork->createSocket(family, type, proto, error);
        if (socket.isValid()) {
            socket.setPythonProto(proto);
            socket.setNetwork(m_labNetwork->helperProcessId(), socketFactory());
        }
        return socket;
    }
    return Socket::create(family, type, proto, error);
}

Socket::Factory Lab::socketFactory() const
{
    if (!m_labNetwork || m_labNetwork->state() != LabNetwork::State::Ready)
        return {};
    const QPointer<LabNetwork> network = m_labNetwork;
    return [network](int family, int type, int proto, SocketError *error) {
        if (family != AF_INET && family != AF_INET6) // AF_UNIX: no network of its own
            return Socket::create(family, type, proto, error);
        if (!network) {
            if (error)
                *error = SocketError::refused(
                    tr("the lab network is not there"), tr("Choose the network again."));
            return Socket();
        }
        Socket socket = network->createSocket(family, type, proto, error);
        if (socket.isValid())
            socket.setNetwork(network->helperProcessId(), {});
        return socket;
    };
}

void Lab::noteAddresses(const CallEvent &event)
{
    if (event.call == CallEvent::Call::Getaddrinfo)
        return;
    auto &kept = m_addresses[event.object];
    if (event.call == CallEvent::Call::Socket && !event.error)
        kept = {};
    if (event.after.laddr.isValid()) {
        kept.first = event.after.laddr;
        m_ports.insert(event.after.laddr.port());
    }
    if (event.after.raddr.isValid())
        kept.second = event.after.raddr;
    if ((event.call == CallEvent::Call::Connect || event.call == CallEvent::Call::Bind
            || event.call == CallEvent::Call::Sendto)
        && event.address.isValid()) {
        m_ports.insert(event.address.port());
        if (event.call == CallEvent::Call::Connect && !kept.second.isValid())
            kept.second = event.address;
    }
}

QList<int> Lab::segmentsCausedBy(const CallEvent &event, qint64 untilNs) const
{
    Endpoint laddr = event.after.laddr;
    Endpoint raddr = event.after.raddr;
    if (!raddr.isValid()
        && (event.call == CallEvent::Call::Connect || event.call == CallEvent::Call::Accept))
        raddr = event.address;
    if (!laddr.isValid() || !raddr.isValid()) {
        const auto kept = m_addresses.value(event.object);
        if (!laddr.isValid())
            laddr = kept.first;
        if (!raddr.isValid())
            raddr = kept.second;
    }
    return m_wire->causedBy(laddr, raddr, event.clockNs, untilNs);
}

LiveSocket *Lab::makeSocket(CallEvent::Side side, const QString &name)
{
    auto *socket = new LiveSocket(side, name, this);
    socket->setFactory([this](int family, int type, int proto, SocketError *error) {
        return createNative(family, type, proto, error);
    });
    connect(socket, &LiveSocket::callRecorded, this, &Lab::callRecorded);
    connect(socket, &LiveSocket::callRecorded, this, &Lab::news);
    connect(socket, &LiveSocket::stateChanged, this, &Lab::news);
    connect(socket, &LiveSocket::pendingChanged, this, &Lab::news);
    connect(socket, &LiveSocket::sendallProgressed, this, &Lab::news);
    return socket;
}

void Lab::watch(LiveSocket *socket, Side *side)
{
    if (socket->parent() != this) { // an accepted connection: its events come out here too
        connect(socket, &LiveSocket::callRecorded, this, &Lab::callRecorded);
        connect(socket, &LiveSocket::callRecorded, this, &Lab::news);
        connect(socket, &LiveSocket::stateChanged, this, &Lab::news);
        connect(socket, &LiveSocket::pendingChanged, this, &Lab::news);
        connect(socket, &LiveSocket::sendallProgressed, this, &Lab::news);
    }
    connect(socket, &LiveSocket::callRecorded, this,
        [this, side](const CallEvent &event) { note(side, event); });
    // Bytes from an outside peer arrive without a call of the Lab's.
    connect(socket, &LiveSocket::readable, m_queueWatch, &QueueWatch::sampleSoon);
}

void Lab::note(Side *side, const CallEvent &event)
{
    if (event.phase != CallEvent::Phase::Done)
        return;
    if (event.error && !event.error.wouldBlock())
        side->error = event.error.name();
    if (event.error)
        return;
    using Call = CallEvent::Call;
    if (event.call == Call::Recv || event.call == Call::Recvfrom) {
        // Counts stay exact; only the first chunks are kept (a 10 MiB
        // recv(8) run is 1.3 million of them).
        side->chunkCount += event.callCount();
        side->bytes += event.data.size();
        qsizetype offset = 0;
        for (const qint32 size :
            event.isRun() ? event.chunkSizes : QList<qint32> {qint32(event.data.size())}) {
            if (side->chunks.size() >= KeptChunks || side->keptBytes + size > KeptBytes)
                break;
            side->chunks.append(event.data.sliced(offset, size));
            side->keptBytes += size;
            offset += size;
        }
    } else if (event.call == Call::Send || event.call == Call::Sendall
        || event.call == Call::Sendto) {
        side->sent = event.returned;
    }
}

bool Lab::owns(const LiveSocket *socket) const
{
    if (!socket)
        return false;
    auto *s = const_cast<LiveSocket *>(socket);
    return s == m_server || s == m_client || m_connections.contains(s) || m_crowd.contains(s)
        || m_playground.contains(s);
}

namespace {

SocketError notTheLabs()
{
    return SocketError::refused(u"This socket is not one of the Lab's."_s,
        u"Make the call on the server, the client or one of their connections."_s);
}

} // namespace

SocketError Lab::open(LiveSocket *socket, int family, int type, int proto)
{
    return owns(socket) ? socket->open(family, type, proto) : notTheLabs();
}

SocketError Lab::bind(LiveSocket *socket, const Endpoint &address)
{
    return owns(socket) ? socket->bind(address) : notTheLabs();
}

SocketError Lab::listen(LiveSocket *socket, int backlog)
{
    return owns(socket) ? socket->listen(backlog) : notTheLabs();
}

SocketError Lab::accept(LiveSocket *socket)
{
    return owns(socket) ? socket->accept() : notTheLabs();
}

SocketError Lab::connect(LiveSocket *socket, const Endpoint &address)
{
    return owns(socket) ? socket->connect(address) : notTheLabs();
}

IoResult Lab::send(LiveSocket *socket, const QByteArray &data)
{
    return owns(socket) ? socket->send(data) : IoResult {0, notTheLabs()};
}

SocketError Lab::sendall(LiveSocket *socket, const QByteArray &data)
{
    return owns(socket) ? socket->sendall(data) : notTheLabs();
}

SocketError Lab::recv(LiveSocket *socket, qint64 bufsize)
{
    return owns(socket) ? socket->recv(bufsize) : notTheLabs();
}

SocketError Lab::shutdown(LiveSocket *socket, int how)
{
    return owns(socket) ? socket->shutdown(how) : notTheLabs();
}

SocketError Lab::close(LiveSocket *socket)
{
    return owns(socket) ? socket->close() : notTheLabs();
}

IoResult Lab::sendto(LiveSocket *socket, const QByteArray &data, const Endpoint &address)
{
    return owns(socket) ? socket->sendto(data, address) : IoResult {0, notTheLabs()};
}

SocketError Lab::recvfrom(LiveSocket *socket, qint64 bufsize)
{
    return owns(socket) ? socket->recvfrom(bufsize) : notTheLabs();
}

SocketError Lab::setReuseAddress(LiveSocket *socket, bool on)
{
    return owns(socket) ? socket->setReuseAddress(on) : notTheLabs();
}

void Lab::cancel(LiveSocket *socket)
{
    if (owns(socket))
        socket->cancel();
}

QList<LiveSocket *> Lab::connections() const
{
    return m_connections;
}

LiveSocket *Lab::conn() const
{
    return m_connections.isEmpty() ? nullptr : m_connections.constLast();
}

QList<LiveSocket *> Lab::crowd() const
{
    return m_crowd;
}

QList<LiveSocket *> Lab::playgroundSockets() const
{
    return m_playground;
}

void Lab::forgetConnections()
{
    delete m_serverLoop.data();
    const QList<LiveSocket *> connections = std::exchange(m_connections, {});
    for (LiveSocket *conn : connections) {
        // Housekeeping between stages, not a lesson call (so not recorded):
        // a connection on the lesson port that lingers closing (LAST_ACK,
        // TIME_WAIT) lets the next stage's bind with SO_REUSEADDR pass only
        // if it has the option too (Linux inet_bind_conflict).
        if (m_lessonPort != 0 && isOpen(conn) && conn->laddr().port() == m_lessonPort)
            (void)conn->socket().setReuseAddress(true);
        closeIfOpen(conn);
    }
    if (!connections.isEmpty())
        emit connectionsForgotten();
    qDeleteAll(connections);
    m_server->restartConnectionNames();
}

void Lab::forgetCrowd()
{
    const QList<LiveSocket *> crowd = std::exchange(m_crowd, {});
    for (LiveSocket *socket : crowd)
        closeIfOpen(socket);
    qDeleteAll(crowd);
    m_crowdTimedOut = 0;
    m_crowdRefused = 0;
    if (!crowd.isEmpty())
        emit crowdChanged();
}

void Lab::forgetPlayground()
{
    const QList<LiveSocket *> sockets = std::exchange(m_playground, {});
    for (LiveSocket *socket : sockets)
        closeIfOpen(socket);
    qDeleteAll(sockets);
    m_playgroundError = {};
    m_playgroundCounter = 0;
    if (!sockets.isEmpty())
        emit playgroundChanged();
}

void Lab::reset()
{
    ++m_generation;
    m_settled = nullptr;
    m_deadline->stop();
    m_quiet->stop();
    delete m_clientLoop.data();
    forgetCrowd();
    m_clientResolver->cancel();
    m_explorerResolver->cancel();
    if (isOpen(m_client)) {
        m_client->cancel();
        (void)m_client->close();
    }
    forgetConnections();
    closeIfOpen(m_server);
    forgetPlayground();
    m_infos.clear();
    m_explorerInfos.clear();
    m_explorerResolved = false;
    m_points = 0;
    m_lastPort = 0;
    m_queueWatch->clear();
    QDir folder(m_folder.path());
    for (const QString &name : folder.entryList(QDir::Files | QDir::System))
        folder.remove(name);
    beginDemo();
    emit wasReset();
}

void Lab::beginDemo()
{
    m_serverSide = Side();
    m_clientSide = Side();
    m_demoStartNs = CallEvent::clockNow();
    m_steps.clear();
    m_queueAfter.clear();
}

SocketError Lab::openPlayground(int family, int type, int proto, LiveSocket **made)
{
    if (made)
        *made = nullptr;
    if (m_playground.size() >= maxPlayground) {
        m_playgroundError
            = SocketError::refused(tr("%1 playground sockets are already open").arg(maxPlayground),
                tr("Close some before creating more."));
        m_lastPlayground = nullptr;
        return m_playgroundError;
    }
    // Like a Python variable, a name is only taken when socket() succeeds.
    const QString name = u"s"_s + QString::number(m_playgroundCounter + 1);
    LiveSocket *socket = makeSocket(CallEvent::Side::Client, name);
    m_playgroundError = socket->open(family, type, proto);
    if (m_playgroundError) {
        delete socket;
        m_lastPlayground = nullptr;
        return m_playgroundError;
    }
    ++m_playgroundCounter;
    m_playground.append(socket);
    m_lastPlayground = socket;
    if (made)
        *made = socket;
    emit playgroundChanged();
    return {};
}

SocketError Lab::closePlayground(LiveSocket *socket)
{
    if (!m_playground.contains(socket))
        return SocketError::refused(
            tr("that socket is not one of the playground's"), tr("Pick one from the list."));
    const SocketError error = socket->close();
    m_playground.removeOne(socket);
    socket->deleteLater();
    emit playgroundChanged();
    return error;
}

void Lab::perform(const DemoAction &action)
{
    if (m_settled) {
        QTimer::singleShot(0, this, [this, action, generation = m_generation] {
            if (generation == m_generation)
                emit performed(action, tr("another action is still settling"));
        });
        return;
    }
    emit performing(action);
    m_steps.append({action.name(), CallEvent::clockNow()});
    Settled settled;
    int deadlineMs = settleMs;
    const QString problem = start(action, &settled, &deadlineMs);
    m_action = action;
    m_problem = problem;
    m_settled = problem.isEmpty() && settled ? settled : [] {
        return true;
    };
    m_deadline->start(deadlineMs);
    news();
}

void Lab::news()
{
    m_sinceNews.restart();
    if (!m_settled || m_checkQueued)
        return;
    m_checkQueued = true;
    QMetaObject::invokeMethod(this, &Lab::checkSettled, Qt::QueuedConnection);
}

void Lab::checkSettled()
{
    m_checkQueued = false;
    if (!m_settled)
        return;
    if (m_settled() || !m_deadline->isActive()) {
        // Past the deadline what still waits stays waiting; the checks say
        // whether that was right.
        finish(m_problem);
        return;
    }
    // A receive loop counts as settled once quiet: look again when it may be.
    m_quiet->start(quietMs);
}

void Lab::finish(const QString &problem)
{
    m_settled = nullptr;
    m_deadline->stop();
    m_quiet->stop();
    if (const std::optional<QByteArray> queued = value(u"server.queue"_s))
        m_queueAfter.insert(m_action.name(), queued->toLongLong());
    emit performed(m_action, problem);
}

QString Lab::start(const DemoAction &action, Settled *settled, int *deadlineMs)
{
    const QString target = action.target();
    if (action.name() == u"reset") {
        reset();
        return {};
    }
    if (target == u"server")
        return performServer(action, settled, deadlineMs);
    if (target == u"client")
        return performClient(action, settled, deadlineMs);
    if (target == u"crowd")
        return performCrowd(action, settled, deadlineMs);
    if (target == u"explorer")
        return performExplorer(action, settled);
    if (target == u"measure") {
        *deadlineMs = measureSettleMs;
        return performMeasure(action, settled);
    }
    return tr("unknown target %1").arg(target);
}

std::optional<Endpoint> Lab::address(const QStringList &args) const
{
    if (args.isEmpty())
        return isOpen(m_server) ? std::optional(m_server->laddr()) : std::nullopt;
    if (args.size() == 1 && args.at(0) == u"info[-1]") {
        const AddrInfo *info = streamInfo();
        return info ? std::optional(info->sockaddr) : std::nullopt;
    }
    if (args.size() == 1) {
        const QString path
            = QDir::isAbsolutePath(args.at(0)) ? args.at(0) : m_folder.filePath(args.at(0));
        return Endpoint::unixPath(path);
    }
    const QString port = args.at(1) == u"last" ? QString::number(m_lastPort) : args.at(1);
    SocketError error;
    std::optional<Endpoint> at = Endpoint::parse(AF_UNSPEC, args.at(0), port, &error);
    if (error)
        return std::nullopt;
    return at;
}

const AddrInfo *Lab::streamInfo() const
{
    for (const AddrInfo &row : m_infos) {
        if (row.type == SOCK_STREAM)
            return &row;
    }
    return nullptr;
}

QString Lab::startLoop(
    LiveSocket *socket, QPointer<ReceiveLoop> *loop, const DemoAction &action, Settled *settled)
{
    if (!isOpen(socket))
        return tr("no connected socket to receive on");
    delete loop->data();
    *loop = new ReceiveLoop(socket, this);
    (*loop)->setDecode(Utf8Stream::Decode::Boundary); // views show the text as it arrives
    if (const SocketError refused = action.configure(*loop))
        return refused.toString();
    connect(*loop, &ReceiveLoop::waitingChanged, this, &Lab::news);
    connect(*loop, &ReceiveLoop::stopped, this, &Lab::news);
    (void)(*loop)->start(); // a refusal or errno is an event of the socket
    QPointer<ReceiveLoop> running = *loop;
    // Settled when the loop stopped, or waits with nothing new for a moment
    // (an echo's chunks come back over several turns of the event loop).
    *settled = [this, running] {
        return !running || !running->isActive()
            || (running->isWaiting() && m_sinceNews.elapsed() >= quietMs);
    };
    return {};
}

Lab::Settled Lab::sendallSettled(const QPointer<LiveSocket> &socket)
{
    // Done, or waiting for room with nothing new for a moment: the peer does
    // not read and its window is closed (the stage may read next).
    return [this, socket] {
        return !socket || socket->pendingWrite() == LiveSocket::Pending::None
            || m_sinceNews.elapsed() >= quietMs;
    };
}

Lab::Settled Lab::finSettled(const QPointer<LiveSocket> &socket)
{
    // close(2) and shutdown(2) return once the FIN is queued; the kernel
    // sends it, and takes in the peer's ACK, in softirq work that a busy
    // machine runs later. Until then the connection is in FIN_WAIT1 (or
    // CLOSING, LAST_ACK), and the next action or check would see that.
    return [this, socket] {
        if (!socket)
            return true;
        const std::optional<QByteArray> state = kernelState(socket);
        return !state || (*state != "FIN_WAIT1" && *state != "CLOSING" && *state != "LAST_ACK");
    };
}

QString Lab::performServer(const DemoAction &action, Settled *settled, int *deadlineMs)
{
    const QString verb = action.verb();
    const QStringList args = action.args();
    if (verb == u"socket") {
        // Like reassigning `server` in Python: the open one is closed first.
        // Its connections stay listed until the stage ends (reset).
        closeIfOpen(m_server);
        (void)m_server->open(constant(args.value(0), AF_INET), constant(args.value(1), SOCK_STREAM),
            constant(args.value(2), 0));
        return {};
    }
    if (verb == u"setsockopt" && args.value(0) == u"SO_RCVBUF") {
        (void)m_server->setBufferSize(SO_RCVBUF, int(action.number(1)));
        return {};
    }
    if (verb == u"setsockopt") {
        const bool on = args.value(1) == u"1";
        (void)(args.value(0) == u"SO_REUSEADDR" ? m_server->setReuseAddress(on)
                                                : m_server->setV6Only(on));
        return {};
    }
    if (verb == u"bind") {
        const std::optional<Endpoint> at = address(args);
        if (!at)
            return tr("cannot build an address from %1").arg(args.join(u' '));
        // Revisiting stages: an earlier stage's closed connection may keep
        // the lesson port in TIME_WAIT for a minute. Only then SO_REUSEADDR
        // is set, in a row that says why (a socket still listening there is
        // refused all the same); the restart stage, which teaches
        // EADDRINUSE, binds "last" instead.
        if (m_lessonPort != 0 && args.size() == 2 && at->port() == m_lessonPort
            && args.at(1) != u"last") {
            if (const QString closing = lessonPortClosingState(*at); !closing.isEmpty())
                (void)m_server->setReuseAddress(true,
                    tr("set by SocketLab: port %1 is in %2 from an earlier stage")
                        .arg(at->port())
                        .arg(closing));
        }
        if (!m_server->bind(*at))
            m_lastPort = m_server->laddr().port();
        return {};
    }
    if (verb == u"listen") {
        (void)m_server->listen(int(action.number(0)));
        return {};
    }
    if (verb == u"accept") {
        (void)m_server->accept();
        return {};
    }
    if (verb == u"recvfrom") {
        (void)m_server->recvfrom(action.number(0));
        *deadlineMs = recvSettleMs;
        *settled = [server = QPointer(m_server)] {
            return !server || server->pendingRead() == LiveSocket::Pending::None;
        };
        return {};
    }
    if (verb == u"close" && args.isEmpty()) {
        (void)m_server->close();
        return {};
    }
    LiveSocket *conn = this->conn();
    if (verb == u"recvloop")
        return startLoop(conn, &m_serverLoop, action, settled);
    if (!conn)
        return tr("the server has no connection for %1").arg(action.name());
    QPointer<LiveSocket> guard(conn);
    if (verb == u"recv") {
        (void)conn->recv(action.number(0));
        *deadlineMs = recvSettleMs;
        *settled = [guard] {
            return !guard || guard->pendingRead() == LiveSocket::Pending::None;
        };
    } else if (verb == u"echo") {
        const qint64 size = action.number(0);
        connect(conn, &LiveSocket::received, this, [conn, size](const QByteArray &data) {
            if (data.isEmpty()) {
                (void)conn->close();
                return;
            }
            (void)conn->sendall(data);
            (void)conn->recv(size);
        });
        (void)conn->recv(size);
    } else if (verb == u"send") {
        (void)conn->send(action.text());
    } else if (verb == u"sendall") {
        (void)conn->sendall(action.text());
        *settled = sendallSettled(guard);
    } else if (verb == u"shutdown") {
        (void)conn->shutdown(shutdownHow(args.value(0)));
        *settled = finSettled(guard);
    } else if (verb == u"close") {
        // The lesson closes conn before the client: conn's side of the
        // connection waits in TIME_WAIT on the lesson port. A TIME_WAIT lets
        // a later bind with SO_REUSEADDR pass only if its socket had the
        // option too (Linux inet_bind_conflict), so conn gets it first, in a
        // row that says why, or revisiting a stage would fail for a minute.
        if (m_lessonPort != 0 && conn->laddr().port() == m_lessonPort
            && conn->tcpInfo().state == TcpInfo::State::Established && conn->bytesWaiting() == 0)
            (void)conn->setReuseAddress(true,
                tr("set by SocketLab: conn leaves port %1 in TIME_WAIT, and with the option a "
                   "later stage may bind it again")
                    .arg(m_lessonPort));
        (void)conn->close();
        *settled = finSettled(guard);
    } else {
        return tr("the Lab does not know %1").arg(action.name());
    }
    return {};
}

QString Lab::performClient(const DemoAction &action, Settled *settled, int *deadlineMs)
{
    const QString verb = action.verb();
    const QStringList args = action.args();
    if (verb == u"getaddrinfo") {
        m_infos.clear();
        m_clientResolver->lookup(args.value(0), args.value(1));
        *settled = [resolver = m_clientResolver] {
            return !resolver->isBusy();
        };
        return {};
    }
    if (verb == u"socket") {
        delete m_clientLoop.data();
        if (isOpen(m_client)) {
            m_client->cancel();
            (void)m_client->close();
        }
        if (args.value(0) == u"*info[:3]") {
            const AddrInfo *info = streamInfo();
            if (!info)
                return tr("no SOCK_STREAM row from getaddrinfo for *info[:3]");
            (void)m_client->open(info->family, info->type, info->proto);
            return {};
        }
        (void)m_client->open(constant(args.value(0), AF_INET), constant(args.value(1), SOCK_STREAM),
            constant(args.value(2), 0));
        return {};
    }
    QPointer<LiveSocket> guard(m_client);
    if (verb == u"connect") {
        const std::optional<Endpoint> to = address(args);
        if (!to)
            return tr("cannot build an address from %1").arg(args.join(u' '));
        (void)m_client->connect(*to);
        // Settled when the connect is done and, if the server waits in
        // accept(), that accept has returned too.
        *settled = [guard, server = QPointer(m_server)] {
            return (!guard || guard->pendingWrite() == LiveSocket::Pending::None)
                && (!server || server->pendingRead() != LiveSocket::Pending::Accept
                    || guard->state() != LiveSocket::State::Connected);
        };
    } else if (verb == u"send") {
        (void)m_client->send(action.text());
    } else if (verb == u"sendto") {
        (void)m_client->sendto(action.text(), m_server->laddr());
    } else if (verb == u"sendall" || verb == u"sendfill") {
        (void)m_client->sendall(
            verb == u"sendall" ? action.text() : QByteArray(action.number(0), 'x'));
        *settled = sendallSettled(guard);
    } else if (verb == u"sendmore") {
        (void)m_client->send(action.text(), MSG_MORE);
    } else if (verb == u"setsockopt") {
        (void)m_client->setBufferSize(SO_SNDBUF, int(action.number(1)));
    } else if (verb == u"recv" || verb == u"recvfrom") {
        (void)(verb == u"recv" ? m_client->recv(action.number(0))
                               : m_client->recvfrom(action.number(0)));
        *deadlineMs = recvSettleMs;
        *settled = [guard] {
            return !guard || guard->pendingRead() == LiveSocket::Pending::None;
        };
    } else if (verb == u"recvloop") {
        return startLoop(m_client, &m_clientLoop, action, settled);
    } else if (verb == u"shutdown") {
        (void)m_client->shutdown(shutdownHow(args.value(0)));
        *settled = finSettled(guard);
    } else if (verb == u"close") {
        (void)m_client->close();
        *settled = finSettled(guard);
    } else {
        return tr("the Lab does not know %1").arg(action.name());
    }
    return {};
}

QString Lab::performCrowd(const DemoAction &action, Settled *settled, int *deadlineMs)
{
    if (action.verb() == u"close") {
        for (LiveSocket *socket : std::as_const(m_crowd))
            closeIfOpen(socket);
        return {};
    }
    if (!isOpen(m_server))
        return tr("the crowd needs a server");
    const Endpoint target = m_server->laddr();
    const int timeout = action.args().size() > 1 ? int(action.number(1)) : 1000;
    for (qint64 i = 0; i < action.number(0); ++i) {
        LiveSocket *socket
            = makeSocket(CallEvent::Side::Client, u"crowd%1"_s.arg(m_crowd.size() + 1));
        connect(socket, &LiveSocket::failed, this,
            [this](const QString &, const SocketError &error, qint64) {
                if (error.name() == u"ECONNREFUSED")
                    ++m_crowdRefused;
            });
        (void)socket->open(target.family(), SOCK_STREAM, 0);
        (void)socket->connect(target);
        m_crowd.append(socket);
    }
    emit crowdChanged();
    QTimer::singleShot(timeout, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        for (LiveSocket *socket : std::as_const(m_crowd)) {
            if (socket->state() == LiveSocket::State::Connecting) {
                socket->timeOut();
                ++m_crowdTimedOut;
            }
        }
        news();
    });
    *deadlineMs = timeout + settleMs;
    *settled = [this] {
        return std::none_of(m_crowd.cbegin(), m_crowd.cend(), [](const LiveSocket *socket) {
            return socket->state() == LiveSocket::State::Connecting;
        });
    };
    return {};
}

QString Lab::performExplorer(const DemoAction &action, Settled *settled)
{
    const QString verb = action.verb();
    const QStringList args = action.args();
    if (verb == u"getaddrinfo") {
        m_explorerResolved = false;
        m_explorerInfos.clear();
        m_explorerResolver->lookup(args.value(0), args.value(1));
        *settled = [resolver = m_explorerResolver] {
            return !resolver->isBusy();
        };
    } else if (verb == u"playground") {
        (void)openPlayground(constant(args.value(0), AF_INET), constant(args.value(1), SOCK_STREAM),
            constant(args.value(2), 0));
    }
    // open, address, port and constants only show things.
    emit explorerShown(action);
    return {};
}

QString Lab::performMeasure(const DemoAction &action, Settled *settled)
{
    const QString familyName = action.args().value(0);
    const int family = constant(familyName, AF_INET);
    const int buffer = int(action.number(1));
    const qint64 total = action.number(2);
    const Throughput::Clock clock
        = action.verb() == u"recvcpu" ? Throughput::Clock::ReceiverCpu : Throughput::Clock::Wall;
    const QString amount = QLocale().formattedDataSize(total, 0, QLocale::DataSizeIecFormat);
    m_measureBasis = clock == Throughput::Clock::Wall
        ? tr("Each bar: %1 through a socket pair of this machine, per second of time.").arg(amount)
        : tr("Each bar: %1 through a socket pair, per second of CPU time the receiver spent "
             "in recv().")
              .arg(amount);
    // Blocking calls on their own pair of sockets: off the GUI thread.
    auto promise = std::make_shared<QPromise<double>>();
    auto *watcher = new QFutureWatcher<double>(this);
    auto done = std::make_shared<bool>(false);
    auto problem = std::make_shared<QString>();
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, done, familyName, buffer, generation = m_generation] {
            watcher->deleteLater();
            *done = true;
            if (generation != m_generation)
                return; // reset meanwhile: the point belongs to no stage
            const double rate = watcher->future().resultCount() > 0 ? watcher->result() : -1;
            if (rate > 0) {
                ++m_points;
                emit measured(tr("%1, recv(%2)").arg(familyName).arg(buffer), rate);
            }
            news();
        });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, family, buffer, total, clock] {
        promise->start();
        promise->addResult(Throughput::measure(family, buffer, total, clock));
        promise->finish();
    });
    *settled = [done] {
        return *done;
    };
    return {};
}

std::optional<QByteArray> Lab::socketValue(const LiveSocket *socket, const QString &field)
{
    if (!socket)
        return std::nullopt;
    if (field == u"state")
        return LiveSocket::stateName(socket->state()).replace(u' ', u'-').toUtf8();
    if (field == u"tcpstate") {
        const TcpInfo info = socket->tcpInfo();
        return info.valid ? std::optional(TcpInfo::stateName(info.state).toUtf8()) : std::nullopt;
    }
    if (!isOpen(socket))
        return std::nullopt;
    if (field == u"laddr" || field == u"raddr") {
        const Endpoint at = field == u"laddr" ? socket->laddr() : socket->raddr();
        return at.isValid() ? std::optional(at.toString().toUtf8()) : std::nullopt;
    }
    if (field == u"family")
        return Constants::symbol(socket->socket().family(), u"AF_"_s).toUtf8();
    if (field == u"type")
        return Constants::symbol(socket->socket().type(), u"SOCK_"_s).toUtf8();
    if (field == u"proto")
        return number(socket->socket().protocol());
    return std::nullopt;
}

std::optional<QByteArray> Lab::sideValue(const Side &side, const QString &field)
{
    if (field == u"error")
        return side.error.isEmpty() ? QByteArray("none") : side.error.toUtf8();
    if (field == u"chunks")
        return number(side.chunkCount);
    if (field == u"bytes")
        return number(side.bytes);
    if (field == u"text")
        return side.chunks.join(); // the kept chunks' bytes
    if (field == u"sent")
        return side.sent >= 0 ? std::optional(number(side.sent)) : std::nullopt;
    if (field.startsWith(u"chunk[") && field.endsWith(u']')) {
        bool ok = false;
        const int index = field.mid(6).chopped(1).toInt(&ok);
        return ok && index >= 0 && index < side.chunks.size() ? std::optional(side.chunks.at(index))
                                                              : std::nullopt;
    }
    return std::nullopt;
}

void Lab::readCapture()
{
    if (!m_capture)
        return;
    for (int batch = 0; batch < 64; ++batch) {
        const QList<Frame> frames = m_capture->readAvailable();
        if (frames.isEmpty())
            break;
        m_wire->append(frames);
    }
}

QString Lab::uncheckable(const QString &subject) const
{
    if (!subject.startsWith(u"wire."_s) || capturing())
        return {};
    return m_wireStatus.isEmpty() ? tr("nothing is captured on this network.") : m_wireStatus;
}

std::optional<QByteArray> Lab::wireValue(const QString &subject) const
{
    static const QRegularExpression shape(
        u"^wire(?:\\.(server|client))?\\.([a-z]+)(?:\\(([a-z]+\\.[a-z]+)\\))?$"_s);
    const QRegularExpressionMatch match = shape.match(subject);
    if (!match.hasMatch() || !capturing())
        return std::nullopt;
    const QString side = match.captured(1);
    const QString measure = match.captured(2);
    const QString step = match.captured(3);
    qint64 fromNs = m_demoStartNs;
    qint64 untilNs = 0; // no end
    if (!step.isEmpty()) {
        const auto at = std::find_if(m_steps.cbegin(), m_steps.cend(),
            [&step](const std::pair<QString, qint64> &s) { return s.first == step; });
        if (at == m_steps.cend())
            return std::nullopt; // that step has not run (yet)
        fromNs = at->second;
        untilNs = at + 1 == m_steps.cend() ? 0 : (at + 1)->second;
    }
    const Segment::Direction wanted = side == u"server" ? Segment::Direction::ServerToClient
        : side == u"client"                             ? Segment::Direction::ClientToServer
                                                        : Segment::Direction::Unknown;
    qint64 count = 0;
    qint64 data = 0;
    qint64 longest = 0;
    qint64 syn = 0;
    qint64 fin = 0;
    qint64 rst = 0;
    qint64 window = -1;
    qint64 smallest = -1;
    QStringList flags;
    for (int row = 0; row < m_wire->rowCount(); ++row) {
        const Segment &segment = m_wire->segmentAt(row);
        if (!segment.isTcp() || segment.frame.clockNs < fromNs
            || (untilNs > 0 && segment.frame.clockNs >= untilNs))
            continue;
        if (wanted != Segment::Direction::Unknown && segment.direction != wanted)
            continue;
        ++count;
        data += segment.payloadLength > 0 ? 1 : 0;
        longest = qMax(longest, segment.payloadLength);
        syn += segment.has(Segment::Syn) ? 1 : 0;
        fin += segment.has(Segment::Fin) ? 1 : 0;
        rst += segment.has(Segment::Rst) ? 1 : 0;
        flags.append(segment.flagsText());
        if (!segment.has(Segment::Syn) && !segment.has(Segment::Rst)) {
            window = segment.windowBytes >= 0 ? segment.windowBytes : segment.window;
            smallest = smallest < 0 ? window : qMin(smallest, window);
        }
    }
    if (measure == u"segments")
        return number(count);
    if (measure == u"data")
        return number(data);
    if (measure == u"maxlen")
        return number(longest);
    if (measure == u"syn")
        return number(syn);
    if (measure == u"fin")
        return number(fin);
    if (measure == u"rst")
        return number(rst);
    if (measure == u"flags")
        return flags.join(u',').toUtf8();
    if (measure == u"window")
        return window >= 0 ? std::optional(number(window)) : std::nullopt;
    if (measure == u"minwindow")
        return smallest >= 0 ? std::optional(number(smallest)) : std::nullopt;
    return std::nullopt;
}

QString Lab::lessonPortClosingState(const Endpoint &address) const
{
    const QList<PortTable::Entry> holders
        = PortTable::holders(PortTable::Protocol::Tcp, address.port(), tablesProcess());
    for (const PortTable::Entry &entry : holders) {
        // A listener refuses the bind whatever the option; any other TCP
        // state on the port is a connection on its way out.
        if (PortTable::overlaps(entry.local, address) && entry.stateName() != u"LISTEN")
            return entry.stateName();
    }
    return {};
}

std::optional<QByteArray> Lab::kernelState(const LiveSocket *socket) const
{
    if (!socket)
        return std::nullopt;
    // The 4-tuple it had: after close(2) the kernel may still list it (TIME_WAIT).
    const auto kept = m_addresses.value(socket->objectName());
    if (kept.first.isValid() && kept.second.isValid()) {
        const QList<PortTable::Entry> holders
            = PortTable::holders(PortTable::Protocol::Tcp, kept.first.port(), tablesProcess());
        for (const PortTable::Entry &entry : holders) {
            if (entry.local == kept.first && entry.remote == kept.second)
                return entry.stateName().toUtf8();
        }
    }
    const TcpInfo info = socket->tcpInfo();
    if (info.valid)
        return TcpInfo::stateName(info.state).toUtf8();
    return isOpen(socket) ? std::nullopt : std::optional(QByteArray("CLOSED"));
}

std::optional<QByteArray> Lab::value(const QString &subject) const
{
    if (subject.startsWith(u"wire."_s))
        return wireValue(subject);
    if (subject.endsWith(u".kernelstate"_s)) {
        const QString object = subject.chopped(12);
        return kernelState(object == u"server.conn" ? conn()
                : object == u"server"               ? m_server
                                                    : m_client);
    }
    static const QStringList socketFields
        = {u"state"_s, u"tcpstate"_s, u"laddr"_s, u"raddr"_s, u"family"_s, u"type"_s, u"proto"_s};
    const QString head = subject.section(u'.', 0, 0);
    const QString field = subject.section(u'.', 1);
    if (subject.startsWith(u"server.conn."))
        return socketValue(conn(), subject.section(u'.', 2));
    if (head == u"server" || head == u"client") {
        const bool server = head == u"server";
        const LiveSocket *socket = server ? m_server : m_client;
        if (socketFields.contains(field))
            return socketValue(socket, field);
        if (field == u"pending") {
            LiveSocket::Pending pending = socket->pending();
            if (server && pending == LiveSocket::Pending::None && conn())
                pending = conn()->pending();
            return pendingName(pending);
        }
        if (field.startsWith(u"queue("_s) && field.endsWith(u')') && server) {
            const auto at = m_queueAfter.constFind(field.mid(6).chopped(1));
            return at == m_queueAfter.cend() ? std::nullopt : std::optional(number(*at));
        }
        if (field == u"queue" && server) {
            const TcpInfo info = socket->tcpInfo();
            return info.valid && info.state == TcpInfo::State::Listen
                ? std::optional(number(info.acceptQueueLength))
                : std::nullopt;
        }
        if (field == u"infos" && !server)
            return number(m_infos.size());
        return sideValue(server ? m_serverSide : m_clientSide, field);
    }
    if (head == u"crowd") {
        auto count = [this](LiveSocket::State state) {
            return number(std::count_if(m_crowd.cbegin(), m_crowd.cend(),
                [state](const LiveSocket *socket) { return socket->state() == state; }));
        };
        if (field == u"connected")
            return count(LiveSocket::State::Connected);
        if (field == u"connecting")
            return count(LiveSocket::State::Connecting);
        if (field == u"timedout")
            return number(m_crowdTimedOut);
        if (field == u"refused")
            return number(m_crowdRefused);
        return std::nullopt;
    }
    if (head == u"playground") {
        if (field == u"error")
            return m_playgroundError ? m_playgroundError.name().toUtf8() : QByteArray("none");
        const LiveSocket *socket = m_lastPlayground;
        if (!isOpen(socket))
            return std::nullopt;
        if (field == u"laddr")
            return socket->laddr().toString().toUtf8();
        return socketValue(socket, field);
    }
    if (head == u"constants") {
        const std::optional<qint64> constantValue = Constants::value(field);
        return constantValue ? std::optional(number(*constantValue)) : std::nullopt;
    }
    if (subject == u"getaddrinfo.rows")
        return m_explorerResolved ? std::optional(number(m_explorerInfos.size())) : std::nullopt;
    if (subject == u"measure.points")
        return number(m_points);
    return std::nullopt;
}
