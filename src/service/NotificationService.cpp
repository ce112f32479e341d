// SPDX-License-Identifier: Apache-2.0
#include "NotificationService.h"

#include "ServiceSupport.h"
#include "core/Notification.h"
#include "core/RequestValidator.h"
#include "store/OutboxRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QSet>

#include <algorithm>

namespace portdesk {

using service::refusal;

qint64 NotificationService::backoffSeconds(int attempts)
{
    const int doublings = std::clamp(attempts - 1, 0, 6);
    return std::min<qint64>(qint64(60) << doublings, 3600);
}

SendReport NotificationService::sendDue(MailTransport &transport, const QDateTime &now, int limit)
{
    SendReport report;
    OutboxRepository outbox(m_store);
    // One claim per message: the row stays locked (SQLite: the store's
    // write lock) only while its one message is on the wire.
    for (int done = 0; limit <= 0 || done < limit; ++done) {
        if (!outbox.beginClaim(&report.status))
            return report;
        OutboxMessage m;
        bool found = false;
        if (!outbox.claimNext(now, maxAttempts, &m, &found, &report.status)) {
            outbox.abandonClaim();
            return report;
        }
        if (!found) {
            outbox.abandonClaim();
            break;
        }
        QString error;
        const bool sent = transport.send(
            OutgoingMail { m.id, m.recipient, m.subject, m.body, m.createdAt }, &error);
        bool marked = false;
        if (sent) {
            marked = outbox.markSent(m.id, now, &report.status);
            ++report.sent;
        } else {
            const int attempts = m.attempts + 1;
            const QString why = attempts >= maxAttempts
                ? tr("%1 (attempt %2 of %3: not tried again)").arg(error).arg(attempts).arg(maxAttempts)
                : tr("%1 (attempt %2 of %3)").arg(error).arg(attempts).arg(maxAttempts);
            marked = outbox.markFailed(
                m.id, attempts, now.addSecs(backoffSeconds(attempts)), why, &report.status);
            if (attempts >= maxAttempts)
                ++report.gaveUp;
            else
                ++report.failed;
        }
        if (!marked || !outbox.endClaim(&report.status)) {
            outbox.abandonClaim();
            return report;
        }
    }
    QList<OutboxMessage> pending;
    if (!outbox.list(true, 0, &pending, &report.status))
        return report;
    report.pending = int(std::count_if(pending.cbegin(), pending.cend(),
        [](const OutboxMessage &m) { return m.attempts < maxAttempts; }));
    return report;
}

QList<OutboxMessage> NotificationService::list(bool pendingOnly, int limit, StoreStatus *status) const
{
    service::StatusOut st(status);
    QList<OutboxMessage> out;
    if (!OutboxRepository(m_store).list(pendingOnly, limit, &out, st))
        out.clear();
    return out;
}

QList<OutboxMessage> NotificationService::since(qint64 afterId, StoreStatus *status) const
{
    service::StatusOut st(status);
    QList<OutboxMessage> out;
    if (!OutboxRepository(m_store).since(afterId, &out, st))
        out.clear();
    return out;
}

qint64 NotificationService::latestId(StoreStatus *status) const
{
    service::StatusOut st(status);
    qint64 id = 0;
    if (!OutboxRepository(m_store).latestId(&id, st))
        return 0;
    return id;
}

ChangeResult NotificationService::checkOptArguments(const QString &kind, const QString &email) const
{
    ChangeResult result;
    if (!Notifications::isKind(kind)) {
        result.violations.append(refusal(QStringLiteral("kind"), "notify.unknown-kind",
            tr("\"%1\" is not a kind of notification; the kinds are: %2.")
                .arg(kind, Notifications::kinds().join(QStringLiteral(", ")))));
    }
    if (!RequestValidator::isValidEmail(email.trimmed())) {
        result.violations.append(refusal(QStringLiteral("email"), "notify.bad-email",
            tr("\"%1\" is not a valid email address.").arg(email)));
    }
    return result;
}

ChangeResult NotificationService::optOut(const QString &kind, const QString &email)
{
    ChangeResult result = checkOptArguments(kind, email);
    if (!result.ok())
        return result;
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status)
        || !OutboxRepository(m_store).optOut(email, kind, &result.status)
        || !transaction.commit(&result.status))
        return service::failedWith(result.status);
    return result;
}

ChangeResult NotificationService::optIn(const QString &kind, const QString &email)
{
    ChangeResult result = checkOptArguments(kind, email);
    if (!result.ok())
        return result;
    WriteTransaction transaction(m_store);
    bool removed = false;
    if (!transaction.begin(&result.status)
        || !OutboxRepository(m_store).optIn(email, kind, &removed, &result.status)
        || !transaction.commit(&result.status))
        return service::failedWith(result.status);
    return result;
}

void NotificationService::setSupportFallback(const QString &address)
{
    OutboxRepository::setFallbackSupportAddress(address);
}

QList<OptOut> NotificationService::optOuts(StoreStatus *status) const
{
    service::StatusOut st(status);
    QList<OptOut> out;
    if (!OutboxRepository(m_store).optOuts(&out, st))
        out.clear();
    return out;
}

QStringList NotificationService::optedOutKinds(const QString &email, StoreStatus *status) const
{
    const QString address = email.trimmed().toLower();
    QSet<QString> kinds;
    for (const OptOut &o : optOuts(status))
        if (o.email.compare(address, Qt::CaseInsensitive) == 0)
            kinds.insert(o.kind);
    QStringList out;
    for (const QString &kind : Notifications::kinds())
        if (kinds.contains(kind))
            out << kind;
    return out;
}

ChangeResult NotificationService::setOptOuts(const QString &email, const QStringList &optedOut)
{
    ChangeResult result = checkOptArguments(Notifications::kinds().constFirst(), email);
    for (const QString &kind : optedOut)
        if (!Notifications::isKind(kind))
            result.violations += checkOptArguments(kind, email).violations.mid(0, 1);
    if (!result.ok())
        return result;
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    OutboxRepository outbox(m_store);
    for (const QString &kind : Notifications::kinds()) {
        bool removed = false;
        const bool written = optedOut.contains(kind)
            ? outbox.optOut(email, kind, &result.status)
            : outbox.optIn(email, kind, &removed, &result.status);
        if (!written)
            return service::failedWith(result.status);
    }
    if (!transaction.commit(&result.status))
        return service::failedWith(result.status);
    return result;
}

} // namespace portdesk
