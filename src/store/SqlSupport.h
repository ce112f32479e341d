// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

struct sqlite3_stmt;

namespace portdesk {

class Store;

// Small helpers shared by the repositories: a prepared query that reports
// failures as a StoreStatus, the write transaction, and the value mapping.
// Internal to src/store.
namespace sql {

// Times are stored as milliseconds since the epoch (UTC): the same on both
// engines, ordered, and without any parsing.
QVariant timeValue(const QDateTime &at);
QDateTime timeFrom(const QVariant &value);
qint64 idFrom(const QVariant &value); // 0 for NULL
QVariant idValue(qint64 id); // NULL for 0
QVariant text(const QString &value); // never NULL
// The idempotency key of the change being written (Store::requestKey), NULL
// when it has none.
QVariant requestKeyValue(const Store &store);
QString jsonArrayText(const QStringList &values);
QString jsonText(const QJsonObject &object);
QJsonObject jsonObjectFrom(const QString &text);

// What a failed statement means for the caller. Never includes bound values.
StoreStatus statusFromError(const Store &store, const QSqlError &error);
bool isUniqueViolation(const QSqlError &error);

// A statement from the store's cache, bound by position. On SQLite it is
// stepped through the C API on Qt's own connection (Store::takeNativeStatement):
// a value is made when it is asked for, not every column of every row.
class Query {
public:
    // How a statement is planned. Cached: prepared once per connection and
    // kept for its next use; PostgreSQL may then settle, after five runs,
    // on one generic plan for every value. ForItsValues: on PostgreSQL
    // kept for five runs at most, each planned with its values (a LIKE
    // pattern that matches no row or every row needs different plans); on
    // SQLite the same as Cached.
    enum class Planning { Cached, ForItsValues };
    Query(const Store &store, const QString &text, Planning planning = Planning::Cached);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &bind(const QVariant &value);
    Query &operator<<(const QVariant &value) { return bind(value); }

    // Runs the statement; on failure fills *status (if given) and returns false.
    bool exec(StoreStatus *status);
    // The next row. False at the end, and also when a step fails half-way
    // (SQLite reads pages as it goes: a damaged one shows up here), so
    // readers call done() after their loop.
    bool next();
    // After reading: false, with *status filled, when a step failed.
    bool done(StoreStatus *status) const;
    // The one row a statement must return (INSERT ... RETURNING): false, with
    // *status filled, when a step failed or there was no row.
    bool single(StoreStatus *status);
    QVariant value(int column) const;
    void finish();
    QSqlError lastError() const
    {
        if (!m_native)
            return m_query.lastError();
        if (m_nativeError.type() != QSqlError::NoError)
            return m_nativeError;
        return m_execError.type() != QSqlError::NoError ? m_execError : m_stepError;
    }
    int numRowsAffected() const { return m_native ? m_changes : m_query.numRowsAffected(); }

private:
    QSqlError nativeError(int code) const;
    int bindText(int at, const QString &text);

    const Store &m_store;
    QString m_text;
    bool m_prepared = false;
    bool m_bigValue = false;
    int m_maxRuns = 0; // Store::returnStatement's
    QSqlQuery m_query;
    int m_bound = 0;
    QSqlError m_stepError;
    // SQLite's own statement (m_native): its current row, and whether the
    // row exec() stepped to is still to be handed out by next().
    bool m_native = false;
    sqlite3_stmt *m_statement = nullptr;
    bool m_rowPending = false;
    bool m_hasRow = false;
    int m_changes = -1;
    QSqlError m_nativeError; // preparing or binding: for good
    QSqlError m_execError; // the last exec()
};

// The PostgreSQL notification channel every write transaction signals on.
inline constexpr char changeChannel[] = "portdesk_changed";

// Runs a statement without parameters (DDL, pragmas).
bool run(const Store &store, const QString &text, StoreStatus *status);

} // namespace sql
} // namespace portdesk
