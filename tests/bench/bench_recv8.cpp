// Receives 10 MiB with recv(8) through the bytes path the window uses
// (LiveSocket -> ReceiveLoop -> ChunkModel in a shown BytesView, every call
// recorded by a Transcript shown in a TranscriptView) and prints the figures
// beside a bare C++ loop making the same recv(8) calls with no GUI.
//
//   bench_recv8 [--mib N] [--no-transcript]     (QT_QPA_PLATFORM=offscreen works)
//
// Targets (issue 3): total under 3x the bare loop, no event-loop stall over
// 50 ms, peak RSS under 150 MB. Prints figures only; asserts nothing.
#include "bytesview.h"
#include "chunkmodel.h"
#include "livesocket.h"
#include "receiveloop.h"
#include "transcript.h"
#include "transcriptview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    return data;
}

struct Figures
{
    double seconds = 0;
    qint64 calls = 0;
    qint64 bytes = 0;
    qint64 longestStallMs = 0;
};

// Blocking recv(8) on a loopback TCP connection; a thread sends and shuts down.
Figures bareLoop(const QByteArray &data)
{
    Figures f;
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(listener, 1) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return f;
    const int sender = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(sender, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return f;
    const int conn = ::accept(listener, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    std::thread thread([&] {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const ssize_t n
                = ::send(sender, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        ::shutdown(sender, SHUT_WR);
    });
    char buf[8];
    for (;;) {
        const ssize_t n = ::recv(conn, buf, sizeof buf, 0);
        ++f.calls;
        if (n <= 0)
            break;
        f.bytes += n;
    }
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    thread.join();
    ::close(conn);
    ::close(sender);
    ::close(listener);
    return f;
}

Figures windowPath(const QByteArray &data, bool withTranscript)
{
    Figures f;
    LiveSocket server(u"server"_s, u"server"_s);
    LiveSocket client(u"client"_s, u"client"_s);
    Transcript transcript;
    TranscriptView transcriptView;
    ChunkModel model;
    BytesView bytesView;
    if (server.open(AF_INET, SOCK_STREAM, IPPROTO_TCP)
        || server.bind(Endpoint::inet(u"127.0.0.1"_s, 0)) || server.listen(1))
        return f;
    LiveSocket *conn = nullptr;
    QObject::connect(
        &server, &LiveSocket::accepted, &server, [&](LiveSocket *accepted) { conn = accepted; });
    if (server.accept() || client.open(AF_INET, SOCK_STREAM, IPPROTO_TCP)
        || client.connect(server.laddr()))
        return f;
    QElapsedTimer guard;
    guard.start();
    while ((!conn || client.state() != LiveSocket::State::Connected) && guard.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!conn)
        return f;

    if (withTranscript) {
        for (LiveSocket *s : {&server, &client, conn})
            QObject::connect(s, &LiveSocket::callRecorded, &transcript, &Transcript::record);
        transcriptView.setTranscript(&transcript);
        transcriptView.resize(700, 400);
        transcriptView.show();
    }
    QObject::connect(conn, &LiveSocket::callRecorded, &model, &ChunkModel::record);
    bytesView.setModel(&model);
    bytesView.resize(900, 600);
    bytesView.show();

    ReceiveLoop loop(conn);
    loop.setStopRule(ReceiveLoop::StopRule::Eof);
    (void)loop.setBufferLength(8);

    // The longest gap between ticks of a 5 ms timer is the longest stall.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.elapsed();
        f.longestStallMs = qMax(f.longestStallMs, now - lastTick - 5);
        lastTick = now;
    });
    QObject::connect(&client, &LiveSocket::sent, &client, [&] { (void)client.shutdown(SHUT_WR); });
    bool done = false;
    QObject::connect(&loop, &ReceiveLoop::stopped, &loop, [&] { done = true; });

    QElapsedTimer timer;
    timer.start();
    probe.start();
    lastTick = clock.elapsed();
    (void)loop.start();
    (void)client.sendall(data);
    while (!done && timer.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.calls = model.calls();
    f.bytes = model.totalBytes();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"10 MiB at recv(8): the window's bytes path beside a bare loop."_s);
    parser.addHelpOption();
    const QCommandLineOption mibOption(
        u"mib"_s, u"MiB to receive (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption noTranscript(u"no-transcript"_s, u"Leave the transcript out."_s);
    parser.addOptions({mibOption, noTranscript});
    parser.process(app);

    const QByteArray data = pattern(qsizetype(parser.value(mibOption).toInt()) * 1024 * 1024);
    const Figures bare = bareLoop(data);
    const Figures gui = windowPath(data, !parser.isSet(noTranscript));
    const long rssMb = peakRssKb() / 1024;

    std::printf("recv(8) of %lld bytes\n", static_cast<long long>(data.size()));
    std::printf("  bare loop   : %.2f s, %lld calls, %.0f calls/s\n", bare.seconds,
        static_cast<long long>(bare.calls), double(bare.calls) / bare.seconds);
    std::printf("  window path : %.2f s, %lld calls, %.0f calls/s, %lld bytes counted\n",
        gui.seconds, static_cast<long long>(gui.calls), double(gui.calls) / gui.seconds,
        static_cast<long long>(gui.bytes));
    std::printf(
        "  ratio       : %.2fx the bare loop (target under 3x)\n", gui.seconds / bare.seconds);
    std::printf("  longest event-loop stall: %lld ms (target 50 ms)\n",
        static_cast<long long>(gui.longestStallMs));
    std::printf("  peak RSS    : %ld MB (target 150 MB)\n", rssMb);
    return gui.bytes == data.size() ? 0 : 1;
}
