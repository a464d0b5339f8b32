#pragma once

#include "core/net/socketerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// One step of a stage's demo, parsed from the lesson's action strings:
//   "server.bind 127.0.0.1 5000"   target "server", verb "bind", args {"127.0.0.1", "5000"}
//   "client.sendall Hi\n"          target "client", verb "sendall", text "Hi" + LF
//   "server.recvloop 8 delimiter \n"  args {"8", "delimiter"}, text LF
//   "reset"                        target "", verb "reset"
// The vocabulary (verbs, argument forms and ranges) is documented in
// resources/lesson/README.md; parse() accepts exactly that and nothing else.
// A DemoAction only describes a step: the main window performs it on the
// real panels.
class ReceiveLoop;

class DemoAction
{
    Q_DECLARE_TR_FUNCTIONS(DemoAction)

public:
    // Parses one action string. On failure returns nullopt and sets *error to
    // a sentence saying what is wrong (unknown verb, bad argument, bad escape).
    static std::optional<DemoAction> parse(const QString &source, QString *error);

    // Every "target.verb" the vocabulary knows, plus "reset".
    static QStringList verbs();
    // The argument forms of one verb, e.g. {"HOST PORT", "PATH"}; empty when unknown.
    static QStringList forms(const QString &name);

    QString source() const { return m_source; } // the string as written
    QString target() const { return m_target; } // server, client, crowd, explorer, measure, ""
    QString verb() const { return m_verb; } // bind, sendall, reset, ...
    QString name() const; // "server.bind", "reset"
    QString form() const { return m_form; } // the matched form, e.g. "HOST PORT"
    QStringList args() const { return m_args; } // tokens before TEXT, as written
    QByteArray text() const { return m_text; } // the unescaped TEXT argument
    // Argument i as a number (only meaningful for numeric forms); -1 if not one.
    qint64 number(int index) const;

    // The step as the Python a student would type, one line, e.g.
    //   server.bind 127.0.0.1 5000   ->  server.bind(('127.0.0.1', 5000))
    //   client.sendall Grüezi        ->  client.sendall('Grüezi'.encode())
    //   server.recvloop 8 eof        ->  conn.recv(8)  # again until b''
    // Steps that are not Python calls (explorers, the crowd, measurements,
    // reset) give a Python comment saying what happens.
    QString python() const;

    // The same action with every PORT argument equal to `from` replaced by
    // `to` (the app's free port when the lesson port is taken).
    DemoAction withPort(quint16 from, quint16 to) const;

    // recvloop actions ("recvloop SIZE [short|eof|length|delimiter] [TEXT]"):
    // sets `loop`'s buffer length and stop rule (TEXT is the delimiter).
    // Returns the loop's refusal of a bad length or delimiter, if any.
    SocketError configure(ReceiveLoop *loop) const;

private:
    QString m_source;
    QString m_target;
    QString m_verb;
    QString m_form;
    QStringList m_args;
    QByteArray m_text;
    bool m_hasText = false;
};
