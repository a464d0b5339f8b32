// Benchmark: the memory of receiving 400 MiB with recv(65536) through the
// whole main window (issue 11: it grew to 636 MB and stayed there).
//
// The window path: the real MainWindow (1280x720, timeline, call buttons,
// transcript, layer diagram). Its Lab makes socket, bind (127.0.0.1, port 0),
// listen and accept; a plain thread connects and sends the bytes with
// blocking send(2) calls, then shuts down; the accepted connection, shown in
// the timeline and counted by a ChunkModel, is read by a ReceiveLoop with a
// 65536-byte buffer until EOF, as the lesson's "recvloop 65536 eof" action
// does. Every call reaches the transcript and the views as in the app.
//
// Printed, beside a bare C++ loop measured first in the same run (the same
// recv(65536) calls on a blocking socket, no GUI): RSS at the start, peak RSS
// during the transfer (VmHWM after resetting it, proc(5) clear_refs; else
// getrusage), and RSS 2 s after the end (the event loop runs meanwhile, as
// views catch up). Targets: peak under 150 MB; 2 s after, within 20 MB of
// the start. Loopback only; every loop ends by itself; asserts nothing, but
// exits 1 when the counts are not exact.
//
// Usage: bench_bigrecv [--mib N] [--buffer B]   (offscreen by default)
#include "loopback.h"

#include "core/bytes/chunkmodel.h"
#include "core/bytes/receiveloop.h"
#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "core/record/transcript.h"
#include "ui/timeline/transcriptview.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>

#include <cstdio>
#include <thread>

namespace {

constexpr int settleMs = 2000; // "RSS 2 s after the end"

struct Memory
{
    double start = 0; // MB, before the transfer
    double peak = 0; // MB, highest during the transfer
    double after = 0; // MB, settleMs after the end
    double heapStart = 0; // MB malloc'd and in use, before the transfer
    double heapAfter = 0; // and settleMs after the end
};

struct Figures
{
    double seconds = 0;
    qint64 calls = 0;
    qint64 bytes = 0;
    Memory memory;
};

// Runs the event loop for `ms` (views catch up, deferred deletes run).
void settle(QApplication &app, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        app.processEvents(QEventLoop::WaitForMoreEvents, int(ms - clock.elapsed()));
}

// The peak since `start` was taken: VmHWM when it could be reset, else the
// samples a timer took (and getrusage's lifetime peak as a floor for them).
class PeakWatch
{
public:
    PeakWatch()
        : m_reset(bench::resetPeakRss())
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
            [this] { m_sampled = qMax(m_sampled, bench::rssMb()); });
        m_timer.start(10);
        m_sampled = bench::rssMb();
    }
    double peak() const { return m_reset ? bench::peakSinceResetMb() : m_sampled; }
    bool exact() const { return m_reset; }

private:
    bool m_reset = false;
    double m_sampled = 0;
    QTimer m_timer;
};

Figures bareLoop(QApplication &app, qint64 total, int buffer)
{
    Figures f;
    quint16 port = 0;
    const int listener = bench::listenLoopback(&port);
    std::thread sender([&] {
        const int fd = bench::connectLoopback(port);
        bench::sendPattern(fd, total);
        ::close(fd);
    });
    const int conn = ::accept(listener, nullptr, nullptr);
    QByteArray buf(buffer, '\0');
    f.memory.start = bench::rssMb();
    f.memory.heapStart = bench::heapInUseMb();
    const bool reset = bench::resetPeakRss();
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
    f.memory.peak = reset ? bench::peakSinceResetMb() : bench::peakRssMb();
    sender.join();
    ::close(conn);
    ::close(listener);
    settle(app, settleMs);
    f.memory.after = bench::rssMb();
    f.memory.heapAfter = bench::heapInUseMb();
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's QSettings stay out of the user's
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SocketLab memory benchmark: 400 MiB with recv(65536) through the window"));
    parser.addHelpOption();
    QCommandLineOption mibOption(QStringLiteral("mib"), QStringLiteral("MiB to receive."),
        QStringLiteral("N"), QStringLiteral("400"));
    QCommandLineOption bufferOption(QStringLiteral("buffer"), QStringLiteral("recv size in bytes."),
        QStringLiteral("B"), QStringLiteral("65536"));
    parser.addOptions({mibOption, bufferOption});
    parser.process(app);
    const qint64 total = qMax(1, parser.value(mibOption).toInt()) * 1024LL * 1024LL;
    const int buffer = qBound(1, parser.value(bufferOption).toInt(), 65536);

    const Figures bare = bareLoop(app, total, buffer);

    MainWindow window;
    window.resize(1280, 720);
    window.show();
    Lab *lab = window.lab();
    lab->setNetwork(Lab::Network::Host); // the sender is a thread of this machine
    LiveSocket *server = lab->server();
    LiveSocket *conn = nullptr;
    QObject::connect(
        lab, &Lab::connectionAccepted, lab, [&conn](LiveSocket *accepted) { conn = accepted; });
    SocketError error = lab->open(server, AF_INET, SOCK_STREAM, 0);
    if (!error)
        error = lab->bind(server, Endpoint::inet(QStringLiteral("127.0.0.1"), 0));
    if (!error)
        error = lab->listen(server, 1);
    if (!error)
        error = lab->accept(server);
    if (error && !error.wouldBlock()) {
        std::fprintf(
            stderr, "bench_bigrecv: the server failed: %s\n", qPrintable(error.toString()));
        return 1;
    }
    const quint16 port = server->laddr().port();
    QElapsedTimer guard;
    guard.start();
    int peerFd = -1;
    std::thread connector([&] { peerFd = bench::connectLoopback(port); });
    connector.join();
    while (!conn && guard.elapsed() < 10000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!conn || peerFd < 0) {
        std::fprintf(stderr, "bench_bigrecv: no connection accepted\n");
        return 1;
    }
    ChunkModel chunks; // the chunks' model, fed every call the connection reports
    QObject::connect(conn, &LiveSocket::callRecorded, &chunks, &ChunkModel::record);
    settle(app, 500); // the window has painted what the accept changed

    Figures viaWindow;
    ReceiveLoop loop(conn);
    loop.setBufferLength(buffer);
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    loop.setDecode(Utf8Stream::Decode::Boundary); // as the lesson's loops do
    bool done = false;
    QObject::connect(&loop, &ReceiveLoop::stopped, &loop, [&done] { done = true; });

    viaWindow.memory.start = bench::rssMb();
    viaWindow.memory.heapStart = bench::heapInUseMb();
    PeakWatch watch;
    std::thread sender([&] {
        bench::sendPattern(peerFd, total);
        ::close(peerFd);
    });
    QElapsedTimer timer;
    timer.start();
    loop.start();
    while (!done && timer.elapsed() < 600000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    viaWindow.seconds = timer.nsecsElapsed() / 1e9;
    sender.join();
    chunks.flush();
    settle(app, settleMs);
    viaWindow.memory.peak = watch.peak();
    viaWindow.memory.after = bench::rssMb();
    viaWindow.memory.heapAfter = bench::heapInUseMb();

    const ChunkModel *model = &chunks;
    viaWindow.calls = model->calls();
    viaWindow.bytes = model->totalBytes();
    // A recv(65536) returns less when less has arrived: the call counts of the
    // two paths differ with timing; each must match its own bytes and EOF.
    const bool exact = done && viaWindow.bytes == total && viaWindow.calls == loop.chunkCount()
        && model->eofCount() == 1 && loop.stopReason() == ReceiveLoop::StopReason::Eof;
    auto verdict = [](bool met) {
        return met ? "met" : "MISSED";
    };
    const Transcript *transcript = window.transcript();
    std::printf("receiving %lld bytes with recv(%d) on 127.0.0.1 through the main window "
                "(timeline, transcript, diagram, call buttons)\n",
        static_cast<long long>(total), buffer);
    std::printf("                      window path     bare C++ loop   target\n");
    std::printf(
        "  RSS at the start %10.1f MB   %10.1f MB\n", viaWindow.memory.start, bare.memory.start);
    std::printf("  peak RSS         %10.1f MB   %10.1f MB    < 150 MB  %s%s\n",
        viaWindow.memory.peak, bare.memory.peak, verdict(viaWindow.memory.peak < 150),
        watch.exact() ? "" : "  (sampled every 10 ms: VmHWM could not be reset)");
    std::printf("  RSS 2 s after    %10.1f MB   %10.1f MB    < start + 20 = %.1f MB  %s\n",
        viaWindow.memory.after, bare.memory.after, viaWindow.memory.start + 20,
        verdict(viaWindow.memory.after < viaWindow.memory.start + 20));
    std::printf("  heap in use      %10.1f MB   %10.1f MB    (malloc'd, at the start)\n",
        viaWindow.memory.heapStart, bare.memory.heapStart);
    std::printf(
        "  heap in use 2 s after %5.1f MB   %10.1f MB    (the rest of the RSS is free memory "
        "the allocator keeps)\n",
        viaWindow.memory.heapAfter, bare.memory.heapAfter);
    std::printf("  total            %10.2f s    %10.2f s\n", viaWindow.seconds, bare.seconds);
    std::printf("  recv calls       %10lld      %10lld      (each returns what has arrived, "
                "at most %d)\n",
        static_cast<long long>(viaWindow.calls), static_cast<long long>(bare.calls), buffer);
    std::printf("  bytes            %10lld      %10lld      equal  %s\n",
        static_cast<long long>(viaWindow.bytes), static_cast<long long>(bare.bytes),
        verdict(viaWindow.bytes == bare.bytes));
    std::printf("  chunk rows kept  %10d (cap %d, %lld dropped)\n", model->rowCount(),
        model->maxRows(), static_cast<long long>(model->droppedRows()));
    std::printf("  transcript       %10lld events recorded, %d kept in %.1f MB (cap %.1f MB)\n",
        static_cast<long long>(transcript->recordedCount()), transcript->entryCount(),
        transcript->keptBytes() / 1048576.0, transcript->maxBytes() / 1048576.0);
    QStringList tabs;
    for (const auto tab : {TranscriptView::ServerTab, TranscriptView::ClientTab,
             TranscriptView::CTab, TranscriptView::JsonTab}) {
        const QTextDocument *document = window.transcriptTabs()->textView(tab)->document();
        tabs << QStringLiteral("%1 lines / %2 characters")
                    .arg(document->blockCount())
                    .arg(document->characterCount());
    }
    std::printf("  transcript tabs  %s\n", qPrintable(tabs.join(QStringLiteral(", "))));
    std::printf("  stopped because  %s\n",
        qPrintable(ReceiveLoop::reasonText(loop.stopReason(), loop.stopRule())));
    return exact ? 0 : 1;
}
