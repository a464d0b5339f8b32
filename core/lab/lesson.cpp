#include "core/lab/lesson.h"

#include "core/lab/jsonlocator.h"
#include "core/platform/constants.h"
#include "core/platform/interfacelist.h"
#include "core/platform/ports.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{\\{([^{}\\n]*)\\}\\}"_s);
    return pattern;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// Validates index.json and the stage files, filling a Lesson. Each check
// that fails records the first error and makes load() give up.
class Loader
{
public:
    Loader(const QString &directory, LessonError *error)
        : m_directory(directory)
        , m_indexPath(directory + u"/index.json"_s)
        , m_error(error)
    { }

    bool load(QString *title, quint16 *port, QList<Stage> *stages);

private:
    bool fail(const QString &path, const QString &message);
    bool failInFile(const QString &file, int line, int column, const QString &message);
    bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &required,
        const QStringList &optional);
    bool readString(
        const QJsonObject &object, const QString &path, const QString &key, QString *out);
    bool readStringList(
        const QJsonObject &object, const QString &path, const QString &key, QStringList *out);
    // An array of distinct names from `allowed`; `noun` names one in the
    // message ("layer": unknown layer name "x").
    bool readNames(const QJsonObject &object, const QString &path, const QString &key,
        const QStringList &allowed, QStringList *out, const QString &noun = {});
    bool readNarration(const QString &path, Stage *stage);
    // Reads a regular file of at most `limit` bytes; else false and *problem.
    static bool readLimited(
        const QString &filePath, qint64 limit, QByteArray *bytes, QString *problem);
    static constexpr qint64 MaxIndexBytes = 256 * 1024;
    static constexpr qint64 MaxNarrationBytes = 16 * 1024;
    bool checkPlaceholders(const QString &text, const QString &file, int line, int column);

    QString m_directory;
    QString m_indexPath;
    LessonError *m_error;
    QByteArray m_raw;
    std::optional<JsonLocator> m_locator;
};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

bool Loader::fail(const QString &path, const QString &message)
{
    return failInFile(m_indexPath, m_locator->lineOf(path), m_locator->columnOf(path), message);
}

bool Loader::failInFile(const QString &file, int line, int column, const QString &message)
{
    m_error->file = file;
    m_error->line = line;
    m_error->column = column;
    m_error->message = message;
    return false;
}

bool Loader::checkKeys(const QJsonObject &object, const QString &path, const QStringList &required,
    const QStringList &optional)
{
    for (const QString &key : object.keys()) {
        if (!required.contains(key) && !optional.contains(key)) {
            QStringList all = required + optional;
            return fail(join(path, key),
                QCoreApplication::translate("Lesson", "unknown field %1 (fields: %2)")
                    .arg(quoted(key), all.join(u", "_s)));
        }
    }
    for (const QString &key : required) {
        if (!object.contains(key))
            return fail(
                path, QCoreApplication::translate("Lesson", "missing field %1").arg(quoted(key)));
    }
    return true;
}

bool Loader::readString(
    const QJsonObject &object, const QString &path, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail(join(path, key),
            QCoreApplication::translate("Lesson", "%1 must be a string").arg(quoted(key)));
    *out = value.toString();
    if (out->trimmed().isEmpty())
        return fail(join(path, key),
            QCoreApplication::translate("Lesson", "%1 must not be empty").arg(quoted(key)));
    return true;
}

bool Loader::readStringList(
    const QJsonObject &object, const QString &path, const QString &key, QStringList *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return fail(join(path, key),
            QCoreApplication::translate("Lesson", "%1 must be an array of strings")
                .arg(quoted(key)));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = join(path, key) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isString())
            return fail(at,
                QCoreApplication::translate("Lesson", "%1 must hold only strings")
                    .arg(quoted(key)));
        out->append(array.at(i).toString());
    }
    return true;
}

bool Loader::readNames(const QJsonObject &object, const QString &path, const QString &key,
    const QStringList &allowed, QStringList *out, const QString &noun)
{
    if (!readStringList(object, path, key, out))
        return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < out->size(); ++i) {
        const QString at = join(path, key) + u'[' + QString::number(i) + u']';
        const QString &name = out->at(i);
        if (!allowed.contains(name))
            return fail(at,
                QCoreApplication::translate("Lesson", "unknown %1 name %2 (known: %3)")
                    .arg(noun.isEmpty() ? key.chopped(1) : noun, quoted(name),
                        allowed.join(u", "_s)));
        if (seen.contains(name))
            return fail(at,
                QCoreApplication::translate("Lesson", "%1 is listed twice in %2")
                    .arg(quoted(name), quoted(key)));
        seen.insert(name);
    }
    return true;
}

bool Loader::checkPlaceholders(const QString &text, const QString &file, int line, int column)
{
    const QStringList known = Lesson::placeholderNames();
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!known.contains(match.captured(1))) {
            return failInFile(file, line, column + int(match.capturedStart()),
                QCoreApplication::translate("Lesson", "unknown placeholder %1 (known: %2)")
                    .arg(match.captured(0), known.join(u", "_s)));
        }
    }
    return true;
}

bool Loader::readLimited(const QString &filePath, qint64 limit, QByteArray *bytes, QString *problem)
{
    // A regular file of bounded size: not a FIFO that never ends, not a
    // link to /dev/zero, not megabytes for one stage.
    const QFileInfo info(filePath);
    if (info.exists() && !info.isFile()) {
        *problem = QCoreApplication::translate("Lesson", "it is not a regular file");
        return false;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    *bytes = file.read(limit + 1);
    if (bytes->size() > limit) {
        *problem = QCoreApplication::translate(
            "Lesson", "it is larger than %1 KiB, more than a lesson file may be")
                       .arg(limit / 1024);
        return false;
    }
    return true;
}

bool Loader::readNarration(const QString &path, Stage *stage)
{
    static const QRegularExpression fileName(u"^[A-Za-z0-9][A-Za-z0-9._-]*\\.md$"_s);
    if (!fileName.match(stage->file).hasMatch() || stage->file.contains(u".."_s))
        return fail(join(path, u"file"_s),
            QCoreApplication::translate(
                "Lesson", "file %1 must be the name of a .md file in the lesson folder")
                .arg(quoted(stage->file)));
    const QString filePath = m_directory + u'/' + stage->file;
    QByteArray raw;
    QString problem;
    if (!readLimited(filePath, MaxNarrationBytes, &raw, &problem))
        return fail(join(path, u"file"_s),
            QCoreApplication::translate("Lesson", "stage %1: cannot read %2: %3")
                .arg(quoted(stage->id), filePath, problem));
    const QList<QByteArray> lines = raw.split('\n');
    QStringList text;
    int fenceLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i) + 1;
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder.decode(lines.at(i));
        if (decoder.hasError())
            return failInFile(filePath, number, 0,
                QCoreApplication::translate("Lesson", "this line is not valid UTF-8"));
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"```"_s))
            fenceLine = fenceLine ? 0 : number;
        if (line.contains(u"!["_s) || line.contains(u"<img"_s, Qt::CaseInsensitive))
            return failInFile(filePath, number, 0,
                QCoreApplication::translate("Lesson",
                    "images are not allowed in narration (nothing is loaded "
                    "from outside the lesson text)"));
        if (!checkPlaceholders(line, filePath, number, 1))
            return false;
        text.append(line);
    }
    if (fenceLine)
        return failInFile(filePath, fenceLine, 0,
            QCoreApplication::translate(
                "Lesson", "the code block opened here is never closed with ```"));
    stage->narration = text.join(u'\n');
    if (stage->narration.trimmed().isEmpty())
        return failInFile(
            filePath, 1, 0, QCoreApplication::translate("Lesson", "the narration is empty"));
    return true;
}

bool Loader::load(QString *title, quint16 *port, QList<Stage> *stages)
{
    QString problem;
    if (!readLimited(m_indexPath, MaxIndexBytes, &m_raw, &problem))
        return failInFile(m_indexPath, 0, 0,
            QCoreApplication::translate("Lesson", "cannot read the lesson index: %1").arg(problem));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        JsonLocator::position(m_raw, parseError.offset, &line, &column);
        return failInFile(m_indexPath, line, column,
            QCoreApplication::translate("Lesson", "JSON syntax error: %1")
                .arg(parseError.errorString()));
    }
    m_locator.emplace(m_raw);
    if (!m_locator->duplicateKeyPath().isEmpty()) {
        int line = 1;
        int column = 1;
        JsonLocator::position(m_raw, m_locator->duplicateKeyOffset(), &line, &column);
        return failInFile(m_indexPath, line, column,
            QCoreApplication::translate("Lesson", "field %1 appears twice in the same object")
                .arg(quoted(m_locator->duplicateKeyPath().section(u'.', -1))));
    }
    if (!document.isObject())
        return fail(
            QString(), QCoreApplication::translate("Lesson", "the index must be a JSON object"));
    const QJsonObject root = document.object();
    if (!checkKeys(root, QString(), {u"format"_s, u"title"_s, u"port"_s, u"stages"_s}, {}))
        return false;
    if (root.value(u"format"_s) != QJsonValue(1))
        return fail(u"format"_s,
            QCoreApplication::translate("Lesson", "\"format\" must be 1 (the only format so far)"));
    if (!readString(root, QString(), u"title"_s, title))
        return false;
    const QJsonValue portValue = root.value(u"port"_s);
    const double portNumber = portValue.toDouble(-1);
    if (!portValue.isDouble() || portNumber != double(qint64(portNumber)) || portNumber < 1
        || portNumber > 65535)
        return fail(u"port"_s,
            QCoreApplication::translate(
                "Lesson", "\"port\" must be a whole number from 1 to 65535"));
    *port = quint16(portNumber);
    const QJsonValue stagesValue = root.value(u"stages"_s);
    if (!stagesValue.isArray() || stagesValue.toArray().isEmpty())
        return fail(u"stages"_s,
            QCoreApplication::translate(
                "Lesson", "\"stages\" must be a non-empty array of stage objects"));

    const QJsonArray array = stagesValue.toArray();
    QHash<QString, int> idLines;
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"stages["_s + QString::number(i) + u']';
        if (!array.at(i).isObject())
            return fail(
                path, QCoreApplication::translate("Lesson", "each stage must be a JSON object"));
        const QJsonObject object = array.at(i).toObject();
        if (!checkKeys(object, path,
                {u"id"_s, u"title"_s, u"file"_s, u"part"_s, u"layers"_s, u"panels"_s,
                    u"explorers"_s, u"actions"_s, u"expect"_s},
                {u"continues"_s, u"focus"_s, u"keep"_s}))
            return false;
        Stage stage;
        stage.line = m_locator->lineOf(path);
        if (!readString(object, path, u"id"_s, &stage.id))
            return false;
        if (!idPattern.match(stage.id).hasMatch())
            return fail(join(path, u"id"_s),
                QCoreApplication::translate(
                    "Lesson", "id %1 may hold only lowercase letters, digits and -")
                    .arg(quoted(stage.id)));
        if (idLines.contains(stage.id))
            return fail(join(path, u"id"_s),
                QCoreApplication::translate(
                    "Lesson", "id %1 is already used by the stage on line %2")
                    .arg(quoted(stage.id))
                    .arg(idLines.value(stage.id)));
        if (!readString(object, path, u"title"_s, &stage.title)
            || !readString(object, path, u"file"_s, &stage.file)
            || !readString(object, path, u"part"_s, &stage.part)
            || !readString(object, path, u"panels"_s, &stage.panels))
            return false;
        const QString where
            = QCoreApplication::translate("Lesson", "stage %1: ").arg(quoted(stage.id));
        if (stage.part != u"lesson" && stage.part != u"further")
            return fail(join(path, u"part"_s),
                where
                    + QCoreApplication::translate(
                        "Lesson", "part %1 must be \"lesson\" or \"further\"")
                          .arg(quoted(stage.part)));
        if (!Lesson::panelNames().contains(stage.panels))
            return fail(join(path, u"panels"_s),
                where
                    + QCoreApplication::translate("Lesson", "unknown panels %1 (known: %2)")
                          .arg(quoted(stage.panels), Lesson::panelNames().join(u", "_s)));
        if (object.contains(u"continues"_s)) {
            if (!readString(object, path, u"continues"_s, &stage.continues))
                return false;
            if (!idLines.contains(stage.continues))
                return fail(join(path, u"continues"_s),
                    where
                        + QCoreApplication::translate(
                            "Lesson", "continues %1, which is not an earlier stage")
                              .arg(quoted(stage.continues)));
        }
        if (!readNames(object, path, u"layers"_s, Lesson::layerNames(), &stage.layers)
            || !readNames(object, path, u"explorers"_s, Lesson::explorerNames(), &stage.explorers))
            return false;
        if (object.contains(u"focus"_s)) {
            if (!readNames(
                    object, path, u"focus"_s, Lesson::focusNames(), &stage.focus, u"focus"_s))
                return false;
            if (stage.focus.contains(u"explorer"_s) && stage.explorers.isEmpty())
                return fail(join(path, u"focus"_s),
                    where
                        + QCoreApplication::translate(
                            "Lesson", "focus names \"explorer\", but \"explorers\" opens none"));
        }
        if (object.contains(u"keep"_s)) {
            static const QRegularExpression keepPattern(u"^[a-z][a-z0-9]*\\.[a-z_]+$"_s);
            if (!readString(object, path, u"keep"_s, &stage.keep))
                return false;
            if (!keepPattern.match(stage.keep).hasMatch())
                return fail(join(path, u"keep"_s),
                    QCoreApplication::translate(
                        "Lesson", "keep names a call as socket.call (server.bind), not %1")
                        .arg(quoted(stage.keep)));
        }

        QStringList actions;
        if (!readStringList(object, path, u"actions"_s, &actions))
            return false;
        for (qsizetype k = 0; k < actions.size(); ++k) {
            QString problem;
            const std::optional<DemoAction> action = DemoAction::parse(actions.at(k), &problem);
            if (!action)
                return fail(path + u".actions["_s + QString::number(k) + u']', where + problem);
            stage.actions.append(*action);
        }
        QStringList checks;
        if (!readStringList(object, path, u"expect"_s, &checks))
            return false;
        for (qsizetype k = 0; k < checks.size(); ++k) {
            const QString at = path + u".expect["_s + QString::number(k) + u']';
            QString problem;
            const std::optional<Expectation> check = Expectation::parse(checks.at(k), &problem);
            if (!check)
                return fail(at, where + problem);
            const QString step = Expectation::step(check->subject());
            if (!step.isEmpty()
                && std::none_of(stage.actions.cbegin(), stage.actions.cend(),
                    [&step](const DemoAction &action) { return action.name() == step; }))
                return fail(at,
                    where
                        + QCoreApplication::translate("Lesson",
                            "%1 names the step %2, which is not one of this stage's actions")
                              .arg(check->subject(), step));
            if (!checkPlaceholders(checks.at(k), m_indexPath, m_locator->lineOf(at),
                    m_locator->columnOf(at) + 1)) {
                m_error->message.prepend(where);
                return false;
            }
            stage.expectations.append(*check);
        }
        if (!readNarration(path, &stage))
            return false;
        idLines.insert(stage.id, stage.line);
        stages->append(stage);
    }
    return true;
}

} // namespace

QString LessonError::toString() const
{
    QString place = file;
    if (line > 0) {
        place += u':' + QString::number(line);
        if (column > 0)
            place += u':' + QString::number(column);
    }
    return place + u": "_s + message;
}

QString Lesson::builtInDirectory()
{
    return u":/lesson"_s;
}

Lesson Lesson::load(const QString &directory, LessonError *error)
{
    LessonError local;
    LessonError *sink = error ? error : &local;
    *sink = LessonError();
    QString dir = directory;
    while (dir.size() > 2 && dir.endsWith(u'/'))
        dir.chop(1);
    Lesson lesson;
    Loader loader(dir, sink);
    QList<Stage> stages;
    if (!loader.load(&lesson.m_title, &lesson.m_port, &stages))
        return Lesson();
    lesson.m_directory = dir;
    lesson.m_stages = stages;
    return lesson;
}

Lesson Lesson::loadWithFallback(const QString &directory, LessonError *error)
{
    LessonError local;
    LessonError *sink = error ? error : &local;
    *sink = LessonError();
    if (!directory.isEmpty()) {
        Lesson lesson = load(directory, sink);
        if (!lesson.isEmpty())
            return lesson;
    }
    LessonError builtInError;
    Lesson lesson = load(builtInDirectory(), &builtInError);
    if (builtInError.isError() && !sink->isError())
        *sink = builtInError;
    return lesson;
}

qsizetype Lesson::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).id == id)
            return i;
    }
    return -1;
}

QList<DemoAction> Lesson::startActions(qsizetype index) const
{
    QList<DemoAction> actions;
    if (index < 0 || index >= m_stages.size())
        return actions;
    // The loader guarantees `continues` names an earlier stage: no cycles.
    const qsizetype previous = indexOf(m_stages.at(index).continues);
    if (previous < 0)
        return actions;
    actions = startActions(previous);
    actions += m_stages.at(previous).actions;
    return actions;
}

QStringList Lesson::layerNames()
{
    return {u"application"_s, u"transport"_s, u"internet"_s, u"link"_s};
}

QStringList Lesson::panelNames()
{
    return {u"server"_s, u"client"_s, u"both"_s, u"none"_s};
}

QStringList Lesson::explorerNames()
{
    return {u"address"_s, u"ports"_s, u"constants"_s, u"getaddrinfo"_s, u"playground"_s};
}

QStringList Lesson::focusOf(const Stage &stage)
{
    if (!stage.focus.isEmpty())
        return stage.focus;
    if (stage.panels != u"none")
        return {u"timeline"_s};
    if (!stage.explorers.isEmpty())
        return {u"diagram"_s, u"explorer"_s};
    return {u"diagram"_s};
}

QStringList Lesson::focusNames()
{
    return {u"server.state"_s, u"client.state"_s, u"conn.state"_s, u"server.laddr"_s,
        u"conn.raddr"_s, u"client.laddr"_s, u"client.raddr"_s, u"timeline"_s, u"chunks"_s,
        u"datagrams"_s, u"queue"_s, u"buffers"_s, u"chart"_s, u"diagram"_s, u"explorer"_s,
        u"interfaces"_s, u"narration"_s};
}

QStringList Lesson::placeholderNames()
{
    return {u"port"_s, u"ephemeral_range"_s, u"unprivileged_port_start"_s, u"platform"_s,
        u"af_inet"_s, u"af_inet6"_s, u"af_unix"_s, u"sock_stream"_s, u"sock_dgram"_s,
        u"ipproto_tcp"_s, u"ipproto_udp"_s, u"interfaces"_s, u"loopback_mtu"_s};
}

QHash<QString, QString> Lesson::systemValues(quint16 port)
{
    QHash<QString, QString> values;
    values.insert(u"port"_s, QString::number(port));

    const Ports::Span range = Ports::ephemeralRange();
    values.insert(u"ephemeral_range"_s,
        range.fromKernel ? u"%1\u2013%2"_s.arg(range.first).arg(range.last)
                         : tr("%1–%2 (a default; this system's own range could not be read)")
                               .arg(range.first)
                               .arg(range.last));
    values.insert(
        u"unprivileged_port_start"_s, QString::number(Ports::unprivilegedPortStart().port));
    values.insert(u"platform"_s, Constants::platformName());

    values.insert(u"af_inet"_s, QString::number(AF_INET));
    values.insert(u"af_inet6"_s, QString::number(AF_INET6));
    values.insert(u"af_unix"_s, QString::number(AF_UNIX));
    values.insert(u"sock_stream"_s, QString::number(SOCK_STREAM));
    values.insert(u"sock_dgram"_s, QString::number(SOCK_DGRAM));
    values.insert(u"ipproto_tcp"_s, QString::number(IPPROTO_TCP));
    values.insert(u"ipproto_udp"_s, QString::number(IPPROTO_UDP));

    QStringList interfaces;
    QString loopbackMtu;
    for (const InterfaceList::Entry &interface : InterfaceList::up()) {
        const int mtu = interface.mtu;
        interfaces.append(mtu > 0 ? u"%1 (MTU %2)"_s.arg(interface.name).arg(mtu) : interface.name);
        if (interface.loopback && loopbackMtu.isEmpty())
            loopbackMtu = mtu > 0 ? QString::number(mtu) : tr("unknown");
    }
    values.insert(
        u"interfaces"_s, interfaces.isEmpty() ? tr("none found") : interfaces.join(u", "_s));
    values.insert(u"loopback_mtu"_s, loopbackMtu.isEmpty() ? tr("unknown") : loopbackMtu);
    return values;
}

QString Lesson::render(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const auto found = values.constFind(match.captured(1));
        out += found != values.constEnd() ? *found : match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
