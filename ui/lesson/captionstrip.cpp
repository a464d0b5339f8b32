#include "ui/lesson/captionstrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

CaptionStrip::CaptionStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"captionStrip"_s);
    setAccessibleName(tr("Stage caption"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Show the whole narration (N)"));

    m_position = new QLabel(this);
    m_position->setObjectName(u"captionPosition"_s);
    m_position->setTextFormat(Qt::PlainText);
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"caption"_s);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setWordWrap(true);
    m_caption->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_hint = new QLabel(tr("N: whole narration"), this);
    m_hint->setObjectName(u"captionHint"_s);
    m_hint->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_position, 0, Qt::AlignTop);
    layout->addWidget(m_caption, 1);
    layout->addWidget(m_hint, 0, Qt::AlignBottom);
    updateFonts();
}

void CaptionStrip::setStage(
    const QString &position, const QString &title, const QString &narrationMarkdown)
{
    m_position->setText(position);
    m_title = title;
    m_summary = summary(narrationMarkdown);
    m_caption->setText(m_summary.isEmpty()
            ? u"<b>%1</b>"_s.arg(title.toHtmlEscaped())
            : u"<b>%1</b> — %2"_s.arg(title.toHtmlEscaped(), m_summary.toHtmlEscaped()));
}

QString CaptionStrip::text() const
{
    QString text = m_position->text() + u' ' + m_title;
    if (!m_summary.isEmpty())
        text += u" — "_s + m_summary;
    return text;
}

void CaptionStrip::setTextPixelSize(int pixels)
{
    m_pixels = qMax(1, pixels);
    updateFonts();
}

QString CaptionStrip::summary(const QString &markdown, int maxChars)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    QString paragraph;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        // Code (its own family, unbroken lines) and headings are no sentence.
        if (block.blockFormat().nonBreakableLines() || block.blockFormat().headingLevel() > 0)
            continue;
        paragraph = block.text().simplified();
        if (!paragraph.isEmpty())
            break;
    }
    if (paragraph.isEmpty())
        return {};
    // A sentence ends at . ! or ? followed by a space (or the paragraph's end).
    static const QRegularExpression end(u"[.!?](?=\\s|$)"_s);
    const QRegularExpressionMatch match = end.match(paragraph);
    QString sentence = match.hasMatch() ? paragraph.left(match.capturedEnd()) : paragraph;
    if (sentence.size() > maxChars) {
        qsizetype cut = sentence.lastIndexOf(u' ', maxChars - 1);
        if (cut <= 0)
            cut = maxChars - 1;
        sentence = sentence.left(cut) + u'…';
    }
    return sentence;
}

void CaptionStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit narrationRequested();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void CaptionStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateFonts();
    QWidget::changeEvent(event);
}

void CaptionStrip::updateFonts()
{
    // Every text of the strip at the back row's body size.
    QFont body = font();
    body.setPixelSize(m_pixels);
    for (QLabel *label : {m_position, m_caption, m_hint}) {
        if (label->font() != body)
            label->setFont(body);
    }
    const int margin = m_pixels / 3;
    layout()->setContentsMargins(margin, margin / 2, margin, margin / 2);
    layout()->setSpacing(m_pixels);
}
