#include "ui/explorers/portexplorer.h"

#include "core/platform/ports.h"
#include "ui/explorers/explorerform.h"
#include "ui/widgets/wholerowsbox.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString serviceText(const std::optional<Ports::Service> &service)
{
    if (!service)
        return QCoreApplication::translate("PortExplorer", "none listed");
    QString text = service->name;
    if (!service->aliases.isEmpty())
        text += u" (" % QCoreApplication::translate("PortExplorer", "also") % u' '
            % service->aliases.join(u", "_s) % u')';
    return text;
}

QString listenersText(const QList<Ports::Listener> &listeners)
{
    QStringList parts;
    for (const Ports::Listener &l : listeners) {
        const bool v6 = l.address.protocol() == QAbstractSocket::IPv6Protocol;
        const QString host = v6 ? u'[' % l.address.toString() % u']' : l.address.toString();
        const QString where = host % u':' % QString::number(l.port);
        parts << l.transport.toUpper() % u' ' % where;
    }
    return parts.join(u", "_s);
}

} // namespace

PortExplorer::PortExplorer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"portExplorer"_s);
    QVBoxLayout *layout = scrollingPage(this);
    QWidget *content = layout->parentWidget();

    m_page = layout;
    // Presentation's two columns under the port (arrange fills them).
    m_columns = arrangementBox(content, QBoxLayout::LeftToRight);
    layout->addWidget(m_columns, 1);

    m_inputBox = new QWidget(content);
    auto *inputLabel = new QLabel(tr("&Port or service:"), m_inputBox);
    m_input = new QLineEdit(m_inputBox);
    m_input->setObjectName(u"portInput"_s);
    m_input->setAccessibleName(tr("Port number or service name"));
    m_input->setPlaceholderText(tr("0-65535, or a name such as http"));
    m_input->setClearButtonEnabled(true);
    inputLabel->setBuddy(m_input);
    auto *check = new QPushButton(tr("&Check listeners now"), m_inputBox);
    check->setObjectName(u"checkListeners"_s);
    auto *inputRow = new QHBoxLayout(m_inputBox);
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(inputLabel);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(check);

    m_status = valueLabel(content, tr("Validity"));
    m_status->setObjectName(u"portStatus"_s);

    auto *details = new QGroupBox(tr("This port"), content);
    m_details = details;
    // A value is never squeezed to nothing beside its label: where the
    // explorer is narrow, it goes under the label instead.
    auto *form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_range = valueLabel(details, tr("Range"));
    m_range->setObjectName(u"portRange"_s);
    m_privilege = valueLabel(details, tr("Privilege"));
    m_privilege->setObjectName(u"portPrivilege"_s);
    m_ephemeral = valueLabel(details, tr("Ephemeral"));
    m_ephemeral->setObjectName(u"portEphemeral"_s);
    m_services = valueLabel(details, tr("Service names"));
    m_services->setObjectName(u"portServices"_s);
    m_listening = valueLabel(details, tr("Listening now"));
    m_listening->setObjectName(u"portListening"_s);
    form->addRow(tr("Range:"), m_range);
    form->addRow(tr("Binding it:"), m_privilege);
    form->addRow(tr("Ephemeral:"), m_ephemeral);
    form->addRow(tr("Service names:"), m_services);
    form->addRow(tr("Listening now:"), m_listening);

    const Ports::Span kernel = Ports::ephemeralRange();
    const Ports::Span iana = Ports::ianaDynamicRange();
    const Ports::Floor floor = Ports::unprivilegedPortStart();
    auto *ranges = new QGroupBox(tr("Ranges: IANA's and this kernel's"), content);
    m_ranges = ranges;
    // The same ranges in short, for presentation: each with its span, its
    // explanation a tooltip away.
    m_shortRanges = new QGroupBox(tr("Ranges"), content);
    m_shortRanges->setObjectName(u"portRangesShort"_s);
    auto *shortList = new QVBoxLayout(m_shortRanges);
    auto *rangeForm = new QFormLayout(ranges);
    m_rangeForm = rangeForm;
    rangeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rangeForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *all = valueLabel(ranges, tr("All ports"));
    all->setText(tr("%1 values, 0-65535 (16 bits). Port 0 asks the kernel to choose a free port.")
                     .arg(QLocale().toString(Ports::portCount)));
    rangeForm->addRow(tr("All ports:"), all);
    auto *shortAll = valueLabel(m_shortRanges, tr("All ports"));
    shortAll->setText(tr("All ports: %1 values, 0-65535 (0: the kernel picks one)")
                          .arg(QLocale().toString(Ports::portCount)));
    shortAll->setToolTip(all->text());
    shortList->addWidget(shortAll);
    for (auto r : {Ports::Range::System, Ports::Range::Registered, Ports::Range::Dynamic}) {
        auto *label = valueLabel(ranges, Ports::rangeName(r));
        label->setText(tr("%1-%2: %3")
                           .arg(Ports::rangeFirst(r))
                           .arg(Ports::rangeLast(r))
                           .arg(Ports::rangeExplanation(r)));
        QString title = Ports::rangeName(r);
        title[0] = title[0].toUpper();
        rangeForm->addRow(title % u':', label);
        auto *shortLabel = valueLabel(m_shortRanges, Ports::rangeName(r));
        shortLabel->setText(
            tr("%1: %2-%3").arg(title).arg(Ports::rangeFirst(r)).arg(Ports::rangeLast(r)));
        shortLabel->setToolTip(label->text());
        shortList->addWidget(shortLabel);
    }
    shortList->addStretch(1);
    auto *ephemeral = valueLabel(ranges, tr("This kernel's ephemeral range"));
    ephemeral->setObjectName(u"kernelEphemeral"_s);
    ephemeral->setText(tr("%1-%2 (%L3 ports; from %4). IANA suggests %5-%6.")
                           .arg(kernel.first)
                           .arg(kernel.last)
                           .arg(kernel.size())
                           .arg(kernel.source)
                           .arg(iana.first)
                           .arg(iana.last));
    rangeForm->addRow(tr("This kernel's ephemeral:"), ephemeral);
    m_kernelEphemeral = ephemeral;
    auto *floorLabel = valueLabel(ranges, tr("Unprivileged port floor"));
    floorLabel->setObjectName(u"kernelFloor"_s);
    floorLabel->setText(floor.port == 0
            ? tr("0: any program may bind any port here (from %1).").arg(floor.source)
            : tr("Ports below %1 need root or CAP_NET_BIND_SERVICE here (from %2).")
                  .arg(floor.port)
                  .arg(floor.source));
    rangeForm->addRow(tr("Privileged below:"), floorLabel);
    m_kernelFloor = floorLabel;

    auto *known = new QGroupBox(tr("Well-known ports of the lesson"), content);
    m_known = known;
    auto *knownLayout = new QVBoxLayout(known);
    m_wellKnown = new QTableWidget;
    m_wellKnown->setObjectName(u"wellKnownPorts"_s);
    m_wellKnown->setAccessibleName(tr("Well-known ports"));
    m_wellKnown->setColumnCount(5);
    m_wellKnown->setHorizontalHeaderLabels({tr("Port"), tr("Protocol"), tr("Service name (tcp)"),
        tr("Listening here"), tr("Carries")});
    m_wellKnown->verticalHeader()->hide();
    // Rows as high as their font, also when presentation enlarges it.
    m_wellKnown->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_wellKnown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_wellKnown->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_wellKnown->horizontalHeader()->setStretchLastSection(true);
    m_wellKnown->setWordWrap(true);
    m_wellKnownBox = new WholeRowsBox(m_wellKnown, known);
    knownLayout->addWidget(m_wellKnownBox, 1);
    const QString note = Ports::servicesDatabaseNote();
    if (!note.isEmpty()) {
        auto *noteLabel = valueLabel(known, tr("Services database note"));
        noteLabel->setText(note);
        knownLayout->addWidget(noteLabel);
    }
    arrange();

    m_listenTimer = new QTimer(this);
    m_listenTimer->setSingleShot(true);
    m_listenTimer->setInterval(300);
    connect(m_listenTimer, &QTimer::timeout, this, &PortExplorer::checkListeners);
    connect(m_input, &QLineEdit::textChanged, this, &PortExplorer::explore);
    connect(check, &QPushButton::clicked, this, &PortExplorer::checkListeners);
    connect(m_wellKnown, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_wellKnown->item(row, 0))
            setPortText(item->text());
    });

    fillWellKnown();
    setPortText(u"80"_s);
}

void PortExplorer::setPresented(bool presented)
{
    if (m_presented == presented)
        return;
    m_presented = presented;
    arrange();
}

void PortExplorer::arrange()
{
    // Normal: one column (the page scrolls). Presented: the port and what
    // it is across the screen, then the ranges in short beside the
    // well-known ports (whole rows, scrolling; what each carries a tooltip
    // away).
    const QList<QWidget *> parts {
        m_inputBox, m_status, m_details, m_ranges, m_shortRanges, m_known};
    for (QWidget *part : parts)
        takeOutOfLayout(part);
    for (QWidget *part : {m_inputBox, static_cast<QWidget *>(m_status), m_details})
        m_page->insertWidget(m_page->indexOf(m_columns), part);
    if (m_presented) {
        boxLayout(m_columns)->addWidget(m_shortRanges, 4);
        boxLayout(m_columns)->addWidget(m_known, 5);
    } else {
        m_page->addWidget(m_ranges);
        m_page->addWidget(m_shortRanges);
        m_page->addWidget(m_known, 1);
    }
    showArrangement(m_page, {m_columns}, m_presented);
    m_ranges->setVisible(!m_presented);
    m_shortRanges->setVisible(m_presented);
    m_wellKnown->setColumnHidden(4, m_presented);
    // Columns as wide as their text in whatever type presentation gives them.
    m_wellKnown->horizontalHeader()->setSectionResizeMode(
        m_presented ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    if (!m_presented)
        m_wellKnown->resizeColumnsToContents();
    m_wellKnown->setWordWrap(!m_presented);
    // Every row when the page scrolls; presented, as many as there is room for.
    m_wellKnownBox->setMinimumHeight(m_presented ? 0 : m_knownHeight);
    m_wellKnownBox->setWholeRows(m_presented);
}

QString PortExplorer::portText() const
{
    return m_input->text();
}

void PortExplorer::setPortText(const QString &text)
{
    if (m_input->text() == text)
        explore();
    else
        m_input->setText(text);
}

void PortExplorer::explore()
{
    const QString text = m_input->text().trimmed();
    m_port = -1;
    const QList<QLabel *> fields {m_range, m_privilege, m_ephemeral, m_services, m_listening};
    const auto fail = [&](const QString &problem) {
        m_status->setText(problem);
        for (QLabel *label : fields)
            label->setText(u"\u2014"_s);
    };
    if (text.isEmpty())
        return fail(tr("Type a port from 0 to 65535, or a service name such as ssh."));

    bool isNumber = !text.isEmpty();
    for (QChar c : text)
        isNumber &= c.isDigit() && c.unicode() < 128;
    QString origin;
    if (isNumber) {
        bool ok = false;
        const uint value = text.toUInt(&ok);
        if (!ok || value > 65535 || text.size() > 5)
            return fail(tr("Not a port: %1 is over 65535, the largest 16-bit number. Type 0-65535.")
                            .arg(text));
        m_port = int(value);
    } else if (text.startsWith(u'-')) {
        return fail(tr("Not a port: ports are never negative. Type 0-65535."));
    } else {
        auto service = Ports::serviceByName(text, u"tcp"_s);
        if (!service)
            service = Ports::serviceByName(text, u"udp"_s);
        if (!service) {
            const QString note = Ports::servicesDatabaseNote();
            return fail(note.isEmpty()
                    ? tr("No service called “%1” in this system's services database. "
                         "Check the spelling, or type a number.")
                          .arg(text)
                    : note);
        }
        m_port = service->port;
        origin = tr("“%1” is port %2/%3 in the services database. ")
                     .arg(text)
                     .arg(service->port)
                     .arg(service->protocol);
    }

    const quint16 port = quint16(m_port);
    m_status->setText(origin % tr("Port %1.").arg(port));
    const Ports::Range range = Ports::rangeOf(port);
    m_range->setText(tr("%1 (%2-%3)")
                         .arg(Ports::rangeName(range))
                         .arg(Ports::rangeFirst(range))
                         .arg(Ports::rangeLast(range)));

    const Ports::Floor floor = Ports::unprivilegedPortStart();
    if (port == 0)
        m_privilege->setText(tr("Port 0 is not a real port: bind() to it and the kernel picks a "
                                "free one from its ephemeral range."));
    else if (Ports::needsPrivilege(port))
        m_privilege->setText(tr("Needs root or CAP_NET_BIND_SERVICE on this machine (below %1): "
                                "expect EACCES otherwise.")
                                 .arg(floor.port));
    else
        m_privilege->setText(
            tr("Any program may bind it on this machine (the floor is %1).").arg(floor.port));

    const Ports::Span kernel = Ports::ephemeralRange();
    const bool inKernel = port >= kernel.first && port <= kernel.last;
    const bool inIana = range == Ports::Range::Dynamic;
    QString eph = inKernel
        ? tr("Yes: this kernel may hand it to a client socket (its range is %1-%2).")
              .arg(kernel.first)
              .arg(kernel.last)
        : tr("No: this kernel picks client ports from %1-%2.").arg(kernel.first).arg(kernel.last);
    if (inKernel != inIana)
        eph += u' '
            % (inIana ? tr("It is in IANA's dynamic range all the same.")
                      : tr("IANA's dynamic range would not include it."));
    m_ephemeral->setText(eph);

    const QString note = Ports::servicesDatabaseNote();
    m_services->setText(note.isEmpty() ? tr("tcp: %1; udp: %2")
                                             .arg(serviceText(Ports::serviceByPort(port, u"tcp"_s)),
                                                 serviceText(Ports::serviceByPort(port, u"udp"_s)))
                                       : note);
    m_listening->setText(tr("checking…"));
    m_listenTimer->start();
}

void PortExplorer::checkListeners()
{
    m_listenTimer->stop();
    QString error;
    const QList<Ports::Listener> all = Ports::listeners(&error);
    const auto on = [&all](int port) {
        QList<Ports::Listener> found;
        for (const Ports::Listener &l : all) {
            if (l.port == port)
                found << l;
        }
        return found;
    };
    if (m_port >= 0) {
        const QList<Ports::Listener> found = on(m_port);
        if (!error.isEmpty())
            m_listening->setText(error);
        else if (found.isEmpty())
            m_listening->setText(
                tr("Nothing on this machine listens on port %1 right now.").arg(m_port));
        else
            m_listening->setText(tr("Yes: %1").arg(listenersText(found)));
    }
    for (int row = 0; row < m_wellKnown->rowCount(); ++row) {
        const int port = int(m_wellKnown->item(row, 0)->text().toUInt());
        m_wellKnown->item(row, 3)->setText(!error.isEmpty() ? tr("unknown")
                : on(port).isEmpty()                        ? tr("no")
                                                            : tr("yes"));
    }
}

void PortExplorer::fillWellKnown()
{
    const QList<Ports::WellKnown> ports = Ports::lessonPorts();
    m_wellKnown->setRowCount(int(ports.size()));
    for (int row = 0; row < ports.size(); ++row) {
        const Ports::WellKnown &p = ports.at(row);
        const auto service = Ports::serviceByPort(p.port, u"tcp"_s);
        const QStringList cells {QString::number(p.port), p.protocol,
            service ? service->name : tr("none listed"), QString(), p.use};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(p.use);
            m_wellKnown->setItem(row, col, item);
        }
    }
    m_wellKnown->resizeColumnsToContents();
    m_knownHeight
        = m_wellKnown->verticalHeader()->length() + m_wellKnown->horizontalHeader()->height() + 4;
    m_wellKnownBox->setMinimumHeight(m_presented ? 0 : m_knownHeight);
}
