#include "ui/lanes/sendbox.h"

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

static int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

std::optional<QByteArray> SendBox::decodeEscapes(QStringView text, QString *problem)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype literalStart = 0;
    auto flushLiteral = [&](qsizetype end) {
        out += text.sliced(literalStart, end - literalStart).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'\\')
            continue;
        flushLiteral(i);
        if (i + 1 >= text.size()) {
            if (problem)
                *problem
                    = tr("The message ends with a lone backslash; write \\\\ for a backslash.");
            return std::nullopt;
        }
        const QChar c = text.at(i + 1);
        qsizetype used = 2;
        switch (c.unicode()) {
        case u'n':
            out += '\n';
            break;
        case u'r':
            out += '\r';
            break;
        case u't':
            out += '\t';
            break;
        case u'0':
            out += '\0';
            break;
        case u'\\':
            out += '\\';
            break;
        case u'x': {
            const int hi = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
            const int lo = i + 3 < text.size() ? hexValue(text.at(i + 3)) : -1;
            if (hi < 0 || lo < 0) {
                if (problem)
                    *problem = tr("\\x at character %1 needs two hex digits, like \\x00 or \\x1b.")
                                   .arg(i + 1);
                return std::nullopt;
            }
            out += char(hi * 16 + lo);
            used = 4;
            break;
        }
        default:
            if (problem)
                *problem = tr(
                    "Unknown escape \\%1 at character %2; use \\xNN, \\0, \\n, \\r, \\t or \\\\.")
                               .arg(c)
                               .arg(i + 1);
            return std::nullopt;
        }
        i += used - 1;
        literalStart = i + 1;
    }
    flushLiteral(text.size());
    return out;
}

std::optional<QByteArray> SendBox::bytes(QString *problem) const
{
    const QString t = text();
    if (!escapesEnabled())
        return t.toUtf8();
    return decodeEscapes(t, problem);
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
