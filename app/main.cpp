#include "app/commandline.h"
#include "app/signalhandler.h"
#include "core/lab/lab.h"
#include "core/lab/lesson.h"
#include "core/record/eventlog.h"
#include "core/version.h"
#include "core/wire/pcapwriter.h"
#include "core/wire/segmentmodel.h"
#include "ui/lesson/lessoncontroller.h"
#include "ui/lesson/lessonpanel.h"
#include "ui/window/firstpaintprobe.h"
#include "ui/window/focusview.h"
#include "ui/window/language.h"
#include "ui/window/mainwindow.h"
#include "ui/window/themes.h"
#include "ui/window/wiremenus.h"

#include <QApplication>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <future>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    EventLog log;
    PcapWriter pcap; // --pcap: every segment captured, committed at the end
    {
        // Checked before the QApplication exists: --help, --version and any
        // mistake print and exit, and must do so without a display too.
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        CommandLine early;
        if (!early.parse(arguments) || early.helpRequested() || early.versionRequested()
            || !early.problem().isEmpty()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            QString problem;
            if (early.eventsGiven()) {
                log.setLimitBytes(early.eventsLimitBytes());
                if (!log.open(early.eventsFile(), &problem)) {
                    QTextStream(stderr)
                        << QApplication::translate("main", "Cannot write events to %1: %2")
                               .arg(early.eventsFile(), problem)
                        << '\n';
                    return 2;
                }
            }
            if (!early.pcapFile().isEmpty() && !pcap.open(early.pcapFile(), &problem)) {
                QTextStream(stderr)
                    << QApplication::translate("main", "Cannot write the capture to %1: %2")
                           .arg(early.pcapFile(), problem)
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
    // Lets the desktop match the window to the installed entry and its icon.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(socketlabAppId));

    // The language first: --help, every message and widget below and the
    // lesson speak it. --lang is read ahead of the parse (an unknown code
    // falls back to the remembered or system language, and parse() then
    // reports it), so the options are built with their translated descriptions.
    const QString wantedLanguage = CommandLine::languageIn(QCoreApplication::arguments());
    const QString languageCode = Language::startup(
        Language::codes().contains(wantedLanguage) ? wantedLanguage : QString());
    Language::install(languageCode);

    CommandLine parser;
    if (!parser.parse(QCoreApplication::arguments())) {
        // An unknown option or one without its value: status 2, like every other mistake.
        QTextStream(stderr) << parser.errorText() << ' '
                            << QApplication::translate(
                                   "main", "See --help for the options and their values.")
                            << '\n';
        return 2;
    }
    if (parser.helpRequested())
        parser.showHelp();
    if (parser.versionRequested())
        parser.showVersion();

    QTextStream err(stderr);
    if (const QString problem = parser.problem(); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    const QString roleValue = parser.role();
    const uint portValue = parser.port();
    const double paceSeconds = parser.paceSeconds();
    // The lesson is read and checked on another core while the window is built.
    struct LoadedLesson
    {
        Lesson lesson;
        LessonError error;
    };
    // Without --lesson, the lesson in the UI's language when there is one.
    const QString lessonDir = parser.lessonDir().isEmpty() ? Language::lessonDirectory(languageCode)
                                                           : parser.lessonDir();
    std::future<LoadedLesson> loading = std::async(std::launch::async, [dir = lessonDir] {
        LoadedLesson loaded;
        loaded.lesson = Lesson::loadWithFallback(dir, &loaded.error);
        return loaded;
    });

    Themes::apply(Themes::current());
    MainWindow window;
    window.viewMenu()->addSeparator();
    Themes::addMenu(window.viewMenu());
    // A new language takes effect at the next start: "Restart now" quits
    // (the window's settings are saved) and runs the app again, same
    // arguments but --lang, so the remembered choice applies.
    bool restart = false;
    Language::addMenu(window.viewMenu(), window.statusBar(), [&restart] {
        restart = true;
        QCoreApplication::quit();
    });
    FirstPaintProbe::install(&window);
    window.setDefaultEndpoint(parser.host(), QString::number(portValue));
    window.setAllowedRoles(roleValue == u"server" ? MainWindow::Roles::Server
            : roleValue == u"client"              ? MainWindow::Roles::Client
                                                  : MainWindow::Roles::Both);
    QObject::connect(&window, &MainWindow::callRecorded, &log, &EventLog::write);
    Lab *lab = window.lab();
    if (parser.network() == u"host")
        lab->setNetwork(Lab::Network::Host);
    WireMenus::add(window.fileMenu(), window.viewMenu(), lab, &window, window.statusBar());
    // --events and --pcap: each segment as it is captured.
    QObject::connect(lab->wire(), &QAbstractItemModel::rowsInserted, &log,
        [&log, &pcap, &parser, wire = lab->wire()](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row) {
                log.writeSegment(wire->segmentAt(row));
                if (!parser.pcapFile().isEmpty())
                    pcap.write(wire->segmentAt(row).frame);
            }
        });
    QObject::connect(
        &log, &EventLog::writeFailed, &window, [&window, &err, &parser](const QString &problem) {
            const QString message = QApplication::translate(
                "main", "Writing events to %1 failed (%2); no more events are written there.")
                                        .arg(parser.eventsFile(), problem);
            err << message << Qt::endl;
            window.statusBar()->showMessage(message);
        });

    const LoadedLesson loaded = loading.get();
    const Lesson &lesson = loaded.lesson;
    const LessonError &lessonError = loaded.error;
    if (lessonError.isError())
        err << QApplication::translate(
            "main", "Lesson refused, using the built-in lesson instead: %1")
                   .arg(lessonError.toString())
            << Qt::endl;
    if (parser.stageGiven() && lesson.indexOf(parser.stage()) < 0) {
        err << QApplication::translate("main", "--stage: the lesson has no stage \"%1\".")
                   .arg(parser.stage())
            << '\n';
        return 2;
    }

    auto *controller = new LessonController(&window, &window);
    if (parser.autoplay())
        controller->setPace(paceSeconds == 0 ? 0 : 700);
    controller->setLesson(lesson, parser.portGiven() ? int(portValue) : -1);
    if (lessonError.isError())
        controller->setNotice(QApplication::translate(
            "main", "Your lesson was refused, so this is the built-in one. %1")
                                  .arg(lessonError.toString()));
    QSettings settings;
    const QString remembered = settings.value(u"lesson/stage"_s).toString();
    int start = 0;
    if (parser.stageGiven())
        start = int(lesson.indexOf(parser.stage()));
    else if (!parser.autoplay() && lesson.indexOf(remembered) >= 0)
        start = int(lesson.indexOf(remembered));
    QObject::connect(controller->lessonPanel(), &LessonPanel::stageChanged, &window,
        [&lesson](int index) { QSettings().setValue(u"lesson/stage"_s, lesson.stage(index).id); });
    window.show();
    SignalHandler::quitOnTermination(&window);
    QObject::connect(
        &app, &QCoreApplication::aboutToQuit, &window, [&window] { window.saveSettings(); });
    if (parser.present())
        window.setPresentation(true);
    if (parser.autoplay()) {
        if (parser.quitWhenDone()) {
            const bool refused = lessonError.isError();
            QObject::connect(controller, &LessonController::autoplayFinished, &app,
                [controller, &err, refused](bool played) {
                    // A refused --lesson fails the run even though the built-in lesson played.
                    const bool passed = played && !refused;
                    const QStringList unchecked = controller->autoplayUnchecked();
                    if (!unchecked.isEmpty()) {
                        err << QApplication::translate("main",
                            "Autoplay: these checks were not made (no capture of the segments):")
                            << '\n';
                        for (const QString &line : unchecked)
                            err << "  " << line << '\n';
                    }
                    if (played && refused) {
                        err << QApplication::translate("main",
                            "Autoplay: every stage of the built-in lesson did what it expects, but "
                            "your "
                            "lesson was refused (see above), so the run fails.")
                            << Qt::endl;
                    } else if (played) {
                        err << QApplication::translate(
                            "main", "Autoplay: every stage did what it expects.")
                            << Qt::endl;
                    } else {
                        err << QApplication::translate(
                            "main", "Autoplay: these stages did not do what they expect:")
                            << '\n';
                        for (const QString &failure : controller->autoplayFailures())
                            err << "  " << failure << '\n';
                        err.flush();
                    }
                    QCoreApplication::exit(passed ? 0 : 1);
                });
        }
        controller->startAutoplay(start, int(paceSeconds * 1000));
    } else {
        if (parser.focusTextsGiven()) {
            // What the focus shows once the stage (and its demo) is done:
            // read afresh, painted, then written.
            const auto writeTexts = [&window, &lesson, &err, path = parser.focusTextsFile()](
                                        int index) {
                const QByteArray json
                    = window.focusView()->textsJson(lesson.stage(index).id) + '\n';
                window.repaint();
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()
                    || !file.commit())
                    err << QApplication::translate("main", "Cannot write the focus texts to %1: %2")
                               .arg(path, file.errorString())
                        << Qt::endl;
            };
            if (parser.demo())
                QObject::connect(
                    controller, &LessonController::demoFinished, &window,
                    [writeTexts](int index, bool) { writeTexts(index); }, Qt::SingleShotConnection);
            else
                QObject::connect(controller, &LessonController::stageReady, &window, writeTexts,
                    Qt::SingleShotConnection);
        }
        controller->lessonPanel()->setCurrentIndex(start);
        if (parser.demo()) {
            // Once the start stage is in place (its start actions settle first).
            if (!controller->isBusy()) {
                QTimer::singleShot(0, controller, &LessonController::runDemo);
            } else {
                QObject::connect(
                    controller, &LessonController::stageReady, controller,
                    [controller](
                        int) { QTimer::singleShot(0, controller, &LessonController::runDemo); },
                    Qt::SingleShotConnection);
            }
        }
    }
    const int status = QApplication::exec();
    if (!parser.pcapFile().isEmpty()) {
        QString problem;
        if (!pcap.commit(&problem)) {
            err << QApplication::translate("main", "Cannot write the capture to %1: %2")
                       .arg(parser.pcapFile(), problem)
                << Qt::endl;
            return status == 0 ? 1 : status;
        }
    }
    if (restart) {
        // Every socket is close-on-exec: the new image starts with none of them.
        const QStringList again = Language::withoutLanguageOption(QCoreApplication::arguments());
        std::vector<QByteArray> bytes;
        for (const QString &argument : again)
            bytes.push_back(argument.toLocal8Bit());
        std::vector<char *> argvAgain;
        for (QByteArray &argument : bytes)
            argvAgain.push_back(argument.data());
        argvAgain.push_back(nullptr);
        const QByteArray program = QCoreApplication::applicationFilePath().toLocal8Bit();
        ::execv(program.constData(), argvAgain.data());
        err << QApplication::translate(
            "main", "Could not start SocketLab again (%1); start it by hand.")
                   .arg(QString::fromLocal8Bit(std::strerror(errno)))
            << Qt::endl;
        return 1;
    }
    return status;
}
