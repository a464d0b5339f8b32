#include "ui/diagram/statediagram.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

StateDiagram::StateDiagram(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Lifecycle state diagram"));
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void StateDiagram::setStates(const QList<LiveSocket::State> &states)
{
    m_states = states;
    m_boxWidth = -1;
    refreshAccessibleText();
    updateGeometry();
    update();
}

void StateDiagram::setCurrent(LiveSocket::State state)
{
    if (state == m_current)
        return;
    m_current = state;
    refreshAccessibleText();
    update();
}

void StateDiagram::setKernelText(const QString &text)
{
    if (text == m_kernelText)
        return;
    m_kernelText = text;
    refreshAccessibleText();
    updateGeometry();
    update();
}

void StateDiagram::refreshAccessibleText()
{
    QString text = tr("State: %1").arg(LiveSocket::stateLabel(m_current));
    if (!m_kernelText.isEmpty())
        text += tr("; kernel TCP state: %1").arg(m_kernelText);
    setAccessibleDescription(text);
    setToolTip(text);
}

int StateDiagram::boxWidth() const
{
    if (m_boxWidth >= 0)
        return m_boxWidth;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = fm.horizontalAdvance(u"listening"_s);
    for (LiveSocket::State state : m_states)
        widest = qMax(widest, fm.horizontalAdvance(LiveSocket::stateLabel(state)));
    m_boxWidth = widest + fm.horizontalAdvance(u"▶ "_s) + fm.height() / 2;
    return m_boxWidth;
}

int StateDiagram::boxHeight() const
{
    return QFontMetrics(font()).height() * 8 / 5;
}

int StateDiagram::rowHeight() const
{
    return boxHeight() + QFontMetrics(font()).height() / 3;
}

int StateDiagram::columnsFor(int width) const
{
    const int arrow = QFontMetrics(font()).height();
    const int n = qMax(1, int(m_states.size()));
    const int cols = qMax(1, (width + arrow) / (boxWidth() + arrow));
    return qMin(cols, n);
}

int StateDiagram::heightForWidth(int width) const
{
    const QFontMetrics fm(font());
    const int n = qMax(1, int(m_states.size()));
    const int cols = columnsFor(width);
    const int rows = (n + cols - 1) / cols;
    return rows * rowHeight() + (m_kernelText.isEmpty() ? 0 : fm.height() + 2);
}

QSize StateDiagram::sizeHint() const
{
    const int arrow = QFontMetrics(font()).height();
    const int n = qMax(1, int(m_states.size()));
    const int width = n * boxWidth() + (n - 1) * arrow;
    return {width, heightForWidth(width)};
}

QSize StateDiagram::minimumSizeHint() const
{
    return {boxWidth(), heightForWidth(boxWidth())};
}

void StateDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_boxWidth = -1;
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void StateDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int arrow = fm.height();
    const int bw = boxWidth();
    const int bh = boxHeight();
    const int cols = columnsFor(width());
    const int rowHeight = this->rowHeight();
    const QPalette pal = palette();

    for (int i = 0; i < m_states.size(); ++i) {
        const int row = i / cols;
        const int col = i % cols;
        const QRect box(col * (bw + arrow), row * rowHeight, bw, bh);
        const bool now = m_states.at(i) == m_current;

        QPen pen(pal.color(now ? QPalette::Highlight : QPalette::Mid));
        pen.setWidthF(now ? 3.0 : 1.0);
        p.setPen(pen);
        p.setBrush(now ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
        p.drawRoundedRect(QRectF(box).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);

        QFont f = font();
        f.setBold(now);
        p.setFont(f);
        p.setPen(pal.color(now ? QPalette::Text : QPalette::PlaceholderText));
        // The current state: thick outline, bold name and a ▶ marker.
        const QString name = LiveSocket::stateLabel(m_states.at(i));
        p.drawText(box, Qt::AlignCenter, now ? u"▶ "_s % name : name);
        p.setFont(font());

        if (col + 1 < cols && i + 1 < m_states.size()) {
            p.setPen(QPen(pal.color(QPalette::WindowText), 1.0));
            const int y = box.center().y();
            const int x0 = box.right() + 3;
            const int x1 = box.right() + arrow - 2;
            p.drawLine(x0, y, x1, y);
            QPainterPath head;
            head.moveTo(x1, y);
            head.lineTo(x1 - 5, y - 4);
            head.lineTo(x1 - 5, y + 4);
            head.closeSubpath();
            p.fillPath(head, pal.color(QPalette::WindowText));
        }
    }

    if (!m_kernelText.isEmpty()) {
        const int n = qMax(1, int(m_states.size()));
        const int rows = (n + cols - 1) / cols;
        p.setPen(pal.color(QPalette::WindowText));
        const QRect line(0, rows * rowHeight, width(), fm.height());
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(tr("Kernel TCP state: %1").arg(m_kernelText), Qt::ElideRight, width()));
    }
}
