// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PortRequest.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace portdesk {

enum class NumberStatus {
    PortinInProgress,
    Unassigned,
    Assigned,
    PortoutInProgress,
    DeleteInProgress
};
QString toString(NumberStatus status);
bool numberStatusFromString(const QString &text, NumberStatus *out);

struct InventoryNumber {
    qint64 id = 0;
    QString e164;
    ProductType productType = ProductType::BusinessCalling;
    bool tollFree = false;
    NumberStatus status = NumberStatus::Unassigned;
    QString assignedUser; // email, Business Calling
    QString assignedVoiceConnector; // name, Voice Connector
    QDateTime assignedAt;
    qint64 caseId = 0; // the port-in that brought it (0 if none)
    qint64 portOutCaseId = 0; // an open or finished port-out (0 if none)
    bool portedOut = false; // the port-out is done: unassign and delete
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // DeleteInProgress since
    // The number's version (inventory.row_version, schema 13): every change
    // adds one; a change names the one it was based on. updatedBy: the login
    // of the last change ("" before schema 13).
    qint64 version = 0;
    QString updatedBy;

    // "user:EMAIL" / "voice-connector:NAME" or empty.
    QString assignedTo() const;
};

// What the inventory list is ordered by; every order ends with the number,
// so that a page is found by key: (sort value, e164).
enum class InventorySort { Number, Status, ProductType, Created, Updated, Case };

struct InventoryFilter {
    bool hasStatus = false;
    NumberStatus status = NumberStatus::Unassigned;
    QString prefix; // E.164 prefix, e.g. "+1206" (the service also takes "206", "1 (206)")
    QString afterE164; // keyset paging: rows after this number
    int limit = 0; // 0: all

    // --- inventory (paging and filters) ---
    // Any of these statuses (empty: any). Combined with hasStatus/status
    // when both are set (then the one status must be in the list).
    QList<NumberStatus> statuses;
    bool hasProductType = false;
    ProductType productType = ProductType::BusinessCalling;
    // Part of the assignee, ignoring case: a user's email or name, or a
    // Voice Connector's name. Empty: any (assigned or not).
    QString assignee;
    qint64 caseId = 0; // numbers of this port-in or port-out case (0: any)
    bool portedOutOnly = false; // numbers whose port-out is done

    InventorySort sort = InventorySort::Number;
    bool descending = false;
    // Keyset paging for every sort: with afterE164 set, the rows after
    // (afterKey, afterE164) in the order asked for; with `before` set, the
    // rows before it instead (still returned in the order asked for), for
    // paging back up. afterKey is the last row's sort value
    // (sortKey(row)); unused for InventorySort::Number.
    QVariant afterKey;
    bool before = false;
    // With limit: skip this many rows after the cursor (or before it, with
    // before) first: a jump far into the list. The row landed on is found on
    // the keys alone (index-only for no status or one, and for the number,
    // status, product type, created and updated sorts); then the page is
    // read by key. 0: none.
    int offset = 0;

    // Sets afterKey/afterE164 to continue after (or, with before, before) this row.
    void startAfter(const InventoryNumber &row);
    // The sort value of a row for this filter's sort (what afterKey takes).
    QVariant sortKey(const InventoryNumber &row) const;
    // --- end inventory (paging and filters) ---
};

struct VoiceConnector {
    qint64 id = 0;
    QString name;
    QString region; // e.g. "us-east-1"
    bool encryption = false;
    QDateTime createdAt;
    int numberCount = 0; // numbers assigned to it (list and find fill it)
};

// A request not yet submitted, kept so that nothing typed is lost.

// A Business Calling user numbers are assigned to: email (unique, stored
// lower case) and a display name.
struct User {
    qint64 id = 0;
    QString email;
    QString name;
    QDateTime createdAt;
    int numberCount = 0; // numbers assigned to the user (listUsers fills it)
};

// One line of a number's history (inventory_events). Kept after a purge.
struct InventoryEvent {
    qint64 id = 0;
    QString e164;
    QDateTime at;
    // "arrived", "activated", "dropped" (port-in cancelled), "assigned",
    // "unassigned", "deleted", "restored", "purged", "port-out" (entered a
    // port-out), "port-out-cancelled", "ported-out", "imported"
    QString what;
    // assigned: "user:EMAIL" / "voice-connector:NAME"; unassigned: what it
    // was assigned to; imported: the file's status; else empty.
    QString detail;
    qint64 caseId = 0; // the case behind the change, if any
};

// Counts of the inventory by status (one indexed scan).
struct InventoryCounts {
    int total = 0;
    QMap<NumberStatus, int> byStatus; // missing: 0
    int portedOut = 0; // of which ported out and not yet deleted
};

} // namespace portdesk
