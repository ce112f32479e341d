// PortingService: the case queue (read only; the SQL is CaseQueueRepository's).

#include "PortingService.h"

#include "CaseQueueRepository.h"

namespace portdesk {

bool PortingService::queuePage(const CaseQueueQuery &query, const CaseQueueRow *after, int limit,
    QList<CaseQueueRow> *out, bool *more, StoreStatus *status) const
{
    StoreStatus local;
    const bool ok = CaseQueueRepository(m_store).page(query, after, limit, out, more, &local);
    if (status)
        *status = local;
    return ok;
}

bool PortingService::queueStateCounts(
    const CaseQueueFilter &filter, CaseStateCounts *out, StoreStatus *status) const
{
    StoreStatus local;
    const bool ok = CaseQueueRepository(m_store).stateCounts(filter, out, &local);
    if (status)
        *status = local;
    return ok;
}

bool PortingService::queueHistories(
    const QList<qint64> &caseIds, QHash<qint64, CaseQueueHistory> *out, StoreStatus *status) const
{
    StoreStatus local;
    const bool ok = CaseQueueRepository(m_store).histories(caseIds, out, &local);
    if (status)
        *status = local;
    return ok;
}

} // namespace portdesk
