// SPDX-License-Identifier: Apache-2.0
#include "DraftService.h"

#include "ServiceSupport.h"

#include "core/Clock.h"
#include "store/DraftRepository.h"
#include "store/Transaction.h"

namespace portdesk {

using namespace service;

namespace {

void stampExpiry(Draft *d, const QDateTime &now)
{
    d->expiresAt = d->updatedAt.addDays(DraftService::draftRetentionDays);
    d->expiresSoon = now.addDays(DraftService::draftWarningDays) >= d->expiresAt;
}

} // namespace

ChangeResult DraftService::saveDraft(
    qint64 id, const QString &kind, const QString &title, const QJsonObject &content)
{
    ChangeResult result;
    const QDateTime now = Clock::now();
    Draft draft;
    draft.id = id;
    draft.kind = kind;
    draft.title = title;
    draft.content = content;
    draft.createdAt = now;
    draft.updatedAt = now;
    WriteTransaction transaction(m_store);
    bool found = false;
    if (!transaction.begin(&result.status)
        || !DraftRepository(m_store).save(&draft, &found, &result.status))
        return result;
    if (!found) {
        // Pruned or discarded elsewhere meanwhile: keep the work as a new draft.
        draft.id = 0;
        if (!DraftRepository(m_store).save(&draft, &found, &result.status))
            return result;
    }
    if (!transaction.commit(&result.status))
        return result;
    result.id = draft.id;
    return result;
}

QList<Draft> DraftService::listDrafts(const QString &kind, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<Draft> drafts;
    if (!DraftRepository(m_store).list(kind, &drafts, st))
        return {};
    const QDateTime now = Clock::now();
    for (Draft &d : drafts)
        stampExpiry(&d, now);
    return drafts;
}

bool DraftService::loadDraft(qint64 id, Draft *out, StoreStatus *status) const
{
    const StatusOut st(status);
    bool found = false;
    if (!DraftRepository(m_store).load(id, out, &found, st) || !found)
        return false;
    stampExpiry(out, Clock::now());
    return true;
}

ChangeResult DraftService::discardDraft(qint64 id)
{
    ChangeResult result;
    WriteTransaction transaction(m_store);
    bool found = false;
    if (!transaction.begin(&result.status)
        || !DraftRepository(m_store).remove(id, &found, &result.status))
        return result;
    if (!found) {
        result.violations.append(refusal(QStringLiteral("draft"), "draft.not-found",
            DraftService::tr("The draft no longer exists (it may have been discarded or "
                               "pruned already).")));
        return result;
    }
    transaction.commit(&result.status);
    return result;
}

} // namespace portdesk
