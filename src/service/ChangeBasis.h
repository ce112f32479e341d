// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace portdesk {

// What a person's change was based on, and its idempotency key.
//
// A change names the version it was based on: a case's (cases.last_seq,
// CaseRecord::version) or a number's (inventory.row_version,
// InventoryNumber::version). A change based on an older version is refused
// inside its write transaction (case.changed, number.changed): never a
// silent overwrite. No version named (internal steps, the clock, scripts
// that do not ask): the change is judged by the rules alone, as before.
//
// The request key is stored with the change's events; after a lost
// PostgreSQL connection the service reconnects and retries once, and a key
// already stored means the first try committed (it is not applied twice).
// Empty: the service makes one for the call (one call, one user action).
struct ChangeBasis {
    static constexpr qint64 noVersion = -1;
    qint64 expectedVersion = noVersion;
    // A change to several numbers: each number's version, in the order the
    // numbers are named (empty: none named).
    QList<qint64> expectedVersions;
    QString requestKey;

    static ChangeBasis atVersion(qint64 version)
    {
        ChangeBasis basis;
        basis.expectedVersion = version;
        return basis;
    }
    bool namesVersion() const { return expectedVersion != noVersion; }
};

} // namespace portdesk
