#pragma once

#include "core/CaseQueue.h"
#include "core/ChangeResult.h"

#include <QHash>

namespace portdesk {

class Store;

// The case queue's SQL, read only: one page of case rows under a filter and
// a sort, the counts per state, and the histories the timeline needs for the
// rows of a page. Everything is filtered and sorted by the database; values
// are always bound.
class CaseQueueRepository {
public:
    explicit CaseQueueRepository(const Store &store);

    // How the free text is searched, worked out once from what was typed.
    struct TextSearch {
        // LIKE pattern over cases.search_text (lower case, escaped); empty
        // for 3 or more digits in a phone notation, which is a number and
        // not a name: then only indexes are read, not every case.
        QString pattern;
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

    bool page(const CaseQueueQuery &query, const CaseQueueRow *after, int limit,
        QList<CaseQueueRow> *out, bool *more, StoreStatus *status) const;
    bool stateCounts(
        const CaseQueueFilter &filter, CaseStateCounts *out, StoreStatus *status) const;
    bool histories(const QList<qint64> &caseIds, QHash<qint64, CaseQueueHistory> *out,
        StoreStatus *status) const;

private:
    const Store &m_store;
};

} // namespace portdesk
