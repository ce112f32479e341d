// SPDX-License-Identifier: Apache-2.0
#include "CaseQueueRepository.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"

#include <algorithm>

namespace portdesk {

namespace {

using Sql = CaseQueueRepository::Statement;

// A search of the names is planned for the text typed. One statement text
// serves every search of its shape; kept prepared, PostgreSQL may give it
// one generic plan after five runs, and the generic plan of "search_text
// LIKE $1 ... ORDER BY id DESC LIMIT $2" walks every case by key, filtering
// (0.5 s for a rare text on 100,000 cases, 3 ms through the trigram index;
// bench_postgres, tst_queryplans). Numbers are searched through
// case_numbers whatever the plan. Not the whole session: planning each run
// would also re-plan every foreign-key check of a 20,000-number write.
sql::Query::Planning planning(const CaseQueueFilter &filter)
{
    return CaseQueueRepository::textSearch(filter.text).pattern.isEmpty()
        ? sql::Query::Planning::Cached
        : sql::Query::Planning::ForItsValues;
}

// LIKE patterns escape with '!' (a backslash would depend on PostgreSQL's
// standard_conforming_strings).
QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('!');
        out += c;
    }
    return out;
}

bool isNumberNotation(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c.isSpace() || c == QLatin1Char('+') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || c == QLatin1Char('-') || c == QLatin1Char('.');
    });
}

// The sort key of a row as one SQL expression that is never NULL.
Sql sortKey(CaseQueueSort sort, Qt::SortOrder order)
{
    Sql sql;
    switch (sort) {
    case CaseQueueSort::Id:
        sql.text = QStringLiteral("c.id");
        break;
    case CaseQueueSort::Kind:
        sql.text = QStringLiteral("c.kind");
        break;
    case CaseQueueSort::Customer:
        sql.text = QStringLiteral(
            "LOWER(CASE WHEN c.customer_name <> '' THEN c.customer_name ELSE c.admin_email END)");
        break;
    case CaseQueueSort::Numbers:
        sql.text = QStringLiteral("c.number_count");
        break;
    case CaseQueueSort::State: {
        // The order of the flow, not of the names.
        sql.text = QStringLiteral("CASE c.state");
        for (int s = 0; s <= int(CaseState::Closed); ++s) {
            sql.text += QStringLiteral(" WHEN ? THEN %1").arg(s);
            sql.values << toString(CaseState(s));
        }
        sql.text += QStringLiteral(" ELSE %1 END").arg(int(CaseState::Closed) + 1);
        break;
    }
    case CaseQueueSort::Foc:
        // Cases without a FOC last, either way.
        sql.text = order == Qt::AscendingOrder
            ? QStringLiteral("COALESCE(c.foc_at, 9223372036854775807)")
            : QStringLiteral("COALESCE(c.foc_at, -1)");
        break;
    case CaseQueueSort::Updated:
        sql.text = QStringLiteral("c.updated_at");
        break;
    case CaseQueueSort::Due:
        // Cases with nothing ahead last, either way.
        sql.text = order == Qt::AscendingOrder
            ? QStringLiteral("COALESCE(c.next_at, 9223372036854775807)")
            : QStringLiteral("COALESCE(c.next_at, -1)");
        break;
    }
    return sql;
}

CaseQueueRow readRow(const sql::Query &q)
{
    CaseQueueRow row;
    row.id = q.value(0).toLongLong();
    caseKindFromString(q.value(1).toString(), &row.kind);
    caseStateFromString(q.value(2).toString(), &row.state);
    productTypeFromString(q.value(3).toString(), &row.productType);
    row.customerName = q.value(4).toString();
    row.adminEmail = q.value(5).toString();
    row.numberCount = q.value(6).toInt();
    row.requestedPortAt = sql::timeFrom(q.value(7));
    row.focAt = sql::timeFrom(q.value(8));
    row.updatedAt = sql::timeFrom(q.value(9));
    row.nextKey = q.value(10).toString();
    row.nextRound = q.value(11).toInt();
    row.nextAt = sql::timeFrom(q.value(12));
    row.sortKey = q.value(13);
    row.timeZone = q.value(14).toString().toLatin1();
    return row;
}

} // namespace

CaseQueueRepository::CaseQueueRepository(const Store &store, TextMatch match)
    : m_store(store), m_match(match)
{
}

// The filter's conditions (states and open-only only when withStates).
Sql CaseQueueRepository::whereClause(const CaseQueueFilter &filter, bool withStates) const
{
    Sql sql;
    QStringList parts;
    if (filter.hasKind) {
        // For the counts (no states), is_open (always 0 or 1) lets SQLite
        // count from the index on (is_open, kind, state) instead of reading
        // every case.
        parts << (withStates ? QStringLiteral("c.kind = ?")
                             : QStringLiteral("c.is_open IN (0, 1) AND c.kind = ?"));
        sql.values << toString(filter.kind);
    }
    if (withStates && filter.openOnly)
        parts << QStringLiteral("c.is_open = 1");
    if (withStates && !filter.states.isEmpty()) {
        QStringList marks;
        for (const CaseState state : filter.states) {
            marks << QStringLiteral("?");
            sql.values << toString(state);
        }
        parts << QStringLiteral("c.state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const TextSearch search = textSearch(filter.text);
    if (!search.isEmpty()) {
        QStringList any;
        if (!search.pattern.isEmpty()) {
            const Sql text = textCondition(search.pattern, search.substring);
            any << text.text;
            sql.values << text.values;
        }
        if (search.caseId > 0) {
            any << QStringLiteral("c.id = ?");
            sql.values << qlonglong(search.caseId);
        }
        if (!search.e164From.isEmpty()) {
            any << QStringLiteral("c.id IN (SELECT n.case_id FROM case_numbers n"
                                  " WHERE n.e164 >= ? AND n.e164 < ?)");
            sql.values << search.e164From << search.e164To;
        }
        if (!search.digitsPattern.isEmpty()) {
            any << QStringLiteral("c.id IN (SELECT n.case_id FROM case_numbers n"
                                  " WHERE n.e164 LIKE ? ESCAPE '!')");
            sql.values << search.digitsPattern;
        }
        parts << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!parts.isEmpty())
        sql.text = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return sql;
}

// Cases whose search text contains the substring (pattern: the same as a
// LIKE pattern).
Sql CaseQueueRepository::textCondition(const QString &pattern, const QString &substring) const
{
    Sql sql;
    sql.text = QStringLiteral("c.search_text LIKE ? ESCAPE '!'");
    sql.values << pattern;
    // A trigram index finds nothing shorter than 3 characters (code points,
    // not UTF-16 units): those are searched by the scan. PostgreSQL needs
    // no other SQL: its planner answers the LIKE from the pg_trgm index,
    // and scans for short patterns by itself.
    if (m_match == TextMatch::Scan || m_store.isPostgres() || substring.toUcs4().size() < 3)
        return sql;
    // The index picks the candidates: the trigrams of the text as one FTS5
    // phrase (a quoted string, its quotes doubled), that is the rows that
    // contain it as a substring. The LIKE, now over those few rows only,
    // keeps the rows exactly today's: the tokenizer folds case beyond
    // ASCII, LIKE does not.
    QString phrase = substring;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    sql.text = QStringLiteral("(c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"
                              " AND c.search_text LIKE ? ESCAPE '!')");
    sql.values = { QString(QLatin1Char('"') + phrase + QLatin1Char('"')), pattern };
    return sql;
}

CaseQueueRepository::TextSearch CaseQueueRepository::textSearch(const QString &text)
{
    TextSearch search;
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return search;
    search.substring = typed.toLower();
    search.pattern = QLatin1Char('%') + likeEscaped(search.substring) + QLatin1Char('%');

    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits += c;
    }
    const QString bare = typed.startsWith(QLatin1Char('#')) ? typed.mid(1) : typed;
    if (!bare.isEmpty() && bare.size() <= 18 && bare == digits)
        search.caseId = digits.toLongLong();

    // Digits are ASCII here: isDigit() also takes other scripts' digits,
    // which no stored number has.
    bool ascii = true;
    for (const QChar c : digits)
        ascii = ascii && c.unicode() < 128;
    if (!ascii || digits.size() < 3 || !isNumberNotation(typed))
        return search;
    // Digits in a phone notation are a number, never a name: only the
    // numbers (and a case id) are searched, through case_numbers' indexes,
    // without reading every case.
    search.pattern.clear();
    search.substring.clear();
    const bool anchored = typed.startsWith(QLatin1Char('+')) || typed.startsWith(QLatin1Char('('))
        || digits.size() >= 10;
    if (!anchored) {
        search.digitsPattern = QLatin1Char('%') + digits + QLatin1Char('%');
        return search;
    }
    // The start of an E.164 number: "+1206...", "(206) 444", "1-206-444-0101",
    // "206.444.0101". NANP area codes never start with 1, so a leading 1 is
    // the country code.
    QString e164;
    if (typed.startsWith(QLatin1Char('+')))
        e164 = QLatin1Char('+') + digits;
    else if (digits.startsWith(QLatin1Char('1')))
        e164 = QLatin1Char('+') + digits;
    else
        e164 = QStringLiteral("+1") + digits;
    search.e164From = e164;
    search.e164To = e164 + QLatin1Char('~'); // after every digit (bytewise)
    return search;
}

CaseQueueRepository::Statement CaseQueueRepository::pageStatement(
    const CaseQueueQuery &query, const CaseQueueRow *after, int limit) const
{
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const Sql key = sortKey(query.sort, query.order);
    const Sql where = whereClause(query.filter, true);

    // The inner select names the sort key once; both engines flatten it, so
    // that sorting by id or by last change still walks an index.
    Sql sql;
    sql.text = QStringLiteral("SELECT q.id, q.kind, q.state, q.product_type, q.customer_name, "
                              "q.admin_email, q.number_count, q.requested_port_at, q.foc_at, "
                              "q.updated_at, q.next_milestone, q.next_round, q.next_at, "
                              "q.sort_key, q.time_zone FROM (SELECT c.id, c.kind, c.state, "
                              "c.product_type, c.customer_name, c.admin_email, c.number_count, "
                              "c.requested_port_at, c.foc_at, c.updated_at, c.next_milestone, "
                              "c.next_round, c.next_at, c.time_zone, ")
        + key.text + QStringLiteral(" AS sort_key FROM cases c");
    sql.values = key.values;
    sql += where;
    sql.text += QStringLiteral(") q");
    const QString cmp = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    if (after) {
        // Keyset paging: the rows after the last one shown, by (key, id).
        if (query.sort == CaseQueueSort::Id) {
            sql.text += QStringLiteral(" WHERE q.id") + cmp + QLatin1Char('?');
            sql.values << qlonglong(after->id);
        } else {
            sql.text
                += QStringLiteral(" WHERE (q.sort_key, q.id)") + cmp + QStringLiteral("(?, ?)");
            sql.values << after->sortKey << qlonglong(after->id);
        }
    }
    if (query.sort == CaseQueueSort::Id)
        sql.text += QStringLiteral(" ORDER BY q.id") + direction;
    else
        sql.text += QStringLiteral(" ORDER BY q.sort_key") + direction + QStringLiteral(", q.id")
            + direction;
    // One row more than asked tells whether another page follows.
    sql.text += QStringLiteral(" LIMIT ?");
    sql.values << (limit + 1);
    return sql;
}

CaseQueueRepository::Statement CaseQueueRepository::stateCountsStatement(
    const CaseQueueFilter &filter) const
{
    Sql sql;
    if (textSearch(filter.text).isEmpty()) {
        // Kept by triggers (schema 9): a few rows, whatever the store holds.
        sql.text = QStringLiteral("SELECT c.state, CAST(SUM(c.n) AS BIGINT) FROM case_counts c");
        if (filter.hasKind) {
            sql.text += QStringLiteral(" WHERE c.kind = ?");
            sql.values << toString(filter.kind);
        }
        sql.text += QStringLiteral(" GROUP BY c.state");
        return sql;
    }
    sql.text = QStringLiteral("SELECT c.state, COUNT(*) FROM cases c");
    sql += whereClause(filter, false);
    sql.text += QStringLiteral(" GROUP BY c.state");
    return sql;
}

bool CaseQueueRepository::page(const CaseQueueQuery &query, const CaseQueueRow *after, int limit,
    QList<CaseQueueRow> *out, bool *more, StoreStatus *status) const
{
    out->clear();
    *more = false;
    if (limit <= 0)
        return true;
    const Sql sql = pageStatement(query, after, limit);
    sql::Query q(m_store, sql.text, planning(query.filter));
    for (const QVariant &value : sql.values)
        q << value;
    if (!q.exec(status))
        return false;
    out->reserve(limit);
    while (q.next()) {
        if (out->size() == limit) {
            *more = true;
            break;
        }
        out->append(readRow(q));
    }
    return q.done(status);
}

bool CaseQueueRepository::stateCounts(
    const CaseQueueFilter &filter, CaseStateCounts *out, StoreStatus *status) const
{
    *out = CaseStateCounts();
    const Sql sql = stateCountsStatement(filter);
    sql::Query q(m_store, sql.text, planning(filter));
    for (const QVariant &value : sql.values)
        q << value;
    if (!q.exec(status))
        return false;
    while (q.next()) {
        CaseState state = CaseState::Submitted;
        if (caseStateFromString(q.value(0).toString(), &state))
            out->byState[int(state)] = q.value(1).toInt();
    }
    return q.done(status);
}

} // namespace portdesk
