// SPDX-License-Identifier: Apache-2.0
#include "InventoryChecks.h"

#include "InventoryService.h"
#include "ServiceSupport.h"

#include "core/RequestValidator.h"
#include "store/InventoryRepository.h"

namespace portdesk::service {

bool isAssigned(const InventoryNumber &n)
{
    return !n.assignedUser.isEmpty() || !n.assignedVoiceConnector.isEmpty();
}


// Numbers as typed, looked up at once: their keys (E.164 where they can be
// read) and those of them in the inventory.
bool lookUp(const InventoryRepository &inventory, const QStringList &typed, QStringList *keys,
    QHash<QString, InventoryNumber> *numbers, StoreStatus *status)
{
    *keys = numberKeys(typed);
    return inventory.findMany(*keys, numbers, status);
}


// The version check of a change to one number: true when no version is
// named or the number (read in this transaction) still has it; else a
// number.changed refusal on `field` saying who changed it, when and how.
bool versionMatches(const Store &store, const InventoryNumber &n, qint64 expected,
    const QString &field, Violations *out, StoreStatus *status)
{
    if (expected == ChangeBasis::noVersion || expected == n.version)
        return true;
    QList<InventoryEvent> history;
    if (!InventoryRepository(store).history(n.e164, &history, status))
        return false;
    const QString what = history.isEmpty() ? InventoryService::tr("changed")
                                           : InventoryService::describe(history.constLast());
    out->append(refusal(field, "number.changed",
        InventoryService::tr("Number %1 was changed by %2 at %3 (%4; now version %5, yours was "
                             "%6); your change was not applied.")
            .arg(shown(n.e164), conflictLogin(n.updatedBy), conflictTime(n.updatedAt), what,
                QString::number(n.version), QString::number(expected))));
    return true;
}

bool numbersNamed(const QStringList &typed, const ChangeBasis &basis, const QString &noneNamed,
    Violations *out)
{
    if (typed.isEmpty()) {
        out->append(refusal(QStringLiteral("numbers"), "numbers.required", noneNamed));
        return false;
    }
    if (basis.expectedVersions.isEmpty() || basis.expectedVersions.size() == typed.size())
        return true;
    out->append(refusal(QStringLiteral("versions"), "versions.count",
        InventoryService::tr("%n version(s) given for %1 number(s): give one version for "
                             "each number, in the same order.",
            "", int(basis.expectedVersions.size()))
            .arg(typed.size())));
    return false;
}

// Why a number cannot be assigned to a user (BusinessCalling) or to a Voice
// Connector (VoiceConnector) now, if it cannot. A number still porting in
// (it arrives the day before the FOC) can: it goes live assigned.
void checkAssignable(
    const InventoryNumber &n, ProductType to, const QString &field, Violations *out)
{
    if (n.portedOut) {
        out->append(refusal(field, "inventory.ported-out",
            InventoryService::tr("%1 was ported out: it has left for another carrier and "
                               "cannot be assigned.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.deleted",
            InventoryService::tr("%1 is in the deletion queue: restore it first.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortoutInProgress) {
        out->append(refusal(field, "inventory.porting-out",
            InventoryService::tr("%1 is being ported out: it cannot be assigned.")
                .arg(shown(n.e164))));
    } else if (isAssigned(n)) {
        out->append(refusal(field, "inventory.already-assigned",
            InventoryService::tr("%1 is already assigned to %2: unassign it first.")
                .arg(shown(n.e164),
                    n.assignedUser.isEmpty() ? n.assignedVoiceConnector : n.assignedUser)));
    }
    if (to == ProductType::BusinessCalling && n.tollFree) {
        out->append(refusal(field, "inventory.toll-free-to-user",
            InventoryService::tr("%1 is toll-free: toll-free numbers go to a Voice "
                               "Connector, never to a user.")
                .arg(shown(n.e164))));
    } else if (to == ProductType::BusinessCalling && n.productType != to) {
        out->append(refusal(field, "inventory.product-mismatch",
            InventoryService::tr("%1 is a Voice Connector number: assign it to a "
                               "Voice Connector, not to a user.")
                .arg(shown(n.e164))));
    } else if (to == ProductType::VoiceConnector && n.productType != to) {
        out->append(refusal(field, "inventory.product-mismatch",
            InventoryService::tr("%1 is a Business Calling number: assign it to a "
                               "user, not to a Voice Connector.")
                .arg(shown(n.e164))));
    }
}

void checkUnassignable(const InventoryNumber &n, const QString &field, Violations *out)
{
    if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.deleted",
            InventoryService::tr("%1 is in the deletion queue.").arg(shown(n.e164))));
    } else if (!isAssigned(n)) {
        out->append(refusal(field, "inventory.not-assigned",
            InventoryService::tr("%1 is not assigned.").arg(shown(n.e164))));
    }
}

// Why a number cannot go to the deletion queue. With unassigning, an
// assignment is no obstacle (it is removed first).
void checkDeletable(
    const InventoryNumber &n, bool unassigning, const QString &field, Violations *out)
{
    if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.already-deleted",
            InventoryService::tr("%1 is already in the deletion queue.").arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortinInProgress) {
        out->append(refusal(field, "inventory.delete-porting-in",
            InventoryService::tr("%1 is still being ported in: it cannot be deleted.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortoutInProgress && !n.portedOut) {
        out->append(refusal(field, "inventory.delete-porting-out",
            InventoryService::tr("%1 is in an open port-out: it can be deleted once "
                               "it has ported out.")
                .arg(shown(n.e164))));
    } else if (isAssigned(n) && !unassigning) {
        out->append(refusal(field, "inventory.delete-assigned",
            InventoryService::tr("%1 is assigned: unassign it before deleting it.")
                .arg(shown(n.e164))));
    }
}

void checkRestorable(
    const InventoryNumber &n, const QDateTime &now, const QString &field, Violations *out)
{
    if (n.status != NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.not-deleted",
            InventoryService::tr("%1 is not in the deletion queue.").arg(shown(n.e164))));
    } else if (n.portedOut) {
        // Deleted after its port-out: the carrier it went to holds it now.
        out->append(refusal(field, "inventory.ported-out",
            InventoryService::tr("%1 was ported out: it has left for another carrier and "
                               "cannot be restored. Only a new port-in can bring it back.")
                .arg(shown(n.e164))));
    } else if (n.deletedAt.addDays(InventoryService::deletionQueueDays) <= now) {
        out->append(refusal(field, "inventory.restore-expired",
            InventoryService::tr("%1 was deleted more than %2 days ago: it can no "
                               "longer be restored.")
                .arg(shown(n.e164))
                .arg(InventoryService::deletionQueueDays)));
    }
}


bool checkAssignee(const Store &store, ProductType to, const QString &typed, Assignee *out,
    Violations *violations, StoreStatus *status)
{
    out->to = to;
    const QString name = typed.trimmed();
    if (to == ProductType::BusinessCalling) {
        out->key = name.toLower();
        if (name.isEmpty()) {
            violations->append(refusal(QStringLiteral("email"), "email.required",
                InventoryService::tr("Give the email address of the user.")));
        } else if (!RequestValidator::isValidEmail(name)) {
            violations->append(refusal(QStringLiteral("email"), "email.invalid",
                InventoryService::tr("\"%1\" is not a valid email address.").arg(name)));
        }
        return true;
    }
    out->key = name;
    bool found = false;
    if (!VoiceConnectorRepository(store).find(name, &out->connector, &found, status))
        return false;
    if (!found) {
        violations->append(refusal(QStringLiteral("voiceConnector"), "voiceConnector.not-found",
            InventoryService::tr("There is no Voice Connector named \"%1\".").arg(name)));
    }
    return true;
}


QString notInInventory()
{
    return InventoryService::tr("%1 is not in the phone number inventory.");
}

QString notInInventoryForRestore()
{
    return InventoryService::tr("%1 is not in the phone number inventory (a number "
                              "deleted more than %2 days ago is gone for good).")
        // %1 stays for the number (a one-pass arg: the text put in is not read again).
        .arg(QStringLiteral("%1"), QString::number(InventoryService::deletionQueueDays));
}

} // namespace portdesk::service
