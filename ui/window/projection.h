#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>

class CaptionStrip;
class LessonPanel;
class PresenterConsole;
class QFrame;
class QLabel;
class QMainWindow;
class QMenu;
class QScreen;
class QWidget;

// Where presentation mode puts the lesson, and on which screen it projects
// (DESIGN.md, Projection). With one screen: a caption strip at the bottom of
// the window (CaptionStrip: the stage's title and first sentence), and the
// whole narration one key away: N (or clicking the caption) lays the lesson
// panel over the lower part of the window, N or Escape takes it away. With
// two screens: the window goes full screen on the projection screen (View ▸
// Projection screen, remembered in QSettings as presentation/screen; by
// default the screen the window is not on), and the lesson moves to a
// PresenterConsole on the other screen. B blanks the projection (a black
// cover; B or Escape brings it back). The clicker keys stay the
// LessonController's.
//
// The main window calls enter() before it goes full screen and leave() when
// it leaves; it takes the lesson back into its dock itself.
class Projection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Projection)

public:
    // window: the main window, which owns the projection.
    explicit Projection(QMainWindow *window);
    ~Projection() override;

    // The strip at the bottom of the window, across its whole width (the
    // window's bottom margin keeps its content above it); hidden outside
    // presentation mode and with a console.
    CaptionStrip *captionStrip() const { return m_caption; }
    // The lesson shown in presentation mode: its panel (a LessonPanel's
    // stage feeds the caption). Call once.
    void setLesson(QWidget *lesson);
    // View ▸ Projection screen: one choice a screen and "automatic".
    QMenu *screenMenu() const { return m_screenMenu; }

    // The screen to project on: with one screen, the window's; with
    // several, the chosen one (presentation/screen), else one the window
    // is not on.
    QScreen *projectionScreen() const;
    // Two screens or more: presentation uses a presenter console.
    static bool hasSeveralScreens();

    // Presentation starts on `screen`, with the type scaled by `fontScale`
    // and body text of `bodyPixels` (28 at 720 lines): places the window on
    // the screen (before the caller makes it full screen) and puts the
    // lesson into the console or under the caption.
    void enter(QScreen *screen, double fontScale, int bodyPixels);
    // Presentation ends: console, caption, overlay and cover go; the
    // window's place from before enter() comes back after showNormal.
    void leave();
    void restoreWindowGeometry();

    bool isConsoleShown() const;
    PresenterConsole *console() const { return m_console; }
    // The whole narration laid over the window (one screen only).
    void setNarrationShown(bool shown);
    bool isNarrationShown() const;
    // The projection blanked (B).
    void setBlank(bool blank);
    bool isBlank() const;

signals:
    // The console asked to leave presentation mode (Escape, closed).
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCaption();
    void placeOverlay();
    void placeCaption();
    void rebuildScreenMenu();
    bool handleKey(QObject *watched, QEvent *event);

    QMainWindow *m_window = nullptr;
    CaptionStrip *m_caption = nullptr;
    QPointer<LessonPanel> m_panel;
    QWidget *m_lesson = nullptr;
    QFrame *m_overlay = nullptr;
    QLabel *m_overlayHint = nullptr;
    QWidget *m_cover = nullptr;
    PresenterConsole *m_console = nullptr;
    QMenu *m_screenMenu = nullptr;
    bool m_presenting = false;
    int m_bodyPixels = 28; // the caption's type, the overlay's largest
    bool m_consoleMode = false;
    QByteArray m_normalGeometry;
};
