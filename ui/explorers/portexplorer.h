#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QFormLayout;
class QVBoxLayout;
class QTableWidget;
class QTimer;
class WholeRowsBox;

// The port explorer: type a port number (0-65535) or a service name and
// see its IANA range, whether binding it needs privilege on this kernel,
// whether it falls in this kernel's ephemeral range, its service names
// (tcp and udp) from the system's database, and whether anything on this
// machine listens on it now. Also shows the ranges side by side (IANA's
// and this kernel's) and the well-known ports the lesson names. Presented
// (setPresented), it lays these out for a projected screen.
class PortExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortExplorer)

public:
    explicit PortExplorer(QWidget *parent = nullptr);

    QString portText() const;
    // Presentation's layout (default false): the port and what it is
    // across the screen; under it the ranges in short (name and span, each
    // explanation a tooltip; "This port" gives this kernel's ephemeral range
    // and port floor for the port explored) beside the well-known ports
    // (port, protocol, service name, listening; whole rows, scrolling; what
    // each carries a tooltip away).
    void setPresented(bool presented);
    bool isPresented() const { return m_presented; }

public slots:
    // Puts `text` (a number or a service name) in the port field and explores it.
    void setPortText(const QString &text);
    // Reads the kernel's socket tables (once) for the current port and the
    // well-known ports table. Typing schedules this after a short pause.
    void checkListeners();

private:
    void arrange();
    void explore();
    void fillWellKnown();

    QLineEdit *m_input = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_range = nullptr;
    QLabel *m_privilege = nullptr;
    QLabel *m_ephemeral = nullptr;
    QLabel *m_services = nullptr;
    QLabel *m_listening = nullptr;
    QTableWidget *m_wellKnown = nullptr;
    QFormLayout *m_rangeForm = nullptr;
    QWidget *m_kernelEphemeral = nullptr;
    QWidget *m_kernelFloor = nullptr;
    QWidget *m_known = nullptr;
    WholeRowsBox *m_wellKnownBox = nullptr;
    QVBoxLayout *m_page = nullptr;
    QWidget *m_columns = nullptr;
    QWidget *m_inputBox = nullptr;
    QWidget *m_details = nullptr;
    QWidget *m_ranges = nullptr;
    QWidget *m_shortRanges = nullptr;
    int m_knownHeight = 0; // the well-known ports' every row, in pixels
    bool m_presented = false;
    // Reading the kernel's tables costs a few ms per thousand sockets, so
    // typing only schedules it; it runs once the typing pauses.
    QTimer *m_listenTimer = nullptr;
    int m_port = -1;
};
