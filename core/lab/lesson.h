#pragma once

#include "core/lab/demoaction.h"
#include "core/lab/expectation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Why a lesson folder was refused: the file, the place in it, the problem.
struct LessonError
{
    QString file; // path as opened, e.g. "/home/t/mylesson/index.json", ":/lesson/03-link.md"
    int line = 0; // 1-based; 0 when the problem is the file as a whole
    int column = 0; // 1-based, in characters; 0 when unknown
    QString message; // what is wrong, one sentence

    bool isError() const { return !message.isEmpty(); }
    // "file:line:column: message" (line and column left out when unknown).
    QString toString() const;
};

// One stage of a lesson, as index.json and its Markdown file describe it.
struct Stage
{
    QString id; // unique, [a-z0-9-]+; what --stage names
    QString title;
    QString file; // Markdown file name inside the lesson folder
    QString part; // "lesson" (the reference lesson) or "further"
    QString continues; // id of an earlier stage this one starts after, or empty
    QStringList layers; // subset of Lesson::layerNames()
    QString panels; // one of Lesson::panelNames()
    QStringList explorers; // subset of Lesson::explorerNames()
    // What presentation mode shows, in this order: distinct names of
    // Lesson::focusNames(); empty when index.json has no "focus".
    QStringList focus;
    // A call of the demo ("server.bind") whose first row the timeline keeps
    // in view while presenting; empty: the timeline shows its end.
    QString keep;
    QList<DemoAction> actions; // the demo, in order
    QList<Expectation> expectations; // checked once the demo ran
    QString narration; // Markdown with {{placeholders}} (see Lesson::render)
    int line = 0; // where the stage starts in index.json

    bool isFurther() const { return part == QLatin1StringView("further"); }
};

// A lesson: stages read from a folder holding index.json and one Markdown
// file per stage (the format is resources/lesson/README.md). The built-in
// lesson is the compiled-in resource folder ":/lesson". Loading validates
// everything (JSON syntax, fields and their types, names, actions,
// expectations, files, placeholders) and refuses the whole lesson at the
// first problem, with its file, line and column.
class Lesson
{
    Q_DECLARE_TR_FUNCTIONS(Lesson)

public:
    // The compiled-in lesson's folder.
    static QString builtInDirectory();

    // Loads the lesson in `directory` (a folder path or a ":/" resource
    // folder). On failure returns an empty lesson (isEmpty()) and fills *error.
    static Lesson load(const QString &directory, LessonError *error);
    // What --lesson DIR does: the lesson in `directory`, or, when that one is
    // refused, the built-in lesson, with *error saying why DIR was refused.
    // An empty directory means the built-in lesson.
    static Lesson loadWithFallback(const QString &directory, LessonError *error);

    bool isEmpty() const { return m_stages.isEmpty(); }
    QString directory() const { return m_directory; }
    QString title() const { return m_title; }
    // The lesson port of index.json (5000 for the built-in lesson).
    quint16 port() const { return m_port; }
    const QList<Stage> &stages() const { return m_stages; }
    qsizetype count() const { return m_stages.size(); }
    const Stage &stage(qsizetype index) const { return m_stages.at(index); }
    // Index of the stage with this id, -1 when none.
    qsizetype indexOf(const QString &id) const;

    // The actions that take fresh panels to the state stage `index` starts
    // from: the stages it continues, oldest first, their actions in order.
    // Empty for a stage that starts from fresh panels.
    QList<DemoAction> startActions(qsizetype index) const;

    // What presentation mode shows for `stage`: its focus, or without one
    // the timeline for a stage with panels, else the diagram and its first
    // explorer if it opens one.
    static QStringList focusOf(const Stage &stage);

    // Names the index may use.
    static QStringList layerNames(); // application, transport, internet, link
    static QStringList panelNames(); // server, client, both, none
    static QStringList explorerNames(); // address, ports, constants, getaddrinfo, playground
    // server.state, client.state, conn.state, server.laddr, conn.raddr,
    // client.laddr, client.raddr, timeline, chunks, datagrams, queue, chart,
    // diagram, explorer.
    static QStringList focusNames();
    static QStringList placeholderNames();

    // This machine's values for every placeholder, `port` being the lesson
    // port in use. Sources: Ports::ephemeralRange() and
    // Ports::unprivilegedPortStart() (this kernel's /proc values, with their
    // fallbacks), Constants::platformName(), <sys/socket.h> and <netinet/in.h>
    // constants, QNetworkInterface for interfaces and MTUs.
    static QHash<QString, QString> systemValues(quint16 port);

    // Replaces each {{name}} in text by values[name]; names missing from
    // values are left as they are.
    static QString render(const QString &text, const QHash<QString, QString> &values);

private:
    QString m_directory;
    QString m_title;
    quint16 m_port = 0;
    QList<Stage> m_stages;
};
