#include "ui/explorers/constantsexplorer.h"

#include "core/platform/constants.h"
#include "ui/widgets/fixedfont.h"
#include "ui/widgets/wholerowsbox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConstantsExplorer::ConstantsExplorer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"constantsExplorer"_s);
    auto *layout = new QVBoxLayout(this);

    auto *prefixLabel = new QLabel(tr("&Prefix:"), this);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(u"constantsPrefix"_s);
    m_prefix->setAccessibleName(tr("Constant name prefix"));
    m_prefix->setPlaceholderText(tr("AF_, SOCK_, IPPROTO_ or any start of a name"));
    m_prefix->setClearButtonEnabled(true);
    prefixLabel->setBuddy(m_prefix);
    auto *row = new QHBoxLayout;
    row->addWidget(prefixLabel);
    row->addWidget(m_prefix, 1);
    // Quick picks for the lesson's three families of names; Alt+1..3.
    const QStringList picks {u"AF_"_s, u"SOCK_"_s, u"IPPROTO_"_s};
    for (int i = 0; i < picks.size(); ++i) {
        auto *button = new QPushButton(u'&' % QString::number(i + 1) % u' ' % picks.at(i), this);
        button->setObjectName(u"pick"_s % picks.at(i));
        button->setAccessibleName(tr("Show %1 constants").arg(picks.at(i)));
        connect(button, &QPushButton::clicked, this, [this, p = picks.at(i)] { setPrefix(p); });
        row->addWidget(button);
    }
    layout->addLayout(row);

    m_status = new QLabel(this);
    m_status->setObjectName(u"constantsStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    m_table = new QTableWidget;
    m_table->setObjectName(u"constantsTable"_s);
    m_table->setAccessibleName(tr("Constants and their values on this system"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Hex")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    useFixedFont(m_table);
    m_table->installEventFilter(this);
    m_table->horizontalHeader()->installEventFilter(this);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *pyLabel = new QLabel(tr("As the lesson's get_constants() prints it:"), right);
    pyLabel->setWordWrap(true);
    m_python = new QPlainTextEdit;
    m_python->setObjectName(u"constantsPython"_s);
    m_python->setAccessibleName(tr("get_constants result in Python"));
    m_python->setReadOnly(true);
    m_python->setLineWrapMode(QPlainTextEdit::NoWrap);
    useFixedFont(m_python);
    pyLabel->setBuddy(m_python);
    m_note = new QLabel(right);
    m_note->setObjectName(u"constantsNote"_s);
    m_note->setAccessibleName(tr("Note on the selected constant"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    rightLayout->addWidget(pyLabel);
    m_pythonBox = new WholeRowsBox(m_python, right);
    rightLayout->addWidget(m_pythonBox, 1);
    rightLayout->addWidget(m_note);
    m_tableBox = new WholeRowsBox(m_table, splitter);
    splitter->addWidget(m_tableBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_prefix, &QLineEdit::textChanged, this, &ConstantsExplorer::refresh);
    connect(
        m_table, &QTableWidget::itemSelectionChanged, this, &ConstantsExplorer::selectionChanged);

    setPrefix(u"AF_"_s);
}

void ConstantsExplorer::setPresented(bool presented)
{
    m_presented = presented;
    m_table->setColumnHidden(2, presented);
    m_tableBox->setWholeRows(presented);
    m_pythonBox->setWholeRows(presented);
    // Lines that do not fit the projected half break rather than hide their end.
    m_python->setLineWrapMode(presented ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    fitTable();
}

bool ConstantsExplorer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_table->resizeColumnsToContents();
        fitTable();
    }
    return QWidget::eventFilter(watched, event);
}

void ConstantsExplorer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

void ConstantsExplorer::fitTable()
{
    // The table as wide as its columns (up to three fifths): every value shows.
    const int total = m_splitter->width();
    if (total <= 0)
        return;
    // The columns' own widths: the header's length without the last column
    // stretched to whatever width the table has now.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    // (Presented, every column: the hex column is hidden, and the value
    // column, stretched last, would keep the width it had in smaller type.)
    if (m_presented)
        m_table->resizeColumnsToContents();
    else
        m_table->resizeColumnToContents(m_table->columnCount() - 1);
    const int wanted = header->length() + 2 * m_table->frameWidth()
        + m_table->verticalScrollBar()->sizeHint().width();
    header->setStretchLastSection(true);
    // A few pixels to spare for the splitter's rounding; when every column
    // fits, no sideways scroll bar takes a row's height.
    const int table = qMin(wanted + 4, total * 3 / 5);
    m_table->setHorizontalScrollBarPolicy(
        table >= wanted ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_splitter->setSizes({table, total - table});
}

QString ConstantsExplorer::prefix() const
{
    return m_prefix->text();
}

int ConstantsExplorer::rowCount() const
{
    return m_table->rowCount();
}

void ConstantsExplorer::setPrefix(const QString &prefix)
{
    if (m_prefix->text() == prefix)
        refresh();
    else
        m_prefix->setText(prefix);
}

void ConstantsExplorer::refresh()
{
    const QString prefix = m_prefix->text().trimmed();
    const QList<Constants::Entry> entries = Constants::withPrefix(prefix);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Constants::Entry &e = entries.at(row);
        auto *name = new QTableWidgetItem(e.name);
        if (Constants::differsElsewhere(e.name))
            name->setText(e.name % u" *"_s);
        name->setData(Qt::UserRole, e.name);
        auto *value = new QTableWidgetItem(QString::number(e.value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *hex = new QTableWidgetItem(
            e.value < 0 ? QString() : u"0x"_s % QString::number(e.value, 16));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, value);
        m_table->setItem(row, 2, hex);
    }
    m_table->resizeColumnsToContents();
    fitTable();

    if (prefix.isEmpty()) {
        m_status->setText(
            tr("All %Ln constant(s) this system's headers define. Type a prefix such as "
               "AF_ to narrow them.",
                nullptr, int(entries.size())));
        m_python->setPlainText(QString());
    } else if (entries.isEmpty()) {
        m_status->setText(tr("No constant on %1 starts with “%2”. Try AF_, SOCK_, "
                             "IPPROTO_, SO_, MSG_, AI_ or EAI_.")
                              .arg(Constants::platformName(), prefix));
        m_python->setPlainText(u"{}"_s);
    } else {
        m_status->setText(tr("%Ln name(s) start with “%1” on %2 (values from this system's "
                             "headers; * marks a value that differs elsewhere).",
            nullptr, int(entries.size()))
                              .arg(prefix.toUpper(), Constants::platformName()));
        m_python->setPlainText(u"In [1]: get_constants('"_s % prefix.toUpper() % u"')\nOut[1]:\n"_s
            % Constants::pythonDict(prefix.toUpper()));
    }
    selectionChanged();
}

void ConstantsExplorer::selectionChanged()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        m_note->setText(tr("Select a name to see whether its value is the same on other systems."));
        return;
    }
    const QTableWidgetItem *nameItem = m_table->item(selected.first()->row(), 0);
    const QString name = nameItem->data(Qt::UserRole).toString();
    const qint64 value = Constants::value(name).value_or(0);
    const QString note = Constants::portabilityNote(name);
    QString text = tr("%1 = %2 on %3.").arg(name).arg(value).arg(Constants::platformName());
    for (const Constants::Entry &e : Constants::all()) {
        if (e.name == name) {
            const QStringList same = Constants::names(value, e.group);
            if (same.size() > 1)
                text += u' '
                    % tr("Same value: %1; get_constants keeps %2.")
                          .arg(same.join(u", "_s), Constants::name(value, e.group));
            break;
        }
    }
    text
        += u' ' % (note.isEmpty() ? tr("No difference between systems is recorded for it.") : note);
    m_note->setText(text);
}
