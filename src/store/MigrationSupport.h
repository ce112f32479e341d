// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QString>
#include <QStringList>

// What the schema steps share, and the steps that live in files of their
// own. Internal to src/store.
namespace portdesk {
class SqlDialect;
class Store;
}

namespace portdesk::migrations {

// DDL written once with %ID%, %BIGINT%, %KEYTEXT% and %BLOB% for the engine's types.
QString ddl(const SqlDialect &dialect, QString text);
// Runs each statement (its DDL words replaced) until one fails.
bool runAll(const Store &store, const QStringList &statements, StoreStatus *status);

// TeamMigrations.cpp: the team store's schema (issue 14).
bool toV13(Store &store, StoreStatus *status);
bool toV14(Store &store, StoreStatus *status);
bool toV16(Store &store, StoreStatus *status);

} // namespace portdesk::migrations
