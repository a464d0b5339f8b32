#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

class QLabel;

// The throughput the lesson measured, one bar per measurement ("AF_INET
// recv(8)" → MB/s), each bar labelled with its figure, and the same figures as
// plain text under it (a chart alone would shut out screen readers). Painted
// here: a handful of bars needs no chart library. Hidden until the first
// measurement; clear() empties it for the next stage.
class ThroughputChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    // One measurement: `label` names it ("AF_INET, recv(8)"), bytesPerSecond >= 0.
    void addMeasurement(const QString &label, double bytesPerSecond);
    void clear();
    // A line under the figures saying what each bar measured ("Each bar:
    // 16 MiB through a socket pair..."); "" for none. clear() empties it.
    void setBasis(const QString &basis);
    QString basis() const { return m_basis; }
    int count() const { return int(m_bars.size()); }
    // The figures as text: "label: N MB/s" items joined by " · ".
    QString text() const;
    // The same items, one a measurement, oldest first.
    QStringList items() const { return m_items; }
    // The figure drawn over bar `index` (0 = oldest), with its unit:
    // "5443.7 MB/s"; empty for an index out of range.
    QString figure(int index) const;
    // Every bar's figure, oldest first.
    QStringList figures() const;
    // Whether the bars stand on a log scale: when the largest figure is
    // more than 100 times the smallest (recv(8) beside recv(65536)), a
    // linear scale would leave the small bars a few pixels high. Grey
    // lines then mark each power of ten, and the text says so.
    bool logScale() const;
    // Bar `index`'s height as a fraction of the plot's (0..1; the tallest
    // is 1); 0 for an index out of range or nothing measured.
    double barFraction(int index) const;
    // Fill: the bars take whatever height the chart gets and the figures
    // stand one a line under them (presentation's focus); else the bars are
    // seven lines tall. Either way every bar stays visible, however small
    // beside the largest.
    void setFill(bool fill);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Bar
    {
        QString label;
        double megabytesPerSecond = 0;
    };
    class Plot;

    void updatePlotHeight();
    void updateText();
    // The smallest bar above 0 and the largest (0, 0: none).
    std::pair<double, double> span() const;
    // The powers of ten (log10) under the smallest and the largest bar.
    std::pair<int, int> decades() const;
    // log10 of the largest bar: the top of the log scale.
    double logTop() const;

    QList<Bar> m_bars;
    QStringList m_items;
    bool m_fill = false;
    QString m_basis;
    Plot *m_plot = nullptr;
    QLabel *m_text = nullptr;
};
