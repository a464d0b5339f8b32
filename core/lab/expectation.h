#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

// One check of a stage's expected outcome, parsed from strings such as
//   "server.state == listening"
//   "server.conn.raddr == client.laddr"      (compares two subjects)
//   "server.chunks >= 8"
//   "server.chunk[3] == \"\""                (the empty chunk: EOF)
// SUBJECT OP VALUE, OP one of == != contains >= <= > <. Subjects and their
// values are listed in resources/lesson/README.md; parse() accepts only
// those, and only values that the subject can take.
class Expectation
{
    Q_DECLARE_TR_FUNCTIONS(Expectation)

public:
    enum class Op { Equal, NotEqual, Contains, Less, LessEqual, Greater, GreaterEqual };

    // What a subject's values look like; decides comparison and validation.
    enum class Kind { Number, State, TcpState, Pending, Error, Family, Type, Endpoint, Bytes };

    // Parses one check. On failure returns nullopt and sets *error.
    static std::optional<Expectation> parse(const QString &source, QString *error);

    // The kind of a subject ("server.chunk[2]" -> Bytes), nullopt if unknown.
    static std::optional<Kind> subjectKind(const QString &subject);

    // A wire.* subject: a fact of the captured segments (needs a capture).
    static bool isWire(const QString &subject);
    // The demo step a wire subject is scoped to ("wire.flags(server.accept)"
    // -> "server.accept"); "" for the whole demo or another subject.
    static QString wireStep(const QString &subject);
    // The demo step any subject is scoped to: wireStep() for wire subjects,
    // "client.connect" for "server.queue(client.connect)"; "" for none.
    static QString step(const QString &subject);

    // Looks a subject up: its current value as bytes (UTF-8 for names and
    // numbers), or nullopt when the subject has no value now.
    using Lookup = std::function<std::optional<QByteArray>(const QString &subject)>;

    // True when the check holds for the values `lookup` gives. On false,
    // *why (if given) says what was found instead.
    bool evaluate(const Lookup &lookup, QString *why = nullptr) const;

    QString source() const { return m_source; }
    QString subject() const { return m_subject; }
    Kind kind() const { return m_kind; }
    Op op() const { return m_op; }
    // The expected value (unescaped), or the other subject's name.
    QByteArray value() const { return m_value; }
    bool comparesSubjects() const { return m_valueIsSubject; }

    // The same check with placeholders in the value replaced (see
    // Lesson::render) and with endpoints/numbers equal to the lesson port
    // rewritten to `to`.
    Expectation withValues(const QHash<QString, QString> &values) const;
    Expectation withPort(quint16 from, quint16 to) const;

private:
    QString m_source;
    QString m_subject;
    Kind m_kind = Kind::Bytes;
    Op m_op = Op::Equal;
    QByteArray m_value;
    bool m_valueIsSubject = false;
};
