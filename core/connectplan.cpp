#include "connectplan.h"

using namespace Qt::StringLiterals;

ConnectPlan::ConnectPlan(const QString &side, const QString &objectName, QObject *parent)
    : QObject(parent)
    , m_side(side)
    , m_objectName(objectName)
{ }

ConnectPlan::~ConnectPlan() = default;

void ConnectPlan::start(const QList<AddrInfo> &rows)
{
    if (m_running)
        cancel();
    if (m_socket && m_socket->parent() == this)
        delete m_socket;
    m_rows = rows;
    m_attempts.clear();
    m_next = 0;
    m_used = -1;
    m_running = true;
    tryNext();
}

void ConnectPlan::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_socket) {
        m_socket->cancel();
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit finished(false);
}

LiveSocket *ConnectPlan::takeSocket(QObject *parent)
{
    LiveSocket *socket = m_used >= 0 ? m_socket.data() : nullptr;
    if (socket)
        socket->setParent(parent);
    m_socket = nullptr;
    return socket;
}

void ConnectPlan::tryNext()
{
    if (!m_running)
        return;
    if (m_next >= m_rows.size()) {
        m_running = false;
        emit finished(false);
        return;
    }
    const int index = m_next++;
    const AddrInfo info = m_rows.at(index);
    m_attempts.append({info, {}, false});
    emit attemptStarted(index, info);

    auto *socket = new LiveSocket(m_side, m_objectName, this);
    m_socket = socket;
    connect(socket, &LiveSocket::callRecorded, this, &ConnectPlan::callRecorded);
    SocketError error = socket->open(info.family, info.type, info.proto);
    if (error) {
        attemptDone(index, error);
        return;
    }
    connect(socket, &LiveSocket::connected, this,
        [this, index](const Endpoint &) { attemptDone(index, {}); });
    connect(socket, &LiveSocket::failed, this,
        [this, index](const QString &, const SocketError &e, qint64) { attemptDone(index, e); });
    error = socket->connect(info.sockaddr);
    if (error)
        attemptDone(index, error);
}

void ConnectPlan::attemptDone(int index, const SocketError &error)
{
    // A socket's signals arrive once; ignore anything from a plan since restarted.
    if (!m_running || index != m_attempts.size() - 1 || m_attempts[index].connected
        || m_attempts[index].error)
        return;
    Attempt &attempt = m_attempts[index];
    attempt.error = error;
    if (!error) {
        attempt.connected = true;
        m_used = index;
        m_running = false;
        emit connected(index, attempt.info, m_socket);
        emit finished(true);
        return;
    }
    emit attemptFailed(index, attempt.info, error);
    if (m_socket) {
        LiveSocket *failed = m_socket;
        m_socket = nullptr;
        failed->close();
        failed->disconnect(this);
        failed->deleteLater();
    }
    // Next address on the next turn of the event loop, so that signal
    // handlers of this attempt finish first.
    QMetaObject::invokeMethod(this, &ConnectPlan::tryNext, Qt::QueuedConnection);
}
