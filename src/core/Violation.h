// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace portdesk {

// One broken rule: where (a field path such as "carriers[0].btn"), which rule
// (a stable code such as "btn.required"), and a translated sentence for people.
struct Violation
{
    enum class Severity { Error, Warning };

    QString field;
    QString rule;
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }

    // An error on `field` breaking `rule` (a stable code), said as `message`.
    static Violation error(const QString &field, const char *rule, const QString &message)
    {
        return Violation { field, QLatin1String(rule), message, Severity::Error };
    }
};

using Violations = QList<Violation>;

// True when at least one violation is an error (warnings alone do not block).
bool hasErrors(const Violations &violations);

} // namespace portdesk
