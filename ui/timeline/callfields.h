#pragma once

#include "core/net/endpoint.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The drawer of the call buttons (CallButtons): the arguments their calls
// take, typed once for every lane.
//
//   family          AF_INET / AF_INET6 (as the host is typed) or AF_UNIX, for
//                   both socket() calls
//   type            SOCK_STREAM (TCP) or SOCK_DGRAM (UDP), for both socket() calls
//   host, port      the server's address: bind() and the client's connect();
//                   "free port" puts a port the kernel says is free now (FreePort)
//   path            AF_UNIX: the file bind() makes and connect() reaches
//   backlog         listen(backlog)
//   SO_REUSEADDR    set with setsockopt() just before bind()
//   bufsize         recv(bufsize)
//   message         what send(), sendall() and sendto() send; escapes as
//                   BytesFormat::fromEscapedText reads them (\n, \x00, \u00fc)
//   sendto          the client's sendto() destination, endpoint notation
//                   (127.0.0.1:5000, [::1]:5000)
//   recvfrom        recvfrom(bufsize)
//   how             shutdown(how): SHUT_RD, SHUT_WR or SHUT_RDWR
//
// A field whose text is wrong keeps it and says under the fields what is
// wrong and what to type (problem()); the buttons that need it are disabled.
// Spin and combo boxes take the wheel only when focused (WheelGuard).
class CallFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallFields)

public:
    explicit CallFields(QWidget *parent = nullptr);

    // The address bind() and connect() use (family from the host: an IPv6
    // address gives AF_INET6), or nullopt and *problem (when given).
    std::optional<Endpoint> address(QString *problem = nullptr) const;
    // The client's sendto() destination, or nullopt and *problem.
    std::optional<Endpoint> sendtoAddress(QString *problem = nullptr) const;
    // The message's bytes, or nullopt and *problem (a malformed escape).
    std::optional<QByteArray> message(QString *problem = nullptr) const;
    // AF_UNIX when chosen; else AF_INET or AF_INET6, as the host is typed
    // (AF_INET while it is wrong).
    int family() const;
    // shutdown()'s how: SHUT_RD, SHUT_WR (the default) or SHUT_RDWR.
    int shutdownHow() const;
    // The host and port as typed (getaddrinfo's arguments).
    QString host() const;
    QString port() const;
    int type() const; // SOCK_STREAM or SOCK_DGRAM
    int backlog() const;
    qint64 bufsize() const;
    qint64 recvfromBufsize() const;
    bool reuseAddress() const;
    // Every problem of the typed fields, one line each; "" when all are fine.
    QString problem() const;

    // Sets the fields as a user would type them (the window's --host and --port;
    // tests). The sendto destination follows host and port.
    void setEndpoint(const QString &host, const QString &port);
    void setType(int type);
    // AF_UNIX, or AF_INET / AF_INET6 (both: the family follows the host).
    void setFamily(int family);
    // AF_UNIX's path (at most 107 bytes).
    void setPath(const QString &path);
    void setShutdownHow(int how);
    // Puts a port the kernel reports free right now for the host into the
    // port field (FreePort::find); says under the fields when it cannot.
    void useFreePort();
    void setBacklog(int backlog);
    void setBufsize(qint64 bufsize);
    void setRecvfromBufsize(qint64 bufsize);
    void setMessage(const QString &text);
    void setSendto(const QString &notation);
    void setReuseAddress(bool on);
    // The server was bound to port `requested` and the kernel gave it `bound`
    // (getsockname): the port field and the sendto destination that still
    // read `requested` (bind to 0: the kernel chooses) follow to `bound`, so
    // connect() and sendto() reach the server; a port the user typed stays.
    void followBoundPort(quint16 requested, quint16 bound);
    // Fills the client's fields from one getaddrinfo row (the getaddrinfo
    // explorer's "use this row"): family and type, the row's address as the
    // host and its port, for socket(*row[:3]) and connect(row[-1]).
    void useAddressInfo(int family, int type, const QString &host, quint16 port);

signals:
    // A field changed (the buttons' labels follow).
    void changed();

private:
    void update();

    QComboBox *m_family = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_how = nullptr;
    QString m_freePortProblem; // useFreePort() found none, until the next edit
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QSpinBox *m_backlog = nullptr;
    QCheckBox *m_reuse = nullptr;
    QSpinBox *m_bufsize = nullptr;
    QLineEdit *m_message = nullptr;
    QLineEdit *m_sendto = nullptr;
    QSpinBox *m_recvfrom = nullptr;
    QLabel *m_problem = nullptr;
};
