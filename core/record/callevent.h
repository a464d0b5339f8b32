#pragma once

#include "core/net/endpoint.h"
#include "core/net/socketerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

// One system call as the transcript records it: who made it, with what,
// and what the kernel answered. LiveSocket and Resolver emit these; the
// transcript renders them as IPython lines, C calls and JSON Lines.
//
// Field use per call (anything not listed stays at its default):
//   socket      family, type, proto; returned = new fd
//   bind        address
//   listen      number = backlog
//   accept      Waiting: nothing; Done: returned = new fd, address = peer,
//               peerObject = the new socket's object name ("conn")
//   connect     address; Waiting while EINPROGRESS
//   send        data = bytes offered; returned = bytes the kernel took
//   sendall     data = all bytes; returned = bytes sent (before an error too)
//   sendto      data, address; returned
//   recv        number = bytes asked; data = bytes returned (empty = EOF);
//               a run (LiveSocket::recvRun): chunkSizes holds what each of
//               its calls returned (every one > 0, each asked `number`),
//               data their bytes back to back, sequence the first call's
//               number (the run takes callCount() of them)
//   recvfrom    number, data, address = source, truncated = bytes lost
//   shutdown    number = SHUT_RD/SHUT_WR/SHUT_RDWR
//   close       -
//   setsockopt  text = option name ("SO_REUSEADDR"), number = value
//   getaddrinfo text = host, service = port or service name, family/type/proto
//               = hints; result = the Python list of 5-tuples
// `result` may hold a ready Python repr of the return value when the
// renderer cannot build it from the fields (getaddrinfo's list).
struct CallEvent
{
    enum class Phase {
        Done, // the call returned (successfully or with error)
        Waiting, // the call would block; the app waits for the kernel
        Cancelled, // a waiting call the user cancelled
    };

    qint64 sequence = 0; // 1, 2, 3... across the whole app
    QDateTime time; // wall clock when the phase happened (UTC from LiveSocket)
    QString side; // "server" or "client"
    QString object; // Python variable: "server", "conn", "client"
    QString call; // "socket", "bind", "accept", ...
    Phase phase = Phase::Done;
    int fd = -1;

    int family = 0;
    int type = 0;
    int proto = 0;
    Endpoint address;
    qint64 number = 0;
    QByteArray data;
    QString text;
    QString service;

    qint64 returned = 0;
    qint64 truncated = 0;
    QString peerObject;
    QString result;
    SocketError error;
    // recv runs only: bytes returned by each call of the run, in order.
    // Empty for an event that stands for one call.
    QList<qint32> chunkSizes;

    // A run of recv calls reported together (see chunkSizes).
    bool isRun() const { return !chunkSizes.isEmpty(); }
    // System calls this event stands for: chunkSizes.size() for a run, else 1.
    qsizetype callCount() const { return isRun() ? chunkSizes.size() : 1; }
    // Calls `f` with each call of this event as an event of its own, from
    // call `first` (0-based) on: a run's calls get their own sequence number,
    // data and `returned`; any other event is passed as it is (first == 0).
    void forEachCall(qsizetype first, const std::function<void(const CallEvent &)> &f) const;

    // The next sequence number (thread-safe, starts at 1); `count` > 1
    // reserves that many numbers and returns the first.
    static qint64 nextSequence(qint64 count = 1);
};

Q_DECLARE_METATYPE(CallEvent)
