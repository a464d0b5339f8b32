#pragma once

#include <QObject>

class QWidget;

// Keeps the mouse wheel for scrolling: a spin box or combo box under the
// pointer takes the wheel only while it has keyboard focus (clicked or
// tabbed into); otherwise the wheel goes on to the view around it, which
// scrolls. Without it, scrolling a panel changes `bufsize` or `backlog`
// whenever one slides under the pointer.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    explicit WheelGuard(QObject *parent = nullptr);

    // Guards `widget` (a QAbstractSpinBox or QComboBox; anything else is
    // left alone): Qt::StrongFocus, so the wheel never gives it focus, and
    // one shared guard as its event filter.
    static void guard(QWidget *widget);
    // Guards every spin box and combo box under `root` (root included).
    static void guardChildren(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
