// SPDX-License-Identifier: Apache-2.0
// InventoryService's bulk actions on selected numbers.
#include "InventoryService.h"

#include "InventoryChecks.h"
#include "ServiceSupport.h"

#include "core/Clock.h"
#include "store/CaseRepository.h"
#include "store/InventoryRepository.h"
#include "store/Transaction.h"

#include <QSet>

namespace portdesk {

using namespace service;

namespace {

using BulkOp = InventoryService::BulkOp;

// Numbers written per statement: between two, the progress callback runs.
constexpr int bulkChunk = 1000;

BulkResult bulkFailed(const StoreStatus &status)
{
    BulkResult result;
    const ChangeResult failed = failedWith(status);
    result.status = failed.status;
    return result;
}

// The version each number was named with (basis.expectedVersions, in the
// order named), or noVersion when none was named for it.
qint64 expectedAt(const ChangeBasis &basis, qsizetype i)
{
    return i < basis.expectedVersions.size() ? basis.expectedVersions.at(i) : ChangeBasis::noVersion;
}

BulkResult runBulk(Store &store, const QStringList &typed, BulkOp op, const QString &assigneeName,
    BulkPolicy policy, const BulkProgress &progress, const ChangeBasis &basis = {},
    BulkResult *asCommitted = nullptr)
{
    const QDateTime now = Clock::now();
    BulkResult result;
    if (!numbersNamed(typed, basis, InventoryService::tr("Select at least one number."),
            &result.violations))
        return result;
    WriteTransaction transaction(store);
    if (!transaction.begin(&result.status))
        return result;

    Assignee assignee;
    const bool assigning = op == BulkOp::AssignUser || op == BulkOp::AssignConnector;
    if (assigning) {
        const ProductType to
            = op == BulkOp::AssignUser ? ProductType::BusinessCalling : ProductType::VoiceConnector;
        if (!checkAssignee(store, to, assigneeName, &assignee, &result.violations, &result.status))
            return bulkFailed(result.status);
        if (hasErrors(result.violations))
            return result;
    }

    InventoryRepository inventory(store);
    QStringList keys;
    QHash<QString, InventoryNumber> numbers;
    if (!lookUp(inventory, typed, &keys, &numbers, &result.status))
        return bulkFailed(result.status);
    const QString notFound = op == BulkOp::Restore ? notInInventoryForRestore() : notInInventory();

    QList<qint64> accepted;
    QList<qint64> toUnassign; // unassign and delete: those assigned
    QSet<QString> seen;
    seen.reserve(keys.size());
    accepted.reserve(keys.size());
    QList<const InventoryNumber *> acceptedNumbers; // for the versions after
    const QString field = QStringLiteral("number");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        if (seen.contains(key))
            continue; // named twice: judged and changed once
        seen.insert(key);
        const auto it = numbers.constFind(key);
        Violations why;
        if (it == numbers.cend()) {
            why.append(refusal(field, "inventory.not-found", notFound.arg(shown(key))));
        } else if (!versionMatches(store, *it, expectedAt(basis, i), field, &why, &result.status)) {
            return bulkFailed(result.status);
        } else if (hasErrors(why)) {
            // Changed since the person saw it: the rules judge the version
            // seen, not this one; the refusal says who changed it and when.
        } else {
            switch (op) {
            case BulkOp::AssignUser:
                checkAssignable(*it, ProductType::BusinessCalling, field, &why);
                break;
            case BulkOp::AssignConnector:
                checkAssignable(*it, ProductType::VoiceConnector, field, &why);
                break;
            case BulkOp::Unassign:
                checkUnassignable(*it, field, &why);
                break;
            case BulkOp::Delete:
                checkDeletable(*it, false, field, &why);
                break;
            case BulkOp::UnassignAndDelete:
                checkDeletable(*it, true, field, &why);
                break;
            case BulkOp::Restore:
                checkRestorable(*it, now, field, &why);
                break;
            }
        }
        if (hasErrors(why)) {
            // The first reason: the one to act on first.
            result.refused.append(NumberRefusal { key, why.first().rule, why.first().message });
            continue;
        }
        accepted.append(it->id);
        acceptedNumbers.append(&*it);
        if (op == BulkOp::UnassignAndDelete && isAssigned(*it))
            toUnassign.append(it->id);
    }
    result.requested = int(seen.size());
    if (accepted.isEmpty() || (policy == BulkPolicy::AllOrNothing && !result.refused.isEmpty()))
        return result; // nothing to change (rolled back: nothing was written)

    qint64 userId = 0;
    if (op == BulkOp::AssignUser
        && !inventory.ensureUser(assignee.key, now, &userId, &result.status))
        return bulkFailed(result.status);

    const int total = int(accepted.size());
    if (progress && !progress(0, total)) {
        result.cancelled = true;
        return result;
    }
    if (op == BulkOp::UnassignAndDelete && !inventory.unassignMany(toUnassign, now, &result.status))
        return bulkFailed(result.status);
    for (int first = 0; first < total; first += bulkChunk) {
        const QList<qint64> chunk = accepted.mid(first, bulkChunk);
        bool written = false;
        switch (op) {
        case BulkOp::AssignUser:
        case BulkOp::AssignConnector:
            written = inventory.assignMany(
                chunk, userId, assignee.connector.id, assignee.detail(), now, &result.status);
            break;
        case BulkOp::Unassign:
            written = inventory.unassignMany(chunk, now, &result.status);
            break;
        case BulkOp::Delete:
        case BulkOp::UnassignAndDelete:
            written = inventory.markDeleted(chunk, now, &result.status);
            break;
        case BulkOp::Restore:
            written = inventory.restore(chunk, now, &result.status);
            break;
        }
        if (!written)
            return bulkFailed(result.status);
        const int done = std::min(total, first + bulkChunk);
        if (progress && !progress(done, total)) {
            result.cancelled = true; // rolled back by the transaction's end
            return result;
        }
    }
    result.changed = total;
    // Each write above added one to the row's version (two for a number
    // unassigned, then deleted).
    result.versions.reserve(total);
    for (const InventoryNumber *n : std::as_const(acceptedNumbers))
        result.versions.insert(n->e164,
            n->version + 1 + (op == BulkOp::UnassignAndDelete && isAssigned(*n) ? 1 : 0));
    // What the change is, should its commit's answer be lost.
    if (asCommitted)
        *asCommitted = result;
    if (!transaction.commit(&result.status))
        return bulkFailed(result.status);
    return result;
}

// runBulk once for good (as service::runChange): after a lost PostgreSQL
// connection it is retried once under the same idempotency key (every
// number's event records it); a change whose commit reached the server is
// reported as it was, not applied again.
BulkResult runBulkOnce(Store &store, const QStringList &typed, BulkOp op,
    const QString &assigneeName, BulkPolicy policy, const BulkProgress &progress,
    const ChangeBasis &basis = {})
{
    const QString key = basis.requestKey.isEmpty() ? newRequestKey() : basis.requestKey;
    const RequestKeyScope scope(store, key);
    forgetConnectionLoss(store);
    BulkResult asCommitted;
    const BulkResult first
        = runBulk(store, typed, op, assigneeName, policy, progress, basis, &asCommitted);
    if (first.status.ok())
        return first;
    StoreStatus status;
    switch (afterFailure(store, key, &status)) {
    case AfterFailure::Failed:
        return status.ok() ? first : bulkFailed(status);
    case AfterFailure::Committed:
        return asCommitted;
    case AfterFailure::TryAgain:
        break;
    }
    return runBulk(store, typed, op, assigneeName, policy, progress, basis);
}

} // namespace

BulkResult InventoryService::changeSelected(BulkOp op, const QStringList &numbers,
    const QString &assignee, BulkPolicy policy, const BulkProgress &progress,
    const ChangeBasis &basis)
{
    return runBulkOnce(m_store, numbers, op, assignee, policy, progress, basis);
}

BulkResult InventoryService::finishPortOut(qint64 caseId, const BulkProgress &progress)
{
    BulkResult result;
    CaseRow row;
    bool found = false;
    if (!CaseRepository(m_store).load(caseId, false, &row, &found, &result.status))
        return bulkFailed(result.status);
    if (!found) {
        result.violations.append(caseNotFound(caseId));
        return result;
    }
    if (row.kind != CaseKind::PortOut || row.state != CaseState::PortedOut) {
        result.violations.append(refusal(QStringLiteral("case"), "case.not-ported-out",
            row.kind != CaseKind::PortOut
                ? InventoryService::tr("Case %1 is a port-in: only a port-out ends by deleting "
                                     "its numbers.")
                      .arg(caseId)
                : InventoryService::tr("Case %1 has not ported out (it is %2): its numbers stay "
                                     "until the carrier has taken them.")
                      .arg(caseId)
                      .arg(displayName(row.state))));
        return result;
    }
    QStringList numbers;
    if (!InventoryRepository(m_store).notDeletedOfPortOut(caseId, &numbers, &result.status))
        return bulkFailed(result.status);
    if (numbers.isEmpty())
        return result; // all deleted already: the clock closes the case
    // Every number of the case, or none: a half-finished port-out helps nobody.
    return runBulkOnce(
        m_store, numbers, BulkOp::UnassignAndDelete, QString(), BulkPolicy::AllOrNothing, progress);
}

} // namespace portdesk
