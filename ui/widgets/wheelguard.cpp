#include "ui/widgets/wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWheelEvent>
#include <QWidget>

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{ }

void WheelGuard::guard(QWidget *widget)
{
    if (!qobject_cast<QAbstractSpinBox *>(widget) && !qobject_cast<QComboBox *>(widget))
        return;
    // One guard for the whole application, living as long as it does.
    static WheelGuard *shared = new WheelGuard(QCoreApplication::instance());
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->removeEventFilter(shared);
    widget->installEventFilter(shared);
}

void WheelGuard::guardChildren(QWidget *root)
{
    guard(root);
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        guard(spin);
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        guard(combo);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            // Not for this widget: offered to its parents, innermost first,
            // as Qt offers a wheel nobody took (the scroll area scrolls).
            const auto *wheel = static_cast<QWheelEvent *>(event);
            const QPointF global = wheel->globalPosition();
            for (QWidget *parent = widget->parentWidget(); parent;
                 parent = parent->parentWidget()) {
                QWheelEvent copy(parent->mapFromGlobal(global), global, wheel->pixelDelta(),
                    wheel->angleDelta(), wheel->buttons(), wheel->modifiers(), wheel->phase(),
                    wheel->inverted(), wheel->source());
                QCoreApplication::sendEvent(parent, &copy);
                if (copy.isAccepted() || parent->isWindow())
                    break;
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
