#pragma once

#include "core/net/livesocket.h"
#include "core/net/resolver.h"
#include "core/record/callevent.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class ConnectionListModel;
class Lab;
class ConnectionView;
class ErrorView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QTableWidget;
class SocketStatusView;
class Throttle;

// The server panel or the client panel: the fields the calls need, one
// button per call in the lesson's order, the socket's lifecycle and kernel
// state, laddr/raddr, pending calls with Cancel, and errors inline.
//
//  Server: socket, bind, listen, accept, then per accepted connection
//          recv, sendall (send, shutdown), close; and close of the listener.
//  Client: getaddrinfo (off the GUI thread; a row is picked, by default the
//          first SOCK_STREAM one), socket, connect, sendall (send), recv,
//          shutdown, close.
//
// Buttons are enabled only when the call makes sense for the state, unless
// "Expert: enable every call" is on; then the kernel's own error shows.
// The panel never touches an fd and owns no socket: its sockets (the
// listener or the client, the accepted connections) and the client's
// resolver are the Lab's, and every call a button makes goes through the
// Lab (Lab::bind, Lab::recv, ...). Calls the Lab makes for the lesson show here as
// the panel's own do: the fields follow them (family, type, proto, host,
// port, backlog, the send box), and their errors show inline.
class SocketPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketPanel)

public:
    enum class Role { Server, Client };
    Q_ENUM(Role)

    // lab: not owned; the panel shows lab->server() or lab->client().
    SocketPanel(Role role, Lab *lab, QWidget *parent = nullptr);

    Role role() const { return m_role; }
    // The panel's own socket (the Lab's): the listener "server", or "client".
    LiveSocket *socket() const { return m_socket; }
    // Server: accepted connections in order. Client: empty.
    QList<LiveSocket *> connections() const;
    // Server: the selected connection's view (nullptr before accept).
    // Client: the view of the client socket.
    ConnectionView *currentConnectionView() const;
    LiveSocket *currentConnection() const;
    void selectConnection(int index);
    SocketStatusView *statusView() const { return m_status; }
    ErrorView *errorView() const { return m_error; }
    // The button of `call` ("socket", "bind", "listen", "accept", "close",
    // "getaddrinfo", "connect"; data calls "recv", "sendall", "send",
    // "shutdown" and, on the server, "conn.close" go to the current view).
    QPushButton *button(const QString &call) const;

    // Fields, as typed (tests and lesson demos set them like a user would).
    void setFamily(int family);
    void setHost(const QString &host);
    void setPort(const QString &port);
    void setBacklog(int backlog);
    QString host() const;
    QString port() const;
    // The problem with the typed fields, "" when they are fine.
    QString inputProblem() const;
    bool isExpert() const;
    void setExpert(bool on);

    // Client: the rows of the last getaddrinfo and the chosen one (-1: none).
    QList<AddrInfo> lookupRows() const { return m_rows; }
    int chosenRow() const { return m_chosenRow; }
    void chooseRow(int row);
    // Client: use one getaddrinfo row chosen elsewhere (the getaddrinfo
    // explorer) for socket(*row[:3]) and connect(row[-1]).
    void useAddressInfo(const AddrInfo &info);
    bool isLookupRunning() const;

    // Runs one call by name, exactly as clicking its button does, after
    // putting `args` into the fields. Returns the immediate result.
    //   server: socket [family type proto] | bind [host port] | listen [backlog]
    //           | accept | close | cancel | select N
    //           | recv [bufsize] | sendall TEXT | send TEXT | shutdown [WR|RD|RDWR]
    //           | conn.close | conn.cancel   (data calls act on the selected conn)
    //   client: getaddrinfo [host port] | socket [family type proto]
    //           | connect [host port] | sendall TEXT | send TEXT | recv [bufsize]
    //           | shutdown [how] | close | cancel
    //   both:   expert on|off
    // family/type/proto may be names (AF_INET6, SOCK_DGRAM, IPPROTO_UDP) or numbers.
    // getaddrinfo finishes later: wait for lookupFinished.
    SocketError perform(const QString &call, const QStringList &args = {});

    // Reads what the panel shows, for lesson checks and tests:
    //   state, tcp, laddr, raddr, laddr.tuple, raddr.tuple, repr, pending,
    //   error (errno name of the last error shown, "" if none), problem,
    //   connections (count), and on the server conn.state, conn.tcp,
    //   conn.laddr, conn.raddr, conn.laddr.tuple, conn.raddr.tuple,
    //   conn.received (bytes as UTF-8 text), conn.peer, conn.error.
    //   The client answers conn.* about its own socket.
    QString value(const QString &key) const;

public slots:
    SocketError doSocket();
    SocketError doBind();
    SocketError doListen();
    SocketError doAccept();
    SocketError doClose();
    SocketError doConnect();
    void doGetaddrinfo();
    void cancel();
    // Re-reads every state the panel shows (after an event elsewhere).
    void refresh();

signals:
    void callRecorded(const CallEvent &event);
    void connectionAccepted(LiveSocket *conn);
    void lookupFinished(bool ok);
    // Anything the panel shows changed.
    void changed();
    // "Use free port" after EADDRINUSE replaced port `before` with `port`.
    void freePortChosen(const QString &before, quint16 port);

private:
    QWidget *buildFields();
    QWidget *buildCalls();
    QWidget *buildServerConnections();
    QWidget *buildClientLookup();
    void fillAddresses();
    void validateInputs();
    void fitConnectionTable();
    void refreshButtons();
    void onAccepted(LiveSocket *conn, const Endpoint &peer);
    static void scrollIntoSight(QScrollArea *area, QWidget *target);
    void bringIntoView(QWidget *widget);
    void onResolved(const Resolution &result);
    // A call on one of the panel's sockets, whoever asked for it: the fields
    // and the send box follow it, its error shows inline.
    void follow(const CallEvent &event);
    void forgetConnections();
    SocketError report(const QString &call, const SocketError &error);
    void suggestFreePort();
    std::optional<Endpoint> typedEndpoint(SocketError *error) const;
    int comboValue(const QComboBox *combo) const;
    static void setComboValue(QComboBox *combo, int value);
    static int parseConstant(const QString &text, bool *ok);

    Role m_role;
    Lab *m_lab; // makes every call (not owned)
    QPointer<LiveSocket> m_socket; // the Lab's
    Resolver *m_lookup = nullptr;

    QComboBox *m_family = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_proto = nullptr;
    QComboBox *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QSpinBox *m_backlog = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_expertBox = nullptr;
    QHash<QString, QPushButton *> m_buttons;
    ErrorView *m_error = nullptr;
    SocketStatusView *m_status = nullptr;

    // server
    ConnectionListModel *m_connModel = nullptr;
    QTableView *m_connTable = nullptr;
    QStackedWidget *m_connStack = nullptr;
    Throttle *m_scroll = nullptr; // bringIntoView, at most every 40 ms
    QPointer<QWidget> m_scrollTarget;
    QLabel *m_connTitle = nullptr;
    QList<ConnectionView *> m_connViews;

    // client
    ConnectionView *m_clientView = nullptr;
    QTableWidget *m_rowsTable = nullptr;
    QLabel *m_rowsNote = nullptr;
    QList<AddrInfo> m_rows;
    int m_chosenRow = -1;
    QString m_lookupHost;
    QString m_lookupPort;
    quint16 m_freePort = 0;
};
