#include "mainwindow.h"

#include "eventlog.h"
#include "socketpanel.h"

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
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
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

QPlainTextEdit *logView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setAccessibleName(name);
    view->setMaximumBlockCount(20000);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = view->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    view->setFont(mono);
    return view;
}

// Python's bytes literal, e.g. b'Hi\x00\n'.
QString pyBytes(const QByteArray &data)
{
    QString out = u"b'"_s;
    for (const char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\\' || c == '\'')
            out += u'\\' % QLatin1Char(char(c));
        else if (c == '\n')
            out += u"\\n"_s;
        else if (c == '\r')
            out += u"\\r"_s;
        else if (c == '\t')
            out += u"\\t"_s;
        else if (c < 0x20 || c >= 0x7f)
            out += u"\\x"_s % QString::number(c, 16).rightJustified(2, u'0');
        else
            out += QLatin1Char(char(c));
    }
    return out % u'\'';
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

    // Slot for the layer diagram (diagram helper's LayerDiagram replaces it).
    auto *placeholder = new QLabel(tr("TCP/IP layer diagram"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setFrameShape(QFrame::StyledPanel);
    placeholder->setMinimumWidth(160);
    m_diagramSlot = placeholder;

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

    // Transcript tabs (bytes helper's TranscriptView replaces these).
    m_transcript = new QTabWidget(this);
    m_transcript->setAccessibleName(tr("Transcript"));
    m_serverLog = logView(tr("Server transcript"), m_transcript);
    m_clientLog = logView(tr("Client transcript"), m_transcript);
    m_jsonLog = logView(tr("Events as JSON lines"), m_transcript);
    m_transcript->addTab(m_serverLog, tr("Server"));
    m_transcript->addTab(m_clientLog, tr("Client"));
    m_transcript->addTab(m_jsonLog, tr("JSON"));

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(u"mainSplitter"_s);
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(m_transcript);
    m_vertical->setStretchFactor(0, 4);
    m_vertical->setStretchFactor(1, 1);
    setCentralWidget(m_vertical);

    for (SocketPanel *panel : {m_server, m_client}) {
        connect(panel, &SocketPanel::callRecorded, this, &MainWindow::recordEvent);
    }
    // An event on one side can change what the other side's kernel reports
    // (a FIN, an accept-queue entry): each side re-reads after the other acts.
    connect(m_server, &SocketPanel::callRecorded, m_client, &SocketPanel::refresh);
    connect(m_client, &SocketPanel::callRecorded, m_server, &SocketPanel::refresh);

    buildMenus();
    statusBar()->showMessage(tr("Start with server = socket(), then bind, listen and accept."));

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QRect available = QGuiApplication::primaryScreen()
            ? QGuiApplication::primaryScreen()->availableGeometry()
            : QRect(0, 0, 1280, 720);
        resize(available.size().boundedTo(QSize(1600, 1000)));
        m_vertical->setSizes({height() * 4 / 5, height() / 5});
        m_horizontal->setSizes({width() / 6, width() * 5 / 12, width() * 5 / 12});
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
    QAction *saveTranscript = file->addAction(tr("Save &transcript…"), this, &MainWindow::saveTranscript);
    saveTranscript->setShortcut(QKeySequence::Save);
    QAction *saveEvents = file->addAction(tr("Save &events (JSON lines)…"), this, &MainWindow::saveEvents);
    saveEvents->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_explorersMenu = view->addMenu(tr("&Explorers"));
    QAction *none = m_explorersMenu->addAction(tr("(none loaded yet)"));
    none->setEnabled(false);
    none->setObjectName(u"noExplorers"_s);
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About SocketLab"), this, &MainWindow::about);
    aboutAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
    if (QAction *none = m_explorersMenu->findChild<QAction *>(u"noExplorers"_s))
        m_explorersMenu->removeAction(none);
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(u"dock_"_s % title);
    dock->setWidget(explorer);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_explorersMenu->addAction(dock->toggleViewAction());
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
    // Diagram and panels only, full screen.
    menuBar()->setVisible(true);
    m_transcript->setVisible(!on);
    statusBar()->setVisible(!on);
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (on)
            dock->hide();
    }
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::recordEvent(const CallEvent &event)
{
    emit callRecorded(event);

    m_jsonLog->appendPlainText(QString::fromUtf8(QJsonDocument(EventLog::toJson(event)).toJson(QJsonDocument::Compact)));

    // Minimal IPython-style lines until the Transcript renderer lands.
    const bool server = event.side == u"server";
    QPlainTextEdit *log = server ? m_serverLog : m_clientLog;
    int &n = server ? m_serverIn : m_clientIn;
    if (event.phase == CallEvent::Phase::Waiting) {
        log->appendPlainText(u"   # "_s % event.object % u'.' % event.call % tr("() is waiting for the kernel…"));
        return;
    }
    if (event.phase == CallEvent::Phase::Cancelled) {
        log->appendPlainText(u"   # "_s % event.object % u'.' % event.call % tr("() cancelled (KeyboardInterrupt)"));
        return;
    }
    ++n;
    QString args;
    QString lhs;
    if (event.call == u"socket") {
        lhs = event.object % u" = "_s;
        args = QString::number(event.family) % u", "_s % QString::number(event.type) % u", "_s
            % QString::number(event.proto);
    } else if (event.call == u"bind" || event.call == u"connect") {
        args = event.address.toPythonTuple();
    } else if (event.call == u"listen" || event.call == u"recv" || event.call == u"shutdown") {
        args = QString::number(event.number);
    } else if (event.call == u"send" || event.call == u"sendall") {
        args = pyBytes(event.data.left(200)) % (event.data.size() > 200 ? u"…"_s : QString());
    } else if (event.call == u"accept") {
        lhs = event.peerObject.isEmpty() ? u"conn, addr = "_s : event.peerObject % u", addr = "_s;
    } else if (event.call == u"getaddrinfo") {
        lhs = u"infos = "_s;
        args = u'\'' % event.text % u"', '"_s % event.service % u'\'';
    }
    const QString object = event.call == u"socket" || event.call == u"getaddrinfo" ? u"socket"_s : event.object;
    log->appendPlainText(u"In ["_s % QString::number(n) % u"]: "_s % lhs % object % u'.' % event.call
                         % u'(' % args % u')');
    QString out;
    if (event.error)
        out = event.error.pythonException();
    else if (event.call == u"recv")
        out = pyBytes(event.data);
    else if (event.call == u"send")
        out = QString::number(event.returned);
    else if (event.call == u"accept")
        out = tr("addr = %1").arg(event.address.toPythonTuple());
    else if (event.call == u"getaddrinfo")
        out = event.result;
    if (!out.isEmpty())
        log->appendPlainText((event.error ? QString() : u"Out["_s % QString::number(n) % u"]: "_s) % out);
}

void MainWindow::saveTranscript()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save transcript"), u"socketlab-transcript.txt"_s,
                                                      tr("Text (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Save transcript"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    const QString text = u"# server\n"_s % m_serverLog->toPlainText() % u"\n\n# client\n"_s
        % m_clientLog->toPlainText() % u'\n';
    file.write(text.toUtf8());
    statusBar()->showMessage(tr("Transcript saved to %1").arg(path), 4000);
}

void MainWindow::saveEvents()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save events"), u"socketlab-events.jsonl"_s,
                                                      tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Save events"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write(m_jsonLog->toPlainText().toUtf8() + '\n');
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
