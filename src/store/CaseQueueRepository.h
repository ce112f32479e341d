// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseQueue.h"
#include "core/ChangeResult.h"

#include <QHash>
#include <QVariantList>

namespace portdesk {

class Store;

// The case queue's SQL, read only: one page of case rows under a filter and
// a sort (each with its next milestone as the store keeps it), and the
// counts per state. Everything is filtered and sorted by the database;
// values are always bound.
class CaseQueueRepository {
public:
    // How the typed text is matched against cases.search_text; the rows are
    // the same either way. Indexed: through the trigram index of schema 7
    // (SQLite: the FTS5 table case_search; PostgreSQL: the same LIKE, which
    // the planner answers from the pg_trgm index when there is one). Scan:
    // the LIKE over every case alone, as before schema 7 (the reference the
    // tests and the benchmark compare with).
    enum class TextMatch { Indexed, Scan };

    // SQL text with the values its placeholders take, in order.
    struct Statement {
        QString text;
        QVariantList values;

        Statement &operator+=(const Statement &other)
        {
            text += other.text;
            values += other.values;
            return *this;
        }
    };

    explicit CaseQueueRepository(const Store &store, TextMatch match = TextMatch::Indexed);

    // How the free text is searched, worked out once from what was typed.
    struct TextSearch {
        // LIKE pattern over cases.search_text (lower case, escaped); empty
        // for 3 or more digits in a phone notation, which is a number and
        // not a name: then only indexes are read, not every case.
        QString pattern;
        // What the pattern looks for, lower case and not escaped (empty with
        // the pattern): the text the trigram index is asked for.
        QString substring;
        qint64 caseId = 0; // "123" or "#123": that case too (0: none)
        // A whole number or the start of one (typed with "+", "(" or 10+
        // digits): numbers from e164From (inclusive) to e164To (exclusive),
        // through the index on case_numbers.e164.
        QString e164From;
        QString e164To;
        // Any other run of 3 or more digits: numbers containing them.
        QString digitsPattern;

        bool isEmpty() const
        {
            return pattern.isEmpty() && caseId == 0 && e164From.isEmpty()
                && digitsPattern.isEmpty();
        }
    };
    static TextSearch textSearch(const QString &text);

    // The statement page() runs: one row more than limit tells whether
    // another page follows. (Public for the benchmark's raw C API baseline,
    // so that it runs this very SQL.)
    Statement pageStatement(
        const CaseQueueQuery &query, const CaseQueueRow *after, int limit) const;
    // The statement stateCounts() runs.
    Statement stateCountsStatement(const CaseQueueFilter &filter) const;

    bool page(const CaseQueueQuery &query, const CaseQueueRow *after, int limit,
        QList<CaseQueueRow> *out, bool *more, StoreStatus *status) const;
    bool stateCounts(
        const CaseQueueFilter &filter, CaseStateCounts *out, StoreStatus *status) const;

private:
    Statement whereClause(const CaseQueueFilter &filter, bool withStates) const;
    Statement textCondition(const QString &pattern, const QString &substring) const;

    const Store &m_store;
    TextMatch m_match;
};

} // namespace portdesk
