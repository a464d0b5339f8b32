#pragma once

#include "core/net/socketerror.h"
#include "core/wire/frame.h"

#include <QList>
#include <QObject>

class QSocketNotifier;

// Reads frames from a capture socket: the AF_PACKET SOCK_RAW fd that
// LabNetwork::openCapture returns (packet(7)). The fd is made non-blocking
// and timestamped (SO_TIMESTAMPNS, socket(7)); a QSocketNotifier reads what
// arrived and emits it as one batch, so nothing blocks the event loop.
//
// Each recvmsg(2) keeps at most SnapLength bytes of a frame (MSG_TRUNC gives
// its real length). A frame the tap saw leaving (PACKET_OUTGOING) is skipped:
// on lo every frame passes twice, and only its arrival is kept. When the
// reader falls behind, the kernel drops frames; kernelDrops() counts them
// (PACKET_STATISTICS).
class PacketCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketCapture)

public:
    static constexpr qsizetype SnapLength = 65536 + 14; // lo's MTU + Ethernet
    static constexpr int BatchFrames = 512; // frames read per notifier wake-up

    // Takes ownership of `fd` (closed by the destructor). Reading starts at
    // once; setEnabled(false) pauses it.
    explicit PacketCapture(int fd, QObject *parent = nullptr);
    ~PacketCapture() override;

    int fd() const { return m_fd; }

    // Waits (at most `timeoutMs`) until the kernel stamps frames as they
    // pass rather than when they are read. Turning SO_TIMESTAMPNS on asks
    // for stamping through a deferred kernel work item (net_enable_timestamp
    // in net/core/dev.c); until it has run, a frame is stamped at recvmsg(2),
    // late, and would seem caused by a later call. Proved with a UDP
    // datagram to itself on 127.0.0.1: stamped before the reader looked means
    // stamping is on. False on timeout or when the probe cannot be made.
    static bool awaitPassingTimestamps(int timeoutMs = 500);
    void setEnabled(bool enabled);
    // Frames the kernel dropped since the capture began.
    qint64 kernelDrops();

    // Reads up to `max` frames waiting now (recvmsg until EAGAIN); an error
    // other than EAGAIN stops reading and is emitted as failed().
    QList<Frame> readAvailable(int max = BatchFrames);

signals:
    void framesCaptured(const QList<Frame> &frames);
    void failed(const SocketError &error);

private:
    void readSome();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    qint64 m_drops = 0;
};
