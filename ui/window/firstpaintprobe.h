#pragma once

#include <QObject>

class QWidget;

// Prints "first-paint <ns>" (CLOCK_MONOTONIC, nanoseconds) on standard output
// when the watched window has finished its first paint, then removes itself.
// Installed only when SOCKETLAB_REPORT_FIRST_PAINT is set; used by
// tests/bench/bench_startup to time process start to first paint.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    // Watches `window` if the environment asks for it; does nothing otherwise.
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
};
