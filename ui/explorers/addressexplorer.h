#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// The address explorer: type an IPv4 or IPv6 address (optionally with a
// port and, for IPv6, a %scope) and see at once whether it is valid and why
// not, its canonical and expanded forms, its bits, its kind, its endpoint
// notation, and how large each address space is. Lists this machine's own
// interfaces and their addresses (QNetworkInterface); activating one
// explores it.
class AddressExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressExplorer)

public:
    explicit AddressExplorer(QWidget *parent = nullptr);

    QString address() const;
    // Whether the part about this machine's interfaces shows (default
    // true). Presentation leaves it out: the `interfaces` focus shows them,
    // and the address and the address spaces then fit the screen.
    void setInterfacesShown(bool shown);

public slots:
    // Puts `text` in the address field and explores it.
    void setAddress(const QString &text);
    // Re-reads this machine's interfaces.
    void refreshInterfaces();

private:
    void explore();
    void interfaceActivated(QTreeWidgetItem *item);

    QLineEdit *m_input = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_family = nullptr;
    QLabel *m_canonical = nullptr;
    QLabel *m_expanded = nullptr;
    QLabel *m_bits = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_endpoint = nullptr;
    QTreeWidget *m_interfaces = nullptr;
    QWidget *m_machine = nullptr;
};
