#include "core/platform/interfacelist.h"

#include <QNetworkInterface>

QList<InterfaceList::Entry> InterfaceList::up()
{
    QList<Entry> entries;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : all) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        entries.append({interface.name(), qMax(0, interface.maximumTransmissionUnit()),
            interface.flags().testFlag(QNetworkInterface::IsLoopBack)});
    }
    return entries;
}
