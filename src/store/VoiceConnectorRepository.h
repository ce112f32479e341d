#pragma once

#include "StoreTypes.h"

namespace portdesk {

class Store;

// Voice Connectors: SQL for the voice_connectors table.
class VoiceConnectorRepository {
public:
    explicit VoiceConnectorRepository(const Store &store);

    bool find(const QString &name, VoiceConnector *out, bool *found, StoreStatus *status) const;
    bool list(QList<VoiceConnector> *out, StoreStatus *status) const;
    bool create(VoiceConnector *connector, StoreStatus *status);

private:
    const Store &m_store;
};

} // namespace portdesk
