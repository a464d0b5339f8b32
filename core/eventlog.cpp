#include "eventlog.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

EventLog::EventLog(QObject *parent)
    : QObject(parent)
{
}

bool EventLog::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

static QString phaseName(CallEvent::Phase phase)
{
    switch (phase) {
    case CallEvent::Phase::Done:
        return u"done"_s;
    case CallEvent::Phase::Waiting:
        return u"waiting"_s;
    case CallEvent::Phase::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QJsonObject EventLog::toJson(const CallEvent &event)
{
    QJsonObject o;
    o[u"seq"_s] = event.sequence;
    o[u"time"_s] = event.time.toUTC().toString(Qt::ISODateWithMs);
    o[u"side"_s] = event.side;
    o[u"object"_s] = event.object;
    o[u"call"_s] = event.call;
    o[u"phase"_s] = phaseName(event.phase);
    o[u"fd"_s] = event.fd;
    if (event.family)
        o[u"family"_s] = event.family;
    if (event.type)
        o[u"type"_s] = event.type;
    if (event.proto)
        o[u"proto"_s] = event.proto;
    if (event.address.isValid()) {
        o[u"address"_s] = event.address.toString();
        o[u"address_tuple"_s] = event.address.toPythonTuple();
    }
    if (event.number)
        o[u"number"_s] = event.number;
    if (!event.data.isEmpty() || event.call == u"recv" || event.call.startsWith(u"send")) {
        o[u"data_len"_s] = event.data.size();
        o[u"data_hex"_s] = QString::fromLatin1(event.data.toHex(' '));
    }
    if (!event.text.isEmpty())
        o[u"text"_s] = event.text;
    if (!event.service.isEmpty())
        o[u"service"_s] = event.service;
    o[u"returned"_s] = event.returned;
    if (event.truncated)
        o[u"truncated"_s] = event.truncated;
    if (!event.peerObject.isEmpty())
        o[u"peer_object"_s] = event.peerObject;
    if (!event.result.isEmpty())
        o[u"result"_s] = event.result;
    if (event.error) {
        QJsonObject e;
        e[u"name"_s] = event.error.name();
        e[u"code"_s] = event.error.code();
        e[u"text"_s] = event.error.systemText();
        o[u"error"_s] = e;
    }
    return o;
}

void EventLog::write(const CallEvent &event)
{
    if (!m_file.isOpen())
        return;
    m_file.write(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact));
    m_file.write("\n");
    m_file.flush();
}
