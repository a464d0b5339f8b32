#include "ui/timeline/timelineview.h"

#include "core/lab/lab.h"
#include "core/net/porttable.h"
#include "core/net/tcpinfo.h"
#include "core/record/throttle.h"
#include "core/wire/segmentmodel.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/widgets/fixedfont.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

constexpr int pad = 6; // px around a row's box and inside it

QFont sized(QFont font, int px)
{
    font.setPixelSize(qMax(1, px));
    return font;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_refresh(new Throttle(
          40, [this] { refresh(); }, this))
{
    setAccessibleName(tr("Timeline"));
    // No keyboard focus: the presenter's clicker keys (PageDown, Space) stay
    // the lesson's instead of scrolling the timeline.
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_tables = new QTimer(this);
    m_tables->setSingleShot(true);
    m_tables->setInterval(1000);
    connect(m_tables, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    updateFonts();
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(TimelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        const auto request = [this] {
            m_refresh->request();
        };
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, request](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const QModelIndex index = m_model->index(row);
                    keepAddresses(index.data(TimelineModel::LaneRole).toInt());
                    keepAddresses(index.data(TimelineModel::TargetLaneRole).toInt());
                }
                request();
            });
        connect(model, &QAbstractItemModel::rowsRemoved, this, request);
        connect(model, &QAbstractItemModel::dataChanged, this, request);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_follow = true;
            m_addresses.clear();
            m_refresh->request();
        });
    }
    m_refresh->request();
}

void TimelineView::setLab(Lab *lab)
{
    if (m_lab)
        disconnect(m_lab, nullptr, this, nullptr);
    m_lab = lab;
    if (lab) {
        connect(lab, &Lab::networkChanged, this, [this] { m_refresh->request(); });
        connect(lab->wire(), &SegmentModel::totalsChanged, this, [this] { m_refresh->request(); });
    }
    viewport()->update();
}

void TimelineView::setTextPixelSizes(int body, int detail)
{
    m_bodyPx = qMax(0, body);
    m_detailPx = qMax(0, detail);
    updateFonts();
}

int TimelineView::bodyPixelSize() const
{
    return m_body.pixelSize();
}

int TimelineView::detailPixelSize() const
{
    return m_detail.pixelSize();
}

void TimelineView::updateFonts()
{
    // Rows are code: fixed pitch. Without sizes of its own the view is a
    // little larger than the window's text, so it reads from a few metres.
    const int base = QFontInfo(font()).pixelSize();
    const int body = m_bodyPx > 0 ? m_bodyPx : qRound(base * 1.15);
    const int detail = m_detailPx > 0 ? m_detailPx : base;
    QFont fixed = font();
    fixed.setFamilies(fixedFamilies());
    fixed.setStyleHint(QFont::Monospace);
    m_body = sized(fixed, body);
    m_bodyBold = m_body;
    m_bodyBold.setBold(true);
    m_name = sized(font(), body);
    m_name.setBold(true);
    m_detail = sized(font(), detail);
    updateScrollBar();
    updateGeometry();
    viewport()->update();
}

int TimelineView::headerHeight() const
{
    return QFontMetrics(m_name).lineSpacing() + 3 * QFontMetrics(m_detail).lineSpacing() + 2 * pad;
}

int TimelineView::rowHeight() const
{
    return QFontMetrics(m_body).lineSpacing() + 2 * pad;
}

QList<int> TimelineView::drawnLanes() const
{
    QList<int> server;
    QList<int> client;
    if (m_model) {
        for (int i = 0; i < m_model->laneCount(); ++i)
            (m_model->lane(i).serverSide ? server : client).append(i);
        if (m_model->wireShown() && (!server.isEmpty() || !client.isEmpty()))
            server.append(TimelineModel::WireLane);
    }
    return server + client;
}

QString TimelineView::wireStatus() const
{
    return m_lab ? m_lab->wireStatus() : QString();
}

int TimelineView::selectedRow() const
{
    return m_selected.isValid() ? m_selected.row() : -1;
}

void TimelineView::selectRow(int row)
{
    m_selected = m_model && row >= 0 && row < m_model->rowCount()
        ? QPersistentModelIndex(m_model->index(row))
        : QPersistentModelIndex();
    viewport()->update();
}

QList<int> TimelineView::litRows() const
{
    return m_model && m_selected.isValid() ? m_model->linkedRows(m_selected.row()) : QList<int>();
}

QList<int> TimelineView::columns() const
{
    QList<int> server;
    QList<int> client;
    if (m_model) {
        for (int i = 0; i < m_model->laneCount(); ++i)
            (m_model->lane(i).serverSide ? server : client).append(i);
    }
    return server + client;
}

int TimelineView::rowAt(int y) const
{
    if (!m_model || y < headerHeight())
        return -1;
    const int row = (y - headerHeight() + verticalScrollBar()->value()) / rowHeight();
    return row < m_model->rowCount() ? row : -1;
}

QSize TimelineView::sizeHint() const
{
    return {40 * QFontMetrics(m_body).averageCharWidth(), headerHeight() + 8 * rowHeight()};
}

QSize TimelineView::minimumSizeHint() const
{
    return {16 * QFontMetrics(m_body).averageCharWidth(), headerHeight() + rowHeight()};
}

void TimelineView::scrollToEnd()
{
    m_follow = true;
    updateScrollBar();
}

void TimelineView::refresh()
{
    updateScrollBar();
    viewport()->update();
}

void TimelineView::updateScrollBar()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int room = qMax(0, viewport()->height() - headerHeight());
    QScrollBar *bar = verticalScrollBar();
    const bool follow = m_follow;
    bar->setRange(0, qMax(0, rows * rowHeight() - room));
    bar->setPageStep(qMax(1, room));
    bar->setSingleStep(rowHeight());
    if (follow)
        bar->setValue(bar->maximum());
    m_follow = follow;
}

void TimelineView::scrollContentsBy(int, int)
{
    m_follow = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    viewport()->update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (m_model)
        selectRow(row);
    if (row >= 0 && m_model) {
        const QModelIndex index = m_model->index(row);
        if (index.data(TimelineModel::KindRole).value<TimelineModel::RowKind>()
            == TimelineModel::RowKind::Run) {
            const bool follow = m_follow;
            m_model->setExpanded(row, !index.data(TimelineModel::ExpandedRole).toBool());
            m_follow = follow && false; // an opened run stays where it was clicked
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::paintSegment(QPainter &p, int row, int top, int column, int laneWidth)
{
    const QModelIndex index = m_model->index(row);
    const int direction = index.data(TimelineModel::WireDirectionRole).toInt();
    const QFontMetrics metrics(m_detail);
    const int line = QFontMetrics(m_body).lineSpacing();
    // A segment's row holds nothing else: its arrow reaches from the middle
    // of the lane at its left to the middle of the lane at its right.
    const int lanes = qMax(1, viewport()->width() / qMax(1, laneWidth));
    const int left = column > 0 ? (column - 1) * laneWidth + laneWidth / 2 : column * laneWidth;
    const int right
        = column + 1 < lanes ? (column + 1) * laneWidth + laneWidth / 2 : (column + 1) * laneWidth;
    const QRect box(left + pad, top + pad / 2, right - left - 2 * pad, line + pad);
    const bool lit = row == selectedRow() || m_lit.contains(row);
    const QColor ink = palette().color(QPalette::Highlight);

    // The arrow across the lane, toward the side the segment reaches: the
    // server's lanes are at the left.
    const int y = box.bottom() - 2;
    p.setPen(QPen(lit ? ink : palette().color(QPalette::Mid), lit ? 4 : 2));
    p.drawLine(box.left(), y, box.right(), y);
    if (direction != 0) {
        const int to = direction == 1 ? box.left() : box.right();
        const int dir = direction == 1 ? -1 : 1;
        QPainterPath head;
        head.moveTo(to, y);
        head.lineTo(to - dir * 10, y - 6);
        head.lineTo(to - dir * 10, y + 6);
        head.closeSubpath();
        p.fillPath(head, lit ? ink : palette().color(QPalette::Mid));
    }
    if (lit)
        paintMark(p, box, direction != 2);
    // Above it: the flags (bold), then seq, ack, len and win.
    const QString flags = index.data(TimelineModel::StatementRole).toString();
    const QString numbers = index.data(TimelineModel::ResultRole).toString();
    const QRect text = box.adjusted(pad, 0, -pad, -4);
    QFont bold = m_detail;
    bold.setBold(true);
    const int flagsWidth = qMin(text.width(), QFontMetrics(bold).horizontalAdvance(flags) + pad);
    p.setPen(palette().color(QPalette::Text));
    p.setFont(bold);
    p.drawText(QRect(text.left(), text.top(), flagsWidth, text.height()),
        Qt::AlignLeft | Qt::AlignVCenter, flags);
    p.setFont(m_detail);
    const QRect rest(
        text.left() + flagsWidth, text.top(), text.width() - flagsWidth, text.height());
    p.drawText(rest, Qt::AlignRight | Qt::AlignVCenter,
        metrics.elidedText(numbers, Qt::ElideRight, rest.width()));
}

void TimelineView::paintMark(QPainter &p, const QRect &box, bool left)
{
    const int size = qMax(6, pad + 2);
    const QRect mark(left ? box.left() - size / 2 - 1 : box.right() - size / 2 + 1,
        box.center().y() - size / 2, size, size);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawEllipse(mark);
    p.restore();
}

LiveSocket *TimelineView::socketOf(int lane) const
{
    if (!m_lab || !m_model)
        return nullptr;
    const QString &name = m_model->lane(lane).object;
    QList<LiveSocket *> sockets {m_lab->server(), m_lab->client()};
    sockets += m_lab->connections();
    sockets += m_lab->crowd();
    sockets += m_lab->playgroundSockets();
    for (LiveSocket *socket : sockets) {
        if (socket && socket->name() == name)
            return socket;
    }
    return nullptr;
}

void TimelineView::keepAddresses(int lane) const
{
    if (!m_model || lane < 0 || lane >= m_model->laneCount())
        return;
    const LiveSocket *socket = socketOf(lane);
    if (!socket || !socket->socket().isValid() || m_model->lane(lane).closed)
        return;
    const Endpoint laddr = socket->laddr();
    if (!laddr.isValid())
        return;
    // A connection whose peer's FIN came back may no longer name its peer
    // (getpeername: ENOTCONN); the address it had stays kept.
    auto &kept = m_addresses[m_model->lane(lane).object];
    const Endpoint raddr = socket->raddr();
    if (kept.first != laddr || raddr.isValid())
        kept = {laddr, raddr};
}

QStringList TimelineView::headerLines(int lane) const
{
    if (lane == TimelineModel::WireLane) {
        QStringList lines {tr("wire")};
        if (!m_lab || !m_lab->capturing()) {
            lines << tr("no capture");
            return lines;
        }
        lines << (m_lab->effectiveNetwork() == Lab::Network::Lab ? tr("lo of the lab network")
                                                                 : tr("lo of this machine"));
        lines << tr("%Ln segment(s)", nullptr, int(m_lab->wire()->frameCount()));
        return lines;
    }
    const TimelineModel::Lane &model = m_model->lane(lane);
    QStringList lines {model.object};
    const auto address = [](const Endpoint &endpoint) {
        return endpoint.isValid() ? endpoint.toPythonTuple() : u"\u2014"_s;
    };
    const LiveSocket *socket = socketOf(lane);
    if (!socket || model.closed) {
        // The fd is gone; the kernel may still hold the connection
        // (TIME_WAIT after an active close), listed in its socket tables.
        QString state = tr("closed");
        const auto kept = m_addresses.value(model.object);
        if (kept.first.isValid() && kept.second.isValid()) {
            const QList<PortTable::Entry> holders = PortTable::holders(
                PortTable::Protocol::Tcp, kept.first.port(), m_lab ? m_lab->tablesProcess() : 0);
            for (const PortTable::Entry &entry : holders) {
                if (entry.local == kept.first && entry.remote == kept.second) {
                    state += u" \u00b7 "_s + entry.stateName();
                    m_tables->start(); // TIME_WAIT ends by itself
                    break;
                }
            }
        }
        lines << state << u"laddr "_s + address(kept.first) << u"raddr "_s + address(kept.second);
        return lines;
    }
    keepAddresses(lane);
    QString state = LiveSocket::stateLabel(socket->state());
    const QString tcp = TcpInfo::stateName(socket->tcpInfo().state);
    if (!tcp.isEmpty())
        state += u" \u00b7 "_s + tcp;
    lines << state << u"laddr "_s + address(socket->laddr())
          << u"raddr "_s + address(socket->raddr());
    return lines;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QList<int> lanes = drawnLanes();
    m_lit = litRows();
    if (!m_model || lanes.isEmpty()) {
        p.setFont(m_detail);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(2 * pad, 2 * pad, -2 * pad, -2 * pad),
            Qt::AlignCenter | Qt::TextWordWrap,
            tr("Every call a socket makes appears here, in its socket's lane."));
        return;
    }
    const int laneWidth = viewport()->width() / int(lanes.size());
    const int header = headerHeight();
    const int rowH = rowHeight();
    const int offset = verticalScrollBar()->value();
    const int first = offset / rowH;
    const int last = qMin(m_model->rowCount() - 1, (offset + viewport()->height() - header) / rowH);

    // Lifelines: from a lane's first row down.
    p.setClipRect(0, header, viewport()->width(), viewport()->height() - header);
    QPen life(palette().color(QPalette::Mid), 2, Qt::DashLine);
    for (int c = 0; c < lanes.size(); ++c) {
        if (lanes.at(c) == TimelineModel::WireLane) {
            const QString status = wireStatus();
            if (!status.isEmpty()) {
                // No capture: the lane says why, in one sentence.
                p.setFont(m_detail);
                p.setPen(palette().color(QPalette::PlaceholderText));
                p.drawText(QRect(c * laneWidth + pad, header + pad, laneWidth - 2 * pad,
                               viewport()->height() - header - 2 * pad),
                    Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, status);
            }
            continue;
        }
        const int startRow = m_model->laneFirstRow(lanes.at(c));
        const int top
            = startRow < 0 ? viewport()->height() : header + startRow * rowH - offset + rowH / 2;
        p.setPen(life);
        const int x = c * laneWidth + laneWidth / 2;
        p.drawLine(x, qMax(header, top), x, viewport()->height());
    }
    for (int row = first; row <= last; ++row)
        paintRow(p, row, header + row * rowH - offset, lanes, laneWidth);
    p.setClipping(false);
    paintHeader(p, lanes, laneWidth);
}

void TimelineView::paintHeader(QPainter &p, const QList<int> &lanes, int laneWidth)
{
    const int height = headerHeight();
    p.fillRect(0, 0, viewport()->width(), height, palette().color(QPalette::Window));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(0, height - 1, viewport()->width(), height - 1);
    const QFontMetrics nameMetrics(m_name);
    const QFontMetrics detailMetrics(m_detail);
    for (int c = 0; c < lanes.size(); ++c) {
        const QStringList lines = headerLines(lanes.at(c));
        const QRect box(c * laneWidth + pad, pad, laneWidth - 2 * pad, height - 2 * pad);
        if (c > 0) {
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            p.drawLine(c * laneWidth, pad, c * laneWidth, height - pad);
        }
        p.setPen(palette().color(QPalette::WindowText));
        int y = box.top();
        for (int i = 0; i < lines.size(); ++i) {
            const QFontMetrics &metrics = i == 0 ? nameMetrics : detailMetrics;
            p.setFont(i == 0 ? m_name : m_detail);
            p.drawText(QRect(box.left(), y, box.width(), metrics.lineSpacing()),
                Qt::AlignHCenter | Qt::AlignVCenter,
                metrics.elidedText(lines.at(i), Qt::ElideRight, box.width()));
            y += metrics.lineSpacing();
        }
    }
}

void TimelineView::paintRow(QPainter &p, int row, int top, const QList<int> &lanes, int laneWidth)
{
    using Kind = TimelineModel::RowKind;
    const QModelIndex index = m_model->index(row);
    const int lane = index.data(TimelineModel::LaneRole).toInt();
    const int column = int(lanes.indexOf(lane));
    if (column < 0)
        return;
    const auto kind = index.data(TimelineModel::KindRole).value<Kind>();
    if (kind == Kind::Segment) {
        paintSegment(p, row, top, column, laneWidth);
        return;
    }
    const bool open = index.data(TimelineModel::OpenRole).toBool();
    const QString error = index.data(TimelineModel::ErrorNameRole).toString();
    const bool serverSide = m_model->lane(lane).serverSide;
    const QFontMetrics metrics(m_body);
    const int line = metrics.lineSpacing();
    const int width = viewport()->width();
    const int laneLeft = column * laneWidth;
    const int laneMid = laneLeft + laneWidth / 2;

    // The second line: what the call returned, or why it has not.
    QString statement = index.data(TimelineModel::StatementRole).toString();
    QString outcome;
    if (open) {
        outcome = tr("\u2026 waiting");
    } else {
        const QString result = index.data(TimelineModel::ResultRole).toString();
        outcome = error.isEmpty() ? QString(u"\u2192 "_s + result)
                                  : QString(u"\u2717 "_s % error % u"  "_s % result);
        const QString note = index.data(TimelineModel::NoteRole).toString();
        if (!note.isEmpty())
            outcome += u"  ("_s % note % u')';
    }
    if (kind == Kind::Run) {
        statement.prepend(
            index.data(TimelineModel::ExpandedRole).toBool() ? u"\u25be "_s : u"\u25b8 "_s);
    }
    const int indent = kind == Kind::RunCall || kind == Kind::RunMore ? 2 * pad : 0;

    // The box: from the lane's side toward the middle, as wide as its text
    // (at most the rest of the view). Server lanes grow rightwards, client lanes leftwards.
    // Widths rounded up: elidedText() cuts a text whose fractional width
    // exceeds a rounded-down one.
    const QFontMetricsF exact(m_body);
    const auto advance = [&exact](const QString &s) {
        return qCeil(exact.horizontalAdvance(s)) + 1;
    };
    const int gap = 2 * metrics.averageCharWidth();
    const int textWidth = advance(statement) + gap + advance(outcome);
    const int room
        = serverSide ? width - laneLeft - 2 * pad - indent : laneLeft + laneWidth - 2 * pad;
    int boxWidth = qMin(textWidth + 2 * pad, room);
    int boxLeft = serverSide ? laneLeft + pad + indent : laneLeft + laneWidth - pad - boxWidth;

    // An accept's fork and a send's arrow: from the box to the lane the
    // bytes reach, which the box leaves in sight.
    const int target = index.data(TimelineModel::TargetLaneRole).toInt();
    const int targetColumn = target >= 0 ? int(lanes.indexOf(target)) : -1;
    const int arrowRoom = 3 * pad + metrics.averageCharWidth() * 6;
    int to = -1;
    // An accept's box keeps its width: the new lane's line starts under it.
    const bool fork = target >= 0 && m_model->lane(target).forkedFrom == lane
        && m_model->laneFirstRow(target) == row;
    if (targetColumn >= 0 && targetColumn != column) {
        to = targetColumn * laneWidth + laneWidth / 2;
        if (fork) {
            // The new lane's line starts under the box wherever it ends.
        } else if (to > laneMid) {
            boxWidth = qMax(4 * pad, qMin(boxWidth, to - arrowRoom - boxLeft));
        } else {
            const int right = boxLeft + boxWidth;
            boxLeft = qMin(right - 4 * pad, qMax(boxLeft, to + arrowRoom));
            boxWidth = right - boxLeft;
        }
    }
    const QRect box(boxLeft, top + pad / 2, boxWidth, line + pad);
    if (to >= 0 && fork) {
        const int from = to > laneMid ? box.right() : box.left();
        if (to > laneMid ? from + pad >= to : from - pad <= to)
            to = -1; // the box covers the new lane's line, which starts under it
    }
    if (to >= 0) {
        const int y = box.center().y();
        const int from = to > laneMid ? box.right() : box.left();
        const QColor ink = palette().color(QPalette::Highlight);
        // A FIN carries no bytes: its arrow is dashed.
        p.setPen(QPen(
            ink, 3, index.data(TimelineModel::FinRole).toBool() ? Qt::DashLine : Qt::SolidLine));
        p.drawLine(from, y, to, y);
        const int dir = to > from ? 1 : -1;
        QPainterPath head;
        head.moveTo(to, y);
        head.lineTo(to - dir * 12, y - 7);
        head.lineTo(to - dir * 12, y + 7);
        head.closeSubpath();
        p.fillPath(head, ink);
        const qint64 bytes = index.data(TimelineModel::BytesRole).toLongLong();
        QString carried;
        if (index.data(TimelineModel::FinRole).toBool())
            carried = u"FIN"_s;
        else if (kind == Kind::Call && bytes > 0)
            carried = tr("%L1 B").arg(bytes);
        if (!carried.isEmpty()) {
            p.setFont(m_detail);
            p.setPen(palette().color(QPalette::Text));
            // Above the arrow, as tall as the label's text (drawText clips to
            // the rectangle: half a box is shorter than large detail text).
            const int labelHeight = QFontMetrics(m_detail).height();
            const QRect label(qMin(from, to), y - 2 - labelHeight, qAbs(to - from), labelHeight);
            p.drawText(label, Qt::AlignHCenter | Qt::AlignBottom,
                QFontMetrics(m_detail).elidedText(carried, Qt::ElideRight, label.width()));
        }
    }

    const QColor text = palette().color(QPalette::Text);
    QColor fill = palette().color(QPalette::AlternateBase);
    if (open)
        fill = palette().color(QPalette::ToolTipBase);
    p.setBrush(fill);
    // Selected or linked to the selected row: a thick frame in the
    // highlight colour (and the mark at its side, not colour alone).
    const bool lit = row == selectedRow() || m_lit.contains(row);
    QPen border(open || lit ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
        lit                            ? 4
            : open || !error.isEmpty() ? 3
                                       : 1);
    if (!error.isEmpty())
        border.setStyle(Qt::DashLine);
    if (lit)
        paintMark(p, box, serverSide);
    p.setPen(border);
    p.drawRoundedRect(box, 4, 4);
    p.setBrush(Qt::NoBrush);

    // One line: the statement, then its outcome; when they do not fit, the
    // outcome keeps up to half the box and the statement is cut.
    const QRect inner = box.adjusted(pad, pad / 2, -pad, -pad / 2);
    const int outcomeWidth
        = qMin(advance(outcome), qMax(inner.width() / 2, inner.width() - gap - advance(statement)));
    const int statementWidth = qMax(0, inner.width() - gap - outcomeWidth);
    p.setPen(text);
    p.setFont(kind == Kind::RunCall ? m_body : m_bodyBold);
    p.drawText(QRect(inner.left(), inner.top(), statementWidth, inner.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(statement, Qt::ElideRight, statementWidth));
    QFont second = m_body;
    second.setItalic(open);
    p.setFont(second);
    p.drawText(QRect(inner.right() - outcomeWidth, inner.top(), outcomeWidth + 1, inner.height()),
        Qt::AlignRight | Qt::AlignVCenter,
        metrics.elidedText(outcome, Qt::ElideRight, outcomeWidth + 1));
}
