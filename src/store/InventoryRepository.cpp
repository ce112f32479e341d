#include "InventoryRepository.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QCoreApplication>

namespace portdesk {

namespace {

const QString numberColumns = QStringLiteral(
    "SELECT i.id, i.e164, i.product_type, i.toll_free, i.status, u.email, v.name, i.assigned_at, "
    "i.case_id, i.port_out_case_id, i.ported_out, i.created_at, i.updated_at, i.deleted_at");
const QString assignmentJoins
    = QStringLiteral(" LEFT JOIN users u ON u.id = i.user_id "
                     "LEFT JOIN voice_connectors v ON v.id = i.voice_connector_id");
const QString numberSelect = numberColumns + QStringLiteral(" FROM inventory i") + assignmentJoins;

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
            + QStringLiteral(" JOIN inventory i ON i.e164 = j.value") + assignmentJoins);
    q << sql::jsonArrayText(e164);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        const InventoryNumber n = readNumber(q);
        out->insert(n.e164, n);
    }
    return q.done(status);
}

bool InventoryRepository::list(
    const InventoryFilter &filter, QList<InventoryNumber> *out, StoreStatus *status) const
{
    out->clear();
    // Only the shape of the WHERE clause depends on the filter; every value is bound.
    QString text = numberSelect + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (filter.hasStatus) {
        text += QStringLiteral(" AND i.status = ?");
        values << toString(filter.status);
    }
    if (!filter.prefix.isEmpty()) {
        // A range on the bytewise e164 key rather than LIKE: it uses the index
        // on both engines. '~' sorts after every digit.
        text += QStringLiteral(" AND i.e164 >= ? AND i.e164 < ?");
        values << filter.prefix << QString(filter.prefix + QLatin1Char('~'));
    }
    if (!filter.afterE164.isEmpty()) {
        text += QStringLiteral(" AND i.e164 > ?");
        values << filter.afterE164;
    }
    text += QStringLiteral(" ORDER BY i.e164");
    if (filter.limit > 0) {
        text += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    sql::Query q(m_store, text);
    for (const QVariant &value : std::as_const(values))
        q << value;
    if (!q.exec(status))
        return false;
    if (filter.limit > 0)
        out->reserve(filter.limit);
    while (q.next())
        out->append(readNumber(q));
    return q.done(status);
}

bool InventoryRepository::existing(
    const QStringList &e164, QSet<QString> *out, StoreStatus *status) const
{
    out->clear();
    if (e164.isEmpty())
        return true;
    sql::Query q(m_store,
        QStringLiteral("SELECT i.e164 FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j"))
            + QStringLiteral(" JOIN inventory i ON i.e164 = j.value"));
    q << sql::jsonArrayText(e164);
    if (!q.exec(status))
        return false;
    while (q.next())
        out->insert(q.value(0).toString());
    return q.done(status);
}

bool InventoryRepository::addPortIn(
    qint64 caseId, ProductType type, const QDateTime &now, StoreStatus *status)
{
    // A number that meanwhile came into the inventory another way keeps its row.
    sql::Query q(m_store,
        QStringLiteral(
            "INSERT INTO inventory (e164, product_type, toll_free, status, case_id, created_at, "
            "updated_at) "
            "SELECT e164, ?, toll_free, ?, case_id, ?, ? FROM case_numbers WHERE case_id = ? "
            "ON CONFLICT (e164) DO NOTHING"));
    q << toString(type) << statusText(NumberStatus::PortinInProgress) << sql::timeValue(now)
      << sql::timeValue(now) << qlonglong(caseId);
    return q.exec(status);
}

bool InventoryRepository::activatePortIn(qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    // Numbers assigned ahead of activation go live assigned.
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET status = CASE WHEN user_id IS NULL AND "
                       "voice_connector_id IS NULL "
                       "THEN ? ELSE ? END, updated_at = ? WHERE case_id = ? AND status = ?"));
    q << statusText(NumberStatus::Unassigned) << statusText(NumberStatus::Assigned)
      << sql::timeValue(now) << qlonglong(caseId) << statusText(NumberStatus::PortinInProgress);
    return q.exec(status);
}

bool InventoryRepository::dropPortIn(qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    Q_UNUSED(now)
    sql::Query q(m_store, QStringLiteral("DELETE FROM inventory WHERE case_id = ? AND status = ?"));
    q << qlonglong(caseId) << statusText(NumberStatus::PortinInProgress);
    return q.exec(status);
}

bool InventoryRepository::beginPortOut(
    const QStringList &e164, qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral(
            "UPDATE inventory SET status = ?, port_out_case_id = ?, ported_out = 0, updated_at = ? "
            "WHERE e164 IN (SELECT j.value FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j"))
            + QStringLiteral(") AND status IN (?, ?)"));
    q << statusText(NumberStatus::PortoutInProgress) << qlonglong(caseId) << sql::timeValue(now)
      << sql::jsonArrayText(e164) << statusText(NumberStatus::Assigned)
      << statusText(NumberStatus::Unassigned);
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
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET status = CASE WHEN user_id IS NULL AND "
                       "voice_connector_id IS NULL "
                       "THEN ? ELSE ? END, port_out_case_id = NULL, ported_out = 0, updated_at = ? "
                       "WHERE port_out_case_id = ? AND status = ?"));
    q << statusText(NumberStatus::Unassigned) << statusText(NumberStatus::Assigned)
      << sql::timeValue(now) << qlonglong(caseId) << statusText(NumberStatus::PortoutInProgress);
    return q.exec(status);
}

bool InventoryRepository::markPortedOut(qint64 caseId, const QDateTime &now, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral(
            "UPDATE inventory SET ported_out = 1, updated_at = ? WHERE port_out_case_id = ?"));
    q << sql::timeValue(now) << qlonglong(caseId);
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
    // An Unassigned number becomes Assigned; one still porting in keeps its
    // status and goes live assigned.
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET user_id = ?, voice_connector_id = ?, assigned_at = ?, "
                       "updated_at = ?, "
                       "status = CASE WHEN status = ? THEN ? ELSE status END WHERE id = ?"));
    q << sql::idValue(userId) << sql::idValue(voiceConnectorId) << sql::timeValue(now)
      << sql::timeValue(now) << statusText(NumberStatus::Unassigned)
      << statusText(NumberStatus::Assigned) << qlonglong(numberId);
    return q.exec(status);
}

bool InventoryRepository::unassign(qint64 numberId, const QDateTime &now, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral(
            "UPDATE inventory SET user_id = NULL, voice_connector_id = NULL, assigned_at = NULL, "
            "updated_at = ?, status = CASE WHEN status = ? THEN ? ELSE status END WHERE id = ?"));
    q << sql::timeValue(now) << statusText(NumberStatus::Assigned)
      << statusText(NumberStatus::Unassigned) << qlonglong(numberId);
    return q.exec(status);
}

bool InventoryRepository::markDeleted(
    const QList<qint64> &ids, const QDateTime &now, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET status = ?, deleted_at = ?, updated_at = ? "
                       "WHERE id IN (SELECT CAST(j.value AS BIGINT) FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j")) + QLatin1Char(')'));
    q << statusText(NumberStatus::DeleteInProgress) << sql::timeValue(now) << sql::timeValue(now)
      << idList(ids);
    return q.exec(status);
}

bool InventoryRepository::restore(
    const QList<qint64> &ids, const QDateTime &now, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("UPDATE inventory SET status = ?, deleted_at = NULL, updated_at = ? "
                       "WHERE id IN (SELECT CAST(j.value AS BIGINT) FROM ")
            + m_store.dialect().jsonTextArrayTable(QStringLiteral("j")) + QLatin1Char(')'));
    q << statusText(NumberStatus::Unassigned) << sql::timeValue(now) << idList(ids);
    return q.exec(status);
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
    sql::Query del(
        m_store, QStringLiteral("DELETE FROM inventory WHERE status = ? AND deleted_at <= ?"));
    del << statusText(NumberStatus::DeleteInProgress) << sql::timeValue(cutoff);
    return del.exec(status);
}

bool InventoryRepository::ensureUser(
    const QString &email, const QDateTime &now, qint64 *id, StoreStatus *status)
{
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
    return true;
}

} // namespace portdesk
