#pragma once

#include "core/record/callevent.h"

#include <QFont>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

class ExplorersWidget;
class Lab;
class LayerDiagram;
class LiveSocket;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QTimer;
class QVBoxLayout;
class Throttle;
class ThroughputChart;
class TimelineModel;
class TimelineView;

// Presentation mode's screen: only what the current stage teaches, its
// focus (Lesson::focusNames, resources/lesson/README.md), laid out large,
// and nothing else (the rest is hidden, not squeezed). Values come first, in
// a row of labelled figures (a socket's state, an address); the views share
// the rest of the width in the focus's order: the timeline (a TimelineView
// of its own over the window's TimelineModel), the chunks each side
// received, the datagrams, the accept queue with its waiting clients, the
// send and receive queues of the connected sockets, the throughput chart, and the window's own
// layer diagram and explorers, which the main window lends it while presenting (hostDiagram,
// hostExplorers). A strip at the bottom (strip()) holds whatever the window puts there: the
// lesson's narration or caption.
//
// Every text comes from the live state: the Lab (its sockets, its SIDE
// values, its crowd, its measurements), the timeline's lane headers (a
// closed socket's TIME_WAIT), the explorers. texts() reports the main text
// of each focus as shown (what --focus-texts writes, and what the back-row
// test reads back from a screenshot).
//
// Lists and the narration take type up to 1.7 times body text while all of
// it stays in view; a list of chunks or datagrams beside the timeline takes
// the width its rows need (up to half), and a row never is cut: it goes on
// on a second line between two escapes. A value too long for its card at
// body size goes on on a second line too.
class FocusView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusView)

public:
    // lab, model: not owned; the timeline's rows come from `model`.
    FocusView(Lab *lab, TimelineModel *model, QWidget *parent = nullptr);
    ~FocusView() override;

    // Shows these focus names (Lesson::focusNames; unknown ones are
    // ignored), in this order, and forgets the last stage's datagrams and
    // measurements.
    void setFocusNames(const QStringList &names);
    QStringList focusNames() const { return m_names; }
    // Text sizes for `scale` = the screen's lines / 720 times the zoom:
    // body text 28 px times scale, the smallest 22 px times it, values larger.
    void setTextScale(double scale);
    int bodyPixelSize() const { return m_body; }
    int detailPixelSize() const { return m_detail; }
    // The stage's narration as Markdown (what the `narration` focus shows).
    void setNarration(const QString &markdown);
    // The call of the demo ("server.bind") whose first row the timeline
    // keeps in view (Stage::keep); empty: the timeline follows its end.
    void setKeep(const QString &call);
    // The stage's demo starts now: its rows are the ones after the present.
    void markDemoStart();
    // A demo starts: its measurements replace the chart's.
    void clearMeasurements();

    // The window's layer diagram and explorers while presenting (the view
    // takes them into its layout; give them back with releaseDiagram and
    // releaseExplorers, which return them unparented from it, or nullptr).
    void hostDiagram(LayerDiagram *diagram);
    LayerDiagram *releaseDiagram();
    void hostExplorers(ExplorersWidget *explorers);
    ExplorersWidget *releaseExplorers();

    // The bottom strip's layout, for the narration (empty by default).
    QVBoxLayout *strip() const { return m_strip; }

    // One focus's main text as shown now: a state ("LISTEN"), an address
    // ("127.0.0.1:5000"), the timeline's last statement, a count.
    struct Text
    {
        QString name;
        QString text;
    };
    // Reads everything afresh, then each focus's main text, in focus order.
    QList<Text> texts();
    // {"stage": stageId, "focus": [{"name": ..., "text": ..., "rect": [x, y,
    // width, height]}, ...]} as compact JSON (what --focus-texts writes); rect
    // is the focus's view in screen pixels, left out when it is not shown.
    QByteArray textsJson(const QString &stageId);

    TimelineView *timeline() const { return m_timeline; }
    ThroughputChart *chart() const { return m_chart; }

public slots:
    // Reads every value again (the Lab's sockets, the kernel's tables).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // A list's new width: its rows fitted again (fitList).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Value
    {
        QString name;
        QString text; // the value whole (the label may show it on several lines)
        QString noteText; // the note whole
        QWidget *box = nullptr;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *note = nullptr;
    };
    struct List
    {
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QListWidget *rows = nullptr;
        bool wide = false; // beside another view: takes its rows' width (setRows)
    };
    // A list's row: a line of bytes and counts in monospace, a socket's
    // heading, or a mark under a chunk (a character cut in two).
    enum class RowKind {
        Plain,
        Heading,
        Mark,
    };
    struct Row
    {
        RowKind kind = RowKind::Plain;
        QString text; // lines separated by '\n'
        int hang = 0; // a line too long goes on under its column `hang`
    };
    struct Datagram
    {
        QByteArray data;
        QString from;
        qint64 cut = 0;
    };

    void record(const CallEvent &event);
    List makeList(const QString &accessibleName);
    // Puts `rows` into `list`. wide: the list takes the width its longest
    // row needs (up to half the view), and a row longer than that goes on
    // on more lines, never cut; then the type grows while the rows fit.
    void setRows(List *list, const QList<Row> &rows, bool wide);
    void fillRows(List *list, const QList<Row> &rows, int columns);
    void styleRows(List *list, int px);
    // Each heading on as many lines as the list's width needs.
    void wrapHeadings(List *list);
    bool rowsFit(const List &list) const;
    // The type of `list` as large as its room allows: from 1.7 times body
    // text down to body text, while every row is whole and all are in view.
    void fitList(List *list);
    // The narration's type from body text up to 1.7 times it, while the
    // whole text fits its room.
    void fitNarration();
    // The narration's Markdown as HTML in `px` type, its code too.
    QString narrationHtml(int px) const;
    void applyFonts();
    void fitValues();
    int valueColumns() const;
    void refreshValue(Value *value);
    void refreshChunks();
    void refreshDatagrams();
    void refreshQueue();
    void refreshBuffers();
    void refreshInterfaces();
    void findKeptRow();
    // The lane of socket `object` in the timeline, or -1.
    int laneOf(const QString &object) const;
    LiveSocket *socketNamed(const QString &owner) const;
    QString mainText(const QString &name) const;
    QString explorerText() const;
    QString diagramText() const;
    QWidget *viewFor(const QString &name) const;
    void enlargeExplorerFonts();
    // The explorer's type: body size, and its smaller parts (a table's
    // header) at least the smallest size.
    void fitExplorer();

    Lab *m_lab;
    TimelineModel *m_model;
    QStringList m_names;
    int m_body = 28;
    int m_detail = 22;
    QVBoxLayout *m_column = nullptr;
    QWidget *m_valuesRow = nullptr;
    QGridLayout *m_values = nullptr;
    QList<Value> m_cards;
    QHBoxLayout *m_views = nullptr;
    TimelineView *m_timeline = nullptr;
    List m_chunks;
    List m_datagrams;
    List m_queue;
    List m_buffers;
    List m_interfaces;
    QLabel *m_narration = nullptr;
    ThroughputChart *m_chart = nullptr;
    QWidget *m_diagramSlot = nullptr;
    QLabel *m_diagramTitle = nullptr;
    QWidget *m_explorerSlot = nullptr;
    QPointer<LayerDiagram> m_diagram;
    QPointer<ExplorersWidget> m_explorers;
    struct ExplorerFont
    {
        QPointer<QWidget> widget;
        QFont font; // as it was before it was raised
        bool own = false; // set on the widget itself (else inherited)
    };
    QList<ExplorerFont> m_explorerFonts;
    QWidget *m_stripBox = nullptr;
    QVBoxLayout *m_strip = nullptr;
    QList<Datagram> m_received;
    QString m_chunksText;
    QString m_datagramsText;
    QString m_queueText;
    QString m_buffersText;
    QString m_interfacesText;
    QString m_narrationMarkdown;
    bool m_refreshing = false; // in refresh(): a list's resize is its own doing
    QString m_keep;
    int m_demoStart = -1;
    Throttle *m_throttle = nullptr;
    // Re-reads while a TCP state may still change by itself (TIME_WAIT ends).
    QTimer *m_settle = nullptr;
};
