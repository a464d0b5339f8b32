#include "ui/timeline/callfields.h"

#include "core/bytes/bytesformat.h"
#include "core/net/freeport.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

CallFields::CallFields(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Call arguments"));
    m_family = new QComboBox(this);
    m_family->setObjectName(u"family"_s);
    m_family->addItem(u"AF_INET / AF_INET6"_s, AF_INET);
    m_family->addItem(u"AF_UNIX"_s, AF_UNIX);
    m_family->setAccessibleName(tr("Address family"));
    m_family->setToolTip(tr("AF_INET or AF_INET6 (as the host is typed): host and port. "
                            "AF_UNIX: a file path on this machine."));
    m_path = new QLineEdit(u"/tmp/socketlab.sock"_s, this);
    m_path->setObjectName(u"path"_s);
    m_path->setAccessibleName(tr("AF_UNIX path: bind() and connect()"));
    m_path->setToolTip(tr("The file bind() makes and connect() reaches (AF_UNIX only)."));
    m_how = new QComboBox(this);
    m_how->setObjectName(u"how"_s);
    m_how->addItem(u"SHUT_RD"_s, SHUT_RD);
    m_how->addItem(u"SHUT_WR"_s, SHUT_WR);
    m_how->addItem(u"SHUT_RDWR"_s, SHUT_RDWR);
    m_how->setCurrentIndex(1);
    m_how->setAccessibleName(tr("How shutdown() closes"));
    m_how->setToolTip(tr("SHUT_WR: no more bytes from this side (the peer reads b''). "
                         "SHUT_RD: this side reads no more. SHUT_RDWR: both."));
    auto *freePort = new QPushButton(tr("free p&ort"), this);
    freePort->setObjectName(u"freePort"_s);
    freePort->setAccessibleName(tr("Use a free port"));
    freePort->setToolTip(tr("Asks the kernel for a port that is free right now (bind to port 0, "
                            "then getsockname) and puts it in the port field."));
    connect(freePort, &QPushButton::clicked, this, &CallFields::useFreePort);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"type"_s);
    m_type->addItem(u"SOCK_STREAM (TCP)"_s, SOCK_STREAM);
    m_type->addItem(u"SOCK_DGRAM (UDP)"_s, SOCK_DGRAM);
    m_type->setAccessibleName(tr("Socket type"));
    m_type->setToolTip(
        tr("SOCK_STREAM: a byte stream (TCP). SOCK_DGRAM: separate datagrams (UDP)."));
    m_host = new QLineEdit(u"127.0.0.1"_s, this);
    m_host->setObjectName(u"host"_s);
    m_host->setAccessibleName(tr("Server address: bind() and connect()"));
    m_host->setToolTip(tr("An IPv4 or IPv6 address; 0.0.0.0 binds every interface."));
    m_port = new QLineEdit(u"5000"_s, this);
    m_port->setObjectName(u"port"_s);
    m_port->setMaxLength(16);
    m_port->setAccessibleName(tr("Server port: bind() and connect()"));
    m_port->setToolTip(tr("0 to 65535; bind() to 0 lets the kernel choose a free port."));
    m_backlog = new QSpinBox(this);
    m_backlog->setObjectName(u"backlog"_s);
    m_backlog->setRange(0, 4096);
    m_backlog->setValue(1);
    m_backlog->setAccessibleName(tr("Backlog for listen()"));
    m_backlog->setToolTip(tr("How many finished handshakes the kernel may queue before accept()."));
    m_reuse = new QCheckBox(u"SO_REUSEADDR"_s, this);
    m_reuse->setObjectName(u"reuseaddr"_s);
    m_reuse->setToolTip(tr("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) just before bind(): the port "
                           "may be bound again while an old connection on it is in TIME_WAIT."));
    m_bufsize = new QSpinBox(this);
    m_bufsize->setObjectName(u"bufsize"_s);
    m_bufsize->setRange(1, 1024 * 1024);
    m_bufsize->setValue(8);
    m_bufsize->setAccessibleName(tr("Buffer size for recv()"));
    m_bufsize->setToolTip(tr("The most bytes one recv() returns."));
    m_message = new QLineEdit(u"Hi"_s, this);
    m_message->setObjectName(u"message"_s);
    m_message->setAccessibleName(tr("Message for send(), sendall() and sendto()"));
    m_message->setToolTip(tr("Sent as UTF-8. Escapes: \\n \\r \\t \\0 \\\\ \\xNN (one byte) "
                             "\\uNNNN (a character)."));
    m_sendto = new QLineEdit(u"127.0.0.1:5000"_s, this);
    m_sendto->setObjectName(u"sendto"_s);
    m_sendto->setAccessibleName(tr("Destination of the client's sendto()"));
    m_sendto->setToolTip(tr("Where the client's datagram goes: 127.0.0.1:5000 or [::1]:5000."));
    m_recvfrom = new QSpinBox(this);
    m_recvfrom->setObjectName(u"recvfromBufsize"_s);
    m_recvfrom->setRange(1, 65536);
    m_recvfrom->setValue(16);
    m_recvfrom->setAccessibleName(tr("Buffer size for recvfrom()"));
    m_recvfrom->setToolTip(
        tr("The most bytes one recvfrom() keeps; the rest of a longer datagram is lost."));
    const QFontMetrics metrics(font());
    m_host->setMinimumWidth(metrics.horizontalAdvance(u"255.255.255.255__"_s));
    m_port->setMaximumWidth(metrics.horizontalAdvance(u"655350__"_s));
    m_sendto->setMinimumWidth(metrics.horizontalAdvance(u"255.255.255.255:65535_"_s));
    m_path->setMinimumWidth(metrics.horizontalAdvance(u"/tmp/socketlab.sock__"_s));
    m_message->setMinimumWidth(metrics.horizontalAdvance(u"Hello, world!\\n__"_s));

    // Label + field pairs flow onto more lines when the drawer is narrow.
    auto *pairs = new QWidget(this);
    auto *flow = new FlowLayout(pairs);
    flow->setContentsMargins(0, 0, 0, 0);
    const auto addPair = [pairs, flow](const QString &label, QWidget *field) {
        auto *pair = new QWidget(pairs);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        if (!label.isEmpty()) {
            auto *key = new QLabel(label, pair);
            key->setBuddy(field);
            row->addWidget(key);
        }
        field->setParent(pair);
        row->addWidget(field);
        flow->addWidget(pair);
    };
    addPair(tr("fami&ly"), m_family);
    addPair(tr("t&ype"), m_type);
    addPair(tr("&host"), m_host);
    addPair(tr("&port"), m_port);
    addPair({}, freePort);
    addPair(tr("path"), m_path);
    addPair(tr("bac&klog"), m_backlog);
    addPair({}, m_reuse);
    addPair(tr("&bufsize"), m_bufsize);
    addPair(tr("&message"), m_message);
    addPair(tr("send&to"), m_sendto);
    addPair(tr("recv&from"), m_recvfrom);
    addPair(tr("sh&utdown"), m_how);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"fieldsProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the fields"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pairs);
    layout->addWidget(m_problem);

    for (QLineEdit *edit : {m_host, m_port, m_message, m_sendto, m_path}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_freePortProblem.clear();
            update();
        });
    }
    for (QSpinBox *spin : {m_backlog, m_bufsize, m_recvfrom}) {
        connect(spin, &QSpinBox::valueChanged, this, &CallFields::update);
        WheelGuard::guard(spin);
    }
    for (QComboBox *combo : {m_family, m_type, m_how}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CallFields::update);
        WheelGuard::guard(combo);
    }
    connect(m_reuse, &QCheckBox::toggled, this, &CallFields::update);
}

std::optional<Endpoint> CallFields::address(QString *problem) const
{
    SocketError error;
    if (family() == AF_UNIX) {
        const std::optional<Endpoint> endpoint
            = Endpoint::parse(AF_UNIX, m_path->text(), QString(), &error);
        if (!endpoint && problem)
            *problem = tr("path: %1 %2").arg(error.explanation(), error.hint());
        return endpoint;
    }
    const std::optional<Endpoint> endpoint
        = Endpoint::parse(family(), m_host->text().trimmed(), m_port->text().trimmed(), &error);
    if (!endpoint && problem)
        *problem = tr("host, port: %1 %2").arg(error.explanation(), error.hint());
    return endpoint;
}

std::optional<Endpoint> CallFields::sendtoAddress(QString *problem) const
{
    SocketError error;
    const std::optional<Endpoint> endpoint
        = Endpoint::parseNotation(m_sendto->text().trimmed(), &error);
    if (endpoint && endpoint->family() != AF_INET && endpoint->family() != AF_INET6) {
        if (problem)
            *problem = tr("sendto: a datagram goes to an IP address and port, such as "
                          "127.0.0.1:5000 or [::1]:5000.");
        return std::nullopt;
    }
    if (!endpoint && problem)
        *problem = tr("sendto: %1 %2").arg(error.explanation(), error.hint());
    return endpoint;
}

std::optional<QByteArray> CallFields::message(QString *problem) const
{
    QString why;
    std::optional<QByteArray> bytes = BytesFormat::fromEscapedText(m_message->text(), &why);
    if (!bytes && problem)
        *problem = tr("message: %1 Type \\\\ for a backslash itself.").arg(why);
    return bytes;
}

int CallFields::family() const
{
    if (m_family->currentData().toInt() == AF_UNIX)
        return AF_UNIX;
    const QHostAddress host(m_host->text().trimmed());
    return host.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
}

int CallFields::shutdownHow() const
{
    return m_how->currentData().toInt();
}

QString CallFields::host() const
{
    return m_host->text().trimmed();
}

QString CallFields::port() const
{
    return m_port->text().trimmed();
}

int CallFields::type() const
{
    return m_type->currentData().toInt();
}

int CallFields::backlog() const
{
    return m_backlog->value();
}

qint64 CallFields::bufsize() const
{
    return m_bufsize->value();
}

qint64 CallFields::recvfromBufsize() const
{
    return m_recvfrom->value();
}

bool CallFields::reuseAddress() const
{
    return m_reuse->isChecked();
}

QString CallFields::problem() const
{
    QStringList lines;
    QString line;
    if (!address(&line))
        lines << line;
    if (!message(&line))
        lines << line;
    if (!sendtoAddress(&line))
        lines << line;
    if (!m_freePortProblem.isEmpty())
        lines << m_freePortProblem;
    return lines.join(u'\n');
}

void CallFields::setEndpoint(const QString &host, const QString &port)
{
    m_host->setText(host);
    m_port->setText(port);
    const bool v6 = family() == AF_INET6;
    m_sendto->setText(v6 ? u"[%1]:%2"_s.arg(host, port) : u"%1:%2"_s.arg(host, port));
}

void CallFields::setType(int type)
{
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void CallFields::setFamily(int family)
{
    m_family->setCurrentIndex(m_family->findData(family == AF_UNIX ? AF_UNIX : AF_INET));
}

void CallFields::setPath(const QString &path)
{
    m_path->setText(path);
}

void CallFields::setShutdownHow(int how)
{
    const int index = m_how->findData(how);
    if (index >= 0)
        m_how->setCurrentIndex(index);
}

void CallFields::useFreePort()
{
    const quint16 port = FreePort::find(host());
    if (port == 0) {
        // Kept until the next edit: the host is what to change.
        m_port->setFocus();
        m_freePortProblem = tr("free port: the kernel gave no port for host %1; type a numeric "
                               "address of this machine (127.0.0.1, ::1).")
                                .arg(host());
        update();
        return;
    }
    m_port->setText(QString::number(port)); // textChanged: update()
}

void CallFields::setBacklog(int backlog)
{
    m_backlog->setValue(backlog);
}

void CallFields::setBufsize(qint64 bufsize)
{
    m_bufsize->setValue(int(qBound(qint64(1), bufsize, qint64(m_bufsize->maximum()))));
}

void CallFields::setRecvfromBufsize(qint64 bufsize)
{
    m_recvfrom->setValue(int(qBound(qint64(1), bufsize, qint64(m_recvfrom->maximum()))));
}

void CallFields::setMessage(const QString &text)
{
    m_message->setText(text);
}

void CallFields::setSendto(const QString &notation)
{
    m_sendto->setText(notation);
}

void CallFields::setReuseAddress(bool on)
{
    m_reuse->setChecked(on);
}

void CallFields::followBoundPort(quint16 requested, quint16 bound)
{
    if (requested == bound)
        return;
    bool number = false;
    if (m_port->text().trimmed().toUInt(&number) == requested && number)
        m_port->setText(QString::number(bound));
    SocketError error;
    const std::optional<Endpoint> to = Endpoint::parseNotation(m_sendto->text().trimmed(), &error);
    if (to && (to->family() == AF_INET || to->family() == AF_INET6) && to->port() == requested) {
        const QString host = to->host();
        m_sendto->setText(to->family() == AF_INET6 ? u"[%1]:%2"_s.arg(host).arg(bound)
                                                   : u"%1:%2"_s.arg(host).arg(bound));
    }
}

void CallFields::useAddressInfo(int family, int type, const QString &host, quint16 port)
{
    setFamily(family);
    setType(type);
    setEndpoint(host, QString::number(port));
}

void CallFields::update()
{
    const QString text = problem();
    m_problem->setText(text.isEmpty() ? QString() : u"\u2716 "_s + text);
    m_problem->setVisible(!text.isEmpty());
    emit changed();
}
