#pragma once

#include <QByteArray>
#include <QMetaType>

// One link-layer frame as an AF_PACKET socket captured it (packet(7)): the
// bytes kept (at most the capture's snap length), the frame's real length,
// and when the kernel took it (SO_TIMESTAMPNS: CLOCK_REALTIME, nanoseconds
// since the Unix epoch). On Linux's lo a frame is Ethernet II with both MAC
// addresses zero.
struct Frame
{
    qint64 timeNs = 0;
    qint64 length = 0; // bytes on the wire (>= data.size(); more when cut)
    QByteArray data; // the bytes captured, from the Ethernet header on
    // The same moment on CLOCK_MONOTONIC (ns), CallEvent::clockNs's clock:
    // PacketCapture converts with the clocks' offset read at each batch.
    qint64 clockNs = 0;
};

Q_DECLARE_METATYPE(Frame)
