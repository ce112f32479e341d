// SPDX-License-Identifier: Apache-2.0
#include "ServiceSupport.h"

#include "core/PhoneNumber.h"

#include <QCoreApplication>

namespace portdesk::service {

ChangeResult failedWith(const StoreStatus &status)
{
    ChangeResult result;
    result.status = status;
    if (result.status.ok()) {
        // A step reported failure without saying why: never pass it off as done.
        result.status.code = StoreStatus::Code::Failed;
        result.status.message = QCoreApplication::translate("portdesk::service", "The store could not complete the change.");
    }
    return result;
}

Violation caseNotFound(qint64 caseId)
{
    return refusal(QStringLiteral("case"), "case.not-found",
        QCoreApplication::translate("portdesk::service", "There is no case %1.").arg(caseId));
}

ChangeResult refusedWith(qint64 caseId, const Violation &violation)
{
    ChangeResult result;
    result.id = caseId;
    result.violations.append(violation);
    return result;
}

StoredNumbers storedNumbers(const QStringList &typed)
{
    StoredNumbers out;
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(typed);
    out.e164.reserve(checks.size());
    out.tollFree.reserve(checks.size());
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const NumberCheck &check = checks.at(i);
        out.e164 << (check.e164.isEmpty() ? typed.at(i).trimmed() : check.e164);
        out.tollFree << check.tollFree;
    }
    return out;
}

QStringList numberKeys(const QStringList &typed)
{
    return storedNumbers(typed).e164;
}

QString numberKey(const QString &typed)
{
    return numberKeys({ typed }).constFirst();
}

QString shown(const QString &e164)
{
    return PhoneNumbers::formatNational(e164);
}

} // namespace portdesk::service
