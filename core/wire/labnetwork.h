#pragma once

#include "core/net/socket.h"
#include "core/net/socketerror.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;
class QSocketNotifier;

// The lab network: a private Linux network namespace whose only interface
// is its own lo, where the lesson's sockets live. Nothing in it reaches
// another network, and its ports never clash with the machine's.
//
// A helper program (socketlab-labnet, core/wire/helper) makes the namespace
// and stays in it; it gets one end of a socketpair(2) and hands each socket
// it makes back over it with SCM_RIGHTS (unix(7); messages in
// labnetprotocol.h). Every call after that (bind, connect, send...) is the
// app's own system call on the real fd. As root the helper enters a network
// namespace alone (unshare(2) CLONE_NEWNET); as anyone else a user namespace
// with it (CLONE_NEWUSER, user_namespaces(7)) mapping only the user's own
// ids, so it never holds more privilege than the user who started the app.
//
// Life: start() (asynchronous: ready() or failed() follows; waitForReady()
// blocks for it, bounded), then createSocket()/openCapture() (each one short
// request, answered at once, waited for at most RequestTimeoutMs). When the
// namespace cannot be made, failureReason() is one sentence saying why and
// what to do; the rest of the app works without the lab. Destroying the
// object (or stop()) closes the socketpair and the helper exits; the
// namespace lives on while a socket made in it is open.
class LabNetwork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabNetwork)

public:
    enum class State { Off, Starting, Ready, Failed };
    Q_ENUM(State)
    // How the namespace was made (labnetprotocol.h's Mode).
    enum class Mode { None, NetworkOnly, UserAndNetwork };
    Q_ENUM(Mode)

    static constexpr int StartTimeoutMs = 5000;
    static constexpr int RequestTimeoutMs = 2000;
    static constexpr char HelperName[] = "socketlab-labnet";

    explicit LabNetwork(QObject *parent = nullptr);
    ~LabNetwork() override;

    // The helper named by the environment variable SOCKETLAB_LABNET_HELPER
    // (the test suites set it), else the one next to the running program
    // (the build tree: build/app) or at its installed place
    // (libexec/socketlab beside bin); "" if none.
    static QString findHelper();
    // The same, for a program in `programDir`.
    static QString findHelper(const QString &programDir);
    // Use this helper program instead of findHelper()'s.
    void setHelperPath(const QString &path) { m_helperPath = path; }
    QString helperPath() const { return m_helperPath; }
    // Runs the helper through this command, e.g. {"setpriv", "--reuid=65534",
    // "--regid=65534", "--clear-groups"}: its arguments come first, then the
    // helper and its own. The command must keep inherited fds open.
    void setLauncher(const QStringList &command) { m_launcher = command; }
    // Makes the helper take the user-namespace path even as root.
    void setForceUserNamespace(bool force) { m_forceUser = force; }

    // Starts the helper. False (and failed() with the reason) when it cannot
    // even be started; else ready() or failed() follows.
    bool start();
    // Blocks until ready or failed, at most `msecs`. True when ready.
    bool waitForReady(int msecs = StartTimeoutMs);
    // Closes the socketpair: the helper exits. State becomes Off.
    void stop();

    State state() const { return m_state; }
    Mode mode() const { return m_mode; }
    // The helper's process id while it runs (the launcher's, if one is set), else 0.
    qint64 helperProcessId() const;
    // One sentence: why the lab network is not there and what to do.
    QString failureReason() const { return m_failure; }

    // socket(2) inside the lab network: family AF_INET or AF_INET6, type
    // SOCK_STREAM or SOCK_DGRAM, proto as socket(2). The helper's errno comes
    // back in *error (SocketError::fromErrno, call "socket"); a request
    // while the lab is not ready is refused (Kind::Refused) with the reason.
    Socket createSocket(int family, int type, int proto, SocketError *error);
    // An AF_PACKET SOCK_RAW socket bound to the lab's lo, leaving frames
    // filtered out (packet(7)); the caller owns the fd (-1 on error, with
    // *error). Feed it to PacketCapture.
    int openCapture(SocketError *error);

    // The sentence for a namespace the kernel refused: `call` as the helper
    // names it ("unshare(CLONE_NEWUSER|CLONE_NEWNET)"), `errnoValue` its
    // errno. Reads the sysctls that decide it (kernel.unprivileged_userns_clone,
    // kernel.apparmor_restrict_unprivileged_userns, user.max_user_namespaces).
    static QString explainRefusal(const QString &call, int errnoValue);

signals:
    void ready();
    void failed(const QString &reason);

private:
    // One Reply from the helper (with its fd, or -1), waiting at most msecs.
    bool receive(int msecs, void *reply, int *fd, QString *problem);
    int request(quint32 op, int family, int type, int proto, SocketError *error);
    void readReady();
    void channelActivity();
    void fail(const QString &reason);
    void closeChannel();

    QString m_helperPath;
    QStringList m_launcher;
    bool m_forceUser = false;
    State m_state = State::Off;
    Mode m_mode = Mode::None;
    QString m_failure;
    int m_channel = -1;
    QProcess *m_process = nullptr;
    QSocketNotifier *m_notifier = nullptr;
};
