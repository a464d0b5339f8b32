#pragma once

#include <QCoreApplication>
#include <QString>

class Lab;
class QMenu;
class QStatusBar;
class QWidget;

// The wire's menu entries, added to the window's menus (as Themes and
// Language add theirs): File ▸ Save capture… writes the Lab's segments as
// pcap (PcapWriter, through QSaveFile), and View ▸ Network chooses where the
// Lab makes its sockets (Lab::setNetwork: the lab network or this machine's).
// Outcomes and refusals go to the status bar.
class WireMenus final
{
    Q_DECLARE_TR_FUNCTIONS(WireMenus)

public:
    // `file` gets Save capture before its last two entries (a separator and
    // Quit); `view` gets the Network submenu. `lab`, `parent` (dialogs) and
    // `status` must outlive the menus.
    static void add(QMenu *file, QMenu *view, Lab *lab, QWidget *parent, QStatusBar *status);
    // Writes `lab`'s kept frames to `path` as pcap; "" on success, else the
    // file system's message.
    static QString saveCapture(const Lab *lab, const QString &path);
};
