#pragma once

#include "core/net/socketerror.h"

#include <QFrame>

class QLabel;
class QPushButton;

// An error shown inline, in the panel whose call caused it: the call and the
// errno (or EAI_) name with the system's text, a plain explanation, and what
// to try. Marked by a "✖ Error" heading and a frame, not by colour alone.
// Text is always plain (never rich text). An optional action button offers
// a fix (e.g. "Use free port 40123" after EADDRINUSE).
class ErrorView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorView)

public:
    explicit ErrorView(QWidget *parent = nullptr);

    // Shows `error` from `call` ("bind"). A non-error hides the view.
    void showError(const QString &call, const SocketError &error);
    // Shows a problem found before any call (input validation).
    void showProblem(const QString &problem, const QString &hint);
    // Offers one fix; `label` empty removes it.
    void setAction(const QString &label);
    void clear();

    QString errorName() const { return m_errorName; }
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_action = nullptr;
    QString m_errorName;
};
