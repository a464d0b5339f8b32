#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractScrollArea;

// Holds one scrolling view (an item view or a plain-text edit) and, while
// whole rows are asked for (setWholeRows), gives the view the greatest height
// up to the box's own at which its viewport holds whole rows only: the last
// row in view is never cut in half at the bottom (the view scrolls a row at
// a time, so the first is whole too), and the pixels left over stay empty
// under the view. Rows are taken to be as high as the first one. Off (the
// default), the view fills the box, as in any layout. Showing whole rows, it
// hints at its least height: it takes the room its neighbours leave.
class WholeRowsBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WholeRowsBox)

public:
    // view: reparented into this box; it keeps its own size policy.
    explicit WholeRowsBox(QAbstractScrollArea *view, QWidget *parent = nullptr);
    // Deletes the view first, while this box is whole: a view's own model
    // (QTreeWidget's) signals modelReset as it goes.
    ~WholeRowsBox() override;

    QAbstractScrollArea *view() const { return m_view; }
    void setWholeRows(bool whole);
    bool wholeRows() const { return m_whole; }
    // One row's height in the view's viewport, in pixels (a table's row with
    // its grid line, a text's line), or 0 when the view has no row to measure.
    int rowHeight() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Lays the view out again once the events in the queue (its own
    // relayout after a new font or new rows) have run.
    void placeLater();
    void place();

    QPointer<QAbstractScrollArea> m_view;
    bool m_whole = false;
    bool m_placing = false;
    bool m_pending = false;
};
