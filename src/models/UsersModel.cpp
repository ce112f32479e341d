// SPDX-License-Identifier: Apache-2.0
#include "UsersModel.h"

#include "service/Services.h"

namespace portdesk {

UsersModel::UsersModel(Services &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

bool UsersModel::reload(const QString &contains, StoreStatus *status)
{
    StoreStatus local;
    QList<User> rows = m_service.directory.listUsers(contains, &local);
    if (status)
        *status = local;
    if (!local.ok())
        return false;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return true;
}

int UsersModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int UsersModel::rowOfEmail(const QString &email) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const User &u = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return u.id;
    case EmailRole:
        return u.email;
    case Qt::TextAlignmentRole:
        return index.column() == Numbers ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return u.name;
        case Email:
            return u.email;
        case Numbers:
            return u.numberCount;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Numbers:
        return tr("Numbers");
    default:
        return {};
    }
}

} // namespace portdesk
