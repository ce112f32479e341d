// SPDX-License-Identifier: Apache-2.0
#include "StoreCheck.h"

#include "SqlSupport.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace portdesk {

namespace {

QString seconds(const QElapsedTimer &timer)
{
    return QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
}

StoreStatus checkSqlite(const Store &store, StoreCheck::Depth depth, QString *summary)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery check(store.database());
    check.setForwardOnly(true);
    // Up to 10 problems named; a healthy file is read whole either way.
    const QString pragma = depth == StoreCheck::Depth::Everything
        ? QStringLiteral("PRAGMA integrity_check(10)")
        : QStringLiteral("PRAGMA quick_check(10)");
    if (!check.exec(pragma))
        return sql::statusFromError(store, check.lastError());
    QStringList problems;
    while (check.next()) {
        // A row may hold several lines, e.g. "*** in database main ***" and
        // then "Page 9: btreeInitPage() returns error code 11".
        const QStringList lines
            = check.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                problems << line.trimmed();
        }
    }
    if (check.lastError().type() != QSqlError::NoError)
        return sql::statusFromError(store, check.lastError());
    const qint64 bytes = QFileInfo(store.sqlitePath()).size();
    if (problems.isEmpty()) {
        *summary = (depth == StoreCheck::Depth::Everything
                ? StoreCheck::tr("Checked every page and every index of %1 (%2 MB) in %3 s: no "
                                 "damage found.")
                : StoreCheck::tr("Checked every page of %1 (%2 MB) in %3 s: no damage found."))
                       .arg(store.displayName())
                       .arg(double(bytes) / 1e6, 0, 'f', 1)
                       .arg(seconds(timer));
        return StoreStatus();
    }
    StoreStatus status;
    status.code = StoreStatus::Code::Damaged;
    status.message = StoreCheck::tr("The store %1 is damaged: SQLite's check found \"%2\". "
                                    "Nothing more is written to it; restore it from a backup.")
                         .arg(store.displayName(), problems.first());
    *summary = problems.join(QLatin1Char('\n'));
    store.noteDamage(status);
    return status;
}

StoreStatus checkPostgres(const Store &store, QString *summary)
{
    QElapsedTimer timer;
    timer.start();
    StoreStatus status;
    QStringList tables;
    {
        sql::Query q(store,
            QStringLiteral("SELECT table_name FROM information_schema.tables "
                           "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                           "ORDER BY table_name"));
        if (!q.exec(&status))
            return status;
        while (q.next())
            tables << q.value(0).toString();
        if (!q.done(&status))
            return status;
    }
    qint64 rows = 0;
    for (const QString &table : std::as_const(tables)) {
        // A name read from the catalogue, quoted as an identifier: no value
        // reaches this text.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        sql::Query q(store, QStringLiteral("SELECT COUNT(*) FROM \"") + quoted + QLatin1Char('"'));
        if (!q.exec(&status))
            return status;
        if (q.next())
            rows += q.value(0).toLongLong();
        if (!q.done(&status))
            return status;
    }
    *summary = StoreCheck::tr("Read every row of the %1 tables of %2 (%3 rows) in %4 s: no "
                              "damage found.")
                   .arg(tables.size())
                   .arg(store.displayName())
                   .arg(rows)
                   .arg(seconds(timer));
    return StoreStatus();
}

} // namespace

StoreStatus StoreCheck::run(const Store &store, Depth depth, QString *summary)
{
    summary->clear();
    // One snapshot for the whole check (PostgreSQL; SQLite's pragma reads
    // in one read transaction of its own).
    sql::run(store,
        store.isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                           : QStringLiteral("BEGIN"),
        nullptr);
    const StoreStatus status
        = store.isPostgres() ? checkPostgres(store, summary) : checkSqlite(store, depth, summary);
    sql::run(store, QStringLiteral("ROLLBACK"), nullptr);
    return status;
}

} // namespace portdesk
