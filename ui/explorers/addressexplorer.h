#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class WholeRowsBox;

// The address explorer: type an IPv4 or IPv6 address (optionally with a
// port and, for IPv6, a %scope) and see at once whether it is valid and why
// not, its canonical and expanded forms, its bits, its kind, its endpoint
// notation, and how large each address space is. Lists this machine's own
// interfaces and their addresses (QNetworkInterface); activating one
// explores it. Presented (setPresented), it lays these parts out for a
// projected screen: side by side, none left out.
class AddressExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressExplorer)

public:
    explicit AddressExplorer(QWidget *parent = nullptr);

    QString address() const;
    // Presentation's layout (default false): the address and its validity
    // on one line, what it is beside how many addresses exist and this
    // machine's interfaces (whole rows, scrolling; the how-to hint and
    // the refresh button left out: the list is read when built), long numbers and expanded forms
    // free to break after a separator.
    void setPresented(bool presented);
    bool isPresented() const { return m_presented; }

public slots:
    // Puts `text` in the address field and explores it.
    void setAddress(const QString &text);
    // Re-reads this machine's interfaces (presented: those that are up).
    void refreshInterfaces();

private:
    void arrange();
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
    QLabel *m_ipv4Space = nullptr;
    QLabel *m_ipv6Space = nullptr;
    QTreeWidget *m_interfaces = nullptr;
    WholeRowsBox *m_interfacesBox = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_refresh = nullptr;
    QVBoxLayout *m_page = nullptr;
    QWidget *m_top = nullptr;
    QWidget *m_columns = nullptr;
    QWidget *m_side = nullptr;
    QWidget *m_inputBox = nullptr;
    QWidget *m_details = nullptr;
    QWidget *m_spaces = nullptr;
    QWidget *m_machine = nullptr;
    bool m_presented = false;
};
