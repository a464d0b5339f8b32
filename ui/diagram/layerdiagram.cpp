#include "ui/diagram/layerdiagram.h"

#include "core/bytes/bytesformat.h"
#include "core/net/endpoint.h"

#include <QEasingCurve>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>
#include <QVariantAnimation>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int RowCount = 4; // Application, Transport, Internet, Link
constexpr int BaseDurationMs = 4200; // one transfer at speed 1.0
constexpr int PreviewChars = 24;

using Layer = Encapsulation::Layer;

Layer layerOfRow(int row)
{
    static constexpr Layer layers[RowCount]
        = {Layer::Application, Layer::Transport, Layer::Internet, Layer::Link};
    return layers[qBound(0, row, RowCount - 1)];
}

// The layers' names, in LayerDiagram's translation context.
const char *const LayerNames[RowCount] = {QT_TRANSLATE_NOOP("LayerDiagram", "Application"),
    QT_TRANSLATE_NOOP("LayerDiagram", "Transport"), QT_TRANSLATE_NOOP("LayerDiagram", "Internet"),
    QT_TRANSLATE_NOOP("LayerDiagram", "Link")};

int rowOf(const QString &id)
{
    const auto layer = Encapsulation::layerFromId(id);
    return layer ? int(*layer) : -1;
}

// The steps of one transfer, each a leg of the animation.
enum class Leg {
    AddTransport,
    AddInternet,
    AddLink,
    Cross,
    RemoveLink,
    RemoveInternet,
    RemoveTransport,
    IntoBuffer
};

struct LegSpan
{
    Leg leg;
    double weight;
};

constexpr LegSpan IpLegs[] = {{Leg::AddTransport, 1.0}, {Leg::AddInternet, 1.0},
    {Leg::AddLink, 1.0}, {Leg::Cross, 1.6}, {Leg::RemoveLink, 1.0}, {Leg::RemoveInternet, 1.0},
    {Leg::RemoveTransport, 1.0}, {Leg::IntoBuffer, 1.0}};
constexpr LegSpan UnixLegs[] = {{Leg::Cross, 1.6}, {Leg::IntoBuffer, 1.0}};

// Which leg progress p (0-1) is in, and how far along it (0-1, eased).
std::pair<Leg, double> legAt(double p, bool unixFlow)
{
    const LegSpan *legs = unixFlow ? UnixLegs : IpLegs;
    const int count = unixFlow ? int(std::size(UnixLegs)) : int(std::size(IpLegs));
    double total = 0;
    for (int i = 0; i < count; ++i)
        total += legs[i].weight;
    double at = qBound(0.0, p, 1.0) * total;
    static const QEasingCurve ease(QEasingCurve::InOutQuad);
    for (int i = 0; i < count; ++i) {
        if (at <= legs[i].weight || i == count - 1)
            return {legs[i].leg, ease.valueForProgress(qBound(0.0, at / legs[i].weight, 1.0))};
        at -= legs[i].weight;
    }
    return {Leg::IntoBuffer, 1.0};
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t, a.blueF() + (b.blueF() - a.blueF()) * t);
}

// Deeper layers are darker shades of the highlight colour; labels and
// outlines say the same in words and shape.
QColor layerShade(const QPalette &pal, int row)
{
    static constexpr qreal shade[RowCount] = {0.10, 0.25, 0.40, 0.55};
    return blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight),
        shade[qBound(0, row, RowCount - 1)]);
}

QString bytesText(qint64 n)
{
    return QLocale().toString(n) % u" B"_s;
}

QString endpointText(int family, const QString &host, quint16 port)
{
    if (family == AF_UNIX)
        return host.isEmpty() ? LayerDiagram::tr("(unnamed)") : host;
    if (host.isEmpty())
        return {};
    if (host.contains(u':'))
        return u'[' % host % u"]:"_s % QString::number(port);
    return host % u':' % QString::number(port);
}

LayerDiagram::Side receiverOf(LayerDiagram::Direction direction)
{
    return direction == LayerDiagram::Direction::ClientToServer ? LayerDiagram::Side::Server
                                                                : LayerDiagram::Side::Client;
}

} // namespace

struct LayerDiagram::Geometry
{
    int u = 0; // one line of text
    QRect title; // host titles
    std::array<QRect, RowCount> rows; // full-width band of each layer
    std::array<QRect, RowCount> client; // client box per layer
    std::array<QRect, RowCount> server; // server box per layer
    std::array<QRect, RowCount> lane; // between the stacks
    QRect stacks; // both stacks, all rows
    QRect link; // the joining link below the stacks
    QRect caption; // summary and explanation
    QRect middle; // middleTitle(): between the host titles, or a line of its own when narrow
    QRect linkText; // linkLabel(), under the wire (one to three lines)
    int slide = 0; // how far the strips move when crossing
    int stripWidth = 0;
    // Narrow: each layer named once on a line across its row (names), both
    // boxes under it, and the packet's headers across both boxes (lane).
    bool compact = false;
    // Compact with a packet shown: the boxes are slim bars without text.
    bool slim = false;
    std::array<QRect, RowCount> names;
    int hostHalf = 0; // the width of one host's address beside the other's
    bool hostLines = false; // the addresses on two lines, server's first
};

QString LayerDiagram::payloadPreview(const QByteArray &payload, qint64 size)
{
    // Four bytes at most per character: the cut can only split a character
    // that comes after the first PreviewChars.
    const QByteArrayView head
        = QByteArrayView(payload).first(qMin(payload.size(), PreviewChars * 4));
    const QString decoded = BytesFormat::decodeUtf8(head);
    qsizetype end = 0;
    for (int shown = 0; end < decoded.size() && shown < PreviewChars; ++shown) {
        const bool pair = decoded[end].isHighSurrogate() && end + 1 < decoded.size()
            && decoded[end + 1].isLowSurrogate();
        end += pair ? 2 : 1;
    }
    QString out = BytesFormat::visibleText(QStringView(decoded).first(end));
    if (end < decoded.size() || head.size() < size)
        out += u'…';
    return out;
}

LayerDiagram::LayerDiagram(QWidget *parent)
    : QWidget(parent)
    , m_animation(new QVariantAnimation(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("TCP/IP layer diagram"));

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(BaseDurationMs);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toDouble();
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, &LayerDiagram::finishTransfer);
    updateAccessibleDescription();
}

LayerDiagram::~LayerDiagram() = default;

void LayerDiagram::setEndpoints(const Endpoint &client, const Endpoint &server, int type)
{
    setFlow(Encapsulation::Flow::fromEndpoints(type, client, server));
}

void LayerDiagram::setFlow(
    const Encapsulation::Flow &clientToServer, std::optional<Encapsulation::Path> path)
{
    m_flow = clientToServer;
    if (path)
        m_path = *path;
    else if (!m_flow.destinationHost.isEmpty() || m_flow.family == AF_UNIX)
        m_path = Encapsulation::pathTo(m_flow.family, m_flow.destinationHost, m_flow.sourceHost);
    else
        m_path = {};
    updateAccessibleDescription();
    update();
}

void LayerDiagram::showTransfer(
    Direction direction, const QByteArray &payload, qint64 size, const Encapsulation &encapsulation)
{
    if (m_transfer && !m_transfer->arrived) {
        m_animation->stop();
        finishTransfer();
    }
    if (size < 0)
        size = payload.size();

    // Keep the flow client -> server, whichever way the bytes go.
    Encapsulation::Flow f = encapsulation.flow();
    if (direction == Direction::ServerToClient) {
        std::swap(f.sourceHost, f.destinationHost);
        std::swap(f.sourcePort, f.destinationPort);
    }
    m_flow = f;
    m_path = encapsulation.path();

    m_transfer = Transfer {direction, payloadPreview(payload, size), size, encapsulation, false};
    m_progress = 0.0;
    // Counted now, drawn in the buffer when the animation arrives; a later
    // setBufferedBytes (the kernel's FIONREAD) replaces the count.
    if (!encapsulation.exceedsDatagramLimit())
        m_buffered[int(receiverOf(direction))] += size;
    updateAccessibleDescription();
    update();

    if (!m_animationEnabled || encapsulation.exceedsDatagramLimit()) {
        finishTransfer();
        return;
    }
    m_animation->setDuration(qMax(1, int(BaseDurationMs / m_speed)));
    m_animation->start();
}

void LayerDiagram::finishTransfer()
{
    if (!m_transfer || m_transfer->arrived)
        return;
    m_transfer->arrived = true;
    m_progress = 1.0;
    updateAccessibleDescription();
    update();
    emit transferFinished();
}

bool LayerDiagram::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void LayerDiagram::setBufferedBytes(Side side, qint64 bytes)
{
    bytes = qMax<qint64>(0, bytes);
    if (m_buffered[int(side)] == bytes)
        return;
    m_buffered[int(side)] = bytes;
    updateAccessibleDescription();
    update();
}

qint64 LayerDiagram::bufferedBytes(Side side) const
{
    return m_buffered[int(side)];
}

void LayerDiagram::setHighlightedLayers(const QStringList &layers)
{
    QStringList known;
    for (const QString &layer : layers) {
        const auto parsed = Encapsulation::layerFromId(layer);
        if (parsed)
            known.append(Encapsulation::layerId(*parsed));
    }
    if (known == m_highlighted)
        return;
    m_highlighted = known;
    update();
}

QStringList LayerDiagram::highlightedLayers() const
{
    return m_highlighted;
}

void LayerDiagram::setAnimationEnabled(bool enabled)
{
    m_animationEnabled = enabled;
    if (!enabled && isAnimating()) {
        m_animation->stop();
        finishTransfer();
    }
}

void LayerDiagram::setAnimationSpeed(double factor)
{
    m_speed = qBound(0.1, factor, 10.0);
    const int duration = qMax(1, int(BaseDurationMs / m_speed));
    if (isAnimating()) {
        // Keep the packet where it is; only the pace changes.
        const int old = m_animation->duration();
        const int at = m_animation->currentTime();
        m_animation->setDuration(duration);
        m_animation->setCurrentTime(int(qint64(at) * duration / qMax(1, old)));
    } else {
        m_animation->setDuration(duration);
    }
}

void LayerDiagram::setExplainedLayer(const QString &layer)
{
    const int row = rowOf(layer);
    const QString id = row < 0 ? QString() : Encapsulation::layerId(layerOfRow(row));
    if (row >= 0)
        m_focusRow = row;
    if (id == m_explained)
        return;
    m_explained = id;
    updateAccessibleDescription();
    update();
}

QString LayerDiagram::explanation(const QString &layer)
{
    switch (rowOf(layer)) {
    case 0:
        return tr("Your program lives here. It gives bytes to the kernel with send() and "
                  "collects them with recv(); what those bytes mean is agreed between the two "
                  "programs, for example HTTP or a chat message.");
    case 1:
        return tr("TCP or UDP, picked by the socket's type. Its header carries the source and "
                  "destination ports, which name the socket on each host. TCP also numbers "
                  "every byte, resends losses and keeps the order; UDP sends each datagram "
                  "once, as it is.");
    case 2:
        return tr("IP. Its header carries the two addresses and the protocol number (6 for "
                  "TCP, 17 for UDP), so routers can forward the packet to the right machine. "
                  "It tries its best but promises nothing: packets may be lost or reordered.");
    case 3:
        return tr("The network interface. It puts each packet in a frame for a single hop: "
                  "Ethernet adds two MAC addresses, a type and a checksum. The loopback "
                  "interface lo turns the frame straight around inside this machine.");
    default:
        return {};
    }
}

QString LayerDiagram::shortExplanation(const QString &layer)
{
    switch (rowOf(layer)) {
    case 0:
        return tr("Application: what do the bytes mean? Your program decides (HTTP, a chat).");
    case 1:
        return tr("Transport: which socket on that host? Ports, with TCP or UDP.");
    case 2:
        return tr("Internet: which machine? IP addresses, routed hop by hop.");
    case 3:
        return tr("Link: how to reach the next device? Frames on one wire or radio.");
    default:
        return {};
    }
}

// ---- geometry --------------------------------------------------------------

LayerDiagram::Geometry LayerDiagram::geometry() const
{
    Geometry g;
    const QFontMetrics fm(diagramFont());
    g.u = fm.height();
    const int u = g.u;
    const int margin = u / 2;
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);

    // Boxes wide enough for a layer's name; the lane between them keeps at
    // least 4u for the travelling packet. Where the names or the packet's
    // headers do not fit that way, the compact layout: names on their own
    // line, boxes of half the width each, headers across both.
    QFont bold = diagramFont();
    bold.setBold(true);
    int widestName = 0;
    for (const char *name : LayerNames)
        widestName = qMax(widestName, QFontMetrics(bold).horizontalAdvance(u"▶ "_s % tr(name)));
    const int laneGap = u / 2;
    int boxWidth = qMin(
        qBound(8 * u, int(area.width() * 0.26), 15 * u), qMax(4 * u, (area.width() - 4 * u) / 2));
    g.compact = widestName + u / 2 + u / 3 + u / 2 > boxWidth
        || area.width() - 2 * boxWidth - 2 * laneGap < 10 * u;
    if (g.compact)
        boxWidth = (area.width() - laneGap) / 2;
    // Compact with a packet to show: the boxes shrink to slim bars at the
    // edges and the packet's headers take the room between them, so no
    // header lies over a box. The headers carry the ports and addresses, and
    // the link's label the interface: the title row names the hosts alone,
    // which leaves the headers two lines each.
    g.slim = g.compact && m_transfer.has_value();
    const int laneWidth = area.width() - 2 * boxWidth - 2 * laneGap;

    // The middle title goes between the host titles when it fits there, else
    // on lines of its own (at most two).
    const int middleWidth = QFontMetrics(bold).horizontalAdvance(middleTitle());
    const bool middleOwnLine = middleWidth > laneWidth;
    const int middleLines = !middleOwnLine || middleWidth <= area.width() - u ? 1 : 2;
    // The two hosts' addresses side by side, or (compact, too wide for
    // half the width each) on a line each rather than cut.
    g.hostHalf = g.compact ? (area.width() - u) / 2 - u / 4 : boxWidth + laneGap + laneWidth / 2;
    g.hostLines = g.compact
        && (fm.horizontalAdvance(hostTitle(Side::Server)) > g.hostHalf
            || fm.horizontalAdvance(hostTitle(Side::Client)) > g.hostHalf);
    const int heads = g.slim ? 1 : g.hostLines ? 3 : 2;
    g.title = QRect(area.left(), area.top(), area.width(),
        (middleOwnLine && !g.slim ? heads + middleLines : heads) * u + u / 4);
    g.middle = g.slim ? QRect()
        : middleOwnLine
        ? QRect(area.left() + u / 2, area.top() + heads * u, area.width() - u, middleLines * u)
        : QRect(area.left() + boxWidth + laneGap, area.top(), laneWidth, u);

    if (g.slim)
        boxWidth = u;

    // The caption takes the lines its text needs (2 to 7).
    const QRect captionText
        = fm.boundingRect(QRect(0, 0, area.width() - u, 100 * u), Qt::TextWordWrap, summary());
    const int captionHeight = qBound(2 * u, captionText.height(), 7 * u) + u / 2;
    g.caption = QRect(area.left(), area.bottom() - captionHeight + 1, area.width(), captionHeight);

    // The link's label wraps onto up to three lines under the wire.
    // (Measured bold: a highlighted link layer draws it so.)
    const QRect linkLabelText = QFontMetrics(bold).boundingRect(
        QRect(0, 0, area.width() - u, 100 * u), Qt::TextWordWrap, linkLabel());
    const int linkLabelHeight = qBound(u + u / 4, linkLabelText.height(), 3 * u);
    const int linkHeight = u + u / 2 + linkLabelHeight;
    g.link = QRect(area.left(), g.caption.top() - u / 3 - linkHeight, area.width(), linkHeight);
    g.linkText = QRect(area.left() + u / 2, g.link.bottom() - linkLabelHeight + 1, area.width() - u,
        linkLabelHeight);

    const int top = g.title.bottom() + u / 2;
    const int bottom = g.link.top() - 1;
    const int gap = qMax(2, u / 4);
    const int rowHeight = qMax(u, (bottom - top - (RowCount - 1) * gap) / RowCount);
    for (int row = 0; row < RowCount; ++row) {
        const int y = top + row * (rowHeight + gap);
        g.rows[row] = QRect(area.left(), y, area.width(), rowHeight);
        const int name = g.compact ? u : 0;
        g.names[row] = QRect(area.left(), y, area.width(), name);
        // The server's stack on the left and the client's on the right, as
        // the panels beside the diagram stand.
        g.server[row] = QRect(area.left(), y + name, boxWidth, rowHeight - name);
        g.client[row] = QRect(area.right() - boxWidth + 1, y + name, boxWidth, rowHeight - name);
        g.lane[row] = g.compact && !g.slim
            ? QRect(area.left(), y + name, area.width(), rowHeight - name)
            : QRect(g.server[row].right() + 1 + laneGap, y + name,
                g.client[row].left() - g.server[row].right() - 1 - 2 * laneGap, rowHeight - name);
    }
    g.stacks = g.rows[0].united(g.rows[RowCount - 1]);
    g.slide = g.compact ? qBound(u / 2, g.lane[0].width() / 10, 2 * u)
                        : qBound(u, g.lane[0].width() / 8, 4 * u);
    g.stripWidth = g.lane[0].width() - g.slide;
    return g;
}

void LayerDiagram::setZoom(double zoom)
{
    zoom = qMax(0.25, zoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    update();
}

QFont LayerDiagram::diagramFont() const
{
    // Grows with the widget (presentation mode, a big projector window) up to
    // 1.6 times the widget's font; in a narrow column (a 1280-pixel screen
    // with the lesson open) it shrinks to no less than 0.8 of it, so the
    // layer names fit their boxes. Zoom, which sets the widget's font, rules
    // where there is room; in a narrow column the type goes back down to
    // what fits unzoomed (0.8 of the unzoomed font at the least).
    QFont f = font();
    const int u = fontMetrics().height();
    double scale = qBound(1.0, qMin(width() / (48.0 * u), height() / (32.0 * u)), 1.6);
    if (width() < 22 * u)
        scale = qMax(0.8 / m_zoom, width() / (22.0 * u));
    if (scale != 1.0) {
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * scale);
        else
            f.setPixelSize(qMax(1, int(f.pixelSize() * scale)));
    }
    return atLeastMinimum(f);
}

QFont LayerDiagram::atLeastMinimum(QFont f) const
{
    if (QFontInfo(f).pixelSize() < m_minimumPixels)
        f.setPixelSize(m_minimumPixels);
    return f;
}

void LayerDiagram::setMinimumTextPixelSize(int pixels)
{
    pixels = qMax(1, pixels);
    if (pixels == m_minimumPixels)
        return;
    m_minimumPixels = pixels;
    updateGeometry();
    update();
}

bool LayerDiagram::isCompact() const
{
    return geometry().compact;
}

void LayerDiagram::dropTransfer()
{
    m_animation->stop();
    m_transfer.reset();
    m_progress = 0.0;
}

void LayerDiagram::clear()
{
    dropTransfer();
    for (int side : {0, 1}) {
        m_closed[side] = false;
        m_buffered[side] = 0;
    }
    setFlow({}, Encapsulation::Path());
}

void LayerDiagram::setClosed(Side side, bool closed)
{
    if (m_closed[int(side)] == closed)
        return;
    m_closed[int(side)] = closed;
    if (closed) {
        // The connection's last packet is history now.
        dropTransfer();
        m_buffered[int(side)] = 0;
    }
    updateAccessibleDescription();
    update();
}

bool LayerDiagram::isClosed(Side side) const
{
    return m_closed[int(side)];
}

QSize LayerDiagram::sizeHint() const
{
    const int u = fontMetrics().height();
    return {48 * u, 32 * u};
}

QSize LayerDiagram::minimumSizeHint() const
{
    // What the normal window gives it at 1280x720 beside the timeline and
    // the lesson dock: the slim layout (no host titles) still fits.
    const int u = fontMetrics().height();
    return {16 * u, 14 * u};
}

QRect LayerDiagram::layerRect(Side side, const QString &layer) const
{
    const int row = rowOf(layer);
    if (row < 0)
        return {};
    const Geometry g = geometry();
    return side == Side::Client ? g.client[row] : g.server[row];
}

QString LayerDiagram::layerAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    for (int row = 0; row < RowCount; ++row) {
        if (g.rows[row].contains(pos))
            return Encapsulation::layerId(layerOfRow(row));
    }
    if (g.link.contains(pos))
        return Encapsulation::layerId(Layer::Link);
    return {};
}

// ---- texts -----------------------------------------------------------------

QString LayerDiagram::hostTitle(Side side) const
{
    const bool client = side == Side::Client;
    const QString text = client
        ? endpointText(m_flow.family, m_flow.sourceHost, m_flow.sourcePort)
        : endpointText(m_flow.family, m_flow.destinationHost, m_flow.destinationPort);
    if (m_closed[int(side)])
        return text.isEmpty() ? tr("closed") : tr("%1 · closed").arg(text);
    return text.isEmpty() ? u"—"_s : text;
}

QString LayerDiagram::boxDetail(Side side, int row) const
{
    const bool client = side == Side::Client;
    const bool unixFlow = m_flow.family == AF_UNIX;
    if (unixFlow && row > 0)
        return tr("not used\n(AF_UNIX)");
    switch (row) {
    case 0:
        return (client ? tr("client program") : tr("server program")) % u'\n'
            % tr("send() · recv()");
    case 1: {
        const QString protocol = m_flow.type == SOCK_DGRAM ? u"UDP"_s : u"TCP"_s;
        const quint16 port = client ? m_flow.sourcePort : m_flow.destinationPort;
        const QString host = client ? m_flow.sourceHost : m_flow.destinationHost;
        // No address yet (nothing bound or connected on that side): no port either.
        return protocol % u'\n' % (host.isEmpty() ? tr("port —") : tr("port %1").arg(port));
    }
    case 2: {
        const QString host = client ? m_flow.sourceHost : m_flow.destinationHost;
        // No address on either side yet: the family is not chosen either.
        const QString version = m_flow.sourceHost.isEmpty() && m_flow.destinationHost.isEmpty()
            ? tr("IPv4 or IPv6")
            : m_flow.family == AF_INET6 ? u"IPv6"_s
                                        : u"IPv4"_s;
        return version % u'\n' % (host.isEmpty() ? u"—"_s : host);
    }
    case 3: {
        if (m_path.interfaceName.isEmpty())
            return u"—"_s; // the link's label under the wire says why
        const QString mtu = m_path.mtu > 0 ? tr("MTU %1").arg(m_path.mtu) : QString();
        return m_path.interfaceName % u'\n' % mtu;
    }
    default:
        return {};
    }
}

QString LayerDiagram::middleTitle() const
{
    if (m_path.local && m_flow.family == AF_UNIX)
        return tr("Both ends are this machine (AF_UNIX)");
    if (m_path.local)
        return tr("Both ends are this machine, via %1").arg(m_path.interfaceName);
    if (!m_path.interfaceName.isEmpty())
        return tr("Two machines, via %1").arg(m_path.interfaceName);
    return {};
}

QString LayerDiagram::linkLabel() const
{
    const bool unixFlow = m_flow.family == AF_UNIX;
    QString label;
    if (unixFlow) {
        label = tr("No link: an AF_UNIX socket never leaves the kernel");
    } else if (m_path.interfaceName.isEmpty()) {
        label = tr("Link: no peer yet, so no interface");
    } else {
        QString kind;
        switch (m_path.linkType) {
        case QNetworkInterface::Loopback:
            kind = tr("loopback");
            break;
        case QNetworkInterface::Ethernet:
            kind = tr("Ethernet");
            break;
        case QNetworkInterface::Wifi:
            kind = tr("Wi-Fi");
            break;
        default:
            break;
        }
        label = tr("Link: %1").arg(m_path.interfaceName);
        if (!kind.isEmpty())
            label += u" · "_s % kind;
        if (m_path.mtu > 0)
            label += u" · "_s % tr("MTU %1").arg(m_path.mtu);
        // (That both ends are this machine, the title above the hosts says.)
    }
    return label;
}

QString LayerDiagram::summary(Length length) const
{
    QStringList parts;
    if (m_transfer) {
        const Encapsulation &e = m_transfer->encapsulation;
        const bool toServer = m_transfer->direction == Direction::ClientToServer;
        const QString from = toServer ? tr("client") : tr("server");
        const QString to = toServer ? tr("server") : tr("client");
        const QString size = bytesText(m_transfer->size);
        QString line;
        if (e.isUnix()) {
            line = tr("%1 → %2: %3 copied by the kernel from one AF_UNIX socket to the other; "
                      "no headers, no interface.")
                       .arg(from, to, size);
        } else if (e.exceedsDatagramLimit()) {
            line = tr("%1 → %2: %3 is more than one UDP datagram can carry (%4); sendto() "
                      "fails with EMSGSIZE.")
                       .arg(from, to, size, bytesText(e.maxDatagramPayload()));
        } else if (e.isUdp()) {
            line = tr("%1 → %2: %3 in one UDP datagram").arg(from, to, size);
            if (e.fragmentCount() > 1)
                line += tr(", cut into %1 IP fragments to fit MTU %2")
                            .arg(e.fragmentCount())
                            .arg(e.path().mtu);
            line += tr("; %1 handed to %2.").arg(bytesText(e.wireBytes()), e.path().interfaceName);
        } else {
            const qint64 segments = e.segmentCount();
            if (segments == 1)
                line = tr("%1 → %2: %3 in one TCP segment").arg(from, to, size);
            else
                line = tr("%1 → %2: %3 in %4 TCP segments of at most %5")
                           .arg(from, to, size, QLocale().toString(segments),
                               bytesText(e.segmentPayloadLimit()));
            line += tr("; %1 handed to %2 (%3 of headers).")
                        .arg(bytesText(e.wireBytes()), e.path().interfaceName,
                            bytesText(e.overheadBytes()));
        }
        parts.append(line);
    }
    const bool clientClosed = m_closed[int(Side::Client)];
    const bool serverClosed = m_closed[int(Side::Server)];
    if (clientClosed && serverClosed)
        parts.append(tr("Both ends called close(): no connection is left. The side that closed "
                        "first keeps its port in TIME_WAIT for a while."));
    else if (clientClosed || serverClosed)
        parts.append(tr("The %1 called close(): its end of the connection is gone. The %2 learns "
                        "it from the FIN (recv() then returns b''), or from an RST if bytes were "
                        "left unread.")
                         .arg(clientClosed ? tr("client") : tr("server"),
                             clientClosed ? tr("server") : tr("client")));
    if (!m_explained.isEmpty()) {
        const QString name = m_explained.left(1).toUpper() % m_explained.mid(1);
        parts.append(tr("%1 layer: %2").arg(name, explanation(m_explained)));
    } else if (!m_transfer && !clientClosed && !serverClosed) {
        // The stage's lit layers explain themselves until one is clicked.
        if (m_highlighted.size() == 1 && length == Length::Full) {
            const QString &layer = m_highlighted.first();
            const QString name = layer.left(1).toUpper() % layer.mid(1);
            parts.append(tr("%1 layer: %2").arg(name, explanation(layer)));
        } else {
            for (const QString &layer : m_highlighted)
                parts.append(shortExplanation(layer));
        }
        if (length == Length::Full)
            parts.append(tr("Click a layer to see what it does."));
    }
    return parts.join(u'\n');
}

void LayerDiagram::updateAccessibleDescription()
{
    QString text
        = tr("Client %1, server %2.").arg(hostTitle(Side::Client), hostTitle(Side::Server));
    if (m_path.local)
        text += u' '
            % tr("Both ends are this machine; the bytes go through %1.")
                  .arg(m_path.interfaceName.isEmpty() ? tr("the kernel") : m_path.interfaceName);
    if (m_transfer) {
        const Encapsulation &e = m_transfer->encapsulation;
        text += u' ' % summary().section(u'\n', 0, 0);
        for (Layer layer : {Layer::Transport, Layer::Internet, Layer::Link}) {
            const auto header = e.header(layer);
            if (header.present)
                text += u' ' % header.label % u'.';
        }
    }
    for (Side side : {Side::Client, Side::Server}) {
        if (m_buffered[int(side)] > 0)
            text += u' '
                % tr("%1 wait in the %2's receive buffer for recv().")
                      .arg(bytesText(m_buffered[int(side)]),
                          side == Side::Client ? tr("client") : tr("server"));
    }
    setAccessibleDescription(text);
}

// ---- events ----------------------------------------------------------------

bool LayerDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString layer = layerAt(help->pos());
        if (layer.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Our own fixed sentences: no received data reaches a tooltip.
            QToolTip::showText(help->globalPos(), explanation(layer), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void LayerDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QString layer = layerAt(event->position().toPoint());
    if (layer.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setExplainedLayer(layer);
    emit layerClicked(layer);
}

void LayerDiagram::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        m_focusRow = (m_focusRow + RowCount - 1) % RowCount;
        update();
        return;
    case Qt::Key_Down:
        m_focusRow = (m_focusRow + 1) % RowCount;
        update();
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString layer = Encapsulation::layerId(layerOfRow(m_focusRow));
        setExplainedLayer(layer);
        emit layerClicked(layer);
        return;
    }
    case Qt::Key_Escape:
        if (!m_explained.isEmpty()) {
            setExplainedLayer({});
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void LayerDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

// ---- painting --------------------------------------------------------------

namespace {

// Draws text wrapped in r, as many whole lines as fit; the last one drawn
// ends in "…" where lines were left out. False when not even one line fits.
bool drawWrappedLines(QPainter &p, const QRect &r, const QString &text)
{
    const QFontMetrics fm(p.font());
    if (fm.height() > r.height() || r.width() <= 0)
        return false;
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, p.font());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(r.width());
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    const int fit = qMin(int(lines.size()), r.height() / fm.height());
    int y = r.top() + (r.height() - fit * fm.height()) / 2;
    for (int i = 0; i < fit; ++i, y += fm.height()) {
        QString line = lines.at(i);
        if (i == fit - 1 && fit < lines.size())
            line = fm.elidedText(line + u" …"_s, Qt::ElideRight, r.width());
        p.drawText(
            QRect(r.left(), y, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
    }
    return true;
}

// Draws text wrapped in r if it fits, else elided on one line.
void drawFitted(QPainter &p, const QRect &r, int flags, const QString &text,
    Qt::TextElideMode elide = Qt::ElideRight)
{
    const QFontMetrics fm(p.font());
    const QRect needed = fm.boundingRect(r, flags | Qt::TextWordWrap, text);
    if (needed.height() <= r.height() && needed.width() <= r.width()) {
        p.drawText(r, flags | Qt::TextWordWrap, text);
        return;
    }
    p.drawText(r, flags, fm.elidedText(QString(text).replace(u'\n', u' '), elide, r.width()));
}

} // namespace

void LayerDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setFont(diagramFont());
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Geometry g = geometry();
    const QPalette &pal = palette();
    const int u = g.u;

    p.fillRect(rect(), pal.window());

    // Both ends on this machine: one dashed outline around both hosts.
    if (m_path.local) {
        QPen pen(pal.color(QPalette::WindowText), qMax(1.0, u / 12.0), Qt::DashLine);
        QColor c = pen.color();
        c.setAlphaF(0.55);
        pen.setColor(c);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const QRect machine = g.title.united(g.link).adjusted(-u / 4, -u / 4, u / 4, u / 4);
        p.drawRoundedRect(machine, u / 2, u / 2);
    }

    // Host titles and, between them, what connects them.
    QFont bold = diagramFont();
    bold.setBold(true);
    const QRect line1(g.title.left() + u / 2, g.title.top(), g.title.width() - u, u);
    const QRect line2 = line1.translated(0, u);
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(bold);
    // "Server host" and "Client host", or "Server" and "Client" where both
    // do not fit on the line.
    const bool longHeads = QFontMetrics(bold).horizontalAdvance(tr("Server host"))
            + QFontMetrics(bold).horizontalAdvance(tr("Client host")) + u
        <= line1.width();
    p.drawText(
        line1, Qt::AlignLeft | Qt::AlignVCenter, longHeads ? tr("Server host") : tr("Server"));
    p.drawText(
        line1, Qt::AlignRight | Qt::AlignVCenter, longHeads ? tr("Client host") : tr("Client"));
    p.setFont(diagramFont());
    // Slim: the packet's headers give the addresses and the link's label
    // the interface, so no host titles.
    if (!g.slim) {
        const int half = g.hostLines ? line2.width() : g.hostHalf;
        // A closed end whose address and "closed" do not fit says "closed".
        const auto title = [&](Side side) {
            const QString text = hostTitle(side);
            const bool fits = QFontMetrics(diagramFont()).horizontalAdvance(text) <= half;
            return !fits && m_closed[int(side)] ? tr("closed") : text;
        };
        p.drawText(QRect(line2.left(), line2.top(), half, u), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(diagramFont()).elidedText(title(Side::Server), Qt::ElideMiddle, half));
        const QRect clientLine = g.hostLines ? line2.translated(0, u) : line2;
        p.drawText(QRect(clientLine.right() - half, clientLine.top(), half, u),
            Qt::AlignRight | Qt::AlignVCenter,
            QFontMetrics(diagramFont()).elidedText(title(Side::Client), Qt::ElideMiddle, half));
        p.setFont(bold);
        if (g.middle.height() > u)
            p.drawText(g.middle, Qt::AlignCenter | Qt::TextWordWrap, middleTitle());
        else
            p.drawText(g.middle, Qt::AlignCenter,
                QFontMetrics(bold).elidedText(middleTitle(), Qt::ElideRight, g.middle.width()));
    }
    p.setFont(diagramFont());

    paintLink(p, g);
    for (int row = 0; row < RowCount; ++row) {
        paintBox(p, g, Side::Client, row);
        paintBox(p, g, Side::Server, row);
    }
    paintTransfer(p, g);
    paintNames(p, g);
    paintCaption(p, g);
}

void LayerDiagram::paintNames(QPainter &p, const Geometry &g) const
{
    if (!g.compact)
        return;
    // Each layer named once, across both hosts' boxes.
    const QPalette &pal = palette();
    QFont nameFont = diagramFont();
    nameFont.setBold(true);
    p.setFont(nameFont);
    for (int row = 0; row < RowCount; ++row) {
        const QString id = Encapsulation::layerId(layerOfRow(row));
        const bool highlighted = m_highlighted.contains(id);
        p.setPen(pal.color(m_flow.family == AF_UNIX && row > 0 ? QPalette::PlaceholderText
                                                               : QPalette::WindowText));
        p.drawText(g.names[row], Qt::AlignHCenter | Qt::AlignVCenter,
            (highlighted ? u"▶ "_s : QString()) % tr(LayerNames[row]));
    }
    p.setFont(diagramFont());
}

int LayerDiagram::workingRow(Side side, QString *badge) const
{
    if (!m_transfer || m_transfer->arrived || m_transfer->encapsulation.isUnix())
        return -1;
    const bool fromClient = m_transfer->direction == Direction::ClientToServer;
    const Side sender = fromClient ? Side::Client : Side::Server;
    const auto [leg, f] = legAt(m_progress, false);
    Q_UNUSED(f);
    int row = -1;
    bool adding = true;
    switch (leg) {
    case Leg::AddTransport:
    case Leg::AddInternet:
    case Leg::AddLink:
        row = int(leg) + 1;
        break;
    case Leg::RemoveLink:
    case Leg::RemoveInternet:
    case Leg::RemoveTransport:
        row = RowCount - 1 - (int(leg) - int(Leg::RemoveLink));
        adding = false;
        break;
    default:
        return -1;
    }
    if ((side == sender) != adding)
        return -1;
    const auto header = m_transfer->encapsulation.header(layerOfRow(row));
    *badge = (adding ? u"+"_s : u"−"_s) % QString::number(header.bytes + header.trailerBytes)
        % u" B"_s;
    return row;
}

void LayerDiagram::paintBox(QPainter &p, const Geometry &g, Side side, int row) const
{
    const QPalette &pal = palette();
    const int u = g.u;
    const QRect box = side == Side::Client ? g.client[row] : g.server[row];
    const QString id = Encapsulation::layerId(layerOfRow(row));
    const bool highlighted = m_highlighted.contains(id);
    const bool explained = m_explained == id;
    const bool unused = m_flow.family == AF_UNIX && row > 0;

    QColor fill = pal.color(QPalette::Base);
    if (highlighted)
        fill = blend(fill, pal.color(QPalette::Highlight), 0.18);
    QPen border(pal.color(highlighted ? QPalette::Highlight : QPalette::Mid),
        highlighted ? qMax(2.0, u / 6.0) : qMax(1.0, u / 14.0));
    if (unused)
        border.setStyle(Qt::DashLine);
    p.setPen(border);
    p.setBrush(fill);
    const qreal radius = u / 3.0;
    QPainterPath outline;
    outline.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    p.drawPath(outline);
    if (!unused) {
        // The layer's shade, as on the header strips it adds.
        p.save();
        p.setClipPath(outline);
        p.fillRect(QRect(box.left(), box.top(), u / 3, box.height()),
            blend(layerShade(pal, row), pal.color(QPalette::Highlight), 0.35));
        p.restore();
        p.strokePath(outline, border);
    }

    if (g.slim)
        return; // a bar in the layer's colour: the packet beside it says the rest

    if (explained || (hasFocus() && m_focusRow == row)) {
        QPen focus(pal.color(QPalette::Text), qMax(1.0, u / 12.0),
            explained ? Qt::SolidLine : Qt::DotLine);
        p.setPen(focus);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(
            QRectF(box).adjusted(u / 6.0, u / 6.0, -u / 6.0, -u / 6.0), radius, radius);
    }

    const QRect inner = box.adjusted(u / 2 + u / 3, u / 4, -u / 2, -u / 4);

    // The layer now adding (+) or removing (−) its header says so.
    QString working;
    if (workingRow(side, &working) == row && !working.isEmpty()) {
        QFont small = diagramFont();
        small.setBold(true);
        const QFontMetrics sfm(small);
        const int w = sfm.horizontalAdvance(working) + u / 2;
        const QRect pill(inner.right() - w + 1, inner.top(), w, u + u / 8);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p.setFont(small);
        p.setPen(pal.color(QPalette::HighlightedText));
        p.drawText(pill, Qt::AlignCenter, working);
    }
    // The compact layout names the layer once above both boxes (paintEvent).
    const QRect titleRect(inner.left(), inner.top(), inner.width(), g.compact ? 0 : u);
    if (!g.compact) {
        QFont titleFont = diagramFont();
        titleFont.setBold(true);
        p.setPen(pal.color(unused ? QPalette::PlaceholderText : QPalette::Text));
        const QString name = (highlighted ? u"▶ "_s : QString()) % tr(LayerNames[row]);
        // A name a little too wide shrinks (never below the smallest size)
        // before it is cut; in steps: hinting makes widths grow unevenly.
        const qreal fullSize = titleFont.pointSizeF();
        while (fullSize > 0 && titleFont.pointSizeF() > 0.7 * fullSize
            && QFontMetrics(titleFont).horizontalAdvance(name) > inner.width()) {
            titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
            if (QFontInfo(titleFont).pixelSize() < m_minimumPixels) {
                titleFont = atLeastMinimum(titleFont);
                break;
            }
        }
        p.setFont(titleFont);
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(titleFont).elidedText(name, Qt::ElideRight, inner.width()));
        p.setFont(diagramFont());
    }

    // Application box: the socket's receive buffer sits at its bottom.
    int detailBottom = inner.bottom();
    if (row == 0) {
        qint64 waiting = m_buffered[int(side)];
        if (m_transfer && !m_transfer->arrived && receiverOf(m_transfer->direction) == side)
            waiting = qMax<qint64>(0, waiting - m_transfer->size);
        const bool full = waiting > 0;
        QString text = full
            ? tr("%1 in the kernel buffer, waiting for recv()").arg(bytesText(waiting))
            : tr("kernel buffer empty");
        const int textWidth = inner.width() - 2 * (u / 3);
        const auto heightOf = [&](const QString &candidate) {
            return QFontMetrics(diagramFont())
                .boundingRect(QRect(0, 0, textWidth, 10 * u), Qt::TextWordWrap, candidate)
                .height();
        };
        // A short box says it in fewer words rather than cut them.
        const int room = inner.bottom() - titleRect.bottom() - u / 3 - 2;
        const QStringList shorter = full
            ? QStringList {tr("%1 for recv()").arg(bytesText(waiting)), bytesText(waiting)}
            : QStringList {tr("buffer empty"), QString()};
        for (const QString &candidate : shorter) {
            if (heightOf(text) <= room)
                break;
            text = candidate;
        }
        const int needed = heightOf(text);
        const int trayHeight
            = qMin(needed + u / 3 + 2, qMax(0, inner.bottom() - titleRect.bottom()));
        if (trayHeight >= u) {
            const QRect tray(
                inner.left(), inner.bottom() - trayHeight + 1, inner.width(), trayHeight);
            detailBottom = tray.top() - 1;
            QPen trayPen(pal.color(full ? QPalette::Text : QPalette::Mid), qMax(1.0, u / 14.0),
                full ? Qt::SolidLine : Qt::DashLine);
            p.setPen(trayPen);
            p.setBrush(full ? blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.12)
                            : QBrush(Qt::NoBrush));
            p.drawRoundedRect(QRectF(tray).adjusted(0.5, 0.5, -0.5, -0.5), u / 4.0, u / 4.0);
            p.setPen(pal.color(full ? QPalette::Text : QPalette::PlaceholderText));
            drawFitted(
                p, tray.adjusted(u / 3, 0, -u / 3, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }

    const QRect detail(inner.left(), titleRect.bottom() + 1, inner.width(),
        qMax(0, detailBottom - titleRect.bottom()));
    if (detail.height() >= u) {
        p.setPen(pal.color(unused ? QPalette::PlaceholderText : QPalette::Text));
        // A line too long for the box even at 80 % type wraps at its spaces.
        QStringList lines;
        const QFontMetrics dfm(diagramFont());
        for (const QString &line : boxDetail(side, row).split(u'\n')) {
            if (dfm.horizontalAdvance(line) <= detail.width() || !line.contains(u' ')) {
                lines << line;
                continue;
            }
            QString current;
            for (const QString &word : line.split(u' ')) {
                const QString joined = current.isEmpty() ? word : current % u' ' % word;
                if (!current.isEmpty() && dfm.horizontalAdvance(joined) > detail.width()) {
                    lines << current;
                    current = word;
                } else {
                    current = joined;
                }
            }
            lines << current;
        }
        const int fit = detail.height() / u;
        for (int i = 0; i < lines.size() && i < fit; ++i) {
            const QRect lineRect(detail.left(), detail.top() + i * u, detail.width(), u);
            // A line a little too long is set smaller (to 80 %) before it is cut.
            QFont lineFont = diagramFont();
            const int natural = QFontMetrics(lineFont).horizontalAdvance(lines.at(i));
            if (natural > detail.width() && natural * 4 <= detail.width() * 5) {
                // Whole pixels: type is hinted to them, a fraction changes nothing.
                const int pixels = QFontInfo(lineFont).pixelSize();
                for (int px = pixels - 1; px >= qMax(pixels * 4 / 5, m_minimumPixels); --px) {
                    lineFont.setPixelSize(px);
                    if (QFontMetrics(lineFont).horizontalAdvance(lines.at(i)) <= detail.width())
                        break;
                }
            }
            p.setFont(lineFont);
            p.drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(lineFont).elidedText(lines.at(i), Qt::ElideMiddle, detail.width()));
            p.setFont(diagramFont());
        }
    }
}

void LayerDiagram::paintLink(QPainter &p, const Geometry &g) const
{
    const QPalette &pal = palette();
    const int u = g.u;
    const bool unixFlow = m_flow.family == AF_UNIX;
    const QString id = Encapsulation::layerId(Layer::Link);
    const bool highlighted = m_highlighted.contains(id);

    const int y = g.link.top() + u / 2 + u / 4;
    const int x1 = g.client[RowCount - 1].center().x();
    const int x2 = g.server[RowCount - 1].center().x();
    const int boxBottom = g.client[RowCount - 1].bottom();

    // A closed end: the wire is cut in the middle (shape, not only colour).
    const bool cut = m_closed[0] || m_closed[1];
    const int gapHalf = cut ? u : 0;
    const int mid = (x1 + x2) / 2;
    const int towardMid = x1 < x2 ? 1 : -1;
    QPainterPath wire;
    wire.moveTo(x1, boxBottom);
    wire.lineTo(x1, y);
    wire.lineTo(mid - towardMid * gapHalf, y);
    wire.moveTo(mid + towardMid * gapHalf, y);
    wire.lineTo(x2, y);
    wire.lineTo(x2, boxBottom);
    QPen pen(pal.color(highlighted ? QPalette::Highlight : QPalette::Mid), qMax(3.0, u / 3.0),
        unixFlow || cut ? Qt::DotLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(wire);

    QFont f = diagramFont();
    f.setBold(highlighted);
    p.setFont(f);
    p.setPen(pal.color(QPalette::WindowText));
    drawFitted(p, g.linkText, Qt::AlignHCenter | Qt::AlignVCenter, linkLabel());
    p.setFont(diagramFont());
}

void LayerDiagram::paintStrip(QPainter &p, const QRect &r, int row, const QString &text,
    qreal opacity, bool ghost, const QString &badge) const
{
    if (opacity <= 0.0 || r.width() <= 0)
        return;
    const QPalette &pal = palette();
    const int u = QFontMetrics(diagramFont()).height();
    p.save();
    p.setOpacity(opacity);
    const QColor base = pal.color(QPalette::Base);
    const QColor fill = layerShade(pal, row);
    const QColor textColor = fill.lightnessF() < 0.5
        ? (base.lightnessF() < 0.5 ? pal.color(QPalette::Text)
                                   : pal.color(QPalette::HighlightedText))
        : (base.lightnessF() < 0.5 ? pal.color(QPalette::HighlightedText)
                                   : pal.color(QPalette::Text));
    QPen pen(pal.color(QPalette::Text), qMax(1.0, u / 12.0), ghost ? Qt::DashLine : Qt::SolidLine);
    p.setPen(pen);
    // In the compact layout a strip lies over the boxes' details: even a
    // removed header's outline is filled, so no text shows through it.
    p.setBrush(ghost ? (isCompact() ? QBrush(pal.color(QPalette::Base)) : QBrush(Qt::NoBrush))
                     : QBrush(fill));
    p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), u / 4.0, u / 4.0);

    QRect textRect = r.adjusted(u / 3, 0, -u / 3, 0);
    if (!badge.isEmpty()) {
        const int w = QFontMetrics(diagramFont()).horizontalAdvance(badge) + u / 2;
        const QRect pill(r.right() - u / 4 - w, r.center().y() - u / 2 - u / 8, w, u + u / 4);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p.setPen(pal.color(QPalette::HighlightedText));
        p.drawText(pill, Qt::AlignCenter, badge);
        textRect.setRight(pill.left() - u / 4);
    }
    p.setPen(ghost ? pal.color(QPalette::Text) : textColor);
    // "IPv4 20 B  127.0.0.1 → 127.0.0.1  proto 6": if it needs more lines,
    // each part on its own line rather than wherever the words fall.
    const auto fits = [&textRect](const QFont &font, const QString &candidate) {
        const QRect needed = QFontMetrics(font).boundingRect(
            textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, candidate);
        return needed.width() <= textRect.width() && needed.height() <= textRect.height();
    };
    QString shown = text;
    if (QFontMetrics(diagramFont()).horizontalAdvance(text) > textRect.width()) {
        // Three parts ("IPv4 20 B", the addresses, "proto 6") on two lines
        // if that fits: name, size and protocol first, then the addresses.
        const QStringList parts = text.split(u"  "_s);
        shown = parts.join(u'\n');
        if (parts.size() == 3 && !parts.at(1).startsWith(u'"')) {
            const QString two = parts.at(0) % u" · "_s % parts.at(2) % u'\n' % parts.at(1);
            if (fits(p.font(), two) && !fits(p.font(), shown))
                shown = two;
        }
    }
    // Smaller type before dropping anything, never below the smallest size.
    QFont small = diagramFont();
    for (const double scale : {0.85, 0.7}) {
        if (fits(p.font(), shown))
            break;
        if (small.pointSizeF() > 0)
            small.setPointSizeF(diagramFont().pointSizeF() * scale);
        else
            small.setPixelSize(qMax(1, int(diagramFont().pixelSize() * scale)));
        p.setFont(atLeastMinimum(small));
    }
    // Still too long: the payload's preview ("…" at its end) gives way, a
    // character at a time; the header's name, size, ports and addresses stay.
    const qsizetype quote = shown.indexOf(u'"');
    if (quote > 0 && shown.endsWith(u'"')) {
        QString preview = shown.mid(quote + 1, shown.size() - quote - 2);
        if (preview.endsWith(u'…'))
            preview.chop(1);
        const QString head = shown.left(quote).trimmed();
        while (!fits(p.font(), shown) && !preview.isEmpty()) {
            preview.chop(1);
            shown = preview.isEmpty() ? head : head % u"\n\""_s % preview % u"…\""_s;
        }
    }
    drawFitted(p, textRect, Qt::AlignLeft | Qt::AlignVCenter, shown, Qt::ElideMiddle);
    p.restore();
}

void LayerDiagram::paintTransfer(QPainter &p, const Geometry &g) const
{
    const int u = g.u;
    const QPalette &pal = palette();
    const bool unixFlow
        = m_transfer ? m_transfer->encapsulation.isUnix() : m_flow.family == AF_UNIX;
    if (unixFlow && !g.compact) {
        // One dashed note between the lower layers' boxes (the compact
        // layout has no room between them: its boxes and the link's label
        // say it).
        const QRect r = g.lane[1].united(g.lane[RowCount - 1]).adjusted(0, u / 2, 0, -u / 2);
        QPen pen(pal.color(QPalette::Mid), qMax(1.0, u / 14.0), Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, u / 3.0, u / 3.0);
        p.setPen(pal.color(QPalette::PlaceholderText));
        drawFitted(p, r.adjusted(u / 2, u / 2, -u / 2, -u / 2), Qt::AlignCenter,
            tr("AF_UNIX: no port, no address, no frame. The kernel copies the bytes "
               "from one socket's buffer to the other's."));
    }
    if (!m_transfer)
        return;

    const Transfer &t = *m_transfer;
    const Encapsulation &e = t.encapsulation;
    const bool fromClient = t.direction == Direction::ClientToServer;
    // The client stands on the right: its bytes slide leftwards.
    const int startX = fromClient ? g.slide : 0;
    const int endX = fromClient ? 0 : g.slide;

    auto stripRect = [&](int row, int offset) {
        return headerStrip(g, row, offset);
    };
    auto lerpRect = [](const QRect &a, const QRect &b, double f) {
        auto mix = [f](int x, int y) {
            return int(std::lround(x + (y - x) * f));
        };
        return QRect(QPoint(mix(a.left(), b.left()), mix(a.top(), b.top())),
            QSize(mix(a.width(), b.width()), mix(a.height(), b.height())));
    };

    // Texts and badges of the four strips.
    std::array<QString, RowCount> text;
    std::array<QString, RowCount> badge;
    const qint64 segments = e.segmentCount();
    text[0] = tr("data %1").arg(bytesText(t.size));
    if (!t.preview.isEmpty())
        text[0] += u"  \""_s % t.preview % u'"';
    for (int row = 1; row < RowCount; ++row)
        text[row] = e.header(layerOfRow(row)).label;
    if (e.isTcp() && segments > 1) {
        badge[1] = u"×"_s % QLocale().toString(segments);
        text[0] = tr("data %1 in %2 segments").arg(bytesText(t.size), QLocale().toString(segments));
        if (!t.preview.isEmpty())
            text[0] += u"  \""_s % t.preview % u'"';
    }
    if (e.isUdp() && e.fragmentCount() > 1)
        badge[2] = u"×"_s % QLocale().toString(e.fragmentCount());

    const auto [leg, f] = legAt(m_progress, e.isUnix());
    const bool finished = t.arrived;

    // One outline around the strips that travel together: they are one packet.
    auto drawEnvelope = [&](const QRect &first, const QRect &last) {
        if (g.compact)
            return; // the strips fill their rows; the layer names stay readable between them
        const QRect r = first.united(last).adjusted(
            -u / 4, -u / 4, u / 4 + (segments > 1 ? u / 2 : 0), u / 4);
        p.setPen(QPen(pal.color(QPalette::Mid), qMax(1.0, u / 14.0)));
        p.setBrush(blend(pal.color(QPalette::Window), pal.color(QPalette::Base), 0.5));
        p.drawRoundedRect(QRectF(r), u / 3.0, u / 3.0);
    };

    if (e.exceedsDatagramLimit()) {
        // sendto() refuses it: nothing leaves the sender.
        const QRect r = stripRect(0, startX);
        paintStrip(p, r, 0,
            tr("data %1: too big for one datagram, EMSGSIZE").arg(bytesText(t.size)), 1.0, true,
            QString());
        return;
    }

    // Several segments: the strips become a small deck of cards.
    auto drawDeck = [&](int row, const QRect &r, qreal opacity) {
        if (segments > 1 && !e.isUnix()) {
            for (int k = 2; k >= 1; --k)
                paintStrip(p, r.translated(k * u / 5, -k * u / 5), row, QString(), opacity * 0.6,
                    false, QString());
        }
        paintStrip(p, r, row, text[row], opacity, false, badge[row]);
    };

    if (e.isUnix()) {
        if (finished || leg == Leg::IntoBuffer) {
            const QRect from = stripRect(0, endX);
            paintStrip(p, from, 0, text[0], 1.0, true, QString());
            if (!finished) {
                const QRect tray = (fromClient ? g.server[0] : g.client[0]);
                const QRect to(tray.left(), tray.bottom() - u - u / 2, tray.width(), u + u / 2);
                paintStrip(p, lerpRect(from, to, f), 0, text[0], 1.0 - 0.5 * f, false, QString());
            }
        } else {
            paintStrip(p, stripRect(0, int(startX + (endX - startX) * f)), 0, text[0], 1.0, false,
                QString());
        }
        return;
    }

    const int legIndex = int(leg);
    if (legIndex <= int(Leg::AddLink) && !finished) {
        // Going down the sender: rows above the new header are in place.
        const int newRow = legIndex + 1;
        const QRect from = stripRect(newRow - 1, startX);
        const QRect to = stripRect(newRow, startX);
        drawEnvelope(stripRect(0, startX), lerpRect(from, to, f));
        for (int row = 0; row < newRow; ++row)
            drawDeck(row, stripRect(row, startX), 1.0);
        paintStrip(p, lerpRect(from, to, f), newRow, text[newRow], qMin(1.0, 0.25 + f), false,
            badge[newRow]);
        return;
    }

    if (leg == Leg::Cross && !finished) {
        const int x = int(std::lround(startX + (endX - startX) * f));
        drawEnvelope(stripRect(0, x), stripRect(RowCount - 1, x));
        for (int row = 0; row < RowCount; ++row)
            drawDeck(row, stripRect(row, x), 1.0);
        // The frame on the wire.
        const int y = g.link.top() + u / 2 + u / 4;
        const int x1 = g.client[RowCount - 1].center().x();
        const int x2 = g.server[RowCount - 1].center().x();
        const double along = fromClient ? f : 1.0 - f;
        const int cx = int(x1 + (x2 - x1) * along);
        const QString tag = tr("frame");
        const int w = QFontMetrics(diagramFont()).horizontalAdvance(tag) + u;
        const QRect token(cx - w / 2, y - u / 2 - u / 8, w, u + u / 4);
        p.setPen(QPen(pal.color(QPalette::Text), qMax(1.0, u / 12.0)));
        p.setBrush(blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.55));
        p.drawRoundedRect(token, u / 4.0, u / 4.0);
        p.setPen(pal.color(QPalette::HighlightedText));
        p.drawText(token, Qt::AlignCenter, tag);
        return;
    }

    // Climbing the receiver: each layer takes its header off. Headers
    // already removed stay as dashed outlines so their values can be read.
    const int removedUpTo = finished  ? 1
        : leg == Leg::IntoBuffer      ? 1
        : leg == Leg::RemoveTransport ? 2
        : leg == Leg::RemoveInternet  ? 3
                                      : 4; // RemoveLink: nothing gone yet
    const int removing = finished || leg == Leg::IntoBuffer ? -1 : removedUpTo - 1;
    for (int row = qMax(1, removing); row < RowCount; ++row)
        paintStrip(p, stripRect(row, endX), row, text[row], 1.0, true, badge[row]);
    const QRect payload = stripRect(0, endX);
    if (removing >= 1) {
        drawEnvelope(
            payload, lerpRect(stripRect(removing, endX), stripRect(removing - 1, endX), f));
    }
    for (int row = 1; row < removedUpTo; ++row) {
        if (row == removing)
            paintStrip(p, stripRect(row, endX), row, text[row], 1.0 - f, false, badge[row]);
        else
            drawDeck(row, stripRect(row, endX), 1.0);
    }
    if (finished || leg == Leg::IntoBuffer) {
        paintStrip(p, payload, 0, text[0], 1.0, true, QString());
        if (!finished) {
            const QRect box = fromClient ? g.server[0] : g.client[0];
            const QRect tray(
                box.left() + u / 2, box.bottom() - u / 4 - u - u / 2, box.width() - u, u + u / 2);
            paintStrip(p, lerpRect(payload, tray, f), 0, text[0], 1.0 - 0.6 * f, false, QString());
        }
    } else {
        drawDeck(0, payload, 1.0);
    }
}

QRect LayerDiagram::headerStrip(const Geometry &g, int row, int offset) const
{
    const int u = g.u;
    const QRect lane = g.lane[row];
    // A narrow lane gets taller strips, so their headers wrap instead of
    // being cut short; the compact layout gives them the whole row.
    const int tall = g.compact ? lane.height()
        : g.stripWidth < 9 * u ? 4 * u + u / 2
                               : 2 * u + u / 2;
    const int h = qMin(lane.height() - (g.slim ? 0 : g.compact ? u / 8 : u / 2), tall);
    return QRect(lane.left() + offset, lane.top() + (lane.height() - h) / 2, g.stripWidth, h);
}

QRect LayerDiagram::packetRect(const QString &layer) const
{
    const int row = rowOf(layer);
    if (row < 0 || !m_transfer || m_transfer->encapsulation.exceedsDatagramLimit()
        || (m_transfer->encapsulation.isUnix() && row > 0))
        return {};
    const Geometry g = geometry();
    const bool fromClient = m_transfer->direction == Direction::ClientToServer;
    return headerStrip(g, row, fromClient ? 0 : g.slide);
}

void LayerDiagram::paintCaption(QPainter &p, const Geometry &g) const
{
    const QPalette &pal = palette();
    const int u = g.u;
    p.setPen(QPen(pal.color(QPalette::Mid), qMax(1.0, u / 14.0)));
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(QRectF(g.caption).adjusted(0.5, 0.5, -0.5, -0.5), u / 3.0, u / 3.0);
    p.setPen(pal.color(QPalette::Text));
    // The whole text if it fits; else the brief one; else as many of the
    // brief one's lines as fit (never one elided line of a long text).
    const QRect inner = g.caption.adjusted(u / 2, u / 4, -u / 2, -u / 4);
    const int flags = Qt::AlignLeft | Qt::AlignVCenter;
    const QFontMetrics fm(p.font());
    for (Length length : {Length::Full, Length::Brief}) {
        const QString text = summary(length);
        const QRect needed = fm.boundingRect(inner, flags | Qt::TextWordWrap, text);
        if (needed.height() <= inner.height() && needed.width() <= inner.width()) {
            p.drawText(inner, flags | Qt::TextWordWrap, text);
            return;
        }
    }
    if (!drawWrappedLines(p, inner, summary(Length::Brief)))
        drawFitted(p, inner, flags, summary(Length::Brief));
}
