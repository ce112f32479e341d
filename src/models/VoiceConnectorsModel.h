// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"
#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"

#include <QAbstractTableModel>

namespace portdesk {

class Services;

// The Voice Connectors with the count of numbers assigned to each.
class VoiceConnectorsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Region, Encryption, Numbers, Created, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NameRole };

    explicit VoiceConnectorsModel(Services &service, QObject *parent = nullptr);

    bool reload(StoreStatus *status = nullptr);
    const VoiceConnector &connectorAt(int row) const { return m_rows.at(row); }
    int rowOfName(const QString &name) const; // -1 if none

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Services &m_service;
    QList<VoiceConnector> m_rows;
};

} // namespace portdesk
