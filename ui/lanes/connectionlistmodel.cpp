#include "ui/lanes/connectionlistmodel.h"

#include "ui/lanes/shownstate.h"

#include <QLocale>

#include <cerrno>

using namespace Qt::StringLiterals;

ConnectionListModel::ConnectionListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_throttle(new Throttle(
          40, [this] { refreshAll(); }, this))
{ }

void ConnectionListModel::append(LiveSocket *conn)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({conn, 0, false});
    endInsertRows();
    auto refresh = [this, conn] {
        refreshRow(conn);
    };
    connect(conn, &LiveSocket::stateChanged, this, refresh);
    connect(conn, &LiveSocket::pendingChanged, m_throttle, &Throttle::request);
    connect(conn, &LiveSocket::readable, m_throttle, &Throttle::request);
    connect(conn, &LiveSocket::sent, m_throttle, &Throttle::request);
    // Every byte recv returned (single calls and a receive loop's runs), and
    // a reset however the call that met it was made (at once or after waiting).
    connect(conn, &LiveSocket::callRecorded, this, [this, conn](const CallEvent &event) {
        if (event.phase != CallEvent::Phase::Done)
            return;
        const int r = rowOf(conn);
        if (r < 0)
            return;
        if (event.error.kind() == SocketError::Kind::Errno && event.error.code() == ECONNRESET
            && !m_entries[r].reset) {
            m_entries[r].reset = true;
            refreshRow(conn);
            return;
        }
        if (event.call != CallEvent::Call::Recv || event.data.isEmpty())
            return;
        m_entries[r].received += event.data.size();
        m_throttle->request();
    });
    connect(conn, &QObject::destroyed, this, [this, conn] { refreshRow(conn); });
}

void ConnectionListModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.socket)
            disconnect(entry.socket, nullptr, this, nullptr);
    }
    m_entries.clear();
    endResetModel();
}

LiveSocket *ConnectionListModel::connection(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).socket.data() : nullptr;
}

int ConnectionListModel::rowOf(const LiveSocket *conn) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).socket == conn)
            return i;
    }
    return -1;
}

QList<LiveSocket *> ConnectionListModel::connections() const
{
    QList<LiveSocket *> out;
    for (const Entry &e : m_entries) {
        if (e.socket)
            out << e.socket.data();
    }
    return out;
}

void ConnectionListModel::refreshRow(const LiveSocket *conn)
{
    const int r = rowOf(conn);
    if (r >= 0)
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void ConnectionListModel::refreshAll()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    if (!e.socket)
        return index.column() == NameColumn ? QVariant(tr("(gone)")) : QVariant();
    const LiveSocket &s = *e.socket;
    switch (index.column()) {
    case NameColumn:
        return s.name();
    case RaddrColumn: {
        const Endpoint raddr = s.raddr();
        return raddr.isValid() ? raddr.toString() : tr("(none)");
    }
    case StateColumn: {
        // After a reset the connection is over, whatever state the socket
        // object was left in: it says so, as the kernel column does (CLOSED).
        const bool over = e.reset && s.state() != LiveSocket::State::Closed;
        QString text = over ? tr("reset by the peer") : ShownState::label(s);
        if (s.pending() != LiveSocket::Pending::None)
            text += u" · "_s % LiveSocket::pendingLabel(s.pending());
        return text;
    }
    case KernelColumn: {
        const TcpInfo info = s.tcpInfo();
        return info.valid ? TcpInfo::stateName(info.state) : QString();
    }
    case ReceivedColumn:
        return tr("%1 B").arg(QLocale().toString(e.received));
    }
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("name");
    case RaddrColumn:
        return tr("raddr");
    case StateColumn:
        return tr("state");
    case KernelColumn:
        return tr("kernel");
    case ReceivedColumn:
        return tr("received");
    }
    return {};
}
