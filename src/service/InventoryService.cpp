// SPDX-License-Identifier: Apache-2.0
#include "InventoryService.h"

#include "ServiceSupport.h"

#include "core/Clock.h"
#include "core/RequestValidator.h"
#include "store/CaseRepository.h"
#include "store/InventoryRepository.h"
#include "store/Transaction.h"
#include "store/VoiceConnectorRepository.h"

#include <QRegularExpression>

#include <functional>

namespace portdesk {

using namespace service;

namespace {

// "+1206", "1206", "206" and "1 (206)" all mean the same prefix: every
// number in the inventory is a US one, +1 then the area code.
QString normalizedPrefix(const QString &typed)
{
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.isEmpty())
        return QString();
    if (!digits.startsWith(QLatin1Char('1')))
        digits.prepend(QLatin1Char('1'));
    return QLatin1Char('+') + digits;
}

InventoryFilter normalized(const InventoryFilter &filter)
{
    InventoryFilter f = filter;
    f.prefix = normalizedPrefix(filter.prefix);
    return f;
}

} // namespace

QList<InventoryNumber> InventoryService::listInventory(
    const InventoryFilter &filter, StoreStatus *status) const
{
    return readList<InventoryNumber>(status, [&](QList<InventoryNumber> *out, StoreStatus *st) {
        return InventoryRepository(m_store).list(normalized(filter), out, st);
    });
}

int InventoryService::countInventory(const InventoryFilter &filter, StoreStatus *status) const
{
    const StatusOut st(status);
    int n = 0;
    if (!InventoryRepository(m_store).count(normalized(filter), &n, st))
        return 0;
    return n;
}

InventoryCounts InventoryService::inventoryCounts(StoreStatus *status) const
{
    const StatusOut st(status);
    InventoryCounts counts;
    if (!InventoryRepository(m_store).counts(&counts, st))
        return InventoryCounts();
    return counts;
}

namespace {

bool isAssigned(const InventoryNumber &n)
{
    return !n.assignedUser.isEmpty() || !n.assignedVoiceConnector.isEmpty();
}

// Looks up one number of a single-number change; a refusal when it is missing.
bool findOneNumber(
    const Store &store, const QString &typed, InventoryNumber *number, ChangeResult *result)
{
    bool found = false;
    const QString e164 = numberKey(typed);
    if (!InventoryRepository(store).find(e164, number, &found, &result->status))
        return false;
    if (!found) {
        result->violations.append(refusal(QStringLiteral("number"), "inventory.not-found",
            InventoryService::tr("%1 is not in the phone number inventory.").arg(shown(e164))));
        return false;
    }
    return true;
}

// Numbers as typed, looked up at once: their keys (E.164 where they can be
// read) and those of them in the inventory.
bool lookUp(const InventoryRepository &inventory, const QStringList &typed, QStringList *keys,
    QHash<QString, InventoryNumber> *numbers, StoreStatus *status)
{
    *keys = numberKeys(typed);
    return inventory.findMany(*keys, numbers, status);
}

// The start of a change to one number: begins `transaction`, then looks the
// number up (a refusal when it is missing). False when the transaction did
// not begin, the store failed, or the number is missing.
bool openNumber(const Store &store, WriteTransaction *transaction, const QString &typed,
    InventoryNumber *number, ChangeResult *result)
{
    return transaction->begin(&result->status) && findOneNumber(store, typed, number, result);
}

// The version check of a change to one number: true when no version is
// named or the number (read in this transaction) still has it; else a
// number.changed refusal on `field` saying who changed it, when and how.
bool versionMatches(const Store &store, const InventoryNumber &n, qint64 expected,
    const QString &field, Violations *out, StoreStatus *status)
{
    if (expected == ChangeBasis::noVersion || expected == n.version)
        return true;
    QList<InventoryEvent> history;
    if (!InventoryRepository(store).history(n.e164, &history, status))
        return false;
    const QString what = history.isEmpty() ? InventoryService::tr("changed")
                                           : InventoryService::describe(history.constLast());
    out->append(refusal(field, "number.changed",
        InventoryService::tr("Number %1 was changed by %2 at %3 (%4; now version %5, yours was "
                             "%6); your change was not applied.")
            .arg(shown(n.e164), conflictLogin(n.updatedBy), conflictTime(n.updatedAt), what,
                QString::number(n.version), QString::number(expected))));
    return true;
}

// Why a number cannot be assigned to a user (BusinessCalling) or to a Voice
// Connector (VoiceConnector) now, if it cannot. A number still porting in
// (it arrives the day before the FOC) can: it goes live assigned.
void checkAssignable(
    const InventoryNumber &n, ProductType to, const QString &field, Violations *out)
{
    if (n.portedOut) {
        out->append(refusal(field, "inventory.ported-out",
            InventoryService::tr("%1 was ported out: it has left for another carrier and "
                               "cannot be assigned.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.deleted",
            InventoryService::tr("%1 is in the deletion queue: restore it first.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortoutInProgress) {
        out->append(refusal(field, "inventory.porting-out",
            InventoryService::tr("%1 is being ported out: it cannot be assigned.")
                .arg(shown(n.e164))));
    } else if (isAssigned(n)) {
        out->append(refusal(field, "inventory.already-assigned",
            InventoryService::tr("%1 is already assigned to %2: unassign it first.")
                .arg(shown(n.e164),
                    n.assignedUser.isEmpty() ? n.assignedVoiceConnector : n.assignedUser)));
    }
    if (to == ProductType::BusinessCalling && n.tollFree) {
        out->append(refusal(field, "inventory.toll-free-to-user",
            InventoryService::tr("%1 is toll-free: toll-free numbers go to a Voice "
                               "Connector, never to a user.")
                .arg(shown(n.e164))));
    } else if (to == ProductType::BusinessCalling && n.productType != to) {
        out->append(refusal(field, "inventory.product-mismatch",
            InventoryService::tr("%1 is a Voice Connector number: assign it to a "
                               "Voice Connector, not to a user.")
                .arg(shown(n.e164))));
    } else if (to == ProductType::VoiceConnector && n.productType != to) {
        out->append(refusal(field, "inventory.product-mismatch",
            InventoryService::tr("%1 is a Business Calling number: assign it to a "
                               "user, not to a Voice Connector.")
                .arg(shown(n.e164))));
    }
}

void checkUnassignable(const InventoryNumber &n, const QString &field, Violations *out)
{
    if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.deleted",
            InventoryService::tr("%1 is in the deletion queue.").arg(shown(n.e164))));
    } else if (!isAssigned(n)) {
        out->append(refusal(field, "inventory.not-assigned",
            InventoryService::tr("%1 is not assigned.").arg(shown(n.e164))));
    }
}

// Why a number cannot go to the deletion queue. With unassigning, an
// assignment is no obstacle (it is removed first).
void checkDeletable(
    const InventoryNumber &n, bool unassigning, const QString &field, Violations *out)
{
    if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.already-deleted",
            InventoryService::tr("%1 is already in the deletion queue.").arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortinInProgress) {
        out->append(refusal(field, "inventory.delete-porting-in",
            InventoryService::tr("%1 is still being ported in: it cannot be deleted.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortoutInProgress && !n.portedOut) {
        out->append(refusal(field, "inventory.delete-porting-out",
            InventoryService::tr("%1 is in an open port-out: it can be deleted once "
                               "it has ported out.")
                .arg(shown(n.e164))));
    } else if (isAssigned(n) && !unassigning) {
        out->append(refusal(field, "inventory.delete-assigned",
            InventoryService::tr("%1 is assigned: unassign it before deleting it.")
                .arg(shown(n.e164))));
    }
}

void checkRestorable(
    const InventoryNumber &n, const QDateTime &now, const QString &field, Violations *out)
{
    if (n.status != NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.not-deleted",
            InventoryService::tr("%1 is not in the deletion queue.").arg(shown(n.e164))));
    } else if (n.portedOut) {
        // Deleted after its port-out: the carrier it went to holds it now.
        out->append(refusal(field, "inventory.ported-out",
            InventoryService::tr("%1 was ported out: it has left for another carrier and "
                               "cannot be restored. Only a new port-in can bring it back.")
                .arg(shown(n.e164))));
    } else if (n.deletedAt.addDays(InventoryService::deletionQueueDays) <= now) {
        out->append(refusal(field, "inventory.restore-expired",
            InventoryService::tr("%1 was deleted more than %2 days ago: it can no "
                               "longer be restored.")
                .arg(shown(n.e164))
                .arg(InventoryService::deletionQueueDays)));
    }
}

// The assignee of an assignment, checked inside the caller's transaction:
// a valid email (the user is created when new) or an existing connector.
struct Assignee {
    ProductType to = ProductType::BusinessCalling;
    QString key; // email (lower case) or connector name
    VoiceConnector connector;
    QString detail() const
    {
        return to == ProductType::BusinessCalling ? QStringLiteral("user:") + key
                                                  : QStringLiteral("voice-connector:") + key;
    }
};

bool checkAssignee(const Store &store, ProductType to, const QString &typed, Assignee *out,
    Violations *violations, StoreStatus *status)
{
    out->to = to;
    const QString name = typed.trimmed();
    if (to == ProductType::BusinessCalling) {
        out->key = name.toLower();
        if (name.isEmpty()) {
            violations->append(refusal(QStringLiteral("email"), "email.required",
                InventoryService::tr("Give the email address of the user.")));
        } else if (!RequestValidator::isValidEmail(name)) {
            violations->append(refusal(QStringLiteral("email"), "email.invalid",
                InventoryService::tr("\"%1\" is not a valid email address.").arg(name)));
        }
        return true;
    }
    out->key = name;
    bool found = false;
    if (!VoiceConnectorRepository(store).find(name, &out->connector, &found, status))
        return false;
    if (!found) {
        violations->append(refusal(QStringLiteral("voiceConnector"), "voiceConnector.not-found",
            InventoryService::tr("There is no Voice Connector named \"%1\".").arg(name)));
    }
    return true;
}

// One assignment: a Business Calling number to the user with this email, or
// a Voice Connector number to the connector of this name. Checked and
// written in one transaction.
ChangeResult assignNumber(Store &store, const QString &typed, ProductType to, const QString &name,
    const ChangeBasis &basis)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    WriteTransaction transaction(store);
    InventoryNumber number;
    if (openNumber(store, &transaction, typed, &number, &result)) {
        if (!versionMatches(store, number, basis.expectedVersion, QStringLiteral("number"),
                &result.violations, &result.status))
            return failedWith(result.status);
        if (hasErrors(result.violations))
            return result;
        checkAssignable(number, to, QStringLiteral("number"), &result.violations);
    } else if (!transaction.active())
        return result;
    if (!result.status.ok())
        return failedWith(result.status);
    Assignee assignee;
    if (!checkAssignee(store, to, name, &assignee, &result.violations, &result.status))
        return failedWith(result.status);
    if (hasErrors(result.violations))
        return result;

    InventoryRepository inventory(store);
    qint64 userId = 0;
    if ((to == ProductType::BusinessCalling
            && !inventory.ensureUser(assignee.key, now, &userId, &result.status))
        || !inventory.assignMany(
            { number.id }, userId, assignee.connector.id, assignee.detail(), now, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

// A change to several numbers, all or nothing: each named number looked up
// in one transaction and judged by `refuse` (which appends its refusals for
// the number at `path`); when none is refused, `write` changes them all.
ChangeResult changeNumbers(Store &store, const QStringList &typed, const ChangeBasis &basis,
    const QString &noneNamed, const QString &notFound,
    const std::function<void(
        const InventoryNumber &, const QDateTime &, const QString &, Violations *)> &refuse,
    const std::function<bool(
        InventoryRepository &, const QList<qint64> &, const QDateTime &, StoreStatus *)> &write)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    if (typed.isEmpty()) {
        result.violations.append(refusal(QStringLiteral("numbers"), "numbers.required", noneNamed));
        return result;
    }
    if (!basis.expectedVersions.isEmpty() && basis.expectedVersions.size() != typed.size()) {
        result.violations.append(refusal(QStringLiteral("versions"), "versions.count",
            InventoryService::tr("%n version(s) given for %1 number(s): give one version for "
                                 "each number, in the same order.",
                "", int(basis.expectedVersions.size()))
                .arg(typed.size())));
        return result;
    }
    WriteTransaction transaction(store);
    if (!transaction.begin(&result.status))
        return result;
    QStringList keys;
    QHash<QString, InventoryNumber> numbers;
    if (!lookUp(InventoryRepository(store), typed, &keys, &numbers, &result.status))
        return failedWith(result.status);
    InventoryRepository inventory(store);
    QList<qint64> ids;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString path = QStringLiteral("numbers[%1]").arg(i);
        const auto it = numbers.constFind(keys.at(i));
        if (it == numbers.cend()) {
            result.violations.append(
                refusal(path, "inventory.not-found", notFound.arg(shown(keys.at(i)))));
            continue;
        }
        const qint64 expected = !basis.expectedVersions.isEmpty() ? basis.expectedVersions.at(i)
            : keys.size() == 1                                    ? basis.expectedVersion
                                                                  : ChangeBasis::noVersion;
        const qsizetype before = result.violations.size();
        if (!versionMatches(store, *it, expected, path, &result.violations, &result.status))
            return failedWith(result.status);
        if (ids.contains(it->id))
            continue; // named twice: changed once
        ids.append(it->id);
        if (result.violations.size() > before)
            continue; // changed since: the rules judge the version seen, not this one
        refuse(*it, now, path, &result.violations);
    }
    if (hasErrors(result.violations))
        return result;
    if (!write(inventory, ids, now, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

QString notInInventory()
{
    return InventoryService::tr("%1 is not in the phone number inventory.");
}

QString notInInventoryForRestore()
{
    return InventoryService::tr("%1 is not in the phone number inventory (a number "
                              "deleted more than %2 days ago is gone for good).")
        // %1 stays for the number (a one-pass arg: the text put in is not read again).
        .arg(QStringLiteral("%1"), QString::number(InventoryService::deletionQueueDays));
}

} // namespace

namespace {
// A number change whose first try committed: done.
ChangeResult numberChangeDone()
{
    return ChangeResult();
}
} // namespace

ChangeResult InventoryService::assignToUser(
    const QString &e164, const QString &email, const ChangeBasis &basis)
{
    return runChange(
        m_store, basis.requestKey,
        [&] { return assignNumber(m_store, e164, ProductType::BusinessCalling, email, basis); },
        numberChangeDone);
}

ChangeResult InventoryService::assignToVoiceConnector(
    const QString &e164, const QString &name, const ChangeBasis &basis)
{
    return runChange(
        m_store, basis.requestKey,
        [&] { return assignNumber(m_store, e164, ProductType::VoiceConnector, name, basis); },
        numberChangeDone);
}

ChangeResult InventoryService::unassign(const QString &e164, const ChangeBasis &basis)
{
    return runChange(
        m_store, basis.requestKey, [&] { return unassignOnce(e164, basis); }, numberChangeDone);
}

ChangeResult InventoryService::unassignOnce(const QString &e164, const ChangeBasis &basis)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    WriteTransaction transaction(m_store);
    InventoryNumber number;
    if (!openNumber(m_store, &transaction, e164, &number, &result))
        return !transaction.active() || result.status.ok() ? result : failedWith(result.status);
    if (!versionMatches(m_store, number, basis.expectedVersion, QStringLiteral("number"),
            &result.violations, &result.status))
        return failedWith(result.status);
    if (hasErrors(result.violations))
        return result;
    checkUnassignable(number, QStringLiteral("number"), &result.violations);
    if (hasErrors(result.violations))
        return result;
    if (!InventoryRepository(m_store).unassign(number.id, now, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

ChangeResult InventoryService::deleteNumbers(const QStringList &e164, const ChangeBasis &basis)
{
    const auto refuse = [](const InventoryNumber &n, const QDateTime &, const QString &path,
                            Violations *out) { checkDeletable(n, false, path, out); };
    return runChange(
        m_store, basis.requestKey,
        [&] {
            return changeNumbers(m_store, e164, basis,
                InventoryService::tr("Name at least one number to delete."), notInInventory(),
                refuse,
                [](InventoryRepository &inventory, const QList<qint64> &ids, const QDateTime &now,
                    StoreStatus *status) { return inventory.markDeleted(ids, now, status); });
        },
        numberChangeDone);
}

ChangeResult InventoryService::restoreNumbers(const QStringList &e164, const ChangeBasis &basis)
{
    const auto refuse = [](const InventoryNumber &n, const QDateTime &now, const QString &path,
                            Violations *out) { checkRestorable(n, now, path, out); };
    return runChange(
        m_store, basis.requestKey,
        [&] {
            return changeNumbers(m_store, e164, basis,
                InventoryService::tr("Name at least one number to restore."),
                notInInventoryForRestore(), refuse,
                [](InventoryRepository &inventory, const QList<qint64> &ids, const QDateTime &now,
                    StoreStatus *status) { return inventory.restore(ids, now, status); });
        },
        numberChangeDone);
}

bool InventoryService::findNumber(
    const QString &number, InventoryNumber *out, StoreStatus *status) const
{
    const StatusOut st(status);
    bool found = false;
    return InventoryRepository(m_store).find(numberKey(number), out, &found, st) && found;
}

QList<InventoryEvent> InventoryService::numberHistory(
    const QString &number, StoreStatus *status) const
{
    return readList<InventoryEvent>(status, [&](QList<InventoryEvent> *out, StoreStatus *st) {
        return InventoryRepository(m_store).history(numberKey(number), out, st);
    });
}

QString InventoryService::describe(const InventoryEvent &event)
{
    // "user:EMAIL" / "voice-connector:NAME" as people read it.
    QString assignee = event.detail;
    if (assignee.startsWith(QLatin1String("user:")))
        assignee = InventoryService::tr("user %1").arg(assignee.mid(5));
    else if (assignee.startsWith(QLatin1String("voice-connector:")))
        assignee = InventoryService::tr("Voice Connector %1").arg(assignee.mid(16));
    // What each history line says, and what fills its %1.
    enum class Arg { None, Case, Assignee, Detail, Days };
    struct Line {
        const char *what;
        const char *text;
        Arg arg;
    };
    static const Line lines[] = {
        { "arrived", QT_TRANSLATE_NOOP("InventoryService", "Arrived with port-in %1, not yet active"), Arg::Case },
        { "activated", QT_TRANSLATE_NOOP("InventoryService", "Activated: port-in %1 completed"), Arg::Case },
        { "dropped", QT_TRANSLATE_NOOP("InventoryService", "Removed: port-in %1 was cancelled"), Arg::Case },
        { "assigned", QT_TRANSLATE_NOOP("InventoryService", "Assigned to %1"), Arg::Assignee },
        { "unassigned", QT_TRANSLATE_NOOP("InventoryService", "Unassigned from %1"), Arg::Assignee },
        { "deleted", QT_TRANSLATE_NOOP("InventoryService", "Deleted: in the deletion queue for %1 days"), Arg::Days },
        { "restored", QT_TRANSLATE_NOOP("InventoryService", "Restored from the deletion queue"), Arg::None },
        { "purged", QT_TRANSLATE_NOOP("InventoryService", "Purged from the deletion queue"), Arg::None },
        { "port-out", QT_TRANSLATE_NOOP("InventoryService", "Entered port-out %1"), Arg::Case },
        { "port-out-cancelled", QT_TRANSLATE_NOOP("InventoryService", "Port-out %1 was cancelled"), Arg::Case },
        { "ported-out", QT_TRANSLATE_NOOP("InventoryService", "Ported out with port-out %1"), Arg::Case },
        { "imported", QT_TRANSLATE_NOOP("InventoryService", "Imported from a file as %1"), Arg::Detail },
    };
    const QString w = event.what;
    for (const Line &line : lines) {
        if (w != QLatin1String(line.what))
            continue;
        const QString text = tr(line.text);
        switch (line.arg) {
        case Arg::None:
            return text;
        case Arg::Case:
            return text.arg(event.caseId);
        case Arg::Assignee:
            return text.arg(assignee);
        case Arg::Detail:
            return text.arg(event.detail);
        case Arg::Days:
            return text.arg(deletionQueueDays);
        }
    }
    return event.detail.isEmpty() ? w : w + QStringLiteral(": ") + event.detail;
}

// ---------------------------------------------------------------------------
// Bulk actions on selected numbers

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

BulkResult runBulk(Store &store, const QStringList &typed, BulkOp op, const QString &assigneeName,
    BulkPolicy policy, const BulkProgress &progress)
{
    const QDateTime now = Clock::now();
    BulkResult result;
    if (typed.isEmpty()) {
        result.violations.append(refusal(QStringLiteral("numbers"), "numbers.required",
            InventoryService::tr("Select at least one number.")));
        return result;
    }
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
    const QString field = QStringLiteral("number");
    for (const QString &key : keys) {
        if (seen.contains(key))
            continue; // named twice: judged and changed once
        seen.insert(key);
        const auto it = numbers.constFind(key);
        Violations why;
        if (it == numbers.cend()) {
            why.append(refusal(field, "inventory.not-found", notFound.arg(shown(key))));
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
    if (!transaction.commit(&result.status))
        return bulkFailed(result.status);
    result.changed = total;
    return result;
}

} // namespace

BulkResult InventoryService::changeSelected(BulkOp op, const QStringList &numbers,
    const QString &assignee, BulkPolicy policy, const BulkProgress &progress)
{
    return runBulk(m_store, numbers, op, assignee, policy, progress);
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
    return runBulk(
        m_store, numbers, BulkOp::UnassignAndDelete, QString(), BulkPolicy::AllOrNothing, progress);
}

} // namespace portdesk
