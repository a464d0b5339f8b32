#pragma once

#include "core/net/endpoint.h"
#include "core/net/socketerror.h"
#include "core/record/callevent.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class CallFields;
class Lab;
class LiveSocket;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

// The calls themselves, as buttons under the timeline's lanes: one group
// each for `server` (its listener or datagram socket), `conn` (a connection
// the server accepted; a chooser picks which when there are several) and
// `client`. Each button is labelled with the call as Python writes it,
// arguments and all (`bind(('127.0.0.1', 5000))`, `recv(8)`,
// `sendto(b'Hi', ('127.0.0.1', 5000))`), from the fields in the drawer
// (CallFields) under the groups, which opens and closes with its own button.
//
// Every group is a fixed grid that holds every call its socket can make,
// TCP's and UDP's: a call that makes no sense now is disabled where it is,
// its tooltip saying why and what to do first; nothing is ever hidden,
// added or moved by a click, and a button's size does not depend on its
// label: it is as wide as the longest label the lesson gives it (a 5-digit
// port, SHUT_RDWR), so at 1280x720 every label is whole; a longer one (a
// long message) is shortened (the whole call is its accessible name and tooltip). "Every call" (in
// the drawer) enables every button, to see the kernel's own errors.
//
// Every call goes through the Lab (Lab::bind, Lab::recv, ...); a failed
// call says so inline under its group (the timeline shows it too).
class CallButtons final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallButtons)

public:
    enum class Lane { Server, Conn, Client };
    Q_ENUM(Lane)
    enum class Call {
        Socket,
        Bind,
        Listen,
        Accept,
        Connect,
        Send,
        Sendall,
        Recv,
        Sendto,
        Recvfrom,
        Shutdown,
        Close,
        Cancel,
        Getaddrinfo,
    };
    Q_ENUM(Call)

    // lab: not owned; every button calls it.
    explicit CallButtons(Lab *lab, QWidget *parent = nullptr);

    // The button of `call` in `lane` (nullptr when the lane has no such call).
    QPushButton *button(Lane lane, Call call) const;
    QList<QPushButton *> buttons() const;
    // The call as its button names it: "bind(('127.0.0.1', 5000))".
    QString label(Lane lane, Call call) const;
    CallFields *fields() const { return m_fields; }
    // The drawer with the fields is open.
    bool isDrawerOpen() const;
    void setDrawerOpen(bool open);
    // "Every call": every button enabled, mistakes included.
    bool isExpert() const;
    void setExpert(bool on);
    // The connection the `conn` group acts on (the newest unless another
    // was chosen), or nullptr.
    LiveSocket *connection() const;
    // What the inline error under `lane` says ("" when the last call went well).
    QString errorText(Lane lane) const;
    // The side this machine plays (--role): with `server` only the server's
    // groups (its listener and conn) show, with `client` only the client's;
    // both by default. The other side's group is hidden, not disabled.
    void setSides(bool server, bool client);
    // `lane`'s group is shown (setSides).
    bool isLaneShown(Lane lane) const;

public slots:
    // Re-reads the sockets' states: enabled buttons and their tooltips.
    void refresh();

private:
    struct Entry
    {
        Lane lane;
        Call call;
        QPushButton *button;
    };
    // A button's cell in its group's grid (row 0 is the group's name).
    struct Place
    {
        Call call;
        int row;
        int column;
        int span = 1;
    };
    QWidget *buildGroup(Lane lane, int columns, const QList<Place> &places);
    void click(Lane lane, Call call);
    LiveSocket *socketOf(Lane lane) const;
    // Why `call` cannot be made on `lane` now ("" when it can).
    QString whyNot(Lane lane, Call call) const;
    QString fieldProblem(Call call) const;
    void relabel();
    void elide(QPushButton *button) const;
    // The longest label `call` usually has; its button is at least as wide.
    static QString widthSample(Lane lane, Call call);
    // The button's least width (widthSample), and its text elided.
    void fit(const Entry &entry) const;
    void showError(Lane lane, const QString &call, const SocketError &error);
    void onCall(const CallEvent &event);
    void fillConnections();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Lab *m_lab;
    CallFields *m_fields = nullptr;
    QToolButton *m_drawerButton = nullptr;
    QWidget *m_drawer = nullptr;
    QCheckBox *m_expert = nullptr;
    QComboBox *m_connChoice = nullptr;
    QList<Entry> m_entries;
    QList<QLabel *> m_errors; // by Lane
    QList<QWidget *> m_groups; // by Lane
    // Where the server's last datagram came from (`addr` of recvfrom).
    Endpoint m_lastSender;
    bool m_clicking = false;
};
