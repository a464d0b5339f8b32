#include "ui/window/wiremenus.h"

#include "core/lab/lab.h"
#include "core/wire/pcapwriter.h"
#include "core/wire/segmentmodel.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

void WireMenus::add(QMenu *file, QMenu *view, Lab *lab, QWidget *parent, QStatusBar *status)
{
    auto *save = new QAction(tr("Save &capture (pcap)…"), file);
    QObject::connect(save, &QAction::triggered, parent, [lab, parent, status] {
        const QString path = QFileDialog::getSaveFileName(parent, tr("Save capture"),
            u"capture.pcap"_s, tr("pcap capture (*.pcap);;All files (*)"));
        if (path.isEmpty())
            return;
        const QString problem = saveCapture(lab, path);
        status->showMessage(problem.isEmpty()
                ? tr("%Ln segment(s) saved to %1.", nullptr, lab->wire()->rowCount()).arg(path)
                : tr("The capture could not be saved to %1: %2").arg(path, problem));
    });
    const QList<QAction *> actions = file->actions();
    file->insertAction(actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr, save);

    QMenu *network = view->addMenu(tr("&Network"));
    auto *group = new QActionGroup(network);
    QAction *labNetwork
        = network->addAction(tr("&Lab network (private, its segments on the wire)"));
    QAction *host = network->addAction(tr("&This machine's network (outside peers, a class)"));
    for (QAction *action : {labNetwork, host}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    const auto update = [lab, labNetwork, host] {
        (lab->network() == Lab::Network::Lab ? labNetwork : host)->setChecked(true);
    };
    update();
    QObject::connect(lab, &Lab::networkChanged, network, update);
    const auto choose = [lab, status](Lab::Network chosen) {
        if (lab->network() == chosen)
            return;
        lab->setNetwork(chosen);
        QString text = chosen == Lab::Network::Lab
            ? tr("New sockets are made in the lab network.")
            : tr("New sockets are made on this machine's network.");
        if (!lab->wireStatus().isEmpty())
            text += u' ' + lab->wireStatus();
        status->showMessage(text);
    };
    QObject::connect(
        labNetwork, &QAction::triggered, network, [choose] { choose(Lab::Network::Lab); });
    QObject::connect(host, &QAction::triggered, network, [choose] { choose(Lab::Network::Host); });
}

QString WireMenus::saveCapture(const Lab *lab, const QString &path)
{
    QString error;
    return PcapWriter::save(path, lab->wire()->frames(), &error) ? QString() : error;
}
