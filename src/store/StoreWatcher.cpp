// SPDX-License-Identifier: Apache-2.0
#include "StoreWatcher.h"

#include "SqlSupport.h"
#include "Store.h"

#include <QSqlDriver>
#include <QTimer>

namespace portdesk {

StoreWatcher::StoreWatcher(const Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    if (m_store.isPostgres()) {
        QSqlDriver *driver = m_store.database().driver();
        if (driver && driver->subscribeToNotification(QLatin1String(sql::changeChannel))) {
            m_watching = true;
            connect(driver, &QSqlDriver::notification, this,
                [this](
                    const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (name == QLatin1String(sql::changeChannel)
                        && source != QSqlDriver::SelfSource)
                        Q_EMIT changedElsewhere();
                });
        }
        return;
    }
    m_watching = readDataVersion(&m_dataVersion);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
    m_timer->start();
}

StoreWatcher::~StoreWatcher()
{
    if (m_store.isPostgres() && m_watching) {
        if (QSqlDriver *driver = m_store.database().driver())
            driver->unsubscribeFromNotification(QLatin1String(sql::changeChannel));
    }
}

void StoreWatcher::setPollInterval(int ms)
{
    if (m_timer)
        m_timer->setInterval(ms);
}

bool StoreWatcher::poll()
{
    if (m_store.isPostgres())
        return false;
    qint64 version = -1;
    if (!readDataVersion(&version))
        return false;
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (moved)
        Q_EMIT changedElsewhere();
    return moved;
}

bool StoreWatcher::readDataVersion(qint64 *version) const
{
    // Outside a transaction only: inside one the value is frozen anyway.
    sql::Query q(m_store, QStringLiteral("PRAGMA data_version"));
    if (!q.exec(nullptr) || !q.next())
        return false;
    *version = q.value(0).toLongLong();
    return true;
}

} // namespace portdesk
