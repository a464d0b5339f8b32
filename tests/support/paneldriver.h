#pragma once

// Drives SocketLab's panels in widget tests the way a person does: by
// clicking the real buttons. Each step returns "" or what went wrong, so a
// test can QVERIFY2(step.isEmpty(), qPrintable(step)).

#include "core/net/livesocket.h"
#include "ui/lanes/connectionview.h"
#include "ui/lanes/errorview.h"
#include "ui/lanes/sendbox.h"
#include "ui/lanes/socketpanel.h"

#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

namespace PanelDriver {

using namespace Qt::StringLiterals;

// Clicks the button of `call` on `panel` (see SocketPanel::button).
inline QString click(SocketPanel *panel, const QString &call)
{
    QPushButton *b = panel->button(call);
    if (!b)
        return u"no button for "_s % call;
    if (!b->isEnabled())
        return u"button "_s % call % u" is disabled"_s;
    // Scroll it into view first, as a person would.
    for (QWidget *w = b->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w))
            area->ensureWidgetVisible(b);
    }
    QTest::mouseClick(b, Qt::LeftButton);
    return {};
}

// server = socket(); bind(127.0.0.1 or host, port 0); listen(backlog).
// Returns "" and sets *port to the kernel's choice.
inline QString listen(
    SocketPanel *server, quint16 *port, int backlog = 1, const QString &host = u"127.0.0.1"_s)
{
    server->setHost(host);
    server->setPort(u"0"_s);
    server->setBacklog(backlog);
    for (const QString &call : {u"socket"_s, u"bind"_s, u"listen"_s}) {
        const QString problem = click(server, call);
        if (!problem.isEmpty())
            return problem;
    }
    if (server->socket()->state() != LiveSocket::State::Listening)
        return u"server is not listening: "_s % server->value(u"error"_s);
    *port = server->socket()->laddr().port();
    return *port ? QString() : u"kernel gave port 0"_s;
}

// Client: getaddrinfo(host, port) → pick the first SOCK_STREAM row →
// socket() → connect(); waits until connected.
inline QString connect(SocketPanel *client, const QString &host, quint16 port)
{
    client->setHost(host);
    client->setPort(QString::number(port));
    QSignalSpy lookup(client, &SocketPanel::lookupFinished);
    QString problem = click(client, u"getaddrinfo"_s);
    if (!problem.isEmpty())
        return problem;
    if (!lookup.wait(10000))
        return u"getaddrinfo did not finish"_s;
    if (!lookup.first().first().toBool())
        return u"getaddrinfo failed: "_s % client->value(u"error"_s);
    for (const QString &call : {u"socket"_s, u"connect"_s}) {
        problem = click(client, call);
        if (!problem.isEmpty())
            return problem;
    }
    if (!QTest::qWaitFor(
            [client] { return client->socket()->state() == LiveSocket::State::Connected; }, 10000))
        return u"client did not connect: "_s % client->value(u"error"_s);
    return {};
}

// Types `text` into the current connection's send box and clicks `call`
// (sendall or send); waits until sendall reports the bytes sent.
inline QString send(SocketPanel *panel, const QString &text, bool escapes = false,
    const QString &call = u"sendall"_s)
{
    ConnectionView *view = panel->currentConnectionView();
    if (!view)
        return u"no connection"_s;
    view->sendBox()->setEscapesEnabled(escapes);
    view->sendBox()->setText(text);
    QSignalSpy sent(view->socket(), &LiveSocket::sent);
    const QString problem = click(panel, call);
    if (!problem.isEmpty())
        return problem;
    if (call == u"sendall" && sent.isEmpty() && !sent.wait(10000))
        return u"sendall did not finish: "_s % view->errorView()->text();
    return {};
}

// Clicks recv once with `bufsize` and waits for its result (data, EOF or
// an error). Appends the returned bytes to *chunks when given.
inline QString recvOnce(SocketPanel *panel, int bufsize, QList<QByteArray> *chunks = nullptr)
{
    ConnectionView *view = panel->currentConnectionView();
    if (!view)
        return u"no connection"_s;
    view->setBufferLength(bufsize);
    QSignalSpy received(view->socket(), &LiveSocket::received);
    QSignalSpy failed(view->socket(), &LiveSocket::failed);
    const QString problem = click(panel, u"recv"_s);
    if (!problem.isEmpty())
        return problem;
    auto done = [&] {
        return !received.isEmpty() || !failed.isEmpty()
            || !view->errorView()->errorName().isEmpty();
    };
    if (!done() && !QTest::qWaitFor(done, 10000)) {
        return u"recv did not return"_s;
    }
    if (chunks && !received.isEmpty())
        chunks->append(received.first().first().toByteArray());
    return {};
}

} // namespace PanelDriver
