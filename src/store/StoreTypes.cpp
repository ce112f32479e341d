#include "StoreTypes.h"

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

QString toString(CaseFileEvent::What what)
{
    switch (what) {
    case CaseFileEvent::What::Attached:
        return QStringLiteral("attached");
    case CaseFileEvent::What::Deleted:
        return QStringLiteral("deleted");
    case CaseFileEvent::What::Restored:
        return QStringLiteral("restored");
    case CaseFileEvent::What::Purged:
        break;
    }
    return QStringLiteral("purged");
}

} // namespace portdesk
