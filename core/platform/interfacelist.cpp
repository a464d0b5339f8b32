#include "core/platform/interfacelist.h"

#include <QNetworkInterface>

QList<InterfaceList::Entry> InterfaceList::up()
{
    QList<Entry> entries;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : all) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        QString hardware = interface.hardwareAddress().toLower();
        if (hardware.count(u'0') + hardware.count(u':') == hardware.size())
            hardware.clear(); // none, or all zeros (loopback)
        entries.append({interface.name(), qMax(0, interface.maximumTransmissionUnit()),
            interface.flags().testFlag(QNetworkInterface::IsLoopBack), hardware});
    }
    return entries;
}
