// SPDX-License-Identifier: Apache-2.0
#include "StoreContext.h"

#include "store/CaseRepository.h"
#include "store/InventoryRepository.h"
#include "store/VoiceConnectorRepository.h"

namespace portdesk {

bool StoreContext::voiceConnectorExists(const QString &name) const
{
    VoiceConnector connector;
    bool found = false;
    VoiceConnectorRepository(m_store).find(name.trimmed(), &connector, &found, &m_status);
    return found;
}

QSet<QString> StoreContext::numbersInInventory(const QStringList &e164) const
{
    QSet<QString> found;
    InventoryRepository(m_store).existing(e164, &found, &m_status);
    return found;
}

QHash<QString, qint64> StoreContext::numbersInOpenPortIn(const QStringList &e164) const
{
    QHash<QString, qint64> found;
    CaseRepository(m_store).numbersInOpenPortIn(e164, m_exceptCase, &found, &m_status);
    return found;
}

} // namespace portdesk
