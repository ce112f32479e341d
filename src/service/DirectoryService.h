// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// Who numbers are assigned to: Business Calling users and Voice Connectors.
class DirectoryService {
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    explicit DirectoryService(Store &store) : m_store(store) { }

    // Users (Business Calling): email required, valid and unique (ignoring
    // case); name free text (may be empty). result.id: the user's id.
    ChangeResult addUser(const QString &email, const QString &name);
    ChangeResult editUser(qint64 id, const QString &email, const QString &name);
    // Users whose email or name contains `contains` (ignoring case; empty: all), by email.
    QList<User> listUsers(const QString &contains = QString(), StoreStatus *status = nullptr) const;

    // Voice Connectors: a unique name and a known region; delete is refused
    // while numbers are assigned to it (the message gives the count).
    ChangeResult createVoiceConnector(const QString &name, const QString &region, bool encryption);
    ChangeResult editVoiceConnector(
        qint64 id, const QString &name, const QString &region, bool encryption);
    ChangeResult deleteVoiceConnector(qint64 id);
    bool findVoiceConnector(
        const QString &name, VoiceConnector *out, StoreStatus *status = nullptr) const;
    QList<VoiceConnector> listVoiceConnectors(StoreStatus *status = nullptr) const;

    // The regions a Voice Connector can be created in; the first is the default.
    static QStringList voiceConnectorRegions();

private:
    Store &m_store;
};

} // namespace portdesk
