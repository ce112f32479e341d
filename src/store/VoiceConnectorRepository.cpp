#include "VoiceConnectorRepository.h"

#include "SqlSupport.h"
#include "Store.h"

namespace portdesk {

namespace {

VoiceConnector readConnector(const sql::Query &q)
{
    VoiceConnector c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.region = q.value(2).toString();
    c.encryption = q.value(3).toInt() != 0;
    c.createdAt = sql::timeFrom(q.value(4));
    return c;
}

} // namespace

VoiceConnectorRepository::VoiceConnectorRepository(const Store &store) : m_store(store) { }

bool VoiceConnectorRepository::find(
    const QString &name, VoiceConnector *out, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store,
        QStringLiteral("SELECT id, name, region, encryption, created_at FROM voice_connectors "
                       "WHERE name = ?"));
    q << name;
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
    sql::Query q(m_store,
        QStringLiteral(
            "SELECT id, name, region, encryption, created_at FROM voice_connectors ORDER BY name"));
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

} // namespace portdesk
