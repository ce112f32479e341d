// SPDX-License-Identifier: Apache-2.0
#include "InventoryNumber.h"

namespace portdesk {

QString toString(NumberStatus status)
{
    switch (status) {
    case NumberStatus::PortinInProgress:
        return QStringLiteral("PortinInProgress");
    case NumberStatus::Unassigned:
        return QStringLiteral("Unassigned");
    case NumberStatus::Assigned:
        return QStringLiteral("Assigned");
    case NumberStatus::PortoutInProgress:
        return QStringLiteral("PortoutInProgress");
    case NumberStatus::DeleteInProgress:
        return QStringLiteral("DeleteInProgress");
    }
    return QStringLiteral("Unassigned");
}

bool numberStatusFromString(const QString &text, NumberStatus *out)
{
    for (NumberStatus status :
        { NumberStatus::PortinInProgress, NumberStatus::Unassigned, NumberStatus::Assigned,
            NumberStatus::PortoutInProgress, NumberStatus::DeleteInProgress }) {
        if (text.compare(toString(status), Qt::CaseInsensitive) == 0) {
            *out = status;
            return true;
        }
    }
    return false;
}

QString InventoryNumber::assignedTo() const
{
    if (!assignedUser.isEmpty())
        return QStringLiteral("user:") + assignedUser;
    if (!assignedVoiceConnector.isEmpty())
        return QStringLiteral("voice-connector:") + assignedVoiceConnector;
    return {};
}

QVariant InventoryFilter::sortKey(const InventoryNumber &row) const
{
    switch (sort) {
    case InventorySort::Number:
        return row.e164;
    case InventorySort::Status:
        return toString(row.status);
    case InventorySort::ProductType:
        return toString(row.productType);
    case InventorySort::Created:
        return qlonglong(row.createdAt.toMSecsSinceEpoch());
    case InventorySort::Updated:
        return qlonglong(row.updatedAt.toMSecsSinceEpoch());
    case InventorySort::Case:
        return qlonglong(row.caseId);
    }
    return row.e164;
}

void InventoryFilter::startAfter(const InventoryNumber &row)
{
    afterE164 = row.e164;
    afterKey = sortKey(row);
}

} // namespace portdesk
