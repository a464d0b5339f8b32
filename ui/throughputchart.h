#pragma once

#include <QWidget>

class QBarSet;
class QBarCategoryAxis;
class QBarSeries;
class QChartView;
class QLabel;
class QValueAxis;

// The throughput the lesson measured, one bar per measurement ("AF_INET
// recv(8)" → MB/s), drawn with Qt Charts, with the same figures as plain
// text under it (a chart alone would shut out screen readers). Empty and
// hidden until the first measurement; clear() empties it for the next stage.
class ThroughputChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    // One measurement: `label` names it ("AF_INET, recv(8)"), bytesPerSecond >= 0.
    void addMeasurement(const QString &label, double bytesPerSecond);
    void clear();
    int count() const;
    // The figures as text: "label: N MB/s" items joined by " · ".
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QChartView *m_view = nullptr;
    QBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QLabel *m_text = nullptr;
};
