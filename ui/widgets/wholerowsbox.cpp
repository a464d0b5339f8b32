#include "ui/widgets/wholerowsbox.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextBlock>
#include <QTextLayout>
#include <QtMath>

WholeRowsBox::WholeRowsBox(QAbstractScrollArea *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setSizePolicy(view->sizePolicy());
    view->setParent(this);
    view->installEventFilter(this);
    if (auto *items = qobject_cast<QAbstractItemView *>(view)) {
        // New rows can change the row height and which scroll bars show.
        // A table's rows change height with its font after a delay: their
        // header tells when.
        if (auto *table = qobject_cast<QTableView *>(view))
            connect(table->verticalHeader(), &QHeaderView::sectionResized, this,
                &WholeRowsBox::placeLater);
        if (QAbstractItemModel *model = items->model()) {
            connect(model, &QAbstractItemModel::rowsInserted, this, &WholeRowsBox::placeLater);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &WholeRowsBox::placeLater);
            connect(model, &QAbstractItemModel::modelReset, this, &WholeRowsBox::placeLater);
            connect(model, &QAbstractItemModel::layoutChanged, this, &WholeRowsBox::placeLater);
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(view)) {
        connect(text, &QPlainTextEdit::textChanged, this, &WholeRowsBox::placeLater);
    }
}

WholeRowsBox::~WholeRowsBox()
{
    // Among the children QWidget's destructor deletes, the view's model would
    // reach placeLater() on a box that is no longer a WholeRowsBox.
    // Nor may the view's own last events reach eventFilter().
    if (QAbstractScrollArea *view = m_view.data()) {
        view->removeEventFilter(this);
        delete view;
    }
}

void WholeRowsBox::setWholeRows(bool whole)
{
    if (m_whole == whole)
        return;
    m_whole = whole;
    updateGeometry();
    place();
}

int WholeRowsBox::rowHeight() const
{
    if (auto *table = qobject_cast<QTableView *>(m_view.data()))
        return table->model() && table->model()->rowCount() > 0 ? table->rowHeight(0) : 0;
    if (auto *items = qobject_cast<QAbstractItemView *>(m_view.data())) {
        const QAbstractItemModel *model = items->model();
        if (!model || model->rowCount(items->rootIndex()) == 0)
            return 0;
        return items->visualRect(model->index(0, 0, items->rootIndex())).height();
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_view.data())) {
        // A line of the first block as laid out (every line has the same font).
        const QTextBlock first = text->document()->begin();
        const QTextLayout *layout = first.layout();
        if (layout && layout->lineCount() > 0)
            return qCeil(layout->lineAt(0).height());
        return text->fontMetrics().height();
    }
    return 0;
}

QSize WholeRowsBox::sizeHint() const
{
    if (!m_view)
        return QWidget::sizeHint();
    // Showing whole rows, it takes the room its neighbours leave: as high as
    // its least.
    const QSize hint = m_view->sizeHint();
    return m_whole ? QSize(hint.width(), minimumSizeHint().height()) : hint;
}

QSize WholeRowsBox::minimumSizeHint() const
{
    return m_view ? m_view->minimumSizeHint() : QWidget::minimumSizeHint();
}

void WholeRowsBox::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place();
}

void WholeRowsBox::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    placeLater();
}

bool WholeRowsBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && !m_placing
        && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        placeLater();
    return QWidget::eventFilter(watched, event);
}

void WholeRowsBox::placeLater()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            place();
        },
        Qt::QueuedConnection);
}

void WholeRowsBox::place()
{
    if (!m_view || m_placing)
        return;
    m_placing = true;
    m_view->setGeometry(rect());
    // Rows laid out now, in the view's present font (item views do it lazily).
    if (auto *items = qobject_cast<QAbstractItemView *>(m_view.data()); items && m_whole)
        items->doItemsLayout();
    if (m_whole && isVisible()) {
        // Twice: fewer rows in view can bring a vertical scroll bar, which
        // narrows the view and can bring a horizontal one.
        for (int pass = 0; pass < 2; ++pass) {
            qreal row = rowHeight();
            qreal top = 0;
            if (auto *text = qobject_cast<QPlainTextEdit *>(m_view.data())) {
                // Lines at fractional heights, under the document's margin.
                const QTextLayout *layout = text->document()->begin().layout();
                if (layout && layout->lineCount() > 0)
                    row = layout->lineAt(0).height();
                top = text->document()->documentMargin();
            }
            if (row <= 0)
                break;
            const int room = m_view->viewport()->height();
            const int rows = int((room - top) / row);
            if (rows <= 0)
                break;
            const int spare = room - qCeil(top + rows * row);
            if (spare <= 0)
                break;
            m_view->setGeometry(0, 0, width(), m_view->height() - spare);
        }
    }
    m_placing = false;
}
