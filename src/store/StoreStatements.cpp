// SPDX-License-Identifier: Apache-2.0
// The store's caches of prepared statements: Qt's (both engines) and, on
// SQLite, native ones for the hottest reads.
#include "StorePrivate.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace portdesk {

QSqlQuery Store::takeStatement(const QString &text, bool *prepared) const
{
    auto it = d->statements.find(text);
    if (it != d->statements.end() && !it->second.empty()) {
        QSqlQuery query = std::move(it->second.back());
        it->second.pop_back();
        --d->cachedStatements;
        *prepared = true;
        return query;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    *prepared = query.prepare(text);
    return query;
}

void Store::returnStatement(const QString &text, QSqlQuery query, int maxRuns) const
{
    if (maxRuns > 0 && ++d->statementRuns[text] >= maxRuns) {
        // Every statement of this text goes, so that none runs more often.
        d->statementRuns.erase(text);
        const auto it = d->statements.find(text);
        if (it != d->statements.end()) {
            d->cachedStatements -= int(it->second.size());
            d->statements.erase(it);
        }
        query.finish();
        return;
    }
    // A few hundred statements cover every query PortDesk makes; past that
    // (a caller building texts on the fly) start again rather than grow.
    constexpr int limit = 256;
    query.finish();
    if (d->cachedStatements >= limit) {
        d->statements.clear();
        d->cachedStatements = 0;
    }
    d->statements[text].push_back(std::move(query));
    ++d->cachedStatements;
}

bool Store::writeInProgress() const
{
    return d->writing;
}

void Store::setWriteInProgress(bool active) const
{
    d->writing = active;
}

bool Store::hasNativeStatements() const
{
    if (d->postgres)
        return false;
    if (!d->handleChecked) {
        // Qt's documented way to the driver's own handle (QSqlDriver::handle()).
        const QSqlDatabase db = database();
        if (!db.isOpen())
            return false; // asked again once it is
        const QVariant handle = db.driver()->handle();
        sqlite3 *found = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
            ? *static_cast<sqlite3 *const *>(handle.constData())
            : nullptr;
        // Only when Qt's driver runs the same SQLite as PortDesk links
        // (Debian's driver links the system library): a Qt with another
        // SQLite built in keeps its statements to itself, through QSqlQuery.
        QSqlQuery source(db);
        if (found && source.exec(QStringLiteral("SELECT sqlite_source_id()")) && source.next()
            && source.value(0).toString() == QLatin1String(sqlite3_sourceid()))
            d->handle = found;
        d->handleChecked = true;
    }
    return d->handle != nullptr;
}

sqlite3_stmt *Store::takeNativeStatement(const QString &text, QSqlError *error) const
{
    auto it = d->nativeStatements.find(text);
    if (it != d->nativeStatements.end() && !it->second.empty()) {
        sqlite3_stmt *statement = it->second.back();
        it->second.pop_back();
        --d->cachedNative;
        return statement;
    }
    if (!hasNativeStatements()) {
        *error = QSqlError(
            QStringLiteral("No SQLite connection"), QString(), QSqlError::ConnectionError);
        return nullptr;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int rc
        = sqlite3_prepare_v2(d->handle, utf8.constData(), int(utf8.size()), &statement, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        *error = QSqlError(QStringLiteral("Unable to prepare statement"),
            QString::fromUtf8(sqlite3_errmsg(d->handle)), QSqlError::StatementError,
            QString::number(sqlite3_extended_errcode(d->handle)));
        return nullptr;
    }
    // As Qt's driver: one statement a text, never a second one dropped unseen.
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        sqlite3_finalize(statement);
        *error = QSqlError(QStringLiteral("Unable to execute multiple statements at a time"),
            QString(), QSqlError::StatementError);
        return nullptr;
    }
    return statement;
}

void Store::returnNativeStatement(const QString &text, sqlite3_stmt *statement) const
{
    // As returnStatement: a few hundred texts, else start again.
    constexpr int limit = 256;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (d->cachedNative >= limit)
        d->finalizeNative();
    d->nativeStatements[text].push_back(statement);
    ++d->cachedNative;
}

void Store::dropStatements() const
{
    d->statements.clear();
    d->statementRuns.clear();
    d->cachedStatements = 0;
    d->finalizeNative();
}

} // namespace portdesk
