// SPDX-License-Identifier: Apache-2.0
#include "CaseSteps.h"

#include "ServiceSupport.h"

#include <QCoreApplication>

#include <algorithm>

#include "store/CaseRepository.h"
#include "store/InventoryRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

namespace portdesk::service {

bool factsFor(const Store &store, const CaseRow &row, CaseFacts *facts, StoreStatus *status)
{
    facts->kind = row.kind;
    facts->state = row.state;
    facts->focAt = row.focAt;
    facts->numbersLeft = 0;
    facts->numbers = row.numbers;
    facts->rejected.clear();
    for (auto it = row.rejected.cbegin(); it != row.rejected.cend(); ++it)
        facts->rejected.insert(it.key());
    if (row.kind == CaseKind::PortOut)
        return InventoryRepository(store).countNotDeleted(row.id, &facts->numbersLeft, status);
    return true;
}

bool applyEvent(const Store &store, CaseRow *row, CaseEvent event, Role actor,
    const EventArgs &args, CaseState next, const QDateTime &now, const QJsonObject &extra,
    StoreStatus *status)
{
    StoredEvent stored;
    stored.seq = row->lastSeq + 1;
    stored.event = event;
    stored.actor = actor;
    stored.at = now;
    stored.stateAfter = next;
    stored.payload = args.toJson();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        stored.payload.insert(it.key(), it.value());
    if (!CaseRepository(store).append(stored, row, status))
        return false;

    InventoryRepository inventory(store);
    switch (event) {
    case CaseEvent::Inventory:
        return inventory.addPortIn(row->id, row->productType, now, status);
    case CaseEvent::Activate:
        return inventory.activatePortIn(row->id, now, status);
    case CaseEvent::Cancel:
        return row->kind == CaseKind::PortIn ? inventory.dropPortIn(row->id, now, status)
                                             : inventory.endPortOut(row->id, now, status);
    case CaseEvent::PortedOut:
        return inventory.markPortedOut(row->id, now, status);
    default:
        return true;
    }
}

bool openCase(const Store &store, WriteTransaction *transaction, qint64 caseId, bool lock,
    qint64 refusedId, CaseRow *row, ChangeResult *result)
{
    if (!transaction->begin(&result->status))
        return false;
    bool found = false;
    if (!CaseRepository(store).load(caseId, lock, row, &found, &result->status)) {
        *result = failedWith(result->status);
        return false;
    }
    if (!found) {
        *result = refusedWith(refusedId, caseNotFound(caseId));
        return false;
    }
    result->state = row->state;
    return true;
}

bool roleOfLogin(const Store &store, Role actor, ChangeResult *result)
{
    const TeamIdentity &team = store.team();
    if (!team.roleFromLogin() || actor == Role::System || actor == team.role)
        return true;
    result->violations.append(refusal(QStringLiteral("actor"), "team.role-from-login",
        QCoreApplication::translate("CaseService",
            "On this team store the login %1 is %2: it cannot act as %3.")
            .arg(team.login, toString(team.role), toString(actor))));
    return false;
}

bool versionMatches(
    const Store &store, const CaseRow &row, const ChangeBasis &basis, ChangeResult *result)
{
    if (!basis.namesVersion() || basis.expectedVersion == row.lastSeq)
        return true;
    if (basis.expectedVersion > row.lastSeq || basis.expectedVersion < 0) {
        result->violations.append(refusal(QStringLiteral("version"), "case.changed",
            QCoreApplication::translate("portdesk::service",
                "Case %1 is at version %2, not %3; your change was not applied.")
                .arg(row.id)
                .arg(row.lastSeq)
                .arg(basis.expectedVersion)));
        return false;
    }
    // What happened since the version the person saw: the steps, and who
    // took the last one when.
    QList<StoredEvent> events;
    if (!CaseRepository(store).events(row.id, &events, &result->status)) {
        *result = failedWith(result->status);
        return false;
    }
    const bool onlyReveals = std::all_of(events.cbegin(), events.cend(), [&](const StoredEvent &e) {
        return e.seq <= basis.expectedVersion || e.event == CaseEvent::Reveal;
    });
    if (onlyReveals)
        return true;
    QStringList what;
    QString login;
    QDateTime at = row.updatedAt;
    for (const StoredEvent &e : std::as_const(events)) {
        if (e.seq <= basis.expectedVersion || e.event == CaseEvent::Reveal)
            continue;
        const QString step = displayName(e.event);
        if (!what.contains(step))
            what << step;
        login = e.login;
        at = e.at;
    }
    result->violations.append(refusal(QStringLiteral("version"), "case.changed",
        QCoreApplication::translate("portdesk::service",
            "Case %1 was changed by %2 at %3 (%4; now version %5, yours was %6); your change "
            "was not applied.")
            .arg(QString::number(row.id), conflictLogin(login), conflictTime(at),
                what.join(QStringLiteral(", ")), QString::number(row.lastSeq),
                QString::number(basis.expectedVersion))));
    return false;
}

} // namespace portdesk::service
