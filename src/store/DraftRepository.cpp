// SPDX-License-Identifier: Apache-2.0
#include "DraftRepository.h"

#include "SecretFields.h"
#include "SqlSupport.h"
#include "Store.h"

namespace portdesk {

namespace {

const char kColumns[] = "id, kind, title, content, created_at, updated_at";

Draft readDraft(const SecretBox &box, const sql::Query &q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.kind = q.value(1).toString();
    d.title = q.value(2).toString();
    d.content = secretfields::openedFrom(box, q.value(3).toString());
    d.createdAt = sql::timeFrom(q.value(4));
    d.updatedAt = sql::timeFrom(q.value(5));
    return d;
}

} // namespace

DraftRepository::DraftRepository(const Store &store)
    : m_store(store)
{
}

bool DraftRepository::save(Draft *draft, bool *found, StoreStatus *status)
{
    *found = true;
    QString content;
    if (!secretfields::sealedJsonText(m_store, draft->content, &content, status))
        return false;
    if (draft->id == 0) {
        sql::Query q(m_store, QStringLiteral("INSERT INTO drafts (kind, title, content, created_at, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q << draft->kind << sql::text(draft->title) << content
          << sql::timeValue(draft->createdAt) << sql::timeValue(draft->updatedAt);
        if (!q.exec(status) || !q.single(status))
            return false;
        draft->id = q.value(0).toLongLong();
        q.finish();
        return true;
    }
    sql::Query q(m_store, QStringLiteral("UPDATE drafts SET title = ?, content = ?, updated_at = ? "
                                         "WHERE id = ? AND kind = ?"));
    q << sql::text(draft->title) << content << sql::timeValue(draft->updatedAt)
      << draft->id << draft->kind;
    if (!q.exec(status))
        return false;
    *found = q.numRowsAffected() > 0;
    return true;
}

bool DraftRepository::list(const QString &kind, QList<Draft> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store, QStringLiteral("SELECT %1 FROM drafts WHERE kind = ? "
                                         "ORDER BY updated_at DESC, id DESC").arg(QLatin1String(kColumns)));
    q << kind;
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append(readDraft(m_store.secretBox(), q));
    return q.done(status);
}

bool DraftRepository::load(qint64 id, Draft *out, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store, QStringLiteral("SELECT %1 FROM drafts WHERE id = ?").arg(QLatin1String(kColumns)));
    q << id;
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *out = readDraft(m_store.secretBox(), q);
        *found = true;
    }
    return q.done(status);
}

bool DraftRepository::remove(qint64 id, bool *found, StoreStatus *status)
{
    sql::Query q(m_store, QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    q << id;
    if (!q.exec(status))
        return false;
    *found = q.numRowsAffected() > 0;
    return true;
}

bool DraftRepository::anyOlderThan(const QDateTime &cutoff, bool *any, StoreStatus *status) const
{
    *any = false;
    sql::Query q(m_store, QStringLiteral("SELECT 1 FROM drafts WHERE updated_at < ? LIMIT 1"));
    q << sql::timeValue(cutoff);
    if (!q.exec(status))
        return false;
    *any = q.next();
    return q.done(status);
}

bool DraftRepository::removeOlderThan(const QDateTime &cutoff, QList<Draft> *removed,
                                      StoreStatus *status)
{
    removed->clear();
    sql::Query q(m_store, QStringLiteral("DELETE FROM drafts WHERE updated_at < ? RETURNING %1")
                              .arg(QLatin1String(kColumns)));
    q << sql::timeValue(cutoff);
    if (!q.exec(status))
        return false;
    while (q.next())
        removed->append(readDraft(m_store.secretBox(), q));
    return q.done(status);
}

} // namespace portdesk
