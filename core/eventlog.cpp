#include "eventlog.h"

#include "transcript.h"

using namespace Qt::StringLiterals;

EventLog::EventLog(QObject *parent)
    : QObject(parent)
{ }

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

QJsonObject EventLog::toJson(const CallEvent &event)
{
    return Transcript::toJson(event);
}

void EventLog::write(const CallEvent &event)
{
    if (!m_file.isOpen())
        return;
    event.forEachCall(0, [this](const CallEvent &one) {
        m_file.write(Transcript::jsonLine(one).toUtf8());
        m_file.write("\n");
    });
    m_file.flush();
}
