// SPDX-License-Identifier: Apache-2.0
#include "VoiceConnectorRepository.h"

#include "SqlSupport.h"
#include "Store.h"

#include <QJsonObject>

namespace portdesk {

namespace {

// The count reads the inventory_voice_connector index: connectors are few.
const QString connectorSelect
    = QStringLiteral("SELECT c.id, c.name, c.region, c.encryption, c.created_at, "
                     "(SELECT COUNT(*) FROM inventory i WHERE i.voice_connector_id = c.id) "
                     "FROM voice_connectors c");

VoiceConnector readConnector(const sql::Query &q)
{
    VoiceConnector c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.region = q.value(2).toString();
    c.encryption = q.value(3).toInt() != 0;
    c.createdAt = sql::timeFrom(q.value(4));
    c.numberCount = q.value(5).toInt();
    return c;
}

} // namespace

VoiceConnectorRepository::VoiceConnectorRepository(const Store &store) : m_store(store) { }

bool VoiceConnectorRepository::find(
    const QString &name, VoiceConnector *out, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store, connectorSelect + QStringLiteral(" WHERE c.name = ?"));
    q << name;
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *out = readConnector(q);
        *found = true;
    }
    return q.done(status);
}

bool VoiceConnectorRepository::findById(
    qint64 id, VoiceConnector *out, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store, connectorSelect + QStringLiteral(" WHERE c.id = ?"));
    q << qlonglong(id);
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *out = readConnector(q);
        *found = true;
    }
    return q.done(status);
}

bool VoiceConnectorRepository::list(QList<VoiceConnector> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store, connectorSelect + QStringLiteral(" ORDER BY c.name"));
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append(readConnector(q));
    return q.done(status);
}

bool VoiceConnectorRepository::create(VoiceConnector *connector, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral("INSERT INTO voice_connectors (name, region, encryption, created_at) VALUES "
                       "(?, ?, ?, ?) "
                       "RETURNING id"));
    q << connector->name << connector->region << int(connector->encryption)
      << sql::timeValue(connector->createdAt);
    if (!q.exec(status) || !q.single(status))
        return false;
    connector->id = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool VoiceConnectorRepository::update(const VoiceConnector &connector, StoreStatus *status)
{
    sql::Query q(m_store,
        QStringLiteral(
            "UPDATE voice_connectors SET name = ?, region = ?, encryption = ? WHERE id = ?"));
    q << connector.name << connector.region << int(connector.encryption) << qlonglong(connector.id);
    return q.exec(status);
}

bool VoiceConnectorRepository::remove(qint64 id, StoreStatus *status)
{
    sql::Query q(m_store, QStringLiteral("DELETE FROM voice_connectors WHERE id = ?"));
    q << qlonglong(id);
    return q.exec(status);
}

bool VoiceConnectorRepository::openPortInsNaming(
    const QString &name, QList<qint64> *caseIds, StoreStatus *status) const
{
    caseIds->clear();
    // Open Voice Connector port-ins are few; the name is in the request JSON.
    sql::Query q(m_store,
        QStringLiteral("SELECT id, request FROM cases WHERE is_open = 1 AND kind = ? AND "
                       "product_type = ? ORDER BY id"));
    q << toString(CaseKind::PortIn) << toString(ProductType::VoiceConnector);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        const QJsonObject request = sql::jsonObjectFrom(q.value(1).toString());
        if (request.value(QLatin1String("voiceConnector")).toString().trimmed() == name)
            caseIds->append(q.value(0).toLongLong());
    }
    return q.done(status);
}

} // namespace portdesk
