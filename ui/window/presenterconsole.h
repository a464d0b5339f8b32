#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

// The presenter's own window in presentation mode with two screens, like a
// slide program's presenter view: on the laptop's screen it holds the lesson
// (narration, stage list, demo steps, Previous/Next/Run) at the normal type
// size, while the main window is projected full screen on the other one. A
// line at its top names the projected screen. Escape or closing the console
// asks to leave presentation mode (leaveRequested).
class PresenterConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterConsole)

public:
    // A top-level window (parent is only the owner; the console stays a
    // window of its own).
    explicit PresenterConsole(QWidget *parent = nullptr);

    // Puts `lesson` into the console (the console takes it as a child);
    // nullptr takes nothing. The lesson leaves again when another parent
    // takes it (QDockWidget::setWidget).
    void setLesson(QWidget *lesson);
    // Names the projected screen in the console's top line.
    void setProjectedScreen(const QString &name, const QSize &size);
    QString projectedText() const;
    // The projection's font scale (MainWindow::presentationScale): the
    // console undoes it, so its text keeps the size it has outside
    // presentation mode (zoom still applies). 1.0 = none.
    void setFontScale(double scale);

signals:
    // Escape was pressed in the console, or it was closed.
    void leaveRequested();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void updateFont();

    QLabel *m_projected = nullptr;
    QVBoxLayout *m_layout = nullptr;
    double m_scale = 1.0;
};
