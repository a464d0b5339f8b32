#include "ui/timeline/timelineview.h"

#include "ui/timeline/shownstate.h"

#include "core/lab/lab.h"
#include "core/lab/queuewatch.h"
#include "core/net/porttable.h"
#include "core/net/tcpinfo.h"
#include "core/record/throttle.h"
#include "core/wire/segmentmodel.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/widgets/fixedfont.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextLayout>
#include <QTimer>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int pad = 6; // px around a row's box and inside it
// The most lines a wrapped statement takes (a longer one is cut at the last).

// `text` broken into lines at most `width` px wide, at spaces where it can
// (anywhere in a word longer than a line); at most `maxLines` lines (0: as
// many as it takes), the last one holding what is left.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    // A line break in the text (getaddrinfo's rows) starts a line of its own.
    if (text.contains(u'\n')) {
        QStringList lines;
        for (const QString &part : text.split(u'\n')) {
            const int left = maxLines > 0 ? maxLines - int(lines.size()) : 0;
            if (maxLines > 0 && left <= 0) {
                lines.last() += u' ' + part;
                continue;
            }
            lines += wrapped(part, font, width, left);
        }
        return lines;
    }
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        if (maxLines > 0 && lines.size() + 1 == maxLines) {
            lines << text.mid(start);
            break;
        }
        QTextLayout layout(text.mid(start), font);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(qMax(1, width));
        const qsizetype length = qMax(1, line.textLength());
        layout.endLayout();
        qsizetype end = start + length;
        // Broken inside a word: rather where code breaks well, after "(",
        // "," or "=" or before "." or an escape ("\x00"), than inside a name.
        if (end < text.size() && !text.at(end - 1).isSpace() && !text.at(end).isSpace()) {
            for (qsizetype at = end; at > start + length / 3; --at) {
                const QChar before = text.at(at - 1);
                const QChar here = text.at(at);
                if (before == u'(' || before == u',' || before == u'=' || here == u'.'
                    || here == u'\\') {
                    end = at;
                    break;
                }
            }
        }
        // Without the spaces it broke at: they take room and show nothing.
        QString shown = text.mid(start, end - start);
        while (shown.size() > 1 && shown.endsWith(u' '))
            shown.chop(1);
        lines << shown;
        start = end;
    }
    return lines;
}

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
    // The wire's reason for having no capture: under the rows, never over them.
    m_wireNote = new QLabel(this);
    m_wireNote->setObjectName(u"timelineWireNote"_s);
    m_wireNote->setTextFormat(Qt::PlainText);
    m_wireNote->setWordWrap(true);
    m_wireNote->setAlignment(Qt::AlignCenter);
    m_wireNote->setForegroundRole(QPalette::PlaceholderText);
    m_wireNote->hide();
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
            m_kept = -1;
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
        connect(lab->queueWatch(), &QueueWatch::changed, this, [this] { m_refresh->request(); });
        connect(lab, &Lab::crowdChanged, this, [this] { m_refresh->request(); });
    }
    viewport()->update();
}

void TimelineView::setTextPixelSizes(int body, int detail)
{
    m_bodyPx = qMax(0, body);
    m_detailPx = qMax(0, detail);
    updateFonts();
}

void TimelineView::setMaxStatementLines(int lines)
{
    lines = qMax(1, lines);
    if (lines == m_maxLines)
        return;
    m_maxLines = lines;
    m_refresh->request();
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
    updateWireNote();
    updateScrollBar();
    updateGeometry();
    viewport()->update();
}

int TimelineView::headerHeight() const
{
    // At least a name and three detail lines; more where a lane's wrap.
    const int least
        = QFontMetrics(m_name).lineSpacing() + 3 * QFontMetrics(m_detail).lineSpacing() + 2 * pad;
    return qMax(least, m_headerHeight);
}

int TimelineView::rowHeight() const
{
    return QFontMetrics(m_body).lineSpacing() + 2 * pad;
}

int TimelineView::rowLines(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row) : 1;
}

QStringList TimelineView::rowTextLines(int row) const
{
    const QList<int> lanes = drawnLanes();
    if (!m_model || lanes.isEmpty() || row < 0 || row >= m_model->rowCount())
        return {};
    const RowGeometry g = rowGeometry(row, lanes, viewport()->width() / int(lanes.size()));
    if (!g.wrapped)
        return {g.statement + u"  "_s + g.outcome};
    QStringList lines = g.statementLines;
    if (g.outcomeLines.isEmpty())
        lines.last() += u"  "_s + g.outcome;
    return lines + g.outcomeLines;
}

int TimelineView::rowTop(int row) const
{
    return row >= 0 && row < m_tops.size() ? m_tops.at(row) : row * rowHeight();
}

bool TimelineView::rowShown(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return false;
    const int offset = verticalScrollBar()->value();
    const int top = rowTop(row);
    const int bottom = offset + viewport()->height() - headerHeight();
    // A row half under the header is left out (whole rows only), and so is
    // one whose first line would not show at the bottom: a bare top border
    // reads as nothing.
    const int own = row + 1 < m_tops.size() ? m_tops.at(row + 1) - top : rowHeight();
    return top >= offset && bottom - top >= qMin(rowHeight(), own);
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
    if (!m_model || y < headerHeight() || m_tops.size() < 2)
        return -1;
    const int at = y - headerHeight() + verticalScrollBar()->value();
    // The last top not below `at`.
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), at);
    const int row = int(it - m_tops.cbegin()) - 1;
    return row >= 0 && row < m_model->rowCount() && row + 1 < m_tops.size() ? row : -1;
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

void TimelineView::setKeptRow(int row)
{
    if (m_kept == row)
        return;
    m_kept = row;
    updateScrollBar();
}

void TimelineView::refresh()
{
    // Hidden in a shown window (normal mode's timeline during presentation,
    // presentation's in normal mode): laid out once shown, not on every
    // call (re-laying every row of a long run costs the window its pace).
    if (!isVisible() && window()->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    updateWireNote();
    updateScrollBar();
    viewport()->update();
}

void TimelineView::updateWireNote()
{
    const QString status
        = drawnLanes().contains(TimelineModel::WireLane) ? wireStatus() : QString();
    m_wireNote->setFont(m_detail);
    m_wireNote->setText(status);
    int band = 0;
    if (!status.isEmpty()) {
        const int width = qMax(1, contentsRect().width() - 2 * pad);
        band = m_wireNote->heightForWidth(width) + 2 * pad;
        const QRect inner = contentsRect();
        m_wireNote->setGeometry(
            inner.left() + pad, inner.bottom() + 1 - band + pad, width, band - 2 * pad);
    }
    m_wireNote->setVisible(!status.isEmpty());
    if (viewportMargins().bottom() != band)
        setViewportMargins(0, 0, 0, band);
}

QRect TimelineView::wireNoteRect() const
{
    return m_wireNote->isVisibleTo(this) ? m_wireNote->geometry() : QRect();
}

void TimelineView::layoutRows()
{
    m_tops.clear();
    m_lines.clear();
    m_headerHeight = 0;
    const QList<int> lanes = drawnLanes();
    if (!m_model || lanes.isEmpty())
        return;
    const int laneWidth = viewport()->width() / int(lanes.size());
    m_laneWidth = laneWidth;
    for (int lane : lanes) {
        m_headerHeight = qMax(
            m_headerHeight, headerLinesHeight(headerLines(lane), laneWidth - 2 * pad) + 2 * pad);
    }
    const int rows = m_model->rowCount();
    m_tops.reserve(rows + 1);
    m_lines.clear();
    m_lines.reserve(rows);
    int top = 0;
    for (int row = 0; row < rows; ++row) {
        m_tops.append(top);
        const RowGeometry geometry = rowGeometry(row, lanes, laneWidth);
        m_lines.append(geometry.lines);
        // The box and the gap under it (a row left out of the drawn lanes keeps a line).
        top += (geometry.box.isEmpty() ? rowHeight() - pad : geometry.box.height()) + pad;
    }
    m_tops.append(top);
}

int TimelineView::headerLinesHeight(const QStringList &lines, int width) const
{
    int height = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetrics metrics(i == 0 ? m_name : m_detail);
        height += metrics
                      .boundingRect(QRect(0, 0, qMax(1, width), 100000),
                          Qt::AlignHCenter | Qt::TextWordWrap, lines.at(i))
                      .height();
    }
    return height;
}

void TimelineView::updateScrollBar()
{
    layoutRows();
    const int room = qMax(0, viewport()->height() - headerHeight());
    QScrollBar *bar = verticalScrollBar();
    const bool follow = m_follow;
    // The end shows the last rows with the first of them at the top (a
    // row only partly in view is left out, and would leave an empty band
    // there instead of under the last row).
    int end = qMax(0, (m_tops.isEmpty() ? 0 : m_tops.last()) - room);
    if (end > 0) {
        const auto first = std::lower_bound(m_tops.cbegin(), m_tops.cend(), end);
        // A last row taller than the room: from its top.
        end = first + 1 < m_tops.cend() ? *first : m_tops.at(m_tops.size() - 2);
    }
    bar->setRange(0, end);
    bar->setPageStep(qMax(1, room));
    bar->setSingleStep(rowHeight());
    if (follow)
        bar->setValue(followedValue());
    m_follow = follow;
}

int TimelineView::followedValue() const
{
    const int end = verticalScrollBar()->maximum();
    return m_kept >= 0 && m_kept < m_tops.size() ? qMin(end, m_tops.at(m_kept)) : end;
}

void TimelineView::scrollContentsBy(int, int)
{
    m_follow = verticalScrollBar()->value() >= followedValue();
    viewport()->update();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_stale)
        refresh();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateWireNote();
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
        if (m_model->isExpandable(row)) {
            const bool follow = m_follow;
            m_model->setExpanded(row, !index.data(TimelineModel::ExpandedRole).toBool());
            m_follow = follow && false; // an opened run stays where it was clicked
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

std::pair<int, int> TimelineView::segmentSpan(int column, int laneWidth) const
{
    const int lanes = qMax(1, viewport()->width() / qMax(1, laneWidth));
    const int left = column > 0 ? (column - 1) * laneWidth + laneWidth / 2 : column * laneWidth;
    const int right
        = column + 1 < lanes ? (column + 1) * laneWidth + laneWidth / 2 : (column + 1) * laneWidth;
    return {left, right};
}

int TimelineView::segmentTextWidth(const QModelIndex &index) const
{
    QFont bold = m_detail;
    bold.setBold(true);
    const QString flags = index.data(TimelineModel::StatementRole).toString();
    const QString numbers = index.data(TimelineModel::ResultRole).toString();
    return QFontMetrics(bold).horizontalAdvance(flags) + pad
        + QFontMetrics(m_detail).horizontalAdvance(numbers);
}

std::pair<int, int> TimelineView::segmentTextSpan(
    const QModelIndex &index, int column, int laneWidth) const
{
    const auto [left, right] = segmentSpan(column, laneWidth);
    if (segmentTextWidth(index) <= right - left - 4 * pad)
        return {left, right};
    // Wider, over the halves of the lanes beside the arrow's ends (on a
    // ground of its own there): one line instead of two.
    const int lanes = qMax(1, viewport()->width() / qMax(1, laneWidth));
    const int wideLeft = column > 0 ? (column - 1) * laneWidth : left;
    const int wideRight = column + 1 < lanes ? (column + 2) * laneWidth : right;
    return {wideLeft, wideRight};
}

bool TimelineView::segmentSplits(const QModelIndex &index, int column, int laneWidth) const
{
    const auto [left, right] = segmentTextSpan(index, column, laneWidth);
    return segmentTextWidth(index) > right - left - 4 * pad; // the text inside the box
}

void TimelineView::paintSegment(QPainter &p, int row, int top, int column, int laneWidth)
{
    const QModelIndex index = m_model->index(row);
    const int direction = index.data(TimelineModel::WireDirectionRole).toInt();
    const QFontMetrics metrics(m_detail);
    const int line = segmentLine();
    // A segment's row holds nothing else: its arrow reaches from the middle
    // of the lane at its left to the middle of the lane at its right.
    const auto [left, right] = segmentSpan(column, laneWidth);
    // A flow-control note ("window 0: ...") takes a line of its own above;
    // in a narrow wire lane the numbers go on a line under the flags.
    const QString note = index.data(TimelineModel::NoteRole).toString();
    const int noteHeight = note.isEmpty() ? 0 : line;
    const bool split = segmentSplits(index, column, laneWidth);
    const int textLines = split ? 2 : 1;
    const QRect box(
        left + pad, top + pad / 2 + noteHeight, right - left - 2 * pad, textLines * line + 2 * pad);
    const bool lit = row == selectedRow() || m_lit.contains(row);
    const QColor ink = palette().color(QPalette::Highlight);

    // The arrow across the lane, toward the side the segment reaches: the
    // server's lanes are at the left.
    const int y = box.top() + textLines * line + pad;
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
    const auto [textLeft, textRight] = segmentTextSpan(index, column, laneWidth);
    const QRect text(
        textLeft + 2 * pad, box.top(), textRight - textLeft - 4 * pad, textLines * line);
    if (textLeft < left || textRight > right) // over the lifelines beside it
        p.fillRect(text.adjusted(-pad, 0, pad, 0), palette().color(QPalette::Base));
    QFont bold = m_detail;
    bold.setBold(true);
    const int flagsWidth = qMin(text.width(), QFontMetrics(bold).horizontalAdvance(flags) + pad);
    p.setPen(palette().color(QPalette::Text));
    p.setFont(bold);
    p.drawText(QRect(text.left(), text.top(), flagsWidth, split ? line : text.height()),
        Qt::AlignLeft | Qt::AlignVCenter, flags);
    p.setFont(m_detail);
    const QRect rest = split
        ? QRect(text.left(), text.top() + line, text.width(), text.height() - line)
        : QRect(text.left() + flagsWidth, text.top(), text.width() - flagsWidth, text.height());
    p.drawText(rest, Qt::AlignRight | Qt::AlignVCenter,
        metrics.elidedText(numbers, Qt::ElideRight, rest.width()));
    if (!note.isEmpty()) {
        QFont noteFont = m_detail;
        noteFont.setBold(true);
        p.setFont(noteFont);
        p.setPen(palette().color(QPalette::Link));
        const QRect noteBox(text.left(), top + pad / 2, text.width(), line);
        p.drawText(noteBox, Qt::AlignHCenter | Qt::AlignBottom,
            QFontMetrics(noteFont).elidedText(note, Qt::ElideRight, noteBox.width()));
    }
}

int TimelineView::segmentLine() const
{
    return QFontMetrics(m_detail).lineSpacing();
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

TimelineView::Header TimelineView::header(int lane) const
{
    if (lane == TimelineModel::WireLane) {
        Header header;
        header.name = tr("wire");
        return header;
    }
    const TimelineModel::Lane &model = m_model->lane(lane);
    Header header;
    header.name = model.object;
    const LiveSocket *socket = socketOf(lane);
    if (!socket || model.closed) {
        // The fd is gone; the kernel may still hold the connection
        // (TIME_WAIT after an active close), listed in its socket tables.
        header.lifecycle = tr("closed");
        const auto kept = m_addresses.value(model.object);
        header.laddr = kept.first;
        header.raddr = kept.second;
        if (kept.first.isValid() && kept.second.isValid()) {
            const QList<PortTable::Entry> holders = PortTable::holders(
                PortTable::Protocol::Tcp, kept.first.port(), m_lab ? m_lab->tablesProcess() : 0);
            for (const PortTable::Entry &entry : holders) {
                if (entry.local == kept.first && entry.remote == kept.second) {
                    header.tcpState = entry.stateName();
                    m_tables->start(); // TIME_WAIT ends by itself
                    break;
                }
            }
        }
        return header;
    }
    keepAddresses(lane);
    header.lifecycle = ShownState::label(*socket); // as the kernel says, before recv() tells
    const TcpInfo::State tcp = socket->tcpInfo().state;
    header.tcpState = TcpInfo::stateName(tcp);
    // A socket made or bound and no more is in no connection: the kernel's
    // CLOSED beside "bound" would read as a contradiction.
    if (tcp == TcpInfo::State::Closed
        && (socket->state() == LiveSocket::State::Created
            || socket->state() == LiveSocket::State::Bound))
        header.tcpState.clear();
    // A state the kernel leaves by itself, with no call to tell (a crowd
    // client's SYN_SENT once the accept queue has room, FIN_WAIT2): read
    // again from TCP_INFO a second later, as long as it lasts.
    using S = TcpInfo::State;
    if (tcp == S::SynSent || tcp == S::SynRecv || tcp == S::FinWait1 || tcp == S::FinWait2
        || tcp == S::Closing || tcp == S::LastAck)
        m_tables->start();
    header.laddr = socket->laddr();
    header.raddr = socket->raddr();
    if (m_lab)
        header.queues = m_lab->queueWatch()->queues(socket);
    return header;
}

void TimelineView::setQueuesShown(bool shown)
{
    m_queuesShown = shown;
    m_refresh->request();
}

QString TimelineView::queuesLine(const SocketQueues &queues)
{
    if (!queues.valid)
        return {};
    QString line = tr("sendq %L1 B").arg(queues.sendQueue) + u" \u00b7 "_s
        + tr("recvq %L1 B").arg(queues.recvQueue);
    if (queues.window >= 0)
        line += u" \u00b7 "_s + tr("window %L1 B").arg(queues.window);
    return line;
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
        // TCP carries segments, UDP datagrams: each counted by its own name.
        const int frames = int(m_lab->wire()->frameCount());
        const qint64 segments = m_model ? m_model->wireSegments() : 0;
        const qint64 datagrams = m_model ? m_model->wireDatagrams() : 0;
        if (datagrams > 0 && segments > 0)
            lines << tr("%Ln segment(s)", nullptr, int(segments)) + u" \u00b7 "_s
                    + tr("%Ln datagram(s)", nullptr, int(datagrams));
        else if (datagrams > 0)
            lines << tr("%Ln datagram(s)", nullptr, frames);
        else
            lines << tr("%Ln segment(s)", nullptr, frames);
        return lines;
    }
    // In a narrow lane the shorter forms, so a header keeps a line each:
    // endpoint notation for a Python tuple, the TCP state for both states.
    const QFontMetrics metrics(m_detail);
    const int room = m_laneWidth - 2 * pad;
    const auto fits = [&](const QString &line) {
        return m_laneWidth <= 0 || metrics.horizontalAdvance(line) <= room;
    };
    const auto address = [&](const QString &label, const Endpoint &endpoint) -> QString {
        if (!endpoint.isValid())
            return label + u" \u2014"_s;
        // The same form in every lane where it can be: a tuple only where a
        // loopback one with a five-digit port fits too (stage 30 showed
        // 127.0.0.1:59300 beside ('0.0.0.0', 37503)).
        const QString tuple = label + u' ' + endpoint.toPythonTuple();
        return fits(tuple) && fits(label + u" ('127.0.0.1', 65535)"_s)
            ? tuple
            : label + u' ' + endpoint.toString();
    };
    const Header h = header(lane);
    QString state = h.lifecycle;
    if (!h.tcpState.isEmpty()) {
        state += u" \u00b7 "_s + h.tcpState;
        if (!fits(state))
            state = h.tcpState;
    }
    QStringList lines {h.name, state, address(u"laddr"_s, h.laddr), address(u"raddr"_s, h.raddr)};
    if (h.queues.valid && m_queuesShown)
        lines << queuesLine(h.queues);
    return lines;
}

bool TimelineView::isHeaderCut(int lane) const
{
    const int room = m_laneWidth - 2 * pad;
    if (m_laneWidth <= 0)
        return false;
    const QStringList lines = headerLines(lane);
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetrics metrics(i == 0 ? m_name : m_detail);
        for (const QString &word : lines.at(i).split(u' ', Qt::SkipEmptyParts)) {
            if (metrics.horizontalAdvance(word) > room)
                return true;
        }
    }
    return false;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    m_painted.clear();
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
    if (m_tops.size() != m_model->rowCount() + 1)
        layoutRows(); // rows came since the last layout (the refresh follows)
    const int header = headerHeight();
    const int rowH = rowHeight();
    const int offset = verticalScrollBar()->value();
    const int rows = m_model->rowCount();
    const int first = qMax(
        0, int(std::upper_bound(m_tops.cbegin(), m_tops.cend(), offset) - m_tops.cbegin()) - 1);
    const int bottom = offset + viewport()->height() - header;
    const int last = qMin(rows - 1,
        int(std::upper_bound(m_tops.cbegin(), m_tops.cend(), bottom) - m_tops.cbegin()) - 1);

    // Lifelines: from a lane's first row down.
    p.setClipRect(0, header, viewport()->width(), viewport()->height() - header);
    QPen life(palette().color(QPalette::Mid), 2, Qt::DashLine);
    for (int c = 0; c < lanes.size(); ++c) {
        if (lanes.at(c) == TimelineModel::WireLane)
            continue; // without a capture its reason is under the rows (updateWireNote)
        const int startRow = m_model->laneFirstRow(lanes.at(c));
        const int top
            = startRow < 0 ? viewport()->height() : header + rowTop(startRow) - offset + rowH / 2;
        p.setPen(life);
        const int x = c * laneWidth + laneWidth / 2;
        p.drawLine(x, qMax(header, top), x, viewport()->height());
    }
    for (int row = first; row <= last; ++row) {
        if (!rowShown(row))
            continue;
        paintRow(p, row, header + rowTop(row) - offset, lanes, laneWidth);
    }
    p.setClipping(false);
    paintHeader(p, lanes, laneWidth);
}

void TimelineView::paintHeader(QPainter &p, const QList<int> &lanes, int laneWidth)
{
    const int height = headerHeight();
    p.fillRect(0, 0, viewport()->width(), height, palette().color(QPalette::Window));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(0, height - 1, viewport()->width(), height - 1);
    for (int c = 0; c < lanes.size(); ++c) {
        const QStringList lines = headerLines(lanes.at(c));
        const QRect box(c * laneWidth + pad, pad, laneWidth - 2 * pad, height - 2 * pad);
        if (c > 0) {
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            p.drawLine(c * laneWidth, pad, c * laneWidth, height - pad);
        }
        p.setPen(palette().color(QPalette::WindowText));
        // A line longer than the lane wraps at its spaces ("raddr" over
        // "('127.0.0.1', 5000)"): the header grows, nothing is cut.
        int y = box.top();
        for (int i = 0; i < lines.size(); ++i) {
            p.setFont(i == 0 ? m_name : m_detail);
            const QFontMetrics metrics(p.font());
            const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
            const QRect text = metrics.boundingRect(
                QRect(box.left(), y, box.width(), 100000), flags, lines.at(i));
            p.drawText(QRect(box.left(), y, box.width(), text.height()), flags, lines.at(i));
            y += text.height();
        }
    }
}

TimelineView::RowGeometry TimelineView::rowGeometry(
    int row, const QList<int> &lanes, int laneWidth) const
{
    using Kind = TimelineModel::RowKind;
    RowGeometry g;
    const QModelIndex index = m_model->index(row);
    const int lane = index.data(TimelineModel::LaneRole).toInt();
    const int column = int(lanes.indexOf(lane));
    if (column < 0)
        return g;
    const auto kind = index.data(TimelineModel::KindRole).value<Kind>();
    if (kind == Kind::Segment) {
        // One line across the lanes, one more for a note and one more when
        // the numbers do not fit beside the flags; paintSegment() draws it.
        // Its text is detail text: lines as high as that, and room for the arrow under them.
        g.lines = (index.data(TimelineModel::NoteRole).toString().isEmpty() ? 1 : 2)
            + (segmentSplits(index, column, laneWidth) ? 1 : 0);
        g.box = QRect(column * laneWidth, pad / 2, laneWidth, g.lines * segmentLine() + 2 * pad);
        g.segment = true;
        g.laneMid = column * laneWidth + laneWidth / 2;
        return g;
    }
    const bool open = index.data(TimelineModel::OpenRole).toBool();
    const QString error = index.data(TimelineModel::ErrorNameRole).toString();
    const bool serverSide = m_model->lane(lane).serverSide;
    const QFontMetrics metrics(m_body);
    const int line = metrics.lineSpacing();
    const int width = viewport()->width();
    const int laneLeft = column * laneWidth;
    g.laneMid = laneLeft + laneWidth / 2;

    // The second part: what the call returned, or why it has not.
    g.statement = index.data(TimelineModel::StatementRole).toString();
    if (open && kind == Kind::Run) {
        // The calls so far brought bytes; the next one waits for more.
        g.outcome
            = tr("\u2192 %1, then waiting").arg(index.data(TimelineModel::ResultRole).toString());
    } else if (open) {
        g.outcome = tr("\u2026 waiting");
    } else {
        const QString result = index.data(TimelineModel::ResultRole).toString();
        g.outcome = error.isEmpty() ? QString(u"\u2192 "_s + result)
                                    : QString(u"\u2717 "_s % error % u"  "_s % result);
        const QString note = index.data(TimelineModel::NoteRole).toString();
        if (!note.isEmpty())
            g.outcome += u"  ("_s % note % u')';
    }
    if (kind == Kind::Run) {
        g.statement.prepend(
            index.data(TimelineModel::ExpandedRole).toBool() ? u"\u25be "_s : u"\u25b8 "_s);
    }
    if (kind == Kind::Chunk) // "text 'hi\\n'", "hex 68 69 0a": the bytes themselves
        g.outcome = index.data(TimelineModel::ResultRole).toString();
    const int indent
        = kind == Kind::RunCall || kind == Kind::RunMore || kind == Kind::Chunk ? 2 * pad : 0;

    // The box: from the lane's side toward the middle, as wide as its text
    // (at most the rest of the view). Server lanes grow rightwards, client lanes leftwards.
    // Widths rounded up: a text whose fractional width exceeds a rounded-down one is cut.
    const QFontMetricsF exact(m_body);
    const auto advance = [&exact](const QString &s) {
        return qCeil(exact.horizontalAdvance(s)) + 1;
    };
    const int gap = 2 * metrics.averageCharWidth();
    const int textWidth = advance(g.statement) + gap + advance(g.outcome);
    const int room
        = serverSide ? width - laneLeft - 2 * pad - indent : laneLeft + laneWidth - 2 * pad;
    int boxWidth = qMin(textWidth + 2 * pad, room);
    int boxLeft = serverSide ? laneLeft + pad + indent : laneLeft + laneWidth - pad - boxWidth;

    // An accept's fork and a send's arrow: from the box to the lane the
    // bytes reach, which the box leaves in sight.
    const int target = index.data(TimelineModel::TargetLaneRole).toInt();
    const int targetColumn = target >= 0 ? int(lanes.indexOf(target)) : -1;
    // As long as the arrow's head and its label ("59 B", "FIN") need.
    const qint64 carried = index.data(TimelineModel::BytesRole).toLongLong();
    const QString label = index.data(TimelineModel::FinRole).toBool() ? u"FIN"_s
        : kind == Kind::Call && carried > 0                           ? tr("%L1 B").arg(carried)
                                                                      : QString();
    const int arrowRoom
        = 4 * pad + 12 + qMax(QFontMetrics(m_detail).horizontalAdvance(label), 2 * pad);
    // An accept's box keeps its width: the new lane's line starts under it.
    const bool fork = target >= 0 && m_model->lane(target).forkedFrom == lane
        && m_model->laneFirstRow(target) == row;
    if (targetColumn >= 0 && targetColumn != column) {
        g.to = targetColumn * laneWidth + laneWidth / 2;
        if (fork) {
            // The new lane's line starts under the box wherever it ends.
        } else if (g.to > g.laneMid) {
            boxWidth = qMax(4 * pad, qMin(boxWidth, g.to - arrowRoom - boxLeft));
        } else {
            const int right = boxLeft + boxWidth;
            boxLeft = qMin(right - 4 * pad, qMax(boxLeft, g.to + arrowRoom));
            boxWidth = right - boxLeft;
        }
    }
    // Text longer than the box wraps: the statement at its spaces (at most
    // maxStatementLines() lines), the outcome after it on its last line when
    // there is room, else on lines of its own, wrapped at its spaces too (an
    // error's message is read whole, never cut).
    const int inner = boxWidth - 2 * pad;
    if ((advance(g.statement) + gap + advance(g.outcome) > inner || g.outcome.contains(u'\n'))
        && inner > 0) {
        g.wrapped = true;
        g.statementLines = wrapped(g.statement, m_bodyBold, inner, m_maxLines);
        if (g.statementLines.isEmpty())
            g.statementLines << g.statement;
        if (advance(g.statementLines.last()) + gap + advance(g.outcome) > inner)
            g.outcomeLines = wrapped(g.outcome, m_body, inner, 0);
        g.lines = int(g.statementLines.size() + g.outcomeLines.size());
    }
    g.box = QRect(boxLeft, pad / 2, boxWidth, g.lines * line + pad);
    if (g.to >= 0 && fork) {
        const int from = g.to > g.laneMid ? g.box.right() : g.box.left();
        if (g.to > g.laneMid ? from + pad >= g.to : from - pad <= g.to)
            g.to = -1; // the box covers the new lane's line, which starts under it
    }
    return g;
}

void TimelineView::paintRow(QPainter &p, int row, int top, const QList<int> &lanes, int laneWidth)
{
    using Kind = TimelineModel::RowKind;
    const RowGeometry g = rowGeometry(row, lanes, laneWidth);
    if (g.box.isEmpty())
        return;
    const QModelIndex index = m_model->index(row);
    const auto kind = index.data(TimelineModel::KindRole).value<Kind>();
    if (kind == Kind::Segment) {
        paintSegment(p, row, top, int(lanes.indexOf(TimelineModel::WireLane)), laneWidth);
        return;
    }
    const bool serverSide = m_model->lane(index.data(TimelineModel::LaneRole).toInt()).serverSide;
    const bool open = index.data(TimelineModel::OpenRole).toBool();
    const QString error = index.data(TimelineModel::ErrorNameRole).toString();
    const QFontMetrics metrics(m_body);
    const int line = metrics.lineSpacing();
    const QRect box = g.box.translated(0, top);
    int to = g.to;

    if (to >= 0) {
        // At the first line, beside the statement's start.
        const int y = box.top() + pad / 2 + line / 2;
        const int from = to > g.laneMid ? box.right() : box.left();
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
    else if (index.data(TimelineModel::HeldRole).toBool())
        border.setStyle(Qt::DotLine); // bytes the kernel holds: not yet on their way
    if (lit)
        paintMark(p, box, serverSide);
    p.setPen(border);
    p.drawRoundedRect(box, 4, 4);
    p.setBrush(Qt::NoBrush);

    const QFontMetricsF exact(m_body);
    const auto advance = [&exact](const QString &s) {
        return qCeil(exact.horizontalAdvance(s)) + 1;
    };
    const int gap = 2 * metrics.averageCharWidth();
    const QRect inner = box.adjusted(pad, pad / 2, -pad, -pad / 2);
    const QFont &statementFont = kind == Kind::RunCall || kind == Kind::Chunk ? m_body : m_bodyBold;
    QFont second = m_body;
    second.setItalic(open);
    p.setPen(text);
    if (!g.wrapped) {
        // One line: the statement, then its outcome.
        const int outcomeWidth = qMin(advance(g.outcome), inner.width());
        const int statementWidth = qMax(0, inner.width() - gap - outcomeWidth);
        p.setFont(statementFont);
        const QString shown = metrics.elidedText(g.statement, Qt::ElideRight, statementWidth);
        m_painted.insert(row, shown);
        p.drawText(QRect(inner.left(), inner.top(), statementWidth, inner.height()),
            Qt::AlignLeft | Qt::AlignVCenter, shown);
        p.setFont(second);
        p.drawText(
            QRect(inner.right() - outcomeWidth, inner.top(), outcomeWidth + 1, inner.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(g.outcome, Qt::ElideRight, outcomeWidth + 1));
        return;
    }
    // Wrapped: the statement's lines as rowGeometry() laid them out, the
    // outcome at the right of its last line, or on the lines under them.
    const QStringList &lines = g.statementLines;
    p.setFont(statementFont);
    QStringList shownLines;
    for (int i = 0; i < lines.size(); ++i) {
        shownLines.append(
            QFontMetrics(statementFont).elidedText(lines.at(i), Qt::ElideRight, inner.width() + 1));
        p.drawText(QRect(inner.left(), inner.top() + i * line, inner.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter, shownLines.last());
    }
    m_painted.insert(row, shownLines.join(u' '));
    p.setFont(second);
    if (g.outcomeLines.isEmpty()) {
        p.drawText(
            QRect(inner.left(), inner.top() + int(lines.size() - 1) * line, inner.width(), line),
            Qt::AlignRight | Qt::AlignVCenter, g.outcome);
        return;
    }
    // One line: at the right, as before; more: each from the left, as read.
    const int align = g.outcomeLines.size() == 1 ? Qt::AlignRight : Qt::AlignLeft;
    for (int i = 0; i < g.outcomeLines.size(); ++i) {
        p.drawText(
            QRect(inner.left(), inner.top() + int(lines.size() + i) * line, inner.width(), line),
            align | Qt::AlignVCenter, g.outcomeLines.at(i));
    }
}
