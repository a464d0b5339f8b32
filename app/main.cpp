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
#include <QMenu>
#include <QSettings>
#include <QTextStream>

#include <future>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // --help and --version print and exit: they must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SocketLab"_s);
    QApplication::setOrganizationName(u"SocketLab"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(socketlabVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Teaches TCP/IP and BSD sockets by making the real calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption role(u"role"_s, QApplication::translate("main", "Panels to show: server, client or both."),
                                  u"role"_s, u"both"_s);
    const QCommandLineOption host(u"host"_s, QApplication::translate("main", "Address both panels start with."),
                                  u"host"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, QApplication::translate("main", "Port both panels start with (0-65535)."),
                                  u"port"_s, u"5000"_s);
    const QCommandLineOption events(u"events"_s,
                                    QApplication::translate("main", "Write every call event to FILE, one JSON object a line."),
                                    u"file"_s);
    const QCommandLineOption lessonDir(u"lesson"_s,
                                       QApplication::translate("main", "Use the lesson in folder DIR (index.json and Markdown files)."),
                                       u"dir"_s);
    const QCommandLineOption stage(u"stage"_s, QApplication::translate("main", "Start at the stage with this id."), u"id"_s);
    const QCommandLineOption autoplay(u"autoplay"_s,
                                      QApplication::translate("main", "Play the lesson: every stage's demo, one stage after the other."));
    const QCommandLineOption pace(u"pace"_s, QApplication::translate("main", "Seconds to stay on each stage in --autoplay (default 4)."),
                                  u"seconds"_s, u"4"_s);
    const QCommandLineOption quitWhenDone(
        u"quit-when-done"_s,
        QApplication::translate("main", "With --autoplay: quit at the end; exit status 0 only if every stage did what it expects."));
    const QCommandLineOption present(u"present"_s, QApplication::translate("main", "Start in presentation mode (F5)."));
    parser.addOptions({role, host, port, events, lessonDir, stage, autoplay, pace, quitWhenDone, present});
    parser.process(app);

    QTextStream err(stderr);
    const QString roleValue = parser.value(role);
    if (roleValue != u"server" && roleValue != u"client" && roleValue != u"both") {
        err << QApplication::translate("main", "--role must be server, client or both, not \"%1\".").arg(roleValue) << '\n';
        return 2;
    }
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        err << QApplication::translate("main", "--port must be a number from 0 to 65535, not \"%1\".").arg(parser.value(port))
            << '\n';
        return 2;
    }

    bool paceOk = false;
    const double paceSeconds = parser.value(pace).toDouble(&paceOk);
    if (!paceOk || paceSeconds < 0 || paceSeconds > 3600) {
        err << QApplication::translate("main", "--pace must be a number of seconds from 0 to 3600, not \"%1\".").arg(parser.value(pace))
            << '\n';
        return 2;
    }
    if (parser.isSet(quitWhenDone) && !parser.isSet(autoplay)) {
        err << QApplication::translate("main", "--quit-when-done needs --autoplay.") << '\n';
        return 2;
    }
    // The lesson is read and checked on another core while the window is built.
    struct LoadedLesson
    {
        Lesson lesson;
        LessonError error;
    };
    std::future<LoadedLesson> loading = std::async(std::launch::async, [dir = parser.value(lessonDir)] {
        LoadedLesson loaded;
        loaded.lesson = Lesson::loadWithFallback(dir, &loaded.error);
        return loaded;
    });

    EventLog log;
    if (parser.isSet(events)) {
        QString problem;
        if (!log.open(parser.value(events), &problem)) {
            err << QApplication::translate("main", "Cannot write events to %1: %2").arg(parser.value(events), problem) << '\n';
            return 2;
        }
    }

    Themes::apply(Themes::current());
    MainWindow window;
    window.viewMenu()->addSeparator();
    Themes::addMenu(window.viewMenu());
    FirstPaintProbe::install(&window);
    window.setDefaultEndpoint(parser.value(host), QString::number(portValue));
    window.setRoles(roleValue == u"server"   ? MainWindow::Roles::Server
                    : roleValue == u"client" ? MainWindow::Roles::Client
                                             : MainWindow::Roles::Both);
    QObject::connect(&window, &MainWindow::callRecorded, &log, &EventLog::write);

    const LoadedLesson loaded = loading.get();
    const Lesson &lesson = loaded.lesson;
    const LessonError &lessonError = loaded.error;
    if (lessonError.isError())
        err << QApplication::translate("main", "Lesson refused, using the built-in lesson instead: %1").arg(lessonError.toString())
            << Qt::endl;
    if (parser.isSet(stage) && lesson.indexOf(parser.value(stage)) < 0) {
        err << QApplication::translate("main", "--stage: the lesson has no stage \"%1\".").arg(parser.value(stage)) << '\n';
        return 2;
    }

    auto *controller = new LessonController(&window, &window);
    if (parser.isSet(autoplay))
        controller->setPace(paceSeconds == 0 ? 0 : 700);
    controller->setLesson(lesson, parser.isSet(port) ? int(portValue) : -1);
    if (lessonError.isError())
        controller->setNotice(QApplication::translate("main", "Your lesson was refused, so this is the built-in one. %1")
                                  .arg(lessonError.toString()));
    QSettings settings;
    const QString remembered = settings.value(u"lesson/stage"_s).toString();
    int start = 0;
    if (parser.isSet(stage))
        start = int(lesson.indexOf(parser.value(stage)));
    else if (!parser.isSet(autoplay) && lesson.indexOf(remembered) >= 0)
        start = int(lesson.indexOf(remembered));
    QObject::connect(controller->lessonPanel(), &LessonPanel::stageChanged, &window, [&lesson](int index) {
        QSettings().setValue(u"lesson/stage"_s, lesson.stage(index).id);
    });
    window.show();
    if (parser.isSet(present))
        window.setPresentation(true);
    if (parser.isSet(autoplay)) {
        if (parser.isSet(quitWhenDone)) {
            const bool refused = lessonError.isError();
            QObject::connect(controller, &LessonController::autoplayFinished, &app, [controller, &err, refused](bool played) {
                // A refused --lesson fails the run even though the built-in lesson played.
                const bool passed = played && !refused;
                if (refused)
                    err << QApplication::translate("main", "Autoplay: your lesson was refused (see above), so the run fails.") << Qt::endl;
                if (played) {
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
