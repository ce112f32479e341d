// SPDX-License-Identifier: Apache-2.0
#include "LoaVersionsModel.h"

#include "documents/LoaContent.h"

#include <QLocale>

namespace portdesk {

LoaVersionsModel::LoaVersionsModel(QObject *parent) : QAbstractTableModel(parent) { }

void LoaVersionsModel::setGroup(const LoaGroupStatus &group, const QDateTime &now)
{
    beginResetModel();
    m_group = group;
    m_now = now;
    m_rows.clear();
    for (auto it = group.versions.crbegin(); it != group.versions.crend(); ++it)
        m_rows.append(*it);
    endResetModel();
}

void LoaVersionsModel::clear()
{
    setGroup(LoaGroupStatus(), QDateTime());
}

int LoaVersionsModel::versionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).version : 0;
}

int LoaVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LoaVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LoaVersionsModel::note(const LoaVersion &v) const
{
    const LoaGroupStatus &g = m_group;
    if (g.state != LoaState::Unsigned && v.version == g.version.version
        && g.state != LoaState::NeedsResigning)
        return g.state == LoaState::Signed ? tr("in force") : tr("expired");
    if (LoaContent::diff(v.content, g.content).isEmpty())
        return v.isExpired(m_now) ? tr("expired") : tr("superseded");
    return tr("shows another request");
}

QVariant LoaVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoaVersion &v = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return v.version;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case VersionColumn:
        return tr("Version %1").arg(v.version);
    case SignedColumn:
        return v.signedAt.isValid()
            ? QLocale().toString(v.signedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case SignerColumn:
        return v.signer.name;
    case TitleColumn:
        return v.signer.title;
    case SignatureColumn:
        return v.signer.drawing.isEmpty() ? tr("typed name") : tr("drawn");
    case NoteColumn:
        return note(v);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LoaVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case VersionColumn:
        return tr("Version");
    case SignedColumn:
        return tr("Signed");
    case SignerColumn:
        return tr("Signer");
    case TitleColumn:
        return tr("Title");
    case SignatureColumn:
        return tr("Signature");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace portdesk
