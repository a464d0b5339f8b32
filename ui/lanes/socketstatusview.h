#pragma once

#include "core/net/livesocket.h"
#include "core/record/throttle.h"

#include <QPointer>
#include <QWidget>

class Lab;
class QLabel;
class QPushButton;
class QTimer;
class StateDiagram;

// What one LiveSocket looks like right now: its lifecycle diagram with the
// kernel's TCP state beside it (for a listening socket, the accept queue),
// laddr and raddr in endpoint notation and as Python tuples, its repr, and
// the pending call ("waiting in accept()") with a Cancel button.
// Refreshed on every signal the socket emits; no timer runs.
class SocketStatusView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketStatusView)

public:
    // lab: cancels the pending call when Cancel is pressed (not owned).
    explicit SocketStatusView(Lab *lab, QWidget *parent = nullptr);

    // Watches `socket` (not owned); nullptr shows nothing. `states` are the
    // lifecycle boxes drawn for it.
    void setSocket(LiveSocket *socket, const QList<LiveSocket::State> &states);
    LiveSocket *socket() const { return m_socket; }
    // Compact: no repr line (it moves to the tooltip) and no "ask the
    // kernel again" button; for the server's per-connection views.
    void setCompact(bool on);

    // Texts as shown (tests and the lesson read these).
    QString laddrText() const;
    QString raddrText() const;
    QString pendingText() const;
    QString kernelText() const;
    StateDiagram *diagram() const { return m_diagram; }

    // One line describing the kernel's view of `socket`: TCP state, accept
    // queue for a listener, bytes waiting for recv(). Empty when unknown.
    static QString kernelSummary(const LiveSocket &socket);

public slots:
    // Re-reads state, addresses and TCP_INFO from the socket.
    void refresh();

private:
    Lab *m_lab;
    QPointer<LiveSocket> m_socket;
    StateDiagram *m_diagram = nullptr;
    QLabel *m_laddr = nullptr;
    QLabel *m_raddr = nullptr;
    QLabel *m_repr = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_refresh = nullptr;
    // A recv(8) flood toggles the pending call and moves bytes thousands of
    // times a second; refresh() asks the kernel several questions.
    Throttle *m_throttle = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_compact = false;
};
