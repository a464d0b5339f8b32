#include "eventlog.h"
#include "firstpaintprobe.h"
#include "lesson.h"
#include "lessoncontroller.h"
#include "lessonpanel.h"
#include "themes.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QMenu>
#include <QSettings>
#include <QSocketNotifier>
#include <QStatusBar>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <future>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The command line's options (QCommandLineParser), defined once for the check
// made before the QApplication exists and for the real parse after it.
struct Options
{
    QCommandLineOption role {u"role"_s, QApplication::translate("main", "Panels to show: server, client or both."),
                             u"role"_s, u"both"_s};
    QCommandLineOption host {u"host"_s, QApplication::translate("main", "Address both panels start with."),
                             u"host"_s, u"127.0.0.1"_s};
    QCommandLineOption port {u"port"_s, QApplication::translate("main", "Port both panels start with (0-65535)."),
                             u"port"_s, u"5000"_s};
    QCommandLineOption events {u"events"_s,
                               QApplication::translate("main", "Write every call event to FILE, one JSON object a line."),
                               u"file"_s};
    QCommandLineOption lessonDir {u"lesson"_s,
                                  QApplication::translate("main", "Use the lesson in folder DIR (index.json and Markdown files)."),
                                  u"dir"_s};
    QCommandLineOption stage {u"stage"_s, QApplication::translate("main", "Start at the stage with this id."), u"id"_s};
    QCommandLineOption autoplay {u"autoplay"_s,
                                 QApplication::translate("main", "Play the lesson: every stage's demo, one stage after the other.")};
    QCommandLineOption pace {u"pace"_s, QApplication::translate("main", "Seconds to stay on each stage in --autoplay (default 4)."),
                             u"seconds"_s, u"4"_s};
    QCommandLineOption quitWhenDone {
        u"quit-when-done"_s,
        QApplication::translate("main", "With --autoplay: quit at the end; exit status 0 only if every stage did what it expects.")};
    QCommandLineOption present {u"present"_s, QApplication::translate("main", "Start in presentation mode (F5).")};

    void addTo(QCommandLineParser *parser) const
    {
        parser->setApplicationDescription(
            QApplication::translate("main", "Teaches TCP/IP and BSD sockets by making the real calls."));
        parser->addHelpOption();
        parser->addVersionOption();
        parser->addOptions({role, host, port, events, lessonDir, stage, autoplay, pace, quitWhenDone, present});
    }

    // What is wrong with the parsed values, in one sentence that says what to
    // type instead; empty when nothing is.
    QString problem(const QCommandLineParser &parser) const
    {
        const QString roleValue = parser.value(role);
        if (roleValue != u"server" && roleValue != u"client" && roleValue != u"both")
            return QApplication::translate("main", "--role must be server, client or both, not \"%1\".").arg(roleValue);
        const QString hostValue = parser.value(host);
        if (hostValue.isEmpty())
            return QApplication::translate("main", "--host is empty: give an address such as 127.0.0.1 or ::1, or a name such as localhost.");
        if (std::any_of(hostValue.cbegin(), hostValue.cend(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; }))
            return QApplication::translate("main", "--host \"%1\" contains a space or a control character; names and addresses have none.")
                .arg(hostValue);
        if (roleValue == u"server" && QHostAddress(hostValue).isNull())
            return QApplication::translate("main", "--role server binds to --host, which must then be an address such as 127.0.0.1, "
                                                   "0.0.0.0 or ::1, not \"%1\".")
                .arg(hostValue);
        bool portOk = false;
        const uint portValue = parser.value(port).toUInt(&portOk);
        if (!portOk || portValue > 65535)
            return QApplication::translate("main", "--port must be a number from 0 to 65535, not \"%1\".").arg(parser.value(port));
        bool paceOk = false;
        const double paceSeconds = parser.value(pace).toDouble(&paceOk);
        if (!paceOk || !qIsFinite(paceSeconds) || paceSeconds < 0 || paceSeconds > 3600)
            return QApplication::translate("main", "--pace must be a number of seconds from 0 to 3600, not \"%1\".")
                .arg(parser.value(pace));
        if (parser.isSet(quitWhenDone) && !parser.isSet(autoplay))
            return QApplication::translate("main", "--quit-when-done needs --autoplay.");
        if (!parser.positionalArguments().isEmpty())
            return QApplication::translate("main", "SocketLab takes options only, not \"%1\". See --help for the list.")
                .arg(parser.positionalArguments().join(u' '));
        return {};
    }
};

} // namespace

int main(int argc, char *argv[])
{
    const Options options;
    EventLog log;
    {
        // Checked before the QApplication exists: --help, --version and any
        // mistake print and exit, and must do so without a display too.
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        QCommandLineParser early;
        options.addTo(&early);
        if (!early.parse(arguments) || early.isSet(u"help"_s) || early.isSet(u"help-all"_s)
            || early.isSet(u"version"_s) || !options.problem(early).isEmpty()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else if (early.isSet(options.events)) {
            QString problem;
            if (!log.open(early.value(options.events), &problem)) {
                QTextStream(stderr) << QApplication::translate("main", "Cannot write events to %1: %2")
                                           .arg(early.value(options.events), problem)
                                    << '\n';
                return 2;
            }
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QTextStream(stderr) << QApplication::translate("main",
                                   "SocketLab needs a display: start it in a desktop session, or set "
                                   "QT_QPA_PLATFORM=offscreen to run it unseen (tests, CI).")
                            << '\n';
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SocketLab"_s);
    QApplication::setOrganizationName(u"SocketLab"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(socketlabVersion));

    QCommandLineParser parser;
    options.addTo(&parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        // An unknown option or one without its value: status 2, like every other mistake.
        QTextStream(stderr) << parser.errorText() << ' '
                            << QApplication::translate("main", "See --help for the options and their values.") << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    QTextStream err(stderr);
    if (const QString problem = options.problem(parser); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    const QString roleValue = parser.value(options.role);
    const uint portValue = parser.value(options.port).toUInt();
    const double paceSeconds = parser.value(options.pace).toDouble();
    // The lesson is read and checked on another core while the window is built.
    struct LoadedLesson
    {
        Lesson lesson;
        LessonError error;
    };
    std::future<LoadedLesson> loading = std::async(std::launch::async, [dir = parser.value(options.lessonDir)] {
        LoadedLesson loaded;
        loaded.lesson = Lesson::loadWithFallback(dir, &loaded.error);
        return loaded;
    });

    Themes::apply(Themes::current());
    MainWindow window;
    window.viewMenu()->addSeparator();
    Themes::addMenu(window.viewMenu());
    FirstPaintProbe::install(&window);
    window.setDefaultEndpoint(parser.value(options.host), QString::number(portValue));
    window.setAllowedRoles(roleValue == u"server"   ? MainWindow::Roles::Server
                    : roleValue == u"client" ? MainWindow::Roles::Client
                                             : MainWindow::Roles::Both);
    QObject::connect(&window, &MainWindow::callRecorded, &log, &EventLog::write);
    QObject::connect(&log, &EventLog::writeFailed, &window, [&window, &err, &options, &parser](const QString &problem) {
        const QString message = QApplication::translate("main", "Writing events to %1 failed (%2); no more events are written there.")
                                    .arg(parser.value(options.events), problem);
        err << message << Qt::endl;
        window.statusBar()->showMessage(message);
    });

    const LoadedLesson loaded = loading.get();
    const Lesson &lesson = loaded.lesson;
    const LessonError &lessonError = loaded.error;
    if (lessonError.isError())
        err << QApplication::translate("main", "Lesson refused, using the built-in lesson instead: %1").arg(lessonError.toString())
            << Qt::endl;
    if (parser.isSet(options.stage) && lesson.indexOf(parser.value(options.stage)) < 0) {
        err << QApplication::translate("main", "--stage: the lesson has no stage \"%1\".").arg(parser.value(options.stage)) << '\n';
        return 2;
    }

    auto *controller = new LessonController(&window, &window);
    if (parser.isSet(options.autoplay))
        controller->setPace(paceSeconds == 0 ? 0 : 700);
    controller->setLesson(lesson, parser.isSet(options.port) ? int(portValue) : -1);
    if (lessonError.isError())
        controller->setNotice(QApplication::translate("main", "Your lesson was refused, so this is the built-in one. %1")
                                  .arg(lessonError.toString()));
    QSettings settings;
    const QString remembered = settings.value(u"lesson/stage"_s).toString();
    int start = 0;
    if (parser.isSet(options.stage))
        start = int(lesson.indexOf(parser.value(options.stage)));
    else if (!parser.isSet(options.autoplay) && lesson.indexOf(remembered) >= 0)
        start = int(lesson.indexOf(remembered));
    QObject::connect(controller->lessonPanel(), &LessonPanel::stageChanged, &window, [&lesson](int index) {
        QSettings().setValue(u"lesson/stage"_s, lesson.stage(index).id);
    });
    window.show();
    // SIGTERM or SIGINT (a logout, Ctrl+C in the terminal): quit through the
    // event loop, so the window's size, zoom and place are remembered.
    static int signalPipe[2] = {-1, -1};
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        struct sigaction action {};
        action.sa_handler = [](int) {
            const char byte = 1;
            (void)!::write(signalPipe[1], &byte, 1);
        };
        ::sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &window);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    }
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window] { window.saveSettings(); });
    if (parser.isSet(options.present))
        window.setPresentation(true);
    if (parser.isSet(options.autoplay)) {
        if (parser.isSet(options.quitWhenDone)) {
            const bool refused = lessonError.isError();
            QObject::connect(controller, &LessonController::autoplayFinished, &app, [controller, &err, refused](bool played) {
                // A refused --lesson fails the run even though the built-in lesson played.
                const bool passed = played && !refused;
                if (played && refused) {
                    err << QApplication::translate("main", "Autoplay: every stage of the built-in lesson did what it expects, but your "
                                                           "lesson was refused (see above), so the run fails.")
                        << Qt::endl;
                } else if (played) {
                    err << QApplication::translate("main", "Autoplay: every stage did what it expects.") << Qt::endl;
                } else {
                    err << QApplication::translate("main", "Autoplay: these stages did not do what they expect:") << '\n';
                    for (const QString &failure : controller->autoplayFailures())
                        err << "  " << failure << '\n';
                    err.flush();
                }
                QCoreApplication::exit(passed ? 0 : 1);
            });
        }
        controller->startAutoplay(start, int(paceSeconds * 1000));
    } else {
        controller->lessonPanel()->setCurrentIndex(start);
    }
    return QApplication::exec();
}
