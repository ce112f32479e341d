// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/Notification.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

class Store;
struct CaseRow;
struct StoredEvent;

// The email outbox and the opt-outs: notification_outbox,
// notification_opt_outs, and team_members read for the recipients. SQL
// only; callers hold the transaction.
class OutboxRepository {
public:
    explicit OutboxRepository(const Store &store);

    // The messages the event just appended to the case raises
    // (Notifications::raisedBy), one row per kind and recipient, in the
    // caller's transaction: written with the event or not at all. A
    // recipient who opted out of a kind gets none of it.
    bool enqueue(const CaseRow &row, const StoredEvent &event, StoreStatus *status);

    // Support's address on a store without support members in team_members
    // (the machine's settings: portdesk-cli notify settings
    // --support-address); empty: nobody. For every store this process opens.
    static void setFallbackSupportAddress(const QString &address);
    static QString fallbackSupportAddress();

    // Sending. beginClaim() starts the claim's transaction (SQLite: BEGIN
    // IMMEDIATE, the store's one writer; PostgreSQL: a plain transaction
    // whose row lock SKIP LOCKED keeps other senders off); claimNext() takes
    // the first due row (unsent, next_attempt_at <= now, attempts <
    // maxAttempts) and locks it; markSent()/markFailed() record the outcome
    // and endClaim() commits it, which releases the claim.
    bool beginClaim(StoreStatus *status);
    bool claimNext(const QDateTime &now, int maxAttempts, OutboxMessage *out, bool *found,
        StoreStatus *status);
    bool markSent(qint64 id, const QDateTime &at, StoreStatus *status);
    bool markFailed(qint64 id, int attempts, const QDateTime &nextAttemptAt,
        const QString &error, StoreStatus *status);
    bool endClaim(StoreStatus *status);
    void abandonClaim();

    // Newest first; pendingOnly: unsent only. limit > 0: that many at most.
    bool list(bool pendingOnly, int limit, QList<OutboxMessage> *out, StoreStatus *status) const;
    // Rows after afterId, in id order (what a window has not shown yet), and
    // the newest id (0: none).
    bool since(qint64 afterId, QList<OutboxMessage> *out, StoreStatus *status) const;
    bool latestId(qint64 *out, StoreStatus *status) const;
    // Unsent rows due at now and below maxAttempts (what a send would try).
    bool dueCount(const QDateTime &now, int maxAttempts, int *count, StoreStatus *status) const;

    // Emails are compared without case.
    bool optOut(const QString &email, const QString &kind, StoreStatus *status);
    bool optIn(const QString &email, const QString &kind, bool *removed, StoreStatus *status);
    bool optOuts(QList<OptOut> *out, StoreStatus *status) const;

private:
    bool recipientsFor(const CaseRow &row, int audience, QStringList *out,
        StoreStatus *status) const;

    const Store &m_store;
};

} // namespace portdesk
