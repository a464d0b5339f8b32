#pragma once

#include "core/net/endpoint.h"

#include <QTest>

// Lets QCOMPARE print Endpoints in failure messages (found by ADL).
inline char *toString(const Endpoint &endpoint)
{
    return QTest::toString(endpoint.isValid()
            ? endpoint.toPythonTuple() + QStringLiteral(" family=%1").arg(endpoint.family())
            : QStringLiteral("<invalid Endpoint>"));
}
