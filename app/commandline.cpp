#include "app/commandline.h"

#include "core/record/eventlog.h"
#include "ui/window/language.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

CommandLine::CommandLine()
    : m_role {u"role"_s, tr("The side this machine plays: server, client or both."),
        tr("role", "--help value name"), u"both"_s}
    , m_host {u"host"_s, tr("Address the call buttons start with."),
          tr("host", "--help value name"), u"127.0.0.1"_s}
    , m_port {u"port"_s, tr("Port the call buttons start with (0-65535)."),
          tr("port", "--help value name"), u"5000"_s}
    , m_events {u"events"_s,
          tr("Write every call event to FILE, one JSON object a line (a run of recv calls is one "
             "line with its chunk sizes), until FILE holds --events-limit MB; a last line then "
             "says what was left out."),
          tr("file", "--help value name")}
    , m_eventsLimit {u"events-limit"_s,
          tr("Most MB (millions of bytes) --events writes, default %1; 0 for no limit.")
              .arg(EventLog::DefaultLimitMb),
          tr("mb", "--help value name"), QString::number(EventLog::DefaultLimitMb)}
    , m_lessonDir {u"lesson"_s, tr("Use the lesson in folder DIR (index.json and Markdown files)."),
          tr("dir", "--help value name")}
    , m_stage {u"stage"_s, tr("Start at the stage with this id."), tr("id", "--help value name")}
    , m_autoplay {u"autoplay"_s,
          tr("Play the lesson: every stage's demo, one stage after the other.")}
    , m_pace {u"pace"_s, tr("Seconds to stay on each stage in --autoplay (default 4)."),
          tr("seconds", "--help value name"), u"4"_s}
    , m_quitWhenDone {u"quit-when-done"_s,
          tr("With --autoplay: quit at the end; exit status 0 only if every stage did what it "
             "expects.")}
    , m_present {u"present"_s, tr("Start in presentation mode (F5).")}
    , m_demo {u"demo"_s,
          tr("Run the start stage's demo at once (with --stage and --present: a prepared "
             "screen).")}
    , m_focusTexts {u"focus-texts"_s,
          tr("Once the start stage is in place (and, with --demo, its demo ran), write what "
             "presentation mode shows of each of the stage's focus to FILE as JSON: "
             "{\"stage\": id, \"focus\": [{\"name\": ..., \"text\": ...}]}."),
          tr("file", "--help value name")}
    , m_lang {u"lang"_s,
          tr("User interface language for this run: en or de (default: "
             "the one chosen in View > Language, else the system's)."),
          tr("code", "--help value name")}
    , m_network {u"network"_s,
          tr("Where the sockets live: lab (default), a private network of SocketLab's own whose "
             "segments the wire lane shows, or host, this machine's network, for outside peers "
             "and a classroom."),
          tr("network", "--help value name"), u"lab"_s}
    , m_pcap {u"pcap"_s,
          tr("When SocketLab quits, write the segments captured to FILE as pcap (Wireshark and "
             "tshark read it)."),
          tr("file", "--help value name")}
{
    m_parser.setApplicationDescription(
        tr("Teaches TCP/IP and BSD sockets by making the real calls."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(
        {m_role, m_host, m_port, m_events, m_eventsLimit, m_lessonDir, m_stage, m_autoplay, m_pace,
            m_quitWhenDone, m_present, m_demo, m_focusTexts, m_lang, m_network, m_pcap});
}

QString CommandLine::languageIn(const QStringList &arguments)
{
    QString code;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < arguments.size())
            code = arguments.at(++i);
        else if (argument.startsWith(u"--lang="_s))
            code = argument.mid(7);
        else if (argument.startsWith(u"-lang="_s))
            code = argument.mid(6);
    }
    return code;
}

bool CommandLine::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(u"help"_s) || m_parser.isSet(u"help-all"_s);
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(u"version"_s);
}

QString CommandLine::problem() const
{
    if (m_parser.isSet(m_lang) && !Language::codes().contains(m_parser.value(m_lang)))
        return tr("--lang must be en (English) or de (Deutsch), not \"%1\".")
            .arg(m_parser.value(m_lang));
    const QString roleValue = m_parser.value(m_role);
    if (roleValue != u"server" && roleValue != u"client" && roleValue != u"both")
        return tr("--role must be server, client or both, not \"%1\".").arg(roleValue);
    const QString hostValue = m_parser.value(m_host);
    if (hostValue.isEmpty())
        return tr("--host is empty: give an address such as 127.0.0.1 or ::1, or a name such as "
                  "localhost.");
    if (std::any_of(hostValue.cbegin(), hostValue.cend(),
            [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; }))
        return tr(
            "--host \"%1\" contains a space or a control character; names and addresses have none.")
            .arg(hostValue);
    if (roleValue == u"server" && QHostAddress(hostValue).isNull())
        return tr("--role server binds to --host, which must then be an address such as 127.0.0.1, "
                  "0.0.0.0 or ::1, not \"%1\".")
            .arg(hostValue);
    bool portOk = false;
    const uint portValue = m_parser.value(m_port).toUInt(&portOk);
    if (!portOk || portValue > 65535)
        return tr("--port must be a number from 0 to 65535, not \"%1\".")
            .arg(m_parser.value(m_port));
    bool limitOk = false;
    const qint64 limitValue = m_parser.value(m_eventsLimit).toLongLong(&limitOk);
    if (!limitOk || limitValue < 0 || limitValue > 1000000)
        return tr("--events-limit must be a number of MB from 0 (no limit) to 1000000, not \"%1\".")
            .arg(m_parser.value(m_eventsLimit));
    bool paceOk = false;
    const double paceSeconds = m_parser.value(m_pace).toDouble(&paceOk);
    if (!paceOk || !qIsFinite(paceSeconds) || paceSeconds < 0 || paceSeconds > 3600)
        return tr("--pace must be a number of seconds from 0 to 3600, not \"%1\".")
            .arg(m_parser.value(m_pace));
    const QString networkValue = m_parser.value(m_network);
    if (networkValue != u"lab" && networkValue != u"host")
        return tr("--network must be lab or host, not \"%1\".").arg(networkValue);
    if (m_parser.isSet(m_pcap) && m_parser.value(m_pcap).isEmpty())
        return tr("--pcap needs a file name, such as capture.pcap.");
    if (m_parser.isSet(m_quitWhenDone) && !m_parser.isSet(m_autoplay))
        return tr("--quit-when-done needs --autoplay.");
    if (m_parser.isSet(m_demo) && m_parser.isSet(m_autoplay))
        return tr("--demo and --autoplay do not go together: --autoplay runs every demo already.");
    if (m_parser.isSet(m_focusTexts) && m_parser.value(m_focusTexts).isEmpty())
        return tr("--focus-texts needs a file name.");
    if (m_parser.isSet(m_focusTexts) && m_parser.isSet(m_autoplay))
        return tr("--focus-texts and --autoplay do not go together: --focus-texts writes the "
                  "start stage's texts once.");
    if (!m_parser.positionalArguments().isEmpty())
        return tr("SocketLab takes options only, not \"%1\". See --help for the list.")
            .arg(m_parser.positionalArguments().join(u' '));
    return {};
}
