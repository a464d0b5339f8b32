#pragma once

#include <QList>
#include <QString>

// This machine's network interfaces that are up, as the link layer sees
// them: name, MTU (the largest frame payload, in bytes) and hardware
// address. Read with QNetworkInterface (Linux: SIOCGIFCONF / SIOCGIFMTU /
// SIOCGIFHWADDR; the same figures as `ip link`).
class InterfaceList final
{
public:
    struct Entry
    {
        QString name; // "lo", "eth0"
        int mtu = 0; // bytes; 0 when the system does not say
        bool loopback = false;
        // The link-layer (MAC) address, "02:42:ac:11:00:02"; empty when the
        // interface has none (loopback's is all zeros).
        QString hardwareAddress;
    };
    // The interfaces that are up, in the system's order (lo first on Linux).
    static QList<Entry> up();
};
