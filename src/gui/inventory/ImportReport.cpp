// SPDX-License-Identifier: Apache-2.0
#include "ImportReport.h"

namespace portdesk {

QStringList ImportReport::lines(const ImportResult &result)
{
    QStringList lines;
    if (!result.status.ok()) {
        lines << result.status.message;
    } else if (result.cancelled) {
        lines << tr("Cancelled: nothing was imported.");
    } else if (hasErrors(result.violations)) {
        for (const Violation &v : result.violations)
            lines << v.message;
        lines << tr("Nothing was imported.");
    } else if (!result.refused.isEmpty()) {
        lines << tr(
            "%n row(s) refused; nothing was imported:", nullptr, int(result.refused.size()));
        constexpr int listed = 20;
        for (int i = 0; i < result.refused.size() && i < listed; ++i) {
            const ImportRefusal &r = result.refused.at(i);
            lines << tr("• Row %1 (%2): %3").arg(r.row + 1).arg(r.e164, r.reason);
        }
        if (result.refused.size() > listed)
            lines << tr("…and %n more.", nullptr, int(result.refused.size()) - listed);
    } else {
        QString done = tr("Imported %n number(s).", nullptr, result.imported);
        if (!result.usersCreated.isEmpty())
            done += QLatin1Char(' ')
                + tr("%n new user(s).", nullptr, int(result.usersCreated.size()));
        if (!result.voiceConnectorsCreated.isEmpty())
            done += QLatin1Char(' ')
                + tr("New Voice Connectors: %1.")
                      .arg(result.voiceConnectorsCreated.join(QStringLiteral(", ")));
        lines << done;
    }
    return lines;
}

} // namespace portdesk
