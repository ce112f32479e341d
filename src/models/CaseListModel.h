#pragma once

#include "store/StoreTypes.h"

#include <QAbstractTableModel>

namespace portdesk {

class PortingService;

// The case list, read-only: one row per case, newest first.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Kind, Customer, Numbers, State, Foc, Updated, ColumnCount };

    explicit CaseListModel(PortingService &service, QObject *parent = nullptr);

    // Reloads from the store; false (and the old rows kept) if the store failed.
    bool reload(StoreStatus *status = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CaseSummary &caseAt(int row) const { return m_rows.at(row); }

private:
    PortingService &m_service;
    QList<CaseSummary> m_rows;
};

} // namespace portdesk
