#pragma once

#include "core/net/livesocket.h"
#include "core/record/throttle.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

// The server's accepted connections, one row each, in accept order:
// object name ("conn", "conn2"...), raddr, lifecycle state, kernel TCP
// state, bytes received. Rows update when their socket changes state at
// once, and after data calls at most every 40 ms (a Throttle).
// Sockets are not owned (LiveSocket makes them children of the listener).
class ConnectionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)

public:
    enum Column { NameColumn, RaddrColumn, StateColumn, KernelColumn, ReceivedColumn, ColumnCount };

    explicit ConnectionListModel(QObject *parent = nullptr);

    void append(LiveSocket *conn);
    // Forgets every row (the Lab forgot the connections).
    void clear();
    LiveSocket *connection(int row) const;
    int rowOf(const LiveSocket *conn) const;
    QList<LiveSocket *> connections() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QPointer<LiveSocket> socket;
        qint64 received = 0;
        bool reset = false;
    };
    void refreshRow(const LiveSocket *conn);
    void refreshAll();

    QList<Entry> m_entries;
    Throttle *m_throttle = nullptr;
};
