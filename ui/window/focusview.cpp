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
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The largest size in [low, high] for which fits(size) holds, by bisection
// (fits must hold for smaller sizes once it holds for one); `low` when none.
template<typename Fits> int largestFitting(int low, int high, const Fits &fits)
{
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (fits(middle))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

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

// `line` in pieces of at most `columns` characters, never cut inside one of
// a bytes literal's escapes (\xc3, \n, \\, \'); each piece after the first
// starts with `hang` spaces, under the column where the literal starts.
QStringList breakLine(const QString &line, int columns, int hang)
{
    if (columns <= 0 || line.size() <= columns)
        return {line};
    hang = qBound(0, hang, columns / 2);
    QStringList pieces;
    QString piece;
    for (qsizetype i = 0; i < line.size();) {
        qsizetype length = 1;
        if (line.at(i) == u'\\' && i + 1 < line.size())
            length = qMin<qsizetype>(line.at(i + 1) == u'x' ? 4 : 2, line.size() - i);
        if (piece.size() + length > columns && !piece.trimmed().isEmpty()) {
            pieces << piece;
            piece = QString(hang, u' ');
        }
        piece += line.mid(i, length);
        i += length;
    }
    if (!piece.trimmed().isEmpty())
        pieces << piece;
    return pieces;
}

// `text` on as many lines as it takes to fit `room` pixels in `metrics`
// (not counting a line's trailing spaces, which are not seen).
QString wrapped(const QString &text, const QFontMetrics &metrics, int room)
{
    if (metrics.horizontalAdvance(text) <= room)
        return text;
    QStringList lines;
    QString rest = text;
    while (!rest.isEmpty()) {
        if (metrics.horizontalAdvance(rest) <= room) {
            lines << rest;
            break;
        }
        qsizetype fit = 1;
        while (fit < rest.size() && metrics.horizontalAdvance(rest.left(fit + 1)) <= room)
            ++fit;
        // The last good place in the line's second half: after a ", ",
        // else a space, else a '/', ':', '.' or ','; else where the room ends.
        const auto lastWhere = [fit](auto good) -> qsizetype {
            for (qsizetype i = fit; i > fit / 2; --i) {
                if (good(i))
                    return i;
            }
            return -1;
        };
        qsizetype cut = lastWhere([&rest](qsizetype i) {
            return rest.at(i - 1) == u',' && i < rest.size() && rest.at(i) == u' ';
        });
        if (cut < 0)
            cut = lastWhere([&rest](qsizetype i) { return rest.at(i - 1) == u' '; });
        if (cut < 0)
            cut = lastWhere(
                [&rest](qsizetype i) { return QStringView(u"/:.,").contains(rest.at(i - 1)); });
        if (cut < 0)
            cut = fit;
        while (cut < rest.size() && rest.at(cut) == u' ')
            ++cut; // a space ends the line (unseen), not starts the next
        lines << rest.left(cut);
        rest = rest.mid(cut);
    }
    return lines.join(u'\n');
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
    m_narration->setTextFormat(Qt::RichText); // the Markdown as HTML (narrationHtml)
    m_narration->setWordWrap(true);
    m_narration->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Its room is what the layout gives; fitNarration sizes the type to it.
    m_narration->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
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
    connect(lab, &Lab::measured, m_chart, [this, lab](const QString &label, double rate) {
        m_chart->setBasis(lab->measureBasis());
        m_chart->addMeasurement(label, rate);
    });
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
    list.rows->installEventFilter(this); // its width changes: headings and type again
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
    for (List *list : {&m_chunks, &m_datagrams, &m_queue, &m_buffers, &m_interfaces})
        list->box->setMinimumWidth(0); // setRows widens a list for its rows
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
    for (List *list : {&m_chunks, &m_datagrams, &m_queue, &m_buffers, &m_interfaces})
        styleRows(list, m_body); // refresh() grows them to their room (fitList)
    m_diagramTitle->setFont(pixelFont(QFont(), m_body, true));
    for (Value &card : m_cards) {
        card.caption->setFont(detail);
        card.note->setFont(detail);
    }
    m_column->setContentsMargins(m_detail / 2, m_detail / 3, m_detail / 2, 0);
    fitValues();
    m_throttle->request(); // the lists and the narration grow to their room
}

int FocusView::valueColumns() const
{
    const int n = int(m_cards.size());
    return qMax(1, n <= 3 ? n : (n + 1) / 2);
}

void FocusView::fitValues()
{
    // Values as large as 1.7 times body text while they fit their card,
    // never smaller than body text; a value too wide even then goes on on
    // a second line (and more), never cut. Notes likewise at their size.
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
        while (px > m_body && QFontMetrics(fixedFont(px, true)).horizontalAdvance(card.text) > room)
            --px;
        const QFont font = fixedFont(px, true);
        if (card.value->font() != font)
            card.value->setFont(font);
        const QString shown = wrapped(card.text, QFontMetrics(font), room);
        if (card.value->text() != shown)
            card.value->setText(shown);
        const QString note = wrapped(card.noteText, QFontMetrics(card.note->font()), room);
        if (card.note->text() != note)
            card.note->setText(note);
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
    m_narrationMarkdown = markdown;
    m_narration->setText(narrationHtml(QFontInfo(m_narration->font()).pixelSize()));
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
    // The demo's first row of the kept call, once it is there; else its
    // last row before the demo (a call that still waited when the demo
    // began, such as the accept() a client's connect ends).
    if (m_keep.isEmpty() || m_demoStart < 0 || !m_model)
        return;
    int row = m_model->findCall(m_keep, m_demoStart);
    if (row < 0)
        row = m_model->findCallBefore(m_keep, m_demoStart);
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

bool FocusView::eventFilter(QObject *watched, QEvent *event)
{
    // Not the resizes that fitting itself causes (refresh): they would start it over and over.
    if (event->type() == QEvent::Resize && isVisible() && !m_refreshing) {
        for (const List *list : {&m_chunks, &m_datagrams, &m_queue, &m_buffers, &m_interfaces}) {
            if (watched == list->rows)
                m_throttle->request(); // fitList for the list's new width
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The narration's strip at most a third of the height: the focus is the screen.
    m_stripBox->setMaximumHeight(qMax(1, height() * 28 / 100));
    fitValues();
    // The explorer's, the lists' and the narration's type for their new
    // room (fitExplorer, fitList, fitNarration).
    m_throttle->request();
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
    const QScopedValueRollback refreshing(m_refreshing, true);
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
    if (m_names.contains(u"narration"_s))
        fitNarration();
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
    card->text = value; // fitValues shows it, on more lines where it must
    card->noteText = note;
    card->note->setVisible(!note.isEmpty());
}

void FocusView::refreshChunks()
{
    // The chunks each side received during the demo (the Lab's SIDE values,
    // the ones the stage's checks read) under a heading for each socket,
    // each chunk whole with its size.
    QList<Row> rows;
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
        rows.append({RowKind::Heading, summary});
        QList<QByteArray> chunks;
        int digits = 1;
        for (qint64 i = 0; i < count; ++i) {
            const std::optional<QByteArray> chunk
                = m_lab->value(side + u".chunk["_s + QString::number(i) + u']');
            if (!chunk)
                break; // the Lab keeps the first chunks only
            chunks.append(*chunk);
            digits = qMax(digits, int(QString::number(chunk->size()).size()));
        }
        // A character cut between two chunks is marked under each of them.
        const QList<SplitMarks::Mark> marks = SplitMarks::of(chunks);
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const QString size = u"%1  "_s.arg(chunks.at(i).size(), digits);
            rows.append(
                {RowKind::Plain, size + BytesFormat::pythonBytes(chunks.at(i)), int(size.size())});
            // Two lines each, so a narrow list shows it whole: "↳ ü split:", "1 of 2 bytes (c3)".
            for (QString text : SplitMarks::texts(marks.at(i))) {
                const qsizetype colon = text.indexOf(u": "_s);
                if (colon > 0)
                    text.replace(colon, 2, u":\n  "_s);
                rows.append({RowKind::Mark, u"\u21b3 "_s + text, 2});
            }
        }
    }
    m_chunksText = summaries.isEmpty() ? tr("No chunk received yet") : summaries.constFirst();
    m_chunks.title->setText(
        summaries.isEmpty() ? m_chunksText : tr("recv(): the chunks as the kernel returned them"));
    setRows(&m_chunks, rows, true);
}

void FocusView::refreshDatagrams()
{
    QList<Row> rows;
    for (const Datagram &datagram : std::as_const(m_received)) {
        // The bytes, and under them where they came from.
        QString row = BytesFormat::pythonBytes(datagram.data) + u"\n  "_s
            + tr("from %1").arg(datagram.from);
        if (datagram.cut > 0)
            row += u"\n  "_s + tr("(%Ln byte(s) cut off)", nullptr, int(datagram.cut));
        rows.append({RowKind::Plain, row, 2});
    }
    m_datagramsText = m_received.isEmpty()
        ? tr("No datagram received yet")
        : tr("%Ln datagram(s) received", nullptr, int(m_received.size()));
    m_datagrams.title->setText(m_datagramsText);
    setRows(&m_datagrams, rows, true);
}

void FocusView::refreshQueue()
{
    // The listener's accept queue (TCP_INFO) and the clients at its door.
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
    QList<Row> rows;
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
        rows.append({RowKind::Plain,
            u"%1  %2  %3"_s.arg(client->name(),
                laddr.isValid() && laddr.port() ? laddr.toString() : u"\u2014"_s, state),
            int(client->name().size()) + 2});
    }
    setRows(&m_queue, rows, false);
}

void FocusView::refreshBuffers()
{
    // Each connected TCP socket's two kernel queues as the Lab sampled them
    // last (QueueWatch): the server's connections first, then the client.
    QList<const LiveSocket *> sockets;
    for (const LiveSocket *conn : m_lab->connections())
        sockets << conn;
    sockets << m_lab->client();
    QStringList summaries;
    QList<Row> rows;
    for (const LiveSocket *socket : std::as_const(sockets)) {
        const SocketQueues queues = m_lab->queueWatch()->queues(socket);
        if (!queues.valid)
            continue;
        summaries << tr("%1: sendq %L2 B, recvq %L3 B")
                         .arg(socket->name())
                         .arg(queues.sendQueue)
                         .arg(queues.recvQueue);
        rows.append({RowKind::Heading, socket->name()});
        QString sent = u"  "_s + tr("sendq %L1 B").arg(queues.sendQueue);
        if (queues.notSent > 0)
            sent += u"  "_s + tr("(%L1 B not sent yet)").arg(queues.notSent);
        rows.append({RowKind::Plain, sent, 4});
        rows.append({RowKind::Plain, u"  "_s + tr("recvq %L1 B").arg(queues.recvQueue), 4});
        if (queues.window >= 0)
            rows.append({RowKind::Plain, u"  "_s + tr("window %L1 B").arg(queues.window), 4});
    }
    m_buffersText = summaries.isEmpty() ? tr("No connected socket") : summaries.constFirst();
    summaries.prepend(tr("The kernel's queues"));
    m_buffers.title->setText(summaries.join(u'\n'));
    setRows(&m_buffers, rows, false);
}

void FocusView::refreshInterfaces()
{
    // The link layer of this machine: each interface that is up, its MTU
    // and its hardware (link-layer) address.
    QList<Row> rows;
    const QList<InterfaceList::Entry> interfaces = InterfaceList::up();
    qsizetype names = 2;
    for (const InterfaceList::Entry &interface : interfaces)
        names = qMax(names, interface.name.size());
    for (const InterfaceList::Entry &interface : interfaces) {
        const QString mtu = interface.mtu > 0 ? tr("MTU %1").arg(QLocale().toString(interface.mtu))
                                              : tr("MTU unknown");
        // Two lines each, so the type can grow: "lo    MTU 65,536", "      (loopback)".
        QString row = u"%1  %2"_s.arg(interface.name, -int(names)).arg(mtu);
        const QString indent(names + 2, u' ');
        if (interface.loopback)
            row += u'\n' + indent + tr("(loopback)");
        if (!interface.hardwareAddress.isEmpty())
            row += u'\n' + indent + tr("MAC %1").arg(interface.hardwareAddress);
        rows.append({RowKind::Plain, row, int(names) + 2});
    }
    m_interfacesText = interfaces.isEmpty() ? tr("No interface is up")
                                            : rows.constFirst().text.section(u'\n', 0, 0);
    m_interfaces.title->setText(
        tr("This machine's interfaces and the largest packet each carries"));
    setRows(&m_interfaces, rows, false);
}

void FocusView::fillRows(List *list, const QList<Row> &rows, int columns)
{
    list->rows->clear();
    for (const Row &row : rows) {
        QStringList lines;
        for (const QString &line : row.text.split(u'\n')) {
            if (row.kind == RowKind::Heading)
                lines << line;
            else
                lines << breakLine(line, columns, row.hang);
        }
        auto *item = new QListWidgetItem(lines.join(u'\n'), list->rows);
        item->setData(Qt::UserRole, int(row.kind));
        item->setData(Qt::UserRole + 1, item->text()); // a heading before wrapHeadings
        if (row.kind == RowKind::Mark) {
            item->setBackground(palette().brush(QPalette::Highlight));
            item->setForeground(palette().brush(QPalette::HighlightedText));
        }
    }
}

void FocusView::styleRows(List *list, int px)
{
    // Rows in monospace (bytes line up), headings in bold body type, marks
    // bold. The title of a list beside another view keeps body size.
    const QFont heading = pixelFont(QFont(), list->wide ? m_body : px, true);
    if (list->title->font() != heading)
        list->title->setFont(heading);
    QFont title = pixelFont(QFont(), px, true);
    // An item's font takes what it leaves unset from the list's monospace.
    title.setFamily(QFontInfo(title).family());
    const QFont rows = fixedFont(px);
    if (list->rows->font() != rows)
        list->rows->setFont(rows);
    for (int i = 0; i < list->rows->count(); ++i) {
        QListWidgetItem *item = list->rows->item(i);
        switch (RowKind(item->data(Qt::UserRole).toInt())) {
        case RowKind::Heading:
            item->setFont(title);
            break;
        case RowKind::Mark:
            item->setFont(fixedFont(px, true));
            break;
        case RowKind::Plain:
            break;
        }
    }
}

void FocusView::wrapHeadings(List *list)
{
    QListWidget *view = list->rows;
    // The item's margins as the style lays them out, and a few pixels more
    // for rounding.
    const int room = view->viewport()->width()
        - 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) - 4;
    for (int i = 0; i < view->count(); ++i) {
        QListWidgetItem *item = view->item(i);
        if (RowKind(item->data(Qt::UserRole).toInt()) != RowKind::Heading)
            continue;
        const QString shown
            = wrapped(item->data(Qt::UserRole + 1).toString(), QFontMetrics(item->font()), room);
        if (item->text() != shown)
            item->setText(shown);
    }
}

bool FocusView::rowsFit(const List &list) const
{
    // Every row as wide as it needs (nothing elided), and all of them in
    // view without scrolling.
    const QListWidget *view = list.rows;
    const QSize room = view->contentsRect().size();
    int height = 0;
    for (int i = 0; i < view->count(); ++i)
        height += view->sizeHintForRow(i);
    return view->sizeHintForColumn(0) <= room.width() && height <= room.height();
}

void FocusView::setRows(List *list, const QList<Row> &rows, bool wide)
{
    list->wide = wide;
    fillRows(list, rows, 0);
    styleRows(list, m_body);
    if (wide) {
        // The list as wide as its longest row at body size, up to half the
        // view; longer rows go on on more lines.
        // A heading goes on on a second line rather than widen the list.
        QListWidget *view = list->rows;
        const int extra = 2 * view->frameWidth()
            + view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
        const int most = qMax(1, width() / 2);
        const auto need = [view, extra] {
            int wide = 0;
            for (int i = 0; i < view->count(); ++i) {
                if (RowKind(view->item(i)->data(Qt::UserRole).toInt()) != RowKind::Heading)
                    wide = qMax(wide, view->sizeHintForIndex(view->model()->index(i, 0)).width());
            }
            return wide + extra;
        };
        if (need() > most) {
            const int character = QFontMetrics(fixedFont(m_body, true)).horizontalAdvance(u'0');
            fillRows(list, rows, qMax(8, (most - extra) / qMax(1, character) - 2));
            styleRows(list, m_body);
        }
        const int wide = qMin(need(), most);
        list->box->setMinimumWidth(wide);
    }
    fitList(list);
    // The newest rows in view where not all of them fit.
    list->rows->scrollToBottom();
}

void FocusView::fitList(List *list)
{
    if (!list->box->isVisible()) {
        wrapHeadings(list);
        return;
    }
    // A heading takes no more lines in larger type than it does at body
    // size, or two.
    const auto headingLines = [list] {
        qsizetype most = 0;
        for (int i = 0; i < list->rows->count(); ++i) {
            const QListWidgetItem *item = list->rows->item(i);
            if (RowKind(item->data(Qt::UserRole).toInt()) == RowKind::Heading)
                most = qMax(most, item->text().count(u'\n') + 1);
        }
        return most;
    };
    qsizetype lines = 0;
    const auto fits = [this, list, &headingLines, &lines](int px) {
        styleRows(list, px);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        wrapHeadings(list);
        return rowsFit(*list) && headingLines() <= lines;
    };
    styleRows(list, m_body);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    wrapHeadings(list);
    lines = qMax<qsizetype>(2, headingLines());
    fits(largestFitting(m_body, qRound(m_body * 1.7), fits));
}

QString FocusView::narrationHtml(int px) const
{
    QTextDocument document;
    document.setDefaultFont(pixelFont(QFont(), px));
    document.setMarkdown(m_narrationMarkdown);
    // Code in the text's size: the Markdown reader gives it the system's
    // fixed font at that font's own size, whatever the text's.
    QList<std::pair<int, int>> code;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.fontFixedPitch() || format.hasProperty(QTextFormat::FontPointSize))
                code.append({it.fragment().position(), it.fragment().length()});
        }
    }
    for (const auto &[position, length] : std::as_const(code)) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextCharFormat format = cursor.charFormat();
        format.clearProperty(QTextFormat::FontPointSize);
        format.setProperty(QTextFormat::FontPixelSize, px);
        format.setFontFamilies(fixedFamilies());
        cursor.setCharFormat(format);
    }
    return document.toHtml();
}

void FocusView::fitNarration()
{
    // From body text up to 1.7 times it, as long as the whole text fits
    // the narration's room.
    const int room = m_narration->height();
    const int wide = m_narration->width();
    if (!m_narration->isVisible() || room <= 1 || wide <= 1)
        return;
    const auto fits = [this, room, wide](int px) {
        const QFont font = pixelFont(QFont(), px);
        if (m_narration->font() != font)
            m_narration->setFont(font);
        const QString html = narrationHtml(px);
        if (m_narration->text() != html)
            m_narration->setText(html);
        return m_narration->heightForWidth(wide) <= room;
    };
    fits(largestFitting(m_body, qRound(m_body * 1.7), fits));
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
            return card.text;
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
            = QTextDocumentFragment::fromMarkdown(m_narrationMarkdown).toPlainText();
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
        const QWidget *view = viewFor(text.name);
        for (const Value &card : std::as_const(m_cards)) {
            if (card.name == text.name)
                view = card.box; // a value's card (server.state, client.laddr...)
        }
        if (view && view->isVisible()) {
            const QPoint at = view->mapToGlobal(QPoint(0, 0));
            item.insert(u"rect"_s, QJsonArray {at.x(), at.y(), view->width(), view->height()});
        }
        focus.append(item);
    }
    return QJsonDocument(QJsonObject {{u"stage"_s, stageId}, {u"focus"_s, focus}})
        .toJson(QJsonDocument::Compact);
}
