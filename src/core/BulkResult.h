// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace portdesk {

// One number a bulk action left as it was, and why.
struct NumberRefusal {
    QString e164; // as stored (or as typed when it cannot be read)
    QString rule; // e.g. "inventory.toll-free-to-user"
    QString reason; // translated
};

// Called during a long bulk action with how far it got; return false to
// cancel (then nothing changes). Called on the caller's thread.
using BulkProgress = std::function<bool(int done, int total)>;

// How a bulk action treats refused numbers.
enum class BulkPolicy {
    ApplyAcceptable, // change every acceptable number, report the refused ones
    AllOrNothing, // any refusal: change nothing, report every refusal
};

// The outcome of a bulk action on selected numbers: one transaction.
struct BulkResult {
    StoreStatus status;
    // Refusals of the action as a whole (nothing selected, no such Voice
    // Connector, an invalid email...): then nothing changed.
    Violations violations;
    QList<NumberRefusal> refused; // numbers left unchanged, in the order given
    int requested = 0; // distinct numbers named
    int changed = 0; // numbers changed
    bool cancelled = false; // the progress callback said stop: nothing changed
    // Each changed number (E.164): its version after the change (what an
    // undo names as the version it is based on).
    QHash<QString, qint64> versions;

    // Done (possibly with some numbers refused under ApplyAcceptable).
    bool ok() const
    {
        return status.ok() && !hasErrors(violations) && !cancelled
            && (changed > 0 || refused.isEmpty());
    }
    bool complete() const { return ok() && refused.isEmpty(); }
};

// One row of an import that was refused.
struct ImportRefusal {
    int row = 0; // 0-based index in "PhoneNumbers" (CSV: data line, 0-based)
    QString e164; // as given in the row
    QString rule;
    QString reason; // translated, names the member
};

struct ImportResult {
    StoreStatus status;
    Violations violations; // the file as a whole (unreadable, wrong shape)
    QList<ImportRefusal> refused; // any refusal: nothing imported
    int rows = 0;
    int imported = 0;
    QStringList usersCreated; // emails
    QStringList voiceConnectorsCreated; // names (only when asked to create them)
    bool cancelled = false;

    bool ok() const
    {
        return status.ok() && !hasErrors(violations) && refused.isEmpty() && !cancelled;
    }
};

} // namespace portdesk
