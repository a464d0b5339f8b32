#pragma once

#include "core/net/livesocket.h"

#include <QList>
#include <QWidget>

// A small painted lifecycle diagram: the states a socket goes through, in
// order, joined by arrows, with the current one lit. "Lit" never relies on
// colour alone: the current box gets a thick outline, a ▶ marker and its
// name in bold. Beside the boxes: the kernel's TCP state (from
// TCP_INFO) as text. Boxes wrap onto more rows when the widget is narrow.
// Sizes follow the font, colours the palette.
class StateDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateDiagram)

public:
    explicit StateDiagram(QWidget *parent = nullptr);

    // The states drawn, left to right (e.g. Created, Bound, Listening, Closed).
    void setStates(const QList<LiveSocket::State> &states);
    void setCurrent(LiveSocket::State state);
    // The kernel's view, e.g. "ESTABLISHED" or "LISTEN (accept queue 2 of 1)";
    // empty hides it.
    void setKernelText(const QString &text);

    LiveSocket::State current() const { return m_current; }
    QString kernelText() const { return m_kernelText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int boxWidth() const;
    int boxHeight() const;
    int rowHeight() const;
    int columnsFor(int width) const;
    void refreshAccessibleText();

    QList<LiveSocket::State> m_states;
    mutable int m_boxWidth = -1; // cached: layouts ask for it many times
    LiveSocket::State m_current = LiveSocket::State::Unopened;
    QString m_kernelText;
};
