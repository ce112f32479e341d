#include "CaseListModel.h"

#include "store/PortingService.h"

#include <QLocale>

namespace portdesk {

CaseListModel::CaseListModel(PortingService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

bool CaseListModel::reload(StoreStatus *status)
{
    StoreStatus local;
    QList<CaseSummary> rows = m_service.listCases(nullptr, &local);
    if (status)
        *status = local;
    if (!local.ok())
        return false;
    std::sort(rows.begin(), rows.end(),
              [](const CaseSummary &a, const CaseSummary &b) { return a.id > b.id; });
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return true;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary &c = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return c.id;
        case Kind: return c.kind == CaseKind::PortIn ? tr("Port in") : tr("Port out");
        case Customer: return c.customerName;
        case Numbers: return c.numberCount;
        case State: return displayName(c.state);
        case Foc: return c.focAt.isValid() ? locale.toString(c.focAt.toLocalTime(), QLocale::ShortFormat) : QString();
        case Updated: return locale.toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Numbers))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == State)
        return tr("Order status: %1").arg(orderStatus(c.state));
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Case");
    case Kind: return tr("Kind");
    case Customer: return tr("Customer");
    case Numbers: return tr("Numbers");
    case State: return tr("State");
    case Foc: return tr("FOC");
    case Updated: return tr("Last change");
    default: return {};
    }
}

} // namespace portdesk
