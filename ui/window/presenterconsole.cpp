#include "ui/window/presenterconsole.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PresenterConsole::PresenterConsole(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(u"presenterConsole"_s);
    setWindowTitle(tr("SocketLab — presenter console"));
    setAccessibleName(tr("Presenter console"));

    m_projected = new QLabel(this);
    m_projected->setObjectName(u"projectedScreen"_s);
    m_projected->setTextFormat(Qt::PlainText);
    m_projected->setWordWrap(true);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_projected);

    auto *leave = new QAction(tr("Leave presentation mode"), this);
    leave->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F5)});
    connect(leave, &QAction::triggered, this, &PresenterConsole::leaveRequested);
    addAction(leave);
    updateFont();
}

void PresenterConsole::setLesson(QWidget *lesson)
{
    if (!lesson || m_layout->indexOf(lesson) >= 0)
        return;
    m_layout->addWidget(lesson, 1);
    lesson->show();
}

void PresenterConsole::setProjectedScreen(const QString &name, const QSize &size)
{
    m_projected->setText(tr("Projected on %1 (%2×%3). Esc leaves presentation mode.")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height()));
}

QString PresenterConsole::projectedText() const
{
    return m_projected->text();
}

void PresenterConsole::setFontScale(double scale)
{
    m_scale = scale > 0 ? scale : 1.0;
    updateFont();
}

bool PresenterConsole::event(QEvent *event)
{
    // Zoom and presentation change the application's font: the console
    // follows zoom but not the projection's scale.
    if (event->type() == QEvent::ApplicationFontChange)
        updateFont();
    return QWidget::event(event);
}

void PresenterConsole::closeEvent(QCloseEvent *event)
{
    if (isVisible())
        emit leaveRequested();
    QWidget::closeEvent(event);
}

void PresenterConsole::updateFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() / m_scale);
    setFont(f);
}
