#include "core/record/callevent.h"

#include <atomic>
#include <ctime>

qint64 CallEvent::clockNow()
{
    timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

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

QString CallEvent::callName(Call call)
{
    using namespace Qt::StringLiterals;
    switch (call) {
    case Call::Socket:
        return u"socket"_s;
    case Call::Bind:
        return u"bind"_s;
    case Call::Listen:
        return u"listen"_s;
    case Call::Accept:
        return u"accept"_s;
    case Call::Connect:
        return u"connect"_s;
    case Call::Send:
        return u"send"_s;
    case Call::Sendall:
        return u"sendall"_s;
    case Call::Sendto:
        return u"sendto"_s;
    case Call::Recv:
        return u"recv"_s;
    case Call::Recvfrom:
        return u"recvfrom"_s;
    case Call::Shutdown:
        return u"shutdown"_s;
    case Call::Close:
        return u"close"_s;
    case Call::Setsockopt:
        return u"setsockopt"_s;
    case Call::Getaddrinfo:
        return u"getaddrinfo"_s;
    }
    return {};
}

QString CallEvent::sideName(Side side)
{
    using namespace Qt::StringLiterals;
    switch (side) {
    case Side::Server:
        return u"server"_s;
    case Side::Client:
        return u"client"_s;
    }
    return {};
}
