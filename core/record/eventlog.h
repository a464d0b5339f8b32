#pragma once

#include "core/record/callevent.h"

#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QString>

// Writes every CallEvent as one JSON object per line (JSON Lines) to a file,
// flushed after each line so a crash loses nothing. Used by `--events FILE`.
//
// The object per event is Transcript::toJson's (the JSON tab shows the same).
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    explicit EventLog(QObject *parent = nullptr);

    // Opens (truncates) `path` for writing. Returns false and sets *error to
    // the file system's message when it cannot.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    // One event as the JSON object written for it.
    static QJsonObject toJson(const CallEvent &event);

public slots:
    // Appends one line per call (a recv run: one per call of the run).
    // Does nothing when no file is open. A write that fails (disk full, the
    // file system gone) closes the file and emits writeFailed once.
    void write(const CallEvent &event);

signals:
    // Writing failed; `problem` is the file system's message. Nothing more is written.
    void writeFailed(const QString &problem);

private:
    QFile m_file;
};
