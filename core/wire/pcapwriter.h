#pragma once

#include "core/wire/frame.h"

#include <QList>
#include <QSaveFile>
#include <QString>

// Writes frames as a classic pcap file (the libpcap format Wireshark and
// `tshark -r` read; draft-ietf-opsawg-pcap): a 24-byte header with magic
// 0xa1b2c3d4 (little-endian here), version 2.4, snap length SnapLength and
// LINKTYPE_ETHERNET (1), then per frame a 16-byte record header (seconds,
// microseconds, bytes captured, bytes on the wire) and the bytes.
//
// The file is a QSaveFile: it appears whole at commit() or not at all, and
// an existing file is replaced only then. Errors come back as the file
// system's message.
class PcapWriter
{
public:
    static constexpr quint32 Magic = 0xa1b2c3d4;
    static constexpr quint32 LinkTypeEthernet = 1;
    static constexpr quint32 SnapLength = 262144;
    static constexpr qsizetype FileHeaderSize = 24;
    static constexpr qsizetype RecordHeaderSize = 16;

    // Starts `path` and writes the file header; false with *error on failure.
    bool open(const QString &path, QString *error);
    // Appends one record (at most SnapLength bytes of the frame). A failed
    // write is reported by commit().
    void write(const Frame &frame);
    // Makes the file appear at its path; false with *error on failure (a
    // write failed, the disk is full) and then nothing is left behind.
    bool commit(QString *error);
    qint64 records() const { return m_records; }

    // open + write each frame + commit.
    static bool save(const QString &path, const QList<Frame> &frames, QString *error);
    // The 24-byte global header and a frame's 16-byte record header.
    static QByteArray fileHeader();
    static QByteArray recordHeader(const Frame &frame);

private:
    QSaveFile m_file;
    qint64 m_records = 0;
};
