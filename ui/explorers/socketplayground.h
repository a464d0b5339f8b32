#pragma once

#include "core/net/socketerror.h"
#include "core/record/callevent.h"

#include <QList>
#include <QWidget>

#include <optional>

class Lab;
class LiveSocket;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class WholeRowsBox;

// The socket playground: socket(family, type, proto) with any combination,
// names or plain numbers. Shows the new socket's repr, family, type, proto
// and laddr, or the kernel's refusal (SOCK_DGRAM with IPPROTO_TCP gives
// EPROTONOSUPPORT) with its errno name, text and a plain explanation.
// Open sockets are listed with their fd and can be closed. The sockets are
// the Lab's (Lab::openPlayground: side "client", named s1, s2, ...); their
// calls reach the transcript through the Lab like every other.
class SocketPlayground final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketPlayground)

public:
    // At most this many playground sockets are open at once (fds are finite).
    static constexpr int maxOpen = 64; // Lab::maxPlayground

    // lab: not owned; it makes, lists and closes the playground's sockets.
    explicit SocketPlayground(Lab *lab, QWidget *parent = nullptr);

    // Presentation (default false): the open sockets show whole rows only,
    // and scroll.
    void setPresented(bool presented);
    bool isPresented() const;

    int openCount() const { return int(sockets().size()); }
    QList<LiveSocket *> sockets() const;
    // The socket the last successful create() made, while it is open; else nullptr.
    LiveSocket *lastSocket() const;
    // The outcome of the last create(): no error, or the kernel's refusal.
    SocketError lastError() const;
    // Shows the outcome of the Lab's last playground socket(family, type,
    // proto) (made by the lesson's explorer.playground, or here), and puts
    // that triple in the form.
    void showLastOutcome(int family, int type, int proto);
    // "NAME = socket.socket(AF_..., SOCK_..., IPPROTO_...)", constants by
    // name where this system has one, else numbers.
    static QString callText(const QString &name, int family, int type, int proto);

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

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void validate();
    void refreshList();
    void showSocket(const LiveSocket *socket);

    Lab *m_lab = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_proto = nullptr;
    QLabel *m_call = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_repr = nullptr;
    QTreeWidget *m_list = nullptr;
    WholeRowsBox *m_listBox = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_closeAll = nullptr;
};
