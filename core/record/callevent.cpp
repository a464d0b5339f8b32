#include "core/record/callevent.h"

#include <atomic>

void CallEvent::forEachCall(qsizetype first, const std::function<void(const CallEvent &)> &f) const
{
    if (!isRun()) {
        if (first <= 0)
            f(*this);
        return;
    }
    CallEvent one = *this;
    one.chunkSizes.clear();
    qsizetype offset = 0;
    for (qsizetype i = 0; i < first && i < chunkSizes.size(); ++i)
        offset += chunkSizes.at(i);
    for (qsizetype i = qMax<qsizetype>(first, 0); i < chunkSizes.size(); ++i) {
        const qint32 size = chunkSizes.at(i);
        one.sequence = sequence + i;
        one.data = data.sliced(offset, size);
        one.returned = size;
        offset += size;
        f(one);
    }
}

qint64 CallEvent::nextSequence(qint64 count)
{
    static std::atomic<qint64> counter {0};
    return counter.fetch_add(count) + 1;
}
