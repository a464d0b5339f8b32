#include "ui/timeline/callbuttons.h"

#include "core/bytes/bytesformat.h"
#include "core/lab/lab.h"
#include "core/net/livesocket.h"
#include "core/net/resolver.h"
#include "ui/timeline/callfields.h"
#include "ui/widgets/wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

using State = LiveSocket::State;

bool connected(const LiveSocket *socket)
{
    return socket && (socket->state() == State::Connected || socket->state() == State::PeerClosed);
}

bool datagram(const LiveSocket *socket)
{
    return socket && socket->isOpen() && socket->socket().type() == SOCK_DGRAM;
}

} // namespace

CallButtons::CallButtons(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setAccessibleName(tr("Calls"));
    m_fields = new CallFields(this);
    m_errors = {nullptr, nullptr, nullptr};
    m_groups = {nullptr, nullptr, nullptr};

    // The drawer's button, beside the conn chooser; the fields open under the groups.
    m_drawerButton = new QToolButton(this);
    m_drawerButton->setObjectName(u"drawerButton"_s);
    m_drawerButton->setCheckable(true);
    m_drawerButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_drawerButton->setArrowType(Qt::RightArrow);
    m_drawerButton->setText(tr("&Arguments"));
    m_drawerButton->setToolTip(
        tr("Show or hide the fields the calls take: address, port, backlog, bufsize, message"));
    // The server's groups (its listener, then its connection) at the left
    // over one another, the client's at the right, as their lanes are.
    // Every label fits whole at 1280x720: a button is as wide as the longest
    // label the lesson gives it (widthSample), and the long calls span two
    // columns. Each group is about as narrow as its longest call (bind() and
    // connect() with an AF_UNIX path), so the lesson dock beside keeps its
    // room (MainWindow: about 30 % of the width).
    auto *serverSide = new QVBoxLayout;
    serverSide->setContentsMargins(0, 0, 0, 0);
    serverSide->setSpacing(2);
    // bind() and connect() take a whole row: an AF_UNIX path is long.
    serverSide->addWidget(buildGroup(Lane::Server, 3,
        {{Call::Socket, 1, 0, 2}, {Call::Listen, 1, 2}, {Call::Bind, 2, 0, 3}, {Call::Accept, 3, 0},
            {Call::Close, 3, 1}, {Call::Cancel, 3, 2}, {Call::Recvfrom, 4, 0},
            {Call::Sendto, 4, 1, 2}}));
    serverSide->addWidget(buildGroup(Lane::Conn, 4,
        {{Call::Recv, 1, 0}, {Call::Sendall, 1, 1}, {Call::Send, 1, 2}, {Call::Close, 1, 3},
            {Call::Shutdown, 2, 0, 2}, {Call::Cancel, 2, 2, 2}}));
    auto *groups = new QHBoxLayout;
    groups->setContentsMargins(0, 0, 0, 0);
    groups->addLayout(serverSide, 1);
    groups->addWidget(
        buildGroup(Lane::Client, 3,
            {{Call::Getaddrinfo, 1, 0, 2}, {Call::Recv, 1, 2}, {Call::Socket, 2, 0, 2},
                {Call::Sendall, 2, 2}, {Call::Connect, 3, 0, 3}, {Call::Sendto, 4, 0, 2},
                {Call::Recvfrom, 4, 2}, {Call::Shutdown, 5, 0}, {Call::Close, 5, 1},
                {Call::Cancel, 5, 2}}),
        1);

    m_expert = new QCheckBox(tr("Every &call"), this);
    m_expert->setObjectName(u"everyCall"_s);
    m_expert->setToolTip(
        tr("Enable every button, also calls that make no sense now, to see the kernel's error"));
    m_drawer = new QWidget(this);
    auto *drawer = new QVBoxLayout(m_drawer);
    drawer->setContentsMargins(0, 0, 0, 0);
    drawer->addWidget(m_fields);
    drawer->addWidget(m_expert);
    m_drawer->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(groups);
    layout->addWidget(m_drawer);

    connect(m_drawerButton, &QToolButton::toggled, this, &CallButtons::setDrawerOpen);
    connect(m_expert, &QCheckBox::toggled, this, &CallButtons::refresh);
    connect(m_fields, &CallFields::changed, this, [this] {
        relabel();
        refresh();
    });
    connect(m_lab, &Lab::callRecorded, this, &CallButtons::onCall);
    connect(m_lab, &Lab::connectionAccepted, this, [this] {
        fillConnections();
        m_connChoice->setCurrentIndex(m_connChoice->count() - 1); // the newest
        refresh();
    });
    connect(m_lab, &Lab::connectionsForgotten, this, [this] {
        // The connections are about to be deleted: forget them now.
        const QSignalBlocker blocker(m_connChoice);
        m_connChoice->clear();
        m_lastSender = {};
        refresh();
    });
    for (LiveSocket *socket : {m_lab->server(), m_lab->client()}) {
        connect(socket, &LiveSocket::pendingChanged, this, &CallButtons::refresh);
        connect(socket, &LiveSocket::stateChanged, this, &CallButtons::refresh);
    }
    relabel();
    refresh();
}

QWidget *CallButtons::buildGroup(Lane lane, int columns, const QList<Place> &places)
{
    auto *group = new QWidget(this);
    auto *grid = new QGridLayout(group);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    // The group's name, as the lane's: its variable in Python.
    QWidget *title = nullptr;
    if (lane == Lane::Conn) {
        m_connChoice = new QComboBox(group);
        m_connChoice->setObjectName(u"connChoice"_s);
        m_connChoice->setAccessibleName(tr("Connection the conn buttons act on"));
        m_connChoice->setToolTip(tr("The connection accept() returned that these calls use"));
        // As wide as "conn10" whatever it lists: nothing beside it moves.
        m_connChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_connChoice->setMinimumContentsLength(6);
        m_connChoice->setPlaceholderText(u"conn"_s);
        WheelGuard::guard(m_connChoice);
        connect(m_connChoice, &QComboBox::currentIndexChanged, this, &CallButtons::refresh);
        title = m_connChoice;
        // Both over two columns: the chooser's width never sets a column's.
        grid->addWidget(m_drawerButton, 0, 2, 1, columns - 2, Qt::AlignRight);
    } else {
        // "server." as the calls are written: server.bind(...).
        auto *name = new QLabel(lane == Lane::Server ? u"server."_s : u"client."_s, group);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        title = name;
    }
    grid->addWidget(title, 0, 0, 1, lane == Lane::Conn ? 2 : columns, Qt::AlignLeft);
    int rows = 1;
    for (const Place &place : places) {
        auto *button = new QPushButton(group);
        button->setObjectName(u"%1.%2"_s.arg(
            QString::fromLatin1(QMetaEnum::fromType<Lane>().valueToKey(int(lane))).toLower(),
            QString::fromLatin1(QMetaEnum::fromType<Call>().valueToKey(int(place.call)))
                .toLower()));
        // The width comes from the grid (at least the label's: fit()).
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->installEventFilter(this);
        grid->addWidget(button, place.row, place.column, 1, place.span);
        rows = qMax(rows, place.row + 1);
        const Call call = place.call;
        connect(button, &QPushButton::clicked, this, [this, lane, call] { click(lane, call); });
        m_entries.append({lane, call, button});
    }
    for (int column = 0; column < columns; ++column)
        grid->setColumnStretch(column, 1);
    // The group's last call's error, in a line kept for it: showing it moves
    // nothing (the whole text is its tooltip; the timeline shows it too).
    auto *error = new QLabel(group);
    error->setObjectName(u"error"_s);
    error->setTextFormat(Qt::PlainText);
    error->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    error->setFixedHeight(error->fontMetrics().lineSpacing());
    grid->addWidget(error, rows, 0, 1, columns);
    grid->setRowStretch(grid->rowCount(), 1);
    m_errors[int(lane)] = error;
    m_groups[int(lane)] = group;
    return group;
}

QPushButton *CallButtons::button(Lane lane, Call call) const
{
    for (const Entry &entry : m_entries) {
        if (entry.lane == lane && entry.call == call)
            return entry.button;
    }
    return nullptr;
}

QList<QPushButton *> CallButtons::buttons() const
{
    QList<QPushButton *> all;
    for (const Entry &entry : m_entries)
        all << entry.button;
    return all;
}

bool CallButtons::isDrawerOpen() const
{
    return !m_drawer->isHidden();
}

void CallButtons::setDrawerOpen(bool open)
{
    m_drawer->setVisible(open);
    const QSignalBlocker blocker(m_drawerButton);
    m_drawerButton->setChecked(open);
    m_drawerButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
}

bool CallButtons::isExpert() const
{
    return m_expert->isChecked();
}

void CallButtons::setExpert(bool on)
{
    m_expert->setChecked(on);
}

LiveSocket *CallButtons::connection() const
{
    const QList<LiveSocket *> connections = m_lab->connections();
    const int index = m_connChoice->currentIndex();
    return index >= 0 && index < connections.size() ? connections.at(index) : nullptr;
}

QString CallButtons::errorText(Lane lane) const
{
    return m_errors.at(int(lane))->text();
}

void CallButtons::setSides(bool server, bool client)
{
    m_groups.at(int(Lane::Server))->setVisible(server);
    m_groups.at(int(Lane::Conn))->setVisible(server);
    m_groups.at(int(Lane::Client))->setVisible(client);
    // The drawer's button sits in the conn group's title row; without the
    // server's groups it moves to the client's, once, before anything is clicked.
    QWidget *home = m_groups.at(int(server ? Lane::Conn : Lane::Client));
    if (m_drawerButton->parentWidget() != home) {
        m_drawerButton->parentWidget()->layout()->removeWidget(m_drawerButton);
        auto *grid = static_cast<QGridLayout *>(home->layout());
        grid->addWidget(m_drawerButton, 0, 1, 1, grid->columnCount() - 1, Qt::AlignRight);
        m_drawerButton->show();
    }
}

bool CallButtons::isLaneShown(Lane lane) const
{
    return !m_groups.at(int(lane))->isHidden();
}

LiveSocket *CallButtons::socketOf(Lane lane) const
{
    switch (lane) {
    case Lane::Server:
        return m_lab->server();
    case Lane::Conn:
        return connection();
    case Lane::Client:
        return m_lab->client();
    }
    return nullptr;
}

QString CallButtons::label(Lane lane, Call call) const
{
    const auto bytes = [this] {
        const std::optional<QByteArray> message = m_fields->message();
        return message ? BytesFormat::pythonBytes(*message) : u"b'?'"_s;
    };
    const auto address = [this] {
        const std::optional<Endpoint> at = m_fields->address();
        return at ? at->toPythonTuple() : u"(?)"_s;
    };
    switch (call) {
    case Call::Socket:
        return u"socket(%1, %2)"_s.arg(m_fields->family() == AF_UNIX ? u"AF_UNIX"_s
                : m_fields->family() == AF_INET6                     ? u"AF_INET6"_s
                                                                     : u"AF_INET"_s,
            m_fields->type() == SOCK_DGRAM ? u"SOCK_DGRAM"_s : u"SOCK_STREAM"_s);
    case Call::Bind:
        return u"bind(%1)"_s.arg(address());
    case Call::Listen:
        return u"listen(%1)"_s.arg(m_fields->backlog());
    case Call::Accept:
        return u"accept()"_s;
    case Call::Connect:
        return u"connect(%1)"_s.arg(address());
    case Call::Send:
        return u"send(%1)"_s.arg(bytes());
    case Call::Sendall:
        return u"sendall(%1)"_s.arg(bytes());
    case Call::Recv:
        return u"recv(%1)"_s.arg(m_fields->bufsize());
    case Call::Sendto: {
        if (lane == Lane::Server) // a reply, to where recvfrom's datagram came from
            return u"sendto(%1, addr)"_s.arg(bytes());
        const std::optional<Endpoint> to = m_fields->sendtoAddress();
        return u"sendto(%1, %2)"_s.arg(bytes(), to ? to->toPythonTuple() : u"(?)"_s);
    }
    case Call::Recvfrom:
        return u"recvfrom(%1)"_s.arg(m_fields->recvfromBufsize());
    case Call::Shutdown:
        return u"shutdown(%1)"_s.arg(m_fields->shutdownHow() == SHUT_RD ? u"SHUT_RD"_s
                : m_fields->shutdownHow() == SHUT_RDWR                  ? u"SHUT_RDWR"_s
                                                                        : u"SHUT_WR"_s);
    case Call::Getaddrinfo:
        return u"getaddrinfo(%1, %2)"_s.arg(
            BytesFormat::pythonString(m_fields->host()), BytesFormat::pythonPort(m_fields->port()));
    case Call::Close:
        return u"close()"_s;
    case Call::Cancel:
        return tr("cancel");
    }
    return {};
}

void CallButtons::relabel()
{
    for (const Entry &entry : m_entries) {
        const QString text = label(entry.lane, entry.call);
        entry.button->setAccessibleName(text);
        fit(entry);
    }
}

QString CallButtons::widthSample(Lane lane, Call call)
{
    // The longest label the lesson's fields give (a 5-digit port, the IPv6
    // family, the AF_UNIX path in the app's Lab folder, SHUT_RDWR); a longer
    // one is shortened.
    switch (call) {
    case Call::Socket:
        return u"socket(AF_INET6, SOCK_STREAM)"_s;
    case Call::Bind: // the lesson's AF_UNIX path, in the Lab's folder
        return u"bind('/tmp/SocketLab-XXXXXX/socketlab.sock')"_s;
    case Call::Listen:
        return u"listen(128)"_s;
    case Call::Accept:
        return u"accept()"_s;
    case Call::Connect:
        return u"connect('/tmp/SocketLab-XXXXXX/socketlab.sock')"_s;
    case Call::Send:
        return u"send(b'Hi')"_s;
    case Call::Sendall:
        return u"sendall(b'Hi')"_s;
    case Call::Recv:
        return u"recv(1024)"_s;
    case Call::Sendto:
        return lane == Lane::Server ? u"sendto(b'Hi', addr)"_s
                                    : u"sendto(b'Hi', ('127.0.0.1', 65535))"_s;
    case Call::Recvfrom:
        return u"recvfrom(1024)"_s;
    case Call::Shutdown:
        return u"shutdown(SHUT_RDWR)"_s;
    case Call::Getaddrinfo:
        return u"getaddrinfo('localhost', 65535)"_s;
    case Call::Close:
    case Call::Cancel:
        break;
    }
    return u"close()__"_s;
}

void CallButtons::fit(const Entry &entry) const
{
    // The grid gives a call spanning two columns their room; the size never
    // follows the label itself, so typing moves no button either.
    const QFontMetrics metrics = entry.button->fontMetrics();
    entry.button->setMinimumWidth(
        qMax(metrics.horizontalAdvance(tr("cancel")),
            metrics.horizontalAdvance(widthSample(entry.lane, entry.call)))
        + 12);
    elide(entry.button);
}

void CallButtons::elide(QPushButton *button) const
{
    const QString full = button->accessibleName();
    // The room inside the button's frame and margins.
    const int room = button->width() - 12;
    button->setText(
        room > 0 ? button->fontMetrics().elidedText(full, Qt::ElideMiddle, room) : full);
}

bool CallButtons::eventFilter(QObject *watched, QEvent *event)
{
    if (auto *button = qobject_cast<QPushButton *>(watched)) {
        if (event->type() == QEvent::Resize)
            elide(button);
        else if (event->type() == QEvent::FontChange) {
            for (const Entry &entry : std::as_const(m_entries)) {
                if (entry.button == button)
                    fit(entry);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString CallButtons::fieldProblem(Call call) const
{
    QString problem;
    switch (call) {
    case Call::Bind:
    case Call::Connect:
        m_fields->address(&problem);
        break;
    case Call::Send:
    case Call::Sendall:
        m_fields->message(&problem);
        break;
    case Call::Sendto:
        if (m_fields->message(&problem))
            m_fields->sendtoAddress(&problem);
        break;
    default:
        break;
    }
    return problem;
}

QString CallButtons::whyNot(Lane lane, Call call) const
{
    const LiveSocket *socket = socketOf(lane);
    const QString name = lane == Lane::Server ? u"server"_s
        : lane == Lane::Client                ? u"client"_s
                                              : u"conn"_s;
    if (lane == Lane::Conn && !socket)
        return tr("There is no connection yet: the server's accept() returns one.");
    if (call == Call::Getaddrinfo) {
        if (m_fields->host().isEmpty() && m_fields->port().isEmpty())
            return tr("Type a host or a port in the fields: getaddrinfo needs one of them.");
        return m_lab->clientResolver()->isBusy() ? tr("getaddrinfo() is running already.")
                                                 : QString();
    }
    if (call == Call::Socket) {
        return socket->isOpen() ? tr("%1 already has a socket: close() it first.").arg(name)
                                : QString();
    }
    if (!socket->isOpen()) {
        return socket->state() == State::Closed
            ? tr("%1 is closed: socket() makes a new one.").arg(name)
            : tr("%1 has no socket yet: press socket() first.").arg(name);
    }
    if (call == Call::Cancel) {
        return socket->pending() == LiveSocket::Pending::None
            ? tr("No call of %1 is waiting.").arg(name)
            : QString();
    }
    if (call == Call::Close)
        return {};
    const bool stream = socket->socket().type() == SOCK_STREAM;
    const bool readWaits = socket->pendingRead() != LiveSocket::Pending::None;
    const bool writeWaits = socket->pendingWrite() != LiveSocket::Pending::None;
    switch (call) {
    case Call::Bind:
        if (socket->state() != State::Created)
            return tr("%1 is bound already: one socket binds once.").arg(name);
        break;
    case Call::Listen:
        if (!stream)
            return tr("A SOCK_DGRAM socket does not listen: it takes datagrams with recvfrom().");
        if (socket->state() == State::Listening)
            return tr("%1 listens already.").arg(name);
        if (socket->state() != State::Bound)
            return tr("bind() first: listen() waits on the address bind() gave.");
        break;
    case Call::Accept:
        if (socket->state() != State::Listening)
            return stream ? tr("listen() first: accept() takes connections from its queue.")
                          : tr("A SOCK_DGRAM socket has no connections to accept.");
        if (readWaits)
            return tr("accept() is waiting already.");
        break;
    case Call::Connect:
        if (socket->state() != State::Created && socket->state() != State::Bound)
            return tr("%1 is connected already (or listening): a socket connects once.").arg(name);
        if (writeWaits)
            return tr("connect() is waiting already.");
        break;
    case Call::Send:
    case Call::Sendall:
    case Call::Shutdown:
        if (!connected(socket))
            return stream ? tr("connect() first: these bytes need a connection.")
                          : tr("A SOCK_DGRAM socket without connect() sends with sendto().");
        if (call != Call::Shutdown && writeWaits)
            return tr("sendall() is still sending.");
        break;
    case Call::Recv:
        if (!connected(socket))
            return stream ? tr("connect() first: recv() reads a connection's bytes.")
                          : tr("A SOCK_DGRAM socket without connect() reads with recvfrom().");
        if (readWaits)
            return tr("recv() is waiting already.");
        break;
    case Call::Sendto:
        if (!datagram(socket))
            return tr("sendto() sends datagrams: make a SOCK_DGRAM socket (type in the fields).");
        if (lane == Lane::Server && !m_lastSender.isValid())
            return tr("No datagram has come yet: recvfrom() tells addr, where the reply goes.");
        break;
    case Call::Recvfrom:
        if (!datagram(socket))
            return tr("recvfrom() reads datagrams: make a SOCK_DGRAM socket (type in the fields).");
        if (socket->state() == State::Created)
            return tr("%1 has no address yet: nothing can reach it (bind() or sendto() first).")
                .arg(name);
        if (readWaits)
            return tr("recvfrom() is waiting already.");
        break;
    default:
        break;
    }
    return {};
}

void CallButtons::refresh()
{
    if (m_connChoice->count() != m_lab->connections().size())
        fillConnections();
    const bool expert = m_expert->isChecked();
    QList<QPushButton *> disabled;
    for (const Entry &entry : m_entries) {
        const LiveSocket *socket = socketOf(entry.lane);
        QString why = fieldProblem(entry.call);
        if (why.isEmpty() && !socket)
            why = whyNot(entry.lane, entry.call);
        else if (why.isEmpty() && !expert)
            why = whyNot(entry.lane, entry.call);
        if (why.isEmpty())
            entry.button->setEnabled(true);
        else
            disabled << entry.button;
        const QString name = entry.button->accessibleName();
        entry.button->setToolTip(why.isEmpty() ? name : name + u"\n"_s + why);
    }
    // Disabled last: a focused button that goes (accept() waits) hands the
    // focus on to a button enabled by the same call (cancel), not past it.
    for (QPushButton *button : std::as_const(disabled))
        button->setEnabled(false);
}

void CallButtons::fillConnections()
{
    const QSignalBlocker blocker(m_connChoice);
    const int kept = m_connChoice->currentIndex();
    m_connChoice->clear();
    for (LiveSocket *conn : m_lab->connections())
        m_connChoice->addItem(conn->name());
    m_connChoice->setCurrentIndex(qMin(kept, m_connChoice->count() - 1));
    if (m_connChoice->currentIndex() < 0 && m_connChoice->count() > 0)
        m_connChoice->setCurrentIndex(m_connChoice->count() - 1);
    for (LiveSocket *conn : m_lab->connections()) {
        connect(
            conn, &LiveSocket::pendingChanged, this, &CallButtons::refresh, Qt::UniqueConnection);
        connect(conn, &LiveSocket::stateChanged, this, &CallButtons::refresh, Qt::UniqueConnection);
    }
}

void CallButtons::click(Lane lane, Call call)
{
    LiveSocket *socket = socketOf(lane);
    if (!socket)
        return;
    m_clicking = true;
    SocketError error;
    QString name = label(lane, call);
    name.truncate(name.indexOf(u'('));
    switch (call) {
    case Call::Socket:
        error = m_lab->open(socket, m_fields->family(), m_fields->type(), 0);
        if (lane == Lane::Server)
            m_lastSender = {};
        break;
    case Call::Bind:
        if (const std::optional<Endpoint> at = m_fields->address()) {
            // SO_REUSEADDR counts only when set before bind().
            if (m_fields->reuseAddress())
                error = m_lab->setReuseAddress(socket, true);
            if (!error)
                error = m_lab->bind(socket, *at);
            else
                name = u"setsockopt"_s;
        }
        break;
    case Call::Listen:
        error = m_lab->listen(socket, m_fields->backlog());
        break;
    case Call::Accept:
        error = m_lab->accept(socket);
        break;
    case Call::Connect:
        if (const std::optional<Endpoint> at = m_fields->address())
            error = m_lab->connect(socket, *at);
        break;
    case Call::Send:
        if (const std::optional<QByteArray> bytes = m_fields->message())
            error = m_lab->send(socket, *bytes).error;
        break;
    case Call::Sendall:
        if (const std::optional<QByteArray> bytes = m_fields->message())
            error = m_lab->sendall(socket, *bytes);
        break;
    case Call::Recv:
        error = m_lab->recv(socket, m_fields->bufsize());
        break;
    case Call::Sendto: {
        const std::optional<QByteArray> bytes = m_fields->message();
        const std::optional<Endpoint> to = lane == Lane::Server
            ? std::optional<Endpoint>(m_lastSender)
            : m_fields->sendtoAddress();
        if (bytes && to && to->isValid())
            error = m_lab->sendto(socket, *bytes, *to).error;
        break;
    }
    case Call::Recvfrom:
        error = m_lab->recvfrom(socket, m_fields->recvfromBufsize());
        break;
    case Call::Shutdown:
        error = m_lab->shutdown(socket, m_fields->shutdownHow());
        break;
    case Call::Close:
        error = m_lab->close(socket);
        break;
    case Call::Cancel:
        m_lab->cancel(socket);
        break;
    case Call::Getaddrinfo:
        // Off the GUI thread; its row in the timeline gets the result list.
        m_lab->clientResolver()->lookup(m_fields->host(), m_fields->port());
        break;
    }
    m_clicking = false;
    if (error.wouldBlock())
        error = {};
    showError(lane, name, error);
    refresh();
}

void CallButtons::showError(Lane lane, const QString &call, const SocketError &error)
{
    QLabel *label = m_errors.at(int(lane));
    if (!error) {
        label->clear();
        label->setToolTip({});
        return;
    }
    const QString head = error.kind() == SocketError::Kind::Refused
        ? u"\u2716 %1: %2"_s.arg(call, error.explanation())
        : u"\u2716 %1: %2 \u2014 %3"_s.arg(call, error.name(), error.explanation());
    label->setText(head);
    // The whole of it: the C library's own words for the errno (strerror,
    // in the UI's language) and what to do.
    QStringList whole {head};
    if (!error.systemText().isEmpty())
        whole << u"%1: %2"_s.arg(error.name(), error.systemText());
    whole << error.hint();
    label->setToolTip(whole.join(u'\n'));
}

void CallButtons::onCall(const CallEvent &event)
{
    // The server's datagrams: a reply goes to where the last one came from.
    if (event.object == u"server" && event.phase == CallEvent::Phase::Done && !event.error) {
        if (event.call == CallEvent::Call::Recvfrom && event.address.isValid())
            m_lastSender = event.address;
        else if (event.call == CallEvent::Call::Socket)
            m_lastSender = {};
    }
    // The lesson's calls set the fields a person would have typed: the
    // socket's family and type, an AF_UNIX path, shutdown's how.
    if (!m_clicking && event.phase == CallEvent::Phase::Done && !event.error
        && (event.object == u"server" || event.object == u"client")) {
        if (event.call == CallEvent::Call::Socket) {
            m_fields->setFamily(event.family);
            m_fields->setType(event.type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC));
        } else if ((event.call == CallEvent::Call::Bind || event.call == CallEvent::Call::Connect)
            && event.address.family() == AF_UNIX && !event.address.path().isEmpty()) {
            m_fields->setPath(event.address.path());
        }
    }
    if (event.object == u"server" && event.call == CallEvent::Call::Bind
        && event.phase == CallEvent::Phase::Done
        && (event.address.family() == AF_INET || event.address.family() == AF_INET6)) {
        const quint16 bound
            = !event.error && event.after.laddr.isValid() ? event.after.laddr.port() : 0;
        if (!m_clicking && isLaneShown(Lane::Server)) {
            // The lesson's bind, as if typed: the address it tried, or the
            // port the kernel chose; the client's calls aim there too.
            m_fields->setEndpoint(
                event.address.host(), QString::number(bound ? bound : event.address.port()));
        } else if (bound) {
            // Bound to port 0: the kernel chose the port (getsockname, the
            // laddr after the call); the client's connect() and sendto() go there.
            m_fields->followBoundPort(event.address.port(), bound);
        }
    }
    if (!m_clicking && event.phase == CallEvent::Phase::Done && !event.error
        && event.call == CallEvent::Call::Shutdown)
        m_fields->setShutdownHow(event.how);
    // A waiting call that failed later (connect refused) says so under its group.
    if (!m_clicking && event.phase == CallEvent::Phase::Done && event.error
        && !event.error.wouldBlock()) {
        const LiveSocket *conn = connection();
        const Lane lane = event.object == u"server" ? Lane::Server
            : event.object == u"client"             ? Lane::Client
                                                    : Lane::Conn;
        if (lane != Lane::Conn || (conn && conn->name() == event.object)) {
            QString name = CallEvent::callName(event.call);
            showError(lane, name, event.error);
        }
    }
    refresh();
}
