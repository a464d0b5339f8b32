#include "eventlog.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

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
    parser.setApplicationDescription(QApplication::translate(
        "main", "Teaches TCP/IP and BSD sockets by making the real calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption role(u"role"_s,
        QApplication::translate("main", "Panels to show: server, client or both."), u"role"_s,
        u"both"_s);
    const QCommandLineOption host(u"host"_s,
        QApplication::translate("main", "Address both panels start with."), u"host"_s,
        u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s,
        QApplication::translate("main", "Port both panels start with (0-65535)."), u"port"_s,
        u"5000"_s);
    const QCommandLineOption events(u"events"_s,
        QApplication::translate("main", "Write every call event to FILE, one JSON object a line."),
        u"file"_s);
    parser.addOptions({role, host, port, events});
    parser.process(app);

    QTextStream err(stderr);
    const QString roleValue = parser.value(role);
    if (roleValue != u"server" && roleValue != u"client" && roleValue != u"both") {
        err << QApplication::translate("main", "--role must be server, client or both, not \"%1\".")
                   .arg(roleValue)
            << '\n';
        return 2;
    }
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        err << QApplication::translate(
            "main", "--port must be a number from 0 to 65535, not \"%1\".")
                   .arg(parser.value(port))
            << '\n';
        return 2;
    }

    EventLog log;
    if (parser.isSet(events)) {
        QString problem;
        if (!log.open(parser.value(events), &problem)) {
            err << QApplication::translate("main", "Cannot write events to %1: %2")
                       .arg(parser.value(events), problem)
                << '\n';
            return 2;
        }
    }

    MainWindow window;
    FirstPaintProbe::install(&window);
    window.setDefaultEndpoint(parser.value(host), QString::number(portValue));
    window.setRoles(roleValue == u"server" ? MainWindow::Roles::Server
            : roleValue == u"client"       ? MainWindow::Roles::Client
                                           : MainWindow::Roles::Both);
    QObject::connect(&window, &MainWindow::callRecorded, &log, &EventLog::write);
    window.show();
    return QApplication::exec();
}
