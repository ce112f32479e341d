// SPDX-License-Identifier: Apache-2.0
// CaseService's reads: a case with its events, the list, the checks a form
// runs before submitting, and the case queue's pages and counts.
#include "CaseService.h"

#include "SecretService.h"
#include "ServiceSupport.h"
#include "StoreContext.h"

#include "core/Clock.h"
#include "store/CaseQueueRepository.h"
#include "store/CaseRepository.h"

namespace portdesk {

using namespace service;

bool CaseService::loadCase(qint64 caseId, CaseRecord *out, StoreStatus *status) const
{
    const StatusOut st(status);
    CaseRepository cases(m_store);
    CaseRow row;
    bool found = false;
    QList<StoredEvent> events;
    if (!cases.load(caseId, false, &row, &found, st) || !found)
        return false;
    if (!cases.events(caseId, &events, st))
        return false;
    *out = row.toRecord();
    for (const StoredEvent &e : std::as_const(events))
        out->events.append(CaseEventRecord { e.seq, e.recorded(), e.login });
    // A secret typed into free text before it was refused shows masked.
    maskFreeText(out);
    return true;
}

bool CaseService::loadCaseFromEvents(qint64 caseId, CaseRecord *out, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<StoredEvent> events;
    if (!CaseRepository(m_store).events(caseId, &events, st) || events.isEmpty())
        return false;
    *out = CaseRepository::derive(caseId, events).toRecord();
    for (const StoredEvent &e : std::as_const(events))
        out->events.append(CaseEventRecord { e.seq, e.recorded(), e.login });
    // A secret typed into free text before it was refused shows masked.
    maskFreeText(out);
    return true;
}

QList<CaseSummary> CaseService::listCases(
    const CaseState *state, StoreStatus *status, int limit) const
{
    return readList<CaseSummary>(status, [&](QList<CaseSummary> *out, StoreStatus *st) {
        return CaseRepository(m_store).list(state, limit, out, st);
    });
}

Violations CaseService::checkPortIn(const PortInRequest &request) const
{
    const StoreContext context(m_store, 0);
    Violations violations = RequestValidator::validate(request, Clock::now(), &context);
    if (!context.status().ok()) {
        violations.append(
            refusal(QStringLiteral("store"), "store.unavailable", context.status().message));
    }
    return violations;
}

CaseService::NumbersInUse CaseService::numbersInUse(
    const QStringList &e164, StoreStatus *status) const
{
    const StatusOut st(status);
    const StoreContext context(m_store, 0);
    NumbersInUse used;
    used.inInventory = context.numbersInInventory(e164);
    used.inOpenPortIn = context.numbersInOpenPortIn(e164);
    *st = context.status();
    if (!(*st).ok())
        return {};
    return used;
}

// ---------------------------------------------------------------------------
// The case queue

bool CaseService::queuePage(const CaseQueueQuery &query, const CaseQueueRow *after, int limit,
    QList<CaseQueueRow> *out, bool *more, StoreStatus *status) const
{
    StoreStatus local;
    const bool ok = CaseQueueRepository(m_store).page(query, after, limit, out, more, &local);
    if (status)
        *status = local;
    return ok;
}

bool CaseService::queueStateCounts(
    const CaseQueueFilter &filter, CaseStateCounts *out, StoreStatus *status) const
{
    StoreStatus local;
    const bool ok = CaseQueueRepository(m_store).stateCounts(filter, out, &local);
    if (status)
        *status = local;
    return ok;
}

} // namespace portdesk
