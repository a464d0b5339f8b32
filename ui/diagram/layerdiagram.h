#pragma once

#include "core/platform/encapsulation.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

#include <array>
#include <optional>

class Endpoint;
class QVariantAnimation;

// The TCP/IP layer diagram: two stacks, server host (left, as the server
// panel stands) and client host (right), each with Application, Transport, Internet and Link,
// joined by the link at the bottom. showTransfer() animates one send: the payload goes down the
// sender's stack gaining each header (with the real ports, addresses, protocol number and sizes
// from an Encapsulation), crosses the link, climbs the receiver's stack losing them and waits in
// the receiver's kernel buffer until recv() takes it (setBufferedBytes). Clicking a layer (or
// Up/Down and Space) explains it and emits layerClicked.
//
// Painted with palette colours and font-relative sizes, so themes, high
// contrast and zoom work; layers differ by label and shape, not only colour.
// The payload preview is escaped plain text. A QVariantAnimation runs only
// during a transfer: when nothing moves, no timer runs.
//
// Driving it from LiveSocket events (main window):
//   connected/accepted  -> setEndpoints(client laddr, server laddr, type)
//   sent(n) on a side   -> showTransfer(direction, data, n,
//                            Encapsulation::compute(Flow::fromEndpoints(type,
//                            sender laddr, sender raddr), n, path with
//                            kernelMss = sender tcpInfo().mss))
//   readable/received   -> setBufferedBytes(receiver side, bytesWaiting())
// Layer ids are Encapsulation::layerId(): "application", "transport",
// "internet", "link".
class LayerDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerDiagram)

public:
    enum class Side { Client, Server };
    Q_ENUM(Side)
    enum class Direction { ClientToServer, ServerToClient };
    Q_ENUM(Direction)

    explicit LayerDiagram(QWidget *parent = nullptr);
    ~LayerDiagram() override;

    // The window's zoom (1 = none, > 0): in a narrow column the diagram's
    // type shrinks back to what fits at zoom 1 rather than cut its labels.
    void setZoom(double zoom);
    // The smallest text the diagram draws, in pixels (default 14, the floor
    // at 720 lines outside presentation; presentation asks for 22). Where
    // the column is too narrow for the two stacks' layer names and the
    // packet's headers at that size, the diagram names each layer once
    // across the row and lays the headers across both stacks, wrapped:
    // smaller type or cut headers never.
    void setMinimumTextPixelSize(int pixels);
    int minimumTextPixelSize() const { return m_minimumPixels; }
    // True when the narrow layout above is in use at the current size.
    bool isCompact() const;

    // The two endpoints (client's and server's addresses) and the socket
    // type (SOCK_STREAM / SOCK_DGRAM); the route and its interface are
    // looked up (Encapsulation::pathTo). Invalid endpoints show "—".
    void setEndpoints(const Endpoint &client, const Endpoint &server, int type = SOCK_STREAM);
    // The same from a client-to-server flow, optionally with a known path.
    void setFlow(const Encapsulation::Flow &clientToServer,
        std::optional<Encapsulation::Path> path = std::nullopt);
    Encapsulation::Flow flow() const { return m_flow; }
    Encapsulation::Path path() const { return m_path; }

    // Shows one send of `size` bytes (`payload` may be just its start; it is
    // only previewed, escaped). `encapsulation` describes the sender-to-
    // receiver flow (its ports and addresses are the sender's first). A
    // transfer still running jumps to its end first. The receiver's
    // buffered bytes grow by `size` at once (drawn when the animation
    // arrives); call setBufferedBytes with the kernel's count afterwards,
    // it replaces the estimate. transferFinished is emitted on arrival (at
    // once when animation is off). size < 0 means payload.size().
    void showTransfer(Direction direction, const QByteArray &payload, qint64 size,
        const Encapsulation &encapsulation);
    bool hasTransfer() const { return m_transfer.has_value(); }
    // 0 at the start of a transfer, 1 when it has arrived.
    double transferProgress() const { return m_progress; }
    bool isAnimating() const;

    // No sockets any more (a new stage): no endpoints, no transfer, nothing
    // closed or buffered. The lit and explained layers stay.
    void clear();

    // `side`'s socket was closed (close()), or opened again (false): its
    // host says "closed", the wire is drawn broken, and the last packet's
    // headers go; with both closed the diagram shows no connection.
    void setClosed(Side side, bool closed);
    bool isClosed(Side side) const;

    // Bytes waiting in `side`'s receive buffer for recv() (FIONREAD), 0 hides them.
    void setBufferedBytes(Side side, qint64 bytes);
    qint64 bufferedBytes(Side side) const;

    // Layer ids to emphasise for a lesson stage; unknown ids are ignored.
    void setHighlightedLayers(const QStringList &layers);
    QStringList highlightedLayers() const;

    // Off: a transfer jumps to its final state at once.
    void setAnimationEnabled(bool enabled);
    bool isAnimationEnabled() const { return m_animationEnabled; }
    // 1.0 is normal speed, 2.0 twice as fast; clamped to 0.1-10.
    void setAnimationSpeed(double factor);
    double animationSpeed() const { return m_speed; }

    // The layer whose explanation is shown (after a click), or "".
    QString explainedLayer() const { return m_explained; }
    void setExplainedLayer(const QString &layer);
    // A sentence or two about a layer, in plain words; "" for unknown ids.
    static QString explanation(const QString &layer);
    // One line for layer `layer` (same ids): the question it answers, for
    // a stage that lights several layers at once.
    static QString shortExplanation(const QString &layer);
    // The text of the box under the hosts: the transfer's sizes, a close,
    // the explained (clicked) or lit layers, and the click hint. Brief: a
    // lit layer's one line (shortExplanation) and no hint, for a box too
    // small for the whole text.
    enum class Length { Full, Brief };
    QString summary(Length length = Length::Full) const;
    // The preview of untrusted bytes the diagram shows: at most 24
    // characters of BytesFormat's visible text (\n, \t, \x01, \xff, \u2028);
    // "…" when `size` bytes are more than were shown. Plain text, never markup.
    static QString payloadPreview(const QByteArray &payload, qint64 size);
    // Where a layer's box is drawn on one side (for tests and tooltips).
    QRect layerRect(Side side, const QString &layer) const;
    // Where the shown transfer's header of `layer` rests once it arrived
    // (the payload for "application"); empty without a transfer or for a
    // layer the transfer has no header in (AF_UNIX, EMSGSIZE).
    QRect packetRect(const QString &layer) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void layerClicked(const QString &layer);
    void transferFinished();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Transfer
    {
        Direction direction = Direction::ClientToServer;
        QString preview;
        qint64 size = 0;
        Encapsulation encapsulation;
        bool arrived = false;
    };
    struct Geometry;

    Geometry geometry() const;
    QFont diagramFont() const;
    // `f`, or the smallest size allowed (setMinimumTextPixelSize) if it is smaller.
    QFont atLeastMinimum(QFont f) const;
    QString layerAt(const QPoint &pos) const;
    void finishTransfer();
    void updateAccessibleDescription();
    // No packet on its way any more: the animation stops, the transfer goes.
    void dropTransfer();
    QString hostTitle(Side side) const;
    // What joins the hosts, for the title row: "Both ends are this machine, via lo".
    QString middleTitle() const;
    // The link's label under the wire: "Link: lo · loopback · MTU 65536 · ...".
    QString linkLabel() const;
    QString boxDetail(Side side, int row) const;
    // The row whose layer is adding/removing its header on `side` now, with
    // "+32 B" / "−32 B" in *badge; -1 if none.
    int workingRow(Side side, QString *badge) const;

    void paintBox(QPainter &p, const Geometry &g, Side side, int row) const;
    void paintLink(QPainter &p, const Geometry &g) const;
    void paintTransfer(QPainter &p, const Geometry &g) const;
    void paintStrip(QPainter &p, const QRect &r, int row, const QString &text, qreal opacity,
        bool ghost, const QString &badge) const;
    void paintCaption(QPainter &p, const Geometry &g) const;
    // The compact layout's layer names, one line across each row.
    void paintNames(QPainter &p, const Geometry &g) const;
    // Where `row`'s header strip lies, moved `offset` px along its lane.
    QRect headerStrip(const Geometry &g, int row, int offset) const;

    Encapsulation::Flow m_flow;
    Encapsulation::Path m_path;
    std::optional<Transfer> m_transfer;
    double m_progress = 0.0;
    std::array<qint64, 2> m_buffered {0, 0};
    QStringList m_highlighted;
    QString m_explained;
    int m_focusRow = 0;
    bool m_animationEnabled = true;
    double m_speed = 1.0;
    QVariantAnimation *m_animation = nullptr;
    double m_zoom = 1.0;
    int m_minimumPixels = 14;
    std::array<bool, 2> m_closed {false, false};
};
