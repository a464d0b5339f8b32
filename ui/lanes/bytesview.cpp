#include "ui/lanes/bytesview.h"

#include "core/bytes/chunkmodel.h"
#include "ui/widgets/fixedfont.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace {

// EOF rows in italics, error rows in bold: the text already differs, the
// font makes the difference visible at a glance without relying on colour.
class ChunkDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = index.data(ChunkModel::KindRole).value<ChunkModel::RowKind>();
        if (kind == ChunkModel::RowKind::Eof)
            option->font.setItalic(true);
        else if (kind == ChunkModel::RowKind::Error)
            option->font.setBold(true);
        // Long rows are cut at the end, never in the middle.
        option->textElideMode = Qt::ElideRight;
    }
};

} // namespace

BytesView::BytesView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_reassembled(new QPlainTextEdit(this))
    , m_reassembleTimer(new QTimer(this))
{
    // Fixed pitch at the window's size: zoom and presentation mode scale it.
    useFixedFont(m_table);
    m_table->setItemDelegate(new ChunkDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    fitRows();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Received chunks"));
    m_table->setAccessibleDescription(
        tr("One row per recv() call: call number, bytes asked, bytes returned, text and hex"));

    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true); // a narrow panel at 1280×720
    m_totals->setAccessibleName(tr("Receive totals"));

    m_reassembled->setReadOnly(true);
    useFixedFont(m_reassembled);
    m_reassembled->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_reassembled->setPlaceholderText(tr("The bytes received so far, joined into one message"));
    m_reassembled->setAccessibleName(tr("Reassembled message"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_reassembled);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_totals);

    m_reassembleTimer->setSingleShot(true);
    m_reassembleTimer->setInterval(ReassembleIntervalMs);
    connect(m_reassembleTimer, &QTimer::timeout, this, &BytesView::updateReassembled);

    updateTotals();
}

BytesView::~BytesView() = default;

void BytesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitRows();
    QWidget::changeEvent(event);
}

void BytesView::fitRows()
{
    // From this widget's font: the table's own may not have changed yet.
    QFont mono = font();
    mono.setFamilies(fixedFamilies());
    mono.setStyleHint(QFont::Monospace);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(mono).height() + 6);
}

void BytesView::setModel(ChunkModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    if (model) {
        const QFontMetrics metrics(m_table->font());
        const int pad = 3 * metrics.horizontalAdvance(u' ');
        m_table->setColumnWidth(
            ChunkModel::CallColumn, metrics.horizontalAdvance(QStringLiteral("0000000")) + pad);
        m_table->setColumnWidth(
            ChunkModel::AskedColumn, metrics.horizontalAdvance(QStringLiteral("65536")) + pad);
        m_table->setColumnWidth(
            ChunkModel::GotColumn, metrics.horizontalAdvance(QStringLiteral("65536")) + pad);
        m_table->setColumnWidth(
            ChunkModel::TextColumn, metrics.horizontalAdvance(QString(24, u'x')) + pad);
        connect(model, &ChunkModel::totalsChanged, this, [this] {
            updateTotals();
            scheduleReassembled();
        });
        // Follow new rows while the user looks at the end of the table.
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
            const QScrollBar *bar = m_table->verticalScrollBar();
            m_table->setProperty("followEnd", bar->value() >= bar->maximum() - 1);
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            if (m_table->property("followEnd").toBool())
                m_table->scrollToBottom();
        });
    }
    refresh();
}

QString BytesView::totalsText() const
{
    if (!m_model)
        return tr("No connection");
    // %Ln: the count in the UI's locale, and the plural form it needs.
    const auto count = [](const char *text, qint64 n) {
        if (n <= std::numeric_limits<int>::max())
            return tr(text, nullptr, int(n));
        // Beyond an int: the plural form, with the real count in it.
        return tr(text, nullptr, 2).replace(QLocale().toString(2), QLocale().toString(n));
    };
    const QString dot = QStringLiteral(" \u00b7 ");
    QString text = count(QT_TR_N_NOOP("%Ln recv call(s)"), m_model->calls()) + dot
        + count(QT_TR_N_NOOP("%Ln byte(s)"), m_model->totalBytes()) + dot
        + tr("%L1 EOF").arg(m_model->eofCount()) + dot
        + count(QT_TR_N_NOOP("%Ln error(s)"), m_model->errorCount());
    if (m_model->splitCharacters() > 0)
        text += dot
            + count(
                QT_TR_N_NOOP("%Ln character(s) split between chunks"), m_model->splitCharacters());
    if (m_model->invalidBytes() > 0)
        text += dot + count(QT_TR_N_NOOP("%Ln byte(s) not valid UTF-8"), m_model->invalidBytes());
    if (m_model->droppedRows() > 0)
        text += dot + tr("showing the last %Ln row(s)", nullptr, m_model->rowCount());
    return text;
}

QString BytesView::wrapLongLines(const QString &text, int width)
{
    QString out;
    out.reserve(text.size() + text.size() / qMax(1, width) + 1);
    int column = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            out += c;
            column = 0;
            continue;
        }
        if (column >= width && !c.isLowSurrogate()) {
            out += u'\n';
            column = 0;
        }
        out += c;
        ++column;
    }
    return out;
}

void BytesView::refresh()
{
    updateTotals();
    updateReassembled();
}

void BytesView::updateTotals()
{
    m_totals->setText(totalsText());
}

void BytesView::scheduleReassembled()
{
    if (!m_reassembleTimer->isActive())
        m_reassembleTimer->start();
}

void BytesView::updateReassembled()
{
    m_reassembleTimer->stop();
    QElapsedTimer took;
    took.start();
    const auto spaceOut = qScopeGuard([&] {
        // Keep this under a tenth of the time while bytes pour in.
        m_reassembleTimer->setInterval(
            int(qBound(qint64(ReassembleIntervalMs), 10 * took.elapsed(), qint64(2000))));
    });
    const QString text = m_model ? m_model->reassembledText() : QString();
    if (text == m_shownText)
        return;
    m_shownText = text;
    const QString display = wrapLongLines(text);
    QScrollBar *bar = m_reassembled->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 1;
    m_reassembled->setPlainText(display);
    if (atEnd)
        bar->setValue(bar->maximum());
}
