// SPDX-License-Identifier: Apache-2.0
#include "OutboxRepository.h"

#include "CaseRepository.h"
#include "SqlSupport.h"
#include "Store.h"
#include "core/Notification.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

namespace portdesk {

namespace {

QMutex fallbackMutex;
QString fallbackAddress;

NotificationFacts factsOf(const CaseRow &row)
{
    NotificationFacts facts;
    facts.caseId = row.id;
    facts.caseKind = row.kind;
    facts.state = row.state;
    facts.focAt = row.focAt;
    facts.zone = row.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(row.timeZone);
    facts.numbers = row.numbers;
    facts.customerName = row.customerName;
    return facts;
}

void addUnique(QStringList *list, const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return;
    for (const QString &have : std::as_const(*list)) {
        if (have.compare(trimmed, Qt::CaseInsensitive) == 0)
            return;
    }
    list->append(trimmed);
}

const QString outboxColumns
    = QStringLiteral("id, case_id, event_seq, kind, recipient, subject, body, created_at, "
                     "attempts, next_attempt_at, sent_at, last_error");

void readMessage(const sql::Query &q, OutboxMessage *m)
{
    m->id = q.value(0).toLongLong();
    m->caseId = sql::idFrom(q.value(1));
    m->eventSeq = q.value(2).toInt();
    m->kind = q.value(3).toString();
    m->recipient = q.value(4).toString();
    m->subject = q.value(5).toString();
    m->body = q.value(6).toString();
    m->createdAt = sql::timeFrom(q.value(7));
    m->attempts = q.value(8).toInt();
    m->nextAttemptAt = sql::timeFrom(q.value(9));
    m->sentAt = sql::timeFrom(q.value(10));
    m->lastError = q.value(11).toString();
}

} // namespace

OutboxRepository::OutboxRepository(const Store &store) : m_store(store) { }

void OutboxRepository::setFallbackSupportAddress(const QString &address)
{
    const QMutexLocker lock(&fallbackMutex);
    fallbackAddress = address.trimmed();
}

QString OutboxRepository::fallbackSupportAddress()
{
    const QMutexLocker lock(&fallbackMutex);
    return fallbackAddress;
}

bool OutboxRepository::recipientsFor(
    const CaseRow &row, int audience, QStringList *out, StoreStatus *status) const
{
    out->clear();
    if (NotificationAudience(audience) == NotificationAudience::Support) {
        sql::Query q(m_store,
            QStringLiteral("SELECT email FROM team_members WHERE role = 'support' AND email <> '' "
                           "ORDER BY login"));
        if (!q.exec(status))
            return false;
        while (q.next())
            addUnique(out, q.value(0).toString());
        if (!q.done(status))
            return false;
        if (out->isEmpty())
            addUnique(out, fallbackSupportAddress());
        return true;
    }
    // The case's admin, and the admins of the case's account (a team store).
    addUnique(out, row.adminEmail);
    sql::Query q(m_store,
        QStringLiteral("SELECT t.email FROM team_members t JOIN cases c "
                       "ON c.account_id = t.account_id WHERE c.id = ? AND t.role = 'admin' "
                       "AND t.email <> '' ORDER BY t.login"));
    q << qlonglong(row.id);
    if (!q.exec(status))
        return false;
    while (q.next())
        addUnique(out, q.value(0).toString());
    return q.done(status);
}

bool OutboxRepository::enqueue(const CaseRow &row, const StoredEvent &event, StoreStatus *status)
{
    const QList<RaisedNotification> raised = Notifications::raisedBy(row.kind, event.event);
    if (raised.isEmpty())
        return true;
    const NotificationFacts facts = factsOf(row);
    for (const RaisedNotification &r : raised) {
        QStringList recipients;
        if (!recipientsFor(row, int(r.audience), &recipients, status))
            return false;
        if (recipients.isEmpty())
            continue;
        const NotificationMessage message = Notifications::compose(r.kind, facts);
        for (const QString &recipient : std::as_const(recipients)) {
            sql::Query optedOut(m_store,
                QStringLiteral("SELECT COUNT(*) FROM notification_opt_outs "
                               "WHERE email = ? AND kind = ?"));
            optedOut << recipient.toLower() << r.kind;
            if (!optedOut.exec(status) || !optedOut.single(status))
                return false;
            const bool skip = optedOut.value(0).toInt() > 0;
            optedOut.finish();
            if (skip)
                continue;
            sql::Query insert(m_store,
                QStringLiteral("INSERT INTO notification_outbox (account_id, case_id, event_seq, "
                               "kind, recipient, subject, body, created_at, next_attempt_at) "
                               "SELECT account_id, id, ?, ?, ?, ?, ?, ?, ? FROM cases WHERE id = ? "
                               "ON CONFLICT (case_id, event_seq, kind, recipient) DO NOTHING"));
            insert << event.seq << r.kind << recipient << message.subject << message.body
                   << sql::timeValue(event.at) << sql::timeValue(event.at) << qlonglong(row.id);
            if (!insert.exec(status))
                return false;
        }
    }
    return true;
}

bool OutboxRepository::beginClaim(StoreStatus *status)
{
    if (!m_store.damage().ok() || m_store.isReadOnly()) {
        if (status && status->ok()) {
            if (!m_store.damage().ok()) {
                *status = m_store.damage();
            } else {
                status->code = StoreStatus::Code::ReadOnly;
                status->message = Store::tr("The store %1 is open read-only (%2): nothing was "
                                            "changed.")
                                      .arg(m_store.displayName(), m_store.readOnlyReason());
            }
        }
        return false;
    }
    if (m_store.writeInProgress()) {
        if (status && status->ok()) {
            status->code = StoreStatus::Code::Unavailable;
            status->message = Store::tr("The store %1 is busy with another change of this "
                                        "program; try again when it is done.")
                                  .arg(m_store.displayName());
        }
        return false;
    }
    if (!sql::run(m_store,
            m_store.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"),
            status))
        return false;
    m_store.setWriteInProgress(true);
    return true;
}

bool OutboxRepository::claimNext(const QDateTime &now, int maxAttempts, OutboxMessage *out,
    bool *found, StoreStatus *status)
{
    *found = false;
    QString text = QStringLiteral("SELECT ") + outboxColumns
        + QStringLiteral(" FROM notification_outbox WHERE sent_at IS NULL AND next_attempt_at <= ? "
                         "AND attempts < ? ORDER BY next_attempt_at, id LIMIT 1");
    if (m_store.isPostgres())
        text += QStringLiteral(" FOR UPDATE SKIP LOCKED");
    sql::Query q(m_store, text);
    q << sql::timeValue(now) << maxAttempts;
    if (!q.exec(status))
        return false;
    if (q.next()) {
        readMessage(q, out);
        *found = true;
    }
    const bool ok = q.done(status);
    q.finish();
    return ok;
}

bool OutboxRepository::markSent(qint64 id, const QDateTime &at, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("UPDATE notification_outbox SET sent_at = ?, attempts = attempts + 1, "
                       "last_error = NULL WHERE id = ? AND sent_at IS NULL"));
    q << sql::timeValue(at) << qlonglong(id);
    return q.exec(status);
}

bool OutboxRepository::markFailed(qint64 id, int attempts, const QDateTime &nextAttemptAt,
    const QString &error, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("UPDATE notification_outbox SET attempts = ?, next_attempt_at = ?, "
                       "last_error = ? WHERE id = ? AND sent_at IS NULL"));
    q << attempts << sql::timeValue(nextAttemptAt) << sql::text(error) << qlonglong(id);
    return q.exec(status);
}

bool OutboxRepository::endClaim(StoreStatus *status)
{
    if (!m_store.writeInProgress())
        return false;
    if (m_store.isPostgres()
        && !sql::run(m_store, QStringLiteral("NOTIFY ") + QLatin1String(sql::changeChannel),
            status)) {
        abandonClaim();
        return false;
    }
    if (!sql::run(m_store, QStringLiteral("COMMIT"), status)) {
        abandonClaim();
        return false;
    }
    m_store.setWriteInProgress(false);
    return true;
}

void OutboxRepository::abandonClaim()
{
    if (!m_store.writeInProgress())
        return;
    m_store.setWriteInProgress(false);
    sql::run(m_store, QStringLiteral("ROLLBACK"), nullptr);
}

bool OutboxRepository::list(
    bool pendingOnly, int limit, QList<OutboxMessage> *out, StoreStatus *status) const
{
    out->clear();
    QString text = QStringLiteral("SELECT ") + outboxColumns
        + QStringLiteral(" FROM notification_outbox");
    if (pendingOnly)
        text += QStringLiteral(" WHERE sent_at IS NULL");
    text += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        text += QStringLiteral(" LIMIT ") + QString::number(limit);
    sql::Query q(m_store, text);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        OutboxMessage m;
        readMessage(q, &m);
        out->append(m);
    }
    return q.done(status);
}

bool OutboxRepository::since(qint64 afterId, QList<OutboxMessage> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT ") + outboxColumns
            + QStringLiteral(" FROM notification_outbox WHERE id > ? ORDER BY id LIMIT 500"));
    q << qlonglong(afterId);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        OutboxMessage m;
        readMessage(q, &m);
        out->append(m);
    }
    return q.done(status);
}

bool OutboxRepository::latestId(qint64 *out, StoreStatus *status) const
{
    sql::Query q(m_store, QStringLiteral("SELECT MAX(id) FROM notification_outbox"));
    if (!q.exec(status) || !q.single(status))
        return false;
    *out = sql::idFrom(q.value(0));
    return true;
}

bool OutboxRepository::dueCount(
    const QDateTime &now, int maxAttempts, int *count, StoreStatus *status) const
{
    sql::Query q(m_store,
        QStringLiteral("SELECT COUNT(*) FROM notification_outbox WHERE sent_at IS NULL "
                       "AND next_attempt_at <= ? AND attempts < ?"));
    q << sql::timeValue(now) << maxAttempts;
    if (!q.exec(status) || !q.single(status))
        return false;
    *count = q.value(0).toInt();
    return true;
}

bool OutboxRepository::optOut(const QString &email, const QString &kind, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("INSERT INTO notification_opt_outs (email, kind) VALUES (?, ?) "
                       "ON CONFLICT (email, kind) DO NOTHING"));
    q << email.trimmed().toLower() << kind;
    return q.exec(status);
}

bool OutboxRepository::optIn(
    const QString &email, const QString &kind, bool *removed, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("DELETE FROM notification_opt_outs WHERE email = ? AND kind = ?"));
    q << email.trimmed().toLower() << kind;
    if (!q.exec(status))
        return false;
    *removed = q.numRowsAffected() > 0;
    return true;
}

bool OutboxRepository::optOuts(QList<OptOut> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT email, kind FROM notification_opt_outs ORDER BY email, kind"));
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append(OptOut { q.value(0).toString(), q.value(1).toString() });
    return q.done(status);
}

} // namespace portdesk
