#include "core/lab/demoaction.h"

#include "core/bytes/bytesformat.h"
#include "core/bytes/receiveloop.h"
#include "core/platform/constants.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

struct Verb
{
    const char *name;
    QStringList forms; // space-separated argument kinds; "" = no arguments
};

// The vocabulary. Kinds in upper case are checked by checkToken(); anything
// else is a literal word. TEXT, when present, is last and takes the rest.
const QList<Verb> &vocabulary()
{
    static const QList<Verb> verbs = {
        {"server.socket", {u""_s, u"FAMILY TYPE PROTO"_s}},
        {"server.setsockopt", {u"OPTION BOOL"_s, u"SO_RCVBUF SIZE"_s}},
        {"server.bind", {u"HOST LPORT"_s, u"PATH"_s}},
        {"server.listen", {u"BACKLOG"_s}},
        {"server.accept", {u""_s}},
        {"server.recv", {u"SIZE"_s}},
        {"server.recvfrom", {u"SIZE"_s}},
        {"server.recvloop", {u"SIZE"_s, u"SIZE RULE"_s, u"SIZE delimiter TEXT"_s}},
        {"server.echo", {u"SIZE"_s}},
        {"server.send", {u"TEXT"_s}},
        {"server.sendall", {u"TEXT"_s}},
        {"server.shutdown", {u"HOW"_s}},
        {"server.close", {u""_s, u"conn"_s}},
        {"client.getaddrinfo", {u"HOST SERVICE"_s}},
        {"client.socket", {u""_s, u"FAMILY TYPE PROTO"_s, u"*info[:3]"_s}},
        {"client.connect", {u""_s, u"info[-1]"_s, u"HOST PORT"_s, u"PATH"_s}},
        {"client.setsockopt", {u"SO_SNDBUF SIZE"_s}},
        {"client.send", {u"TEXT"_s}},
        {"client.sendmore", {u"TEXT"_s}},
        {"client.sendfill", {u"FILL"_s}},
        {"client.sendall", {u"TEXT"_s}},
        {"client.sendto", {u"TEXT"_s}},
        {"client.recv", {u"SIZE"_s}},
        {"client.recvfrom", {u"SIZE"_s}},
        {"client.recvloop", {u"SIZE"_s, u"SIZE RULE"_s, u"SIZE delimiter TEXT"_s}},
        {"client.shutdown", {u"HOW"_s}},
        {"client.close", {u""_s}},
        {"crowd.connect", {u"COUNT"_s, u"COUNT TIMEOUT"_s}},
        {"crowd.close", {u""_s}},
        {"explorer.open", {u"EXPLORER"_s}},
        {"explorer.address", {u"TEXT"_s}},
        {"explorer.port", {u"PORT"_s}},
        {"explorer.constants", {u"PREFIX"_s}},
        {"explorer.getaddrinfo", {u"HOST SERVICE"_s}},
        {"explorer.playground", {u""_s, u"FAMILY TYPE PROTO"_s}},
        {"measure.throughput", {u"FAMILY SIZE BYTES"_s}},
        {"measure.recvcpu", {u"FAMILY SIZE BYTES"_s}},
        {"reset", {u""_s}},
    };
    return verbs;
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : vocabulary()) {
        if (name == QLatin1StringView(verb.name))
            return &verb;
    }
    return nullptr;
}

// Strict decimal number in [low, high]; -1 when it is not one.
qint64 parseNumber(const QString &token, qint64 low, qint64 high)
{
    static const QRegularExpression digits(u"^[0-9]{1,10}$"_s);
    if (!digits.match(token).hasMatch())
        return -1;
    const qint64 value = token.toLongLong();
    return value >= low && value <= high ? value : -1;
}

QString checkNumber(const QString &token, const QString &what, qint64 low, qint64 high)
{
    if (parseNumber(token, low, high) >= 0)
        return {};
    return QCoreApplication::translate(
        "DemoAction", "bad %1 \"%2\": expected a whole number from %3 to %4")
        .arg(what, token)
        .arg(low)
        .arg(high);
}

QString checkChoice(const QString &token, const QString &what, const QStringList &choices)
{
    if (choices.contains(token))
        return {};
    return QCoreApplication::translate("DemoAction", "bad %1 \"%2\": expected %3")
        .arg(what, token, choices.join(u", "_s));
}

// Empty when token is a valid `kind`, otherwise what is wrong with it.
QString checkToken(const QString &kind, const QString &token)
{
    if (kind == u"FAMILY")
        return checkChoice(token, QCoreApplication::translate("DemoAction", "family"),
            {u"AF_INET"_s, u"AF_INET6"_s, u"AF_UNIX"_s});
    if (kind == u"TYPE")
        return checkChoice(token, QCoreApplication::translate("DemoAction", "type"),
            {u"SOCK_STREAM"_s, u"SOCK_DGRAM"_s});
    if (kind == u"PROTO")
        return checkChoice(token, QCoreApplication::translate("DemoAction", "protocol"),
            {u"0"_s, u"IPPROTO_TCP"_s, u"IPPROTO_UDP"_s});
    if (kind == u"OPTION")
        return checkChoice(token, QCoreApplication::translate("DemoAction", "option"),
            {u"SO_REUSEADDR"_s, u"IPV6_V6ONLY"_s});
    if (kind == u"BOOL")
        return checkChoice(
            token, QCoreApplication::translate("DemoAction", "option value"), {u"0"_s, u"1"_s});
    if (kind == u"HOW")
        return checkChoice(token, QCoreApplication::translate("DemoAction", "shutdown mode"),
            {u"SHUT_RD"_s, u"SHUT_WR"_s, u"SHUT_RDWR"_s});
    if (kind == u"RULE")
        return checkChoice(token, QCoreApplication::translate("DemoAction", "stop rule"),
            {u"short"_s, u"eof"_s, u"length"_s});
    if (kind == u"EXPLORER")
        return checkChoice(token, QCoreApplication::translate("DemoAction", "explorer"),
            {u"address"_s, u"ports"_s, u"constants"_s, u"getaddrinfo"_s, u"playground"_s});
    if (kind == u"PORT")
        return checkNumber(token, QCoreApplication::translate("DemoAction", "port"), 0, 65535);
    if (kind == u"LPORT")
        return token == u"last"
            ? QString()
            : checkNumber(token, QCoreApplication::translate("DemoAction", "port"), 0, 65535);
    if (kind == u"SIZE")
        return checkNumber(
            token, QCoreApplication::translate("DemoAction", "buffer size"), 1, 65536);
    if (kind == u"BACKLOG")
        return checkNumber(token, QCoreApplication::translate("DemoAction", "backlog"), 0, 65535);
    if (kind == u"COUNT")
        return checkNumber(token, QCoreApplication::translate("DemoAction", "client count"), 1, 64);
    if (kind == u"TIMEOUT")
        return checkNumber(
            token, QCoreApplication::translate("DemoAction", "timeout in ms"), 1, 60000);
    if (kind == u"FILL")
        return checkNumber(
            token, QCoreApplication::translate("DemoAction", "byte count"), 1, 16777216);
    if (kind == u"BYTES")
        return checkNumber(
            token, QCoreApplication::translate("DemoAction", "byte count"), 1, 1073741824);
    if (kind == u"HOST") {
        static const QRegularExpression name(u"^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$"_s);
        QHostAddress address;
        if (address.setAddress(token) || name.match(token).hasMatch())
            return {};
        return QCoreApplication::translate("DemoAction",
            "bad host \"%1\": expected an IPv4 or IPv6 address (no brackets) or a host name")
            .arg(token);
    }
    if (kind == u"SERVICE") {
        static const QRegularExpression service(u"^[a-z][a-z0-9-]*$"_s);
        if (service.match(token).hasMatch())
            return {};
        return checkNumber(
            token, QCoreApplication::translate("DemoAction", "port or service name"), 0, 65535);
    }
    if (kind == u"PATH") {
        if (token.toUtf8().size() > 107)
            return QCoreApplication::translate("DemoAction",
                "path \"%1\" is longer than 107 bytes (sun_path holds 108 with the NUL)")
                .arg(token);
        if (token.contains(u'.') || token.contains(u'/'))
            return {};
        return QCoreApplication::translate("DemoAction",
            "bad path \"%1\": a socket path contains a '.' or a '/', e.g. socketlab.sock")
            .arg(token);
    }
    if (kind == u"PREFIX") {
        static const QRegularExpression prefix(u"^[A-Z][A-Z0-9_]*$"_s);
        if (prefix.match(token).hasMatch())
            return {};
        return QCoreApplication::translate(
            "DemoAction", "bad constant prefix \"%1\": expected capitals, digits and _, e.g. AF_")
            .arg(token);
    }
    return token == kind
        ? QString()
        : QCoreApplication::translate("DemoAction", "expected \"%1\", found \"%2\"")
              .arg(kind, token);
}

// Splits `rest` into `count` space-separated tokens; the remainder (after one
// space) goes to *tail. Returns false when there are fewer tokens.
bool takeTokens(const QString &rest, int count, QStringList *tokens, QString *tail)
{
    qsizetype at = 0;
    for (int k = 0; k < count; ++k) {
        while (at < rest.size() && rest.at(at) == u' ')
            ++at;
        if (at >= rest.size())
            return false;
        qsizetype end = rest.indexOf(u' ', at);
        if (end < 0)
            end = rest.size();
        tokens->append(rest.mid(at, end - at));
        at = end;
    }
    if (tail)
        *tail = count == 0 ? rest : at < rest.size() ? rest.mid(at + 1) : QString();
    return true;
}

} // namespace

QString DemoAction::name() const
{
    return m_target.isEmpty() ? m_verb : m_target + u'.' + m_verb;
}

QStringList DemoAction::verbs()
{
    QStringList names;
    for (const Verb &verb : vocabulary())
        names.append(QString::fromLatin1(verb.name));
    return names;
}

QStringList DemoAction::forms(const QString &name)
{
    const Verb *verb = findVerb(name);
    return verb ? verb->forms : QStringList();
}

std::optional<DemoAction> DemoAction::parse(const QString &source, QString *error)
{
    const qsizetype space = source.indexOf(u' ');
    const QString name = space < 0 ? source : source.left(space);
    const QString rest = space < 0 ? QString() : source.mid(space + 1);
    const Verb *verb = findVerb(name);
    if (!verb) {
        const QString target = name.section(u'.', 0, 0);
        QStringList same;
        for (const QString &known : verbs()) {
            if (known.section(u'.', 0, 0) == target && known.contains(u'.'))
                same.append(known.section(u'.', 1));
        }
        if (name.isEmpty())
            *error = tr("empty action");
        else if (same.isEmpty())
            *error = tr("unknown action \"%1\": an action starts with server., client., crowd., "
                        "explorer., measure. or is reset")
                         .arg(name);
        else
            *error = tr("unknown action \"%1\": %2 knows %3").arg(name, target, same.join(u", "_s));
        return std::nullopt;
    }

    QString firstProblem;
    for (const QString &form : verb->forms) {
        const QStringList kinds = form.split(u' ', Qt::SkipEmptyParts);
        const bool wantsText = !kinds.isEmpty() && kinds.last() == u"TEXT";
        const int count = int(kinds.size()) - (wantsText ? 1 : 0);
        QStringList tokens;
        QString tail;
        if (!takeTokens(rest, count, &tokens, &tail))
            continue;
        if (!wantsText && !tail.trimmed().isEmpty())
            continue;
        QString problem;
        bool literalMismatch = false;
        for (int k = 0; k < count && problem.isEmpty(); ++k) {
            problem = checkToken(kinds.at(k), tokens.at(k));
            literalMismatch = !problem.isEmpty() && !kinds.at(k).at(0).isUpper();
        }
        QByteArray text;
        if (problem.isEmpty() && wantsText) {
            if (tail.isEmpty())
                problem = tr("needs a text after it");
            else
                text = BytesFormat::fromEscapedText(tail, &problem).value_or(QByteArray());
        }
        if (!problem.isEmpty()) {
            // A literal word that does not match only means "not this form";
            // a bad value of the right form is the problem worth reporting.
            if (!literalMismatch || firstProblem.isEmpty())
                firstProblem = problem;
            continue;
        }
        DemoAction action;
        action.m_source = source;
        action.m_target = name.contains(u'.') ? name.section(u'.', 0, 0) : QString();
        action.m_verb = name.contains(u'.') ? name.section(u'.', 1) : name;
        action.m_form = form;
        action.m_args = tokens;
        action.m_hasText = wantsText;
        action.m_text = text;
        return action;
    }
    QStringList shown;
    for (const QString &form : verb->forms)
        shown.append(
            form.isEmpty() ? name : name + u' ' + QString(form).replace(u"LPORT"_s, u"PORT"_s));
    *error = tr("bad arguments for %1%2; it takes %3")
                 .arg(name, firstProblem.isEmpty() ? QString() : u" ("_s + firstProblem + u')',
                     shown.join(u" | "_s));
    return std::nullopt;
}

qint64 DemoAction::number(int index) const
{
    if (index < 0 || index >= m_args.size())
        return -1;
    return parseNumber(m_args.at(index), 0, 1073741824);
}

DemoAction DemoAction::withPort(quint16 from, quint16 to) const
{
    DemoAction copy = *this;
    const QStringList kinds = m_form.split(u' ', Qt::SkipEmptyParts);
    bool changed = false;
    for (int k = 0; k < copy.m_args.size() && k < kinds.size(); ++k) {
        const QString &kind = kinds.at(k);
        const bool portLike = kind == u"LPORT" || (kind == u"PORT" && m_target != u"explorer")
            || (kind == u"SERVICE" && m_target == u"client");
        if (portLike && copy.m_args.at(k) == QString::number(from)) {
            copy.m_args[k] = QString::number(to);
            changed = true;
        }
    }
    if (changed) {
        QStringList parts {name()};
        parts += copy.m_args;
        copy.m_source = parts.join(u' ');
        if (m_hasText)
            copy.m_source += u' ' + BytesFormat::escapedText(m_text);
    }
    return copy;
}

namespace {

QString pythonConstant(const QString &name)
{
    return name == u"0" ? name : u"socket."_s + name;
}

QString pythonAddress(const QStringList &args)
{
    if (args.size() == 1)
        return BytesFormat::pythonString(args.at(0));
    const QString port = args.at(1) == u"last" ? u"port"_s : args.at(1);
    const QString host = BytesFormat::pythonString(args.at(0));
    return args.at(0).contains(u':') ? u"(%1, %2, 0, 0)"_s.arg(host, port)
                                     : u"(%1, %2)"_s.arg(host, port);
}

QString pythonPayload(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    bool ascii = true;
    for (const char c : bytes)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii && !decoder.hasError())
        return BytesFormat::pythonString(text) + u".encode()"_s;
    return BytesFormat::pythonBytes(bytes);
}

} // namespace

QString DemoAction::python() const
{
    const bool server = m_target == u"server";
    // Data calls of the server go to the accepted connection; a datagram
    // server receives on its own socket.
    const QString data = server ? u"conn"_s : u"client"_s;
    const QString own = m_target;
    const QString size = m_args.value(0);
    if (m_verb == u"socket") {
        if (m_args.value(0) == u"*info[:3]")
            return u"client = socket.socket(*info[:3])"_s;
        if (m_args.isEmpty())
            return own + u" = socket.socket()"_s;
        return u"%1 = socket.socket(family=%2, type=%3, proto=%4)"_s.arg(own,
            pythonConstant(m_args.at(0)), pythonConstant(m_args.at(1)),
            pythonConstant(m_args.at(2)));
    }
    if (m_verb == u"setsockopt") {
        return u"%1.setsockopt(socket.%2, socket.%3, %4)"_s.arg(
            own, Constants::optionLevel(m_args.at(0)), m_args.at(0), m_args.at(1));
    }
    if (m_verb == u"bind")
        return u"server.bind(%1)"_s.arg(pythonAddress(m_args));
    if (m_verb == u"listen")
        return u"server.listen(%1)"_s.arg(size);
    if (m_verb == u"accept")
        return u"conn, addr = server.accept()"_s;
    if (m_verb == u"recv")
        return u"%1.recv(%2)"_s.arg(data, size);
    if (m_verb == u"recvfrom")
        return u"%1.recvfrom(%2)"_s.arg(own, size);
    if (m_verb == u"recvloop") {
        const QString rule = m_args.value(1, u"short"_s);
        QString until = tr("until a chunk is shorter than %1").arg(size);
        if (rule == u"eof")
            until = tr("until b''");
        else if (rule == u"length")
            until = tr("until the announced length is in");
        else if (rule == u"delimiter")
            until = tr("until %1 arrives").arg(BytesFormat::pythonBytes(m_text));
        return u"%1.recv(%2)  # "_s.arg(data, size) + tr("again %1").arg(until);
    }
    if (m_verb == u"echo")
        return u"conn.sendall(conn.recv(%1))  # "_s.arg(size)
            + tr("again until b'', then conn.close()");
    if (m_verb == u"send" || m_verb == u"sendall")
        return u"%1.%2(%3)"_s.arg(data, m_verb, pythonPayload(m_text));
    if (m_verb == u"sendmore")
        return u"client.send(%1, socket.MSG_MORE)"_s.arg(pythonPayload(m_text));
    if (m_verb == u"sendfill")
        return u"client.sendall(b'x' * %1)"_s.arg(size);
    if (m_verb == u"sendto")
        return u"client.sendto(%1, server.getsockname())"_s.arg(pythonPayload(m_text));
    if (m_verb == u"shutdown")
        return u"%1.shutdown(socket.%2)"_s.arg(data, m_args.at(0));
    if (m_verb == u"close")
        return (m_args.value(0) == u"conn" ? u"conn"_s : own) + u".close()"_s;
    if (m_verb == u"getaddrinfo") {
        const QString service = BytesFormat::pythonPort(m_args.at(1));
        const QString call
            = u"socket.getaddrinfo(%1, %2)"_s.arg(BytesFormat::pythonString(m_args.at(0)), service);
        return m_target == u"client" ? QString(u"infos = "_s + call) : call;
    }
    if (m_verb == u"connect" && m_target == u"client") {
        if (m_args.isEmpty())
            return u"client.connect(server.getsockname())"_s;
        if (m_args.at(0) == u"info[-1]")
            return u"client.connect(info[-1])"_s;
        return u"client.connect(%1)"_s.arg(pythonAddress(m_args));
    }
    if (m_target == u"crowd" && m_verb == u"close")
        return u"# "_s + tr("the extra clients close");
    if (m_target == u"crowd")
        return u"# "_s
            + tr("%1 more clients connect, each giving up after %2 ms")
                  .arg(size, m_args.value(1, u"1000"_s));
    if (m_verb == u"constants")
        return u"get_constants(%1)"_s.arg(BytesFormat::pythonString(size));
    if (m_verb == u"playground") {
        if (m_args.isEmpty())
            return u"foo = socket.socket()"_s;
        return u"socket.socket(family=%1, type=%2, proto=%3)"_s.arg(pythonConstant(m_args.at(0)),
            pythonConstant(m_args.at(1)), pythonConstant(m_args.at(2)));
    }
    if (m_verb == u"throughput" || m_verb == u"recvcpu")
        return u"# "_s
            + tr("measure: %1 bytes over %2, read with recv(%3)")
                  .arg(m_args.at(2), m_args.at(0), m_args.at(1));
    if (m_verb == u"reset")
        return u"# "_s + tr("fresh panels: every socket closed");
    if (m_verb == u"address")
        return u"# "_s + tr("address explorer: %1").arg(QString::fromUtf8(m_text));
    if (m_verb == u"port")
        return u"# "_s + tr("port explorer: %1").arg(size);
    return u"# "_s + tr("open the %1 explorer").arg(size);
}

SocketError DemoAction::configure(ReceiveLoop *loop) const
{
    if (const SocketError error = loop->setBufferLength(int(number(0))))
        return error;
    const QString rule = m_args.value(1, u"short"_s);
    if (rule == u"eof") {
        loop->setStopRule(ReceiveLoop::StopRule::Eof);
    } else if (rule == u"length") {
        loop->setStopRule(ReceiveLoop::StopRule::LengthPrefix);
    } else if (rule == u"delimiter") {
        loop->setStopRule(ReceiveLoop::StopRule::Delimiter);
        return loop->setDelimiter(m_text);
    } else {
        loop->setStopRule(ReceiveLoop::StopRule::ShortChunk);
    }
    return {};
}
