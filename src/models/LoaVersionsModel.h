// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoaVersion.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace portdesk {

// The signed versions of one carrier group's LOA, newest first: version,
// when signed, by whom (name and title), how (drawn or typed name), and
// what the version is now (in force, expired, superseded, or showing
// another request than the one as it stands). Qt::UserRole on any column:
// the version number.
class LoaVersionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { VersionColumn, SignedColumn, SignerColumn, TitleColumn, SignatureColumn,
        NoteColumn, ColumnCount };

    explicit LoaVersionsModel(QObject *parent = nullptr);

    // The group's versions as they stand at `now`; an empty group: no rows.
    void setGroup(const LoaGroupStatus &group, const QDateTime &now);
    void clear();
    // The version number of a row (0 when out of range).
    int versionAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString note(const LoaVersion &version) const;

    LoaGroupStatus m_group;
    QList<LoaVersion> m_rows; // newest first
    QDateTime m_now;
};

} // namespace portdesk
