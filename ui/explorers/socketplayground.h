#pragma once

#include "core/net/socketerror.h"
#include "core/record/callevent.h"

#include <QList>
#include <QWidget>

#include <optional>

class LiveSocket;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// The socket playground: socket(family, type, proto) with any combination,
// names or plain numbers. Shows the new socket's repr, family, type, proto
// and laddr, or the kernel's refusal (SOCK_DGRAM with IPPROTO_TCP gives
// EPROTONOSUPPORT) with its errno name, text and a plain explanation.
// Open sockets are listed with their fd and can be closed. The sockets are
// core LiveSocket objects (side "client" by default, named s1, s2, ...);
// their calls are forwarded as callRecorded for the transcript.
class SocketPlayground final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketPlayground)

public:
    // At most this many playground sockets are open at once (fds are finite).
    static constexpr int maxOpen = 64;

    explicit SocketPlayground(QWidget *parent = nullptr);
    ~SocketPlayground() override;

    void setTranscriptSide(const QString &side) { m_side = side; }
    int openCount() const { return int(m_sockets.size()); }
    QList<LiveSocket *> sockets() const { return m_sockets; }
    // The socket the last successful create() made, while it is open; else nullptr.
    LiveSocket *lastSocket() const;
    // The outcome of the last create(): no error, or the kernel's refusal.
    SocketError lastError() const { return m_lastError; }

    // A value as typed: a constant name with `prefix` ("AF_INET", any case),
    // "NAME (n)" as the lists show it, "socket.NAME", or a number (decimal or
    // 0x hex). nullopt when it is none of these.
    static std::optional<int> parseValue(const QString &text, const QString &prefix);

public slots:
    // socket(2) with the given values, as if typed and confirmed.
    SocketError create(int family, int type, int proto);
    // socket(2) with the form's values.
    void createFromForm();
    void closeSelected();
    void closeAll();

signals:
    void callRecorded(const CallEvent &event);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void validate();
    void refreshList();
    void showSocket(const LiveSocket *socket);

    QString m_side = QStringLiteral("client");
    int m_counter = 0;
    SocketError m_lastError;
    QString m_lastName;
    QList<LiveSocket *> m_sockets;
    QComboBox *m_family = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_proto = nullptr;
    QLabel *m_call = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_repr = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_closeAll = nullptr;
};
