#include "core/wire/pcapwriter.h"

#include <QtEndian>

namespace {

void put32(QByteArray &to, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    to.append(bytes, 4);
}

void put16(QByteArray &to, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    to.append(bytes, 2);
}

} // namespace

QByteArray PcapWriter::fileHeader()
{
    QByteArray header;
    header.reserve(FileHeaderSize);
    put32(header, Magic);
    put16(header, 2); // version 2.4
    put16(header, 4);
    put32(header, 0); // thiszone: timestamps are UTC
    put32(header, 0); // sigfigs
    put32(header, SnapLength);
    put32(header, LinkTypeEthernet);
    return header;
}

QByteArray PcapWriter::recordHeader(const Frame &frame)
{
    QByteArray header;
    header.reserve(RecordHeaderSize);
    const qint64 us = frame.timeNs / 1000;
    put32(header, quint32(us / 1000000));
    put32(header, quint32(us % 1000000));
    put32(header, quint32(qMin<qint64>(frame.data.size(), SnapLength)));
    put32(header, quint32(qMax<qint64>(frame.length, frame.data.size())));
    return header;
}

bool PcapWriter::open(const QString &path, QString *error)
{
    m_records = 0;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_file.write(fileHeader());
    return true;
}

void PcapWriter::write(const Frame &frame)
{
    m_file.write(recordHeader(frame));
    m_file.write(frame.data.constData(), qMin<qint64>(frame.data.size(), SnapLength));
    ++m_records;
}

bool PcapWriter::commit(QString *error)
{
    if (m_file.commit())
        return true;
    if (error)
        *error = m_file.errorString();
    return false;
}

bool PcapWriter::save(const QString &path, const QList<Frame> &frames, QString *error)
{
    PcapWriter writer;
    if (!writer.open(path, error))
        return false;
    for (const Frame &frame : frames)
        writer.write(frame);
    return writer.commit(error);
}
