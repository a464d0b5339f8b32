#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// SocketLab's command line (QCommandLineParser): the options, defined once
// for the check made before the QApplication exists (mistakes must exit 2
// without a display too) and for the real parse after it.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    CommandLine();

    // --lang's value in `arguments` (argv, the program first) before any
    // parse: "--lang de", "--lang=de" or "-lang de"; the last one wins, as in
    // parse(). Empty when absent. The language must be installed before a
    // CommandLine is built, so that --help prints its descriptions in it.
    static QString languageIn(const QStringList &arguments);

    // Parses argv as given (arguments[0] is the program). False on an unknown
    // option or an option without its value; errorText() then says which.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_parser.errorText(); }
    bool helpRequested() const;
    bool versionRequested() const;
    // Print --help or --version and exit(0); need a QCoreApplication.
    [[noreturn]] void showHelp() { m_parser.showHelp(0); }
    [[noreturn]] void showVersion() { m_parser.showVersion(); }

    // What is wrong with the parsed values, in one sentence that says what to
    // type instead; empty when nothing is.
    QString problem() const;

    // The values, valid once problem() is empty.
    QString role() const { return m_parser.value(m_role); } // "server", "client" or "both"
    QString host() const { return m_parser.value(m_host); }
    quint16 port() const { return quint16(m_parser.value(m_port).toUInt()); }
    bool portGiven() const { return m_parser.isSet(m_port); }
    bool eventsGiven() const { return m_parser.isSet(m_events); }
    QString eventsFile() const { return m_parser.value(m_events); }
    // --events-limit in bytes (MB x 10^6); 0 means no limit.
    qint64 eventsLimitBytes() const { return m_parser.value(m_eventsLimit).toLongLong() * 1000000; }
    QString lessonDir() const { return m_parser.value(m_lessonDir); } // empty: the built-in lesson
    bool stageGiven() const { return m_parser.isSet(m_stage); }
    QString stage() const { return m_parser.value(m_stage); }
    bool autoplay() const { return m_parser.isSet(m_autoplay); }
    double paceSeconds() const { return m_parser.value(m_pace).toDouble(); } // 0 to 3600
    bool quitWhenDone() const { return m_parser.isSet(m_quitWhenDone); }
    bool present() const { return m_parser.isSet(m_present); }
    // --demo: the start stage's demo runs as soon as the stage is ready.
    bool demo() const { return m_parser.isSet(m_demo); }
    // --focus-texts FILE: where to write the start stage's focus texts.
    bool focusTextsGiven() const { return m_parser.isSet(m_focusTexts); }
    QString focusTextsFile() const { return m_parser.value(m_focusTexts); }
    // --network: "lab" (the default) or "host".
    QString network() const { return m_parser.value(m_network); }
    // --pcap FILE: the capture is written there at the end; empty when not given.
    QString pcapFile() const { return m_parser.value(m_pcap); }
    // --lang's code ("en", "de"); empty when not given.
    QString language() const { return m_parser.value(m_lang); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_role;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_events;
    QCommandLineOption m_eventsLimit;
    QCommandLineOption m_lessonDir;
    QCommandLineOption m_stage;
    QCommandLineOption m_autoplay;
    QCommandLineOption m_pace;
    QCommandLineOption m_quitWhenDone;
    QCommandLineOption m_present;
    QCommandLineOption m_demo;
    QCommandLineOption m_focusTexts;
    QCommandLineOption m_lang;
    QCommandLineOption m_network;
    QCommandLineOption m_pcap;
};
