#include "ui/lanes/socketpanel.h"
#include "ui/widgets/wheelguard.h"

#include "core/platform/constants.h"

#include "core/bytes/bytesformat.h"
#include "core/lab/lab.h"
#include "core/net/freeport.h"
#include "core/record/throttle.h"
#include "core/record/transcript.h"
#include "ui/lanes/bytesview.h"
#include "ui/lanes/connectionlistmodel.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/errorview.h"
#include "ui/lanes/sendbox.h"
#include "ui/lanes/socketstatusview.h"
#include "ui/widgets/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {
using S = LiveSocket::State;

QLabel *keyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

SocketPanel::SocketPanel(Role role, Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_lab(lab)
{
    const bool server = role == Role::Server;
    const QString name = server ? u"server"_s : u"client"_s;
    setObjectName(name % u"Panel"_s);
    setAccessibleName(server ? tr("Server panel") : tr("Client panel"));
    m_socket = server ? lab->server() : lab->client();
    if (!server)
        m_lookup = lab->clientResolver();
    connect(m_socket, &LiveSocket::callRecorded, this, &SocketPanel::callRecorded);
    connect(this, &SocketPanel::callRecorded, this, &SocketPanel::follow);
    if (server)
        connect(lab, &Lab::connectionsForgotten, this, &SocketPanel::forgetConnections);
    connect(m_socket, &LiveSocket::stateChanged, this, &SocketPanel::refreshButtons);
    connect(m_socket, &LiveSocket::pendingChanged, this, &SocketPanel::refreshButtons);
    connect(m_socket, &LiveSocket::failed, this,
        [this](const QString &call, const SocketError &error, qint64) {
            // Data calls report in their connection view; the panel shows
            // the rest (accept, connect).
            if (call == u"accept" || call == u"connect")
                m_error->showError(call, error);
            refreshButtons();
        });
    connect(m_socket, &LiveSocket::connected, this, [this](const Endpoint &) {
        m_error->clear();
        refreshButtons();
    });

    auto *title = new QLabel(server ? tr("Server") : tr("Client"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_expertBox = new QCheckBox(tr("Expert: enable every call"), this);
    m_expertBox->setAccessibleName(tr("Expert mode: enable every call"));
    m_expertBox->setToolTip(tr("Every button works in every state, so you can make a call at the "
                               "wrong time and read the kernel's real error."));
    auto *headBox = new QWidget(this);
    auto *head = new FlowLayout(headBox);
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(title);
    head->addWidget(m_expertBox);

    m_error = new ErrorView(this);
    m_status = new SocketStatusView(lab, this);
    if (server) {
        m_status->setSocket(m_socket, {S::Unopened, S::Created, S::Bound, S::Listening, S::Closed});
    } else {
        m_status->setSocket(m_socket,
            {S::Unopened, S::Created, S::Connecting, S::Connected, S::PeerClosed, S::Closed});
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headBox);
    layout->addWidget(buildFields());
    layout->addWidget(buildCalls());
    if (!server)
        layout->addWidget(buildClientLookup());
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    if (server) {
        layout->addWidget(buildServerConnections(), 1);
    } else {
        m_clientView = new ConnectionView(lab, m_socket, false, true, this);
        connect(m_clientView, &ConnectionView::changed, this, &SocketPanel::changed);
        // connect() returned, bytes arrived: the part that changed comes into view.
        connect(m_socket, &LiveSocket::connected, this, [this] { bringIntoView(m_status); });
        connect(m_socket, &LiveSocket::received, this,
            [this] { bringIntoView(m_clientView->bytesView()); });
        connect(m_socket, &LiveSocket::callRecorded, this, [this](const CallEvent &event) {
            if (event.isRun())
                bringIntoView(m_clientView->bytesView());
        });
        layout->addWidget(m_clientView, 1);
    }

    connect(m_expertBox, &QCheckBox::toggled, this, [this](bool on) {
        for (ConnectionView *view : std::as_const(m_connViews))
            view->setExpert(on);
        if (m_clientView)
            m_clientView->setExpert(on);
        refreshButtons();
    });
    connect(m_error, &ErrorView::actionTriggered, this, [this] {
        if (m_freePort) {
            const QString before = m_port->text();
            m_port->setText(QString::number(m_freePort));
            m_error->clear();
            emit freePortChosen(before, m_freePort);
        }
    });
    validateInputs();
    // Scrolling the panel over a field scrolls; the wheel changes one only when focused.
    WheelGuard::guardChildren(this);
}

QWidget *SocketPanel::buildFields()
{
    auto *box = new QWidget(this);
    auto *grid = new QVBoxLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_family = new QComboBox(box);
    m_family->addItem(u"AF_INET"_s, AF_INET);
    m_family->addItem(u"AF_INET6"_s, AF_INET6);
    m_family->addItem(u"AF_UNIX"_s, AF_UNIX);
    m_family->setAccessibleName(tr("Address family"));
    m_family->setToolTip(
        tr("AF_INET: IPv4 addresses. AF_INET6: IPv6. AF_UNIX: a file path on this machine."));
    m_type = new QComboBox(box);
    m_type->addItem(u"SOCK_STREAM"_s, SOCK_STREAM);
    m_type->addItem(u"SOCK_DGRAM"_s, SOCK_DGRAM);
    m_type->setAccessibleName(tr("Socket type"));
    m_type->setToolTip(
        tr("SOCK_STREAM: a byte stream (TCP). SOCK_DGRAM: separate datagrams (UDP)."));
    m_proto = new QComboBox(box);
    m_proto->addItem(tr("0 (default)"), 0);
    m_proto->addItem(u"IPPROTO_TCP (6)"_s, IPPROTO_TCP);
    m_proto->addItem(u"IPPROTO_UDP (17)"_s, IPPROTO_UDP);
    m_proto->setAccessibleName(tr("Protocol"));
    m_proto->setToolTip(tr("0 lets the kernel pick the transport protocol that fits the type."));
    for (QComboBox *combo : {m_family, m_type, m_proto})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_host = new QComboBox(box);
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_host->setMinimumContentsLength(15);
    m_host->setAccessibleName(
        m_role == Role::Server ? tr("Address to bind") : tr("Host to connect to"));
    m_port = new QLineEdit(u"5000"_s, box);
    m_port->setAccessibleName(
        m_role == Role::Server ? tr("Port to bind") : tr("Port or service to connect to"));
    m_port->setMaxLength(32);
    m_port->setToolTip(m_role == Role::Server
            ? tr("0 to 65535; 0 asks the kernel to choose a free port.")
            : tr("A number 0 to 65535, or a service name such as http."));
    fillAddresses();

    // Label + field pairs flow onto more lines when the panel is narrow.
    auto *pairs = new QWidget(box);
    auto *flow = new FlowLayout(pairs);
    flow->setContentsMargins(0, 0, 0, 0);
    auto addPair = [pairs, flow](const QString &label, QWidget *field) {
        auto *pair = new QWidget(pairs);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        row->addWidget(keyLabel(label, field, pair));
        field->setParent(pair);
        row->addWidget(field);
        flow->addWidget(pair);
    };
    addPair(tr("&family"), m_family);
    addPair(tr("&type"), m_type);
    addPair(tr("pr&oto"), m_proto);
    addPair(m_role == Role::Server ? tr("&address") : tr("&host"), m_host);
    addPair(tr("&port"), m_port);
    if (m_role == Role::Server) {
        m_backlog = new QSpinBox(box);
        m_backlog->setRange(0, 4096);
        m_backlog->setValue(1);
        m_backlog->setAccessibleName(tr("Backlog for listen"));
        m_backlog->setToolTip(
            tr("How many finished handshakes the kernel may queue before accept()."));
        addPair(tr("bac&klog"), m_backlog);
    }
    m_port->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(u"65535_http"_s));
    m_port->setMaximumWidth(QFontMetrics(font()).horizontalAdvance(u"65535_http__"_s));

    m_problem = new QLabel(box);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the fields"));
    grid->addWidget(pairs);
    grid->addWidget(m_problem);

    connect(m_family, &QComboBox::currentIndexChanged, this, &SocketPanel::validateInputs);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SocketPanel::validateInputs);
    connect(m_host, &QComboBox::editTextChanged, this, &SocketPanel::validateInputs);
    connect(m_port, &QLineEdit::textChanged, this, &SocketPanel::validateInputs);
    // Picking a listed address picks its family too (before socket()).
    connect(m_host, &QComboBox::activated, this, [this](int) {
        const QHostAddress address(m_host->currentText());
        if (address.isNull() || m_socket->isOpen())
            return;
        setComboValue(
            m_family, address.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET);
    });
    return box;
}

void SocketPanel::fillAddresses()
{
    if (m_role == Role::Client) {
        m_host->addItem(u"127.0.0.1"_s);
        m_host->addItem(u"::1"_s);
        m_host->addItem(u"localhost"_s);
        m_host->setItemData(0, tr("IPv4 loopback: this machine"), Qt::ToolTipRole);
        m_host->setItemData(1, tr("IPv6 loopback: this machine"), Qt::ToolTipRole);
        m_host->setItemData(2, tr("A name: getaddrinfo turns it into addresses"), Qt::ToolTipRole);
        return;
    }
    const struct
    {
        QString address;
        QString note;
    } fixed[] = {
        {u"127.0.0.1"_s, tr("IPv4 loopback: only this machine can connect")},
        {u"::1"_s, tr("IPv6 loopback: only this machine can connect")},
        {u"0.0.0.0"_s, tr("every IPv4 interface: others on the network can connect")},
        {u"::"_s, tr("every IPv6 interface (and IPv4 too unless IPV6_V6ONLY is on)")},
    };
    for (const auto &f : fixed) {
        m_host->addItem(f.address);
        m_host->setItemData(m_host->count() - 1, f.note, Qt::ToolTipRole);
    }
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (!(iface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.isLoopback())
                continue;
            const QString text = ip.toString();
            if (m_host->findText(text) >= 0)
                continue;
            m_host->addItem(text);
            m_host->setItemData(m_host->count() - 1,
                tr("address of interface %1").arg(iface.humanReadableName()), Qt::ToolTipRole);
        }
    }
}

QWidget *SocketPanel::buildCalls()
{
    auto *box = new QWidget(this);
    auto *flow = new FlowLayout(box);
    flow->setContentsMargins(0, 0, 0, 0);
    auto add = [this, box, flow](const QString &call, const QString &label, const QString &tip) {
        auto *b = new QPushButton(label, box);
        b->setAccessibleName(label);
        b->setToolTip(tip);
        b->setObjectName(call);
        m_buttons.insert(call, b);
        flow->addWidget(b);
        return b;
    };
    if (m_role == Role::Server) {
        connect(add(u"socket"_s, u"server = socket()"_s,
                    tr("socket(2): a new socket with the family, type and proto above.")),
            &QPushButton::clicked, this, &SocketPanel::doSocket);
        connect(add(u"bind"_s, u"server.bind()"_s,
                    tr("bind(2): give the socket the address and port above.")),
            &QPushButton::clicked, this, &SocketPanel::doBind);
        connect(add(u"listen"_s, u"server.listen()"_s,
                    tr("listen(2): accept connections; the backlog limits the queue.")),
            &QPushButton::clicked, this, &SocketPanel::doListen);
        connect(add(u"accept"_s, u"conn, addr = server.accept()"_s,
                    tr("accept(2): take the next finished connection; waits if there is none.")),
            &QPushButton::clicked, this, &SocketPanel::doAccept);
        connect(add(u"close"_s, u"server.close()"_s,
                    tr("close(2) the listening socket. Accepted connections stay open.")),
            &QPushButton::clicked, this, &SocketPanel::doClose);
    } else {
        connect(add(u"getaddrinfo"_s, u"socket.getaddrinfo()"_s,
                    tr("getaddrinfo(3): turn host and port into addresses to try.")),
            &QPushButton::clicked, this, &SocketPanel::doGetaddrinfo);
        connect(add(u"socket"_s, u"client = socket()"_s,
                    tr("socket(2): with the chosen getaddrinfo row's family, type and proto (or "
                       "the fields).")),
            &QPushButton::clicked, this, &SocketPanel::doSocket);
        connect(
            add(u"connect"_s, u"client.connect()"_s,
                tr("connect(2) to the chosen row's address (or host and port typed as numbers).")),
            &QPushButton::clicked, this, &SocketPanel::doConnect);
    }
    return box;
}

QWidget *SocketPanel::buildClientLookup()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsNote = new QLabel(box);
    m_rowsNote->setTextFormat(Qt::PlainText);
    m_rowsNote->setWordWrap(true);
    m_rowsTable = new QTableWidget(0, 5, box);
    m_rowsTable->setHorizontalHeaderLabels(
        {u"family"_s, u"type"_s, u"proto"_s, u"canonname"_s, u"sockaddr"_s});
    m_rowsTable->setAccessibleName(tr("getaddrinfo results: pick the row to use"));
    m_rowsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rowsTable->verticalHeader()->hide();
    m_rowsTable->setWordWrap(false);
    m_rowsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rowsTable->horizontalHeader()->setStretchLastSection(true);
    m_rowsTable->setMaximumHeight(QFontMetrics(font()).height() * 6);
    layout->addWidget(m_rowsNote);
    layout->addWidget(m_rowsTable);
    m_rowsTable->hide();
    m_rowsNote->hide();

    connect(m_lookup, &Resolver::callRecorded, this, &SocketPanel::callRecorded);
    connect(m_lookup, &Resolver::resolved, this, &SocketPanel::onResolved);
    // A lookup the Lab started for the lesson: the fields show what it asked.
    connect(m_lookup, &Resolver::started, this, [this](const QString &host, const QString &port) {
        if (host == m_lookupHost && port == m_lookupPort)
            return; // the panel's own
        m_lookupHost = host;
        m_lookupPort = port;
        setHost(host);
        setPort(port);
    });
    connect(m_rowsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_rowsTable->selectionModel()->selectedRows();
        if (!rows.isEmpty() && rows.first().row() != m_chosenRow)
            chooseRow(rows.first().row());
    });
    return box;
}

QWidget *SocketPanel::buildServerConnections()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_connTitle = new QLabel(box);
    m_connTitle->setTextFormat(Qt::PlainText);
    m_connTitle->setWordWrap(true);
    QFont bold = m_connTitle->font();
    bold.setBold(true);
    m_connTitle->setFont(bold);
    m_connModel = new ConnectionListModel(this);
    m_connTable = new QTableView(box);
    m_connTable->setModel(m_connModel);
    m_connTable->setAccessibleName(tr("Accepted connections"));
    m_connTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_connTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_connTable->verticalHeader()->hide();
    m_connTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_connTable->horizontalHeader()->setStretchLastSection(true);
    m_connTable->hide();
    m_connStack = new QStackedWidget(box);
    auto *none
        = new QLabel(tr("No connection yet. After listen(), click accept(): it waits until a "
                        "client connects, then the connection appears here with its own "
                        "recv, sendall and close."),
            m_connStack);
    none->setWordWrap(true);
    none->setTextFormat(Qt::PlainText);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_connStack->addWidget(none);
    layout->addWidget(m_connTitle);
    layout->addWidget(m_connTable);
    layout->addWidget(m_connStack, 1);
    m_connTitle->setText(tr("Connections: 0"));

    connect(m_socket, &LiveSocket::accepted, this, &SocketPanel::onAccepted);
    connect(m_connTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid() && current.row() < m_connViews.size())
                m_connStack->setCurrentWidget(m_connViews.at(current.row()));
            emit changed();
        });
    return box;
}

void SocketPanel::onAccepted(LiveSocket *conn, const Endpoint &)
{
    connect(conn, &LiveSocket::callRecorded, this, &SocketPanel::callRecorded);
    m_connModel->append(conn);
    auto *view = new ConnectionView(m_lab, conn, true, false, m_connStack);
    view->setExpert(isExpert());
    connect(view, &ConnectionView::changed, this, &SocketPanel::changed);
    m_connViews << view;
    m_connStack->addWidget(view);
    m_connTable->show();
    fitConnectionTable();
    m_connTitle->setText(
        tr("Connections: %Ln (select one to see its bytes)", nullptr, int(m_connViews.size())));
    if (m_connViews.size() == 1 || !m_connTable->currentIndex().isValid())
        selectConnection(int(m_connViews.size()) - 1);
    m_error->clear();
    // accept() returned: bring the new connection's work area into view.
    bringIntoView(m_connStack);
    // Bytes arrived on the shown connection: its chunk table comes into view.
    connect(conn, &LiveSocket::received, view, [this, view] {
        if (currentConnectionView() == view)
            bringIntoView(view->bytesView());
    });
    connect(conn, &LiveSocket::callRecorded, view, [this, view](const CallEvent &event) {
        if (event.isRun() && currentConnectionView() == view)
            bringIntoView(view->bytesView());
    });
    refreshButtons();
    emit connectionAccepted(conn);
}

void SocketPanel::bringIntoView(QWidget *widget)
{
    // The panel may sit in a scroll area (a small window, presentation
    // mode): what a call just changed should not stay out of sight. At most
    // every 40 ms, so a flood of recv calls costs nothing here.
    m_scrollTarget = widget;
    if (!m_scroll) {
        m_scroll = new Throttle(
            40,
            [this] {
                for (QWidget *w = parentWidget(); w && m_scrollTarget; w = w->parentWidget()) {
                    if (auto *area = qobject_cast<QScrollArea *>(w)) {
                        scrollIntoSight(area, m_scrollTarget);
                        break;
                    }
                }
            },
            this);
    }
    m_scroll->request();
}

void SocketPanel::scrollIntoSight(QScrollArea *area, QWidget *target)
{
    // Only when none of it shows, only up or down, and as little as will
    // bring it in: the button just pressed stays where it was if it can.
    if (!area->widget() || !area->widget()->isAncestorOf(target))
        return;
    const QRect r(target->mapTo(area->widget(), QPoint(0, 0)), target->size());
    QScrollBar *bar = area->verticalScrollBar();
    const int height = area->viewport()->height();
    const int top = bar->value();
    if (r.bottom() >= top && r.top() < top + height)
        return; // some of it is in sight
    bar->setValue(r.top() >= top + height ? qMin(r.top(), r.bottom() + 1 - height) : r.top());
}

void SocketPanel::fitConnectionTable()
{
    // As tall as its rows, up to five; then it scrolls.
    const int rows = qMin(5, m_connModel->rowCount());
    const int rowHeight = m_connTable->verticalHeader()->defaultSectionSize();
    m_connTable->setFixedHeight(m_connTable->horizontalHeader()->sizeHint().height()
        + rows * rowHeight + 2 * m_connTable->frameWidth() + 2);
}

QList<LiveSocket *> SocketPanel::connections() const
{
    return m_connModel ? m_connModel->connections() : QList<LiveSocket *> {};
}

ConnectionView *SocketPanel::currentConnectionView() const
{
    if (m_clientView)
        return m_clientView;
    if (!m_connStack)
        return nullptr;
    return qobject_cast<ConnectionView *>(m_connStack->currentWidget());
}

LiveSocket *SocketPanel::currentConnection() const
{
    ConnectionView *view = currentConnectionView();
    return view ? view->socket() : nullptr;
}

void SocketPanel::selectConnection(int index)
{
    if (!m_connTable || index < 0 || index >= m_connViews.size())
        return;
    m_connTable->setCurrentIndex(m_connModel->index(index, 0));
    m_connStack->setCurrentWidget(m_connViews.at(index));
}

QPushButton *SocketPanel::button(const QString &call) const
{
    if (QPushButton *b = m_buttons.value(call))
        return b;
    QString data = call;
    if (data.startsWith(u"conn."))
        data = data.mid(5);
    ConnectionView *view = currentConnectionView();
    return view ? view->button(data) : nullptr;
}

int SocketPanel::comboValue(const QComboBox *combo) const
{
    return combo->currentData().toInt();
}

void SocketPanel::setComboValue(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void SocketPanel::setFamily(int family)
{
    setComboValue(m_family, family);
}

void SocketPanel::setHost(const QString &host)
{
    m_host->setEditText(host);
}

void SocketPanel::setPort(const QString &port)
{
    m_port->setText(port);
}

void SocketPanel::setBacklog(int backlog)
{
    if (m_backlog)
        m_backlog->setValue(backlog);
}

QString SocketPanel::host() const
{
    return m_host->currentText().trimmed();
}

QString SocketPanel::port() const
{
    return m_port->text().trimmed();
}

QString SocketPanel::inputProblem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

bool SocketPanel::isExpert() const
{
    return m_expertBox->isChecked();
}

void SocketPanel::setExpert(bool on)
{
    m_expertBox->setChecked(on);
}

bool SocketPanel::isLookupRunning() const
{
    return m_lookup && m_lookup->isBusy();
}

std::optional<Endpoint> SocketPanel::typedEndpoint(SocketError *error) const
{
    return Endpoint::parse(comboValue(m_family), host(), port(), error);
}

void SocketPanel::validateInputs()
{
    const int family = comboValue(m_family);
    m_port->setEnabled(family != AF_UNIX);
    QString problem;
    const QString h = host();
    const QString p = port();
    if (m_role == Role::Server) {
        SocketError error;
        if (!typedEndpoint(&error)) {
            problem = error.explanation();
            if (!error.hint().isEmpty())
                problem += u" "_s % error.hint();
            if (problem.isEmpty())
                problem = error.toString();
        }
    } else {
        static const QRegularExpression service(u"^[A-Za-z][A-Za-z0-9_-]*$"_s);
        bool numeric = false;
        const uint port = p.toUInt(&numeric);
        if (h.isEmpty()) {
            problem
                = tr("The host is empty. Type a name (localhost) or an address (127.0.0.1, ::1).");
        } else if (h.contains(QRegularExpression(u"\\s"_s))) {
            problem = tr("The host contains a space. Names and addresses have none; remove it.");
        } else if (family != AF_UNIX && p.isEmpty()) {
            problem = tr("The port is empty. Type the server's port, e.g. 5000.");
        } else if (family != AF_UNIX && numeric && port > 65535) {
            problem = tr(
                "Port %1 is too big: ports go from 0 to 65535 (16 bits). Type a smaller number.")
                          .arg(p);
        } else if (family != AF_UNIX && !numeric && !service.match(p).hasMatch()) {
            problem = tr("\"%1\" is neither a port number (0-65535) nor a service name like http. "
                         "Type digits only, or a name from /etc/services.")
                          .arg(p);
        }
    }
    m_problem->setText(problem.isEmpty() ? QString() : u"⚠ "_s % problem);
    m_problem->setVisible(!problem.isEmpty());
    // Typed fields no longer match the looked-up rows: forget the choice.
    if (m_role == Role::Client && m_chosenRow >= 0 && (h != m_lookupHost || p != m_lookupPort)) {
        m_chosenRow = -1;
        m_rowsTable->clearSelection();
        m_rowsNote->setText(tr("Host or port changed since getaddrinfo: run it again, or connect "
                               "to the numeric address typed."));
    }
    refreshButtons();
}

void SocketPanel::refreshButtons()
{
    const bool expert = isExpert();
    const S state = m_socket->state();
    const bool idle = m_socket->pending() == LiveSocket::Pending::None;
    const bool inputOk = m_problem->text().isEmpty();
    auto enable = [this, expert](const QString &call, bool sensible) {
        if (QPushButton *b = m_buttons.value(call))
            b->setEnabled(expert || sensible);
    };
    enable(u"socket"_s, !LiveSocket::isOpen(state));
    if (m_role == Role::Server) {
        const bool stream = m_socket->socket().type() == SOCK_STREAM;
        enable(u"bind"_s, state == S::Created && inputOk);
        enable(u"listen"_s, state == S::Bound && stream);
        enable(u"accept"_s, state == S::Listening && idle);
        enable(u"close"_s, LiveSocket::isOpen(state));
    } else {
        enable(u"getaddrinfo"_s, inputOk && !isLookupRunning());
        bool target = m_chosenRow >= 0;
        if (!target) {
            SocketError ignored;
            target = inputOk && typedEndpoint(&ignored).has_value();
        }
        enable(u"connect"_s, (state == S::Created || state == S::Bound) && idle && target);
    }
    emit changed();
}

SocketError SocketPanel::report(const QString &call, const SocketError &error)
{
    if (error && !error.wouldBlock())
        m_error->showError(call, error);
    else
        m_error->clear();
    m_status->refresh();
    refreshButtons();
    return error;
}

SocketError SocketPanel::doSocket()
{
    int family = comboValue(m_family);
    int type = comboValue(m_type);
    int proto = comboValue(m_proto);
    if (m_role == Role::Client && m_chosenRow >= 0 && m_chosenRow < m_rows.size()) {
        // socket(*info[:3]): the chosen row decides, and the fields follow it.
        const AddrInfo &row = m_rows.at(m_chosenRow);
        family = row.family;
        type = row.type;
        proto = row.proto;
        setComboValue(m_family, family);
        setComboValue(m_type, type);
        setComboValue(m_proto, proto);
    }
    return report(u"socket"_s, m_lab->open(m_socket, family, type, proto));
}

SocketError SocketPanel::doBind()
{
    SocketError error;
    const std::optional<Endpoint> endpoint = typedEndpoint(&error);
    if (!endpoint)
        return report(u"bind"_s, error);
    error = report(u"bind"_s, m_lab->bind(m_socket, *endpoint));
    // follow() offered a free port already; showing the error again took the offer away.
    if (error.kind() == SocketError::Kind::Errno && error.code() == EADDRINUSE)
        suggestFreePort();
    return error;
}

void SocketPanel::suggestFreePort()
{
    QString h = host();
    if (QHostAddress(h).isNull())
        h = u"127.0.0.1"_s;
    m_freePort = FreePort::find(h, m_lab->socketFactory()); // where the Lab binds
    if (!m_freePort)
        return;
    m_error->setAction(tr("Use free port %1").arg(m_freePort));
    m_problem->setText(
        tr("⚠ Port %1 is taken (the error above says by which socket). Port %2 is free: "
           "use it, or free port %1 and try again.")
            .arg(port())
            .arg(m_freePort));
    m_problem->show();
}

SocketError SocketPanel::doListen()
{
    return report(u"listen"_s, m_lab->listen(m_socket, m_backlog ? m_backlog->value() : 1));
}

SocketError SocketPanel::doAccept()
{
    return report(u"accept"_s, m_lab->accept(m_socket));
}

SocketError SocketPanel::doClose()
{
    return report(u"close"_s, m_lab->close(m_socket));
}

SocketError SocketPanel::doConnect()
{
    Endpoint target;
    if (m_chosenRow >= 0 && m_chosenRow < m_rows.size()) {
        target = m_rows.at(m_chosenRow).sockaddr; // connect(info[-1])
    } else {
        SocketError error;
        const std::optional<Endpoint> endpoint = typedEndpoint(&error);
        if (!endpoint) {
            error.setHint(tr("Run getaddrinfo first to turn a name into an address, or type a "
                             "numeric address of the chosen family."));
            return report(u"connect"_s, error);
        }
        target = *endpoint;
    }
    return report(u"connect"_s, m_lab->connect(m_socket, target));
}

void SocketPanel::doGetaddrinfo()
{
    if (!m_lookup)
        return;
    m_lookupHost = host();
    m_lookupPort = port();
    m_rowsNote->setText(
        tr("getaddrinfo(%1, %2) is running off the GUI thread…").arg(m_lookupHost, m_lookupPort));
    m_rowsNote->show();
    m_lookup->lookup(m_lookupHost, m_lookupPort);
    refreshButtons();
}

void SocketPanel::onResolved(const Resolution &result)
{
    const QList<AddrInfo> &rows = result.rows;
    const SocketError &error = result.error;
    m_rows = rows;
    m_chosenRow = -1;
    m_rowsTable->setRowCount(0);
    if (error) {
        m_error->showError(u"getaddrinfo"_s, error);
        m_rowsNote->setText(tr("getaddrinfo found nothing."));
        m_rowsTable->hide();
        refreshButtons();
        emit lookupFinished(false);
        return;
    }
    m_error->clear();
    m_rowsTable->setRowCount(int(rows.size()));
    int firstStream = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const AddrInfo &row = rows.at(i);
        const QStringList cells
            = {Constants::symbol(row.family, u"AF_"_s), Constants::symbol(row.type, u"SOCK_"_s),
                QString::number(row.proto), row.canonname, row.sockaddr.toPythonTuple()};
        for (int c = 0; c < cells.size(); ++c)
            m_rowsTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (firstStream < 0 && row.type == SOCK_STREAM)
            firstStream = i;
    }
    m_rowsTable->show();
    chooseRow(firstStream >= 0 ? firstStream : (rows.isEmpty() ? -1 : 0));
    emit lookupFinished(true);
}

void SocketPanel::useAddressInfo(const AddrInfo &info)
{
    if (m_role != Role::Client)
        return;
    const Endpoint &address = info.sockaddr;
    m_lookupHost = address.family() == AF_UNIX ? address.path() : address.host();
    m_lookupPort = QString::number(address.port());
    {
        const QSignalBlocker hostBlocker(m_host);
        const QSignalBlocker portBlocker(m_port);
        m_host->setEditText(m_lookupHost);
        m_port->setText(m_lookupPort);
    }
    Resolution chosen;
    chosen.rows = {info};
    onResolved(chosen);
}

void SocketPanel::chooseRow(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        m_chosenRow = -1;
        refreshButtons();
        return;
    }
    m_chosenRow = row;
    {
        const QSignalBlocker blocker(m_rowsTable);
        m_rowsTable->selectRow(row);
    }
    const AddrInfo &r = m_rows.at(row);
    m_rowsNote->setText(tr("%Ln row(s); using row %1 (%2, %3) → socket(*row[:3]), connect(%4). "
                           "Click another row to change.",
        nullptr, int(m_rows.size()))
                            .arg(row + 1)
                            .arg(Constants::symbol(r.family, u"AF_"_s),
                                Constants::symbol(r.type, u"SOCK_"_s), r.sockaddr.toString()));
    m_rowsNote->show();
    refreshButtons();
}

void SocketPanel::cancel()
{
    m_lab->cancel(m_socket);
}

void SocketPanel::refresh()
{
    m_status->refresh();
    for (ConnectionView *view : std::as_const(m_connViews)) {
        if (view->statusView())
            view->statusView()->refresh();
    }
    refreshButtons();
}

int SocketPanel::parseConstant(const QString &text, bool *ok)
{
    static const QHash<QString, int> names = {
        {u"AF_INET"_s, AF_INET},
        {u"AF_INET6"_s, AF_INET6},
        {u"AF_UNIX"_s, AF_UNIX},
        {u"SOCK_STREAM"_s, SOCK_STREAM},
        {u"SOCK_DGRAM"_s, SOCK_DGRAM},
        {u"IPPROTO_TCP"_s, IPPROTO_TCP},
        {u"IPPROTO_UDP"_s, IPPROTO_UDP},
    };
    QString t = text.trimmed().toUpper();
    if (t.startsWith(u"SOCKET."))
        t = t.mid(7);
    if (names.contains(t)) {
        *ok = true;
        return names.value(t);
    }
    return t.toInt(ok);
}

SocketError SocketPanel::perform(const QString &call, const QStringList &args)
{
    auto bad = [](const QString &what) {
        return SocketError::refused(
            what, tr("see SocketPanel::perform for the calls and arguments"));
    };
    if (call == u"expert") {
        setExpert(args.value(0) != u"off");
        return {};
    }
    if (call == u"cancel") {
        cancel();
        return {};
    }
    if (call == u"select") {
        bool ok = false;
        const int index = args.value(0).toInt(&ok);
        if (!ok || index < 0 || index >= m_connViews.size())
            return bad(tr("no connection number %1").arg(args.value(0)));
        selectConnection(index);
        return {};
    }
    if (call == u"socket" && args.value(0) == u"*info[:3]") {
        if (m_chosenRow < 0)
            return bad(tr("no getaddrinfo row to take *info[:3] from"));
        return doSocket();
    }
    if (call == u"connect" && args.value(0) == u"info[-1]") {
        if (m_chosenRow < 0)
            return bad(tr("no getaddrinfo row to take info[-1] from"));
        return doConnect();
    }
    if (call == u"close" && m_role == Role::Server && args.value(0) == u"conn")
        return perform(u"conn.close"_s);
    if (call == u"socket" && m_socket->isOpen())
        m_lab->close(
            m_socket); // a demo's socket() replaces the open one, as reassigning does in Python
    if (call == u"socket") {
        const QList<QComboBox *> combos = {m_family, m_type, m_proto};
        for (int i = 0; i < args.size() && i < 3; ++i) {
            bool ok = false;
            const int value = parseConstant(args.at(i), &ok);
            if (!ok)
                return bad(tr("unknown constant %1").arg(args.at(i)));
            if (m_role == Role::Client)
                m_chosenRow = -1; // explicit constants win over a looked-up row
            setComboValue(combos.at(i), value);
        }
        return doSocket();
    }
    if (call == u"bind" || call == u"connect" || call == u"getaddrinfo") {
        if (!args.isEmpty())
            setHost(args.at(0));
        if (args.size() > 1)
            setPort(args.at(1));
        if (call == u"bind")
            return doBind();
        if (call == u"connect")
            return doConnect();
        doGetaddrinfo();
        return {};
    }
    if (call == u"listen") {
        if (!args.isEmpty())
            setBacklog(args.at(0).toInt());
        return doListen();
    }
    if (call == u"accept")
        return doAccept();
    if (call == u"close" && m_role == Role::Server)
        return doClose();

    QString data = call;
    if (data.startsWith(u"conn."))
        data = data.mid(5);
    ConnectionView *view = currentConnectionView();
    if (!view)
        return bad(tr("no connection yet for %1").arg(call));
    if (data == u"cancel") {
        m_lab->cancel(view->socket());
        return {};
    }
    if (data == u"recv") {
        if (!args.isEmpty())
            view->setBufferLength(args.at(0).toInt());
        return view->recv();
    }
    if (data == u"sendall" || data == u"send") {
        if (!args.isEmpty())
            view->sendBox()->setText(args.join(u' '));
        return data == u"send" ? view->send() : view->sendall();
    }
    if (data == u"shutdown") {
        view->setShutdownHow(args.value(0, u"SHUT_WR"_s));
        return view->shutdown();
    }
    if (data == u"close")
        return view->close();
    return bad(tr("unknown call %1").arg(call));
}

void SocketPanel::follow(const CallEvent &event)
{
    if (event.phase != CallEvent::Phase::Done)
        return;
    const bool own = event.object == m_socket->name();
    // The fields show what the call was made with, failed or not.
    using Call = CallEvent::Call;
    if (own && event.call == Call::Socket) {
        setComboValue(m_family, event.family);
        setComboValue(m_type, event.type);
        setComboValue(m_proto, event.proto);
    } else if (own && (event.call == Call::Bind || event.call == Call::Connect)) {
        const Endpoint &at = event.address;
        if (at.family() == AF_UNIX) {
            setHost(at.path());
        } else if (at.isValid() && (host() != at.host() || port() != QString::number(at.port()))) {
            // A row of getaddrinfo stays chosen when it is where the call went.
            const bool fromRow = m_chosenRow >= 0 && m_chosenRow < m_rows.size()
                && m_rows.at(m_chosenRow).sockaddr == at;
            if (!fromRow) {
                setHost(at.host());
                setPort(QString::number(at.port()));
            }
        }
    } else if (own && event.call == Call::Listen) {
        setBacklog(event.backlog);
    } else if (event.call == Call::Send || event.call == Call::Sendall) {
        // A send the Lab made for the lesson: the send box shows its bytes.
        auto show = [&event](ConnectionView *view) {
            SendBox *box = view->sendBox();
            if (box->bytes() == event.data)
                return; // typed there
            box->setEscapesEnabled(true);
            box->setText(BytesFormat::escapedText(event.data));
        };
        for (ConnectionView *view : std::as_const(m_connViews)) {
            if (view->socket() && view->socket()->name() == event.object)
                show(view);
        }
        if (m_clientView && own)
            show(m_clientView);
    }
    // Calls of the panel's own socket report here (data calls report in
    // their connection view), whether a button or the Lab made them.
    static const QList<Call> panelCalls
        = {Call::Socket, Call::Bind, Call::Listen, Call::Accept, Call::Connect, Call::Close};
    if (own && panelCalls.contains(event.call)) {
        if (event.error && !event.error.wouldBlock())
            m_error->showError(CallEvent::callName(event.call), event.error);
        else if (!event.error)
            m_error->clear();
        if (event.call == Call::Bind && event.error.kind() == SocketError::Kind::Errno
            && event.error.code() == EADDRINUSE)
            suggestFreePort();
    }
}

void SocketPanel::forgetConnections()
{
    m_connModel->clear();
    for (ConnectionView *view : std::as_const(m_connViews)) {
        m_connStack->removeWidget(view);
        delete view;
    }
    m_connViews.clear();
    m_connTable->hide();
    fitConnectionTable();
    m_connTitle->setText(tr("Connections: 0"));
    refreshButtons();
}

QString SocketPanel::value(const QString &key) const
{
    auto describe = [](const LiveSocket *s, const QString &what) -> QString {
        if (!s)
            return {};
        if (what == u"state")
            return LiveSocket::stateName(s->state());
        if (what == u"tcp") {
            const TcpInfo info = s->tcpInfo();
            return info.valid ? TcpInfo::stateName(info.state) : QString();
        }
        const bool open = s->isOpen();
        if (what == u"laddr")
            return open && s->laddr().isValid() ? s->laddr().toString() : QString();
        if (what == u"raddr")
            return open && s->raddr().isValid() ? s->raddr().toString() : QString();
        if (what == u"laddr.tuple")
            return open && s->laddr().isValid() ? s->laddr().toPythonTuple() : QString();
        if (what == u"raddr.tuple")
            return open && s->raddr().isValid() ? s->raddr().toPythonTuple() : QString();
        if (what == u"repr")
            return s->repr();
        if (what == u"pending")
            return s->pending() == LiveSocket::Pending::None
                ? QString()
                : LiveSocket::pendingText(s->pending());
        return {};
    };
    if (key == u"connections")
        return QString::number(m_connViews.size());
    if (key == u"error") {
        if (!m_error->errorName().isEmpty() || !m_clientView)
            return m_error->errorName();
        return m_clientView->errorView()->errorName();
    }
    if (key == u"problem")
        return inputProblem();
    if (key.startsWith(u"conn.")) {
        const QString what = key.mid(5);
        ConnectionView *view = currentConnectionView();
        if (!view)
            return {};
        if (what == u"received")
            return QString::fromUtf8(view->receivedBytes());
        if (what == u"peer")
            return view->peerText();
        if (what == u"error")
            return view->errorView()->errorName();
        return describe(view->socket(), what);
    }
    if (key == u"received" && m_clientView)
        return QString::fromUtf8(m_clientView->receivedBytes());
    if (key == u"peer" && m_clientView)
        return m_clientView->peerText();
    return describe(m_socket, key);
}
