// SPDX-License-Identifier: Apache-2.0
#include "InventoryFilterSql.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"

namespace portdesk::inventory_sql {

QString sortExpression(InventorySort sort)
{
    switch (sort) {
    case InventorySort::Number:
        return QStringLiteral("i.e164");
    case InventorySort::Status:
        return QStringLiteral("i.status");
    case InventorySort::ProductType:
        return QStringLiteral("i.product_type");
    case InventorySort::Created:
        return QStringLiteral("i.created_at");
    case InventorySort::Updated:
        return QStringLiteral("i.updated_at");
    case InventorySort::Case:
        return QStringLiteral("COALESCE(i.case_id, 0)");
    }
    return QStringLiteral("i.e164");
}

QString likePattern(const QString &contains)
{
    QString escaped;
    escaped.reserve(contains.size() + 4);
    for (const QChar c : contains) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('!');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString likeClause(const Store &store, const QString &column)
{
    return store.dialect().likeIgnoringCase(column) + QStringLiteral(" ESCAPE '!'");
}

QList<NumberStatus> statusesOf(const InventoryFilter &filter, bool *none)
{
    *none = false;
    QList<NumberStatus> statuses = filter.statuses;
    if (filter.hasStatus) {
        if (statuses.isEmpty() || statuses.contains(filter.status)) {
            statuses = { filter.status };
        } else {
            statuses.clear();
            *none = true;
        }
    }
    return statuses;
}

WhereClause whereFor(const Store &store, const InventoryFilter &filter, bool withCursor,
    const QList<NumberStatus> *statuses, CasePart part, bool indexFreeStatus)
{
    WhereClause w;
    w.text = QStringLiteral(" WHERE 1 = 1");
    bool none = false;
    const QList<NumberStatus> wanted = statuses ? *statuses : statusesOf(filter, &none);
    if (none) {
        w.text += QStringLiteral(" AND 1 = 0");
    } else if (wanted.size() == 1 && !indexFreeStatus) {
        w.text += QStringLiteral(" AND i.status = ?");
        w.values << toString(wanted.first());
    } else if (!wanted.isEmpty()) {
        w.text += indexFreeStatus ? QStringLiteral(" AND (i.status || '') IN (")
                                  : QStringLiteral(" AND i.status IN (");
        for (qsizetype k = 0; k < wanted.size(); ++k) {
            w.text += k == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
            w.values << toString(wanted.at(k));
        }
        w.text += QLatin1Char(')');
    }
    if (!filter.prefix.isEmpty()) {
        // A range on the bytewise e164 key rather than LIKE: it uses the index
        // on both engines. '~' sorts after every digit.
        w.text += QStringLiteral(" AND i.e164 >= ? AND i.e164 < ?");
        w.values << filter.prefix << QString(filter.prefix + QLatin1Char('~'));
    }
    if (filter.hasProductType) {
        w.text += QStringLiteral(" AND i.product_type = ?");
        w.values << toString(filter.productType);
    }
    if (filter.caseId > 0) {
        w.text += QStringLiteral(" AND (i.case_id = ? OR i.port_out_case_id = ?)");
        w.values << qlonglong(filter.caseId) << qlonglong(filter.caseId);
    }
    if (filter.portedOutOnly)
        w.text += QStringLiteral(" AND i.port_out_case_id IS NOT NULL AND i.ported_out = 1");
    const QString assignee = filter.assignee.trimmed();
    if (!assignee.isEmpty()) {
        // Users and connectors are few: their matching ids first, then the
        // numbers through the user_id / voice_connector_id indexes.
        w.text += QStringLiteral(" AND (i.user_id IN (SELECT u2.id FROM users u2 WHERE ")
            + likeClause(store, QStringLiteral("u2.email")) + QStringLiteral(" OR ")
            + likeClause(store, QStringLiteral("u2.name"))
            + QStringLiteral(") OR i.voice_connector_id IN (SELECT v2.id FROM voice_connectors v2 "
                             "WHERE ")
            + likeClause(store, QStringLiteral("v2.name")) + QStringLiteral("))");
        const QString pattern = likePattern(assignee);
        w.values << pattern << pattern << pattern;
    }
    if (part == CasePart::WithoutCase)
        w.text += QStringLiteral(" AND i.case_id IS NULL");
    else if (part == CasePart::WithCase)
        w.text += QStringLiteral(" AND i.case_id IS NOT NULL");
    if (withCursor && !filter.afterE164.isEmpty()) {
        // Forward in ascending order, or back in descending order: greater.
        const bool greater = filter.descending == filter.before;
        const QString op = greater ? QStringLiteral(" > ") : QStringLiteral(" < ");
        const qlonglong afterCase = filter.afterKey.toLongLong();
        if (filter.sort == InventorySort::Number) {
            w.text += QStringLiteral(" AND i.e164") + op + QLatin1Char('?');
            w.values << filter.afterE164;
        } else if (part == CasePart::WithoutCase) {
            // Every key here is 0: after a row of key 0, by number; after a
            // larger key, none (forward) or all (back).
            if (afterCase == 0) {
                w.text += QStringLiteral(" AND i.e164") + op + QLatin1Char('?');
                w.values << filter.afterE164;
            } else if (greater) {
                w.text += QStringLiteral(" AND 1 = 0");
            }
        } else if (part == CasePart::WithCase) {
            w.text += QStringLiteral(" AND (i.case_id, i.e164)") + op + QStringLiteral("(?, ?)");
            w.values << afterCase << filter.afterE164;
        } else {
            // A row value: both engines read it as one range on the (key, e164) index.
            w.text += QStringLiteral(" AND (") + sortExpression(filter.sort)
                + QStringLiteral(", i.e164)") + op + QStringLiteral("(?, ?)");
            w.values << filter.afterKey << filter.afterE164;
        }
    }
    return w;
}

QString orderFor(const InventoryFilter &filter, const QString &column)
{
    // Paging back reads in the opposite order; the caller turns the page round.
    const bool descending = filter.descending != (filter.before && !filter.afterE164.isEmpty());
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString key = column.isNull() ? sortExpression(filter.sort) : column;
    if (filter.sort == InventorySort::Number || key.isEmpty())
        return QStringLiteral(" ORDER BY i.e164") + dir;
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", i.e164") + dir;
}

} // namespace portdesk::inventory_sql
