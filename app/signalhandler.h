#pragma once

class QObject;

// SIGTERM or SIGINT (a logout, Ctrl+C in the terminal) quits the application
// through its event loop, so aboutToQuit handlers run (the window remembers
// its size, zoom and place). A signal handler may only make
// async-signal-safe calls (signal-safety(7)): it writes one byte to a pipe
// whose read end a QSocketNotifier watches (the self-pipe trick).
class SignalHandler final
{
public:
    // Installs the handlers for SIGTERM and SIGINT; the notifier lives as a
    // child of `context`. Call once, after the QCoreApplication exists.
    static void quitOnTermination(QObject *context);
};
