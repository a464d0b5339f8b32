#include "ui/window/focusview.h"

#include "core/bytes/bytesformat.h"
#include "core/bytes/splitmarks.h"
#include "core/lab/lab.h"
#include "core/lab/queuewatch.h"
#include "core/net/livesocket.h"
#include "core/net/tcpinfo.h"
#include "core/platform/interfacelist.h"
#include "core/record/throttle.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/explorers/addressexplorer.h"
#include "ui/explorers/constantsexplorer.h"
#include "ui/explorers/explorerform.h"
#include "ui/explorers/explorerswidget.h"
#include "ui/explorers/getaddrinfoexplorer.h"
#include "ui/explorers/portexplorer.h"
#include "ui/explorers/socketplayground.h"
#include "ui/lesson/throughputchart.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/fixedfont.h"

#include <QCoreApplication>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxDatagrams = 256;

QFont pixelFont(QFont font, int px, bool bold = false)
{
    font.setPixelSize(qMax(1, px));
    font.setBold(bold);
    return font;
}

QFont fixedFont(int px, bool bold = false)
{
    QFont font;
    font.setFamilies(fixedFamilies());
    font.setStyleHint(QFont::Monospace);
    return pixelFont(font, px, bold);
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A TCP state that changes without a call (the kernel's timers move it on).
bool isPassing(const QString &tcpState)
{
    static const QStringList passing {u"SYN_SENT"_s, u"SYN_RECV"_s, u"FIN_WAIT1"_s, u"FIN_WAIT2"_s,
        u"CLOSING"_s, u"LAST_ACK"_s, u"TIME_WAIT"_s};
    return passing.contains(tcpState);
}

} // namespace

FocusView::FocusView(Lab *lab, TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_model(model)
{
    setObjectName(u"focusView"_s);
    setAccessibleName(tr("What this stage is about"));
    setAutoFillBackground(true);
    // Keyboard focus rests here while presenting: no focus frame drawn over
    // a layer, and the clicker's keys stay the lesson's.
    setFocusPolicy(Qt::ClickFocus);
    m_column = new QVBoxLayout(this);
    m_column->setContentsMargins(12, 8, 12, 0);
    m_column->setSpacing(8);

    m_valuesRow = new QWidget(this);
    m_values = new QGridLayout(m_valuesRow);
    m_values->setContentsMargins(0, 0, 0, 0);
    m_values->setHorizontalSpacing(16);
    m_values->setVerticalSpacing(4);
    m_column->addWidget(m_valuesRow);

    m_views = new QHBoxLayout;
    m_views->setSpacing(16);
    m_column->addLayout(m_views, 1);

    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(u"focusTimeline"_s);
    m_timeline->setModel(model);
    m_timeline->setLab(lab);
    m_timeline->setQueuesShown(false); // the `buffers` focus shows them, large
    m_views->addWidget(m_timeline, 3);
    if (model)
        connect(model, &QAbstractItemModel::rowsInserted, this, &FocusView::findKeptRow);
    m_chunks = makeList(tr("Chunks received"));
    m_chunks.box->setObjectName(u"focusChunks"_s);
    m_datagrams = makeList(tr("Datagrams received"));
    m_datagrams.box->setObjectName(u"focusDatagrams"_s);
    m_queue = makeList(tr("Accept queue"));
    m_queue.box->setObjectName(u"focusQueue"_s);
    m_buffers = makeList(tr("Send and receive queues"));
    m_buffers.box->setObjectName(u"focusBuffers"_s);
    m_interfaces = makeList(tr("Interfaces of this machine"));
    m_interfaces.box->setObjectName(u"focusInterfaces"_s);
    m_narration = new QLabel(this);
    m_narration->setObjectName(u"focusNarration"_s);
    m_narration->setAccessibleName(tr("Narration"));
    m_narration->setTextFormat(Qt::MarkdownText);
    m_narration->setWordWrap(true);
    m_narration->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_narration->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_views->addWidget(m_narration, 2);
    m_chart = new ThroughputChart(this);
    m_chart->setObjectName(u"focusChart"_s);
    m_chart->setFill(true);
    m_views->addWidget(m_chart, 2);
    for (QWidget **slot : {&m_diagramSlot, &m_explorerSlot}) {
        *slot = new QWidget(this);
        auto *layout = new QVBoxLayout(*slot);
        layout->setContentsMargins(0, 0, 0, 0);
        m_views->addWidget(*slot, slot == &m_explorerSlot ? 3 : 2);
    }
    m_diagramSlot->setObjectName(u"focusDiagram"_s);
    // The highlighted layers in words, above the diagram.
    m_diagramTitle = plainLabel(m_diagramSlot);
    m_diagramTitle->setWordWrap(true);
    m_diagramTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_diagramSlot->layout()->addWidget(m_diagramTitle);
    m_explorerSlot->setObjectName(u"focusExplorer"_s);

    m_stripBox = new QWidget(this);
    m_stripBox->setObjectName(u"focusStrip"_s);
    m_strip = new QVBoxLayout(m_stripBox);
    m_strip->setContentsMargins(0, 0, 0, 0);
    m_column->addWidget(m_stripBox);

    m_throttle = new Throttle(
        40, [this] { refresh(); }, this);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(1000);
    connect(m_settle, &QTimer::timeout, this, &FocusView::refresh);
    connect(lab, &Lab::callRecorded, this, &FocusView::record);
    connect(lab, &Lab::performed, m_throttle, &Throttle::request);
    connect(lab, &Lab::crowdChanged, m_throttle, &Throttle::request);
    connect(lab, &Lab::playgroundChanged, m_throttle, &Throttle::request);
    connect(lab, &Lab::measured, m_chart, &ThroughputChart::addMeasurement);
    connect(lab, &Lab::measured, m_throttle, &Throttle::request);
    connect(lab->queueWatch(), &QueueWatch::changed, this, [this] {
        if (isVisible() && m_names.contains(u"buffers"_s))
            m_throttle->request();
    });
    setFocusNames({});
    applyFonts();
}

FocusView::~FocusView() = default;

FocusView::List FocusView::makeList(const QString &accessibleName)
{
    List list;
    list.box = new QWidget(this);
    list.box->setAccessibleName(accessibleName);
    auto *layout = new QVBoxLayout(list.box);
    layout->setContentsMargins(0, 0, 0, 0);
    list.title = plainLabel(list.box);
    list.title->setWordWrap(true);
    list.title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(list.title);
    list.rows = new QListWidget(list.box);
    list.rows->setFocusPolicy(Qt::NoFocus); // the clicker's keys stay the lesson's
    list.rows->setSelectionMode(QAbstractItemView::NoSelection);
    list.rows->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list.rows->setTextElideMode(Qt::ElideMiddle);
    list.rows->setAccessibleName(accessibleName);
    layout->addWidget(list.rows, 1);
    m_views->addWidget(list.box, 2);
    return list;
}

void FocusView::setFocusNames(const QStringList &names)
{
    m_names.clear();
    for (const QString &name : names) {
        if (!m_names.contains(name))
            m_names.append(name);
    }
    m_received.clear();
    m_chart->clear();
    // Values: one labelled card each, in the focus's order.
    for (const Value &card : std::as_const(m_cards))
        delete card.box;
    m_cards.clear();
    for (const QString &name : std::as_const(m_names)) {
        if (!name.contains(u'.'))
            continue;
        Value card;
        card.name = name;
        card.box = new QWidget(m_valuesRow);
        card.box->setAccessibleName(name);
        auto *layout = new QVBoxLayout(card.box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        card.caption = plainLabel(card.box);
        card.caption->setText(name);
        card.value = plainLabel(card.box);
        card.value->setObjectName(u"focusValue"_s);
        card.value->setAccessibleName(name);
        card.note = plainLabel(card.box);
        for (QLabel *label : {card.caption, card.value, card.note}) {
            // The card's width is the row's share: fitValues sizes the value to it.
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            layout->addWidget(label);
        }
        layout->addStretch(1); // cards with and without a note start level
        m_cards.append(card);
    }
    // Up to three a row; four as two rows of two, so each stays large.
    const int columns = valueColumns();
    for (int i = 0; i < m_cards.size(); ++i)
        m_values->addWidget(m_cards.at(i).box, i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_values->setColumnStretch(c, c < columns ? 1 : 0);
    m_valuesRow->setVisible(!m_cards.isEmpty());
    // Views: only the focus's, in its order; the rest hidden.
    const QList<std::pair<QString, QWidget *>> views {{u"timeline"_s, m_timeline},
        {u"chunks"_s, m_chunks.box}, {u"datagrams"_s, m_datagrams.box}, {u"queue"_s, m_queue.box},
        {u"buffers"_s, m_buffers.box}, {u"chart"_s, m_chart}, {u"diagram"_s, m_diagramSlot},
        {u"explorer"_s, m_explorerSlot}, {u"interfaces"_s, m_interfaces.box},
        {u"narration"_s, m_narration}};
    for (const auto &[name, widget] : views) {
        m_views->removeWidget(widget);
        widget->hide();
    }
    for (const QString &name : std::as_const(m_names)) {
        if (QWidget *widget = viewFor(name)) {
            // Lists take one share, the rest two: the diagram beside the
            // timeline is then wide enough for whole headers in large type.
            static const QStringList narrow {u"chunks"_s, u"datagrams"_s, u"queue"_s, u"chart"_s};
            int stretch = narrow.contains(name) ? 1 : 2;
            // Beside the diagram the timeline takes two thirds: its four
            // lanes (server, conn, wire, client) keep whole addresses in
            // their headers, and the diagram lays its headers between slim
            // boxes (LayerDiagram's compact layout).
            if (name == u"timeline" && m_names.contains(u"diagram"_s))
                stretch = 4;
            m_views->addWidget(widget, stretch);
            widget->show();
        }
    }
    // Beside the diagram the lanes are narrow: a long statement takes up to six lines, whole.
    m_timeline->setMaxStatementLines(m_names.contains(u"diagram"_s) ? 6 : 4);
    applyFonts();
    refresh();
}

QWidget *FocusView::viewFor(const QString &name) const
{
    if (name == u"timeline")
        return m_timeline;
    if (name == u"chunks")
        return m_chunks.box;
    if (name == u"datagrams")
        return m_datagrams.box;
    if (name == u"queue")
        return m_queue.box;
    if (name == u"buffers")
        return m_buffers.box;
    if (name == u"chart")
        return m_chart;
    if (name == u"diagram")
        return m_diagramSlot;
    if (name == u"explorer")
        return m_explorerSlot;
    if (name == u"interfaces")
        return m_interfaces.box;
    if (name == u"narration")
        return m_narration;
    return nullptr;
}

void FocusView::setTextScale(double scale)
{
    scale = qMax(0.1, scale);
    m_body = qRound(28 * scale);
    m_detail = qRound(22 * scale);
    applyFonts();
}

void FocusView::applyFonts()
{
    // Body text for the views (hosted explorers and the diagram inherit
    // it); the strip keeps the window's font.
    for (QWidget *widget : {m_valuesRow, m_diagramSlot, m_explorerSlot,
             static_cast<QWidget *>(m_chart), m_chunks.box, m_datagrams.box, m_queue.box,
             m_buffers.box, m_interfaces.box, static_cast<QWidget *>(m_narration)})
        widget->setFont(pixelFont(QFont(), m_body));
    const QFont detail = pixelFont(QFont(), m_detail);
    // The timeline's rows a little larger than body text: they are code,
    // full of quotes and brackets, read from the back row.
    m_timeline->setTextPixelSizes(qRound(m_body * 8 / 7.0), m_detail);
    m_timeline->setFont(pixelFont(QFont(), m_detail)); // its placeholder line
    fitExplorer();
    for (List *list : {&m_chunks, &m_datagrams, &m_queue, &m_buffers, &m_interfaces}) {
        list->title->setFont(pixelFont(QFont(), m_body, true));
        list->rows->setFont(fixedFont(m_body));
    }
    m_diagramTitle->setFont(pixelFont(QFont(), m_body, true));
    for (Value &card : m_cards) {
        card.caption->setFont(detail);
        card.note->setFont(detail);
    }
    m_column->setContentsMargins(m_detail / 2, m_detail / 3, m_detail / 2, 0);
    fitValues();
}

int FocusView::valueColumns() const
{
    const int n = int(m_cards.size());
    return qMax(1, n <= 3 ? n : (n + 1) / 2);
}

void FocusView::fitValues()
{
    // Values as large as 1.7 times body text while they fit their card,
    // never smaller than body text.
    if (m_cards.isEmpty())
        return;
    const int columns = valueColumns();
    const int spacing = m_values->horizontalSpacing();
    const int room = qMax(1,
        (width() - m_column->contentsMargins().left() - m_column->contentsMargins().right()
            - spacing * (columns - 1))
            / columns);
    for (Value &card : m_cards) {
        int px = qRound(m_body * 1.7);
        QFont font = fixedFont(px, true);
        const int wide = QFontMetrics(font).horizontalAdvance(card.value->text());
        if (wide > room && wide > 0)
            px = qMax(m_body, px * room / wide);
        if (card.value->font().pixelSize() != px)
            card.value->setFont(fixedFont(px, true));
    }
}

void FocusView::hostDiagram(LayerDiagram *diagram)
{
    if (!diagram || m_diagram == diagram)
        return;
    m_diagram = diagram;
    m_diagramSlot->layout()->addWidget(diagram);
    diagram->show();
}

LayerDiagram *FocusView::releaseDiagram()
{
    LayerDiagram *diagram = m_diagram;
    if (diagram)
        m_diagramSlot->layout()->removeWidget(diagram);
    m_diagram = nullptr;
    return diagram;
}

void FocusView::hostExplorers(ExplorersWidget *explorers)
{
    if (!explorers || m_explorers == explorers)
        return;
    m_explorers = explorers;
    m_explorerSlot->layout()->addWidget(explorers);
    // A selected row in the explorers' own ink on a light mark, not light text on a dark bar:
    // the back row (and OCR at half size) reads inverted text poorly. The explorers inherit
    // this from the slot while hosted, and their own palette again once back.
    QPalette marked = m_explorerSlot->palette();
    marked.setColor(QPalette::Highlight, marked.color(QPalette::Midlight));
    marked.setColor(QPalette::HighlightedText, marked.color(QPalette::WindowText));
    m_explorerSlot->setPalette(marked);
    // The stage's explorer alone (no tabs for the others), laid out for the
    // projected screen in body type: nothing shrunk, nothing left out.
    explorers->setPresented(true);
    explorers->show();
    fitExplorer();
    connect(explorers, &ExplorersWidget::currentExplorerChanged, m_throttle, &Throttle::request);
}

ExplorersWidget *FocusView::releaseExplorers()
{
    ExplorersWidget *explorers = m_explorers;
    if (explorers) {
        // Their own smaller type back (a table's header, say).
        for (const ExplorerFont &kept : std::as_const(m_explorerFonts)) {
            if (kept.widget)
                kept.widget->setFont(kept.own ? kept.font : QFont());
        }
        m_explorerFonts.clear();
        m_explorerSlot->layout()->removeWidget(explorers);
        explorers->setPresented(false);
        disconnect(explorers, nullptr, m_throttle, nullptr);
    }
    m_explorers = nullptr;
    return explorers;
}

void FocusView::fitExplorer()
{
    // Body text throughout (the explorers' presented layouts make room for
    // it); smaller parts (a table's header) at least the smallest size.
    if (!m_explorers)
        return;
    const QFont font = pixelFont(QFont(), m_body);
    if (m_explorerSlot->font() != font)
        m_explorerSlot->setFont(font);
    enlargeExplorerFonts();
}

void FocusView::enlargeExplorerFonts()
{
    // Parts of the explorers whose type stays smaller than presentation
    // allows get the smallest size allowed, and a table's header (a small
    // label) gets that size too, leaving its columns the room for their
    // values; each until the explorers go back (releaseExplorers).
    if (!m_explorers)
        return;
    for (QWidget *widget : m_explorers->findChildren<QWidget *>()) {
        const bool known = std::any_of(m_explorerFonts.cbegin(), m_explorerFonts.cend(),
            [widget](const ExplorerFont &kept) { return kept.widget == widget; });
        if (!known
            && (qobject_cast<QHeaderView *>(widget)
                || QFontInfo(widget->font()).pixelSize() < m_detail))
            m_explorerFonts.append({widget, widget->font(), widget->testAttribute(Qt::WA_SetFont)});
    }
    for (const ExplorerFont &kept : std::as_const(m_explorerFonts)) {
        if (!kept.widget)
            continue;
        QFont font = kept.font;
        font.setPixelSize(qobject_cast<QHeaderView *>(kept.widget)
                ? m_detail
                : qMax(m_detail, QFontInfo(kept.font).pixelSize()));
        if (kept.widget->font() != font)
            kept.widget->setFont(font);
    }
}

void FocusView::setNarration(const QString &markdown)
{
    m_narration->setText(markdown);
}

void FocusView::setKeep(const QString &call)
{
    m_keep = call;
    m_demoStart = -1;
    m_timeline->setKeptRow(-1);
}

void FocusView::markDemoStart()
{
    m_demoStart = m_model ? m_model->rowCount() : -1;
    m_timeline->setKeptRow(-1);
    findKeptRow();
}

void FocusView::findKeptRow()
{
    // The demo's first row of the kept call, once it is there.
    if (m_keep.isEmpty() || m_demoStart < 0 || !m_model)
        return;
    const int row = m_model->findCall(m_keep, m_demoStart);
    if (row >= 0)
        m_timeline->setKeptRow(row);
}

void FocusView::clearMeasurements()
{
    m_chart->clear();
    if (m_names.contains(u"chart"_s))
        m_chart->show();
}

void FocusView::record(const CallEvent &event)
{
    // The datagrams the server side received, with their senders.
    if (event.call == CallEvent::Call::Recvfrom && event.phase == CallEvent::Phase::Done
        && !event.error && event.side == CallEvent::Side::Server) {
        m_received.append({event.data, event.address.toString(), event.truncatedBytes});
        if (m_received.size() > maxDatagrams)
            m_received.removeFirst();
    }
    if (isVisible())
        m_throttle->request();
}

void FocusView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void FocusView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The narration's strip at most a third of the height: the focus is the screen.
    m_stripBox->setMaximumHeight(qMax(1, height() * 28 / 100));
    fitValues();
    if (m_names.contains(u"explorer"_s))
        m_throttle->request(); // the explorer's type (fitExplorer)
}

int FocusView::laneOf(const QString &object) const
{
    return m_model ? m_model->laneIndex(object) : -1;
}

LiveSocket *FocusView::socketNamed(const QString &owner) const
{
    if (owner == u"server")
        return m_lab->server();
    if (owner == u"client")
        return m_lab->client();
    return m_lab->conn();
}

void FocusView::refresh()
{
    for (Value &card : m_cards)
        refreshValue(&card);
    fitValues();
    if (m_names.contains(u"chunks"_s))
        refreshChunks();
    if (m_names.contains(u"datagrams"_s))
        refreshDatagrams();
    if (m_names.contains(u"queue"_s))
        refreshQueue();
    if (m_names.contains(u"buffers"_s))
        refreshBuffers();
    if (m_names.contains(u"interfaces"_s))
        refreshInterfaces();
    if (m_names.contains(u"diagram"_s)) {
        // A heading only for a choice of layers or a transfer's headers: with
        // all four lit and nothing sent, the diagram says it all.
        m_diagramTitle->setText(diagramText());
        m_diagramTitle->setVisible(m_diagram && !diagramText().isEmpty()
            && (m_diagram->highlightedLayers().size() < 4 || m_diagram->hasTransfer()));
    }
    if (m_names.contains(u"explorer"_s))
        fitExplorer(); // explorers build some parts when first shown
    // An empty chart keeps its place; a chart out of focus stays hidden
    // (addMeasurement shows it).
    m_chart->setVisible(m_names.contains(u"chart"_s));
}

void FocusView::refreshValue(Value *card)
{
    const QString owner = card->name.section(u'.', 0, 0);
    const QString field = card->name.section(u'.', 1);
    const LiveSocket *socket = socketNamed(owner);
    const QString object = socket ? socket->name() : owner;
    const int lane = laneOf(object);
    TimelineView::Header header;
    if (lane >= 0) {
        header = m_timeline->header(lane);
    } else if (socket && socket->state() != LiveSocket::State::Unopened) {
        header.lifecycle = LiveSocket::stateLabel(socket->state());
        header.tcpState = TcpInfo::stateName(socket->tcpInfo().state);
        header.laddr = socket->laddr();
        header.raddr = socket->raddr();
    }
    QString value;
    QString note;
    if (field == u"state") {
        if (lane < 0 && (!socket || socket->state() == LiveSocket::State::Unopened)) {
            value = owner == u"conn" ? tr("no connection yet")
                                     : LiveSocket::stateLabel(LiveSocket::State::Unopened);
        } else {
            // An open socket that neither listens nor is connected is CLOSE to
            // TCP_INFO: its lifecycle ("bound") says more.
            const bool tcp = !header.tcpState.isEmpty()
                && (!header.tcpState.startsWith(u"CLOSE"_s) || header.tcpState == u"CLOSE_WAIT");
            value = tcp ? header.tcpState : header.lifecycle;
            QStringList notes;
            if (tcp)
                notes << header.lifecycle;
            if (socket && LiveSocket::isOpen(socket->state())
                && socket->pending() != LiveSocket::Pending::None)
                notes << LiveSocket::pendingLabel(socket->pending());
            note = notes.join(u" \u00b7 "_s);
            if (isPassing(header.tcpState))
                m_settle->start();
        }
    } else {
        const Endpoint address = field == u"laddr" ? header.laddr : header.raddr;
        value = address.isValid() ? address.toString() : tr("none");
        note = address.isValid() ? address.toPythonTuple() : QString();
    }
    card->caption->setText(object == owner ? card->name : object + u'.' + field);
    card->value->setText(value);
    card->note->setText(note);
    card->note->setVisible(!note.isEmpty());
}

void FocusView::refreshChunks()
{
    // The chunks each side received during the demo (the Lab's SIDE values,
    // the ones the stage's checks read), one row each, newest in view.
    m_chunks.rows->clear();
    QStringList summaries;
    for (const QString &side : {u"server"_s, u"client"_s}) {
        const qint64 count = m_lab->value(side + u".chunks"_s).value_or("0").toLongLong();
        if (count <= 0)
            continue;
        const qint64 bytes = m_lab->value(side + u".bytes"_s).value_or("0").toLongLong();
        const LiveSocket *socket = side == u"server" ? m_lab->conn() : m_lab->client();
        const QString object = socket ? socket->name() : side;
        const QString summary = tr("%1: %Ln chunk(s)", nullptr, int(count)).arg(object) + u", "_s
            + tr("%Ln byte(s)", nullptr, int(bytes));
        summaries << summary;
        QList<QByteArray> chunks;
        for (qint64 i = 0; i < count; ++i) {
            const std::optional<QByteArray> chunk
                = m_lab->value(side + u".chunk["_s + QString::number(i) + u']');
            if (!chunk)
                break; // the Lab keeps the first chunks only
            chunks.append(*chunk);
        }
        // Each row names its socket (both sides may list chunks); a character
        // cut between two chunks is marked under each of them.
        const QList<SplitMarks::Mark> marks = SplitMarks::of(chunks);
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            new QListWidgetItem(u"%1  %2  %3"_s.arg(object)
                                    .arg(chunks.at(i).size(), 2)
                                    .arg(BytesFormat::pythonBytes(chunks.at(i))),
                m_chunks.rows);
            // Two lines each, so the narrow list shows it whole: "↳ ü split:", "1 of 2 bytes (c3)".
            for (QString text : SplitMarks::texts(marks.at(i))) {
                const qsizetype colon = text.indexOf(u": "_s);
                if (colon > 0)
                    text.replace(colon, 2, u":\n    "_s);
                auto *mark = new QListWidgetItem(u"  \u21b3 "_s + text, m_chunks.rows);
                QFont bold = m_chunks.rows->font();
                bold.setBold(true);
                mark->setFont(bold);
                mark->setBackground(palette().brush(QPalette::Highlight));
                mark->setForeground(palette().brush(QPalette::HighlightedText));
            }
        }
    }
    m_chunksText = summaries.isEmpty() ? tr("No chunk received yet") : summaries.constFirst();
    summaries.prepend(tr("recv(): the chunks as the kernel returned them"));
    m_chunks.title->setText(summaries.join(u'\n'));
    m_chunks.rows->scrollToBottom();
}

void FocusView::refreshDatagrams()
{
    m_datagrams.rows->clear();
    for (const Datagram &datagram : std::as_const(m_received)) {
        // The bytes, and under them where they came from.
        QString row = BytesFormat::pythonBytes(datagram.data) + u"\n  "_s
            + tr("from %1").arg(datagram.from);
        if (datagram.cut > 0)
            row += u"  "_s + tr("(%Ln byte(s) cut off)", nullptr, int(datagram.cut));
        new QListWidgetItem(row, m_datagrams.rows);
    }
    m_datagramsText = m_received.isEmpty()
        ? tr("No datagram received yet")
        : tr("%Ln datagram(s) received", nullptr, int(m_received.size()));
    m_datagrams.title->setText(m_datagramsText);
    m_datagrams.rows->scrollToBottom();
}

void FocusView::refreshQueue()
{
    // The listener's accept queue (TCP_INFO) and the clients at its door.
    m_queue.rows->clear();
    const LiveSocket *server = m_lab->server();
    const TcpInfo info = server ? server->tcpInfo() : TcpInfo();
    if (info.valid && info.state == TcpInfo::State::Listen) {
        m_queueText
            = tr("%Ln connection(s) in the accept queue", nullptr, int(info.acceptQueueLength));
        m_queue.title->setText(m_queueText + u"\n"_s + tr("backlog %1").arg(info.acceptQueueLimit));
    } else {
        m_queueText = tr("No listening socket");
        m_queue.title->setText(m_queueText);
    }
    for (const LiveSocket *client : m_lab->crowd()) {
        QString state;
        switch (client->state()) {
        case LiveSocket::State::Connected:
            state = tr("waits in the queue");
            break;
        case LiveSocket::State::Connecting:
            state = tr("knocks: its SYN goes unanswered");
            break;
        default:
            state = tr("gave up");
            break;
        }
        const Endpoint laddr = client->laddr();
        new QListWidgetItem(
            u"%1  %2  %3"_s.arg(client->name(),
                laddr.isValid() && laddr.port() ? laddr.toString() : u"\u2014"_s, state),
            m_queue.rows);
    }
}

void FocusView::refreshBuffers()
{
    // Each connected TCP socket's two kernel queues as the Lab sampled them
    // last (QueueWatch): the server's connections first, then the client.
    m_buffers.rows->clear();
    QList<const LiveSocket *> sockets;
    for (const LiveSocket *conn : m_lab->connections())
        sockets << conn;
    sockets << m_lab->client();
    QStringList summaries;
    for (const LiveSocket *socket : std::as_const(sockets)) {
        const SocketQueues queues = m_lab->queueWatch()->queues(socket);
        if (!queues.valid)
            continue;
        summaries << tr("%1: sendq %L2 B, recvq %L3 B")
                         .arg(socket->name())
                         .arg(queues.sendQueue)
                         .arg(queues.recvQueue);
        new QListWidgetItem(socket->name(), m_buffers.rows);
        QString sent = u"  "_s + tr("sendq %L1 B").arg(queues.sendQueue);
        if (queues.notSent > 0)
            sent += u"  "_s + tr("(%L1 B not sent yet)").arg(queues.notSent);
        new QListWidgetItem(sent, m_buffers.rows);
        new QListWidgetItem(u"  "_s + tr("recvq %L1 B").arg(queues.recvQueue), m_buffers.rows);
        if (queues.window >= 0)
            new QListWidgetItem(u"  "_s + tr("window %L1 B").arg(queues.window), m_buffers.rows);
    }
    m_buffersText = summaries.isEmpty() ? tr("No connected socket") : summaries.constFirst();
    summaries.prepend(tr("The kernel's queues"));
    m_buffers.title->setText(summaries.join(u'\n'));
}

void FocusView::refreshInterfaces()
{
    // The link layer of this machine: each interface that is up, its MTU.
    m_interfaces.rows->clear();
    const QList<InterfaceList::Entry> interfaces = InterfaceList::up();
    for (const InterfaceList::Entry &interface : interfaces) {
        const QString mtu = interface.mtu > 0 ? tr("MTU %1").arg(QLocale().toString(interface.mtu))
                                              : tr("MTU unknown");
        QString row = u"%1  %2"_s.arg(interface.name, -6).arg(mtu);
        if (interface.loopback)
            row += u"  "_s + tr("(loopback)");
        new QListWidgetItem(row, m_interfaces.rows);
    }
    m_interfacesText
        = interfaces.isEmpty() ? tr("No interface is up") : m_interfaces.rows->item(0)->text();
    m_interfaces.title->setText(
        tr("This machine's interfaces and the largest packet each carries"));
}

QString FocusView::diagramText() const
{
    // The highlighted layers' names, as the diagram writes them.
    static const char *const names[] = {QT_TRANSLATE_NOOP("LayerDiagram", "Application"),
        QT_TRANSLATE_NOOP("LayerDiagram", "Transport"),
        QT_TRANSLATE_NOOP("LayerDiagram", "Internet"), QT_TRANSLATE_NOOP("LayerDiagram", "Link")};
    static const QStringList ids {u"application"_s, u"transport"_s, u"internet"_s, u"link"_s};
    const QStringList highlighted = m_diagram ? m_diagram->highlightedLayers() : QStringList();
    QStringList shown;
    for (int i = 0; i < ids.size(); ++i) {
        if (highlighted.contains(ids.at(i)))
            shown << QCoreApplication::translate("LayerDiagram", names[i]);
    }
    return shown.join(u", "_s);
}

QString FocusView::explorerText() const
{
    if (!m_explorers)
        return {};
    switch (m_explorers->currentExplorer()) {
    case ExplorersWidget::Explorer::Address:
        return m_explorers->addressExplorer()->address();
    case ExplorersWidget::Explorer::Ports:
        return m_explorers->portExplorer()->portText();
    case ExplorersWidget::Explorer::Constants:
        return m_explorers->constantsExplorer()->prefix();
    case ExplorersWidget::Explorer::Getaddrinfo: {
        const Resolution result = m_explorers->getaddrinfoExplorer()->lastResult();
        return result.rows.isEmpty() ? QString()
                                     : result.rows.constFirst().sockaddr.toPythonTuple();
    }
    case ExplorersWidget::Explorer::Playground: {
        const LiveSocket *socket = m_explorers->socketPlayground()->lastSocket();
        return socket ? constantText(socket->socket().type(), u"SOCK_"_s) : QString();
    }
    }
    return {};
}

QString FocusView::mainText(const QString &name) const
{
    for (const Value &card : m_cards) {
        if (card.name == name)
            return card.value->text();
    }
    if (name == u"timeline") {
        // The last statement as the timeline drew it: a long one is cut, and
        // what is on screen is its start.
        // (the kept row where the stage keeps one in view)
        const int row = m_timeline->keptRow() >= 0 ? m_timeline->keptRow()
            : m_model                              ? m_model->rowCount() - 1
                                                   : -1;
        if (row < 0)
            return {};
        QString shown = m_timeline->paintedStatement(row);
        if (shown.isEmpty())
            shown = m_model->index(row).data(TimelineModel::StatementRole).toString();
        if (shown.endsWith(u'\u2026'))
            shown.chop(1);
        return shown;
    }
    if (name == u"chunks")
        return m_chunksText;
    if (name == u"datagrams")
        return m_datagramsText;
    if (name == u"queue")
        return m_queueText;
    if (name == u"buffers")
        return m_buffersText;
    if (name == u"interfaces")
        return m_interfacesText;
    if (name == u"narration") {
        // Its first line as shown (the label's plain text has no Markdown marks).
        const QString plain
            = QTextDocumentFragment::fromMarkdown(m_narration->text()).toPlainText();
        return plain.section(u'\n', 0, 0, QString::SectionSkipEmpty).trimmed();
    }
    if (name == u"chart") {
        const QStringList items = m_chart->items();
        return items.isEmpty() ? QString() : items.constLast();
    }
    if (name == u"diagram") {
        // Without its heading, the first layer's name as the diagram draws it.
        return m_diagramTitle->isVisibleTo(m_diagramSlot) ? diagramText()
                                                          : diagramText().section(u", "_s, 0, 0);
    }
    if (name == u"explorer")
        return explorerText();
    return {};
}

QList<FocusView::Text> FocusView::texts()
{
    refresh();
    m_timeline->scrollToEnd(); // its last row in view, whatever its throttle waits for
    if (m_timeline->isVisible())
        m_timeline->viewport()->repaint(); // paintedStatement() as on screen now
    QList<Text> texts;
    for (const QString &name : std::as_const(m_names))
        texts.append({name, mainText(name)});
    return texts;
}

QByteArray FocusView::textsJson(const QString &stageId)
{
    QJsonArray focus;
    for (const Text &text : texts()) {
        QJsonObject item {{u"name"_s, text.name}, {u"text"_s, text.text}};
        // Where it is on the screen: a reader (tst_backrow) reads that part alone too.
        if (const QWidget *view = viewFor(text.name); view && view->isVisible()) {
            const QPoint at = view->mapToGlobal(QPoint(0, 0));
            item.insert(u"rect"_s, QJsonArray {at.x(), at.y(), view->width(), view->height()});
        }
        focus.append(item);
    }
    return QJsonDocument(QJsonObject {{u"stage"_s, stageId}, {u"focus"_s, focus}})
        .toJson(QJsonDocument::Compact);
}
