// SPDX-License-Identifier: Apache-2.0
#include "CommentRepository.h"

#include "SqlSupport.h"
#include "Store.h"

namespace portdesk {

CommentRepository::CommentRepository(const Store &store) : m_store(store) { }

bool CommentRepository::add(CaseComment *comment, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("INSERT INTO case_comments (case_id, author_role, author, "
                       "internal, body, created_at, request_key) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    q << comment->caseId << toString(comment->authorRole) << sql::text(comment->author)
      << (comment->internal ? 1 : 0) << sql::text(comment->body)
      << sql::timeValue(comment->createdAt) << sql::requestKeyValue(m_store);
    if (!q.exec(status) || !q.single(status))
        return false;
    comment->id = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool CommentRepository::list(
    qint64 caseId, bool includeInternal, QList<CaseComment> *out, StoreStatus *status) const
{
    out->clear();
    // The filter is in SQL so that an internal note never reaches an admin's
    // process at all.
    sql::Query q(m_store,
        QStringLiteral("SELECT id, case_id, author_role, author, internal, body, "
                       "created_at FROM case_comments WHERE case_id = ? "
                       "AND (internal = 0 OR ? = 1) ORDER BY id"));
    q << caseId << (includeInternal ? 1 : 0);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        CaseComment c;
        c.id = q.value(0).toLongLong();
        c.caseId = q.value(1).toLongLong();
        if (!roleFromString(q.value(2).toString(), &c.authorRole))
            c.authorRole = Role::System;
        c.author = q.value(3).toString();
        c.internal = q.value(4).toInt() != 0;
        c.body = q.value(5).toString();
        c.createdAt = sql::timeFrom(q.value(6));
        out->append(c);
    }
    return q.done(status);
}

} // namespace portdesk
