// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace portdesk {

class SqlDialect;
class Store;

// The schema version ladder. Each step runs in one write transaction together
// with its version bump, and re-reads the version inside it so that two
// programs opening the same store at once apply every step once.
namespace migrations {

int latestVersion();

// The version recorded in db without writing anything: 0 for an empty
// database. *foreign is set when the database holds tables but is not a
// PortDesk store. Returns false on a failed read (error set).
bool readVersion(const QSqlDatabase &db, const SqlDialect &dialect, int *version, bool *foreign,
    QSqlError *error);

// Upgrades the store step by step up to targetVersion (never down). *reached
// holds the version read before and receives the version reached.
bool upgrade(Store &store, int targetVersion, int *reached, StoreStatus *status);

} // namespace migrations
} // namespace portdesk
