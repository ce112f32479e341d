// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"
#include "core/PortRequest.h"
#include "service/ChangeBasis.h"
#include "store/VoiceConnectorRepository.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

// The rules of a change to inventory numbers, shared by the one-number
// changes (InventoryService.cpp) and the bulk actions (InventoryBulk.cpp).
// Internal to src/service.
namespace portdesk {
class InventoryRepository;
class Store;
}

namespace portdesk::service {

bool isAssigned(const InventoryNumber &n);

// Numbers as typed, looked up at once: their keys (E.164 where they can be
// read) and those of them in the inventory.
bool lookUp(const InventoryRepository &inventory, const QStringList &typed, QStringList *keys,
    QHash<QString, InventoryNumber> *numbers, StoreStatus *status);

// The version check of a change to one number: true when no version is
// named or the number (read in this transaction) still has it; else a
// number.changed refusal on `field` saying who changed it, when and how.
// False only when the store failed.
bool versionMatches(const Store &store, const InventoryNumber &n, qint64 expected,
    const QString &field, Violations *out, StoreStatus *status);

// A change to numbers names at least one (else a numbers.required refusal
// saying noneNamed) and one version for each, or none (else versions.count).
bool numbersNamed(const QStringList &typed, const ChangeBasis &basis, const QString &noneNamed,
    Violations *out);

// Why a number cannot be changed so now, if it cannot (refusals on `field`).
void checkAssignable(
    const InventoryNumber &n, ProductType to, const QString &field, Violations *out);
void checkUnassignable(const InventoryNumber &n, const QString &field, Violations *out);
void checkDeletable(
    const InventoryNumber &n, bool unassigning, const QString &field, Violations *out);
void checkRestorable(
    const InventoryNumber &n, const QDateTime &now, const QString &field, Violations *out);

// The assignee of an assignment, checked inside the caller's transaction:
// a valid email (the user is created when new) or an existing connector.
struct Assignee {
    ProductType to = ProductType::BusinessCalling;
    QString key; // email (lower case) or connector name
    VoiceConnector connector;
    QString detail() const
    {
        return to == ProductType::BusinessCalling ? QStringLiteral("user:") + key
                                                  : QStringLiteral("voice-connector:") + key;
    }
};

bool checkAssignee(const Store &store, ProductType to, const QString &typed, Assignee *out,
    Violations *violations, StoreStatus *status);

// "%1 is not in the phone number inventory." (%1: the number), and the same
// for a restore (a number deleted too long ago is gone for good).
QString notInInventory();
QString notInInventoryForRestore();

} // namespace portdesk::service
