#include "ui/explorers/socketplayground.h"

#include "core/lab/lab.h"

#include "ui/widgets/flowlayout.h"

#include "core/net/livesocket.h"
#include "core/platform/constants.h"
#include "ui/explorers/explorerform.h"
#include "ui/widgets/fixedfont.h"
#include "ui/widgets/wholerowsbox.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

QComboBox *constantCombo(QWidget *parent, const QString &objectName, const QString &accessibleName,
    const QStringList &names)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &name : names) {
        if (name == u"0"_s) {
            combo->addItem(u"0"_s, 0);
        } else {
            addConstantItem(combo, name);
        }
    }
    return combo;
}

// The item whose value is `value`, or the number typed in.
void showValue(QComboBox *combo, int value)
{
    const int item = combo->findData(value);
    if (item >= 0)
        combo->setCurrentIndex(item);
    else
        combo->setEditText(QString::number(value));
}

QString symbolic(int value, const QString &prefix)
{
    const QString name = Constants::name(value, prefix);
    return name.isEmpty() ? QString::number(value) : u"socket."_s % name;
}

} // namespace

SocketPlayground::SocketPlayground(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setObjectName(u"socketPlayground"_s);
    auto *layout = new QVBoxLayout(this);

    m_family = constantCombo(this, u"playFamily"_s, tr("Family"),
        {u"AF_INET"_s, u"AF_INET6"_s, u"AF_UNIX"_s, u"AF_PACKET"_s, u"AF_NETLINK"_s,
            u"AF_UNSPEC"_s});
    m_type = constantCombo(this, u"playType"_s, tr("Type"),
        {u"SOCK_STREAM"_s, u"SOCK_DGRAM"_s, u"SOCK_RAW"_s, u"SOCK_SEQPACKET"_s});
    m_proto = constantCombo(this, u"playProto"_s, tr("Protocol"),
        {u"0"_s, u"IPPROTO_TCP"_s, u"IPPROTO_UDP"_s, u"IPPROTO_SCTP"_s, u"IPPROTO_ICMP"_s});
    auto *familyLabel = new QLabel(tr("&Family:"), this);
    familyLabel->setBuddy(m_family);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *protoLabel = new QLabel(tr("&Proto:"), this);
    protoLabel->setBuddy(m_proto);
    m_create = new QPushButton(tr("&socket()"), this);
    m_create->setObjectName(u"playCreate"_s);
    m_create->setAccessibleName(tr("Create the socket"));
    m_create->setDefault(true);
    // Label and field pairs wrap onto more lines in a narrow dock.
    auto *fields = new QWidget(this);
    auto *flow = new FlowLayout(fields);
    flow->setContentsMargins(0, 0, 0, 0);
    for (const auto &[label, field] : {std::pair<QWidget *, QWidget *> {familyLabel, m_family},
             {typeLabel, m_type}, {protoLabel, m_proto}}) {
        auto *pair = new QWidget(fields);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        label->setParent(pair);
        field->setParent(pair);
        row->addWidget(label);
        row->addWidget(field);
        flow->addWidget(pair);
    }
    m_create->setParent(fields);
    flow->addWidget(m_create);
    layout->addWidget(fields);

    auto *help = new QLabel(
        tr("Pick a value or type a constant's name or any number; the kernel decides what exists."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_call = namedValueLabel(this, u"playCall"_s, tr("The call in Python"));
    useFixedFont(m_call);
    layout->addWidget(m_call);
    m_problem = namedValueLabel(this, u"playProblem"_s, tr("Input problem"));
    layout->addWidget(m_problem);

    auto *resultBox = new QGroupBox(tr("What the kernel answered"), this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    m_result = namedValueLabel(resultBox, u"playResult"_s, tr("Result of the last call"));
    m_repr = namedValueLabel(resultBox, u"playRepr"_s, tr("Socket repr"));
    useFixedFont(m_repr);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_repr);
    layout->addWidget(resultBox);

    auto *listBox = new QGroupBox(tr("Open sockets"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"playList"_s);
    m_list->setAccessibleName(tr("Open sockets with their file descriptors"));
    m_list->setHeaderLabels(
        {tr("name"), tr("fd"), tr("family"), tr("type"), tr("proto"), tr("laddr")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_close = new QPushButton(tr("&Close selected (Del)"), listBox);
    m_close->setObjectName(u"playClose"_s);
    m_closeAll = new QPushButton(tr("Close &all"), listBox);
    m_closeAll->setObjectName(u"playCloseAll"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_closeAll);
    buttons->addStretch(1);
    m_listBox = new WholeRowsBox(m_list, listBox);
    listLayout->addWidget(m_listBox, 1);
    listLayout->addLayout(buttons);
    layout->addWidget(listBox, 1);

    auto *del = new QShortcut(QKeySequence::Delete, m_list);
    del->setContext(Qt::WidgetShortcut);

    for (QComboBox *combo : {m_family, m_type, m_proto})
        connect(combo, &QComboBox::currentTextChanged, this, &SocketPlayground::validate);
    connect(m_create, &QPushButton::clicked, this, &SocketPlayground::createFromForm);
    connect(m_close, &QPushButton::clicked, this, &SocketPlayground::closeSelected);
    connect(m_closeAll, &QPushButton::clicked, this, &SocketPlayground::closeAll);
    connect(del, &QShortcut::activated, this, &SocketPlayground::closeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_close->setEnabled(!m_list->selectedItems().isEmpty());
        const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
        if (selected.size() == 1) {
            const int index = m_list->indexOfTopLevelItem(selected.first());
            const QList<LiveSocket *> open = sockets();
            if (index >= 0 && index < open.size())
                showSocket(open.at(index));
        }
    });

    m_result->setText(tr("Nothing created yet."));
    validate();
    refreshList();
    // The Lab made or forgot sockets (the lesson, a new stage).
    connect(m_lab, &Lab::playgroundChanged, this, [this] {
        refreshList();
        validate();
    });
}

void SocketPlayground::setPresented(bool presented)
{
    m_listBox->setWholeRows(presented);
}

bool SocketPlayground::isPresented() const
{
    return m_listBox->wholeRows();
}

QList<LiveSocket *> SocketPlayground::sockets() const
{
    return m_lab->playgroundSockets();
}

SocketError SocketPlayground::lastError() const
{
    return m_lab->playgroundError();
}

std::optional<int> SocketPlayground::parseValue(const QString &text, const QString &prefix)
{
    QString t = text.trimmed();
    const qsizetype paren = t.indexOf(u" ("_s);
    if (paren > 0)
        t = t.left(paren);
    if (t.startsWith(u"socket."_s))
        t = t.mid(7);
    bool ok = false;
    const int number = t.toInt(&ok, 0);
    if (ok)
        return number;
    if (const auto value = Constants::value(t.toUpper()); value && t.toUpper().startsWith(prefix))
        return int(*value);
    return std::nullopt;
}

void SocketPlayground::validate()
{
    const auto family = parseValue(m_family->currentText(), u"AF_"_s);
    const auto type = parseValue(m_type->currentText(), u"SOCK_"_s);
    const auto proto = parseValue(m_proto->currentText(), u"IPPROTO_"_s);
    QStringList problems;
    if (!family)
        problems << tr("Family “%1” is neither an AF_ name of this system nor a number.")
                        .arg(m_family->currentText());
    if (!type)
        problems
            << tr("Type “%1” is neither a SOCK_ name nor a number.").arg(m_type->currentText());
    if (!proto)
        problems << tr("Protocol “%1” is neither an IPPROTO_ name nor a number (0 lets "
                       "the kernel choose).")
                        .arg(m_proto->currentText());
    if (openCount() >= maxOpen)
        problems << tr("%Ln socket(s) are open, the playground's limit: close some first.", nullptr,
            int(maxOpen));
    m_problem->setText(problems.join(u' '));
    m_create->setEnabled(problems.isEmpty());
    if (family && type && proto) {
        m_call->setText(
            callText(u"s%1"_s.arg(m_lab->playgroundNamed() + 1), *family, *type, *proto));
    } else {
        m_call->setText(QString());
    }
}

void SocketPlayground::keyPressEvent(QKeyEvent *event)
{
    // Enter in any of the three fields (they pass it on unhandled) creates the socket.
    QWidget *focus = focusWidget();
    const bool inForm = focus
        && (m_family->isAncestorOf(focus) || m_type->isAncestorOf(focus)
            || m_proto->isAncestorOf(focus) || focus == m_family || focus == m_type
            || focus == m_proto);
    if (inForm && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        createFromForm();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SocketPlayground::createFromForm()
{
    const auto family = parseValue(m_family->currentText(), u"AF_"_s);
    const auto type = parseValue(m_type->currentText(), u"SOCK_"_s);
    const auto proto = parseValue(m_proto->currentText(), u"IPPROTO_"_s);
    if (!family || !type || !proto || !m_create->isEnabled())
        return;
    create(*family, *type, *proto);
}

SocketError SocketPlayground::create(int family, int type, int proto)
{
    const SocketError error = m_lab->openPlayground(family, type, proto);
    showLastOutcome(family, type, proto);
    return error;
}

void SocketPlayground::showLastOutcome(int family, int type, int proto)
{
    // The form shows the triple just used (by the form, or by a lesson's demo).
    showValue(m_family, family);
    showValue(m_type, type);
    showValue(m_proto, proto);
    const SocketError error = m_lab->playgroundError();
    if (error.kind() == SocketError::Kind::Refused) {
        m_result->setText(error.explanation().isEmpty() ? error.toString() : error.explanation());
    } else if (error) {
        QStringList lines;
        lines << tr("socket(%1, %2, %3) failed: %4")
                     .arg(constantText(family, u"AF_"_s), constantText(type, u"SOCK_"_s),
                         proto == 0 ? u"0"_s : constantText(proto, u"IPPROTO_"_s),
                         error.toString());
        if (!error.explanation().isEmpty())
            lines << error.explanation();
        if (!error.hint().isEmpty())
            lines << error.hint();
        lines << tr("Python would raise: %1").arg(error.pythonException());
        m_result->setText(lines.join(u'\n'));
        m_repr->setText(QString());
    } else if (const LiveSocket *socket = m_lab->lastPlaygroundSocket()) {
        showSocket(socket);
    }
    refreshList();
    validate();
    // Over the kernel's answer, the call it answers (s1 = ...); the next
    // call's line (s2 = ...) once a field changes.
    if (!error) {
        if (const LiveSocket *socket = m_lab->lastPlaygroundSocket())
            m_call->setText(callText(socket->name(), family, type, proto));
    }
}

QString SocketPlayground::callText(const QString &name, int family, int type, int proto)
{
    return u"%1 = socket.socket(%2, %3, %4)"_s.arg(name, symbolic(family, u"AF_"_s),
        symbolic(type, u"SOCK_"_s), proto == 0 ? u"0"_s : symbolic(proto, u"IPPROTO_"_s));
}

LiveSocket *SocketPlayground::lastSocket() const
{
    return m_lab->lastPlaygroundSocket();
}

void SocketPlayground::showSocket(const LiveSocket *socket)
{
    const Socket &s = socket->socket();
    const QString laddr = s.isValid() ? socket->laddr().toPythonTuple() : QString();
    QString proto = QString::number(s.pythonProto());
    if (s.pythonProto() != s.protocol())
        proto += u' ' % tr("(the kernel chose %1)").arg(constantText(s.protocol(), u"IPPROTO_"_s));
    m_result->setText(
        tr("%1: fd %2 — family %3, type %4, proto %5, laddr %6")
            .arg(socket->name())
            .arg(s.fd())
            .arg(constantText(s.family(), u"AF_"_s), constantText(s.type(), u"SOCK_"_s), proto,
                laddr.isEmpty() ? u"\u2014"_s : laddr));
    m_repr->setText(socket->repr());
}

void SocketPlayground::refreshList()
{
    m_list->clear();
    const QList<LiveSocket *> open = sockets();
    for (const LiveSocket *socket : open) {
        const Socket &s = socket->socket();
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, socket->name());
        item->setText(1, QString::number(s.fd()));
        item->setText(2, constantText(s.family(), u"AF_"_s));
        item->setText(3, constantText(s.type(), u"SOCK_"_s));
        item->setText(4, QString::number(s.pythonProto()));
        item->setText(5, socket->laddr().toPythonTuple());
    }
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    m_close->setEnabled(!m_list->selectedItems().isEmpty());
    m_closeAll->setEnabled(!open.isEmpty());
}

void SocketPlayground::closeSelected()
{
    const QList<LiveSocket *> open = sockets();
    QList<LiveSocket *> doomed;
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        const int index = m_list->indexOfTopLevelItem(item);
        if (index >= 0 && index < open.size())
            doomed << open.at(index);
    }
    for (LiveSocket *socket : std::as_const(doomed)) {
        const QString name = socket->name();
        const SocketError error = m_lab->closePlayground(socket);
        m_result->setText(error ? tr("%1.close() failed: %2").arg(name, error.toString())
                                : tr("%1.close(): the fd is released.").arg(name));
        m_repr->setText(socket->repr());
    }
    refreshList();
    validate();
}

void SocketPlayground::closeAll()
{
    m_list->selectAll();
    closeSelected();
}
