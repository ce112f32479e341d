// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliContext.h"

#include "core/BulkResult.h"
#include "core/ChangeResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace portdesk::cli {

// How portdesk-cli writes: times (ISO 8601 with the offset they were given
// with, else UTC), JSON (--json) or text for people, refusals (one a line
// on stderr: field, message, rule), and the outcome of a change or a bulk
// action as an exit status.
QString iso(const QDateTime &at);
QJsonValue isoOrNull(const QDateTime &at);
// An absent value: null in JSON.
QJsonValue orNull(const QString &text);
QJsonValue orNull(qint64 id); // an id of 0 or less is none
QString violationLine(const Violation &v);
QJsonArray violationsJson(const Violations &vs);
// A change's outcome: 0 done, 1 refused (every violation said, CliContext::report),
// 3 the store failed.
int reportResult(CliContext &ctx, const ChangeResult &result);
// A change's outcome (reportResult); once done, with --json the object on
// out, else the text, if any, on a line of its own.
int reportChange(
    CliContext &ctx, const ChangeResult &result, const QJsonObject &json, const QString &text);
// Violations found before any change (a request's shape, a dry run): as reportResult.
int reportViolations(CliContext &ctx, const Violations &violations);
// A bulk action's outcome: counts and refused numbers, text or JSON.
int reportBulk(CliContext &ctx, const BulkResult &result);
// After a refusal for want of signed LOAs: the command that signs them.
void loaSignHint(
    CliContext &ctx, const ChangeResult &result, qint64 caseId, const QString &requestFile);

// One JSON document on out; a compact one ends its line.
void writeJson(QTextStream &out, const QJsonObject &json, QJsonDocument::JsonFormat format);
void writeJson(QTextStream &out, const QJsonArray &json, QJsonDocument::JsonFormat format);

// A list of values: with --json one array of toJson(row), else
// toText(out, row) for each row.
template<typename Row, typename ToJson, typename ToText>
void writeRows(CliContext &ctx, const QList<Row> &rows, QJsonDocument::JsonFormat format,
    ToJson toJson, ToText toText)
{
    if (!ctx.json) {
        for (const Row &row : rows)
            toText(ctx.out, row);
        return;
    }
    QJsonArray json;
    for (const Row &row : rows)
        json.append(toJson(row));
    writeJson(ctx.out, json, format);
}

// A list read from the store: its rows as writeRows writes them (0), or the
// store's failure (3).
template<typename Row, typename ToJson, typename ToText>
int writeList(CliContext &ctx, const QList<Row> &rows, const StoreStatus &status,
    QJsonDocument::JsonFormat format, ToJson toJson, ToText toText)
{
    if (!status.ok())
        return ctx.storeFailure(status);
    writeRows(ctx, rows, format, toJson, toText);
    return Done;
}

// A list the store is asked for once it is open: read(&status) gives the
// rows, written as writeList writes them.
template<typename Read, typename ToJson, typename ToText>
int listFromStore(
    CliContext &ctx, Read read, QJsonDocument::JsonFormat format, ToJson toJson, ToText toText)
{
    if (const int status = ctx.openStore())
        return status;
    StoreStatus status;
    const auto rows = read(&status);
    return writeList(ctx, rows, status, format, toJson, toText);
}

} // namespace portdesk::cli
