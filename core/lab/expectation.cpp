#include "core/lab/expectation.h"

#include "core/bytes/bytesformat.h"
#include "core/lab/demoaction.h"
#include "core/lab/lesson.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Pattern
{
    const char *regex;
    Expectation::Kind kind;
};

const QList<std::pair<QRegularExpression, Expectation::Kind>> &patterns()
{
    using K = Expectation::Kind;
    static const QList<std::pair<QRegularExpression, K>> list = [] {
        const Pattern raw[] = {
            {R"(^(server|server\.conn|client)\.state$)", K::State},
            {R"(^(server|server\.conn|client)\.tcpstate$)", K::TcpState},
            {R"(^(server|server\.conn|client)\.kernelstate$)", K::TcpState},
            {R"(^wire(\.(server|client))?\.(segments|data|maxlen|syn|fin|rst|window|minwindow)(\((server|client)\.[a-z]+\))?$)",
                K::Number},
            {R"(^wire(\.(server|client))?\.flags(\((server|client)\.[a-z]+\))?$)", K::Bytes},
            {R"(^(server|server\.conn|client)\.(laddr|raddr)$)", K::Endpoint},
            {R"(^(server|server\.conn|client|playground)\.family$)", K::Family},
            {R"(^(server|server\.conn|client|playground)\.type$)", K::Type},
            {R"(^(server|server\.conn|client|playground)\.proto$)", K::Number},
            {R"(^playground\.laddr$)", K::Endpoint},
            {R"(^(server|client)\.pending$)", K::Pending},
            {R"(^(server|client|playground)\.error$)", K::Error},
            {R"(^(server|client)\.(chunks|bytes|sent)$)", K::Number},
            {R"(^(server|client)\.chunk\[[0-9]{1,6}\]$)", K::Bytes},
            {R"(^(server|client)\.text$)", K::Bytes},
            {R"(^server\.queue(\((server|client)\.[a-z]+\))?$)", K::Number},
            {R"(^client\.infos$)", K::Number},
            {R"(^crowd\.(connected|connecting|timedout|refused)$)", K::Number},
            {R"(^constants\.[A-Z][A-Z0-9_]*$)", K::Number},
            {R"(^getaddrinfo\.rows$)", K::Number},
            {R"(^measure\.points$)", K::Number},
        };
        QList<std::pair<QRegularExpression, K>> out;
        for (const Pattern &p : raw)
            out.append({QRegularExpression(QString::fromLatin1(p.regex)), p.kind});
        return out;
    }();
    return list;
}

const QStringList &choicesFor(Expectation::Kind kind)
{
    static const QStringList states = {u"unopened"_s, u"created"_s, u"bound"_s, u"listening"_s,
        u"connecting"_s, u"connected"_s, u"peer-closed"_s, u"closed"_s};
    static const QStringList tcp = {u"LISTEN"_s, u"SYN_SENT"_s, u"SYN_RECV"_s, u"ESTABLISHED"_s,
        u"FIN_WAIT1"_s, u"FIN_WAIT2"_s, u"CLOSE_WAIT"_s, u"CLOSING"_s, u"LAST_ACK"_s,
        u"TIME_WAIT"_s, u"CLOSE"_s, u"CLOSED"_s};
    static const QStringList pending
        = {u"none"_s, u"accept"_s, u"connect"_s, u"recv"_s, u"recvfrom"_s, u"sendall"_s};
    static const QStringList none;
    switch (kind) {
    case Expectation::Kind::State:
        return states;
    case Expectation::Kind::TcpState:
        return tcp;
    case Expectation::Kind::Pending:
        return pending;
    default:
        return none;
    }
}

bool isNumber(const QByteArray &value)
{
    static const QRegularExpression number(u"^-?[0-9]{1,18}$"_s);
    return number.match(QString::fromUtf8(value)).hasMatch();
}

bool hasPlaceholder(const QByteArray &value)
{
    return value.contains("{{");
}

// Empty when `value` is something a subject of `kind` can be.
QString checkValue(Expectation::Kind kind, const QByteArray &value)
{
    using K = Expectation::Kind;
    if (hasPlaceholder(value))
        return {};
    const QString text = QString::fromUtf8(value);
    switch (kind) {
    case K::Number:
        return isNumber(value)
            ? QString()
            : QCoreApplication::translate("Expectation", "\"%1\" is not a whole number").arg(text);
    case K::State:
    case K::TcpState:
    case K::Pending:
        return choicesFor(kind).contains(text)
            ? QString()
            : QCoreApplication::translate("Expectation", "\"%1\" is not one of %2")
                  .arg(text, choicesFor(kind).join(u", "_s));
    case K::Error: {
        static const QRegularExpression error(u"^(none|E[A-Z0-9_]+)$"_s);
        return error.match(text).hasMatch()
            ? QString()
            : QCoreApplication::translate(
                "Expectation", "\"%1\" is not an errno name like EADDRINUSE, or none")
                  .arg(text);
    }
    case K::Family:
        return text.startsWith(u"AF_"_s)
            ? QString()
            : QCoreApplication::translate("Expectation", "\"%1\" is not an AF_ name").arg(text);
    case K::Type:
        return text.startsWith(u"SOCK_"_s)
            ? QString()
            : QCoreApplication::translate("Expectation", "\"%1\" is not a SOCK_ name").arg(text);
    case K::Endpoint:
        return text.isEmpty()
            ? QCoreApplication::translate("Expectation", "an endpoint cannot be empty")
            : QString();
    case K::Bytes:
        return {};
    }
    return {};
}

bool isOrdering(Expectation::Op op)
{
    using O = Expectation::Op;
    return op == O::Less || op == O::LessEqual || op == O::Greater || op == O::GreaterEqual;
}

} // namespace

std::optional<Expectation::Kind> Expectation::subjectKind(const QString &subject)
{
    for (const auto &[regex, kind] : patterns()) {
        if (regex.match(subject).hasMatch())
            return kind;
    }
    return std::nullopt;
}

bool Expectation::isWire(const QString &subject)
{
    return subject.startsWith(u"wire."_s);
}

QString Expectation::wireStep(const QString &subject)
{
    return isWire(subject) ? step(subject) : QString();
}

QString Expectation::step(const QString &subject)
{
    if (!subject.endsWith(u')'))
        return {};
    const qsizetype open = subject.indexOf(u'(');
    return open < 0 ? QString() : subject.mid(open + 1, subject.size() - open - 2);
}

std::optional<Expectation> Expectation::parse(const QString &source, QString *error)
{
    static const QRegularExpression shape(u"^(\\S+) (==|!=|>=|<=|>|<|contains) (.*)$"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = shape.match(source);
    if (!match.hasMatch()) {
        *error = tr("expected SUBJECT OP VALUE with OP one of == != >= <= > < contains, "
                    "separated by single spaces");
        return std::nullopt;
    }
    Expectation check;
    check.m_source = source;
    check.m_subject = match.captured(1);
    const QString op = match.captured(2);
    check.m_op = op == u"==" ? Op::Equal
        : op == u"!="        ? Op::NotEqual
        : op == u">="        ? Op::GreaterEqual
        : op == u"<="        ? Op::LessEqual
        : op == u">"         ? Op::Greater
        : op == u"<"         ? Op::Less
                             : Op::Contains;
    const std::optional<Kind> kind = subjectKind(check.m_subject);
    if (!kind) {
        *error = tr("unknown subject \"%1\" (see the subjects in README.md)").arg(check.m_subject);
        return std::nullopt;
    }
    check.m_kind = *kind;

    QString raw = match.captured(3);
    if (raw.isEmpty()) {
        *error = tr("no value after %1 (write \"\" for an empty value)").arg(op);
        return std::nullopt;
    }
    const std::optional<Kind> otherKind = subjectKind(raw);
    if (otherKind) {
        if (*otherKind != check.m_kind) {
            *error = tr("%1 and %2 hold different kinds of value").arg(check.m_subject, raw);
            return std::nullopt;
        }
        check.m_valueIsSubject = true;
        check.m_value = raw.toUtf8();
    } else {
        if (raw.size() >= 2 && raw.startsWith(u'"') && raw.endsWith(u'"'))
            raw = raw.mid(1, raw.size() - 2);
        QString problem;
        check.m_value = BytesFormat::fromEscapedText(raw, &problem).value_or(QByteArray());
        if (problem.isEmpty())
            problem = checkValue(check.m_kind, check.m_value);
        if (!problem.isEmpty()) {
            *error = check.m_subject + u": "_s + problem;
            return std::nullopt;
        }
    }
    if (isOrdering(check.m_op) && check.m_kind != Kind::Number) {
        *error = tr("%1 compares numbers only; %2 is not a number").arg(op, check.m_subject);
        return std::nullopt;
    }
    if (check.m_op == Op::Contains && check.m_kind == Kind::Number) {
        *error = tr("contains does not apply to the number %1").arg(check.m_subject);
        return std::nullopt;
    }
    return check;
}

bool Expectation::evaluate(const Lookup &lookup, QString *why) const
{
    const std::optional<QByteArray> actual = lookup(m_subject);
    const std::optional<QByteArray> expected
        = m_valueIsSubject ? lookup(QString::fromUtf8(m_value)) : std::optional(m_value);
    auto shown = [](const std::optional<QByteArray> &v) {
        return v ? u"\""_s + BytesFormat::escapedText(*v) + u'"' : u"nothing"_s;
    };
    bool holds = false;
    if (actual && expected) {
        if (m_kind == Kind::Number && isNumber(*actual) && isNumber(*expected)) {
            const qint64 a = actual->toLongLong();
            const qint64 e = expected->toLongLong();
            switch (m_op) {
            case Op::Equal:
                holds = a == e;
                break;
            case Op::NotEqual:
                holds = a != e;
                break;
            case Op::Less:
                holds = a < e;
                break;
            case Op::LessEqual:
                holds = a <= e;
                break;
            case Op::Greater:
                holds = a > e;
                break;
            case Op::GreaterEqual:
                holds = a >= e;
                break;
            case Op::Contains:
                break;
            }
        } else if (m_op == Op::Equal) {
            holds = *actual == *expected;
        } else if (m_op == Op::NotEqual) {
            holds = *actual != *expected;
        } else if (m_op == Op::Contains) {
            holds = actual->contains(*expected);
        }
    } else if (m_op == Op::NotEqual) {
        holds = actual.has_value() != expected.has_value();
    }
    if (!holds && why) {
        *why = tr("%1: found %2").arg(m_source, shown(actual));
        if (m_valueIsSubject)
            *why += tr(", while %1 is %2").arg(QString::fromUtf8(m_value), shown(expected));
    }
    return holds;
}

Expectation Expectation::withValues(const QHash<QString, QString> &values) const
{
    if (m_valueIsSubject || !hasPlaceholder(m_value))
        return *this;
    Expectation copy = *this;
    copy.m_value = Lesson::render(QString::fromUtf8(m_value), values).toUtf8();
    return copy;
}

Expectation Expectation::withPort(quint16 from, quint16 to) const
{
    if (m_valueIsSubject || m_kind != Kind::Endpoint)
        return *this;
    const QByteArray suffix = ':' + QByteArray::number(from);
    if (!m_value.endsWith(suffix))
        return *this;
    Expectation copy = *this;
    copy.m_value.chop(suffix.size());
    copy.m_value += ':' + QByteArray::number(to);
    return copy;
}
