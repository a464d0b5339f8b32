#include "ui/lesson/throughputchart.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// The bars: the tallest fills the height; each shows its figure with its
// unit above it ("5443.7 MB/s", on two lines where the slot is too narrow
// for one) and its label, on two lines, under it.
class ThroughputChart::Plot final : public QWidget
{
public:
    explicit Plot(const ThroughputChart *chart, QWidget *parent)
        : QWidget(parent)
        , m_chart(chart)
    { }

    // Whether a figure takes two lines (number, unit) in a slot `slot` px wide.
    bool figuresSplit(double slot) const
    {
        const QFontMetrics fm(font());
        const QStringList figures = m_chart->figures();
        return std::any_of(figures.cbegin(), figures.cend(),
            [&fm, slot](const QString &figure) { return fm.horizontalAdvance(figure) > slot; });
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const QList<Bar> &bars = m_chart->m_bars;
        if (bars.isEmpty())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QFontMetrics fm(font());
        const int u = fm.height();
        const int n = int(bars.size());
        const double slot = double(width() - u) / n;
        const int figureLines = figuresSplit(slot) ? 2 : 1;
        const QRect area
            = rect().adjusted(u / 2, figureLines * u + u / 4, -u / 2, -(2 * u + u / 2));
        double top = 0;
        for (const Bar &bar : bars)
            top = qMax(top, bar.megabytesPerSecond);
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(area.bottomLeft(), area.bottomRight());
        for (int i = 0; i < n; ++i) {
            const Bar &bar = bars.at(i);
            // At least a few pixels: recv(8) beside recv(65536) is a
            // thousandth of the tallest bar, yet it was measured.
            const int h = top > 0
                ? qMax(qMax(3, u / 8), int(area.height() * bar.megabytesPerSecond / top))
                : 0;
            const QRect r(int(area.left() + i * slot + slot / 4), area.bottom() - h,
                qMax(1, int(slot / 2)), h);
            p.fillRect(r, palette().color(QPalette::Highlight));
            p.setPen(palette().color(QPalette::WindowText));
            const QRect slotRect(int(area.left() + i * slot), 0, int(slot), height());
            QString figure = m_chart->figure(i);
            if (figureLines == 2)
                figure.replace(figure.lastIndexOf(u' '), 1, u'\n');
            p.drawText(QRect(slotRect.left(), r.top() - figureLines * u, slotRect.width(),
                           figureLines * u),
                Qt::AlignHCenter | Qt::AlignBottom, figure);
            const QString label = QString(bar.label).replace(u", "_s, u"\n"_s);
            p.drawText(QRect(slotRect.left(), area.bottom() + u / 4, slotRect.width(), 2 * u),
                Qt::AlignHCenter | Qt::AlignTop,
                label.split(u'\n').size() > 1
                    ? fm.elidedText(label.section(u'\n', 0, 0), Qt::ElideRight, slotRect.width())
                        % u'\n'
                        % fm.elidedText(label.section(u'\n', 1), Qt::ElideRight, slotRect.width())
                    : fm.elidedText(label, Qt::ElideRight, slotRect.width()));
        }
    }

private:
    const ThroughputChart *m_chart;
};

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new Plot(this, this))
    , m_text(new QLabel(this))
{
    setAccessibleName(tr("Measured throughput"));
    m_plot->setAccessibleName(tr("Bars of the measured throughput, in MB/s"));
    updatePlotHeight();
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    layout->addWidget(m_text);
    hide();
}

void ThroughputChart::addMeasurement(const QString &label, double bytesPerSecond)
{
    const double rate = qMax(0.0, bytesPerSecond) / 1e6;
    m_bars.append({label, std::round(rate * 10) / 10});
    // The same figures as text, on as few lines as the width allows.
    const QString item = tr("%1: %2 MB/s").arg(label).arg(rate, 0, 'f', 1);
    m_items.append(item);
    m_text->setText(m_items.join(m_fill ? u"\n"_s : u"  ·  "_s));
    m_plot->update();
    show();
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) // zoom, presentation mode
        updatePlotHeight();
    QWidget::changeEvent(event);
}

void ThroughputChart::setFill(bool fill)
{
    m_fill = fill;
    m_text->setText(m_items.join(m_fill ? u"\n"_s : u"  ·  "_s));
    updatePlotHeight();
}

void ThroughputChart::updatePlotHeight()
{
    if (m_fill) {
        m_plot->setMinimumHeight(fontMetrics().height() * 5);
        m_plot->setMaximumHeight(QWIDGETSIZE_MAX);
        m_plot->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    } else {
        m_plot->setFixedHeight(fontMetrics().height() * 7);
    }
}

void ThroughputChart::clear()
{
    m_bars.clear();
    m_items.clear();
    m_text->clear();
    m_plot->update();
    hide();
}

QString ThroughputChart::figure(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    return tr("%1 MB/s").arg(QString::number(m_bars.at(index).megabytesPerSecond, 'f', 1));
}

QStringList ThroughputChart::figures() const
{
    QStringList figures;
    for (int i = 0; i < m_bars.size(); ++i)
        figures << figure(i);
    return figures;
}

QString ThroughputChart::text() const
{
    return m_items.join(u"  ·  "_s);
}
