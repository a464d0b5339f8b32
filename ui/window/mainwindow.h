#pragma once

#include "core/record/callevent.h"
#include "ui/explorers/explorerswidget.h"

#include <QMainWindow>

#include <optional>

class CallButtons;
class DiagramLink;
class ExplorerStack;
class FocusView;
class Lab;
class LayerDiagram;
class Projection;
class QAction;
class QDockWidget;
class QMenu;
class QSplitter;
class QTabWidget;
class Throttle;
class TimelineModel;
class TimelineView;
class TranscriptView;
class Transcript;

// SocketLab's main window: the layer diagram slot (left), the timeline of
// every call at the centre with its call buttons under it (CallButtons;
// hidden in presentation mode), the transcript tabs below, the lesson in a
// dock at the left; menus for saving, explorers, zoom and presentation mode.
// Panels and views are their own classes; this window only arranges them.
// Every socket they show is its Lab's (lab()), and every call any of them
// makes reaches the transcript and callRecorded from the Lab's one signal.
//
// Presentation mode (F5, Escape leaves): full screen without menus, status
// bar, transcript and explorer docks; larger type (scaled to the screen's
// height, zoom still applies on top); the window's usual content is hidden
// and a FocusView shows only the stage's focus, large (body text 28 px and
// nothing under 22 px at 720 lines), with the diagram and the explorers lent
// to it; the lesson leaves its dock (Projection): with one screen a caption
// strip at the bottom tells the stage and N shows the whole narration; with
// two screens the window is projected full screen on one and the lesson sits
// in a presenter console on the other.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Roles { Both, Server, Client, None };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Remembers size, place, splitters and zoom (QSettings); also done on close.
    void saveSettings() const;

    // File ▸ Save transcript / Save events without the dialog: the IPython
    // and C text, or the JSON lines. False and *problem (the file system's
    // message, with the path) when a byte could not be written (a full disk).
    bool writeTranscript(const QString &path, QString *problem) const;
    bool writeEvents(const QString &path, QString *problem) const;

    // The Lab that owns every socket the window shows (child of the window).
    Lab *lab() const { return m_lab; }
    // Shows the timeline and its call buttons (Both, Server, Client) or not
    // (None: a lesson stage about an explorer), within what setAllowedRoles allows.
    void setRoles(Roles roles);
    // The side the user asked for (--role): with Server or Client only that
    // side's call buttons show, whatever a lesson stage asks (a stage
    // about an explorer still hides the timeline).
    void setAllowedRoles(Roles roles);
    Roles allowedRoles() const { return m_allowedRoles; }
    // The endpoint the call buttons start with (--host, --port).
    void setDefaultEndpoint(const QString &host, const QString &port);
    // A getaddrinfo row chosen in the explorer ("use this row"): its family,
    // type, address and port go into the call buttons' drawer, for the
    // client's socket() and connect(); the drawer opens to show them.
    void useAddressInfo(const AddrInfo &info);
    // The host given by --host (the last setDefaultEndpoint), "127.0.0.1" by default.
    QString defaultHost() const { return m_defaultHost; }
    // Puts the lesson (narration and navigation) into the window, which
    // takes ownership: a dock titled `title` at the left, or in presentation
    // mode a strip under the panels. Call once.
    void setLessonWidget(QWidget *lesson, const QString &title);
    QDockWidget *lessonDock() const { return m_lessonDock; }
    // The View menu, for menus added from outside (the themes).
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *fileMenu() const { return m_fileMenu; }
    // Font scale, 1.0 = the system's size; clamped to 0.5-4.0. Remembered.
    double zoom() const { return m_zoom; }
    void setZoom(double factor);
    // Presentation mode on or off (what F5 and Escape do); emits
    // presentationChanged when it changes.
    void setPresentation(bool on);
    bool isPresenting() const { return m_presenting; }
    // The extra font scale of presentation mode for a screen `height` pixels
    // tall: 1.2 at 720, growing with the height, at most 2.4.
    static double presentationScale(int height);
    TranscriptView *transcriptTabs() const { return m_transcript; }
    // The timeline of the Lab's calls (its model records every callRecorded).
    TimelineView *timeline() const { return m_timeline; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    // The call buttons under the timeline's lanes, with their fields' drawer.
    CallButtons *callButtons() const { return m_calls; }
    Transcript *transcript() const { return m_transcriptData; }
    LayerDiagram *layerDiagram() const { return m_diagram; }
    // The centre's stack: the timeline, or the explorers at its full size
    // in its stead (the panels hide while they show).
    ExplorerStack *explorerStack() const { return m_explorers; }
    // The explorers, built now if they were not yet (never null); a view
    // that hosts the stage's explorer (presentation's focus view) takes
    // them from here and gives them back through explorerStack()->takeBack().
    ExplorersWidget *explorers();
    // Shows the explorers in the timeline's place, on one explorer (in
    // presentation mode only selects it: the focus view shows it when the
    // stage's focus names it).
    void showExplorer(ExplorersWidget::Explorer which);
    // Presentation mode's screen: the stage's focus, large (FocusView).
    FocusView *focusView() const { return m_focus; }
    // Where presentation mode puts the lesson (caption, overlay or presenter
    // console) and on which screen it projects.
    Projection *projection() const { return m_projection; }

signals:
    // Every CallEvent of every socket in the window, in order.
    void callRecorded(const CallEvent &event);
    // Presentation mode was entered (true) or left (false).
    void presentationChanged(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void recordEvent(const CallEvent &event);
    // The status bar's line: the last call and what it returned.
    static QString lastCallText(const CallEvent &event);
    void saveTranscript();
    void saveEvents();
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *problem);
    void applyPresentation(bool on);
    void applyFont();
    void updateColumns();
    void scheduleFit();
    // Normal mode: the lesson dock at its share of the window's width.
    void fitLessonDock();
    void fitPresentation();
    void about();

    Lab *m_lab = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr; // diagram | work column
    QSplitter *m_work = nullptr; // the timeline (or the explorers) over the lesson strip
    bool m_callsShown = true; // the timeline and its call buttons (setRoles)
    TranscriptView *m_transcript = nullptr;
    Transcript *m_transcriptData = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    TimelineView *m_timeline = nullptr;
    CallButtons *m_calls = nullptr;
    QWidget *m_timelinePane = nullptr; // the timeline over its call buttons
    LayerDiagram *m_diagram = nullptr;
    DiagramLink *m_diagramLink = nullptr;
    CallEvent m_lastEvent; // shown in the status bar by m_lastCall (one call, not a run)
    Throttle *m_lastCall = nullptr;
    ExplorerStack *m_explorers = nullptr;
    FocusView *m_focus = nullptr;
    Projection *m_projection = nullptr;
    QMenu *m_explorersMenu = nullptr;
    QAction *m_presentation = nullptr;
    QString m_defaultHost = QStringLiteral("127.0.0.1");
    QString m_defaultPort = QStringLiteral("5000");
    Roles m_allowedRoles = Roles::Both;
    Roles m_roles = Roles::Both; // as last asked by setRoles
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QWidget *m_lesson = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    bool m_presenting = false;
    bool m_fitPending = false;
    // The lesson dock's share of the window's width in normal mode: about
    // 30 %, what a person dragging its edge leaves, kept as the window resizes.
    double m_lessonShare = 0.3;
    int m_dockFittedWidth = 0; // the window's width when the dock was last fitted
    bool m_fittingDock = false;
    QByteArray m_normalState; // splitters and docks before presentation mode
    QByteArray m_normalHorizontal;
    double m_zoom = 1.0;
    double m_scale = 1.0; // presentation mode's font scale, 1.0 outside it
    qreal m_basePointSize = 0;
};
