// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/BulkResult.h"
#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"
#include "service/ChangeBasis.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// The phone-number inventory: lists and counts, one number's history,
// assigning, unassigning, deleting and restoring numbers one at a time or in
// bulk, and the end of a port-out. Every change appends the numbers' history
// (inventory_events) in the same transaction.
class InventoryService {
    Q_DECLARE_TR_FUNCTIONS(InventoryService)

public:
    explicit InventoryService(Store &store) : m_store(store) { }

    // Filters, sorts and pages (InventoryFilter's keyset members); counts for
    // the same filter (limit and cursor ignored).
    QList<InventoryNumber> listInventory(
        const InventoryFilter &filter, StoreStatus *status = nullptr) const;
    int countInventory(const InventoryFilter &filter, StoreStatus *status = nullptr) const;
    InventoryCounts inventoryCounts(StoreStatus *status = nullptr) const;
    // One number (any notation); false when missing or the store failed.
    bool findNumber(const QString &number, InventoryNumber *out, StoreStatus *status = nullptr) const;
    // A number's history, oldest first (kept after the number is purged).
    QList<InventoryEvent> numberHistory(const QString &number, StoreStatus *status = nullptr) const;
    // A history line for people, translated ("Assigned to jane@example.com").
    static QString describe(const InventoryEvent &event);

    // basis: the number's version the person saw (expectedVersion; for
    // several numbers expectedVersions, in their order): a number changed
    // since is refused with number.changed, naming who changed it and when.
    ChangeResult assignToUser(
        const QString &e164, const QString &email, const ChangeBasis &basis = {});
    ChangeResult assignToVoiceConnector(
        const QString &e164, const QString &name, const ChangeBasis &basis = {});
    ChangeResult unassign(const QString &e164, const ChangeBasis &basis = {});
    // All or nothing.
    ChangeResult deleteNumbers(const QStringList &e164, const ChangeBasis &basis = {});
    ChangeResult restoreNumbers(const QStringList &e164, const ChangeBasis &basis = {});

    // Bulk actions on selected numbers (any notation), one transaction each,
    // committed once. ApplyAcceptable (the GUI's multi-selection) changes every
    // acceptable number and reports the refused ones; AllOrNothing changes
    // nothing when any is refused. A refusal of the action as a whole (no
    // such Voice Connector, an invalid email) is in result.violations.
    enum class BulkOp { AssignUser, AssignConnector, Unassign, Delete, Restore, UnassignAndDelete };
    // assignee: the email (AssignUser) or the Voice Connector's name
    // (AssignConnector); empty for the others.
    // basis.expectedVersions: each number's version the person saw, in the
    // order named (empty: none named). A number changed since is refused
    // (number.changed, in result.refused, naming who changed it and when)
    // like any other refusal: under ApplyAcceptable the others change.
    BulkResult changeSelected(BulkOp op, const QStringList &numbers, const QString &assignee,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {},
        const ChangeBasis &basis = {});
    BulkResult assignSelectedToUser(const QStringList &numbers, const QString &email,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {})
    {
        return changeSelected(BulkOp::AssignUser, numbers, email, policy, progress);
    }
    // To the connector of this name.
    BulkResult assignSelectedToVoiceConnector(const QStringList &numbers, const QString &name,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {})
    {
        return changeSelected(BulkOp::AssignConnector, numbers, name, policy, progress);
    }
    BulkResult unassignSelected(const QStringList &numbers,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {})
    {
        return changeSelected(BulkOp::Unassign, numbers, QString(), policy, progress);
    }
    // Into the deletion queue.
    BulkResult deleteSelected(const QStringList &numbers,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {})
    {
        return changeSelected(BulkOp::Delete, numbers, QString(), policy, progress);
    }
    // Out of the deletion queue.
    BulkResult restoreSelected(const QStringList &numbers,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {})
    {
        return changeSelected(BulkOp::Restore, numbers, QString(), policy, progress);
    }
    // The end of a port-out (and a shortcut elsewhere): unassigns each number
    // if assigned, then deletes it. A port-out case whose numbers are then
    // all deleted is closed by the clock (ClockService), as DESIGN.md's flow
    // says.
    BulkResult unassignAndDeleteSelected(const QStringList &numbers,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {})
    {
        return changeSelected(BulkOp::UnassignAndDelete, numbers, QString(), policy, progress);
    }
    // The same for every number of a ported-out port-out case still to
    // delete, all or nothing (refused unless the case is in PortedOut).
    BulkResult finishPortOut(qint64 caseId, const BulkProgress &progress = {});

    // Days a deleted number stays restorable.
    static constexpr int deletionQueueDays = 7;

private:
    ChangeResult unassignOnce(const QString &e164, const ChangeBasis &basis);

    Store &m_store;
};

} // namespace portdesk
