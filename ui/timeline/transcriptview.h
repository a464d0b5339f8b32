#pragma once

#include "core/record/transcript.h"

#include <QPointer>
#include <QTabWidget>

class QPlainTextEdit;
class QTimer;
class QToolButton;

// The transcript as the lesson's two terminals and more: tabs Server and
// Client (IPython style, In [n] / Out[n]), C (the system calls with their
// return values) and JSON (one event per line). New events are appended
// as they are recorded; a flood (a recv loop at full speed) is shown in
// batches with a line saying how many of that tab's calls were left out
// (a server flood leaves the Client tab alone), so the view never falls
// behind. Each tab keeps at most MaxLines lines and MaxCharacters characters. Only the tab on
// screen is rendered as events arrive; the others catch up when they are shown. A Save button
// writes each side's Python script or the JSON Lines.
class TranscriptView final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)

public:
    enum Tab { ServerTab, ClientTab, CTab, JsonTab };

    // Per batch at most this many events are rendered; older ones are counted.
    static constexpr int MaxEventsPerBatch = 100;
    // Lines each tab keeps (QPlainTextEdit::maximumBlockCount).
    static constexpr int MaxLines = 20000;
    // Characters each tab keeps: the oldest lines go first, so a tab of long
    // lines (recv(65536) in JSON) holds a few MB, not MaxLines x MaxLineLength.
    static constexpr int MaxCharacters = 1000000;
    // Shortest time between batches; a batch that took t ms delays the next by 10 t.
    static constexpr int BatchIntervalMs = 50;
    // Longer lines (a JSON line of a big sendall) are cut in the view; the
    // saved files keep them whole.
    static constexpr int MaxLineLength = 4000;

    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    void setTranscript(Transcript *transcript); // not owned
    Transcript *transcript() const { return m_transcript; }

    QPlainTextEdit *textView(Tab tab) const;
    QString text(Tab tab) const;

    // Writes the side's runnable Python script or the JSON Lines of every
    // kept event. On failure returns false and sets *error.
    bool saveScript(CallEvent::Side side, const QString &path, QString *error = nullptr) const;
    bool saveJsonLines(const QString &path, QString *error = nullptr) const;

public slots:
    // Renders every event recorded since the last update now, in every tab.
    void flush();

private:
    void reset();
    void schedule();
    void renderTab(int tab);
    // The calls a tab shows: one side's for Server and Client, all for C and JSON.
    qint64 recordedFor(int tab) const;
    bool shows(int tab, const CallEvent &event) const;
    // Drops the tab's oldest lines beyond MaxCharacters.
    void trimTab(int tab);
    void saveWithDialog(const QString &what);

    QPointer<Transcript> m_transcript;
    QPlainTextEdit *m_views[4] = {};
    QToolButton *m_saveButton = nullptr;
    QTimer *m_batchTimer = nullptr;
    qint64 m_shown[4] = {}; // per tab: recordedFor(tab) already rendered
};
