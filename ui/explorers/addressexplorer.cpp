#include "ui/explorers/addressexplorer.h"

#include "core/platform/addressinfo.h"
#include "ui/explorers/explorerform.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkInterface>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {
// AddressInfo writes 4,294,967,296 and 4.3×10^9 (too big for QLocale's
// integers): the same number with the UI locale's separators.
QString localNumber(const QString &english)
{
    const QLocale locale;
    QString out;
    for (const QChar c : english)
        out += c == u',' ? locale.groupSeparator() : c == u'.' ? locale.decimalPoint() : QString(c);
    return out;
}
} // namespace

AddressExplorer::AddressExplorer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"addressExplorer"_s);
    QVBoxLayout *layout = scrollingPage(this);
    QWidget *content = layout->parentWidget();

    auto *inputLabel = new QLabel(tr("&Address:"), content);
    m_input = new QLineEdit(content);
    m_input->setObjectName(u"addressInput"_s);
    m_input->setAccessibleName(tr("Address to explore"));
    m_input->setPlaceholderText(tr("192.168.1.100, 2001:db8::1, [::1]:443 or fe80::1%eth0"));
    m_input->setClearButtonEnabled(true);
    inputLabel->setBuddy(m_input);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(inputLabel);
    inputRow->addWidget(m_input, 1);
    layout->addLayout(inputRow);

    m_status = valueLabel(content, tr("Validity"));
    m_status->setObjectName(u"addressStatus"_s);
    layout->addWidget(m_status);

    auto *details = new QGroupBox(tr("What this address is"), content);
    auto *form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // values under labels when narrow
    m_family = valueLabel(details, tr("Family"));
    m_family->setObjectName(u"addressFamily"_s);
    m_canonical = valueLabel(details, tr("Canonical form"), true);
    m_canonical->setObjectName(u"addressCanonical"_s);
    m_expanded = valueLabel(details, tr("Expanded form"), true);
    m_expanded->setObjectName(u"addressExpanded"_s);
    m_bits = valueLabel(details, tr("Bits"), true);
    m_bits->setObjectName(u"addressBits"_s);
    m_kind = valueLabel(details, tr("Kind"));
    m_kind->setObjectName(u"addressKind"_s);
    m_endpoint = valueLabel(details, tr("Endpoint notation"), true);
    m_endpoint->setObjectName(u"addressEndpoint"_s);
    form->addRow(tr("Family:"), m_family);
    form->addRow(tr("Canonical:"), m_canonical);
    form->addRow(tr("Expanded:"), m_expanded);
    form->addRow(tr("Bits:"), m_bits);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("With a port:"), m_endpoint);
    layout->addWidget(details);

    auto *spaces = new QGroupBox(tr("How many addresses exist"), content);
    auto *spaceForm = new QFormLayout(spaces);
    spaceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    spaceForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // values under labels when narrow
    auto *v4 = valueLabel(spaces, tr("IPv4 address space"));
    v4->setObjectName(u"spaceIpv4"_s);
    v4->setText(tr("2^32 = %1 (about %2), 32-bit addresses")
                    .arg(localNumber(AddressInfo::addressSpaceSize(AF_INET)),
                        localNumber(AddressInfo::addressSpaceApprox(AF_INET))));
    auto *v6 = valueLabel(spaces, tr("IPv6 address space"));
    v6->setObjectName(u"spaceIpv6"_s);
    v6->setText(tr("2^128 = %1 (about %2), 128-bit addresses")
                    .arg(localNumber(AddressInfo::addressSpaceSize(AF_INET6)),
                        localNumber(AddressInfo::addressSpaceApprox(AF_INET6))));
    spaceForm->addRow(tr("IPv4:"), v4);
    spaceForm->addRow(tr("IPv6:"), v6);
    layout->addWidget(spaces);

    auto *machine = new QGroupBox(tr("This machine's interfaces"), content);
    m_machine = machine;
    auto *machineLayout = new QVBoxLayout(machine);
    m_interfaces = new QTreeWidget(machine);
    m_interfaces->setObjectName(u"interfaceList"_s);
    m_interfaces->setAccessibleName(tr("This machine's interfaces and addresses"));
    m_interfaces->setHeaderLabels({tr("Interface / address"), tr("Kind"), tr("MTU / prefix")});
    m_interfaces->setRootIsDecorated(true);
    m_interfaces->setMinimumHeight(fontMetrics().height() * 8);
    m_interfaces->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *hint
        = new QLabel(tr("Press Enter or double-click on an address to explore it."), machine);
    hint->setWordWrap(true);
    auto *refresh = new QPushButton(tr("&Refresh interfaces"), machine);
    refresh->setObjectName(u"refreshInterfaces"_s);
    machineLayout->addWidget(m_interfaces);
    machineLayout->addWidget(hint);
    machineLayout->addWidget(refresh, 0, Qt::AlignLeft);
    layout->addWidget(machine, 1);

    connect(m_input, &QLineEdit::textChanged, this, &AddressExplorer::explore);
    connect(refresh, &QPushButton::clicked, this, &AddressExplorer::refreshInterfaces);
    connect(m_interfaces, &QTreeWidget::itemActivated, this, &AddressExplorer::interfaceActivated);

    refreshInterfaces();
    setAddress(u"192.168.1.100"_s);
}

void AddressExplorer::setInterfacesShown(bool shown)
{
    m_machine->setVisible(shown);
}

QString AddressExplorer::address() const
{
    return m_input->text();
}

void AddressExplorer::setAddress(const QString &text)
{
    if (m_input->text() == text)
        explore();
    else
        m_input->setText(text);
}

void AddressExplorer::explore()
{
    const AddressInfo info = AddressInfo::parse(m_input->text());
    const QList<QLabel *> fields {m_family, m_canonical, m_expanded, m_bits, m_kind, m_endpoint};
    if (!info.isValid()) {
        m_status->setText(tr("Not a valid address: %1. %2").arg(info.problem(), info.hint()));
        for (QLabel *label : fields)
            label->setText(u"\u2014"_s);
        return;
    }

    const bool v4 = info.isIpv4();
    QString status = v4 ? tr("Valid IPv4 address.") : tr("Valid IPv6 address.");
    if (info.hasPort())
        status += u' ' % tr("Port %1.").arg(info.port());
    if (!info.scope().isEmpty())
        status += u' ' % tr("Scope (zone) %1.").arg(info.scope());
    m_status->setText(status);

    m_family->setText(v4 ? tr("IPv4 (AF_INET, %1), 32 bits").arg(AF_INET)
                         : tr("IPv6 (AF_INET6, %1 here), 128 bits").arg(AF_INET6));
    m_canonical->setText(info.canonical());
    m_expanded->setText(info.expanded());
    QString bits = info.bits();
    if (!v4) {
        // Two lines of four 16-bit groups keep it readable in a narrow dock;
        // a zero-width space after each colon lets a narrower one (large
        // type in presentation mode) wrap between groups.
        const QStringList groups = bits.split(u':');
        bits = groups.mid(0, 4).join(u":\u200B"_s) % u":\n"_s % groups.mid(4).join(u":\u200B"_s);
    }
    m_bits->setText(bits);

    QString kind = AddressInfo::kindName(info.kind()) % u" \u2014 "_s
        % AddressInfo::kindExplanation(info.kind());
    if (info.kind() == AddressInfo::Kind::Ipv4Mapped)
        kind += u'\n'
            % tr("Inside: %1, %2.")
                  .arg(info.mappedIpv4(), AddressInfo::kindName(info.mappedKind()));
    if (info.kind() == AddressInfo::Kind::LinkLocal && !v4 && info.scope().isEmpty())
        kind += u'\n'
            % tr("Add %interface (for example %lo or %eth0) before connecting: without it the "
                 "kernel cannot tell which link is meant.");
    m_kind->setText(kind);

    const quint16 port = info.hasPort() ? info.port() : quint16(v4 ? 80 : 443);
    QString endpoint = info.endpointNotation(port);
    if (!info.hasPort())
        endpoint += u"   " % tr("(example port; type one after the address)");
    m_endpoint->setText(endpoint);
}

void AddressExplorer::refreshInterfaces()
{
    m_interfaces->clear();
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        auto *item = new QTreeWidgetItem(m_interfaces);
        const bool up = iface.flags().testFlag(QNetworkInterface::IsUp);
        item->setText(0, iface.humanReadableName());
        item->setText(1, up ? tr("up") : tr("down"));
        item->setText(2,
            iface.maximumTransmissionUnit() > 0 ? tr("MTU %1").arg(iface.maximumTransmissionUnit())
                                                : QString());
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            QHostAddress ip = entry.ip();
            QString text = ip.toString();
            if (ip.protocol() == QAbstractSocket::IPv6Protocol && ip.isLinkLocal()
                && !text.contains(u'%'))
                text += u'%' % iface.name();
            const AddressInfo info = AddressInfo::parse(text);
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, text);
            child->setData(0, Qt::UserRole, text);
            child->setText(1, AddressInfo::kindName(info.kind()));
            child->setText(2, u'/' % QString::number(entry.prefixLength()));
        }
        item->setExpanded(true);
    }
    for (int c = 0; c < m_interfaces->columnCount(); ++c)
        m_interfaces->resizeColumnToContents(c);
    if (interfaces.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_interfaces);
        item->setText(0, tr("No interfaces could be read on this system."));
    }
}

void AddressExplorer::interfaceActivated(QTreeWidgetItem *item)
{
    const QString address = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (!address.isEmpty()) {
        setAddress(address);
        m_input->setFocus();
    }
}
