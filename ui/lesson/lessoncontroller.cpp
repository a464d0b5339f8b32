#include "ui/lesson/lessoncontroller.h"

#include "core/bytes/receiveloop.h"
#include "core/lab/throughput.h"
#include "core/net/freeport.h"
#include "core/net/livesocket.h"
#include "core/platform/constants.h"
#include "core/record/transcript.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/explorers/explorerdock.h"
#include "ui/explorers/explorerswidget.h"
#include "ui/explorers/getaddrinfoexplorer.h"
#include "ui/explorers/socketplayground.h"
#include "ui/lanes/socketpanel.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/window/mainwindow.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTextEdit>
#include <QTimer>

#include <sys/socket.h>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

constexpr int settleMs = 4000; // longest wait for one action to settle
constexpr int pollMs = 20;
constexpr int flashMs = 350;
constexpr int quietMs = 150; // a waiting receive loop with nothing new this long has settled

bool isOpen(const LiveSocket *socket)
{
    return socket && socket->state() != LiveSocket::State::Unopened
        && socket->state() != LiveSocket::State::Closed;
}

QStringList socketArgs(const QStringList &args)
{
    // Python's socket.socket() defaults: the panels' combos may hold another
    // stage's choice, so an action without arguments names them.
    return args.isEmpty() ? QStringList {u"AF_INET"_s, u"SOCK_STREAM"_s, u"0"_s} : args;
}

bool isTextField(const QWidget *widget)
{
    if (!widget)
        return false;
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    return false;
}

// Whether the focused widget has a use for `key`; the presenter keys then
// leave it alone. Space presses what has keyboard focus (a button, a check
// box, the diagram's layer); the arrows, Home, End and the page keys move in
// text, lists, tables, tabs and combo boxes.
bool focusUses(const QWidget *widget, int key)
{
    if (!widget)
        return false;
    if (isTextField(widget))
        return true;
    if (key == Qt::Key_Space)
        return (widget->focusPolicy() & Qt::TabFocus) != 0;
    if (key == Qt::Key_Backspace)
        return false;
    return qobject_cast<const QAbstractScrollArea *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QTabBar *>(widget);
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

LessonController::LessonController(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_panel = new LessonPanel;
    window->setLessonWidget(m_panel, tr("Lesson"));
    // Presentation mode: narration, title and buttons in large type.
    connect(window, &MainWindow::presentationChanged, m_panel, &LessonPanel::setCompact);
    m_panel->setCompact(window->isPresenting());

    connect(m_panel, &LessonPanel::stageChanged, this, &LessonController::enterStage);
    connect(m_panel, &LessonPanel::demoRequested, this, [this](const Stage &) { runDemo(); });
    // A stage's connection is the newest one: earlier stages' closed ones
    // stay listed in the panel, but the checks and data calls use the new one.
    SocketPanel *server = window->serverPanel();
    connect(server, &SocketPanel::connectionAccepted, this,
        [server] { server->selectConnection(int(server->connections().size()) - 1); });
    connect(this, &LessonController::stageReady, this, [this](int index) {
        if (m_autoplay && index == m_panel->currentIndex())
            QTimer::singleShot(0, this, &LessonController::runDemo);
    });
    connect(this, &LessonController::demoFinished, this, [this](int index, bool) {
        if (!m_autoplay)
            return;
        const QString id = m_lesson.stage(index).id;
        for (const QString &failure : std::as_const(m_failures))
            m_autoplayFailures << id + u": "_s + failure;
        const int generation = m_generation;
        QTimer::singleShot(m_autoplayPause, this, [this, index, generation] {
            if (!m_autoplay || generation != m_generation)
                return; // someone moved on by hand: follow from there
            if (index + 1 < m_lesson.count()) {
                m_panel->setCurrentIndex(index + 1);
            } else {
                m_autoplay = false;
                emit autoplayFinished(m_autoplayFailures.isEmpty());
            }
        });
    });
    qApp->installEventFilter(this);
}

QDockWidget *LessonController::dock() const
{
    return m_window->lessonDock();
}

LessonController::~LessonController()
{
    ++m_generation;
    qApp->removeEventFilter(this);
    for (const QPointer<LiveSocket> &socket : std::as_const(m_crowd))
        delete socket.data();
}

void LessonController::setLesson(const Lesson &lesson, int port)
{
    m_lesson = lesson;
    m_port = port < 0 || port > 65535 ? lesson.port() : quint16(port);
    if (m_port == 0)
        m_port = FreePort::find(u"127.0.0.1"_s);
    m_portNote.clear();
    // The lesson port may be taken (another SocketLab, a teacher's server):
    // then the next free port above it stands in for it everywhere. Not a
    // kernel-chosen one: those lie in the ephemeral range, where the demo's
    // own client ports (and their TIME_WAIT) may land on it later.
    if (m_port != 0 && !FreePort::isFree(u"127.0.0.1"_s, m_port)) {
        quint16 other = 0;
        for (int candidate = m_port + 1; candidate <= qMin(65535, m_port + 500) && other == 0;
             ++candidate) {
            if (FreePort::isFree(u"127.0.0.1"_s, quint16(candidate)))
                other = quint16(candidate);
        }
        if (other == 0)
            other = FreePort::find(u"127.0.0.1"_s);
        m_portNote = tr("Port %1 is in use on this machine, so the lesson uses port %2 instead.")
                         .arg(m_port)
                         .arg(other);
        m_port = other;
    }
    m_window->setDefaultEndpoint(m_window->defaultHost(), QString::number(m_port));
    m_panel->setLesson(lesson); // emits stageChanged(0)
    m_panel->setValues(Lesson::systemValues(m_port));
}

void LessonController::startAutoplay(int from, int pauseMs)
{
    m_autoplay = true;
    m_autoplayPause = qMax(0, pauseMs);
    m_autoplayFailures.clear();
    from = qBound(0, from, int(m_lesson.count()) - 1);
    if (m_panel->currentIndex() == from)
        enterStage(from);
    else
        m_panel->setCurrentIndex(from);
}

void LessonController::setNotice(const QString &text)
{
    m_notice = text;
    m_panel->setResult(QStringList {m_notice, m_portNote}.join(u'\n').trimmed());
}

DemoAction LessonController::localized(const DemoAction &action) const
{
    return m_port == m_lesson.port() ? action : action.withPort(m_lesson.port(), m_port);
}

void LessonController::resetPanels()
{
    delete m_serverLoop.data();
    delete m_clientLoop.data();
    for (const QPointer<LiveSocket> &socket : std::as_const(m_crowd)) {
        if (isOpen(socket))
            socket->close();
        delete socket.data();
    }
    m_crowd.clear();
    m_crowdTimedOut = 0;
    m_crowdRefused = 0;
    m_points = 0;
    m_lastPort = 0;

    SocketPanel *server = m_window->serverPanel();
    SocketPanel *client = m_window->clientPanel();
    // Client first, then the server's connections, then the listener: the
    // side that closes first keeps TIME_WAIT, and it should not be the port
    // the next stage binds.
    if (isOpen(client->socket())) {
        client->socket()->cancel();
        client->perform(u"close"_s);
    }
    for (LiveSocket *conn : server->connections()) {
        if (isOpen(conn)) {
            conn->cancel();
            conn->close();
        }
    }
    if (isOpen(server->socket())) {
        server->socket()->cancel();
        server->perform(u"close"_s);
    }
    if (ExplorersWidget *explorers = m_window->explorerDock()->builtExplorers())
        explorers->socketPlayground()->closeAll();
    m_window->setDefaultEndpoint(m_window->defaultHost(), QString::number(m_port));
    QDir folder(m_folder.path());
    for (const QString &name : folder.entryList(QDir::Files | QDir::System))
        folder.remove(name);
    server->clearRecord();
    client->clearRecord();
}

void LessonController::enterStage(int index)
{
    if (index < 0 || index >= m_lesson.count())
        return;
    ++m_generation;
    m_queue.clear();
    m_busy = true;
    m_failures.clear();
    m_panel->setDemoRunning(false);
    m_panel->setDemoStep(-1);
    setNotice(m_notice);
    resetPanels();

    const Stage &stage = m_lesson.stage(index);
    if (LayerDiagram *diagram = m_window->layerDiagram())
        diagram->setHighlightedLayers(stage.layers);
    // An explorer stage without sockets: the explorer gets the room.
    // So does a measuring stage without sockets: the chart gets it.
    const bool measures = std::any_of(stage.actions.cbegin(), stage.actions.cend(),
        [](const DemoAction &action) { return action.target() == u"measure"; });
    const bool explorerOnly = stage.panels == u"none" && (!stage.explorers.isEmpty() || measures);
    m_window->setRoles(stage.panels == u"server" ? MainWindow::Roles::Server
            : stage.panels == u"client"          ? MainWindow::Roles::Client
            : explorerOnly                       ? MainWindow::Roles::None
                                                 : MainWindow::Roles::Both);
    if (!stage.explorers.isEmpty()) {
        if (const auto which = ExplorersWidget::explorerFromName(stage.explorers.constFirst()))
            m_window->showExplorer(*which);
    } else if (m_window->isPresenting()) {
        m_window->explorerDock()->hide(); // an earlier stage's explorer: the panels need the room
    }

    QList<Step> steps;
    for (const DemoAction &action : m_lesson.startActions(index))
        steps.append({localized(action), false, -1});
    startQueue(steps, m_generation, [this, index] {
        m_window->serverPanel()->clearRecord();
        m_window->clientPanel()->clearRecord();
        emit stageReady(index);
    });
}

void LessonController::runDemo()
{
    const int index = m_panel->currentIndex();
    if (m_busy || index < 0)
        return;
    const Stage &stage = m_lesson.stage(index);
    m_busy = true;
    m_failures.clear();
    m_window->serverPanel()->clearRecord();
    m_window->clientPanel()->clearRecord();
    m_panel->setDemoRunning(true);
    m_panel->setResult(tr("Running the demo…"));
    QList<Step> steps;
    for (int i = 0; i < stage.actions.size(); ++i)
        steps.append({localized(stage.actions.at(i)), true, i});
    startQueue(steps, m_generation, [this, index] {
        m_panel->setDemoStep(m_lesson.stage(index).actions.size());
        checkExpectations(index);
        m_panel->setDemoRunning(false);
        emit demoFinished(index, m_failures.isEmpty());
    });
}

void LessonController::startQueue(
    const QList<Step> &steps, int generation, std::function<void()> done)
{
    m_queue = steps;
    m_done = std::move(done);
    QTimer::singleShot(0, this, [this, generation] { performNext(generation); });
}

void LessonController::performNext(int generation)
{
    if (generation != m_generation)
        return;
    if (m_queue.isEmpty()) {
        m_busy = false;
        if (m_done) {
            const std::function<void()> done = std::exchange(m_done, {});
            done();
        }
        return;
    }
    const Step step = m_queue.takeFirst();
    if (step.visible)
        m_panel->setDemoStep(step.demoIndex);
    Settled settled;
    m_flashing = step.visible;
    const QString problem = perform(step.action, &settled);
    m_flashing = false;
    if (!problem.isEmpty())
        m_failures << tr("step \"%1\": %2").arg(step.action.source(), problem);
    m_settled = settled;
    m_settleDeadline = QDeadlineTimer(settleMs);
    m_pause = step.visible ? m_pace : 0;
    waitUntilSettled(generation);
}

void LessonController::waitUntilSettled(int generation)
{
    if (generation != m_generation)
        return;
    if (m_settled && !m_settled() && !m_settleDeadline.hasExpired()) {
        QTimer::singleShot(pollMs, this, [this, generation] { waitUntilSettled(generation); });
        return;
    }
    m_settled = nullptr;
    QTimer::singleShot(m_pause, this, [this, generation] { performNext(generation); });
}

void LessonController::flash(SocketPanel *panel, const QString &call)
{
    if (m_pace == 0 || !m_flashing)
        return; // quiet replays and tests do not flash
    QPushButton *button = panel->button(call);
    if (!button || !button->isVisible())
        return;
    button->setDown(true);
    QTimer::singleShot(flashMs, button, [button] { button->setDown(false); });
}

QString LessonController::perform(const DemoAction &action, Settled *settled)
{
    const QString target = action.target();
    if (action.name() == u"reset") {
        resetPanels();
        return {};
    }
    if (target == u"server")
        return performServer(action, settled);
    if (target == u"client")
        return performClient(action, settled);
    if (target == u"crowd")
        return performCrowd(action, settled);
    if (target == u"measure")
        return performMeasure(action, settled);
    if (target == u"explorer") {
        ExplorersWidget *explorers = m_window->explorerDock()->explorers();
        m_window->explorerDock()->show();
        const QString problem = explorers->perform(action);
        if (action.verb() == u"getaddrinfo") {
            GetaddrinfoExplorer *explorer = explorers->getaddrinfoExplorer();
            *settled = [explorer] {
                return !explorer->isResolving();
            };
        }
        return problem;
    }
    return tr("unknown target %1").arg(target);
}

QString LessonController::startLoop(
    LiveSocket *socket, const DemoAction &action, QPointer<ReceiveLoop> *loop, Settled *settled)
{
    if (!socket)
        return tr("no connected socket to receive on");
    delete loop->data();
    *loop = new ReceiveLoop(socket, this);
    (*loop)->setDecode(Utf8Stream::Decode::Boundary); // the panel's ChunkModel shows the text
    if (const SocketError refused = action.configure(*loop))
        return refused.toString();
    (void)(*loop)->start(); // a refusal or errno shows in the panel through the call events
    // Settled when the loop stopped, or waits with nothing new for a moment
    // (an echo's chunks come back over several turns of the event loop).
    auto quiet = std::make_shared<QElapsedTimer>();
    quiet->start();
    // Any call on the socket is news (a loop's calls come as runs of many).
    connect(socket, &LiveSocket::callRecorded, *loop, [quiet] { quiet->restart(); });
    QPointer<ReceiveLoop> running = *loop;
    *settled = [running, quiet] {
        return !running || !running->isActive()
            || (running->isWaiting() && quiet->elapsed() > quietMs);
    };
    return {};
}

QString LessonController::performServer(const DemoAction &action, Settled *settled)
{
    SocketPanel *panel = m_window->serverPanel();
    const QString verb = action.verb();
    const QStringList args = action.args();
    auto refused = [](const SocketError &error) {
        return error.kind() == SocketError::Kind::Refused ? error.toString() : QString();
    };
    if (verb == u"socket") {
        delete m_serverLoop.data();
        flash(panel, verb);
        return refused(panel->perform(verb, socketArgs(args)));
    }
    LiveSocket *server = panel->socket();
    if (verb == u"setsockopt") {
        const bool on = args.value(1) == u"1";
        (void)(args.value(0) == u"SO_REUSEADDR" ? server->setReuseAddress(on)
                                                : server->setV6Only(on));
        return {};
    }
    if (verb == u"bind") {
        flash(panel, verb);
        if (args.size() == 1) { // AF_UNIX path, relative ones in our private folder
            const QString path
                = QDir::isAbsolutePath(args.at(0)) ? args.at(0) : m_folder.filePath(args.at(0));
            (void)server->bind(Endpoint::unixPath(path));
            panel->refresh();
            return {};
        }
        const QString port = args.value(1) == u"last" ? QString::number(m_lastPort) : args.value(1);
        // Revisiting stages: an earlier stage's closed connection may keep
        // the lesson port in TIME_WAIT for a minute. SO_REUSEADDR lets bind
        // reuse it (a socket still listening there is refused all the same);
        // the restart stage, which teaches EADDRINUSE, binds "last" instead.
        if (port == QString::number(m_port))
            (void)server->setReuseAddress(true);
        const SocketError error = panel->perform(verb, {args.value(0), port});
        if (!error)
            m_lastPort = server->laddr().port();
        return refused(error);
    }
    if (verb == u"listen" || verb == u"accept") {
        flash(panel, verb);
        return refused(panel->perform(verb, args));
    }
    if (verb == u"recvfrom") {
        flash(panel, u"recv"_s);
        (void)server->recvfrom(action.number(0));
        *settled = [server = QPointer(server)] {
            return !server || server->pendingRead() == LiveSocket::Pending::None;
        };
        return {};
    }
    LiveSocket *conn = panel->currentConnection();
    if (verb == u"recvloop")
        return startLoop(conn, action, &m_serverLoop, settled);
    if (!conn)
        return tr("the server has no connection for %1").arg(action.name());
    QPointer<LiveSocket> guard(conn);
    if (verb == u"recv") {
        flash(panel, verb);
        const QString problem = refused(panel->perform(verb, args));
        *settled = [guard] {
            return !guard || guard->pendingRead() == LiveSocket::Pending::None;
        };
        return problem;
    }
    if (verb == u"echo") {
        const qint64 size = action.number(0);
        connect(conn, &LiveSocket::received, this, [conn, size](const QByteArray &data) {
            if (data.isEmpty()) {
                conn->close();
                return;
            }
            (void)conn->sendall(data);
            (void)conn->recv(size);
        });
        (void)conn->recv(size);
        return {};
    }
    if (verb == u"send" || verb == u"sendall") {
        flash(panel, verb);
        const QString problem = refused(panel->sendBytes(verb, action.text()));
        *settled = [guard] {
            return !guard || guard->pendingWrite() == LiveSocket::Pending::None;
        };
        return problem;
    }
    if (verb == u"shutdown") {
        flash(panel, verb);
        return refused(panel->perform(verb, args));
    }
    if (verb == u"close") {
        flash(panel, args.isEmpty() ? u"close"_s : u"conn.close"_s);
        return refused(panel->perform(verb, args));
    }
    return tr("the app cannot perform %1 yet").arg(action.name());
}

QString LessonController::performClient(const DemoAction &action, Settled *settled)
{
    SocketPanel *panel = m_window->clientPanel();
    SocketPanel *serverPanel = m_window->serverPanel();
    const QString verb = action.verb();
    const QStringList args = action.args();
    auto refused = [](const SocketError &error) {
        return error.kind() == SocketError::Kind::Refused ? error.toString() : QString();
    };
    if (verb == u"getaddrinfo") {
        flash(panel, verb);
        (void)panel->perform(verb, args);
        *settled = [panel] {
            return !panel->isLookupRunning();
        };
        return {};
    }
    if (verb == u"socket") {
        delete m_clientLoop.data();
        flash(panel, verb);
        return refused(panel->perform(verb, socketArgs(args)));
    }
    LiveSocket *client = panel->socket();
    QPointer<LiveSocket> guard(client);
    QPointer<LiveSocket> server(serverPanel->socket());
    if (verb == u"connect") {
        flash(panel, verb);
        QString problem;
        if (args.isEmpty()) // the server panel's laddr, whatever its family
            (void)client->connect(serverPanel->socket()->laddr());
        else
            problem = refused(panel->perform(verb, args));
        *settled = [guard, server] {
            return (!guard || guard->pendingWrite() == LiveSocket::Pending::None)
                && (!server || server->pendingRead() != LiveSocket::Pending::Accept
                    || !isOpen(guard) || guard->state() != LiveSocket::State::Connected);
        };
        return problem;
    }
    if (verb == u"sendto") {
        flash(panel, u"send"_s);
        (void)client->sendto(action.text(), serverPanel->socket()->laddr());
        panel->refresh();
        return {};
    }
    if (verb == u"send" || verb == u"sendall") {
        flash(panel, verb);
        const QString problem = refused(panel->sendBytes(verb, action.text()));
        *settled = [guard] {
            return !guard || guard->pendingWrite() == LiveSocket::Pending::None;
        };
        return problem;
    }
    if (verb == u"recv" || verb == u"recvfrom") {
        flash(panel, u"recv"_s);
        const QString problem = verb == u"recv" ? refused(panel->perform(verb, args))
                                                : refused(client->recvfrom(action.number(0)));
        *settled = [guard] {
            return !guard || guard->pendingRead() == LiveSocket::Pending::None;
        };
        return problem;
    }
    if (verb == u"recvloop")
        return startLoop(client, action, &m_clientLoop, settled);
    if (verb == u"shutdown" || verb == u"close") {
        flash(panel, verb);
        return refused(panel->perform(verb, args));
    }
    return tr("the app cannot perform %1 yet").arg(action.name());
}

QString LessonController::performCrowd(const DemoAction &action, Settled *settled)
{
    if (action.verb() == u"close") {
        for (const QPointer<LiveSocket> &socket : std::as_const(m_crowd)) {
            if (isOpen(socket))
                socket->close();
        }
        return {};
    }
    LiveSocket *server = m_window->serverPanel()->socket();
    if (!isOpen(server))
        return tr("the crowd needs a server");
    const Endpoint target = server->laddr();
    const int timeout = action.args().size() > 1 ? int(action.number(1)) : 1000;
    for (qint64 i = 0; i < action.number(0); ++i) {
        auto *socket = new LiveSocket(u"client"_s, u"crowd%1"_s.arg(i + 1), this);
        connect(socket, &LiveSocket::callRecorded, m_window, &MainWindow::recordOutsideEvent);
        connect(socket, &LiveSocket::failed, this,
            [this](const QString &, const SocketError &error, qint64) {
                if (error.name() == u"ECONNREFUSED")
                    ++m_crowdRefused;
            });
        (void)socket->open(target.family(), SOCK_STREAM, 0);
        (void)socket->connect(target);
        m_crowd.append(socket);
    }
    const int generation = m_generation;
    QTimer::singleShot(timeout, this, [this, generation] {
        if (generation != m_generation)
            return;
        for (const QPointer<LiveSocket> &socket : std::as_const(m_crowd)) {
            if (socket && socket->state() == LiveSocket::State::Connecting) {
                socket->cancel();
                ++m_crowdTimedOut;
            }
        }
        m_window->serverPanel()->refresh();
    });
    *settled = [this] {
        return std::none_of(
            m_crowd.cbegin(), m_crowd.cend(), [](const QPointer<LiveSocket> &socket) {
                return socket && socket->state() == LiveSocket::State::Connecting;
            });
    };
    return {};
}

QString LessonController::performMeasure(const DemoAction &action, Settled *settled)
{
    const int family = int(Constants::value(action.args().value(0)).value_or(AF_INET));
    const int buffer = int(action.number(1));
    const qint64 total = action.number(2);
    // Blocking calls on their own pair of sockets: off the GUI thread.
    auto result = std::make_shared<std::atomic<double>>(0.0);
    std::thread([result, family, buffer, total] {
        result->store(Throughput::measure(family, buffer, total));
    }).detach();
    const int generation = m_generation;
    const QString name = action.args().value(0);
    *settled = [this, result, generation, name, buffer] {
        const double rate = result->load();
        if (rate == 0.0)
            return false;
        if (generation == m_generation && rate > 0) {
            ++m_points;
            m_panel->addMeasurement(tr("%1, recv(%2)").arg(name).arg(buffer), rate);
        }
        return true;
    };
    return {};
}

void LessonController::checkExpectations(int index)
{
    const Stage &stage = m_lesson.stage(index);
    const QHash<QString, QString> values = m_panel->values();
    int held = 0;
    for (const Expectation &raw : stage.expectations) {
        Expectation check = raw.withValues(values);
        if (m_port != m_lesson.port())
            check = check.withPort(m_lesson.port(), m_port);
        QString why;
        if (check.evaluate([this](const QString &subject) { return value(subject); }, &why))
            ++held;
        else
            m_failures << tr("check \"%1\" failed: %2").arg(raw.source(), why);
    }
    QString text;
    if (m_failures.isEmpty()) {
        text = stage.expectations.isEmpty() ? tr("\u2714 Demo done.")
                                            : tr("\u2714 Demo done: all %n check(s) hold.", nullptr,
                                                int(stage.expectations.size()));
    } else {
        text = tr("\u2718 Something did not go as this stage expects:") + u'\n'
            + m_failures.join(u'\n');
    }
    m_panel->setResult(QStringList {m_notice, m_portNote, text}.join(u'\n').trimmed());
}

std::optional<QByteArray> LessonController::value(const QString &subject) const
{
    const QString head = subject.section(u'.', 0, 0);
    const QString field = subject.section(u'.', 1);
    if (head == u"server" || head == u"client")
        return m_window->lookupSubject(subject);
    if (head == u"crowd") {
        auto count = [this](LiveSocket::State state) {
            return number(std::count_if(m_crowd.cbegin(), m_crowd.cend(),
                [state](const QPointer<LiveSocket> &s) { return s && s->state() == state; }));
        };
        if (field == u"connected")
            return count(LiveSocket::State::Connected);
        if (field == u"connecting")
            return count(LiveSocket::State::Connecting);
        if (field == u"timedout")
            return number(m_crowdTimedOut);
        if (field == u"refused")
            return number(m_crowdRefused);
        return std::nullopt;
    }
    ExplorersWidget *explorers = m_window->explorerDock()->explorers();
    if (head == u"playground") {
        const SocketPlayground *playground = explorers->socketPlayground();
        if (field == u"error")
            return playground->lastError() ? playground->lastError().name().toUtf8()
                                           : QByteArray("none");
        const LiveSocket *socket = playground->lastSocket();
        if (!isOpen(socket))
            return std::nullopt;
        if (field == u"family")
            return Constants::name(socket->socket().family(), u"AF_"_s).toUtf8();
        if (field == u"type")
            return Constants::name(socket->socket().type(), u"SOCK_"_s).toUtf8();
        if (field == u"proto")
            return number(socket->socket().protocol());
        if (field == u"laddr")
            return socket->socket().localAddress().toString().toUtf8();
        return std::nullopt;
    }
    if (head == u"constants") {
        const std::optional<qint64> constant = Constants::value(field);
        return constant ? std::optional(number(*constant)) : std::nullopt;
    }
    if (subject == u"getaddrinfo.rows")
        return number(explorers->getaddrinfoExplorer()->lastResult().rows.size());
    if (subject == u"measure.points")
        return number(m_points);
    return std::nullopt;
}

bool LessonController::isPresenterKey(QObject *watched, QEvent *event) const
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window || m_panel->isAncestorOf(widget)
        || widget == m_panel)
        return false; // the lesson panel handles its own keys (Up/Down in its list)
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Right:
    case Qt::Key_Left:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
    case Qt::Key_Space:
    case Qt::Key_Backspace:
    case Qt::Key_Home:
    case Qt::Key_End:
        break;
    default:
        return false;
    }
    return !focusUses(QApplication::focusWidget(), key->key()) && !focusUses(widget, key->key());
}

bool LessonController::eventFilter(QObject *watched, QEvent *event)
{
    if (isPresenterKey(watched, event)) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Right:
        case Qt::Key_PageDown:
        case Qt::Key_Space:
            m_panel->next();
            break;
        case Qt::Key_Left:
        case Qt::Key_PageUp:
        case Qt::Key_Backspace:
            m_panel->previous();
            break;
        case Qt::Key_Home:
            m_panel->first();
            break;
        default:
            m_panel->last();
            break;
        }
        event->accept();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
