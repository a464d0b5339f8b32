#include "ui/lanes/connectionview.h"
#include "ui/widgets/wheelguard.h"

#include "core/bytes/chunkmodel.h"
#include "core/lab/lab.h"
#include "ui/lanes/bytesview.h"

#include "ui/lanes/errorview.h"
#include "ui/lanes/sendbox.h"
#include "ui/lanes/socketstatusview.h"
#include "ui/widgets/flowlayout.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cerrno>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

ConnectionView::ConnectionView(
    Lab *lab, LiveSocket *socket, bool showStatus, bool sendFirst, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_socket(socket)
    , m_recv(new QPushButton(tr("recv()"), this))
    , m_bufsize(new QSpinBox(this))
    , m_sendall(new QPushButton(tr("sendall()"), this))
    , m_send(new QPushButton(tr("send()"), this))
    , m_shutdown(new QPushButton(tr("shutdown()"), this))
    , m_how(new QComboBox(this))
    , m_close(new QPushButton(tr("close()"), this))
    , m_sendBox(new SendBox(this))
    , m_error(new ErrorView(this))
    , m_peer(new QLabel(this))
    , m_model(new ChunkModel(this))
    , m_bytes(new BytesView(this))
{
    const QString name = socket ? socket->name() : u"conn"_s;
    setAccessibleName(tr("Connection %1").arg(name));
    m_bufsize->setRange(1, 65536);
    m_bufsize->setValue(8);
    m_bufsize->setPrefix(tr("bufsize "));
    m_bufsize->setAccessibleName(tr("Buffer length for recv, in bytes"));
    m_bufsize->setToolTip(tr("The most bytes one recv() may return (1 to 65536)."));
    m_how->addItem(u"SHUT_WR"_s, SHUT_WR);
    m_how->addItem(u"SHUT_RD"_s, SHUT_RD);
    m_how->addItem(u"SHUT_RDWR"_s, SHUT_RDWR);
    m_how->setAccessibleName(tr("Which direction shutdown closes"));
    // Scrolling the panel over them scrolls; the wheel changes them only when focused.
    WheelGuard::guard(m_bufsize);
    WheelGuard::guard(m_how);
    m_recv->setText(name % u".recv()"_s);
    m_sendall->setText(name % u".sendall()"_s);
    m_send->setText(name % u".send()"_s);
    m_shutdown->setText(name % u".shutdown()"_s);
    m_close->setText(name % u".close()"_s);
    m_recv->setToolTip(
        tr("One recv(2): returns what is there now, at most bufsize bytes; waits if nothing is."));
    m_sendall->setToolTip(tr("Calls send(2) until every byte of the message is gone."));
    m_send->setToolTip(
        tr("One send(2): the kernel may take fewer bytes than offered; the count is shown."));
    m_shutdown->setToolTip(
        tr("shutdown(2): SHUT_WR tells the peer \"no more data from me\" (it reads EOF)."));
    m_close->setToolTip(tr("close(2): gives the file descriptor back."));
    for (QPushButton *b : {m_recv, m_sendall, m_send, m_shutdown, m_close})
        b->setAccessibleName(b->text());

    m_peer->setTextFormat(Qt::PlainText);
    m_peer->setWordWrap(true);
    m_peer->setAccessibleName(tr("What the peer did"));
    QFont bold = m_peer->font();
    bold.setBold(true);
    m_peer->setFont(bold);
    m_peer->hide();

    m_bytes->setModel(m_model);
    m_bytes->setAccessibleName(tr("Every recv call and the bytes it returned"));
    m_bytes->setMinimumHeight(QFontMetrics(font()).height() * 9);
    fitColumns();

    auto *calls = new QWidget(this);
    auto *row = new FlowLayout(calls);
    row->setContentsMargins(0, 0, 0, 0);
    if (sendFirst) {
        row->addWidget(m_sendall);
        row->addWidget(m_send);
        row->addWidget(m_recv);
        row->addWidget(m_bufsize);
    } else {
        row->addWidget(m_recv);
        row->addWidget(m_bufsize);
        row->addWidget(m_sendall);
        row->addWidget(m_send);
    }
    row->addWidget(m_shutdown);
    row->addWidget(m_how);
    row->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (showStatus) {
        m_status = new SocketStatusView(lab, this);
        m_status->setCompact(true);
        m_status->setSocket(socket,
            {LiveSocket::State::Connected, LiveSocket::State::PeerClosed,
                LiveSocket::State::Closed});
        layout->addWidget(m_status);
    }
    layout->addWidget(calls);
    layout->addWidget(m_error);
    layout->addWidget(m_peer);
    layout->addWidget(m_sendBox);
    layout->addWidget(m_bytes, 1);

    connect(m_recv, &QPushButton::clicked, this, &ConnectionView::recv);
    connect(m_sendall, &QPushButton::clicked, this, &ConnectionView::sendall);
    connect(m_send, &QPushButton::clicked, this, &ConnectionView::send);
    connect(m_shutdown, &QPushButton::clicked, this, &ConnectionView::shutdown);
    connect(m_close, &QPushButton::clicked, this, &ConnectionView::close);

    if (socket) {
        // Every finished recv, one path for all: bytes, EOF, a receive
        // loop's run, an errno at once or after waiting.
        connect(socket, &LiveSocket::callRecorded, this, &ConnectionView::recordEvent);
        connect(socket, &LiveSocket::failed, this, &ConnectionView::recordFailure);
        connect(socket, &LiveSocket::sent, this, [this](qint64 bytes) {
            m_sendBox->showResult(
                tr("sendall(): all %Ln byte(s) are now with the kernel.", nullptr, int(bytes)));
        });
        connect(socket, &LiveSocket::stateChanged, this, &ConnectionView::refreshButtons);
        connect(socket, &LiveSocket::pendingChanged, this, &ConnectionView::refreshButtons);
    }
    refreshButtons();
}

QByteArray ConnectionView::receivedBytes() const
{
    return m_model->reassembledHead() + m_model->reassembledTail();
}

QString ConnectionView::peerText() const
{
    return m_peer->isVisibleTo(const_cast<ConnectionView *>(this)) ? m_peer->text() : QString();
}

QPushButton *ConnectionView::button(const QString &call) const
{
    if (call == u"recv")
        return m_recv;
    if (call == u"sendall")
        return m_sendall;
    if (call == u"send")
        return m_send;
    if (call == u"shutdown")
        return m_shutdown;
    if (call == u"close")
        return m_close;
    return nullptr;
}

void ConnectionView::fitColumns()
{
    // Narrow number columns so text and hex fit a panel at 1280×720. From
    // this widget's font: the table's own may not have changed yet (zoom).
    QFont mono = font();
    mono.setFamilies(m_bytes->table()->font().families());
    mono.setStyleHint(QFont::Monospace);
    const QFontMetrics fm(mono);
    QTableView *table = m_bytes->table();
    const int pad = fm.horizontalAdvance(u"  "_s);
    // Call numbers as the table writes them (QLocale: "1,310,720"), up to 7 digits.
    table->setColumnWidth(
        ChunkModel::CallColumn, fm.horizontalAdvance(table->locale().toString(8888888)) + pad);
    table->setColumnWidth(ChunkModel::AskedColumn, fm.horizontalAdvance(u"asked"_s) + pad);
    table->setColumnWidth(ChunkModel::GotColumn, fm.horizontalAdvance(u"65536"_s) + pad);
    table->setColumnWidth(ChunkModel::TextColumn, fm.horizontalAdvance(QString(12, u'x')) + pad);
}

void ConnectionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitColumns();
    QWidget::changeEvent(event);
}

void ConnectionView::setExpert(bool on)
{
    m_expert = on;
    refreshButtons();
}

int ConnectionView::bufferLength() const
{
    return m_bufsize->value();
}

void ConnectionView::setBufferLength(int bytes)
{
    m_bufsize->setValue(bytes);
}

void ConnectionView::setShutdownHow(const QString &how)
{
    QString name = how.toUpper();
    if (!name.startsWith(u"SHUT_"))
        name.prepend(u"SHUT_"_s);
    const int index = m_how->findText(name);
    if (index >= 0)
        m_how->setCurrentIndex(index);
}

void ConnectionView::refreshButtons()
{
    using S = LiveSocket::State;
    const S state = m_socket ? m_socket->state() : S::Closed;
    const bool idle = m_socket && m_socket->pending() == LiveSocket::Pending::None;
    const bool connected = state == S::Connected || state == S::PeerClosed;
    const bool open = LiveSocket::isOpen(state);
    auto enable = [this](QPushButton *b, bool sensible) {
        b->setEnabled(m_expert || sensible);
    };
    enable(m_recv, idle && state == S::Connected && !m_reset);
    enable(m_sendall, idle && connected && !m_shutWr && !m_reset);
    enable(m_send, idle && connected && !m_shutWr && !m_reset);
    enable(m_shutdown, idle && connected);
    enable(m_close, open);
    m_bufsize->setEnabled(m_recv->isEnabled());
    m_how->setEnabled(m_shutdown->isEnabled());
    emit changed();
}

SocketError ConnectionView::report(const QString &call, const SocketError &error)
{
    if (error && !error.wouldBlock())
        m_error->showError(call, error);
    else
        m_error->clear();
    refreshButtons();
    return error;
}

std::optional<QByteArray> ConnectionView::messageBytes()
{
    QString problem;
    std::optional<QByteArray> bytes = m_sendBox->bytes(&problem);
    if (!bytes)
        m_error->showProblem(
            problem, tr("Fix the escape, or switch escapes off to send the text as typed."));
    return bytes;
}

SocketError ConnectionView::recv()
{
    if (!m_socket)
        return {};
    m_error->clear();
    // An errno shows through recordEvent, a refusal through report().
    return report(u"recv"_s, m_lab->recv(m_socket, m_bufsize->value()));
}

SocketError ConnectionView::sendall()
{
    if (!m_socket)
        return {};
    const std::optional<QByteArray> bytes = messageBytes();
    if (!bytes)
        return SocketError::refused(tr("bad escape in the message"), tr("fix the escape"));
    m_sendBox->showResult(tr("sendall(): sending %Ln byte(s)…", nullptr, int(bytes->size())));
    const SocketError error = m_lab->sendall(m_socket, *bytes);
    if (error && !error.wouldBlock())
        m_sendBox->showResult(tr("sendall() failed: %1").arg(error.toString()));
    return report(u"sendall"_s, error);
}

SocketError ConnectionView::send()
{
    if (!m_socket)
        return {};
    const std::optional<QByteArray> bytes = messageBytes();
    if (!bytes)
        return SocketError::refused(tr("bad escape in the message"), tr("fix the escape"));
    const IoResult result = m_lab->send(m_socket, *bytes);
    if (result.error) {
        m_sendBox->showResult(tr("send() failed: %1").arg(result.error.toString()));
    } else if (result.bytes < bytes->size()) {
        m_sendBox->showResult(
            tr("send(): the kernel took %L1 of %L2 bytes; the other %L3 were not sent. "
               "sendall() would keep calling send() until all are gone.")
                .arg(result.bytes)
                .arg(bytes->size())
                .arg(bytes->size() - result.bytes));
    } else {
        m_sendBox->showResult(tr("send(): the kernel took %L1 of %L2 bytes (one call).")
                                  .arg(result.bytes)
                                  .arg(bytes->size()));
    }
    return report(u"send"_s, result.error);
}

SocketError ConnectionView::shutdown()
{
    if (!m_socket)
        return {};
    const int how = m_how->currentData().toInt();
    const SocketError error = m_lab->shutdown(m_socket, how);
    if (!error && (how == SHUT_WR || how == SHUT_RDWR))
        m_shutWr = true;
    return report(u"shutdown"_s, error);
}

SocketError ConnectionView::close()
{
    if (!m_socket)
        return {};
    return report(u"close"_s, m_lab->close(m_socket));
}

void ConnectionView::recordEvent(const CallEvent &event)
{
    if (event.call != CallEvent::Call::Recv || event.phase != CallEvent::Phase::Done)
        return;
    m_model->record(event);
    if (event.error.kind() == SocketError::Kind::Errno) {
        m_error->showError(CallEvent::callName(event.call), event.error);
        if (event.error.code() == ECONNRESET && !m_reset) {
            m_reset = true;
            m_peer->setText(tr("⚡ Connection reset by the peer (RST): not an orderly close. "
                               "Data that was still unread on either side may be lost."));
            m_peer->show();
            refreshButtons();
        }
        return;
    }
    if (!event.error && !event.isRun() && event.data.isEmpty()) {
        m_eof = true;
        if (!m_reset) {
            m_peer->setText(
                tr("■ Peer closed the connection (orderly shutdown): recv() returned 0 "
                   "bytes. Nothing more will arrive; you may still send, then close()."));
            m_peer->show();
        }
        refreshButtons();
    }
    // A data chunk changes no button: the socket's state and pending call
    // (stateChanged, pendingChanged) are what the buttons follow.
}

void ConnectionView::recordFailure(
    const QString &call, const SocketError &error, qint64 bytesBefore)
{
    if (call == u"recv")
        return; // recordEvent shows it, with its row
    m_error->showError(call, error);
    if (call == u"sendall")
        m_sendBox->showResult(
            tr("sendall() failed after %Ln byte(s): %1", nullptr, int(bytesBefore))
                .arg(error.toString()));
    refreshButtons();
}
