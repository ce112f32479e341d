// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PortRequest.h"

#include <QAbstractTableModel>

namespace portdesk {

// The carrier groups of a port-in request (one LOA each) as a table: one
// row per group, one column per field, edited in place. The groups live in
// the caller's list (the wizard's request), so an edit is never lost.
// The account number and PIN show masked in DisplayRole; EditRole is plain.
class CarrierGroupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,          // "Group 1 — Example Telecom (3 numbers)", read-only
        CarrierColumn,
        AccountNumberColumn,
        PinColumn,
        BtnColumn,
        CustomerNameColumn,
        StreetColumn,
        CityColumn,
        StateColumn,
        ZipColumn,
        AuthorizingPersonColumn,
        AuthorizingTitleColumn,
        AuthorizingPhoneColumn,
        AuthorizingEmailColumn,
        CustomerTypeColumn,   // EditRole: int(CustomerType), DisplayRole: its name
        PortTypeColumn,       // EditRole: int(PortScope), DisplayRole: its name
        RemainingNumbersColumn, // EditRole: the numbers joined by ", "; edits split at , ; and new lines
        CurrentRespOrgColumn,
        TargetRespOrgIdColumn,
        NumberCountColumn,    // read-only
        TollFreeColumn,       // read-only, bool
        ColumnCount
    };

    explicit CarrierGroupsModel(QList<CarrierGroup> *groups, QObject *parent = nullptr);

    // After the list was changed from outside.
    void reload();

    const CarrierGroup &group(int row) const { return m_groups->at(row); }
    // A group of toll-free numbers (decided by its first number).
    bool isTollFree(int row) const;
    QString title(int row) const;

    // Moves numbers (as stored in the group) from one group to another; to -1
    // makes a new group at the end. A group left without numbers is removed.
    // Returns the row of the target group afterwards (-1 if nothing moved).
    int moveNumbers(int from, const QStringList &numbers, int to);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The request-file field path of a column ("btn", "serviceAddress.zip").
    static QString fieldName(int column);

Q_SIGNALS:
    // The numbers of a group changed (moved in or out).
    void numbersChanged(int row);

private:
    // A cell of this table (the model tester also asks about invalid ones).
    bool isRow(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid()
            && index.row() < rowCount() && index.column() < ColumnCount;
    }
    QString *field(int row, int column) const;
    bool isEditable(int column) const;

    QList<CarrierGroup> *m_groups;
};

} // namespace portdesk
