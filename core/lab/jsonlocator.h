#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Where each value of a JSON text sits, for error messages that name a line.
// QJsonDocument forgets positions once parsed; this class scans the same
// bytes again and records, for every value, its path and byte offset.
//
// Paths: "" is the root, "title" a member of the root, "stages[3]" an array
// element, "stages[3].actions[0]" deeper. For an object member the offset is
// that of its key (where a reader looks for a field); for an array element,
// that of the element itself. Also reports the first key repeated inside one
// object (RFC 8259 §4: names SHOULD be unique; QJsonDocument keeps the last).
//
// The text must already be valid JSON (check with QJsonDocument first).
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);

    // Byte offset of the value at path, -1 when there is no such value.
    qsizetype offsetOf(const QString &path) const;
    // 1-based line of the value at path; 1 when unknown (the top of the file).
    int lineOf(const QString &path) const;
    // 1-based column (in characters) of the value at path; 1 when unknown.
    int columnOf(const QString &path) const;

    // The first key repeated within one object: its path and offset, or an
    // empty path and -1 when every object's keys are unique.
    QString duplicateKeyPath() const { return m_duplicatePath; }
    qsizetype duplicateKeyOffset() const { return m_duplicateOffset; }

    // 1-based line and column (counted in UTF-8 characters) of a byte offset.
    static void position(const QByteArray &text, qsizetype offset, int *line, int *column);

private:
    void scan();

    QByteArray m_text;
    QHash<QString, qsizetype> m_offsets;
    QList<qsizetype> m_lineStarts; // offset of each line's first byte: lineOf is a binary search
    void locate(qsizetype offset, int *line, int *column) const;
    QString m_duplicatePath;
    qsizetype m_duplicateOffset = -1;
};
