#include "ui/diagram/diagramlink.h"

#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "core/platform/encapsulation.h"
#include "ui/diagram/layerdiagram.h"

using namespace Qt::StringLiterals;

DiagramLink::DiagramLink(LayerDiagram *diagram, Lab *lab, QObject *parent)
    : QObject(parent)
    , m_diagram(diagram)
    , m_lab(lab)
    , m_buffers(new Throttle(
          40, [this] { refreshBuffers(); }, this))
{
    connect(lab, &Lab::callRecorded, this, &DiagramLink::record);
    // A new stage: the last one's endpoints and packets go.
    connect(lab, &Lab::wasReset, this, [this] {
        if (m_diagram)
            m_diagram->clear();
    });
    connect(lab->client(), &LiveSocket::connected, this, [this] {
        showEndpoints(m_lab->client());
        if (m_diagram)
            m_diagram->setClosed(LayerDiagram::Side::Client, false);
    });
    connect(lab->client(), &LiveSocket::readable, m_buffers, &Throttle::request);
    connect(lab, &Lab::connectionAccepted, this, [this](LiveSocket *conn) {
        // Seen from the client: its laddr is the conn's raddr.
        if (m_diagram) {
            m_diagram->setEndpoints(conn->raddr(), conn->laddr(), conn->socket().type());
            m_diagram->setClosed(LayerDiagram::Side::Server, false);
        }
        connect(conn, &LiveSocket::readable, m_buffers, &Throttle::request);
    });
}

void DiagramLink::showEndpoints(const LiveSocket *clientSide)
{
    if (m_diagram && clientSide)
        m_diagram->setEndpoints(
            clientSide->laddr(), clientSide->raddr(), clientSide->socket().type());
}

void DiagramLink::showBound(CallEvent::Side boundSide)
{
    // Before a connection exists, a bound socket's address and port show at
    // once; a side that is not bound yet shows none (not 0.0.0.0:0).
    const LiveSocket *client = m_lab ? m_lab->client() : nullptr;
    const LiveSocket *server = m_lab ? m_lab->server() : nullptr;
    if (!m_diagram || (client && client->state() == LiveSocket::State::Connected)
        || (m_lab && !m_lab->connections().isEmpty()))
        return;
    // (The bind event comes before its socket's state says Bound.)
    auto bound = [&boundSide](const LiveSocket *s) {
        const bool named = s
            && (s->side() == boundSide
                || (s->isOpen() && s->state() != LiveSocket::State::Created));
        return named ? s->laddr() : Endpoint();
    };
    const int type = server && server->socket().isValid() ? server->socket().type()
        : client                                          ? client->socket().type()
                                                          : 0;
    m_diagram->setEndpoints(bound(client), bound(server), type);
}

LiveSocket *DiagramLink::senderOf(const CallEvent &event) const
{
    if (!m_lab)
        return nullptr;
    if (event.object == m_lab->client()->name())
        return m_lab->client();
    const QList<LiveSocket *> conns = m_lab->connections();
    for (LiveSocket *conn : conns) {
        if (conn->name() == event.object)
            return conn;
    }
    return nullptr;
}

bool DiagramLink::isShown(const CallEvent &event) const
{
    return m_lab
        && (event.object == m_lab->server()->name() || event.object == m_lab->client()->name()
            || senderOf(event));
}

LiveSocket *DiagramLink::newestConnection() const
{
    const QList<LiveSocket *> conns = m_lab ? m_lab->connections() : QList<LiveSocket *>();
    return conns.isEmpty() ? nullptr : conns.last();
}

void DiagramLink::record(const CallEvent &event)
{
    if (!m_diagram || !isShown(event))
        return;
    using Call = CallEvent::Call;
    const bool sending = event.call == Call::Send || event.call == Call::Sendall;
    if (sending && event.phase == CallEvent::Phase::Done && !event.error && event.returned > 0) {
        if (LiveSocket *sender = senderOf(event)) {
            Encapsulation::Flow flow = Encapsulation::Flow::fromEndpoints(
                sender->socket().type(), sender->laddr(), sender->raddr());
            if (!sender->raddr().isValid() && !m_diagram->flow().destinationHost.isEmpty()) {
                // The peer reset the connection (it had closed): getpeername
                // says ENOTCONN, yet the bytes went to the peer the diagram
                // shows, not to a port 0.
                flow = m_diagram->flow(); // client → server
                if (event.side == CallEvent::Side::Server) {
                    std::swap(flow.sourceHost, flow.destinationHost);
                    std::swap(flow.sourcePort, flow.destinationPort);
                }
            }
            Encapsulation::Path path
                = Encapsulation::pathTo(flow.family, flow.destinationHost, flow.sourceHost);
            path.kernelMss = int(sender->tcpInfo().mss);
            const auto direction = event.side == CallEvent::Side::Client
                ? LayerDiagram::Direction::ClientToServer
                : LayerDiagram::Direction::ServerToClient;
            m_diagram->showTransfer(direction, event.data.left(64), event.returned,
                Encapsulation::compute(flow, event.returned, path));
        }
    }
    if (event.call == Call::Bind && event.phase == CallEvent::Phase::Done && !event.error)
        showBound(event.side);
    const auto side = event.side == CallEvent::Side::Client ? LayerDiagram::Side::Client
                                                            : LayerDiagram::Side::Server;
    const bool done = event.phase == CallEvent::Phase::Done && !event.error;
    // The listener's close ends no connection; a conn's or the client's does.
    const bool listener = event.object == m_lab->server()->name();
    if (done && event.call == Call::Close && !listener)
        m_diagram->setClosed(side, true);
    else if (done && event.call == Call::Socket)
        m_diagram->setClosed(side, false); // a new socket on that side
    if (event.call == Call::Close || sending)
        refreshBuffers();
    else if (event.call == Call::Recv)
        m_buffers->request(); // a recv(8) flood: about 25 updates a second
}

void DiagramLink::refreshBuffers()
{
    if (!m_diagram)
        return;
    auto waiting = [](const LiveSocket *s) -> qint64 {
        if (!s)
            return 0;
        const LiveSocket::State state = s->state();
        if (state != LiveSocket::State::Connected && state != LiveSocket::State::PeerClosed)
            return 0;
        return qMax<qint64>(0, s->bytesWaiting());
    };
    if (!m_lab)
        return;
    m_diagram->setBufferedBytes(LayerDiagram::Side::Client, waiting(m_lab->client()));
    m_diagram->setBufferedBytes(LayerDiagram::Side::Server, waiting(newestConnection()));
}
