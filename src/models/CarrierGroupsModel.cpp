// SPDX-License-Identifier: Apache-2.0
#include "CarrierGroupsModel.h"

#include <QRegularExpression>

#include "core/PhoneNumber.h"
#include "core/Secret.h"

#include <QSet>

namespace portdesk {

CarrierGroupsModel::CarrierGroupsModel(QList<CarrierGroup> *groups, QObject *parent)
    : QAbstractTableModel(parent)
    , m_groups(groups)
{
}

void CarrierGroupsModel::reload()
{
    beginResetModel();
    endResetModel();
}

bool CarrierGroupsModel::isTollFree(int row) const
{
    const CarrierGroup &g = m_groups->at(row);
    return !g.numbers.isEmpty() && PhoneNumbers::check(g.numbers.first()).tollFree;
}

QString CarrierGroupsModel::title(int row) const
{
    const CarrierGroup &g = m_groups->at(row);
    const int n = int(g.numbers.size());
    const QString count = n == 1 ? tr("(1 number)") : tr("(%1 numbers)").arg(n);
    QString name = tr("Group %1").arg(row + 1);
    if (isTollFree(row))
        name = tr("%1 — toll-free").arg(name);
    if (!g.carrier.trimmed().isEmpty())
        name = tr("%1 — %2").arg(name, g.carrier.trimmed());
    return name + QLatin1Char(' ') + count;
}

int CarrierGroupsModel::moveNumbers(int from, const QStringList &numbers, int to)
{
    if (from < 0 || from >= m_groups->size() || to >= m_groups->size() || to == from)
        return -1;
    const QSet<QString> moving(numbers.cbegin(), numbers.cend());
    QStringList moved;
    QStringList kept;
    for (const QString &n : m_groups->at(from).numbers)
        (moving.contains(n) ? moved : kept).append(n);
    if (moved.isEmpty())
        return -1;

    if (to < 0) {
        const int row = int(m_groups->size());
        beginInsertRows(QModelIndex(), row, row);
        m_groups->append(CarrierGroup());
        endInsertRows();
        to = row;
    }
    (*m_groups)[from].numbers = kept;
    (*m_groups)[to].numbers += moved;
    Q_EMIT dataChanged(index(from, 0), index(from, ColumnCount - 1));
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));

    if (kept.isEmpty()) {
        beginRemoveRows(QModelIndex(), from, from);
        m_groups->removeAt(from);
        endRemoveRows();
        if (to > from)
            --to;
        // The groups after it are numbered one less now.
        if (from < m_groups->size())
            Q_EMIT dataChanged(index(from, TitleColumn), index(int(m_groups->size()) - 1, TitleColumn));
    } else {
        Q_EMIT numbersChanged(from);
    }
    Q_EMIT numbersChanged(to);
    return to;
}

int CarrierGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups->size());
}

int CarrierGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString *CarrierGroupsModel::field(int row, int column) const
{
    CarrierGroup &g = (*m_groups)[row];
    switch (column) {
    case CarrierColumn: return &g.carrier;
    case AccountNumberColumn: return &g.accountNumber;
    case PinColumn: return &g.pin;
    case BtnColumn: return &g.btn;
    case CustomerNameColumn: return &g.customerName;
    case StreetColumn: return &g.serviceAddress.street;
    case CityColumn: return &g.serviceAddress.city;
    case StateColumn: return &g.serviceAddress.state;
    case ZipColumn: return &g.serviceAddress.zip;
    case AuthorizingPersonColumn: return &g.authorizingPerson;
    case AuthorizingTitleColumn: return &g.authorizingTitle;
    case AuthorizingPhoneColumn: return &g.authorizingPhone;
    case AuthorizingEmailColumn: return &g.authorizingEmail;
    case CurrentRespOrgColumn: return &g.currentRespOrg;
    case TargetRespOrgIdColumn: return &g.targetRespOrgId;
    default: return nullptr;
    }
}

bool CarrierGroupsModel::isEditable(int column) const
{
    return column == CustomerTypeColumn || column == PortTypeColumn
        || column == RemainingNumbersColumn;
}

QVariant CarrierGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::ToolTipRole && column == TitleColumn && isTollFree(row))
        return tr("Toll-free numbers have a group and an LOA of their own.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (column) {
    case TitleColumn: return title(row);
    case NumberCountColumn: return int(m_groups->at(row).numbers.size());
    case TollFreeColumn: return isTollFree(row);
    case CustomerTypeColumn: {
        const CustomerType type = m_groups->at(row).customerType;
        return role == Qt::EditRole ? QVariant(int(type)) : QVariant(toString(type));
    }
    case PortTypeColumn: {
        const PortScope scope = m_groups->at(row).portScope;
        return role == Qt::EditRole ? QVariant(int(scope)) : QVariant(toString(scope));
    }
    case RemainingNumbersColumn:
        return m_groups->at(row).remainingNumbers.join(QStringLiteral(", "));
    case AccountNumberColumn:
    case PinColumn:
        if (role == Qt::DisplayRole) {
            return Secret(column == PinColumn ? Secret::Kind::Pin : Secret::Kind::AccountNumber,
                *field(row, column))
                .masked();
        }
        return *field(row, column);
    default: {
        const QString *value = field(row, column);
        return value ? QVariant(*value) : QVariant();
    }
    }
}

bool CarrierGroupsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !isRow(index))
        return false;
    CarrierGroup &g = (*m_groups)[index.row()];
    if (isEditable(index.column())) {
        bool changed = false;
        if (index.column() == CustomerTypeColumn) {
            const int v = value.toInt();
            const CustomerType type = v == int(CustomerType::Business) ? CustomerType::Business
                : v == int(CustomerType::Residential) ? CustomerType::Residential
                                                      : CustomerType::Unspecified;
            changed = g.customerType != type;
            g.customerType = type;
        } else if (index.column() == PortTypeColumn) {
            const int v = value.toInt();
            const PortScope scope = v == int(PortScope::Full) ? PortScope::Full
                : v == int(PortScope::Partial) ? PortScope::Partial
                                               : PortScope::Unspecified;
            changed = g.portScope != scope;
            g.portScope = scope;
        } else {
            static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
            QStringList numbers;
            for (const QString &n : value.toString().split(separators, Qt::SkipEmptyParts)) {
                if (!n.trimmed().isEmpty())
                    numbers << n.trimmed();
            }
            // Typing "…, " must not be undone while the admin types.
            changed = g.remainingNumbers != numbers;
            g.remainingNumbers = numbers;
        }
        if (changed)
            Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    QString *target = field(index.row(), index.column());
    if (!target)
        return false;
    QString text = value.toString();
    if (index.column() == StateColumn)
        text = text.trimmed().toUpper();
    // An unchanged value is no change: the form submits every field at once.
    if (*target == text)
        return true;
    *target = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    if (index.column() == CarrierColumn)
        Q_EMIT dataChanged(this->index(index.row(), TitleColumn), this->index(index.row(), TitleColumn),
                           {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags CarrierGroupsModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (field(index.row(), index.column()) || isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CarrierGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Group");
    case CarrierColumn: return tr("Carrier");
    case AccountNumberColumn: return tr("Account number");
    case PinColumn: return tr("PIN");
    case BtnColumn: return tr("BTN");
    case CustomerNameColumn: return tr("Customer name");
    case StreetColumn: return tr("Street");
    case CityColumn: return tr("City");
    case StateColumn: return tr("State");
    case ZipColumn: return tr("ZIP");
    case AuthorizingPersonColumn: return tr("Authorizing person");
    case AuthorizingTitleColumn: return tr("Title");
    case AuthorizingPhoneColumn: return tr("Phone");
    case AuthorizingEmailColumn: return tr("Email");
    case CustomerTypeColumn: return tr("Business or residential");
    case PortTypeColumn: return tr("Full or partial port");
    case RemainingNumbersColumn: return tr("Numbers that stay");
    case CurrentRespOrgColumn: return tr("Current RespOrg");
    case TargetRespOrgIdColumn: return tr("Target RespOrg ID");
    case NumberCountColumn: return tr("Numbers");
    case TollFreeColumn: return tr("Toll-free");
    default: return QVariant();
    }
}

QString CarrierGroupsModel::fieldName(int column)
{
    switch (column) {
    case CarrierColumn: return QStringLiteral("carrier");
    case AccountNumberColumn: return QStringLiteral("accountNumber");
    case PinColumn: return QStringLiteral("pin");
    case BtnColumn: return QStringLiteral("btn");
    case CustomerNameColumn: return QStringLiteral("customerName");
    case StreetColumn: return QStringLiteral("serviceAddress.street");
    case CityColumn: return QStringLiteral("serviceAddress.city");
    case StateColumn: return QStringLiteral("serviceAddress.state");
    case ZipColumn: return QStringLiteral("serviceAddress.zip");
    case AuthorizingPersonColumn: return QStringLiteral("authorizingPerson");
    case AuthorizingTitleColumn: return QStringLiteral("authorizingTitle");
    case AuthorizingPhoneColumn: return QStringLiteral("authorizingPhone");
    case AuthorizingEmailColumn: return QStringLiteral("authorizingEmail");
    case CustomerTypeColumn: return QStringLiteral("customerType");
    case PortTypeColumn: return QStringLiteral("portType");
    case RemainingNumbersColumn: return QStringLiteral("remainingNumbers");
    case CurrentRespOrgColumn: return QStringLiteral("currentRespOrg");
    case TargetRespOrgIdColumn: return QStringLiteral("targetRespOrgId");
    case NumberCountColumn: return QStringLiteral("numbers");
    default: return QString();
    }
}

} // namespace portdesk
