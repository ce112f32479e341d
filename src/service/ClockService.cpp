// SPDX-License-Identifier: Apache-2.0
#include "ClockService.h"

#include "CaseSteps.h"
#include "DraftService.h"
#include "InventoryService.h"
#include "ServiceSupport.h"

#include "core/Clock.h"
#include "store/CaseRepository.h"
#include "store/DraftRepository.h"
#include "store/InventoryRepository.h"
#include "store/LoaRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <functional>

namespace portdesk {

using namespace service;

namespace {

// A purge: whether anything is due is found by reading alone, and a write
// transaction is only begun for something to apply (applied again from what
// the transaction reads, so that two programs ticking at once purge once).
bool applyIfDue(Store &store, StoreStatus *status,
    const std::function<bool(bool *due, StoreStatus *)> &isDue,
    const std::function<bool(StoreStatus *)> &apply)
{
    bool due = false;
    if (!isDue(&due, status))
        return false;
    if (!due)
        return true;
    WriteTransaction transaction(store);
    return transaction.begin(status) && apply(status) && transaction.commit(status);
}

} // namespace

QList<AppliedStep> ClockService::tick(StoreStatus *status)
{
    const StatusOut st(status);
    const QDateTime now = Clock::now();
    QList<AppliedStep> steps;
    if (m_store.isReadOnly())
        return steps; // the caller shows due() instead

    // Every command and every refresh ticks: what is due is found by reading
    // alone, and a write transaction is only begun for something to apply
    // (and the check made again inside it, so that two programs ticking at
    // once apply each step once).

    // The deletion queue first, so that a port-out whose last numbers go now
    // can close in the same tick.
    const QDateTime purgeCutoff = now.addDays(-InventoryService::deletionQueueDays);
    const InventoryRepository inventory(m_store);
    QStringList purged;
    if (!applyIfDue(
            m_store, st,
            [&](bool *any, StoreStatus *s) { return inventory.purgeDue(purgeCutoff, any, s); },
            [&](StoreStatus *s) {
                return InventoryRepository(m_store).purge(purgeCutoff, &purged, s);
            }))
        return steps;
    for (const QString &e164 : std::as_const(purged))
        steps.append(AppliedStep { 0, QStringLiteral("purge"), e164 });
    // Attachments deleted from a case as long ago go for good the same way.
    QList<CaseFileEvent> purgedFiles;
    if (!applyIfDue(
            m_store, st,
            [&](bool *any, StoreStatus *s) {
                return LoaRepository(m_store).purgeDue(purgeCutoff, any, s);
            },
            [&](StoreStatus *s) {
                return LoaRepository(m_store).purge(purgeCutoff, now, &purgedFiles, s);
            }))
        return steps;
    for (const CaseFileEvent &e : std::as_const(purgedFiles))
        steps.append(AppliedStep { e.caseId, QStringLiteral("purge-file"), e.fileName });

    QList<qint64> due;
    if (!CaseRepository(m_store).dueCases(now, &due, st))
        return steps;
    for (qint64 caseId : std::as_const(due)) {
        WriteTransaction transaction(m_store);
        if (!transaction.begin(st))
            return steps;
        // Re-read and locked inside the transaction: another program that
        // ticked first has already moved the case on, and then nothing is due.
        CaseRow row;
        bool found = false;
        CaseFacts facts;
        if (!CaseRepository(m_store).load(caseId, true, &row, &found, st))
            return steps;
        if (!found)
            continue;
        if (!factsFor(m_store, row, &facts, st))
            return steps;
        const int seenSeq = row.lastSeq;
        QList<AppliedStep> applied;
        StoreStatus caseStatus;
        const QList<CaseEvent> events = CaseStateMachine::dueEvents(facts, now);
        for (CaseEvent event : events) {
            const Decision decision = CaseStateMachine::decide(facts, event, Role::System, {}, now);
            if (!decision.allowed)
                break;
            if (!applyEvent(
                    m_store, &row, event, Role::System, {}, decision.next, now, {}, &caseStatus))
                break;
            facts.state = decision.next;
            applied.append(AppliedStep { caseId, toString(event), QString() });
        }
        if (applied.isEmpty() && caseStatus.ok())
            continue;
        if (!caseStatus.ok() || !transaction.commit(&caseStatus)) {
            transaction.rollback();
            // The UNIQUE (case_id, seq) guard: if another program appended
            // to the case meanwhile, it applied the step; that is no failure.
            CaseRow current;
            bool stillThere = false;
            StoreStatus reread;
            if (caseStatus.code != StoreStatus::Code::Damaged
                && CaseRepository(m_store).load(caseId, false, &current, &stillThere, &reread)
                && stillThere && current.lastSeq != seenSeq)
                continue;
            *st = caseStatus;
            return steps;
        }
        steps += applied;
    }

    // Drafts left untouched for the retention period go.
    const QDateTime draftCutoff = now.addDays(-DraftService::draftRetentionDays);
    DraftRepository drafts(m_store);
    QList<Draft> pruned;
    if (!applyIfDue(
            m_store, st,
            [&](bool *any, StoreStatus *s) { return drafts.anyOlderThan(draftCutoff, any, s); },
            [&](StoreStatus *s) { return drafts.removeOlderThan(draftCutoff, &pruned, s); }))
        return steps;
    for (const Draft &d : std::as_const(pruned))
        steps.append(AppliedStep { 0, QStringLiteral("prune-draft"), d.title });
    return steps;
}

ClockService::Due ClockService::due(StoreStatus *status) const
{
    const StatusOut st(status);
    const QDateTime now = Clock::now();
    const QDateTime purgeCutoff = now.addDays(-InventoryService::deletionQueueDays);
    Due out;
    QList<qint64> cases;
    bool numbers = false, files = false, drafts = false;
    if (!CaseRepository(m_store).dueCases(now, &cases, st)
        || !InventoryRepository(m_store).purgeDue(purgeCutoff, &numbers, st)
        || !LoaRepository(m_store).purgeDue(purgeCutoff, &files, st)
        || !DraftRepository(m_store).anyOlderThan(
            now.addDays(-DraftService::draftRetentionDays), &drafts, st))
        return out;
    out.cases = int(cases.size());
    out.purges = numbers || files || drafts;
    return out;
}

} // namespace portdesk
