#include "callevent.h"

#include <atomic>

qint64 CallEvent::nextSequence()
{
    static std::atomic<qint64> counter {0};
    return ++counter;
}
