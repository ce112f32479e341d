// SPDX-License-Identifier: Apache-2.0
#include "InventoryService.h"

#include "InventoryChecks.h"
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

// The start of a change to one number: begins `transaction`, then looks the
// number up (a refusal when it is missing). False when the transaction did
// not begin, the store failed, or the number is missing.
bool openNumber(const Store &store, WriteTransaction *transaction, const QString &typed,
    InventoryNumber *number, ChangeResult *result)
{
    return transaction->begin(&result->status) && findOneNumber(store, typed, number, result);
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
    if (!numbersNamed(typed, basis, noneNamed, &result.violations))
        return result;
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

} // namespace portdesk
