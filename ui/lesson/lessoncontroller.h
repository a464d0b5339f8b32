#pragma once

#include "core/lab/lesson.h"
#include "ui/timeline/callbuttons.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class LessonPanel;
class MainWindow;
class QDockWidget;

// Walks the main window through a lesson (resources/lesson/README.md): puts
// a LessonPanel into the window (MainWindow::setLessonWidget: a dock, or a
// strip in presentation mode, where the panel turns compact); entering a
// stage resets the window's Lab (Lab::reset: everything the last stage opened
// is closed and forgotten), replays Lesson::startActions quietly, highlights
// the stage's layers and opens its explorers (in presentation mode it also
// closes an earlier stage's explorer). "Run this stage's demo" hands the
// actions one by one to the Lab (the matching call button flashes; `pace`
// apart), each after the Lab reported the previous one settled
// (Lab::performed), then checks the stage's expectations against the Lab
// (Lab::value) and shows the outcome in the panel. The controller interprets
// no action itself and waits on no timer but the pace.
//
// Presenter keys work anywhere in the window except in text fields: Right,
// PageDown, Space = next stage; Left, PageUp, Backspace = previous; Home, End.
class LessonController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonController)

public:
    // window: not owned; the controller is meant to be its child.
    explicit LessonController(MainWindow *window, QObject *parent = nullptr);
    ~LessonController() override;

    LessonPanel *lessonPanel() const { return m_panel; }
    // The window's lesson dock (MainWindow::lessonDock): it holds
    // lessonPanel() except in presentation mode.
    QDockWidget *dock() const;

    // Shows `lesson` at its first stage. When the lesson port is taken on
    // 127.0.0.1, a free port (FreePort) is used in its place in actions,
    // expectations and narration ({{port}}), and the panel says so; the
    // panels follow it, except when only the client panel is allowed
    // (--role client): the taken port is then the server it is meant to reach.
    // `port` (--port) replaces the lesson port: 0 asks the kernel for a free
    // one (FreePort), -1 keeps the lesson's.
    void setLesson(const Lesson &lesson, int port = -1);
    // The lesson port in use (the lesson's own, or its substitute).
    quint16 port() const { return m_port; }
    // A notice shown above the demo's result (e.g. why --lesson was refused).
    void setNotice(const QString &text);

    // Milliseconds between two demo actions (default 700; 0 for tests).
    void setPace(int milliseconds) { m_pace = qMax(0, milliseconds); }
    int pace() const { return m_pace; }

    // True while a stage's start actions or its demo are being performed.
    bool isBusy() const { return m_busy; }
    // The outcome of the last demo: every action performed and every
    // expectation held. failures() lists what did not, one line each.
    bool lastDemoPassed() const { return m_failures.isEmpty(); }
    QStringList failures() const { return m_failures; }

    // An expectation subject, as the window's Lab answers it (Lab::value).
    // Fits Expectation::Lookup.
    std::optional<QByteArray> value(const QString &subject) const;

    // Plays the lesson from stage `from` to the last: each stage entered,
    // its demo run, then `pauseMs` before the next. Ends with autoplayFinished.
    void startAutoplay(int from, int pauseMs);
    // What went wrong during the last autoplay, "stage-id: problem" a line.
    QStringList autoplayFailures() const { return m_autoplayFailures; }
    // Checks autoplay could not make (no capture: "ID: not checked: ...").
    QStringList autoplayUnchecked() const { return m_autoplayUnchecked; }
    // The last demo's checks that could not be made, each with why.
    QStringList unchecked() const { return m_unchecked; }

public slots:
    // Enters stage `index` (what LessonPanel::stageChanged triggers).
    void enterStage(int index);
    // Performs the current stage's demo, then checks its expectations.
    void runDemo();

signals:
    // The stage's starting state is in place.
    void stageReady(int index);
    // The demo of stage `index` ended; passed as lastDemoPassed().
    void demoFinished(int index, bool passed);
    // The autoplay reached the end; passed when every stage's demo did what
    // the stage expected.
    void autoplayFinished(bool passed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Step
    {
        DemoAction action;
        bool visible = false; // a demo step (flash, pace, step mark) vs a quiet replay
        int demoIndex = -1;
    };

    void resetPanels();
    void startQueue(const QList<Step> &steps, int generation, std::function<void()> done);
    void performNext(int generation);
    // The Lab reported `action` settled.
    void onPerformed(const DemoAction &action, const QString &problem);
    // The Lab starts `action`: its panel's button flashes, an explorer shows.
    void onPerforming(const DemoAction &action);
    // The call button of `call` under `lane` looks pressed for a moment.
    void flash(CallButtons::Lane lane, CallButtons::Call call);
    void checkExpectations(int index);
    bool isPresenterKey(QObject *watched, QEvent *event) const;
    DemoAction localized(const DemoAction &action) const;

    MainWindow *m_window = nullptr;
    LessonPanel *m_panel = nullptr;
    Lesson m_lesson;
    quint16 m_port = 0;
    quint16 m_panelPort = 0; // where the panels start: m_port, or the taken port for --role client
    int m_pace = 700;
    bool m_busy = false;
    int m_generation = 0;
    QList<Step> m_queue;
    std::function<void()> m_done;
    // The step the Lab is performing (its generation; -1 when none).
    Step m_step;
    int m_stepGeneration = -1;
    QStringList m_failures;
    QStringList m_unchecked;
    QString m_notice;
    QString m_portNote;

    bool m_autoplay = false;
    int m_autoplayPause = 0;
    QStringList m_autoplayFailures;
    QStringList m_autoplayUnchecked;
};
