// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace portdesk {

// The few places where SQLite and PostgreSQL differ, behind one small
// interface so that the repositories write one SQL text for both engines.
// Everything returned here is SQL syntax, never data: values are always bound.
class SqlDialect {
public:
    virtual ~SqlDialect();

    virtual QString name() const = 0; // "sqlite" / "postgresql"
    // Column type of an auto-numbered primary key.
    virtual QString identityPrimaryKey() const = 0;
    // 64-bit integers (ids, times in milliseconds since the epoch).
    virtual QString bigint() const = 0;
    // Text compared byte by byte (E.164 numbers: ranges and order must not
    // depend on the server's locale).
    virtual QString bytewiseText() const = 0;
    virtual QString blob() const = 0;
    // Starts a write transaction that serializes with every other writer.
    virtual QStringList beginWrite() const = 0;
    // Appended to a SELECT of the case row inside a write transaction.
    virtual QString lockRowsSuffix() const = 0;
    // "column LIKE ?" ignoring ASCII case.
    virtual QString likeIgnoringCase(const QString &column) const = 0;
    // A table expression "... AS alias" with one text column alias.value,
    // the elements of a bound JSON array of strings (one placeholder).
    virtual QString jsonTextArrayTable(const QString &alias) const = 0;
    // The join keyword that keeps the tables in the order written, for a
    // statement whose only good plan starts from a bound list (SQLite's
    // planner may otherwise walk a large table outside and the list inside;
    // it keeps a CROSS JOIN's order). A plain JOIN on PostgreSQL, which
    // plans from statistics and takes no ON after CROSS JOIN.
    virtual QString orderedJoin() const = 0;
    // Does a table of this name exist? One placeholder for the name.
    virtual QString tableExistsQuery() const = 0;

    static std::unique_ptr<SqlDialect> sqlite();
    static std::unique_ptr<SqlDialect> postgresql();
};

} // namespace portdesk
