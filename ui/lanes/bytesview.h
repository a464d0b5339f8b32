#pragma once

#include "core/bytes/chunkmodel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTimer;

// The bytes of one connection: every recv call as a row of a ChunkModel
// (#, asked, got, text, hex) in a monospace table, the totals, and the
// reassembled message below. Received bytes are shown as plain text only
// (the default delegate and a QPlainTextEdit never interpret markup);
// escapes and split-character marks come from the model.
//
// Cheap at any rate: the table follows the model's batched inserts, the
// totals follow totalsChanged, and the reassembled text is refreshed at
// most every ReassembleIntervalMs by a single-shot timer that only runs
// while something changed.
class BytesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BytesView)

public:
    // Shortest time between refreshes of the reassembled text; one that took
    // t ms delays the next by 10 t (at most 2 s).
    static constexpr int ReassembleIntervalMs = 250;
    // The reassembled text is broken into display lines of this many
    // characters. Real line feeds always show as "\n" before the break, so a
    // break without it is only the display's. (Letting QPlainTextEdit wrap a
    // 128 Ki-character line costs seconds.)
    static constexpr int WrapColumn = 120;

    explicit BytesView(QWidget *parent = nullptr);
    ~BytesView() override;

    // The model to show (not owned; may be nullptr). Each connection has its own.
    void setModel(ChunkModel *model);
    ChunkModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }
    QPlainTextEdit *reassembledView() const { return m_reassembled; }
    // "8 recv calls · 63 bytes · 0 EOF · 0 errors", plus a note on dropped rows.
    QString totalsText() const;
    // `text` with every line longer than `width` broken into display lines.
    static QString wrapLongLines(const QString &text, int width = WrapColumn);

public slots:
    // Brings totals and the reassembled text up to date now.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitRows();
    void updateTotals();
    void updateReassembled();
    void scheduleReassembled();

    QPointer<ChunkModel> m_model;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QPlainTextEdit *m_reassembled = nullptr;
    QTimer *m_reassembleTimer = nullptr;
    QString m_shownText;
};
