#include "core/record/eventlog.h"

#include "core/record/transcript.h"

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
    bool written = true;
    event.forEachCall(0, [this, &written](const CallEvent &one) {
        written = written && m_file.write(Transcript::jsonLine(one).toUtf8() + '\n') >= 0;
    });
    if (written && m_file.flush())
        return;
    const QString problem = m_file.errorString();
    m_file.close();
    emit writeFailed(problem);
}
