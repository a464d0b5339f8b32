#include "core/lab/jsonlocator.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

struct Frame
{
    bool array = false;
    int index = 0;
    bool expectKey = false;
    QString path;
    QString memberPath; // path of the member whose value comes next
    QSet<QString> keys;
};

// Index just past the string literal that starts at text[start] == '"'.
qsizetype skipString(const QByteArray &text, qsizetype start)
{
    qsizetype i = start + 1;
    while (i < text.size() && text.at(i) != '"')
        i += text.at(i) == '\\' ? 2 : 1;
    return i + 1;
}

bool isLiteralEnd(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QString decodeKey(const QByteArray &literal)
{
    if (!literal.contains('\\'))
        return QString::fromUtf8(literal.mid(1, literal.size() - 2));
    const QJsonDocument doc = QJsonDocument::fromJson('[' + literal + ']');
    return doc.array().at(0).toString();
}

QString join(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

} // namespace

JsonLocator::JsonLocator(const QByteArray &json)
    : m_text(json)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
    scan();
}

void JsonLocator::locate(qsizetype offset, int *line, int *column) const
{
    *line = 1;
    *column = 1;
    if (offset < 0)
        return;
    offset = qMin(offset, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype start = *(next - 1);
    *line = int(next - m_lineStarts.cbegin());
    for (qsizetype i = start; i < offset; ++i) {
        if ((static_cast<unsigned char>(m_text.at(i)) & 0xC0) != 0x80)
            ++*column;
    }
}

void JsonLocator::scan()
{
    QList<Frame> stack;
    qsizetype i = 0;
    const qsizetype n = m_text.size();
    while (i < n) {
        const char c = m_text.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':') {
            ++i;
            continue;
        }
        if (c == ',') {
            if (!stack.isEmpty()) {
                if (stack.last().array)
                    ++stack.last().index;
                else
                    stack.last().expectKey = true;
            }
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
            continue;
        }
        if (!stack.isEmpty() && !stack.last().array && stack.last().expectKey && c == '"') {
            const qsizetype end = skipString(m_text, i);
            const QString key = decodeKey(m_text.mid(i, end - i));
            Frame &top = stack.last();
            const QString path = join(top.path, key);
            if (top.keys.contains(key)) {
                if (m_duplicatePath.isEmpty()) {
                    m_duplicatePath = path;
                    m_duplicateOffset = i;
                }
            } else {
                top.keys.insert(key);
                m_offsets.insert(path, i);
            }
            top.memberPath = path;
            top.expectKey = false;
            i = end;
            continue;
        }
        // A value starts here.
        QString path;
        if (!stack.isEmpty()) {
            const Frame &top = stack.last();
            if (top.array) {
                path = top.path + u'[' + QString::number(top.index) + u']';
                m_offsets.insert(path, i);
            } else {
                path = top.memberPath;
            }
        } else {
            m_offsets.insert(QString(), i);
        }
        if (c == '{' || c == '[') {
            Frame frame;
            frame.array = c == '[';
            frame.expectKey = !frame.array;
            frame.path = path;
            stack.append(frame);
            ++i;
        } else if (c == '"') {
            i = skipString(m_text, i);
        } else {
            while (i < n && !isLiteralEnd(m_text.at(i)))
                ++i;
        }
    }
}

qsizetype JsonLocator::offsetOf(const QString &path) const
{
    return m_offsets.value(path, -1);
}

int JsonLocator::lineOf(const QString &path) const
{
    int line = 1;
    int column = 1;
    locate(offsetOf(path), &line, &column);
    return line;
}

int JsonLocator::columnOf(const QString &path) const
{
    int line = 1;
    int column = 1;
    locate(offsetOf(path), &line, &column);
    return column;
}

void JsonLocator::position(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    if (offset < 0)
        return;
    offset = qMin(offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++*line;
            *column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++*column;
        }
    }
}
