#include "ui/explorers/addressexplorer.h"

#include "core/platform/addressinfo.h"
#include "ui/explorers/explorerform.h"
#include "ui/widgets/wholerowsbox.h"

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

    m_page = layout;
    // Presentation's top row and two columns (arrange fills them).
    m_top = arrangementBox(content, QBoxLayout::LeftToRight);
    m_columns = arrangementBox(content, QBoxLayout::LeftToRight);
    m_side = arrangementBox(m_columns, QBoxLayout::TopToBottom);
    m_side->show();
    boxLayout(m_columns)->addWidget(m_side, 7);
    layout->addWidget(m_top);
    layout->addWidget(m_columns, 1);

    m_inputBox = new QWidget(content);
    auto *inputLabel = new QLabel(tr("&Address:"), m_inputBox);
    m_input = new QLineEdit(m_inputBox);
    m_input->setObjectName(u"addressInput"_s);
    m_input->setAccessibleName(tr("Address to explore"));
    m_input->setPlaceholderText(tr("192.168.1.100, 2001:db8::1, [::1]:443 or fe80::1%eth0"));
    m_input->setClearButtonEnabled(true);
    inputLabel->setBuddy(m_input);
    auto *inputRow = new QHBoxLayout(m_inputBox);
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(inputLabel);
    inputRow->addWidget(m_input, 1);

    m_status = valueLabel(content, tr("Validity"));
    m_status->setObjectName(u"addressStatus"_s);

    auto *details = new QGroupBox(tr("What this address is"), content);
    m_details = details;
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

    auto *spaces = new QGroupBox(tr("How many addresses exist"), content);
    m_spaces = spaces;
    auto *spaceForm = new QFormLayout(spaces);
    spaceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    spaceForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // values under labels when narrow
    m_ipv4Space = valueLabel(spaces, tr("IPv4 address space"));
    m_ipv4Space->setObjectName(u"spaceIpv4"_s);
    m_ipv6Space = valueLabel(spaces, tr("IPv6 address space"));
    m_ipv6Space->setObjectName(u"spaceIpv6"_s);
    spaceForm->addRow(tr("IPv4:"), m_ipv4Space);
    spaceForm->addRow(tr("IPv6:"), m_ipv6Space);

    auto *machine = new QGroupBox(tr("This machine's interfaces"), content);
    m_machine = machine;
    auto *machineLayout = new QVBoxLayout(machine);
    m_interfaces = new QTreeWidget;
    m_interfaces->setObjectName(u"interfaceList"_s);
    m_interfaces->setAccessibleName(tr("This machine's interfaces and addresses"));
    m_interfaces->setHeaderLabels({tr("Interface / address"), tr("Kind"), tr("MTU / prefix")});
    m_interfaces->setRootIsDecorated(true);
    // Every column as wide as its text, also in presentation's larger type.
    m_interfaces->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interfacesBox = new WholeRowsBox(m_interfaces, machine);
    m_interfacesBox->setMinimumHeight(fontMetrics().height() * 8);
    m_hint = new QLabel(tr("Press Enter or double-click on an address to explore it."), machine);
    m_hint->setWordWrap(true);
    auto *refresh = new QPushButton(tr("&Refresh interfaces"), machine);
    refresh->setObjectName(u"refreshInterfaces"_s);
    m_refresh = refresh;
    machineLayout->addWidget(m_interfacesBox, 1);
    machineLayout->addWidget(m_hint);
    machineLayout->addWidget(refresh, 0, Qt::AlignLeft);

    arrange();

    connect(m_input, &QLineEdit::textChanged, this, &AddressExplorer::explore);
    connect(refresh, &QPushButton::clicked, this, &AddressExplorer::refreshInterfaces);
    connect(m_interfaces, &QTreeWidget::itemActivated, this, &AddressExplorer::interfaceActivated);

    refreshInterfaces();
    setAddress(u"192.168.1.100"_s);
}

void AddressExplorer::setPresented(bool presented)
{
    if (m_presented == presented)
        return;
    m_presented = presented;
    arrange();
    refreshInterfaces();
    explore();
}

void AddressExplorer::arrange()
{
    // Normal: one column, each part under the last (the page scrolls).
    // Presented: the address and its validity on top; what it is on the
    // left; how many exist and this machine's interfaces (a few rows
    // whole, scrolling) on the right.
    const QList<QWidget *> parts {m_inputBox, m_status, m_details, m_spaces, m_machine};
    for (QWidget *part : parts)
        takeOutOfLayout(part);
    if (m_presented) {
        // Wide enough on the left for two 16-bit groups of bits a line.
        boxLayout(m_top)->addWidget(m_inputBox, 13);
        boxLayout(m_top)->addWidget(m_status, 7);
        boxLayout(m_columns)->insertWidget(0, m_details, 13);
        boxLayout(m_side)->addWidget(m_spaces);
        boxLayout(m_side)->addWidget(m_machine, 1);
    } else {
        for (QWidget *part : parts)
            m_page->addWidget(part, part == m_machine ? 1 : 0);
    }
    showArrangement(m_page, {m_top, m_columns}, m_presented);
    m_hint->setVisible(!m_presented);
    m_refresh->setVisible(!m_presented);
    m_interfacesBox->setMinimumHeight(m_presented ? 0 : fontMetrics().height() * 8);
    m_interfacesBox->setWholeRows(m_presented);
    // Presented, the list is a third of the screen wide: the interfaces and
    // their addresses only (kind, MTU and prefix are a tooltip away).
    m_interfaces->setColumnHidden(1, m_presented);
    m_interfaces->setColumnHidden(2, m_presented);
    // Numbers too long for a narrow column break after their separators.
    const auto number = [this](const QString &english) {
        const QString local = localNumber(english);
        const QString separator = QLocale().groupSeparator();
        return m_presented ? QString(local).replace(separator, separator % u"\u200B"_s) : local;
    };
    m_ipv4Space->setText(tr("2^32 = %1 (about %2), 32-bit addresses")
                             .arg(number(AddressInfo::addressSpaceSize(AF_INET)),
                                 localNumber(AddressInfo::addressSpaceApprox(AF_INET))));
    m_ipv6Space->setText(tr("2^128 = %1 (about %2), 128-bit addresses")
                             .arg(number(AddressInfo::addressSpaceSize(AF_INET6)),
                                 localNumber(AddressInfo::addressSpaceApprox(AF_INET6))));
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
    // Presented in a narrower column, the expanded form may break after a group.
    m_expanded->setText(
        m_presented ? info.expanded().replace(u":"_s, u":\u200B"_s) : info.expanded());
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
        const bool up = iface.flags().testFlag(QNetworkInterface::IsUp);
        // Presented, the few rows there is room for go to the interfaces in use.
        if (m_presented && !up)
            continue;
        auto *item = new QTreeWidgetItem(m_interfaces);
        item->setText(0, iface.humanReadableName());
        item->setText(1, up ? tr("up") : tr("down"));
        item->setText(2,
            iface.maximumTransmissionUnit() > 0 ? tr("MTU %1").arg(iface.maximumTransmissionUnit())
                                                : QString());
        item->setToolTip(0, item->text(1) % u"  "_s % item->text(2));
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
            child->setToolTip(0, child->text(1) % u"  "_s % child->text(2));
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
