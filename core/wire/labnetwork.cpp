#include "core/wire/labnetwork.h"

#include "core/wire/labnetprotocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// The first line of a /proc/sys file, or "" when it does not exist.
QString sysctl(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readLine()).trimmed();
}

} // namespace

LabNetwork::LabNetwork(QObject *parent)
    : QObject(parent)
    , m_helperPath(findHelper())
{ }

LabNetwork::~LabNetwork()
{
    stop();
}

QString LabNetwork::findHelper()
{
    const QString named = qEnvironmentVariable("SOCKETLAB_LABNET_HELPER");
    if (!named.isEmpty() && QFileInfo(named).isExecutable())
        return named;
    return findHelper(QCoreApplication::applicationDirPath());
}

QString LabNetwork::findHelper(const QString &dir)
{
    const QString name = QString::fromLatin1(HelperName);
    const QStringList candidates = {dir + u'/' + name,
        QDir::cleanPath(dir + u'/' + QStringLiteral(SOCKETLAB_LABNET_FROM_BINDIR) + u'/' + name)};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

bool LabNetwork::start()
{
    stop();
    m_mode = Mode::None;
    m_failure.clear();
    if (m_helperPath.isEmpty() || !QFileInfo(m_helperPath).isExecutable()) {
        fail(tr("The lab network needs its helper program %1, which is not installed next to "
                "SocketLab: reinstall SocketLab, or use this machine's network.")
                 .arg(QString::fromLatin1(HelperName)));
        return false;
    }
    if (!m_launcher.isEmpty() && QStandardPaths::findExecutable(m_launcher.first()).isEmpty()) {
        fail(tr("The lab network's helper should start through %1, which is not installed.")
                 .arg(m_launcher.first()));
        return false;
    }
    int ends[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ends) != 0) {
        fail(tr("The lab network could not be made: socketpair() failed with %1.")
                 .arg(SocketError::fromErrno(errno).toString()));
        return false;
    }
    m_channel = ends[0];
    const int childEnd = ends[1];

    QStringList arguments = m_launcher.mid(1);
    if (!m_launcher.isEmpty())
        arguments << m_helperPath;
    arguments << u"--fd"_s << QString::number(childEnd);
    if (m_forceUser)
        arguments << u"--user-namespace"_s;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    m_process->setInputChannelMode(QProcess::ForwardedInputChannel);
    // In the child, between fork and exec: only the helper's end stays open
    // across exec (fd flags belong to the child's own fd table).
    m_process->setChildProcessModifier(
        [childEnd] { fcntl(childEnd, F_SETFD, fcntl(childEnd, F_GETFD) & ~FD_CLOEXEC); });
    m_process->start(m_launcher.isEmpty() ? m_helperPath : m_launcher.first(), arguments);
    ::close(childEnd); // the child has its own copy: EOF here once it exits
    m_state = State::Starting;
    m_notifier = new QSocketNotifier(qintptr(m_channel), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LabNetwork::channelActivity);
    return true;
}

bool LabNetwork::waitForReady(int msecs)
{
    if (m_state == State::Starting) {
        m_notifier->setEnabled(false);
        LabNetProtocol::Reply reply;
        int fd = -1;
        QString problem;
        if (receive(msecs, &reply, &fd, &problem)) {
            if (fd >= 0)
                ::close(fd);
            if (reply.op != LabNetProtocol::Ready)
                fail(tr("The lab network's helper answered out of turn."));
            else if (reply.error != 0)
                fail(explainRefusal(QString::fromLatin1(reply.call), reply.error));
            else {
                m_mode = reply.mode == LabNetProtocol::NetworkOnly ? Mode::NetworkOnly
                                                                   : Mode::UserAndNetwork;
                m_state = State::Ready;
                m_notifier->setEnabled(true);
                emit ready();
            }
        } else {
            fail(problem);
        }
    }
    return m_state == State::Ready;
}

void LabNetwork::channelActivity()
{
    if (m_state == State::Starting) {
        waitForReady(0);
        return;
    }
    // Ready: the helper sends nothing unasked, so this is its end closing.
    char byte;
    const ssize_t n = recv(m_channel, &byte, 1, MSG_DONTWAIT | MSG_PEEK);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
        fail(tr("The lab network's helper stopped; the lab's sockets stay open, but no new ones "
                "can be made there."));
    else if (n > 0)
        recv(m_channel, &byte, 1, MSG_DONTWAIT); // a stray packet: drop it
}

bool LabNetwork::receive(int msecs, void *reply, int *fd, QString *problem)
{
    *fd = -1;
    QDeadlineTimer deadline(msecs);
    pollfd p {m_channel, POLLIN, 0};
    int ready;
    do
        ready = poll(&p, 1, int(deadline.remainingTime()));
    while (ready < 0 && errno == EINTR);
    if (ready == 0) {
        *problem = tr("The lab network's helper did not answer within %1 ms.").arg(msecs);
        return false;
    }
    LabNetProtocol::Reply message;
    iovec iov {&message, sizeof message};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr msg {};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t n;
    do
        n = recvmsg(m_channel, &msg, MSG_CMSG_CLOEXEC | MSG_DONTWAIT);
    while (n < 0 && errno == EINTR);
    for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
            std::memcpy(fd, CMSG_DATA(c), sizeof(int));
    }
    if (n == ssize_t(sizeof message) && message.magic == LabNetProtocol::Magic) {
        message.call[sizeof message.call - 1] = '\0';
        message.reason[sizeof message.reason - 1] = '\0';
        std::memcpy(reply, &message, sizeof message);
        return true;
    }
    if (*fd >= 0)
        ::close(*fd);
    *fd = -1;
    if (n <= 0) {
        m_process->waitForFinished(1000);
        *problem = tr("The lab network's helper stopped before it answered (exit status %1).")
                       .arg(m_process->exitCode());
    } else {
        *problem = tr("The lab network's helper sent a message SocketLab does not understand.");
    }
    return false;
}

int LabNetwork::request(quint32 op, int family, int type, int proto, SocketError *error)
{
    if (m_state == State::Starting)
        waitForReady();
    if (m_state != State::Ready) {
        *error = SocketError::refused(tr("the lab network is not there"),
            m_failure.isEmpty() ? tr("Start the lab network first.") : m_failure);
        return -1;
    }
    LabNetProtocol::Request message;
    message.op = op;
    message.family = family;
    message.type = type;
    message.proto = proto;
    if (::send(m_channel, &message, sizeof message, MSG_NOSIGNAL) != ssize_t(sizeof message)) {
        fail(tr("The lab network's helper stopped; no new sockets can be made there."));
        *error = SocketError::refused(tr("the lab network's helper stopped"), m_failure);
        return -1;
    }
    LabNetProtocol::Reply reply;
    int fd = -1;
    QString problem;
    if (!receive(RequestTimeoutMs, &reply, &fd, &problem)) {
        fail(problem);
        *error = SocketError::refused(tr("the lab network's helper stopped"), problem);
        return -1;
    }
    if (reply.error != 0 || fd < 0) {
        if (fd >= 0)
            ::close(fd);
        *error = SocketError::fromErrno(reply.error != 0 ? reply.error : EPROTO,
            op == LabNetProtocol::Socket ? u"socket" : u"capture");
        return -1;
    }
    *error = {};
    return fd;
}

Socket LabNetwork::createSocket(int family, int type, int proto, SocketError *error)
{
    const int fd = request(LabNetProtocol::Socket, family, type, proto, error);
    return fd >= 0 ? Socket(fd) : Socket();
}

int LabNetwork::openCapture(SocketError *error)
{
    return request(LabNetProtocol::Capture, 0, 0, 0, error);
}

qint64 LabNetwork::helperProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

void LabNetwork::stop()
{
    closeChannel();
    if (m_process) {
        // The helper exits when its end of the socketpair reads EOF.
        m_process->waitForFinished(1000);
        delete m_process;
        m_process = nullptr;
    }
    if (m_state != State::Failed)
        m_state = State::Off;
}

void LabNetwork::fail(const QString &reason)
{
    closeChannel();
    m_state = State::Failed;
    m_failure = reason;
    emit failed(reason);
}

void LabNetwork::closeChannel()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_channel >= 0)
        ::close(m_channel);
    m_channel = -1;
}

QString LabNetwork::explainRefusal(const QString &call, int errnoValue)
{
    const bool userNamespace = call.contains(u"CLONE_NEWUSER");
    if (userNamespace && errnoValue == ENOSPC)
        return tr("The lab network needs a user namespace, and this system allows no more "
                  "(user.max_user_namespaces is 0 or used up): raise it with sysctl "
                  "user.max_user_namespaces=10000, or start SocketLab as root.");
    if (userNamespace && (errnoValue == EINVAL || errnoValue == ENOSYS))
        return tr("The lab network needs user namespaces, which this kernel lacks: start "
                  "SocketLab as root.");
    if (userNamespace && errnoValue == EPERM) {
        if (sysctl("/proc/sys/kernel/unprivileged_userns_clone") == u"0")
            return tr("Unprivileged user namespaces are switched off here: run sysctl "
                      "kernel.unprivileged_userns_clone=1 as root, or start SocketLab as root.");
        if (sysctl("/proc/sys/kernel/apparmor_restrict_unprivileged_userns") == u"1")
            return tr("AppArmor keeps unprivileged programs out of user namespaces here: run "
                      "sysctl kernel.apparmor_restrict_unprivileged_userns=0 as root, or start "
                      "SocketLab as root.");
        return tr("The kernel refused SocketLab a user namespace (EPERM), as it does inside a "
                  "chroot or a locked-down container: start SocketLab outside it, or as root.");
    }
    const SocketError error = SocketError::fromErrno(errnoValue);
    return tr("The lab network could not be made: %1 failed with %2; the lessons can use this "
              "machine's network instead.")
        .arg(call, error.toString());
}
