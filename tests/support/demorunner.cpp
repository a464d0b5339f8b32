#include "demorunner.h"

#include "core/lab/throughput.h"
#include "core/platform/constants.h"

#include <QDir>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int settleMs = 3000;

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

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray text(const QString &value)
{
    return value.toUtf8();
}

} // namespace

DemoRunner::DemoRunner(QObject *parent)
    : QObject(parent)
{ }

DemoRunner::~DemoRunner()
{
    reset();
}

void DemoRunner::reset()
{
    for (const QPointer<LiveSocket> &socket : std::as_const(m_crowd)) {
        if (socket)
            socket->close();
        delete socket.data();
    }
    m_crowd.clear();
    delete m_serverLoop.data();
    delete m_clientLoop.data();
    if (m_client)
        m_client->close();
    delete m_client.data();
    if (m_conn)
        m_conn->close();
    if (m_server)
        m_server->close();
    delete m_server.data(); // the connection is its child
    m_playground = Socket();
    m_playgroundError.clear();
    m_infos.clear();
    m_lastPort = 0;
    m_crowdTimedOut = 0;
    m_crowdRefused = 0;
    m_rows = 0;
    m_points = 0;
    QDir folder(m_folder.path());
    for (const QString &name : folder.entryList(QDir::Files | QDir::System))
        folder.remove(name);
    beginDemo();
}

void DemoRunner::beginDemo()
{
    m_serverSide = Side();
    m_clientSide = Side();
}

void DemoRunner::note(Side *side, const SocketError &error)
{
    if (error && !error.wouldBlock())
        side->error = error.name();
}

LiveSocket *DemoRunner::makeSocket(const QString &side, const QString &name)
{
    auto *socket = new LiveSocket(side, name, this);
    Side *record = side == u"server" ? &m_serverSide : &m_clientSide;
    connect(socket, &LiveSocket::failed, this,
        [this, side](const QString &, const SocketError &error, qint64) {
            note(side == u"server" ? &m_serverSide : &m_clientSide, error);
        });
    watchData(socket, record);
    return socket;
}

void DemoRunner::watchData(LiveSocket *socket, Side *side)
{
    const bool server = side == &m_serverSide;
    auto sideOf = [this, server] {
        return server ? &m_serverSide : &m_clientSide;
    };
    // Every recv that returned (bytes or EOF), alone or in a receive loop's run.
    connect(socket, &LiveSocket::callRecorded, this, [sideOf](const CallEvent &event) {
        if (event.call != u"recv" || event.phase != CallEvent::Phase::Done || event.error)
            return;
        event.forEachCall(0, [&](const CallEvent &one) { sideOf()->chunks.append(one.data); });
    });
    connect(socket, &LiveSocket::receivedFrom, this,
        [sideOf](
            const QByteArray &data, const Endpoint &, qint64) { sideOf()->chunks.append(data); });
    connect(socket, &LiveSocket::sent, this, [sideOf](qint64 bytes) { sideOf()->sent = bytes; });
}

void DemoRunner::openSocket(LiveSocket *socket, Side *side, const QStringList &args)
{
    const int family = constant(args.value(0), AF_INET);
    const int type = constant(args.value(1), SOCK_STREAM);
    const int proto = constant(args.value(2), 0);
    note(side, socket->open(family, type, proto));
}

std::optional<Endpoint> DemoRunner::address(const DemoAction &action, int first) const
{
    const QStringList args = action.args().mid(first);
    if (args.isEmpty())
        return m_server ? std::optional(m_server->laddr()) : std::nullopt;
    if (args.size() == 1 && args.at(0) == u"info[-1]") {
        for (const AddrInfo &row : m_infos) {
            if (row.type == SOCK_STREAM)
                return row.sockaddr;
        }
        return std::nullopt;
    }
    if (args.size() == 1) {
        const QString path
            = QDir::isAbsolutePath(args.at(0)) ? args.at(0) : m_folder.filePath(args.at(0));
        return Endpoint::unixPath(path);
    }
    const QString port = args.at(1) == u"last" ? QString::number(m_lastPort) : args.at(1);
    SocketError error;
    return Endpoint::parse(AF_UNSPEC, args.at(0), port, &error);
}

void DemoRunner::waitUntilSettled(LiveSocket *socket)
{
    (void)QTest::qWaitFor(
        [socket] { return !socket || socket->pendingWrite() == LiveSocket::Pending::None; },
        settleMs);
}

QString DemoRunner::startLoop(
    LiveSocket *socket, Side *side, QPointer<ReceiveLoop> *loop, const DemoAction &action)
{
    if (!socket)
        return u"no connected socket to receive on"_s;
    delete loop->data();
    *loop = new ReceiveLoop(socket, this);
    if (const SocketError refused = action.configure(*loop))
        return refused.toString();
    connect(*loop, &ReceiveLoop::chunkReceived, this,
        [this, side](const ReceiveLoop::Chunk &chunk) { note(side, chunk.error); });
    note(side, (*loop)->start());
    ReceiveLoop *running = *loop;
    (void)QTest::qWaitFor(
        [running] { return !running->isActive() || running->isWaiting(); }, settleMs);
    return {};
}

QString DemoRunner::perform(const DemoAction &action)
{
    if (action.name() == u"reset") {
        reset();
        return {};
    }
    if (action.target() == u"server")
        return performServer(action);
    if (action.target() == u"client")
        return performClient(action);
    if (action.target() == u"crowd")
        return performCrowd(action);
    if (action.target() == u"explorer")
        return performExplorer(action);
    if (action.target() == u"measure")
        return performMeasure(action);
    return u"unknown target "_s + action.target();
}

QString DemoRunner::performServer(const DemoAction &action)
{
    const QString verb = action.verb();
    Side *side = &m_serverSide;
    if (verb == u"socket") {
        if (m_server)
            m_server->close();
        delete m_server.data();
        m_server = makeSocket(u"server"_s, u"server"_s);
        connect(m_server, &LiveSocket::accepted, this, [this](LiveSocket *conn, const Endpoint &) {
            m_conn = conn;
            watchData(conn, &m_serverSide);
            connect(conn, &LiveSocket::failed, this,
                [this](const QString &, const SocketError &error, qint64) {
                    note(&m_serverSide, error);
                });
        });
        openSocket(m_server, side, action.args());
        return {};
    }
    if (!m_server)
        return u"server.socket must come first"_s;
    if (verb == u"setsockopt") {
        const bool on = action.args().at(1) == u"1";
        note(side,
            action.args().at(0) == u"SO_REUSEADDR" ? m_server->setReuseAddress(on)
                                                   : m_server->setV6Only(on));
    } else if (verb == u"bind") {
        const std::optional<Endpoint> at = address(action, 0);
        if (!at)
            return u"cannot build the address"_s;
        const SocketError error = m_server->bind(*at);
        note(side, error);
        if (!error)
            m_lastPort = m_server->laddr().port();
    } else if (verb == u"listen") {
        note(side, m_server->listen(int(action.number(0))));
    } else if (verb == u"accept") {
        note(side, m_server->accept());
    } else if (verb == u"recv" || verb == u"recvfrom") {
        LiveSocket *socket = verb == u"recvfrom" ? m_server.data() : m_conn.data();
        if (!socket)
            return u"nothing to receive on"_s;
        const qsizetype before = side->chunks.size();
        note(side,
            verb == u"recv" ? socket->recv(action.number(0)) : socket->recvfrom(action.number(0)));
        (void)QTest::qWaitFor([&] { return side->chunks.size() > before; }, 1000);
    } else if (verb == u"recvloop") {
        return startLoop(m_conn, side, &m_serverLoop, action);
    } else if (verb == u"echo") {
        LiveSocket *conn = m_conn;
        if (!conn)
            return u"no connection to echo on"_s;
        const qint64 size = action.number(0);
        connect(conn, &LiveSocket::received, this, [this, conn, size](const QByteArray &data) {
            if (data.isEmpty()) {
                note(&m_serverSide, conn->close());
                return;
            }
            note(&m_serverSide, conn->sendall(data));
            note(&m_serverSide, conn->recv(size));
        });
        note(side, conn->recv(size));
    } else if (verb == u"send" || verb == u"sendall") {
        if (!m_conn)
            return u"no connection to send on"_s;
        if (verb == u"send") {
            const IoResult result = m_conn->send(action.text());
            note(side, result.error);
            side->sent = result.bytes;
        } else {
            note(side, m_conn->sendall(action.text()));
            waitUntilSettled(m_conn);
        }
    } else if (verb == u"shutdown") {
        if (!m_conn)
            return u"no connection to shut down"_s;
        const QString how = action.args().at(0);
        note(side,
            m_conn->shutdown(how == u"SHUT_RD" ? SHUT_RD
                    : how == u"SHUT_WR"        ? SHUT_WR
                                               : SHUT_RDWR));
    } else if (verb == u"close") {
        LiveSocket *socket = action.args().isEmpty() ? m_server.data() : m_conn.data();
        if (!socket)
            return u"nothing to close"_s;
        note(side, socket->close());
    } else {
        return u"the runner does not know "_s + action.name();
    }
    return {};
}

QString DemoRunner::performClient(const DemoAction &action)
{
    const QString verb = action.verb();
    Side *side = &m_clientSide;
    if (verb == u"getaddrinfo") {
        const Resolution result = Resolver::getaddrinfo(action.args().at(0), action.args().at(1));
        note(side, result.error);
        m_infos = result.rows;
        return {};
    }
    if (verb == u"socket") {
        if (m_client)
            m_client->close();
        delete m_client.data();
        m_client = makeSocket(u"client"_s, u"client"_s);
        if (action.args().value(0) == u"*info[:3]") {
            for (const AddrInfo &row : std::as_const(m_infos)) {
                if (row.type == SOCK_STREAM) {
                    note(side, m_client->open(row.family, row.type, row.proto));
                    return {};
                }
            }
            return u"no SOCK_STREAM row from getaddrinfo"_s;
        }
        openSocket(m_client, side, action.args());
        return {};
    }
    if (!m_client)
        return u"client.socket must come first"_s;
    if (verb == u"connect") {
        const std::optional<Endpoint> to = address(action, 0);
        if (!to)
            return u"cannot build the address"_s;
        note(side, m_client->connect(*to));
        waitUntilSettled(m_client);
        if (m_server && m_server->pendingRead() == LiveSocket::Pending::Accept)
            (void)QTest::qWaitFor([this] { return m_conn; }, 1000);
    } else if (verb == u"send" || verb == u"sendto") {
        const IoResult result = verb == u"send"
            ? m_client->send(action.text())
            : m_client->sendto(action.text(), m_server ? m_server->laddr() : Endpoint());
        note(side, result.error);
        side->sent = result.bytes;
    } else if (verb == u"sendall") {
        note(side, m_client->sendall(action.text()));
        waitUntilSettled(m_client);
    } else if (verb == u"recv" || verb == u"recvfrom") {
        const qsizetype before = side->chunks.size();
        note(side,
            verb == u"recv" ? m_client->recv(action.number(0))
                            : m_client->recvfrom(action.number(0)));
        (void)QTest::qWaitFor([&] { return side->chunks.size() > before; }, 1000);
    } else if (verb == u"recvloop") {
        return startLoop(m_client, side, &m_clientLoop, action);
    } else if (verb == u"shutdown") {
        const QString how = action.args().at(0);
        note(side,
            m_client->shutdown(how == u"SHUT_RD" ? SHUT_RD
                    : how == u"SHUT_WR"          ? SHUT_WR
                                                 : SHUT_RDWR));
    } else if (verb == u"close") {
        note(side, m_client->close());
    } else {
        return u"the runner does not know "_s + action.name();
    }
    return {};
}

QString DemoRunner::performCrowd(const DemoAction &action)
{
    if (action.verb() == u"close") {
        for (const QPointer<LiveSocket> &socket : std::as_const(m_crowd)) {
            if (socket)
                socket->close();
        }
        return {};
    }
    if (!m_server)
        return u"the crowd needs a server"_s;
    const Endpoint target = m_server->laddr();
    const int timeout = action.args().size() > 1 ? int(action.number(1)) : 1000;
    for (qint64 i = 0; i < action.number(0); ++i) {
        auto *socket = new LiveSocket(u"client"_s, u"crowd%1"_s.arg(i + 1), this);
        connect(socket, &LiveSocket::failed, this,
            [this](const QString &, const SocketError &error, qint64) {
                if (error.name() == u"ECONNREFUSED")
                    ++m_crowdRefused;
            });
        socket->open(target.family(), SOCK_STREAM, 0);
        socket->connect(target);
        m_crowd.append(socket);
    }
    QTimer::singleShot(timeout, this, [this] {
        for (const QPointer<LiveSocket> &socket : std::as_const(m_crowd)) {
            if (socket && socket->state() == LiveSocket::State::Connecting) {
                socket->cancel();
                ++m_crowdTimedOut;
            }
        }
    });
    (void)QTest::qWaitFor(
        [this] {
            return std::none_of(m_crowd.cbegin(), m_crowd.cend(), [](const auto &socket) {
                return socket && socket->state() == LiveSocket::State::Connecting;
            });
        },
        timeout + settleMs);
    return {};
}

QString DemoRunner::performExplorer(const DemoAction &action)
{
    const QString verb = action.verb();
    if (verb == u"getaddrinfo") {
        m_rows = int(Resolver::getaddrinfo(action.args().at(0), action.args().at(1)).rows.size());
    } else if (verb == u"playground") {
        SocketError error;
        m_playground = Socket::create(constant(action.args().value(0), AF_INET),
            constant(action.args().value(1), SOCK_STREAM), constant(action.args().value(2), 0),
            &error);
        m_playgroundError = error ? error.name() : QString();
    }
    // open, address, port and constants only show things: nothing to perform.
    return {};
}

QString DemoRunner::performMeasure(const DemoAction &action)
{
    const int family = constant(action.args().at(0), AF_INET);
    if (Throughput::measure(family, int(action.number(1)), action.number(2)) < 0)
        return u"the measurement did not transfer every byte"_s;
    ++m_points;
    return {};
}

std::optional<QByteArray> DemoRunner::socketValue(
    const LiveSocket *socket, const QString &field) const
{
    if (!socket)
        return std::nullopt;
    if (field == u"state")
        return text(LiveSocket::stateName(socket->state()).replace(u' ', u'-'));
    if (field == u"tcpstate") {
        const TcpInfo info = socket->tcpInfo();
        return info.valid ? std::optional(text(TcpInfo::stateName(info.state))) : std::nullopt;
    }
    if (field == u"laddr" || field == u"raddr") {
        const Endpoint at = field == u"laddr" ? socket->laddr() : socket->raddr();
        return at.isValid() ? std::optional(text(at.toString())) : std::nullopt;
    }
    if (field == u"family")
        return text(Constants::name(socket->socket().family(), u"AF_"_s));
    if (field == u"type")
        return text(Constants::name(socket->socket().type(), u"SOCK_"_s));
    if (field == u"proto")
        return number(socket->socket().protocol());
    return std::nullopt;
}

std::optional<QByteArray> DemoRunner::sideValue(const Side &side, const QString &field) const
{
    if (field == u"error")
        return text(side.error.isEmpty() ? u"none"_s : side.error);
    if (field == u"chunks")
        return number(side.chunks.size());
    if (field == u"bytes" || field == u"text") {
        QByteArray all;
        for (const QByteArray &chunk : side.chunks)
            all += chunk;
        return field == u"bytes" ? number(all.size()) : all;
    }
    if (field == u"sent")
        return side.sent >= 0 ? std::optional(number(side.sent)) : std::nullopt;
    if (field.startsWith(u"chunk[")) {
        const int index = field.mid(6).chopped(1).toInt();
        return index < side.chunks.size() ? std::optional(side.chunks.at(index)) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<QByteArray> DemoRunner::value(const QString &subject) const
{
    static const QStringList socketFields
        = {u"state"_s, u"tcpstate"_s, u"laddr"_s, u"raddr"_s, u"family"_s, u"type"_s, u"proto"_s};
    const QString head = subject.section(u'.', 0, 0);
    QString field = subject.section(u'.', 1);
    if (subject.startsWith(u"server.conn."))
        return socketValue(m_conn, subject.section(u'.', 2));
    if (head == u"server" || head == u"client") {
        const LiveSocket *socket = head == u"server" ? m_server.data() : m_client.data();
        const Side &side = head == u"server" ? m_serverSide : m_clientSide;
        if (socketFields.contains(field))
            return socketValue(socket, field);
        if (field == u"pending") {
            LiveSocket::Pending pending = socket ? socket->pending() : LiveSocket::Pending::None;
            if (head == u"server" && m_conn && m_conn->pending() != LiveSocket::Pending::None)
                pending = m_conn->pending();
            static const QHash<LiveSocket::Pending, QByteArray> names
                = {{LiveSocket::Pending::None, "none"}, {LiveSocket::Pending::Accept, "accept"},
                    {LiveSocket::Pending::Connect, "connect"}, {LiveSocket::Pending::Recv, "recv"},
                    {LiveSocket::Pending::RecvFrom, "recvfrom"},
                    {LiveSocket::Pending::SendAll, "sendall"}};
            return names.value(pending);
        }
        if (field == u"queue") {
            const TcpInfo info = socket ? socket->tcpInfo() : TcpInfo();
            return info.valid ? std::optional(number(info.acceptQueueLength)) : std::nullopt;
        }
        if (field == u"infos")
            return number(m_infos.size());
        return sideValue(side, field);
    }
    if (head == u"crowd") {
        auto count = [this](LiveSocket::State state) {
            return number(std::count_if(m_crowd.cbegin(), m_crowd.cend(),
                [state](const auto &s) { return s && s->state() == state; }));
        };
        if (field == u"connected")
            return count(LiveSocket::State::Connected);
        if (field == u"connecting")
            return count(LiveSocket::State::Connecting);
        if (field == u"timedout")
            return number(m_crowdTimedOut);
        if (field == u"refused")
            return number(m_crowdRefused);
    }
    if (head == u"playground") {
        if (field == u"error")
            return text(m_playgroundError.isEmpty() ? u"none"_s : m_playgroundError);
        if (!m_playground.isValid())
            return std::nullopt;
        if (field == u"family")
            return text(Constants::name(m_playground.family(), u"AF_"_s));
        if (field == u"type")
            return text(Constants::name(m_playground.type(), u"SOCK_"_s));
        if (field == u"proto")
            return number(m_playground.protocol());
        if (field == u"laddr")
            return text(m_playground.localAddress().toString());
    }
    if (head == u"constants") {
        const std::optional<qint64> constantValue = Constants::value(field);
        return constantValue ? std::optional(number(*constantValue)) : std::nullopt;
    }
    if (subject == u"getaddrinfo.rows")
        return number(m_rows);
    if (subject == u"measure.points")
        return number(m_points);
    return std::nullopt;
}
