// Benchmark: process start to first paint, idle memory and idle CPU.
//
// Starts SocketLab and a bare QMainWindow program (the reference, measured in
// the same run) on the offscreen platform, several times each, and prints:
//   - ms from the launcher's fork/exec to the window's first paint (median),
//     against the bare window showing one line of text (issue 12: under 2x);
//     an empty bare window is shown for scale
//   - RSS of the idle window one second after its first paint (MB, target < 60)
//   - CPU clock ticks used over 10 s of idling (target: 0)
// Usage: bench_startup [SOCKETLAB_BINARY BARE_BINARY] [--runs N] [--idle-seconds S]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <unistd.h>

namespace {

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// VmRSS of a process in kB, from /proc/PID/status.
qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// utime + stime of a process in clock ticks, from /proc/PID/stat.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", field 3 is index 0: utime is field 14, stime 15.
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

struct Run
{
    double firstPaintMs = -1;
    qint64 idleRssKb = -1;
    qint64 idleTicks = -1;
};

// Starts `program`, waits for its "first-paint" line, optionally idles it.
std::optional<Run> runOnce(
    const QString &program, const QString &configDir, int idleSeconds, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SOCKETLAB_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(arguments);

    const qint64 started = monotonicNs();
    process.start();
    if (!process.waitForStarted(10000))
        return std::nullopt;

    Run run;
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (run.firstPaintMs < 0 && waited.elapsed() < 20000) {
        if (!process.waitForReadyRead(20000 - int(waited.elapsed())))
            break;
        out += process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            const qint64 painted = out.mid(at + 12, out.indexOf('\n', at) - at - 12).toLongLong();
            run.firstPaintMs = double(painted - started) / 1e6;
        }
    }
    if (run.firstPaintMs >= 0 && idleSeconds > 0) {
        QThread::sleep(1);
        run.idleRssKb = rssKb(process.processId());
        const qint64 before = cpuTicks(process.processId());
        QThread::sleep(idleSeconds);
        run.idleTicks = cpuTicks(process.processId()) - before;
    }
    process.kill();
    process.waitForFinished(5000);
    if (run.firstPaintMs < 0)
        return std::nullopt;
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SocketLab start-up and idle benchmark"));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts per program."),
        QStringLiteral("N"), QStringLiteral("7"));
    QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
        QStringLiteral("Idle time measured for CPU use."), QStringLiteral("S"),
        QStringLiteral("10"));
    parser.addOptions({runsOption, idleOption});
    parser.addPositionalArgument(QStringLiteral("socketlab"), QStringLiteral("SocketLab binary"));
    parser.addPositionalArgument(QStringLiteral("bare"), QStringLiteral("bare window binary"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString socketlab = args.value(0, QStringLiteral(SOCKETLAB_BINARY));
    const QString bare = args.value(1, QStringLiteral(BARE_BINARY));
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int idleSeconds = std::max(0, parser.value(idleOption).toInt());

    QTemporaryDir configDir;
    std::vector<double> appMs, bareMs, textMs;
    Run appIdle, bareIdle;
    for (int i = 0; i < runs; ++i) {
        // Alternate the two programs so both see the same machine load.
        const bool measureIdle = i == 0;
        auto a = runOnce(socketlab, configDir.path(), measureIdle ? idleSeconds : 0,
            {QStringLiteral("--port"), QStringLiteral("0")});
        auto b = runOnce(bare, configDir.path(), measureIdle ? 1 : 0, {});
        auto t = runOnce(bare, configDir.path(), 0, {QStringLiteral("--text")});
        if (!a || !b || !t) {
            std::fprintf(stderr, "bench_startup: a program did not report its first paint\n");
            return 1;
        }
        appMs.push_back(a->firstPaintMs);
        bareMs.push_back(b->firstPaintMs);
        textMs.push_back(t->firstPaintMs);
        if (measureIdle) {
            appIdle = *a;
            bareIdle = *b;
        }
    }

    const double app_ = median(appMs), bare_ = median(bareMs), text_ = median(textMs);
    std::printf("start to first paint (median of %d, offscreen)\n", runs);
    std::printf("  socketlab      %8.1f ms   (the window with the lesson's stage in it)\n", app_);
    std::printf(
        "  bare window    %8.1f ms   (with one line of text: the font system started)\n", text_);
    std::printf("  ratio          %8.2f x   (target < 2.00)  %s\n", text_ > 0 ? app_ / text_ : -1.0,
        app_ < 2 * text_ ? "met" : "MISSED");
    std::printf("  for scale: an empty bare window %.1f ms; socketlab is %.2f x that\n", bare_,
        bare_ > 0 ? app_ / bare_ : -1.0);
    const double rssMb = appIdle.idleRssKb / 1024.0;
    std::printf("idle window, 1 s after first paint\n");
    std::printf(
        "  socketlab RSS  %8.1f MB   (target < 60)  %s\n", rssMb, rssMb < 60 ? "met" : "MISSED");
    std::printf("  bare RSS       %8.1f MB\n", bareIdle.idleRssKb / 1024.0);
    std::printf("CPU over %d s idle: %lld ticks (target 0, %ld ticks/s)  %s\n", idleSeconds,
        static_cast<long long>(appIdle.idleTicks), sysconf(_SC_CLK_TCK),
        appIdle.idleTicks == 0 ? "met" : "MISSED");
    return 0;
}
