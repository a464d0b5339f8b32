#include "ui/window/mainwindow.h"

#include "core/lab/lab.h"

#include "core/record/throttle.h"

#include "core/record/transcript.h"
#include "ui/diagram/diagramlink.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/explorers/explorerstack.h"
#include "ui/explorers/explorerswidget.h"
#include "ui/explorers/getaddrinfoexplorer.h"
#include "ui/timeline/callbuttons.h"
#include "ui/timeline/callfields.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/focusview.h"
#include "ui/window/projection.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QIcon>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <sys/socket.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_lab(new Lab(this))
{
    setWindowTitle(tr("SocketLab — sockets, one real system call at a time"));
    setAccessibleName(u"SocketLab"_s);
    // The installed icon's source; Qt draws it with its SVG plugin (libqt6svg6).
    setWindowIcon(QIcon(u":/icons/socketlab.svg"_s));
    m_basePointSize = QApplication::font().pointSizeF();

    m_diagram = new LayerDiagram(this);
    m_diagram->setAccessibleName(tr("TCP/IP layer diagram"));
    // Narrower than it would like at 1280×720, so the timeline and the
    // lesson dock keep room; it lays itself out in the width it gets. Its
    // minimum stays the normal font's in presentation, where its font grows.
    {
        const int u = QFontMetrics(font()).height();
        m_diagram->setMinimumSize(16 * u, 14 * u);
    }
    m_diagramLink = new DiagramLink(m_diagram, m_lab, this);

    // The timeline of every call with its call buttons under it.
    m_timelineModel = new TimelineModel(this);
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setModel(m_timelineModel);
    m_timelineModel->followWire(m_lab->wire());
    m_timeline->setLab(m_lab);
    m_calls = new CallButtons(m_lab, this);
    m_calls->setObjectName(u"calls"_s);
    m_timelinePane = new QWidget(this);
    auto *pane = new QVBoxLayout(m_timelinePane);
    pane->setContentsMargins(0, 0, 0, 0);
    pane->setSpacing(2);
    pane->addWidget(m_timeline, 1);
    pane->addWidget(m_calls);
    m_work = new QSplitter(Qt::Vertical, this);
    m_work->setObjectName(u"workSplitter"_s);
    // The explorers take the timeline's place, at its size, when they show.
    m_explorers = new ExplorerStack(m_lab, m_timelinePane, this);
    m_work->addWidget(m_explorers);
    m_work->setChildrenCollapsible(false);
    m_work->installEventFilter(this); // the lesson strip asks for another height
    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->setObjectName(u"diagramSplitter"_s);
    m_horizontal->addWidget(m_diagram);
    m_horizontal->addWidget(m_work);
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 3);
    m_horizontal->setChildrenCollapsible(true);
    m_horizontal->installEventFilter(this); // presentation: docks come and go

    // Transcript tabs: the two IPython sessions, the C calls, JSON lines.
    m_transcriptData = new Transcript(this);
    m_transcript = new TranscriptView(this);
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setTranscript(m_transcriptData);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(u"mainSplitter"_s);
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(m_transcript);
    m_vertical->setStretchFactor(0, 4);
    m_vertical->setStretchFactor(1, 1);
    // Presentation mode shows the focus view instead (applyPresentation).
    m_focus = new FocusView(m_lab, m_timelineModel, this);
    // Where presentation puts the lesson (caption, overlay, presenter console).
    m_projection = new Projection(this);
    connect(m_projection, &Projection::leaveRequested, this, [this] { setPresentation(false); });
    m_focus->hide();
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_vertical, 1);
    column->addWidget(m_focus, 1);
    setCentralWidget(central);

    connect(m_lab, &Lab::callRecorded, this, &MainWindow::recordEvent);
#ifdef __GLIBC__
    // A second after the calls stop (a 400 MiB receive, say), the memory the
    // views freed goes back to the system: glibc's allocator keeps freed
    // pages for reuse otherwise, and the window would stay at its peak size
    // (malloc_trim(3)).
    auto *trim = new QTimer(this);
    trim->setSingleShot(true);
    trim->setInterval(1000);
    connect(trim, &QTimer::timeout, this, [] { malloc_trim(0); });
    connect(m_lab, &Lab::callRecorded, trim, qOverload<>(&QTimer::start));
#endif
    connect(m_explorers, &ExplorerStack::explorersShownChanged, this, &MainWindow::updateColumns);
    connect(m_explorers, &ExplorerStack::explorersBuilt, this, [this](ExplorersWidget *explorers) {
        // The lookup starts on the call buttons' port (--port, or the lesson's).
        GetaddrinfoExplorer *lookup = explorers->getaddrinfoExplorer();
        lookup->setQuery(u"localhost"_s, m_defaultPort, lookup->hints());
        connect(explorers, &ExplorersWidget::addressInfoChosen, this, &MainWindow::useAddressInfo);
    });

    buildMenus();
    // The first hint stays until the first call; then the bar tells the last
    // call and its result (at most every 40 ms during a flood of calls).
    statusBar()->showMessage(tr("Start with server = socket(), then bind, listen and accept."));
    m_lastCall = new Throttle(
        40, [this] { statusBar()->showMessage(lastCallText(m_lastEvent)); }, this);

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QRect available = QGuiApplication::primaryScreen()
            ? QGuiApplication::primaryScreen()->availableGeometry()
            : QRect(0, 0, 1280, 720);
        resize(available.width() > 1400 ? available.size() * 0.92 : available.size());
        // The transcript a few lines high: the timeline and its call buttons
        // get the room (at 720 lines, lanes about 350 px high).
        m_vertical->setSizes({height() * 7 / 8, height() / 8});
        const int diagram = qBound(
            16 * QFontMetrics(font()).height(), width() / 4, 36 * QFontMetrics(font()).height());
        m_horizontal->setSizes({diagram, width() - diagram});
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_vertical->restoreState(settings.value(u"window/verticalSplitter"_s).toByteArray());
    m_horizontal->restoreState(settings.value(u"window/diagramSplitter"_s).toByteArray());
    setZoom(settings.value(u"view/zoom"_s, 1.0).toDouble());
}

MainWindow::~MainWindow()
{
    // The Lab closes its sockets while every view still exists; the window
    // itself records nothing more.
    disconnect(m_lab, nullptr, this, nullptr);
    delete m_diagramLink; // follows the Lab's sockets: gone before them
    m_diagramLink = nullptr;
    delete m_lab;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *saveTranscript
        = file->addAction(tr("Save &transcript…"), this, &MainWindow::saveTranscript);
    saveTranscript->setShortcut(QKeySequence::Save);
    QAction *saveEvents
        = file->addAction(tr("Save &events (JSON lines)…"), this, &MainWindow::saveEvents);
    saveEvents->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    m_explorersMenu = view->addMenu(tr("&Explorers"));
    m_explorersMenu->addAction(m_explorers->toggleAction());
    m_explorersMenu->addSeparator();
    const struct
    {
        ExplorersWidget::Explorer which;
        QString text;
        QString key;
    } explorers[] = {
        {ExplorersWidget::Explorer::Address, tr("&Addresses"), u"Ctrl+1"_s},
        {ExplorersWidget::Explorer::Ports, tr("&Ports"), u"Ctrl+2"_s},
        {ExplorersWidget::Explorer::Constants, tr("&Constants (AF_, SOCK_, IPPROTO_)"),
            u"Ctrl+3"_s},
        {ExplorersWidget::Explorer::Getaddrinfo, tr("&getaddrinfo"), u"Ctrl+4"_s},
        {ExplorersWidget::Explorer::Playground, tr("Socket p&layground"), u"Ctrl+5"_s},
    };
    for (const auto &e : explorers) {
        QAction *a = m_explorersMenu->addAction(
            e.text, this, [this, which = e.which] { showExplorer(which); });
        a->setShortcut(QKeySequence(e.key));
    }
    view->addSeparator();
    QAction *animate = view->addAction(tr("&Animate the diagram"));
    animate->setCheckable(true);
    animate->setChecked(m_diagram->isAnimationEnabled());
    connect(animate, &QAction::toggled, m_diagram, &LayerDiagram::setAnimationEnabled);
    QMenu *speed = view->addMenu(tr("Animation &speed"));
    const struct
    {
        QString text;
        double factor;
    } speeds[] = {
        {tr("&Slow (half speed)"), 0.5}, {tr("&Normal"), 1.0}, {tr("&Fast (double speed)"), 2.0}};
    for (const auto &sp : speeds)
        speed->addAction(
            sp.text, m_diagram, [this, f = sp.factor] { m_diagram->setAnimationSpeed(f); });
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] { setZoom(m_zoom * 1.15); });
    // The platform's zoom keys (Ctrl++ here), and Ctrl+= for keyboards
    // where plus needs Shift.
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(u"Ctrl+="_s)))
        zoomInKeys << QKeySequence(u"Ctrl+="_s);
    zoomIn->setShortcuts(zoomInKeys);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] { setZoom(m_zoom / 1.15); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Reset zoom"), this, [this] { setZoom(1.0); });
    zoomReset->setShortcut(QKeySequence(u"Ctrl+0"_s));
    view->addSeparator();
    QAction *transcript = view->addAction(tr("&Transcript"));
    transcript->setCheckable(true);
    transcript->setChecked(true);
    transcript->setShortcut(QKeySequence(u"Ctrl+T"_s));
    connect(transcript, &QAction::toggled, m_transcript, &QWidget::setVisible);
    m_presentation = view->addAction(tr("&Presentation mode"));
    m_presentation->setCheckable(true);
    m_presentation->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentation, &QAction::toggled, this, &MainWindow::applyPresentation);
    view->addMenu(m_projection->screenMenu());

    auto *leave = new QAction(tr("Leave presentation mode"), this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] { setPresentation(false); });
    addAction(leave);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About SocketLab"), this, &MainWindow::about);
    aboutAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Shortcuts keep working while the menu bar is hidden (presentation).
    for (QMenu *menu : {file, view, help})
        addActions(menu->actions());
    addActions(m_explorersMenu->actions());
}

void MainWindow::setRoles(Roles roles)
{
    m_roles = roles;
    const Roles shown
        = roles == Roles::None || m_allowedRoles == Roles::Both ? roles : m_allowedRoles;
    m_callsShown = shown != Roles::None;
    updateColumns();
}

void MainWindow::setAllowedRoles(Roles roles)
{
    m_allowedRoles = roles == Roles::None ? Roles::Both : roles;
    // Only this machine's side of the class has buttons (--role).
    m_calls->setSides(m_allowedRoles != Roles::Client, m_allowedRoles != Roles::Server);
    setRoles(m_roles);
}

void MainWindow::updateColumns()
{
    // No socket (a stage about an explorer): the diagram (and the lesson
    // strip) get the room. The explorers take the timeline's place.
    const bool explorers = m_explorers->explorersShown();
    const bool panels = m_callsShown && !explorers;
    m_explorers->setVisible(panels || explorers);
    const bool strip = m_presenting && m_lesson && m_work->indexOf(m_lesson) >= 0;
    m_work->setVisible(panels || explorers || strip);
    scheduleFit();
}

void MainWindow::scheduleFit()
{
    if (m_presenting && !m_fitPending) {
        m_fitPending = true;
        QTimer::singleShot(0, this, &MainWindow::fitPresentation);
    }
}

void MainWindow::setLessonWidget(QWidget *lesson, const QString &title)
{
    Q_ASSERT(!m_lesson);
    m_lesson = lesson;
    m_lessonDock = new QDockWidget(title, this);
    m_lessonDock->setObjectName(u"lessonDock"_s);
    m_lessonDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_lessonDock->setWidget(lesson);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    m_projection->setLesson(lesson); // in presentation mode: into the console or the overlay
    // The narration's share of the width (about 360-420 px at 1280): its
    // sentences and code lines read whole; the diagram and the timeline with
    // every call button's whole label keep the rest (once the window has its size).
    m_lessonShare = qBound(0.15, QSettings().value(u"window/lessonShare"_s, 0.3).toDouble(), 0.6);
    m_lessonDock->installEventFilter(this); // the person drags its edge: a new share
    QTimer::singleShot(0, m_lessonDock, [this] { fitLessonDock(); });
    if (m_presenting)
        m_lessonDock->hide();
}

void MainWindow::fitLessonDock()
{
    if (m_presenting || !m_lessonDock || !m_lessonDock->isVisible() || m_lessonDock->isFloating()
        || width() <= 0)
        return;
    m_fittingDock = true;
    // Least widths as they are now (a splitter does not pass a child's new
    // one on by itself).
    m_horizontal->updateGeometry();
    m_vertical->updateGeometry();
    resizeDocks({m_lessonDock}, {qRound(width() * m_lessonShare)}, Qt::Horizontal);
    m_fittingDock = false;
    m_dockFittedWidth = width();
}

void MainWindow::setDefaultEndpoint(const QString &host, const QString &port)
{
    m_defaultHost = host;
    m_defaultPort = port;
    m_calls->fields()->setEndpoint(host, port);
    if (ExplorersWidget *explorers = m_explorers->builtExplorers()) {
        GetaddrinfoExplorer *lookup = explorers->getaddrinfoExplorer();
        lookup->setQuery(u"localhost"_s, port, lookup->hints());
    }
}

void MainWindow::useAddressInfo(const AddrInfo &info)
{
    // The client's socket(*info[:3]) and connect(info[-1]): the drawer's
    // family, type, host and port (the server's bind() uses them too).
    const Endpoint &address = info.sockaddr;
    if (address.family() != AF_INET && address.family() != AF_INET6)
        return; // getaddrinfo gives IP addresses only
    m_calls->fields()->useAddressInfo(info.family, info.type, address.host(), address.port());
    m_calls->setDrawerOpen(true);
    statusBar()->showMessage(
        tr("The client's arguments are the chosen row's: %1").arg(address.toPythonTuple()), 6000);
}

ExplorersWidget *MainWindow::explorers()
{
    return m_explorers->explorers();
}

void MainWindow::showExplorer(ExplorersWidget::Explorer which)
{
    if (!m_presenting) // presentation: the focus view hosts them
        m_explorers->setExplorersShown(true);
    m_explorers->explorers()->showExplorer(which);
}

void MainWindow::setZoom(double factor)
{
    m_zoom = qBound(0.5, factor, 4.0);
    applyFont();
    if (isVisible())
        statusBar()->showMessage(tr("Zoom %1%").arg(qRound(m_zoom * 100)), 2000);
}

void MainWindow::applyFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(m_basePointSize * m_zoom * m_scale);
    QApplication::setFont(f);
    // Widgets a style sheet styles (the high-contrast theme) keep their old
    // font until the sheet is applied again.
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        app && !app->styleSheet().isEmpty())
        app->setStyleSheet(app->styleSheet());
    m_diagram->setZoom(m_zoom);
    if (m_presenting) {
        const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
        const int height = screen ? screen->geometry().height() : 720;
        m_focus->setTextScale(qMax(1.0, height / 720.0) * m_zoom);
    }
}

double MainWindow::presentationScale(int height)
{
    return qBound(1.2, 1.2 * height / 720.0, 2.4);
}

void MainWindow::setPresentation(bool on)
{
    m_presentation->setChecked(on); // toggled: applyPresentation
}

void MainWindow::applyPresentation(bool on)
{
    if (on == m_presenting)
        return;
    // The diagram, the panels and the lesson only, full screen. The menus'
    // shortcuts stay live (they are also the window's actions).
    if (on && !m_presenting) {
        m_normalState = saveState();
        m_normalHorizontal = m_horizontal->saveState();
    }
    m_presenting = on;
    // Only the stage's focus: the usual content hidden, not squeezed.
    m_vertical->setVisible(!on);
    m_focus->setVisible(on);
    menuBar()->setVisible(!on);
    m_transcript->setVisible(!on);
    // The call buttons are the student's controls; presentation shows the
    // calls themselves (the lesson's demo makes them), so the timeline keeps the room.
    m_calls->setVisible(!on);
    statusBar()->setVisible(!on);
    // With two screens the projection's (Projection::projectionScreen).
    QScreen *screen = on ? m_projection->projectionScreen()
                         : (this->screen() ? this->screen() : QGuiApplication::primaryScreen());
    const QSize full = screen ? screen->geometry().size() : QSize(1280, 720);
    m_scale = on ? presentationScale(full.height()) : 1.0;
    applyFont();
    // The back row reads rows of 28 px and details of 22 px at 720 lines.
    const double lines = qMax(1.0, full.height() / 720.0);
    m_timeline->setTextPixelSizes(on ? qRound(28 * lines) : 0, on ? qRound(22 * lines) : 0);
    m_diagram->setMinimumTextPixelSize(on ? qRound(22 * lines) : 14);
    if (on) {
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->hide();
        // The lesson out of its dock: to the console on the laptop's screen,
        // or (one screen) a caption with the whole narration a key away.
        if (m_lesson)
            m_lessonDock->setWidget(nullptr);
        m_projection->enter(screen, m_scale, qRound(28 * lines));
        m_focus->hostDiagram(m_diagram);
        m_focus->hostExplorers(m_explorers->explorers());
        m_focus->setFocus();
        // The strip 40 % of the height until it asks for its own (fitPresentation).
        const int diagram = full.width() * 29 / 100;
        m_horizontal->setSizes({diagram, full.width() - diagram});
        updateColumns();
        m_work->setSizes({full.height() * 60 / 100, full.height() * 40 / 100});
        showFullScreen();
        scheduleFit();
    } else {
        m_projection->leave();
        if (m_lesson) {
            m_lessonDock->setWidget(m_lesson);
            m_lesson->show();
        }
        if (LayerDiagram *diagram = m_focus->releaseDiagram())
            m_horizontal->insertWidget(0, diagram);
        if (ExplorersWidget *explorers = m_focus->releaseExplorers())
            m_explorers->takeBack(explorers);
        updateColumns();
        // The dock's size in a restored state is no drag by the person: its
        // share stays, and it is fitted to it once the window has its size.
        m_fittingDock = true;
        showNormal();
        m_projection->restoreWindowGeometry();
        restoreState(m_normalState);
        m_horizontal->restoreState(m_normalHorizontal);
        m_fittingDock = false;
        m_dockFittedWidth = -1;
        QTimer::singleShot(0, this, &MainWindow::fitLessonDock);
    }
    emit presentationChanged(on);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitLessonDock();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The dock resized while the window kept its width, with the mouse
    // button down: the person dragged its edge, and the window keeps that
    // share from now on. Resized otherwise (the panels' least width changed
    // as presentation's type went back to normal): fitted to its share again
    // once the layout has settled.
    if (watched == m_lessonDock && event->type() == QEvent::Resize && !m_fittingDock
        && !m_presenting && !m_lessonDock->isFloating() && width() > 0) {
        if (QGuiApplication::mouseButtons() & Qt::LeftButton) {
            if (width() == m_dockFittedWidth)
                m_lessonShare = qBound(0.15, double(m_lessonDock->width()) / width(), 0.6);
        } else if (qAbs(m_lessonDock->width() - qRound(width() * m_lessonShare)) > 2) {
            QTimer::singleShot(0, this, &MainWindow::fitLessonDock);
        }
    }
    // Shown again (leaving presentation, whose saved state may be from before
    // the window had its size): at its share once laid out.
    if (watched == m_lessonDock && event->type() == QEvent::Show)
        QTimer::singleShot(0, this, &MainWindow::fitLessonDock);
    // The lesson asks for another height, or a dock came or went.
    if ((watched == m_work && event->type() == QEvent::LayoutRequest)
        || (watched == m_horizontal && event->type() == QEvent::Resize))
        scheduleFit();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitPresentation()
{
    m_fitPending = false;
    if (!m_presenting)
        return;
    // The diagram 29 % of the width beside the timeline (its layer names
    // fit at 1280×720); beside an explorer 22 %, so the narration keeps its room.
    const bool panels = m_explorers->isVisible() && !m_explorers->explorersShown();
    const int width = m_horizontal->width() - m_horizontal->handleWidth();
    const int diagram = width * (panels ? 29 : 22) / 100;
    QList<int> sizes = m_horizontal->sizes();
    if (sizes.size() == 2 && qAbs(sizes.at(0) - diagram) > 2)
        m_horizontal->setSizes({diagram, width - diagram});
    if (!m_lesson || m_work->indexOf(m_lesson) < 0 || !panels)
        return;
    // The strip as tall as the lesson asks (its whole narration), within
    // 30-64 % of the height; the timeline the rest.
    const int total = m_work->height() - m_work->handleWidth();
    const int strip = qBound(total * 30 / 100, m_lesson->sizeHint().height(), total * 64 / 100);
    sizes = m_work->sizes();
    if (sizes.size() == 2 && qAbs(sizes.at(1) - strip) > 2)
        m_work->setSizes({total - strip, strip});
}

void MainWindow::recordEvent(const CallEvent &event)
{
    m_transcriptData->record(event);
    m_timelineModel->record(event);
    // The status bar tells the last call: of a run, only its last call is
    // kept (a run holds up to LiveSocket::MaxRunBytes).
    event.forEachCall(event.callCount() - 1, [this](const CallEvent &last) { m_lastEvent = last; });
    m_lastCall->request();
    emit callRecorded(event);
}

QString MainWindow::lastCallText(const CallEvent &event)
{
    CallEvent last = event;
    event.forEachCall(event.callCount() - 1, [&last](const CallEvent &one) { last = one; });
    const QString statement = Transcript::pythonStatement(last, last.acceptedObject, false);
    const QString side = CallEvent::sideName(last.side);
    QString text;
    switch (last.phase) {
    case CallEvent::Phase::Waiting:
        text = tr("%1: waiting in %2").arg(side, statement);
        break;
    case CallEvent::Phase::Cancelled:
        text = tr("%1: %2 was cancelled").arg(side, statement);
        break;
    case CallEvent::Phase::Done: {
        // An assignment shows what it made; a call Python shows nothing for returned None.
        const QString result = Transcript::pythonResult(last);
        if (!last.error && last.call == CallEvent::Call::Socket)
            text = tr("%1: %2  # fd %3").arg(side, statement).arg(last.returned);
        else if (!last.error && last.call == CallEvent::Call::Accept)
            text = tr("%1: %2  # from %3").arg(side, statement, last.address.toString());
        else
            text = tr("%1: %2 → %3").arg(side, statement, result.isEmpty() ? u"None"_s : result);
        break;
    }
    }
    if (event.isRun())
        text += tr(" (the last of %Ln call(s) in a row)", nullptr, int(event.callCount()));
    return text;
}

void MainWindow::saveTranscript()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save transcript"),
        u"socketlab-transcript.txt"_s, tr("Text (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!writeTranscript(path, &problem)) {
        QMessageBox::warning(this, tr("Save transcript"), problem);
        return;
    }
    statusBar()->showMessage(tr("Transcript saved to %1").arg(path), 4000);
}

void MainWindow::saveEvents()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save events"),
        u"socketlab-events.jsonl"_s, tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!writeEvents(path, &problem)) {
        QMessageBox::warning(this, tr("Save events"), problem);
        return;
    }
    statusBar()->showMessage(tr("Events saved to %1").arg(path), 4000);
}

bool MainWindow::writeTranscript(const QString &path, QString *problem) const
{
    const QString text = u"# server\n"_s % m_transcriptData->ipythonText(CallEvent::Side::Server)
        % u"\n\n# client\n"_s % m_transcriptData->ipythonText(CallEvent::Side::Client)
        % u"\n\n# C\n"_s % m_transcriptData->cText() % u'\n';
    return writeFile(path, text.toUtf8(), problem);
}

bool MainWindow::writeEvents(const QString &path, QString *problem) const
{
    return writeFile(path, m_transcriptData->jsonLines().toUtf8(), problem);
}

bool MainWindow::writeFile(const QString &path, const QByteArray &bytes, QString *problem)
{
    // Every byte written to a temporary file that then replaces `path`, or an
    // error and `path` untouched: a full disk is not "saved".
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Text)
        && file.write(bytes) == bytes.size() && file.commit();
    if (!written && problem)
        *problem = tr("Could not write %1: %2").arg(path, file.errorString());
    return written;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SocketLab"),
        tr("SocketLab %1\n\nEvery button makes a real system call on a real socket of "
           "this machine, and the window shows what the kernel answered.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    if (!m_presenting) // full screen is no size to come back to
        settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/verticalSplitter"_s, m_vertical->saveState());
    settings.setValue(u"window/state"_s, m_presenting ? m_normalState : saveState());
    settings.setValue(
        u"window/diagramSplitter"_s, m_presenting ? m_normalHorizontal : m_horizontal->saveState());
    settings.setValue(u"view/zoom"_s, m_zoom);
    if (m_lessonDock)
        settings.setValue(u"window/lessonShare"_s, m_lessonShare);
}
