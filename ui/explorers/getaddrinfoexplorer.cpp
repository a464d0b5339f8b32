#include "ui/explorers/getaddrinfoexplorer.h"

#include "core/platform/constants.h"
#include "ui/explorers/explorerform.h"
#include "ui/widgets/fixedfont.h"
#include "ui/widgets/wholerowsbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <netdb.h>
#include <netinet/in.h>

using namespace Qt::StringLiterals;

namespace {

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

GetaddrinfoExplorer::GetaddrinfoExplorer(Resolver *resolver, QWidget *parent)
    : QWidget(parent)
    , m_resolver(resolver)
    , m_timer(new QTimer(this))
{
    setObjectName(u"getaddrinfoExplorer"_s);
    auto *layout = new QVBoxLayout(this);

    auto *grid = new QGridLayout;
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"gaiHost"_s);
    m_host->setAccessibleName(tr("Host name or address"));
    m_host->setPlaceholderText(tr("localhost, 127.0.0.1, ::1, a name (empty = None)"));
    hostLabel->setBuddy(m_host);
    auto *serviceLabel = new QLabel(tr("&Port or service:"), this);
    m_service = new QLineEdit(this);
    m_service->setObjectName(u"gaiService"_s);
    m_service->setAccessibleName(tr("Port number or service name"));
    m_service->setPlaceholderText(tr("5000 or http (empty = None)"));
    serviceLabel->setBuddy(m_service);
    grid->addWidget(hostLabel, 0, 0);
    grid->addWidget(m_host, 0, 1);
    grid->addWidget(serviceLabel, 0, 2);
    grid->addWidget(m_service, 0, 3);

    m_family = new QComboBox(this);
    m_family->setObjectName(u"gaiFamily"_s);
    m_family->setAccessibleName(tr("Family hint"));
    addConstantItem(m_family, u"AF_UNSPEC"_s);
    addConstantItem(m_family, u"AF_INET"_s);
    addConstantItem(m_family, u"AF_INET6"_s);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"gaiType"_s);
    m_type->setAccessibleName(tr("Socket type hint"));
    m_type->addItem(tr("0 (any type)"), 0);
    addConstantItem(m_type, u"SOCK_STREAM"_s);
    addConstantItem(m_type, u"SOCK_DGRAM"_s);
    addConstantItem(m_type, u"SOCK_RAW"_s);
    m_proto = new QComboBox(this);
    m_proto->setObjectName(u"gaiProto"_s);
    m_proto->setAccessibleName(tr("Protocol hint"));
    m_proto->addItem(tr("0 (any protocol)"), 0);
    addConstantItem(m_proto, u"IPPROTO_TCP"_s);
    addConstantItem(m_proto, u"IPPROTO_UDP"_s);
    auto *familyLabel = new QLabel(tr("&Family:"), this);
    familyLabel->setBuddy(m_family);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *protoLabel = new QLabel(tr("P&roto:"), this);
    protoLabel->setBuddy(m_proto);
    auto *hintsRow = new QHBoxLayout;
    hintsRow->addWidget(familyLabel);
    hintsRow->addWidget(m_family);
    hintsRow->addWidget(typeLabel);
    hintsRow->addWidget(m_type);
    hintsRow->addWidget(protoLabel);
    hintsRow->addWidget(m_proto);
    hintsRow->addStretch(1);
    grid->addLayout(hintsRow, 1, 0, 1, 4);

    m_canonName = new QCheckBox(u"AI_CANON&NAME"_s, this);
    m_canonName->setObjectName(u"gaiCanonName"_s);
    m_canonName->setToolTip(
        tr("Ask for the host's official name; it comes back in the first row's canonname."));
    m_passive = new QCheckBox(u"AI_PASS&IVE"_s, this);
    m_passive->setObjectName(u"gaiPassive"_s);
    m_passive->setToolTip(
        tr("For a server: with no host, return the wildcard address (0.0.0.0 or ::) to bind to."));
    m_numericHost = new QCheckBox(u"AI_NUMERIC&HOST"_s, this);
    m_numericHost->setObjectName(u"gaiNumericHost"_s);
    m_numericHost->setToolTip(tr("Accept only a numeric address: no DNS query is ever made."));
    auto *flagsRow = new QHBoxLayout;
    flagsRow->addWidget(new QLabel(tr("Flags:"), this));
    flagsRow->addWidget(m_canonName);
    flagsRow->addWidget(m_passive);
    flagsRow->addWidget(m_numericHost);
    flagsRow->addStretch(1);
    grid->addLayout(flagsRow, 2, 0, 1, 4);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    m_call = namedValueLabel(this, u"gaiCall"_s, tr("The call in Python"));
    useFixedFont(m_call);
    // It shows the typed host: a name of 250 letters has no place to wrap,
    // and must not widen the window (it is cut at the edge instead).
    m_call->setMinimumWidth(1);
    layout->addWidget(m_call);
    m_inputProblem = namedValueLabel(this, u"gaiInputProblem"_s, tr("Input problem"));
    layout->addWidget(m_inputProblem);

    m_resolve = new QPushButton(tr("&Call getaddrinfo"), this);
    m_resolve->setObjectName(u"gaiResolve"_s);
    m_resolve->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_cancel->setObjectName(u"gaiCancel"_s);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"gaiProgress"_s);
    m_progress->setAccessibleName(tr("Lookup in progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_resolve);
    actionRow->addWidget(m_cancel);
    actionRow->addWidget(m_progress, 1);
    layout->addLayout(actionRow);
    m_status = namedValueLabel(this, u"gaiStatus"_s, tr("Lookup status"));
    layout->addWidget(m_status);

    auto *tabs = new QTabWidget(this);
    m_table = new QTableWidget;
    m_table->setObjectName(u"gaiTable"_s);
    m_table->setAccessibleName(tr("getaddrinfo results"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {u"#"_s, tr("family"), tr("type"), tr("proto"), tr("canonname"), tr("sockaddr")});
    m_table->verticalHeader()->hide();
    // Rows as high as their font: an enlarged font (presentation) keeps its
    // underscores (AF_INET) instead of losing them under the next row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_python = new QPlainTextEdit;
    m_python->setObjectName(u"gaiPython"_s);
    m_python->setAccessibleName(tr("getaddrinfo results as Python"));
    m_python->setReadOnly(true);
    m_python->setLineWrapMode(QPlainTextEdit::NoWrap);
    useFixedFont(m_python);
    m_tableBox = new WholeRowsBox(m_table, tabs);
    m_pythonBox = new WholeRowsBox(m_python, tabs);
    tabs->addTab(m_tableBox, tr("&Table"));
    tabs->addTab(m_pythonBox, tr("P&ython"));
    layout->addWidget(tabs, 1);

    m_use = new QPushButton(tr("&Use for socket/connect"), this);
    m_use->setObjectName(u"gaiUse"_s);
    m_use->setEnabled(false);
    m_useHint = namedValueLabel(this, u"gaiUseHint"_s, tr("What the chosen row becomes"));
    useFixedFont(m_useHint);
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(m_use);
    useRow->addWidget(m_useHint, 1);
    layout->addLayout(useRow);

    m_timer->setInterval(100);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_host, &QLineEdit::textChanged, this, &GetaddrinfoExplorer::validate);
    connect(m_service, &QLineEdit::textChanged, this, &GetaddrinfoExplorer::validate);
    connect(m_host, &QLineEdit::returnPressed, this, &GetaddrinfoExplorer::resolve);
    connect(m_service, &QLineEdit::returnPressed, this, &GetaddrinfoExplorer::resolve);
    for (QComboBox *combo : {m_family, m_type, m_proto})
        connect(combo, &QComboBox::currentIndexChanged, this, &GetaddrinfoExplorer::validate);
    for (QCheckBox *box : {m_canonName, m_passive, m_numericHost})
        connect(box, &QCheckBox::toggled, this, &GetaddrinfoExplorer::validate);
    connect(m_resolve, &QPushButton::clicked, this, &GetaddrinfoExplorer::resolve);
    connect(m_cancel, &QPushButton::clicked, this, &GetaddrinfoExplorer::cancel);
    connect(escape, &QShortcut::activated, this, &GetaddrinfoExplorer::cancel);
    connect(m_use, &QPushButton::clicked, this, &GetaddrinfoExplorer::useSelected);
    connect(
        m_table, &QTableWidget::itemSelectionChanged, this, &GetaddrinfoExplorer::selectionChanged);
    connect(m_table, &QTableWidget::cellActivated, this, &GetaddrinfoExplorer::useSelected);
    connect(m_timer, &QTimer::timeout, this, &GetaddrinfoExplorer::tick);
    connect(m_resolver, &Resolver::started, this, &GetaddrinfoExplorer::showStarted);
    connect(m_resolver, &Resolver::resolved, this, &GetaddrinfoExplorer::showResult);
    connect(m_resolver, &Resolver::cancelled, this, &GetaddrinfoExplorer::showCancelled);

    setQuery(u"localhost"_s, u"5000"_s, {AF_UNSPEC, SOCK_STREAM, 0, 0});
    m_status->setText(tr("Press Enter or “Call getaddrinfo” to ask this system."));
    selectionChanged();
}

void GetaddrinfoExplorer::setQuery(
    const QString &host, const QString &service, const ResolverHints &hints)
{
    m_host->setText(host);
    m_service->setText(service);
    selectData(m_family, hints.family);
    selectData(m_type, hints.type);
    selectData(m_proto, hints.proto);
    m_canonName->setChecked(hints.flags & AI_CANONNAME);
    m_passive->setChecked(hints.flags & AI_PASSIVE);
    m_numericHost->setChecked(hints.flags & AI_NUMERICHOST);
    validate();
}

void GetaddrinfoExplorer::setPresented(bool presented)
{
    m_tableBox->setWholeRows(presented);
    m_pythonBox->setWholeRows(presented);
}

bool GetaddrinfoExplorer::isPresented() const
{
    return m_tableBox->wholeRows();
}

ResolverHints GetaddrinfoExplorer::hints() const
{
    ResolverHints h;
    h.family = m_family->currentData().toInt();
    h.type = m_type->currentData().toInt();
    h.proto = m_proto->currentData().toInt();
    h.flags = (m_canonName->isChecked() ? AI_CANONNAME : 0)
        | (m_passive->isChecked() ? AI_PASSIVE : 0)
        | (m_numericHost->isChecked() ? AI_NUMERICHOST : 0);
    return h;
}

bool GetaddrinfoExplorer::isResolving() const
{
    return m_resolver->isBusy();
}

void GetaddrinfoExplorer::validate()
{
    const QString host = m_host->text().trimmed();
    const QString service = m_service->text().trimmed();
    Resolution preview;
    preview.host = host;
    preview.service = service;
    preview.hints = hints();
    m_call->setText(preview.pythonCall());

    QString blocking;
    QStringList warnings;
    for (QChar c : host) {
        if (c.isSpace()) {
            blocking = tr("The host contains a space: remove it.");
            break;
        }
    }
    bool numeric = !service.isEmpty();
    for (QChar c : service)
        numeric &= c.isDigit() && c.unicode() < 128;
    if (service.contains(u' '))
        blocking = tr("The port or service contains a space: remove it.");
    else if (numeric && (service.size() > 5 || service.toUInt() > 65535))
        blocking = tr("Port %1 is over 65535, the largest port: type 0-65535 or a service name.")
                       .arg(service);
    if (host.isEmpty() && service.isEmpty())
        warnings << tr(
            "With neither host nor service getaddrinfo has nothing to look up: expect EAI_NONAME.");
    if (m_numericHost->isChecked() && !host.isEmpty() && QHostAddress(host).isNull())
        warnings << tr("AI_NUMERICHOST forbids DNS, and “%1” is not a numeric address: "
                       "expect EAI_NONAME.")
                        .arg(host);
    if (m_passive->isChecked() && !host.isEmpty())
        warnings << tr("AI_PASSIVE only matters when the host is empty (None).");

    m_inputProblem->setText(blocking.isEmpty() ? warnings.join(u' ') : blocking);
    m_resolve->setEnabled(blocking.isEmpty());
}

void GetaddrinfoExplorer::resolve()
{
    if (!m_resolve->isEnabled())
        return;
    m_resolver->lookup(m_host->text().trimmed(), m_service->text().trimmed(), hints());
}

void GetaddrinfoExplorer::cancel()
{
    m_resolver->cancel();
}

void GetaddrinfoExplorer::showStarted()
{
    m_elapsed.start();
    m_timer->start();
    m_progress->setVisible(true);
    m_cancel->setEnabled(true);
    m_table->setRowCount(0);
    m_python->clear();
    tick();
}

void GetaddrinfoExplorer::tick()
{
    m_status->setText(tr("Waiting for getaddrinfo… %1 s (it runs on another thread; the "
                         "window stays responsive; Esc cancels)")
                          .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1));
}

void GetaddrinfoExplorer::showCancelled()
{
    m_timer->stop();
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelled after %1 s. getaddrinfo cannot be interrupted: it finishes in "
                         "the background and its answer is thrown away.")
                          .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1));
}

void GetaddrinfoExplorer::showResult(const Resolution &result)
{
    m_timer->stop();
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_last = result;

    m_table->setRowCount(int(result.rows.size()));
    for (int row = 0; row < result.rows.size(); ++row) {
        const AddrInfo &info = result.rows.at(row);
        const QStringList cells {QString::number(row), constantText(info.family, u"AF_"_s),
            constantText(info.type, u"SOCK_"_s),
            info.proto == 0
                ? u"0"_s
                : u"%1 (%2)"_s.arg(info.proto).arg(Constants::name(info.proto, u"IPPROTO_"_s)),
            info.canonname.isEmpty() ? u"''"_s : info.canonname, info.sockaddr.toPythonTuple()};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();

    const QString in = u"In [1]: "_s % result.pythonCall() % u'\n';
    if (result.error) {
        m_python->setPlainText(in % result.error.pythonException());
        m_status->setText(tr("%1: %2. %3 %4")
                              .arg(result.error.name(), result.error.systemText(),
                                  result.error.explanation(), result.error.hint()));
    } else {
        m_python->setPlainText(in % u"Out[1]:\n"_s % result.toPython());
        m_status->setText(tr("%Ln row(s) in the order this system returned them, after %1 ms.",
            nullptr, int(result.rows.size()))
                              .arg(QLocale().toString(result.elapsedMs)));
        if (!result.rows.isEmpty())
            m_table->selectRow(0);
    }
    selectionChanged();
}

void GetaddrinfoExplorer::selectionChanged()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    const bool ok = row >= 0 && row < m_last.rows.size();
    m_use->setEnabled(ok);
    if (!ok) {
        m_useHint->setText(
            tr("Pick a row to hand it to the client: socket(*info[:3]), then connect(info[-1])."));
        return;
    }
    const AddrInfo &info = m_last.rows.at(row);
    m_useHint->setText(
        u"socket.socket(%1, %2, %3)  \u2192  connect(%4)"_s
            .arg(Constants::name(info.family, u"AF_"_s), Constants::name(info.type, u"SOCK_"_s))
            .arg(info.proto)
            .arg(info.sockaddr.toPythonTuple()));
}

void GetaddrinfoExplorer::useSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row >= 0 && row < m_last.rows.size())
        emit addressInfoChosen(m_last.rows.at(row));
}
