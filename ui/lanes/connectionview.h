#pragma once

#include "core/net/livesocket.h"

#include <QPointer>
#include <QWidget>

class ErrorView;
class Lab;
class BytesView;
class ChunkModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class SendBox;
class SocketStatusView;

// One connected socket's work area: the data calls in the lesson's order
// (recv(bufsize), sendall(), send(), shutdown(how), close()), the send box,
// every recv shown as it returned, and errors inline. The server panel makes
// one per accepted connection ("conn", "conn2", ...); the client panel uses
// one for its own socket.
//
// Buttons are enabled only when the call makes sense for the socket's state,
// unless expert mode is on. Orderly shutdown (recv returned 0) and a reset
// (ECONNRESET) are shown differently.
class ConnectionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionView)

public:
    // showStatus: include the socket's own state diagram and laddr/raddr
    // (the server's conn views do; the client panel shows its own above).
    // sendFirst: sendall/send before recv, the client's order in the lesson.
    // lab: makes the calls (not owned); socket: one of its sockets.
    ConnectionView(
        Lab *lab, LiveSocket *socket, bool showStatus, bool sendFirst, QWidget *parent = nullptr);

    LiveSocket *socket() const { return m_socket; }
    SendBox *sendBox() const { return m_sendBox; }
    SocketStatusView *statusView() const { return m_status; }
    ErrorView *errorView() const { return m_error; }
    // One row per recv call: call number, bytes asked, bytes returned, text, hex.
    ChunkModel *chunkModel() const { return m_model; }
    BytesView *bytesView() const { return m_bytes; }
    // The bytes received so far, in order (all of them up to 128 KiB; beyond
    // that the first and last 64 KiB, see ChunkModel).
    QByteArray receivedBytes() const;
    // "" while connected, else the peer's last word: orderly shutdown or reset.
    QString peerText() const;
    QPushButton *button(const QString &call) const;
    void setExpert(bool on);
    int bufferLength() const;
    void setBufferLength(int bytes);

public slots:
    // The calls, as the buttons make them. Bytes come from the send box
    // unless given. Each returns the immediate result (errors are also shown).
    SocketError recv();
    SocketError sendall();
    SocketError send();
    SocketError shutdown();
    SocketError close();
    // shutdown's `how` from "SHUT_RD", "SHUT_WR", "SHUT_RDWR" (or RD/WR/RDWR).
    void setShutdownHow(const QString &how);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    void refreshButtons();
    // A finished recv of the socket: its row, and the peer's EOF or reset.
    void recordEvent(const CallEvent &event);
    // A pending call that failed (recv's are recordEvent's).
    void recordFailure(const QString &call, const SocketError &error, qint64 bytesBefore);
    SocketError report(const QString &call, const SocketError &error);
    std::optional<QByteArray> messageBytes();

    Lab *m_lab; // makes every call (not owned)
    QPointer<LiveSocket> m_socket;
    SocketStatusView *m_status = nullptr;
    QPushButton *m_recv = nullptr;
    QSpinBox *m_bufsize = nullptr;
    QPushButton *m_sendall = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_shutdown = nullptr;
    QComboBox *m_how = nullptr;
    QPushButton *m_close = nullptr;
    SendBox *m_sendBox = nullptr;
    ErrorView *m_error = nullptr;
    QLabel *m_peer = nullptr;
    ChunkModel *m_model = nullptr;
    BytesView *m_bytes = nullptr;
    bool m_expert = false;
    bool m_shutWr = false;
    bool m_reset = false;
    bool m_eof = false;
};
