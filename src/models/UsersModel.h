// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"
#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"

#include <QAbstractTableModel>

namespace portdesk {

class Services;

// The Business Calling users numbers are assigned to, by email: a short
// list (people, not numbers), read whole.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Email, Numbers, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EmailRole };

    explicit UsersModel(Services &service, QObject *parent = nullptr);

    // Users whose email or name contains `contains` (ignoring case; empty: all).
    bool reload(const QString &contains = QString(), StoreStatus *status = nullptr);
    const User &userAt(int row) const { return m_rows.at(row); }
    // The row of the user with this id or email (ignoring case), -1 if none.
    int rowOfId(qint64 id) const;
    int rowOfEmail(const QString &email) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Services &m_service;
    QList<User> m_rows;
};

} // namespace portdesk
