// SPDX-License-Identifier: Apache-2.0
#include "InventoryRepository.h"

#include "InventoryFilterSql.h"
#include "SqlSupport.h"
#include "Store.h"

// The inventory's users (who numbers are assigned to): InventoryRepository's
// members that read and write the users table.

namespace portdesk {

using namespace inventory_sql;

namespace {

User readUser(const sql::Query &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.email = q.value(1).toString();
    u.name = q.value(2).toString();
    u.createdAt = sql::timeFrom(q.value(3));
    u.numberCount = q.value(4).toInt();
    return u;
}

const QString userSelect
    = QStringLiteral("SELECT u.id, u.email, u.name, u.created_at, "
                     "(SELECT COUNT(*) FROM inventory i WHERE i.user_id = u.id) FROM users u");

} // namespace

bool InventoryRepository::ensureUser(
    const QString &email, const QDateTime &now, qint64 *id, StoreStatus *status, bool *created)
{
    if (created)
        *created = false;
    const QString key = email.trimmed().toLower();
    {
        sql::Query find(m_store, QStringLiteral("SELECT id FROM users WHERE email = ?"));
        find << key;
        if (!find.exec(status))
            return false;
        if (find.next()) {
            *id = find.value(0).toLongLong();
            return true;
        }
        if (!find.done(status))
            return false;
    }
    sql::Query insert(m_store,
        QStringLiteral("INSERT INTO users (email, created_at) VALUES (?, ?) RETURNING id"));
    insert << key << sql::timeValue(now);
    if (!insert.exec(status) || !insert.single(status))
        return false;
    *id = insert.value(0).toLongLong();
    insert.finish();
    if (created)
        *created = true;
    return true;
}

bool InventoryRepository::findUser(
    const QString &email, User *out, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store, userSelect + QStringLiteral(" WHERE u.email = ?"));
    q << email.trimmed().toLower();
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *out = readUser(q);
        *found = true;
    }
    return q.done(status);
}

bool InventoryRepository::findUserById(qint64 id, User *out, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store, userSelect + QStringLiteral(" WHERE u.id = ?"));
    q << qlonglong(id);
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *out = readUser(q);
        *found = true;
    }
    return q.done(status);
}

bool InventoryRepository::listUsers(
    const QString &contains, QList<User> *out, StoreStatus *status) const
{
    out->clear();
    const QString part = contains.trimmed();
    QString text = userSelect;
    if (!part.isEmpty()) {
        text += QStringLiteral(" WHERE ") + likeClause(m_store, QStringLiteral("u.email"))
            + QStringLiteral(" OR ") + likeClause(m_store, QStringLiteral("u.name"));
    }
    text += QStringLiteral(" ORDER BY u.email");
    sql::Query q(m_store, text);
    if (!part.isEmpty())
        q << likePattern(part) << likePattern(part);
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append(readUser(q));
    return q.done(status);
}

bool InventoryRepository::addUser(User *user, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral(
            "INSERT INTO users (email, name, created_at) VALUES (?, ?, ?) RETURNING id"));
    q << user->email << sql::text(user->name) << sql::timeValue(user->createdAt);
    if (!q.exec(status) || !q.single(status))
        return false;
    user->id = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool InventoryRepository::updateUser(const User &user, StoreStatus *status)
{
    sql::Query q(m_store, QStringLiteral("UPDATE users SET email = ?, name = ? WHERE id = ?"));
    q << user.email << sql::text(user.name) << qlonglong(user.id);
    return q.exec(status);
}

} // namespace portdesk
