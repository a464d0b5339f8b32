#pragma once

#include "callevent.h"
#include "endpoint.h"
#include "socketerror.h"

#include <QList>
#include <QObject>
#include <QString>

// getaddrinfo(3) run off the GUI thread (QThreadPool), its answer delivered
// on the thread that owns this object. One lookup at a time per object; a new
// start() supersedes the previous one (its answer is dropped).
//
// Emits `finished` with the rows in the system's order, or with the EAI_*
// error (SocketError::Kind::Gai), and a CallEvent (call "getaddrinfo",
// object "socket") for the transcript.
class AddrInfoLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddrInfoLookup)

public:
    // One 5-tuple (family, type, proto, canonname, sockaddr).
    struct Row
    {
        int family = 0;
        int type = 0;
        int proto = 0;
        QString canonname;
        Endpoint address;

        // e.g. "(<AddressFamily.AF_INET6: 10>, <SocketKind.SOCK_DGRAM: 2>, 17, '', ('::1', 8080, 0, 0))"
        QString toPython() const;
    };

    // side: "server" or "client", for the CallEvent.
    explicit AddrInfoLookup(const QString &side, QObject *parent = nullptr);

    // Starts getaddrinfo(host, service, hints{family, type, proto}). family
    // AF_UNSPEC and type/proto 0 mean "any". Empty host asks for the
    // loopback address, as getaddrinfo(NULL, ...) does.
    void start(const QString &host, const QString &service, int family = AF_UNSPEC, int type = 0,
               int proto = 0);
    bool isRunning() const { return m_running; }

    // The Python list repr of rows: "[(...), (...)]".
    static QString toPython(const QList<Row> &rows);
    // "AF_INET", "SOCK_STREAM"... for this platform's values, or the number.
    static QString familyName(int family);
    static QString typeName(int type);

signals:
    void finished(const QList<AddrInfoLookup::Row> &rows, const SocketError &error);
    void callRecorded(const CallEvent &event);

private:
    void deliver(quint64 generation, const QString &host, const QString &service, int family,
                 int type, int proto, const QList<Row> &rows, const SocketError &error);

    QString m_side;
    quint64 m_generation = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(AddrInfoLookup::Row)
