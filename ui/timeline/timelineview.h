#pragma once

#include "core/net/endpoint.h"
#include "core/net/socketqueues.h"

#include <QAbstractScrollArea>
#include <utility>

#include <QFont>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

class Lab;
class QLabel;
class LiveSocket;
class Throttle;
class QTimer;
class TimelineModel;

// The timeline drawn as the sequence diagram a teacher draws on the board:
// one lane per socket side by side (the server's listener and connections
// at the left, the client's sockets at the right), each with a sticky header
// (name, lifecycle and TCP state, laddr, raddr; read from the Lab's socket
// when the header is painted), and under it the lane's calls, one row each:
// the Python statement, then what it returned, "waiting" while it waits, an
// errno name when it failed, and the model's note ("the peer closed: FIN").
// A send is an arrow from its row toward the lane its bytes reach (a
// sendto's datagram too); a close or shutdown that sends a FIN is an arrow
// labelled FIN toward the peer's lane; an accept forks the connection's lane
// from the listener's. A closed socket's header says "closed" with the TCP
// state the kernel's socket tables still list for its addresses (TIME_WAIT),
// and the addresses it had.
// Clicking a collapsed run of recv calls opens it (and closes it again);
// clicking a recv row opens its chunk as text and hex under it.
//
// With the wire (TimelineModel::followWire), a middle lane between the
// server's and the client's shows each captured segment: an arrow toward the
// side it reaches, its flags, relative seq and ack, payload length and
// window, among the calls by time. Clicking a row selects it and lights the
// rows linked to it (TimelineModel::linkedRows: a call's segments, a
// segment's call) with a thick frame and a mark. Without a capture the wire
// lane says why (Lab::wireStatus) in one sentence, in a band under the rows
// (wireNoteRect), where no row is drawn.
//
// Painted by hand, only the rows in sight, at most every 40 ms however many
// calls arrive (a recv(8) flood changes one row hundreds of times a second).
// While the last row is in sight the view follows new rows.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // model: not owned; lab (not owned, may be null): where headers read
    // their socket's state.
    void setModel(TimelineModel *model);
    TimelineModel *model() const { return m_model; }
    void setLab(Lab *lab);

    // Text heights in pixels: rows and lane names (`body`) and the headers'
    // details (`detail`); 0 for both follows the widget's font.
    void setTextPixelSizes(int body, int detail);
    // A call's statement wraps onto at most `lines` lines (default 4), the
    // last one cut with "…"; its outcome ends the last line when it fits
    // there, else takes the lines under them, wrapped at its spaces, whole.
    void setMaxStatementLines(int lines);
    int maxStatementLines() const { return m_maxLines; }
    int bodyPixelSize() const;
    int detailPixelSize() const;

    // Geometry, in viewport coordinates: the header's height (its lines
    // wrap in a narrow lane, never cut), the height of a one-line row, the
    // lanes left to right (model lane indexes), and the row at viewport
    // height `y` (-1: none). A row whose statement is longer than its box
    // wraps onto more lines (rowLines()), so rows differ in height.
    int headerHeight() const;
    int rowHeight() const;
    // The text lines of row `row` as laid out now (1 when it fits one line),
    // and its top in the scrolled contents (0 for the first row).
    int rowLines(int row) const;
    int rowTop(int row) const;
    // Whether row `row` is drawn at the current scroll position: its top is
    // not under the header, and at least a one-line row's height of it (the
    // whole row, if shorter: a wire segment) is above the viewport's
    // bottom. False for rows that do not exist.
    bool rowShown(int row) const;
    // Row `row`'s text as laid out now, one string a line (a one-line row:
    // statement and outcome together; a wrapped one: the statement's lines,
    // then the outcome).
    QStringList rowTextLines(int row) const;
    QList<int> columns() const;
    int rowAt(int y) const;
    // What lane `lane`'s header tells (TimelineModel::WireLane: only its name): its socket's name,
    // lifecycle state (LiveSocket::stateLabel), the kernel's TCP state name ("" for none; for a
    // closed socket the state the kernel's tables still list, TIME_WAIT), and laddr and raddr (a
    // closed socket's as they were while it was open), and, for a connected TCP socket, its send
    // and receive queues as the Lab sampled them last (QueueWatch; not valid otherwise).
    struct Header
    {
        QString name;
        QString lifecycle;
        QString tcpState;
        Endpoint laddr;
        Endpoint raddr;
        SocketQueues queues;
    };
    Header header(int lane) const;
    // Row `row`'s statement as the last paint drew it (cut with "…" when its
    // box is too narrow); empty when the row was not painted.
    QString paintedStatement(int row) const { return m_painted.value(row); }
    // What lane `lane`'s header says, one line each (name, state, laddr,
    // raddr; in a lane too narrow for them, endpoint notation and the TCP
    // state alone; and for a connected TCP socket its queues: "sendq 12,345 B ·
    // recvq 0 B · window 65,483 B", the window it advertised); TimelineModel::WireLane: the wire's.
    QStringList headerLines(int lane) const;
    // True when a word of lane `lane`'s header is wider than the lane, so
    // it is drawn cut at both ends (a line wraps only at its spaces).
    bool isHeaderCut(int lane) const;
    // The queues' line of a header ("sendq 12,345 B · recvq 0 B", then the
    // window the socket advertised when known); "" when `queues` is not valid.
    static QString queuesLine(const SocketQueues &queues);
    // Whether headers end with the queues' line (default true). Presentation
    // leaves it out: its `buffers` focus shows the queues large instead, and
    // the header stays short enough for the rows.
    void setQueuesShown(bool shown);
    bool queuesShown() const { return m_queuesShown; }
    // The lanes as drawn, left to right: columns() with TimelineModel::WireLane
    // between the server's and the client's lanes when the wire is shown.
    QList<int> drawnLanes() const;
    // What the wire lane says instead of segments: Lab::wireStatus(), "" while capturing.
    QString wireStatus() const;
    // Where that sentence is shown, in the view's coordinates, below the
    // viewport that holds the rows; empty when it is not shown.
    QRect wireNoteRect() const;

    // The selected row (-1: none), and the rows lit with it (linked to it).
    int selectedRow() const;
    void selectRow(int row);
    QList<int> litRows() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // Scrolls to the last row and follows new ones again.
    void scrollToEnd();
    // While following the end, the view scrolls no further than row `row`'s
    // top: that row stays in view (a stage's subject). -1: none.
    void setKeptRow(int row);
    int keptRow() const { return m_kept; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void refresh();
    void updateFonts();
    // Shows wireStatus() under the rows (a viewport margin) while the wire lane is drawn.
    void updateWireNote();
    void updateScrollBar();
    int followedValue() const; // the scroll value that follows the end (setKeptRow)
    LiveSocket *socketOf(int lane) const;
    // Keeps the addresses of lane `lane`'s socket while it is open: a closed
    // socket's header still shows them (the kernel forgets them at close()).
    void keepAddresses(int lane) const;
    // Where a row's box and arrow go and how its text wraps.
    struct RowGeometry
    {
        QRect box; // from the row's top
        int to = -1; // the arrow's end (x), or -1
        int laneMid = 0;
        QString statement;
        QString outcome;
        int lines = 1; // text lines in the box
        bool wrapped = false; // the statement wraps (statementLines, outcomeLines)
        QStringList statementLines;
        // The outcome's own lines under the statement; empty: it ends the statement's last line.
        QStringList outcomeLines;
        bool segment = false; // a wire segment: `lines` of detail text and its arrow
    };
    RowGeometry rowGeometry(int row, const QList<int> &columns, int laneWidth) const;
    // Lays out the rows' heights and the header's for the current width.
    void layoutRows();
    int headerLinesHeight(const QStringList &lines, int width) const;
    void paintHeader(QPainter &p, const QList<int> &columns, int laneWidth);
    void paintRow(QPainter &p, int row, int top, const QList<int> &columns, int laneWidth);
    void paintSegment(QPainter &p, int row, int top, int column, int laneWidth);
    // A segment row's arrow: from the middle of the lane left of the wire's
    // column to the middle of the one right of it (viewport x).
    std::pair<int, int> segmentSpan(int column, int laneWidth) const;
    // A segment row's flags and numbers: how wide on one line, and where
    // they go (the arrow's span, or wider when they do not fit there).
    int segmentTextWidth(const QModelIndex &index) const;
    std::pair<int, int> segmentTextSpan(const QModelIndex &index, int column, int laneWidth) const;
    // Whether a segment row's flags and numbers need two lines there.
    bool segmentSplits(const QModelIndex &index, int column, int laneWidth) const;
    // A wire segment row's line: detail text's.
    int segmentLine() const;
    // The selection's mark beside `box`, at its left or right.
    void paintMark(QPainter &p, const QRect &box, bool left);

    QPointer<TimelineModel> m_model;
    mutable QHash<int, QString> m_painted; // row -> statement as drawn
    QPersistentModelIndex m_selected;
    QList<int> m_lit; // rows linked to the selected one, found at each paint
    QPointer<Lab> m_lab;
    Throttle *m_refresh = nullptr;
    QFont m_body;
    QFont m_bodyBold;
    QFont m_name;
    QFont m_detail;
    int m_bodyPx = 0;
    int m_detailPx = 0;
    bool m_follow = true;
    bool m_stale = false; // a refresh was left out while hidden
    bool m_queuesShown = true;
    int m_maxLines = 4;
    int m_kept = -1;
    int m_laneWidth = 0; // as the last layoutRows() found it
    // Row tops in the contents (one more than the rows: the last is the
    // contents' height), and the header's height, from layoutRows().
    QList<int> m_tops;
    QList<int> m_lines; // each row's text lines (rowLines())
    int m_headerHeight = 0;
    // Lane object name -> laddr, raddr it had while open.
    mutable QHash<QString, std::pair<Endpoint, Endpoint>> m_addresses;
    // Repaints the headers while a closed socket's TCP state may still change.
    QTimer *m_tables = nullptr;
    QLabel *m_wireNote = nullptr;
};
