// SPDX-License-Identifier: Apache-2.0
#include "VoiceConnectorsModel.h"

#include "service/Services.h"

#include <QLocale>

namespace portdesk {

VoiceConnectorsModel::VoiceConnectorsModel(Services &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

bool VoiceConnectorsModel::reload(StoreStatus *status)
{
    StoreStatus local;
    QList<VoiceConnector> rows = m_service.directory.listVoiceConnectors(&local);
    if (status)
        *status = local;
    if (!local.ok())
        return false;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return true;
}

int VoiceConnectorsModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).name == name)
            return i;
    return -1;
}

int VoiceConnectorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VoiceConnectorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoiceConnectorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const VoiceConnector &vc = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return vc.id;
    case NameRole:
        return vc.name;
    case Qt::TextAlignmentRole:
        return index.column() == Numbers ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return vc.name;
        case Region:
            return vc.region;
        case Encryption:
            return vc.encryption ? tr("On") : tr("Off");
        case Numbers:
            return vc.numberCount;
        case Created:
            return QLocale().toString(vc.createdAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant VoiceConnectorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Region:
        return tr("Region");
    case Encryption:
        return tr("Encryption");
    case Numbers:
        return tr("Numbers assigned");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace portdesk
