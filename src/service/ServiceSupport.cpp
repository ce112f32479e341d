// SPDX-License-Identifier: Apache-2.0
#include "ServiceSupport.h"

#include "core/PhoneNumber.h"
#include "store/CaseRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QUuid>

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

QString conflictTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString conflictLogin(const QString &login)
{
    return login.isEmpty() ? QCoreApplication::translate("portdesk::service", "someone") : login;
}

QString newRequestKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RequestKeyScope::RequestKeyScope(const Store &store, const QString &key) : m_store(store)
{
    m_store.setRequestKey(key);
}

RequestKeyScope::~RequestKeyScope()
{
    m_store.setRequestKey(QString());
}

void forgetConnectionLoss(Store &store)
{
    store.takeConnectionLost();
}

AfterFailure afterFailure(Store &store, const QString &key, StoreStatus *status)
{
    *status = StoreStatus();
    if (!store.isPostgres() || !store.takeConnectionLost())
        return AfterFailure::Failed;
    if (!store.reconnect(status)) {
        *status = StoreStatus(); // still unreachable: the attempt's failure says so
        return AfterFailure::Failed;
    }
    bool found = false;
    if (!CaseRepository(store).requestKeyRecorded(key, &found, status))
        return AfterFailure::Failed;
    return found ? AfterFailure::Committed : AfterFailure::TryAgain;
}

ChangeResult runChange(Store &store, const QString &requestKey,
    const std::function<ChangeResult()> &attempt, const std::function<ChangeResult()> &committed)
{
    const QString key = requestKey.isEmpty() ? newRequestKey() : requestKey;
    const RequestKeyScope scope(store, key);
    forgetConnectionLoss(store);
    ChangeResult first = attempt();
    if (first.status.ok())
        return first;
    StoreStatus status;
    switch (afterFailure(store, key, &status)) {
    case AfterFailure::Failed:
        return status.ok() ? first : failedWith(status);
    case AfterFailure::Committed:
        return committed(); // the commit's answer was lost, not the change
    case AfterFailure::TryAgain:
        break;
    }
    return attempt();
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
