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
        // On a log scale, a grey line at each power of ten.
        if (m_chart->logScale()) {
            p.setPen(QPen(palette().color(QPalette::Midlight), qMax(1, u / 16), Qt::DashLine));
            const auto [floor, ceiling] = m_chart->decades();
            for (int decade = floor + 1; decade <= ceiling; ++decade) {
                const int y = area.bottom()
                    - int(area.height() * (decade - floor) / (m_chart->logTop() - floor));
                if (y > area.top())
                    p.drawLine(area.left(), y, area.right(), y);
            }
        }
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(area.bottomLeft(), area.bottomRight());
        for (int i = 0; i < n; ++i) {
            const Bar &bar = bars.at(i);
            // At least a few pixels: a measured bar never vanishes.
            const int h = bar.megabytesPerSecond > 0
                ? qMax(qMax(3, u / 8), int(area.height() * m_chart->barFraction(i)))
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
    updateText();
    m_plot->update();
    show();
}

void ThroughputChart::updateText()
{
    QStringList lines = m_items;
    if (!m_basis.isEmpty())
        lines << m_basis;
    if (logScale())
        lines << tr("Log scale: each grey line is ten times the one under it.");
    m_text->setText(lines.join(m_fill ? u"\n"_s : u"  ·  "_s));
}

std::pair<double, double> ThroughputChart::span() const
{
    double least = 0;
    double most = 0;
    for (const Bar &bar : m_bars) {
        if (bar.megabytesPerSecond <= 0)
            continue;
        least = least > 0 ? qMin(least, bar.megabytesPerSecond) : bar.megabytesPerSecond;
        most = qMax(most, bar.megabytesPerSecond);
    }
    return {least, most};
}

bool ThroughputChart::logScale() const
{
    const auto [least, most] = span();
    return least > 0 && most > 100 * least;
}

std::pair<int, int> ThroughputChart::decades() const
{
    const auto [least, most] = span();
    if (least <= 0)
        return {0, 0};
    return {int(std::floor(std::log10(least))), int(std::floor(std::log10(most)))};
}

double ThroughputChart::logTop() const
{
    const double most = span().second;
    return most > 0 ? std::log10(most) : 0;
}

double ThroughputChart::barFraction(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return 0;
    const double value = m_bars.at(index).megabytesPerSecond;
    const double most = span().second;
    if (value <= 0 || most <= 0)
        return 0;
    if (!logScale())
        return value / most;
    // From the power of ten under the smallest bar up to the tallest.
    const double floor = decades().first;
    return (std::log10(value) - floor) / (logTop() - floor);
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
    updateText();
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

void ThroughputChart::setBasis(const QString &basis)
{
    m_basis = basis;
    updateText();
}

void ThroughputChart::clear()
{
    m_bars.clear();
    m_items.clear();
    m_basis.clear();
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
