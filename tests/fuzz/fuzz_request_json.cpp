// SPDX-License-Identifier: Apache-2.0
// The request file reader and the rules: any bytes as a port-in and a
// port-out request, as `port-in submit` / `port-out submit` read them.
#include "FuzzTarget.h"

#include "core/PortRequest.h"
#include "core/RequestValidator.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace portdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();
    const QDateTime now(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);

    Violations problems;
    const PortInRequest request = PortInRequest::fromJson(json, &problems);
    const Violations found = RequestValidator::validate(request, now, nullptr, nullptr);
    for (const Violation &v : found) {
        FUZZ_CHECK(!v.rule.isEmpty() && !v.field.isEmpty());
        FUZZ_CHECK(v.message.size() < 2000);
    }
    // What was read writes out and reads back the same.
    Violations again;
    const PortInRequest reread = PortInRequest::fromJson(request.toJson(), &again);
    FUZZ_CHECK(reread.carriers.size() == request.carriers.size());

    Violations outProblems;
    const PortOutRequest portOut = PortOutRequest::fromJson(json, &outProblems);
    const Violations outFound = RequestValidator::validate(portOut, {});
    for (const Violation &v : outFound)
        FUZZ_CHECK(!v.rule.isEmpty());
    return 0;
}
