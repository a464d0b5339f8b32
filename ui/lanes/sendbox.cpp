#include "ui/lanes/sendbox.h"

#include "core/bytes/bytesformat.h"
#include "ui/widgets/flowlayout.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SendBox::SendBox(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_escapes(new QCheckBox(tr("&Escapes (\\xNN \\0 \\n \\r \\t \\\\)"), this))
    , m_count(new QLabel(this))
    , m_result(new QLabel(this))
{
    m_edit->setPlaceholderText(tr("Message to send (any length, sent as UTF-8)"));
    m_edit->setAccessibleName(tr("Message to send"));
    m_edit->setTabChangesFocus(true);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitEditor();
    m_escapes->setAccessibleName(tr("Decode escapes in the message"));
    m_escapes->setToolTip(
        tr("When on, \\x00 sends one byte of value 0, \\n a newline, and so on."));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Characters and bytes"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setAccessibleName(tr("Result of the last send"));
    m_result->setWordWrap(true);

    // The count goes under the check box when the panel is narrow
    // (1280×720, presentation mode's larger type).
    auto *row = new QWidget(this);
    auto *flow = new FlowLayout(row);
    flow->setContentsMargins(0, 0, 0, 0);
    flow->addWidget(m_escapes);
    flow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(row);
    layout->addWidget(m_result);
    m_result->hide();

    connect(m_edit, &QPlainTextEdit::textChanged, this, &SendBox::refreshCount);
    connect(m_escapes, &QCheckBox::toggled, this, &SendBox::refreshCount);
    refreshCount();
}

void SendBox::fitEditor()
{
    // A few lines tall; longer messages scroll inside (no length limit).
    const int line = QFontMetrics(font()).lineSpacing();
    m_edit->setMinimumHeight(line * 3);
    m_edit->setMaximumHeight(line * 5);
}

void SendBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitEditor();
    QWidget::changeEvent(event);
}

QString SendBox::text() const
{
    return m_edit->toPlainText();
}

void SendBox::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

bool SendBox::escapesEnabled() const
{
    return m_escapes->isChecked();
}

void SendBox::setEscapesEnabled(bool on)
{
    m_escapes->setChecked(on);
}

std::optional<QByteArray> SendBox::bytes(QString *problem) const
{
    const QString t = text();
    if (!escapesEnabled())
        return t.toUtf8();
    return BytesFormat::fromEscapedText(t, problem);
}

void SendBox::refreshCount()
{
    const QString t = text();
    // Characters as a person counts them: code points, not UTF-16 units.
    const qsizetype chars = t.toUcs4().size();
    QString problem;
    const std::optional<QByteArray> b = bytes(&problem);
    if (b) {
        m_count->setText(tr("%Ln character(s)", nullptr, int(chars)) % u" → "_s
            % tr("%Ln byte(s) in UTF-8", nullptr, int(b->size())));
    } else {
        m_count->setText(
            tr("%Ln character(s); escape problem: %1", nullptr, int(chars)).arg(problem));
    }
    emit changed();
}

QString SendBox::countText() const
{
    return m_count->text();
}

void SendBox::showResult(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

QString SendBox::resultText() const
{
    return m_result->text();
}
