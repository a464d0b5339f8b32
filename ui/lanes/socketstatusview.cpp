#include "ui/lanes/socketstatusview.h"

#include "ui/lanes/shownstate.h"

#include "core/lab/lab.h"
#include "ui/diagram/statediagram.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SocketStatusView::SocketStatusView(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_diagram(new StateDiagram(this))
    , m_laddr(new QLabel(this))
    , m_raddr(new QLabel(this))
    , m_repr(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_refresh(new QPushButton(tr("Ask the kernel"), this))
    , m_throttle(new Throttle(
          40, [this] { refresh(); }, this))
{
    for (QLabel *label : {m_laddr, m_raddr, m_repr, m_pending}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
    }
    m_laddr->setAccessibleName(tr("laddr, the local address"));
    m_raddr->setAccessibleName(tr("raddr, the remote address"));
    m_repr->setAccessibleName(tr("The socket as Python prints it"));
    m_pending->setAccessibleName(tr("Pending call"));
    m_cancel->setAccessibleName(tr("Cancel the pending call"));
    m_refresh->setObjectName(u"askKernel"_s);
    m_refresh->setAccessibleName(tr("Read the kernel's TCP state again"));
    m_refresh->setToolTip(tr("Reads TCP_INFO now, e.g. to see the accept queue fill while "
                             "clients from elsewhere connect."));
    QFont mono = m_repr->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_repr->setFont(mono);
    QFont bold = m_pending->font();
    bold.setBold(true);
    m_pending->setFont(bold);

    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pending, 1);
    pendingRow->addWidget(m_cancel);
    auto *addresses = new QGridLayout;
    auto *laddrKey = new QLabel(tr("laddr:"), this);
    auto *raddrKey = new QLabel(tr("raddr:"), this);
    laddrKey->setBuddy(m_laddr);
    raddrKey->setBuddy(m_raddr);
    addresses->addWidget(laddrKey, 0, 0, Qt::AlignTop);
    addresses->addWidget(m_laddr, 0, 1);
    addresses->addWidget(raddrKey, 1, 0, Qt::AlignTop);
    addresses->addWidget(m_raddr, 1, 1);
    addresses->setColumnStretch(1, 1);

    auto *addressRow = new QHBoxLayout;
    addressRow->addLayout(addresses, 1);
    addressRow->addWidget(m_refresh, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_diagram);
    layout->addLayout(addressRow);
    layout->addWidget(m_repr);
    layout->addLayout(pendingRow);

    connect(m_cancel, &QPushButton::clicked, this, [this] { m_lab->cancel(m_socket); });
    connect(m_refresh, &QPushButton::clicked, this, &SocketStatusView::refresh);
    refresh();
}

void SocketStatusView::setCompact(bool on)
{
    m_compact = on;
    m_refresh->setVisible(!on);
    refresh();
}

void SocketStatusView::setSocket(LiveSocket *socket, const QList<LiveSocket::State> &states)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_socket = socket;
    m_diagram->setStates(states);
    if (socket) {
        m_connections << connect(
            socket, &LiveSocket::stateChanged, this, &SocketStatusView::refresh)
                      << connect(
                             socket, &LiveSocket::pendingChanged, m_throttle, &Throttle::request)
                      << connect(socket, &LiveSocket::readable, m_throttle, &Throttle::request)
                      << connect(socket, &LiveSocket::accepted, this, &SocketStatusView::refresh)
                      << connect(socket, &LiveSocket::connected, this, &SocketStatusView::refresh)
                      // Data calls come by the million (recv(8) of 10 MiB).
                      << connect(socket, &LiveSocket::sent, m_throttle, &Throttle::request)
                      << connect(socket, &LiveSocket::received, m_throttle, &Throttle::request)
                      << connect(socket, &LiveSocket::failed, m_throttle, &Throttle::request)
                      << connect(socket, &LiveSocket::callRecorded, m_throttle, &Throttle::request);
    }
    refresh();
}

static QString addressText(const Endpoint &endpoint)
{
    if (!endpoint.isValid())
        return QObject::tr("(none)");
    return endpoint.toString() % u"    "_s % endpoint.toPythonTuple();
}

QString SocketStatusView::kernelSummary(const LiveSocket &socket)
{
    const TcpInfo info = socket.tcpInfo();
    QStringList parts;
    if (info.valid) {
        QString state = TcpInfo::stateName(info.state);
        if (info.state == TcpInfo::State::Listen) {
            state += tr(" · accept queue %1 of %2")
                         .arg(info.acceptQueueLength)
                         .arg(info.acceptQueueLimit);
        }
        parts << state;
    }
    const LiveSocket::State s = socket.state();
    if (s == LiveSocket::State::Connected || s == LiveSocket::State::PeerClosed) {
        const qint64 waiting = socket.bytesWaiting();
        if (waiting >= 0)
            parts << tr("%Ln byte(s) waiting for recv()", nullptr, int(waiting));
    }
    return parts.join(u" · "_s);
}

void SocketStatusView::refresh()
{
    if (!m_socket) {
        m_diagram->setCurrent(LiveSocket::State::Unopened);
        m_diagram->setKernelText({});
        m_laddr->setText(tr("(none)"));
        m_raddr->setText(tr("(none)"));
        m_repr->clear();
        m_pending->clear();
        m_cancel->hide();
        return;
    }
    const LiveSocket::State state = m_socket->state();
    m_diagram->setCurrent(ShownState::of(*m_socket));
    m_diagram->setKernelText(kernelSummary(*m_socket));
    const bool open = LiveSocket::isOpen(state);
    m_laddr->setText(open ? addressText(m_socket->laddr()) : tr("(none)"));
    m_raddr->setText(open ? addressText(m_socket->raddr()) : tr("(none)"));
    const QString repr = state == LiveSocket::State::Unopened ? QString() : m_socket->repr();
    m_repr->setText(repr);
    m_repr->setVisible(!m_compact && !repr.isEmpty());
    m_laddr->setToolTip(repr);
    m_raddr->setToolTip(repr);
    const LiveSocket::Pending pending = m_socket->pending();
    if (pending == LiveSocket::Pending::None) {
        m_pending->clear();
        m_pending->hide();
        m_cancel->hide();
    } else {
        m_pending->setText(u"… "_s % LiveSocket::pendingLabel(pending));
        m_pending->show();
        m_cancel->show();
    }
}

QString SocketStatusView::laddrText() const
{
    return m_laddr->text();
}

QString SocketStatusView::raddrText() const
{
    return m_raddr->text();
}

QString SocketStatusView::pendingText() const
{
    return m_pending->text();
}

QString SocketStatusView::kernelText() const
{
    return m_diagram->kernelText();
}
