#include "mainwindow.h"

#include "throttle.h"

#include "diagramlink.h"
#include "explorerdock.h"
#include "explorerswidget.h"
#include "layerdiagram.h"
#include "socketpanel.h"
#include "transcript.h"
#include "transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {
QScrollArea *scrolled(QWidget *widget, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Panels reflow to the width (wrapping button rows); only scroll down.
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_server(new SocketPanel(SocketPanel::Role::Server, this))
    , m_client(new SocketPanel(SocketPanel::Role::Client, this))
{
    setWindowTitle(tr("SocketLab — sockets, one real system call at a time"));
    setAccessibleName(u"SocketLab"_s);
    m_basePointSize = QApplication::font().pointSizeF();

    m_diagram = new LayerDiagram(this);
    m_diagram->setAccessibleName(tr("TCP/IP layer diagram"));
    // Narrower than it would like at 1280×720, so both panels keep room;
    // it lays itself out in the width it gets.
    {
        const int u = QFontMetrics(font()).height();
        m_diagram->setMinimumSize(19 * u, 14 * u);
    }
    m_diagramSlot = m_diagram;
    m_diagramLink = new DiagramLink(m_diagram, m_server, m_client, this);

    m_serverArea = scrolled(m_server, this);
    m_clientArea = scrolled(m_client, this);
    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->setObjectName(u"panelsSplitter"_s);
    m_horizontal->addWidget(m_diagramSlot);
    m_horizontal->addWidget(m_serverArea);
    m_horizontal->addWidget(m_clientArea);
    m_horizontal->setStretchFactor(0, 2);
    m_horizontal->setStretchFactor(1, 3);
    m_horizontal->setStretchFactor(2, 3);
    m_horizontal->setChildrenCollapsible(true);

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
    setCentralWidget(m_vertical);

    for (SocketPanel *panel : {m_server, m_client}) {
        connect(panel, &SocketPanel::callRecorded, this, &MainWindow::recordEvent);
        connect(panel, &SocketPanel::callRecorded, m_diagramLink, &DiagramLink::record);
    }
    m_explorers = new ExplorerDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_explorers);
    m_explorers->hide();
    connect(m_explorers, &ExplorerDock::explorersBuilt, this, [this](ExplorersWidget *explorers) {
        connect(explorers, &ExplorersWidget::callRecorded, this, &MainWindow::recordEvent);
        connect(explorers, &ExplorersWidget::addressInfoChosen, this,
            [this](const AddrInfo &info) { m_client->useAddressInfo(info); });
    });
    // An event on one side can change what the other side's kernel reports
    // (a FIN, an accept-queue entry): each side re-reads after the other acts.
    // At most every 40 ms, not once per call: a recv(8) flood makes
    // millions of calls, and a refresh asks the kernel several questions.
    for (SocketPanel *panel : {m_server, m_client}) {
        SocketPanel *other = panel == m_server ? m_client : m_server;
        auto *throttle = new Throttle(40, [other] { other->refresh(); }, other);
        connect(panel, &SocketPanel::callRecorded, throttle, &Throttle::request);
    }

    buildMenus();
    statusBar()->showMessage(tr("Start with server = socket(), then bind, listen and accept."));

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QRect available = QGuiApplication::primaryScreen()
            ? QGuiApplication::primaryScreen()->availableGeometry()
            : QRect(0, 0, 1280, 720);
        resize(available.width() > 1400 ? available.size() * 0.92 : available.size());
        m_vertical->setSizes({height() * 4 / 5, height() / 5});
        const int diagram = qBound(
            19 * QFontMetrics(font()).height(), width() / 4, 36 * QFontMetrics(font()).height());
        m_horizontal->setSizes({diagram, (width() - diagram) / 2, (width() - diagram) / 2});
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_vertical->restoreState(settings.value(u"window/verticalSplitter"_s).toByteArray());
    m_horizontal->restoreState(settings.value(u"window/horizontalSplitter"_s).toByteArray());
    setZoom(settings.value(u"view/zoom"_s, 1.0).toDouble());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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
    m_explorersMenu = view->addMenu(tr("&Explorers"));
    QAction *dockToggle = m_explorers->toggleViewAction();
    dockToggle->setText(tr("Show &explorers"));
    dockToggle->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_explorersMenu->addAction(dockToggle);
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
    zoomIn->setShortcuts({QKeySequence(u"Ctrl++"_s), QKeySequence(u"Ctrl+="_s)});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] { setZoom(m_zoom / 1.15); });
    zoomOut->setShortcut(QKeySequence(u"Ctrl+-"_s));
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
    connect(m_presentation, &QAction::toggled, this, &MainWindow::setPresentation);

    auto *leave = new QAction(tr("Leave presentation mode"), this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] {
        if (m_presentation->isChecked())
            m_presentation->setChecked(false);
    });
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
    m_serverArea->setVisible(roles != Roles::Client);
    m_clientArea->setVisible(roles != Roles::Server);
}

void MainWindow::setDefaultEndpoint(const QString &host, const QString &port)
{
    for (SocketPanel *panel : {m_server, m_client}) {
        panel->setHost(host);
        panel->setPort(port);
        if (host.contains(u':'))
            panel->setFamily(AF_INET6);
    }
}

void MainWindow::setDiagramWidget(QWidget *widget)
{
    const int index = m_horizontal->indexOf(m_diagramSlot);
    const QList<int> sizes = m_horizontal->sizes();
    m_horizontal->replaceWidget(index, widget);
    m_diagramSlot->deleteLater();
    m_diagramSlot = widget;
    m_horizontal->setSizes(sizes);
}

void MainWindow::addExplorer(QWidget *explorer, const QString &title)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(u"dock_"_s % title);
    dock->setWidget(explorer);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_explorersMenu->addAction(dock->toggleViewAction());
}

std::optional<QByteArray> MainWindow::lookupSubject(const QString &subject) const
{
    const qsizetype dot = subject.indexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    const QString side = subject.left(dot);
    const QString rest = subject.mid(dot + 1);
    if (side == u"server")
        return m_server->subject(rest);
    if (side == u"client")
        return m_client->subject(rest);
    return std::nullopt;
}

void MainWindow::showExplorer(ExplorersWidget::Explorer which)
{
    m_explorers->show();
    m_explorers->raise();
    m_explorers->explorers()->showExplorer(which);
}

void MainWindow::setZoom(double factor)
{
    m_zoom = qBound(0.5, factor, 4.0);
    QFont f = QApplication::font();
    f.setPointSizeF(m_basePointSize * m_zoom);
    QApplication::setFont(f);
    if (isVisible())
        statusBar()->showMessage(tr("Zoom %1%").arg(qRound(m_zoom * 100)), 2000);
}

void MainWindow::setPresentation(bool on)
{
    // Diagram and panels only, full screen. The menus' shortcuts stay live
    // (they are also the window's actions); F5 or Escape comes back.
    menuBar()->setVisible(!on);
    m_transcript->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->hide();
        showFullScreen();
    } else {
        showNormal();
    }
}

void MainWindow::recordEvent(const CallEvent &event)
{
    m_transcriptData->record(event);
    emit callRecorded(event);
}

void MainWindow::saveTranscript()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save transcript"),
        u"socketlab-transcript.txt"_s, tr("Text (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Save transcript"),
            tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    const QString text = u"# server\n"_s % m_transcriptData->ipythonText(u"server"_s)
        % u"\n\n# client\n"_s % m_transcriptData->ipythonText(u"client"_s) % u"\n\n# C\n"_s
        % m_transcriptData->cText() % u'\n';
    file.write(text.toUtf8());
    statusBar()->showMessage(tr("Transcript saved to %1").arg(path), 4000);
}

void MainWindow::saveEvents()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save events"),
        u"socketlab-events.jsonl"_s, tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        QMessageBox::warning(
            this, tr("Save events"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write(m_transcriptData->jsonLines().toUtf8());
    statusBar()->showMessage(tr("Events saved to %1").arg(path), 4000);
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
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/verticalSplitter"_s, m_vertical->saveState());
    settings.setValue(u"window/horizontalSplitter"_s, m_horizontal->saveState());
    settings.setValue(u"view/zoom"_s, m_zoom);
    QMainWindow::closeEvent(event);
}
