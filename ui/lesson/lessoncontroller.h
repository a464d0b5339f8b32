#pragma once

#include "core/lab/lesson.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <optional>

class LessonPanel;
class LiveSocket;
class MainWindow;
class QDockWidget;
class QTimer;
class ReceiveLoop;
class SocketPanel;

// Drives the main window's real panels from a lesson (resources/lesson/README.md):
// puts a LessonPanel into the window (MainWindow::setLessonWidget: a dock,
// or a strip in presentation mode, where the panel turns compact); entering
// a stage brings the panels to its starting state (client closed first, then
// the server's connections, then the listener, so TIME_WAIT lands on the
// client's ephemeral port; then Lesson::startActions replayed quietly),
// highlights the stage's layers and opens its explorers (in presentation
// mode it also closes an earlier stage's explorer). "Run this stage's demo"
// performs the actions one by one on the panels (the button flashes; `pace` apart),
// waits for each to settle (pending connect/sendall/lookup done, a receive
// loop waiting or finished), then checks the stage's expectations against
// the window (MainWindow::lookupSubject) and shows the outcome in the panel.
//
// Actions the panels have no button for (recvloop, echo, sendto, recvfrom,
// setsockopt, crowd.*, measure.*) are performed here on the panels' own
// LiveSockets with ReceiveLoop, so the panels and the transcript show them;
// their meaning is the one tests/support/demorunner.cpp defines.
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
    // expectations and narration ({{port}}), and the panel says so.
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

    // An expectation subject: the window's panels (MainWindow::lookupSubject)
    // plus what the controller owns: crowd.*, measure.points, playground.*,
    // constants.NAME, getaddrinfo.rows. Fits Expectation::Lookup.
    std::optional<QByteArray> value(const QString &subject) const;

    // Plays the lesson from stage `from` to the last: each stage entered,
    // its demo run, then `pauseMs` before the next. Ends with autoplayFinished.
    void startAutoplay(int from, int pauseMs);
    bool isAutoplaying() const { return m_autoplay; }
    // What went wrong during the last autoplay, "stage-id: problem" a line.
    QStringList autoplayFailures() const { return m_autoplayFailures; }

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
    using Settled = std::function<bool()>;

    void resetPanels();
    void startQueue(const QList<Step> &steps, int generation, std::function<void()> done);
    void performNext(int generation);
    void waitUntilSettled(int generation);
    QString perform(const DemoAction &action, Settled *settled);
    QString performServer(const DemoAction &action, Settled *settled);
    QString performClient(const DemoAction &action, Settled *settled);
    QString performCrowd(const DemoAction &action, Settled *settled);
    QString performMeasure(const DemoAction &action, Settled *settled);
    QString startLoop(LiveSocket *socket, const DemoAction &action, QPointer<ReceiveLoop> *loop,
        Settled *settled);
    void flash(SocketPanel *panel, const QString &call);
    void checkExpectations(int index);
    bool isPresenterKey(QObject *watched, QEvent *event) const;
    DemoAction localized(const DemoAction &action) const;

    MainWindow *m_window = nullptr;
    LessonPanel *m_panel = nullptr;
    QTimer *m_poll = nullptr;
    Lesson m_lesson;
    quint16 m_port = 0;
    int m_pace = 700;
    bool m_busy = false;
    int m_generation = 0;
    QList<Step> m_queue;
    std::function<void()> m_done;
    Settled m_settled;
    QDeadlineTimer m_settleDeadline;
    int m_pause = 0;
    bool m_flashing = false;
    QStringList m_failures;
    QString m_notice;
    QString m_portNote;

    QPointer<ReceiveLoop> m_serverLoop;
    QPointer<ReceiveLoop> m_clientLoop;
    QList<QPointer<LiveSocket>> m_crowd;
    int m_crowdTimedOut = 0;
    int m_crowdRefused = 0;
    int m_points = 0;
    quint16 m_lastPort = 0;
    QTemporaryDir m_folder;
    bool m_autoplay = false;
    int m_autoplayPause = 0;
    QStringList m_autoplayFailures;
};
