#include "throughputchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_series(new QBarSeries(this))
    , m_set(new QBarSet(tr("MB/s")))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
    , m_text(new QLabel(this))
{
    setAccessibleName(tr("Measured throughput"));
    m_set->setLabelColor(palette().color(QPalette::WindowText)); // labels sit above the bars
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    // Each bar carries its figure; an axis of numbers would only take room.
    m_values->setVisible(false);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundVisible(false);
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_view->setFixedHeight(fontMetrics().height() * 7);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_text);
    hide();
}

void ThroughputChart::addMeasurement(const QString &label, double bytesPerSecond)
{
    const double rate = qMax(0.0, bytesPerSecond) / 1e6;
    // Two lines under each bar ("AF_INET" / "recv(4096)"): one would be cut
    // short when five bars share a projected strip.
    m_categories->append(QString(label).replace(u", "_s, u"<br>"_s));
    m_set->append(std::round(rate * 10) / 10);
    double top = 0;
    for (int i = 0; i < m_set->count(); ++i)
        top = qMax(top, m_set->at(i));
    m_values->setRange(0, top * 1.15 + 1);
    // The same figures as text, on as few lines as the width allows.
    const QString item = tr("%1: %2 MB/s").arg(label).arg(rate, 0, 'f', 1);
    m_text->setText(m_text->text().isEmpty() ? item : m_text->text() + u"  ·  "_s + item);
    show();
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) // zoom, presentation mode
        m_view->setFixedHeight(fontMetrics().height() * 7);
    QWidget::changeEvent(event);
}

void ThroughputChart::clear()
{
    m_set->remove(0, m_set->count());
    m_categories->clear();
    m_text->clear();
    hide();
}

int ThroughputChart::count() const
{
    return m_set->count();
}

QString ThroughputChart::text() const
{
    return m_text->text();
}
