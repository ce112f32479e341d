// SPDX-License-Identifier: Apache-2.0
#include "InventoryRepository.h"

#include "InventoryFilterSql.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"

#include "core/Clock.h"
#include "core/PortNumberStatus.h"
#include "core/PortRequest.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace portdesk {

using namespace inventory_sql;

namespace {

const QString numberColumns = QStringLiteral(
    "SELECT i.id, i.e164, i.product_type, i.toll_free, i.status, u.email, v.name, i.assigned_at, "
    "i.case_id, i.port_out_case_id, i.ported_out, i.created_at, i.updated_at, i.deleted_at, "
    "i.row_version, i.updated_by");
const QString assignmentJoins
    = QStringLiteral(" LEFT JOIN users u ON u.id = i.user_id "
                     "LEFT JOIN voice_connectors v ON v.id = i.voice_connector_id");
const QString numberSelect = numberColumns + QStringLiteral(" FROM inventory i") + assignmentJoins;

// What a number was assigned to, as the history's detail: "user:EMAIL",
// "voice-connector:NAME" or empty (with assignmentJoins).
const QString assigneeDetail
    = QStringLiteral("COALESCE('user:' || u.email, 'voice-connector:' || v.name, '')");

InventoryNumber readNumber(const sql::Query &q)
{
    InventoryNumber n;
    n.id = q.value(0).toLongLong();
    n.e164 = q.value(1).toString();
    productTypeFromString(q.value(2).toString(), &n.productType);
    n.tollFree = q.value(3).toInt() != 0;
    numberStatusFromString(q.value(4).toString(), &n.status);
    n.assignedUser = q.value(5).toString();
    n.assignedVoiceConnector = q.value(6).toString();
    n.assignedAt = sql::timeFrom(q.value(7));
    n.caseId = sql::idFrom(q.value(8));
    n.portOutCaseId = sql::idFrom(q.value(9));
    n.portedOut = q.value(10).toInt() != 0;
    n.createdAt = sql::timeFrom(q.value(11));
    n.updatedAt = sql::timeFrom(q.value(12));
    n.deletedAt = sql::timeFrom(q.value(13));
    n.version = q.value(14).toLongLong();
    n.updatedBy = q.value(15).toString();
    return n;
}

QString statusText(NumberStatus s)
{
    return toString(s);
}

QString idList(const QList<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text << QString::number(id);
    return sql::jsonArrayText(text);
}

// "i.id IN (the bound JSON array of ids)": one placeholder.
QString idsIn(const Store &store)
{
    return QStringLiteral("i.id IN (SELECT CAST(j.value AS BIGINT) FROM ")
        + store.dialect().jsonTextArrayTable(QStringLiteral("j")) + QLatin1Char(')');
}

// The inventory's own columns, for the parts of a split query.
const QString rawColumns = QStringLiteral(
    "i.id, i.e164, i.product_type, i.toll_free, i.status, i.user_id, i.voice_connector_id, "
    "i.assigned_at, i.case_id, i.port_out_case_id, i.ported_out, i.created_at, i.updated_at, "
    "i.deleted_at, i.row_version, i.updated_by");

// Appends one history row for each number `where` selects (with
// assignmentJoins, alias i), before or after the change as the caller
// needs. detail: bound text, or a null QString for "what it was assigned to";
// caseSql: the case column to record ("i.case_id", "i.port_out_case_id",
// "NULL") or "?" with caseId bound.
bool recordEvents(const Store &store, const char *what, const QString &detail,
    const QString &caseSql, qint64 caseId, const QString &where, const QVariantList &values,
    const QDateTime &now, StoreStatus *status)
{
    const bool boundDetail = !detail.isNull();
    const bool boundCase = caseSql == QLatin1String("?");
    sql::Query q(store,
        QStringLiteral("INSERT INTO inventory_events (e164, at, what, detail, case_id, login, "
                       "request_key) SELECT i.e164, CAST(? AS BIGINT), CAST(? AS TEXT), ")
            + (boundDetail ? QStringLiteral("CAST(? AS TEXT)") : assigneeDetail)
            + QStringLiteral(", ") + (boundCase ? QStringLiteral("CAST(? AS BIGINT)") : caseSql)
            + QStringLiteral(", CAST(? AS TEXT), CAST(? AS TEXT) FROM inventory i")
            + assignmentJoins + QStringLiteral(" WHERE ") + where);
    q << sql::timeValue(now) << QString::fromLatin1(what);
    if (boundDetail)
        q << sql::text(detail);
    if (boundCase)
        q << sql::idValue(caseId);
    // Who changed it, and the change's idempotency key (Store::requestKey).
    const QString key = store.requestKey();
    q << sql::text(store.login())
      << (key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key));
    for (const QVariant &value : values)
        q << value;
    return q.exec(status);
}

} // namespace

InventoryRepository::InventoryRepository(const Store &store) : m_store(store) { }

bool InventoryRepository::find(
    const QString &e164, InventoryNumber *out, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store, numberSelect + QStringLiteral(" WHERE i.e164 = ?"));
    q << e164;
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *out = readNumber(q);
        *found = true;
    }
    return q.done(status);
}

bool InventoryRepository::findMany(
    const QStringList &e164, QHash<QString, InventoryNumber> *out, StoreStatus *status) const
{
    out->clear();
    if (e164.isEmpty())
        return true;
    // From the list into the index: one probe per number, whatever the
    // size of the inventory.
    sql::Query q(m_store,
        numberColumns + QStringLiteral(" FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j"))
            + m_store.dialect().orderedJoin() + QStringLiteral("inventory i ON i.e164 = j.value")
            + assignmentJoins);
    q << sql::jsonArrayText(e164);
    if (!q.exec(status))
        return false;
    out->reserve(e164.size());
    while (q.next()) {
        const InventoryNumber n = readNumber(q);
        out->insert(n.e164, n);
    }
    return q.done(status);
}

InventoryRepository::Statement InventoryRepository::listStatement(
    const InventoryFilter &filter) const
{
    // A page through a list of several statuses (in number or status order)
    // or in case order is read in parts, each a range of one index, and the
    // parts merged: a single query would sort every matching row.
    bool none = false;
    const QList<NumberStatus> statuses = statusesOf(filter, &none);
    const bool paged = filter.limit > 0;
    const bool splitStatuses = paged && statuses.size() > 1
        && (filter.sort == InventorySort::Number || filter.sort == InventorySort::Status);
    const bool splitCase = paged && filter.sort == InventorySort::Case;
    QString text;
    QVariantList values;
    if (!splitStatuses && !splitCase) {
        const WhereClause where = whereFor(m_store, filter, true);
        text = numberSelect + where.text + orderFor(filter);
        values = where.values;
    } else {
        QList<QList<NumberStatus>> statusParts;
        if (splitStatuses) {
            for (NumberStatus s : statuses)
                statusParts.append({ s });
        } else {
            statusParts.append(statuses);
        }
        const QList<CasePart> caseParts = splitCase
            ? QList<CasePart> { CasePart::WithoutCase, CasePart::WithCase }
            : QList<CasePart> { CasePart::Any };
        QStringList parts;
        for (const QList<NumberStatus> &part : std::as_const(statusParts)) {
            for (CasePart casePart : caseParts) {
                const WhereClause where = whereFor(m_store, filter, true, &part, casePart);
                const QString order = casePart == CasePart::WithoutCase
                    ? orderFor(filter, QString(QLatin1String("")))
                    : casePart == CasePart::WithCase ? orderFor(filter, QStringLiteral("i.case_id"))
                                                     : orderFor(filter);
                parts << QStringLiteral("SELECT * FROM (SELECT ") + rawColumns
                        + QStringLiteral(" FROM inventory i") + where.text + order
                        + QStringLiteral(" LIMIT ?) AS p%1").arg(parts.size());
                values += where.values;
                values << filter.limit;
            }
        }
        text = numberColumns + QStringLiteral(" FROM (") + parts.join(QStringLiteral(" UNION ALL "))
            + QStringLiteral(") AS i") + assignmentJoins + orderFor(filter);
    }
    if (paged) {
        text += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    return { text, values };
}

bool InventoryRepository::list(
    const InventoryFilter &filter, QList<InventoryNumber> *out, StoreStatus *status) const
{
    out->clear();
    if (filter.offset > 0 && filter.limit > 0) {
        // An offset is a jump: the row it lands on is found on the keys
        // alone, then the page is read after it by key as usual.
        bool none = false;
        const bool several = statusesOf(filter, &none).size() > 1;
        const WhereClause where = whereFor(m_store, filter, true, nullptr, CasePart::Any, several);
        sql::Query q(m_store,
            QStringLiteral("SELECT i.e164, ") + sortExpression(filter.sort)
                + QStringLiteral(" FROM inventory i") + where.text + orderFor(filter)
                + QStringLiteral(" LIMIT 1 OFFSET ?"));
        for (const QVariant &value : where.values)
            q << value;
        q << filter.offset - 1;
        if (!q.exec(status))
            return false;
        if (!q.next())
            return q.done(status); // past the end: an empty page
        InventoryFilter after = filter;
        after.offset = 0;
        after.afterE164 = q.value(0).toString();
        after.afterKey = q.value(1);
        if (filter.sort == InventorySort::Created || filter.sort == InventorySort::Updated
            || filter.sort == InventorySort::Case)
            after.afterKey = q.value(1).toLongLong();
        if (!q.done(status))
            return false;
        return list(after, out, status);
    }

    const Statement statement = listStatement(filter);
    const bool paged = filter.limit > 0;
    const QString &text = statement.text;
    const QVariantList &values = statement.values;
    sql::Query q(m_store, text);
    for (const QVariant &value : std::as_const(values))
        q << value;
    if (!q.exec(status))
        return false;
    if (paged)
        out->reserve(filter.limit);
    while (q.next())
        out->append(readNumber(q));
    if (!q.done(status))
        return false;
    if (filter.before && !filter.afterE164.isEmpty())
        std::reverse(out->begin(), out->end());
    return true;
}

bool InventoryRepository::count(const InventoryFilter &filter, int *out, StoreStatus *status) const
{
    *out = 0;
    const WhereClause where = whereFor(m_store, filter, false);
    if (where.values.isEmpty() && where.text == QLatin1String(" WHERE 1 = 1")) {
        // No condition: every number, from the kept counts.
        InventoryCounts all;
        if (!counts(&all, status))
            return false;
        *out = all.total;
        return true;
    }
    sql::Query q(m_store, QStringLiteral("SELECT COUNT(*) FROM inventory i") + where.text);
    for (const QVariant &value : where.values)
        q << value;
    if (!q.exec(status) || !q.single(status))
        return false;
    *out = q.value(0).toInt();
    return true;
}

bool InventoryRepository::counts(InventoryCounts *out, StoreStatus *status) const
{
    *out = InventoryCounts();
    // The counts the triggers of schema 8 keep: a few rows, whatever the
    // inventory holds.
    sql::Query q(
        m_store, QStringLiteral("SELECT status, ported_out, n FROM inventory_counts WHERE n <> 0"));
    if (!q.exec(status))
        return false;
    while (q.next()) {
        NumberStatus s = NumberStatus::Unassigned;
        if (!numberStatusFromString(q.value(0).toString(), &s))
            continue;
        const int n = q.value(2).toInt();
        out->byStatus[s] += n;
        out->total += n;
        if (q.value(1).toInt() == 1 && s != NumberStatus::DeleteInProgress)
            out->portedOut += n;
    }
    return q.done(status);
}

QString InventoryRepository::existingSql(const SqlDialect &dialect)
{
    return QStringLiteral("SELECT i.e164 FROM ") + dialect.jsonTextArrayTable(QStringLiteral("j"))
        + dialect.orderedJoin() + QStringLiteral("inventory i ON i.e164 = j.value");
}

bool InventoryRepository::existing(
    const QStringList &e164, QSet<QString> *out, StoreStatus *status) const
{
    out->clear();
    if (e164.isEmpty())
        return true;
    // On a team store an admin cannot read another account's numbers; the
    // check asks a function that answers only which of these are taken.
    sql::Query q(m_store,
        m_store.team().teamStore
            ? QStringLiteral("SELECT n FROM portdesk_numbers_in_inventory(?) AS n")
            : existingSql(m_store.dialect()));
    q << sql::jsonArrayText(e164);
    if (!q.exec(status))
        return false;
    while (q.next())
        out->insert(q.value(0).toString());
    return q.done(status);
}

bool InventoryRepository::notDeletedOfPortOut(
    qint64 caseId, QStringList *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT e164 FROM inventory WHERE port_out_case_id = ? AND status <> ? "
                       "ORDER BY e164"));
    q << qlonglong(caseId) << statusText(NumberStatus::DeleteInProgress);
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append(q.value(0).toString());
    return q.done(status);
}

bool InventoryRepository::addPortIn(
    qint64 caseId, ProductType type, const QDateTime &now, StoreStatus *status)
{
    // A number that meanwhile came into the inventory another way keeps its row.
    sql::Query q(m_store,
        QStringLiteral(
            "INSERT INTO inventory (e164, product_type, toll_free, status, case_id, created_at, "
            "updated_at, updated_by) "
            "SELECT e164, ?, toll_free, ?, case_id, ?, ?, ? FROM case_numbers WHERE case_id = ? "
            "AND status <> ? ON CONFLICT (e164) DO NOTHING"));
    // The numbers the carrier rejected never arrive.
    q << toString(type) << statusText(NumberStatus::PortinInProgress) << sql::timeValue(now)
      << sql::timeValue(now) << sql::text(m_store.login()) << qlonglong(caseId)
      << toString(PortNumberState::Rejected);
    if (!q.exec(status))
        return false;
    // The rows this case just brought: a number of another case keeps its own case id.
    return recordEvents(m_store, "arrived", QString(QLatin1String("")), QStringLiteral("i.case_id"),
        0, QStringLiteral("i.case_id = ? AND i.status = ?"),
        { qlonglong(caseId), statusText(NumberStatus::PortinInProgress) }, now, status);
}

bool InventoryRepository::activatePortIn(qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    if (!recordEvents(m_store, "activated", QString(QLatin1String("")), QStringLiteral("i.case_id"),
            0, QStringLiteral("i.case_id = ? AND i.status = ?"),
            { qlonglong(caseId), statusText(NumberStatus::PortinInProgress) }, now, status))
        return false;
    // Numbers assigned ahead of activation go live assigned.
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET row_version = row_version + 1, updated_by = ?, "
                       "status = CASE WHEN user_id IS NULL AND "
                       "voice_connector_id IS NULL "
                       "THEN ? ELSE ? END, updated_at = ? WHERE case_id = ? AND status = ?"));
    q << sql::text(m_store.login()) << statusText(NumberStatus::Unassigned)
      << statusText(NumberStatus::Assigned) << sql::timeValue(now) << qlonglong(caseId)
      << statusText(NumberStatus::PortinInProgress);
    return q.exec(status);
}

bool InventoryRepository::dropPortIn(qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    if (!recordEvents(m_store, "dropped", QString(QLatin1String("")), QStringLiteral("i.case_id"),
            0, QStringLiteral("i.case_id = ? AND i.status = ?"),
            { qlonglong(caseId), statusText(NumberStatus::PortinInProgress) }, now, status))
        return false;
    sql::Query q(m_store, QStringLiteral("DELETE FROM inventory WHERE case_id = ? AND status = ?"));
    q << qlonglong(caseId) << statusText(NumberStatus::PortinInProgress);
    return q.exec(status);
}

bool InventoryRepository::beginPortOut(
    const QStringList &e164, qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    const QString listed = QStringLiteral("i.e164 IN (SELECT j.value FROM ")
        + m_store.dialect().jsonTextArrayTable(QStringLiteral("j"))
        + QStringLiteral(") AND i.status IN (?, ?)");
    const QVariantList values { sql::jsonArrayText(e164), statusText(NumberStatus::Assigned),
        statusText(NumberStatus::Unassigned) };
    if (!recordEvents(m_store, "port-out", QString(QLatin1String("")), QStringLiteral("?"), caseId,
            listed, values, now, status))
        return false;
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET row_version = row_version + 1, updated_by = ?, "
                       "status = ?, port_out_case_id = ?, ported_out = 0, updated_at = ? "
                       "WHERE e164 IN (SELECT j.value FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j"))
            + QStringLiteral(") AND status IN (?, ?)"));
    q << sql::text(m_store.login()) << statusText(NumberStatus::PortoutInProgress)
      << qlonglong(caseId) << sql::timeValue(now) << sql::jsonArrayText(e164)
      << statusText(NumberStatus::Assigned) << statusText(NumberStatus::Unassigned);
    if (!q.exec(status))
        return false;
    // The rules were checked before; this guards the store against a gap between them.
    const QSet<QString> distinct(e164.cbegin(), e164.cend());
    if (q.numRowsAffected() != distinct.size()) {
        if (status && status->ok()) {
            status->code = StoreStatus::Code::Failed;
            status->message = Store::tr(
                "Port-out %1: only %2 of its %3 numbers could be marked; nothing was changed.")
                                  .arg(caseId)
                                  .arg(q.numRowsAffected())
                                  .arg(distinct.size());
        }
        return false;
    }
    return true;
}

bool InventoryRepository::endPortOut(qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    if (!recordEvents(m_store, "port-out-cancelled", QString(QLatin1String("")),
            QStringLiteral("i.port_out_case_id"), 0,
            QStringLiteral("i.port_out_case_id = ? AND i.status = ?"),
            { qlonglong(caseId), statusText(NumberStatus::PortoutInProgress) }, now, status))
        return false;
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET row_version = row_version + 1, updated_by = ?, "
                       "status = CASE WHEN user_id IS NULL AND "
                       "voice_connector_id IS NULL "
                       "THEN ? ELSE ? END, port_out_case_id = NULL, ported_out = 0, updated_at = ? "
                       "WHERE port_out_case_id = ? AND status = ?"));
    q << sql::text(m_store.login()) << statusText(NumberStatus::Unassigned)
      << statusText(NumberStatus::Assigned) << sql::timeValue(now) << qlonglong(caseId)
      << statusText(NumberStatus::PortoutInProgress);
    return q.exec(status);
}

bool InventoryRepository::markPortedOut(qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    if (!recordEvents(m_store, "ported-out", QString(QLatin1String("")),
            QStringLiteral("i.port_out_case_id"), 0, QStringLiteral("i.port_out_case_id = ?"),
            { qlonglong(caseId) }, now, status))
        return false;
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET row_version = row_version + 1, updated_by = ?, "
                       "ported_out = 1, updated_at = ? WHERE port_out_case_id = ?"));
    q << sql::text(m_store.login()) << sql::timeValue(now) << qlonglong(caseId);
    return q.exec(status);
}

bool InventoryRepository::countNotDeleted(
    qint64 portOutCaseId, int *count, StoreStatus *status) const
{
    *count = 0;
    sql::Query q(m_store,
        QStringLiteral(
            "SELECT COUNT(*) FROM inventory WHERE port_out_case_id = ? AND status <> ?"));
    q << qlonglong(portOutCaseId) << statusText(NumberStatus::DeleteInProgress);
    if (!q.exec(status))
        return false;
    if (q.next())
        *count = q.value(0).toInt();
    return q.done(status);
}

bool InventoryRepository::assign(qint64 numberId, qint64 userId, qint64 voiceConnectorId,
    const QDateTime &now, StoreStatus *status)
{
    // The history names the assignee as the list shows it.
    QString detail;
    if (userId != 0) {
        User user;
        bool found = false;
        if (!findUserById(userId, &user, &found, status))
            return false;
        detail = QStringLiteral("user:") + user.email;
    } else {
        sql::Query q(m_store, QStringLiteral("SELECT name FROM voice_connectors WHERE id = ?"));
        q << qlonglong(voiceConnectorId);
        if (!q.exec(status))
            return false;
        if (q.next())
            detail = QStringLiteral("voice-connector:") + q.value(0).toString();
        if (!q.done(status))
            return false;
    }
    return assignMany({ numberId }, userId, voiceConnectorId, detail, now, status);
}

bool InventoryRepository::assignMany(const QList<qint64> &ids, qint64 userId,
    qint64 voiceConnectorId, const QString &detail, const QDateTime &now, StoreStatus *status)
{
    if (ids.isEmpty())
        return true;
    const QString list = idList(ids);
    // An Unassigned number becomes Assigned; one still porting in keeps its
    // status and goes live assigned.
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET row_version = row_version + 1, updated_by = ?, "
                       "user_id = ?, voice_connector_id = ?, assigned_at = ?, "
                       "updated_at = ?, "
                       "status = CASE WHEN status = ? THEN ? ELSE status END WHERE id IN "
                       "(SELECT CAST(j.value AS BIGINT) FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j")) + QLatin1Char(')'));
    q << sql::text(m_store.login()) << sql::idValue(userId) << sql::idValue(voiceConnectorId)
      << sql::timeValue(now) << sql::timeValue(now) << statusText(NumberStatus::Unassigned)
      << statusText(NumberStatus::Assigned) << list;
    if (!q.exec(status))
        return false;
    return recordEvents(m_store, "assigned", sql::text(detail).toString(), QStringLiteral("NULL"),
        0, idsIn(m_store), { list }, now, status);
}

bool InventoryRepository::unassign(qint64 numberId, const QDateTime &now, StoreStatus *status)
{
    return unassignMany({ numberId }, now, status);
}

bool InventoryRepository::unassignMany(
    const QList<qint64> &ids, const QDateTime &now, StoreStatus *status)
{
    if (ids.isEmpty())
        return true;
    const QString list = idList(ids);
    // Recorded first: the history keeps what the number was assigned to.
    if (!recordEvents(m_store, "unassigned", QString(), QStringLiteral("i.port_out_case_id"), 0,
            idsIn(m_store), { list }, now, status))
        return false;
    sql::Query q(m_store,
        QStringLiteral(
            "UPDATE inventory SET row_version = row_version + 1, updated_by = ?, user_id = NULL, "
            "voice_connector_id = NULL, assigned_at = NULL, "
            "updated_at = ?, status = CASE WHEN status = ? THEN ? ELSE status END WHERE id IN "
            "(SELECT CAST(j.value AS BIGINT) FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j")) + QLatin1Char(')'));
    q << sql::text(m_store.login()) << sql::timeValue(now) << statusText(NumberStatus::Assigned)
      << statusText(NumberStatus::Unassigned) << list;
    return q.exec(status);
}

bool InventoryRepository::markDeleted(
    const QList<qint64> &ids, const QDateTime &now, StoreStatus *status)
{
    if (ids.isEmpty())
        return true;
    const QString list = idList(ids);
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET row_version = row_version + 1, updated_by = ?, "
                       "status = ?, deleted_at = ?, updated_at = ? "
                       "WHERE id IN (SELECT CAST(j.value AS BIGINT) FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j")) + QLatin1Char(')'));
    q << sql::text(m_store.login()) << statusText(NumberStatus::DeleteInProgress)
      << sql::timeValue(now) << sql::timeValue(now) << list;
    if (!q.exec(status))
        return false;
    return recordEvents(m_store, "deleted", QString(QLatin1String("")),
        QStringLiteral("i.port_out_case_id"), 0, idsIn(m_store), { list }, now, status);
}

bool InventoryRepository::restore(
    const QList<qint64> &ids, const QDateTime &now, StoreStatus *status)
{
    if (ids.isEmpty())
        return true;
    const QString list = idList(ids);
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET row_version = row_version + 1, updated_by = ?, "
                       "status = ?, deleted_at = NULL, updated_at = ? "
                       "WHERE id IN (SELECT CAST(j.value AS BIGINT) FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j")) + QLatin1Char(')'));
    q << sql::text(m_store.login()) << statusText(NumberStatus::Unassigned) << sql::timeValue(now)
      << list;
    if (!q.exec(status))
        return false;
    return recordEvents(m_store, "restored", QString(QLatin1String("")), QStringLiteral("NULL"), 0,
        idsIn(m_store), { list }, now, status);
}

bool InventoryRepository::purgeDue(const QDateTime &cutoff, bool *due, StoreStatus *status) const
{
    *due = false;
    sql::Query q(m_store,
        QStringLiteral("SELECT 1 FROM inventory WHERE status = ? AND deleted_at <= ? LIMIT 1"));
    q << statusText(NumberStatus::DeleteInProgress) << sql::timeValue(cutoff);
    if (!q.exec(status))
        return false;
    *due = q.next();
    return q.done(status);
}

bool InventoryRepository::purge(const QDateTime &cutoff, QStringList *purged, StoreStatus *status)
{
    purged->clear();
    {
        sql::Query q(m_store,
            QStringLiteral(
                "SELECT e164 FROM inventory WHERE status = ? AND deleted_at <= ? ORDER BY e164"));
        q << statusText(NumberStatus::DeleteInProgress) << sql::timeValue(cutoff);
        if (!q.exec(status))
            return false;
        while (q.next())
            *purged << q.value(0).toString();
        if (!q.done(status))
            return false;
    }
    if (purged->isEmpty())
        return true;
    // The history stays: the details of a number ported in again show it.
    if (!recordEvents(m_store, "purged", QString(QLatin1String("")),
            QStringLiteral("i.port_out_case_id"), 0,
            QStringLiteral("i.status = ? AND i.deleted_at <= ?"),
            { statusText(NumberStatus::DeleteInProgress), sql::timeValue(cutoff) }, Clock::now(),
            status))
        return false;
    sql::Query del(
        m_store, QStringLiteral("DELETE FROM inventory WHERE status = ? AND deleted_at <= ?"));
    del << statusText(NumberStatus::DeleteInProgress) << sql::timeValue(cutoff);
    return del.exec(status);
}

bool InventoryRepository::insertImported(const QList<InventoryNumber> &rows,
    const QHash<QString, qint64> &userIds, const QHash<QString, qint64> &connectorIds,
    const QDateTime &now, StoreStatus *status)
{
    // Two statements prepared once and run per row: Qt's SQLite driver looks
    // every placeholder up by name, so one long multi-row VALUES costs more
    // than the rows themselves.
    QSqlQuery insert(m_store.database());
    QSqlQuery history(m_store.database());
    const auto failed = [this, status](const QSqlQuery &q) {
        if (status && status->ok())
            *status = sql::statusFromError(m_store, q.lastError());
        return false;
    };
    if (!insert.prepare(
            QStringLiteral("INSERT INTO inventory (e164, product_type, toll_free, status, user_id, "
                           "voice_connector_id, assigned_at, created_at, updated_at, deleted_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed(insert);
    // Who imported, and the import's idempotency key (Store::requestKey): a
    // retry after a lost connection looks for it.
    if (!history.prepare(QStringLiteral("INSERT INTO inventory_events (e164, at, what, detail, "
                                        "case_id, login, request_key) VALUES (?, ?, ?, ?, NULL, "
                                        "?, ?)")))
        return failed(history);
    const QVariant at = sql::timeValue(now);
    const QString key = m_store.requestKey();
    const QVariant login = sql::text(m_store.login());
    const QVariant requestKey
        = key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key);
    const QString imported = QStringLiteral("imported");
    for (const InventoryNumber &row : rows) {
        insert.bindValue(0, row.e164);
        insert.bindValue(1, toString(row.productType));
        insert.bindValue(2, int(row.tollFree));
        insert.bindValue(3, toString(row.status));
        insert.bindValue(4, sql::idValue(userIds.value(row.assignedUser.toLower())));
        insert.bindValue(5, sql::idValue(connectorIds.value(row.assignedVoiceConnector)));
        insert.bindValue(6, sql::timeValue(row.assignedAt));
        insert.bindValue(7, sql::timeValue(row.createdAt));
        insert.bindValue(8, sql::timeValue(row.updatedAt));
        insert.bindValue(9, sql::timeValue(row.deletedAt));
        if (!insert.exec())
            return failed(insert);
        history.bindValue(0, row.e164);
        history.bindValue(1, at);
        history.bindValue(2, imported);
        history.bindValue(3, toString(row.status));
        history.bindValue(4, login);
        history.bindValue(5, requestKey);
        if (!history.exec())
            return failed(history);
    }
    return true;
}

bool InventoryRepository::history(
    const QString &e164, QList<InventoryEvent> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT id, e164, at, what, detail, case_id FROM inventory_events "
                       "WHERE e164 = ? ORDER BY id"));
    q << e164;
    if (!q.exec(status))
        return false;
    while (q.next()) {
        InventoryEvent e;
        e.id = q.value(0).toLongLong();
        e.e164 = q.value(1).toString();
        e.at = sql::timeFrom(q.value(2));
        e.what = q.value(3).toString();
        e.detail = q.value(4).toString();
        e.caseId = sql::idFrom(q.value(5));
        out->append(e);
    }
    return q.done(status);
}

} // namespace portdesk
