// SPDX-License-Identifier: Apache-2.0
#include "LoaSigning.h"

#include "LoaSignDialog.h"

#include "service/Services.h"

#include <QRegularExpression>

namespace portdesk {

Violations LoaSigning::outcome(const ChangeResult &result)
{
    Violations violations = result.violations;
    if (!result.status.ok()) {
        violations.append(Violation { QStringLiteral("store"), QStringLiteral("store"),
            result.status.message, Violation::Severity::Error });
    }
    return violations;
}

bool LoaSigning::signCorrection(
    Services &service, qint64 caseId, const PortInRequest &corrected, QWidget *parent)
{
    QList<int> groups;
    const Violations blockers = service.loas.loaSubmitBlockers(caseId, corrected);
    for (const Violation &v : blockers) {
        static const QRegularExpression field(QStringLiteral("^carriers\\[(\\d+)\\]$"));
        const QRegularExpressionMatch m = field.match(v.field);
        if (m.hasMatch())
            groups << m.captured(1).toInt();
    }
    for (const int group : std::as_const(groups)) {
        LoaSignDialog dialog(corrected, group, caseId, parent);
        dialog.setSubmitter([&service, caseId, group, &corrected](const LoaSigner &signer) {
            const ChangeResult result
                = service.loas.signLoa(caseId, group, signer, Role::Admin, &corrected);
            return outcome(result);
        });
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    return service.loas.loaSubmitBlockers(caseId, corrected).isEmpty();
}

} // namespace portdesk
