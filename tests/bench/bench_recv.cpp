// Benchmark: receiving 10 MiB with recv(8) through the window's model.
//
// The window path: the real MainWindow (1280x720, timeline, call buttons,
// transcript, layer diagram). Its Lab makes socket, bind (127.0.0.1, port 0),
// listen and accept; a plain thread connects and sends the bytes with
// blocking send(2) calls; the accepted connection, shown in the timeline, is
// read by a ReceiveLoop with an 8-byte buffer until EOF, as the lesson's
// "recvloop 8 eof" action does, and counted by a ChunkModel (the chunks'
// model). Every call goes through the transcript, the timeline and the
// diagram as it does in the app: a real recv(2) each, reported in runs
// (LiveSocket::recvRun, one event per slice of the event loop).
// With --view, only a ChunkModel counts the calls (no window, no transcript). The reference,
// measured first in the same run: a bare C++ loop making the same recv(8) calls on a blocking
// socket with no GUI. Prints total seconds, recv calls per second, the longest event-loop stall and
// peak RSS, each beside its target (issue 12: total under 2x the bare loop, no stall over 50 ms;
// issue 3: peak RSS under 150 MB). A stall is also shown with the part of it the thread was on a
// processor: on a busy machine the rest is time other programs had. With --transcript every call is
// also recorded by a Transcript shown in a TranscriptView, as the main window does (with --view).
// Loopback only; every loop ends by itself; asserts nothing, but exits 1 when the counts are not
// exact.
//
// The window's Lab is on the lab network, as in the app (its own network namespace, its lo
// captured): the sender is a socket of that namespace too, made by the Lab's helper
// (Lab::socketFactory), so the wire lane takes every segment (issue 13: under 2.5x the bare
// loop). With --wire the Lab uses this machine's network with its lo captured instead (root or
// CAP_NET_RAW); where the lab network is refused, this machine's network without capture.
//
// Usage: bench_recv [--mib N] [--buffer B] [--view [--transcript]] [--wire]   (offscreen by
// default)
#include "loopback.h"

#include "core/bytes/chunkmodel.h"
#include "core/bytes/receiveloop.h"
#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "core/record/transcript.h"
#include "core/wire/segmentmodel.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace {

struct Figures
{
    double seconds = 0;
    qint64 calls = 0;
    qint64 bytes = 0;
};

// The application, timing each event it delivers from the event loop (not the ones sent while
// another is being delivered): the slowest deliveries while `timing`, with what received them and
// how much of each this thread was on a processor. A stall of the heartbeat is one of these. The
// receive loop's own slices are left out: it bounds them itself (its turn and slice together at
// most 40 ms, core/bytes/receiveloop.cpp); what is listed is what the rest of the window costs.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Delivery
    {
        qint64 wallNs = 0;
        qint64 cpuNs = 0;
        QString receiver; // class name, and object name when set
        int type = 0; // QEvent::Type
    };
    static constexpr int Kept = 6;
    bool timing = false;
    std::vector<Delivery> slowest; // the Kept slowest, slowest first
    // Every delivery since the heartbeat last beat, the receive loop's included (its slices as
    // "ReceiveLoop"): what one stall was made of.
    std::vector<Delivery> sinceBeat;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!timing || m_depth > 0)
            return deliver(receiver, event);
        const qint64 cpu = bench::threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        const int type = int(event->type()); // the event may be gone after delivery
        if (qobject_cast<ReceiveLoop *>(receiver)
            || qobject_cast<ReceiveLoop *>(receiver->parent())) {
            const bool result = deliver(receiver, event);
            sinceBeat.push_back({wall.nsecsElapsed(), bench::threadCpuNs() - cpu,
                QStringLiteral("ReceiveLoop"), type});
            return result;
        }
        QString name = QString::fromLatin1(receiver->metaObject()->className());
        if (!receiver->objectName().isEmpty())
            name += u' ' + receiver->objectName();
        if (receiver->parent()) // whose timer or notifier it is
            name += QStringLiteral(" of ")
                + QString::fromLatin1(receiver->parent()->metaObject()->className());
        const bool result = deliver(receiver, event);
        Delivery d {wall.nsecsElapsed(), bench::threadCpuNs() - cpu, name, type};
        sinceBeat.push_back(d);
        if (slowest.size() < size_t(Kept) || d.wallNs > slowest.back().wallNs) {
            slowest.push_back(d);
            std::sort(slowest.begin(), slowest.end(),
                [](const Delivery &a, const Delivery &b) { return a.wallNs > b.wallNs; });
            if (slowest.size() > size_t(Kept))
                slowest.pop_back();
        }
        return result;
    }

private:
    bool deliver(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    int m_depth = 0;
};

Figures bareLoop(qint64 total, int buffer)
{
    quint16 port = 0;
    const int listener = bench::listenLoopback(&port);
    std::thread sender([&] {
        const int fd = bench::connectLoopback(port);
        bench::sendPattern(fd, total);
        ::close(fd);
    });
    const int conn = ::accept(listener, nullptr, nullptr);
    QByteArray buf(buffer, '\0');
    Figures f;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const ssize_t n = ::recv(conn, buf.data(), size_t(buffer), 0);
        ++f.calls;
        if (n <= 0)
            break;
        f.bytes += n;
    }
    f.seconds = timer.nsecsElapsed() / 1e9;
    sender.join();
    ::close(conn);
    ::close(listener);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("SOCKETLAB_LABNET_HELPER"))
        qputenv("SOCKETLAB_LABNET_HELPER", SOCKETLAB_LABNET_HELPER);
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's QSettings stay out of the user's
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SocketLab recv(8) throughput benchmark"));
    parser.addHelpOption();
    QCommandLineOption mibOption(QStringLiteral("mib"), QStringLiteral("MiB to receive."),
        QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption bufferOption(QStringLiteral("buffer"), QStringLiteral("recv size in bytes."),
        QStringLiteral("B"), QStringLiteral("8"));
    QCommandLineOption transcriptOption(QStringLiteral("transcript"),
        QStringLiteral("Also record every call in a shown Transcript/TranscriptView."));
    QCommandLineOption viewOption(QStringLiteral("view"),
        QStringLiteral("Measure a lone ChunkModel instead of the whole main window."));
    QCommandLineOption wireOption(QStringLiteral("wire"),
        QStringLiteral("Window path on this machine's network with its lo captured (root or "
                       "CAP_NET_RAW) instead of the lab network's: the wire lane on."));
    parser.addOptions({mibOption, bufferOption, transcriptOption, viewOption, wireOption});
    parser.process(app);
    const qint64 total = qMax(1, parser.value(mibOption).toInt()) * 1024LL * 1024LL;
    const int buffer = qBound(1, parser.value(bufferOption).toInt(), 65536);

    // The bare loop's time depends on how the sender thread is scheduled; the
    // reference is the median of three runs.
    std::vector<Figures> bareRuns;
    for (int i = 0; i < 3; ++i)
        bareRuns.push_back(bareLoop(total, buffer));
    std::sort(bareRuns.begin(), bareRuns.end(),
        [](const Figures &a, const Figures &b) { return a.seconds < b.seconds; });
    const Figures bare = bareRuns[1];
    const double bareRss = bench::peakRssMb();

    // The window path.
    const bool wholeWindow = !parser.isSet(viewOption);
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Lab> lab; // --view: the Lab whose server the lone view shows
    LiveSocket *conn = nullptr;
    quint16 port = 0;
    int senderFd = -1; // on the lab network: the sender's socket, made there
    if (wholeWindow) {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 720);
        window->show();
        if (parser.isSet(wireOption))
            window->lab()->setNetwork(Lab::Network::Host); // the sender is a thread of this machine
    } else {
        lab = std::make_unique<Lab>();
    }
    Lab *serverLab = window ? window->lab() : lab.get();
    {
        LiveSocket *server = serverLab->server();
        SocketError error = serverLab->open(server, AF_INET, SOCK_STREAM, 0);
        if (!error)
            error = serverLab->bind(server, Endpoint::inet(QStringLiteral("127.0.0.1"), 0));
        if (!error)
            error = serverLab->listen(server, 1);
        if (error) {
            std::fprintf(
                stderr, "bench_recv: the server failed: %s\n", qPrintable(error.toString()));
            return 1;
        }
        port = server->laddr().port();
        QObject::connect(serverLab, &Lab::connectionAccepted, serverLab,
            [&conn](LiveSocket *accepted) { conn = accepted; });
        error = serverLab->accept(server);
        if (error && !error.wouldBlock()) {
            std::fprintf(stderr, "bench_recv: accept failed: %s\n", qPrintable(error.toString()));
            return 1;
        }
    }
    if (serverLab->effectiveNetwork() == Lab::Network::Lab) {
        // The sender must live in the lab network too: a socket the Lab's helper makes there,
        // made blocking for the sender thread (a dup, so the Socket may close its own fd).
        SocketError error;
        const Socket peer = serverLab->socketFactory()(AF_INET, SOCK_STREAM, 0, &error);
        senderFd = peer.isValid() ? ::fcntl(peer.fd(), F_DUPFD_CLOEXEC, 0) : -1;
        if (senderFd < 0) {
            std::fprintf(stderr, "bench_recv: no socket in the lab network: %s\n",
                qPrintable(error.toString()));
            return 1;
        }
        ::fcntl(senderFd, F_SETFL, ::fcntl(senderFd, F_GETFL) & ~O_NONBLOCK);
    }
    std::thread sender([&] {
        const int fd = bench::connectLoopback(port, senderFd);
        if (fd < 0) {
            std::fprintf(stderr, "bench_recv: the sender could not connect\n");
            if (senderFd >= 0)
                ::close(senderFd);
            return;
        }
        bench::sendPattern(fd, total);
        ::close(fd);
    });
    QElapsedTimer guard;
    guard.start();
    while (!conn && guard.elapsed() < 10000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!conn) {
        std::fprintf(stderr, "bench_recv: no connection accepted\n");
        sender.join();
        return 1;
    }

    // The chunks' model (ChunkModel), fed every call the connection reports.
    ChunkModel chunks;
    QObject::connect(conn, &LiveSocket::callRecorded, &chunks, &ChunkModel::record);
    Transcript transcript;
    TranscriptView transcriptView;
    if (!window && parser.isSet(transcriptOption)) {
        QObject::connect(conn, &LiveSocket::callRecorded, &transcript, &Transcript::record);
        transcriptView.setTranscript(&transcript);
        transcriptView.resize(700, 400);
        transcriptView.show();
    }
    ReceiveLoop loop(conn);
    loop.setBufferLength(buffer);
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    loop.setDecode(Utf8Stream::Decode::Boundary); // as the lesson's loops do

    // The event loop's heartbeat: the longest gap between 5 ms ticks, minus 5 ms, and how much
    // of that gap this thread was on a processor (the rest: other programs had it).
    qint64 longestStallNs = 0;
    qint64 longestStallCpuNs = 0;
    std::vector<TimedApplication::Delivery> longestStallParts; // what the longest stall delivered
    int stallsOver50 = 0;
    int ticks = 0;
    QElapsedTimer beat;
    qint64 beatCpuNs = bench::threadCpuNs();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 stall = beat.nsecsElapsed() - 5000000;
        const qint64 cpu = bench::threadCpuNs();
        ++ticks;
        if (stall > 50000000)
            ++stallsOver50;
        if (stall > longestStallNs) {
            longestStallNs = stall;
            longestStallCpuNs = cpu - beatCpuNs;
            longestStallParts = app.sinceBeat;
        }
        app.sinceBeat.clear();
        beatCpuNs = cpu;
        beat.restart();
    });

    bool done = false;
    QObject::connect(&loop, &ReceiveLoop::stopped, &loop, [&done] { done = true; });
    QElapsedTimer timer;
    timer.start();
    beat.start();
    heartbeat.start();
    app.timing = true;
    loop.start();
    while (!done && timer.elapsed() < 600000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    app.timing = false;
    const double seconds = timer.nsecsElapsed() / 1e9;
    heartbeat.stop();
    sender.join();
    chunks.flush();

    const ChunkModel *model = &chunks;
    const double peakRss = bench::peakRssMb();
    const bool exact
        = model->totalBytes() == total && model->calls() == bare.calls && model->eofCount() == 1;
    auto verdict = [](bool met) {
        return met ? "met" : "MISSED";
    };
    std::printf("receiving %lld bytes with recv(%d) on 127.0.0.1 through %s\n",
        static_cast<long long>(total), buffer,
        wholeWindow ? "the main window (timeline, transcript, diagram, call buttons)"
            : parser.isSet(transcriptOption) ? "a ChunkModel and a TranscriptView"
                                             : "a lone ChunkModel");
    std::printf(
        "                    window path     bare C++ loop   target   (bare: median of 3 runs)\n");
    std::printf("  total          %10.2f s    %10.2f s    < 2x bare = %.2f s  %s  (%.2fx)\n",
        seconds, bare.seconds, 2 * bare.seconds, verdict(seconds < 2 * bare.seconds),
        seconds / bare.seconds);
    std::printf("  recv calls / s %10.0f      %10.0f      > %.0f\n", model->calls() / seconds,
        bare.calls / bare.seconds, bare.calls / bare.seconds / 2);
    std::printf("  longest stall  %10.1f ms   %10s       < 50 ms  %s  (on CPU %.1f ms of it)\n",
        longestStallNs / 1e6, "-", verdict(longestStallNs < 50000000), longestStallCpuNs / 1e6);
    std::printf("  stalls > 50 ms %10d of %d heartbeats\n", stallsOver50, ticks);
    std::printf("  peak RSS       %10.1f MB   %10.1f MB    < 150 MB  %s\n", peakRss, bareRss,
        verdict(peakRss < 150));
    std::printf("  recv calls     %10lld      %10lld      equal  %s\n",
        static_cast<long long>(model->calls()), static_cast<long long>(bare.calls),
        verdict(model->calls() == bare.calls));
    std::printf("  bytes          %10lld      %10lld      equal  %s\n",
        static_cast<long long>(model->totalBytes()), static_cast<long long>(bare.bytes),
        verdict(model->totalBytes() == bare.bytes));
    std::printf("  EOF rows       %10lld                      1\n",
        static_cast<long long>(model->eofCount()));
    std::printf("  rows kept      %10d (cap %d, %lld dropped)\n", model->rowCount(),
        model->maxRows(), static_cast<long long>(model->droppedRows()));
    if (window) {
        std::printf("  transcript     %10lld events recorded\n",
            static_cast<long long>(window->transcript()->recordedCount()));
        const Lab *windowLab = window->lab();
        std::printf("  wire lane      %s, %lld segments captured (%s network)\n",
            windowLab->capturing() ? "capturing" : "no capture",
            static_cast<long long>(windowLab->wire()->frameCount()),
            windowLab->effectiveNetwork() == Lab::Network::Lab ? "lab" : "host");
        if (windowLab->capturing()) {
            std::printf("  with the wire  %10.2f s    %10.2f s    < 2.5x bare = %.2f s  %s\n",
                seconds, bare.seconds, 2.5 * bare.seconds, verdict(seconds < 2.5 * bare.seconds));
        }
        if (!windowLab->capturing())
            std::printf("                 %s\n", qPrintable(windowLab->wireStatus()));
        std::printf("  timeline       %10d rows for %lld calls\n",
            window->timelineModel()->rowCount(),
            static_cast<long long>(window->timelineModel()->recordedCalls()));
    } else if (parser.isSet(transcriptOption))
        std::printf("  transcript     %10lld events recorded\n",
            static_cast<long long>(transcript.recordedCount()));
    std::printf("  slowest events besides the receive loop's slices (wall ms, on CPU ms, receiver, "
                "QEvent type):\n");
    for (const TimedApplication::Delivery &d : app.slowest)
        std::printf("                 %7.1f  %7.1f  %s (%d)\n", d.wallNs / 1e6, d.cpuNs / 1e6,
            qPrintable(d.receiver), d.type);
    // The longest stall's deliveries, summed by receiver, the costliest first.
    std::vector<TimedApplication::Delivery> parts;
    for (const TimedApplication::Delivery &d : longestStallParts) {
        auto it = std::find_if(parts.begin(), parts.end(),
            [&d](const TimedApplication::Delivery &p) { return p.receiver == d.receiver; });
        if (it == parts.end()) {
            parts.push_back(d);
            parts.back().type = 1; // now: how many
        } else {
            it->wallNs += d.wallNs;
            it->cpuNs += d.cpuNs;
            ++it->type;
        }
    }
    std::sort(parts.begin(), parts.end(),
        [](const TimedApplication::Delivery &a, const TimedApplication::Delivery &b) {
            return a.cpuNs > b.cpuNs;
        });
    std::printf("  the longest stall's events (wall ms, on CPU ms, receiver, how many):\n");
    for (size_t i = 0; i < parts.size() && i < 8; ++i)
        std::printf("                 %7.1f  %7.1f  %s (%d)\n", parts[i].wallNs / 1e6,
            parts[i].cpuNs / 1e6, qPrintable(parts[i].receiver), parts[i].type);
    std::printf("  stopped because  %s\n",
        qPrintable(ReceiveLoop::reasonText(loop.stopReason(), loop.stopRule())));
    return exact ? 0 : 1;
}
