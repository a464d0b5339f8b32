#pragma once

#include "core/net/resolver.h"
#include "core/record/callevent.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class WholeRowsBox;

// The getaddrinfo explorer: host and port-or-service in, optional hints
// (family, type, protocol, AI_CANONNAME / AI_PASSIVE / AI_NUMERICHOST), out
// the list of 5-tuples in the system's order, as a table and as the Python
// list. The lookup runs off the GUI thread: a busy bar and the elapsed time
// show while it runs, and Cancel (or Esc) drops it. Errors show by EAI_
// name with gai_strerror's text. A chosen row can be handed to a client
// panel with "Use for socket/connect" (the lesson's socket(*info[:3]) and
// connect(info[-1])).
class GetaddrinfoExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetaddrinfoExplorer)

public:
    // resolver: not owned (the Lab's explorerResolver()); its lookups show here.
    explicit GetaddrinfoExplorer(Resolver *resolver, QWidget *parent = nullptr);

    // Fills the form without starting a lookup.
    void setQuery(const QString &host, const QString &service, const ResolverHints &hints = {});
    ResolverHints hints() const;
    // The last lookup's result (rows empty before the first one).
    Resolution lastResult() const { return m_last; }
    bool isResolving() const;
    // Presentation (default false): the table and the Python list show
    // whole rows only, and scroll.
    void setPresented(bool presented);
    bool isPresented() const;
    Resolver *resolver() const { return m_resolver; }

public slots:
    // Calls getaddrinfo with the form's values (if they are valid).
    void resolve();
    void cancel();
    // Emits addressInfoChosen for the selected row, if any.
    void useSelected();

signals:
    // The user picked a row for socket(*info[:3]) / connect(info[-1]).
    void addressInfoChosen(const AddrInfo &info);

private:
    void validate();
    void showStarted();
    void showResult(const Resolution &result);
    void showCancelled();
    void tick();
    void selectionChanged();

    Resolver *m_resolver = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_service = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_proto = nullptr;
    QCheckBox *m_canonName = nullptr;
    QCheckBox *m_passive = nullptr;
    QCheckBox *m_numericHost = nullptr;
    QLabel *m_call = nullptr;
    QLabel *m_inputProblem = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_python = nullptr;
    WholeRowsBox *m_tableBox = nullptr;
    WholeRowsBox *m_pythonBox = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_useHint = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    Resolution m_last;
};
