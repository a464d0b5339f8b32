#include "ui/lesson/lessoncontroller.h"

#include "core/lab/lab.h"
#include "core/net/freeport.h"
#include "ui/diagram/layerdiagram.h"
#include "ui/explorers/explorerstack.h"
#include "ui/explorers/explorerswidget.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/lesson/throughputchart.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/widgets/textentry.h"
#include "ui/window/focusview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/presenterconsole.h"
#include "ui/window/projection.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int flashMs = 350;

// Whether the focused widget has a use for `key`; the presenter keys then
// leave it alone. Space presses what has keyboard focus (a button, a check
// box, the diagram's layer); the arrows, Home, End and the page keys move in
// text, lists, tables, tabs and combo boxes.
bool focusUses(const QWidget *widget, int key)
{
    if (!widget)
        return false;
    if (TextEntry::typesText(widget))
        return true;
    if (key == Qt::Key_Space)
        return (widget->focusPolicy() & Qt::TabFocus) != 0;
    if (key == Qt::Key_Backspace)
        return false;
    return qobject_cast<const QAbstractScrollArea *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QTabBar *>(widget);
}

} // namespace

LessonController::LessonController(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_panel = new LessonPanel;
    window->setLessonWidget(m_panel, tr("Lesson"));
    // Presentation mode: narration, title and buttons in large type, except
    // in the presenter console (a second screen), which keeps the whole panel.
    const auto compact = [this, window] {
        m_panel->setCompact(window->isPresenting() && !window->projection()->isConsoleShown());
    };
    connect(window, &MainWindow::presentationChanged, m_panel, compact);
    compact();

    connect(m_panel, &LessonPanel::stageChanged, this, &LessonController::enterStage);
    connect(m_panel, &LessonPanel::demoRequested, this, [this](const Stage &) { runDemo(); });
    Lab *lab = window->lab();
    connect(lab, &Lab::performing, this, &LessonController::onPerforming);
    connect(lab, &Lab::performed, this, &LessonController::onPerformed);
    connect(lab, &Lab::measured, m_panel, [this, lab](const QString &label, double rate) {
        m_panel->throughputChart()->setBasis(lab->measureBasis());
        m_panel->addMeasurement(label, rate);
    });
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
        for (const QString &line : std::as_const(m_unchecked))
            m_autoplayUnchecked << id + u": "_s + line;
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
}

void LessonController::setLesson(const Lesson &lesson, int port)
{
    m_lesson = lesson;
    m_port = port < 0 || port > 65535 ? lesson.port() : quint16(port);
    // Free where the lesson's sockets live: the lab network's ports, or this machine's.
    const Socket::Factory create = m_window->lab()->socketFactory();
    if (m_port == 0)
        m_port = FreePort::find(u"127.0.0.1"_s, create);
    m_portNote.clear();
    m_panelPort = m_port;
    // The lesson port may be taken (another SocketLab, a teacher's server):
    // then the next free port above it stands in for it everywhere. Not a
    // kernel-chosen one: those lie in the ephemeral range, where the demo's
    // own client ports (and their TIME_WAIT) may land on it later.
    if (m_port != 0 && !FreePort::isFree(u"127.0.0.1"_s, m_port, create)) {
        quint16 other = 0;
        for (int candidate = m_port + 1; candidate <= qMin(65535, m_port + 500) && other == 0;
             ++candidate) {
            if (FreePort::isFree(u"127.0.0.1"_s, quint16(candidate), create))
                other = quint16(candidate);
        }
        if (other == 0)
            other = FreePort::find(u"127.0.0.1"_s, create);
        m_portNote = tr("Port %1 is in use on this machine, so the lesson uses port %2 instead.")
                         .arg(m_port)
                         .arg(other);
        m_port = other;
        if (m_window->allowedRoles() != MainWindow::Roles::Client)
            m_panelPort = m_port;
    }
    m_window->setDefaultEndpoint(m_window->defaultHost(), QString::number(m_panelPort));
    m_window->lab()->setLessonPort(m_port);
    m_panel->setLesson(lesson); // emits stageChanged(0)
    m_panel->setValues(Lesson::systemValues(m_port));
}

void LessonController::startAutoplay(int from, int pauseMs)
{
    m_autoplay = true;
    m_autoplayPause = qMax(0, pauseMs);
    m_autoplayFailures.clear();
    m_autoplayUnchecked.clear();
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
    m_window->lab()->reset();
    m_window->timelineModel()->clear(); // the timeline starts with the stage's own calls
    m_window->setDefaultEndpoint(m_window->defaultHost(), QString::number(m_panelPort));
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
    // The diagram's layers first: the focus view names them as it shows.
    if (LayerDiagram *diagram = m_window->layerDiagram())
        diagram->setHighlightedLayers(stage.layers);
    m_window->focusView()->setFocusNames(Lesson::focusOf(stage));
    m_window->focusView()->setNarration(Lesson::render(stage.narration, m_panel->values()));
    m_window->focusView()->setKeep(stage.keep);
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
    } else {
        // An earlier stage's explorer: the timeline and the panels come back.
        m_window->explorerStack()->setExplorersShown(false);
    }

    QList<Step> steps;
    for (const DemoAction &action : m_lesson.startActions(index))
        steps.append({localized(action), false, -1});
    startQueue(steps, m_generation, [this, index] {
        m_window->lab()->beginDemo();
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
    m_window->lab()->beginDemo();
    m_window->focusView()->clearMeasurements();
    m_window->focusView()->markDemoStart();
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
    m_step = m_queue.takeFirst();
    m_stepGeneration = generation;
    if (m_step.visible)
        m_panel->setDemoStep(m_step.demoIndex);
    m_window->lab()->perform(m_step.action); // onPerformed follows
}

void LessonController::onPerforming(const DemoAction &action)
{
    if (m_stepGeneration != m_generation)
        return; // not ours
    const QString target = action.target();
    const QString verb = action.verb();
    if (action.name() == u"reset") {
        m_window->setDefaultEndpoint(m_window->defaultHost(), QString::number(m_panelPort));
        return;
    }
    if (target == u"explorer") {
        // Builds the explorers, which show the action (presentation: in the focus view).
        if (m_window->isPresenting())
            m_window->explorers();
        else
            m_window->explorerStack()->setExplorersShown(true);
        return;
    }
    if (!m_step.visible || m_pace == 0)
        return; // quiet replays and tests do not flash
    // The call button a person would have pressed for this call.
    using Call = CallButtons::Call;
    static const QHash<QString, Call> calls
        = {{u"socket"_s, Call::Socket}, {u"bind"_s, Call::Bind}, {u"listen"_s, Call::Listen},
            {u"accept"_s, Call::Accept}, {u"connect"_s, Call::Connect}, {u"send"_s, Call::Send},
            {u"sendall"_s, Call::Sendall}, {u"recv"_s, Call::Recv}, {u"sendto"_s, Call::Sendto},
            {u"recvfrom"_s, Call::Recvfrom}, {u"shutdown"_s, Call::Shutdown},
            {u"close"_s, Call::Close}, {u"getaddrinfo"_s, Call::Getaddrinfo}};
    const auto call = calls.constFind(verb);
    if (call == calls.cend())
        return;
    // The server's data calls (recv, sendall, close conn) are its connection's.
    const bool data = *call == Call::Send || *call == Call::Sendall || *call == Call::Recv
        || *call == Call::Shutdown || (*call == Call::Close && !action.args().isEmpty());
    if (target == u"server")
        flash(data ? CallButtons::Lane::Conn : CallButtons::Lane::Server, *call);
    else if (target == u"client")
        flash(CallButtons::Lane::Client, *call);
}

void LessonController::onPerformed(const DemoAction &action, const QString &problem)
{
    if (m_stepGeneration != m_generation)
        return; // an earlier stage's step, or one the controller did not ask for
    const int generation = m_stepGeneration;
    m_stepGeneration = -1;
    if (!problem.isEmpty())
        m_failures << tr("step \"%1\": %2").arg(action.source(), problem);
    // MSG_MORE bytes wait in the kernel for at most about 200 ms: the send
    // that follows comes at once, or they would leave alone.
    const bool holding = action.name() == u"client.sendmore";
    QTimer::singleShot(m_step.visible && !holding ? m_pace : 0, this,
        [this, generation] { performNext(generation); });
}

void LessonController::flash(CallButtons::Lane lane, CallButtons::Call call)
{
    QPushButton *button = m_window->callButtons()->button(lane, call);
    if (!button || !button->isVisible())
        return;
    button->setDown(true);
    QTimer::singleShot(flashMs, button, [button] { button->setDown(false); });
}

void LessonController::checkExpectations(int index)
{
    const Stage &stage = m_lesson.stage(index);
    const QHash<QString, QString> values = m_panel->values();
    Lab *lab = m_window->lab();
    lab->readCapture(); // the last step's segments, before the checks read them
    m_unchecked.clear();
    int held = 0;
    for (const Expectation &raw : stage.expectations) {
        // Without a capture a wire check neither fails nor passes: it says why.
        QString reason = lab->uncheckable(raw.subject());
        if (reason.isEmpty() && raw.comparesSubjects())
            reason = lab->uncheckable(QString::fromUtf8(raw.value()));
        if (!reason.isEmpty()) {
            m_unchecked << tr("not checked: \"%1\": %2").arg(raw.source(), reason);
            continue;
        }
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
        text = stage.expectations.isEmpty() ? tr("✔ Demo done.")
            : m_unchecked.isEmpty()
            ? tr("✔ Demo done: all %n check(s) hold.", nullptr, int(stage.expectations.size()))
            : tr("✔ Demo done: %n check(s) hold.", nullptr, held);
    } else {
        text = tr("✘ Something did not go as this stage expects:") + u'\n' + m_failures.join(u'\n');
    }
    for (const QString &line : std::as_const(m_unchecked))
        text += u"\n⚠ "_s + line;
    m_panel->setResult(QStringList {m_notice, m_portNote, text}.join(u'\n').trimmed());
}

std::optional<QByteArray> LessonController::value(const QString &subject) const
{
    return m_window->lab()->value(subject);
}

bool LessonController::isPresenterKey(QObject *watched, QEvent *event) const
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    // The window, or the presenter console on the laptop's screen.
    const QWidget *console = m_window->projection()->console();
    if (!widget || (widget->window() != m_window && widget->window() != console)
        || m_panel->isAncestorOf(widget) || widget == m_panel)
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
