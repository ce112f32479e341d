// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"

namespace portdesk {

class Store;

// Voice Connectors: SQL for the voice_connectors table. Each read fills
// numberCount, the numbers assigned to the connector.
class VoiceConnectorRepository {
public:
    explicit VoiceConnectorRepository(const Store &store);

    bool find(const QString &name, VoiceConnector *out, bool *found, StoreStatus *status) const;
    bool findById(qint64 id, VoiceConnector *out, bool *found, StoreStatus *status) const;
    bool list(QList<VoiceConnector> *out, StoreStatus *status) const;
    bool create(VoiceConnector *connector, StoreStatus *status);
    bool update(const VoiceConnector &connector, StoreStatus *status);
    bool remove(qint64 id, StoreStatus *status);
    // Open port-in cases of Voice Connector numbers whose request names this
    // connector (they need it to exist, under this name, until they finish).
    bool openPortInsNaming(const QString &name, QList<qint64> *caseIds, StoreStatus *status) const;

private:
    const Store &m_store;
};

} // namespace portdesk
