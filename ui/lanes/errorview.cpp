#include "ui/lanes/errorview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ErrorView::ErrorView(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setLineWidth(2);
    setAccessibleName(tr("Error"));
    for (QLabel *label : {m_heading, m_body}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_action->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    auto *row = new QHBoxLayout;
    row->addWidget(m_action);
    row->addStretch();
    layout->addLayout(row);
    connect(m_action, &QPushButton::clicked, this, &ErrorView::actionTriggered);
    hide();
}

void ErrorView::showError(const QString &call, const SocketError &error)
{
    if (!error) {
        clear();
        return;
    }
    m_errorName = error.name();
    m_heading->setText(tr("✖ Error in %1(): %2 — %3").arg(call, error.name(), error.systemText()));
    QStringList lines;
    if (!error.explanation().isEmpty())
        lines << error.explanation();
    if (!error.hint().isEmpty())
        lines << tr("Try: %1").arg(error.hint());
    if (!error.pythonException().isEmpty())
        lines << tr("Python would raise: %1").arg(error.pythonException());
    m_body->setText(lines.join(u'\n'));
    m_body->setVisible(!lines.isEmpty());
    setAccessibleDescription(m_heading->text() % u'\n' % m_body->text());
    setAction({});
    show();
}

void ErrorView::showProblem(const QString &problem, const QString &hint)
{
    m_errorName.clear();
    m_heading->setText(tr("✖ Check the input: %1").arg(problem));
    m_body->setText(hint);
    m_body->setVisible(!hint.isEmpty());
    setAccessibleDescription(m_heading->text() % u'\n' % hint);
    setAction({});
    show();
}

void ErrorView::setAction(const QString &label)
{
    m_action->setText(label);
    m_action->setAccessibleName(label);
    m_action->setVisible(!label.isEmpty());
}

void ErrorView::clear()
{
    m_errorName.clear();
    m_heading->clear();
    m_body->clear();
    setAction({});
    hide();
}

QString ErrorView::text() const
{
    return m_heading->text() % u'\n' % m_body->text();
}
