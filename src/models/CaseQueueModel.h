// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/CaseQueue.h"
#include "core/ChangeResult.h"

#include <QAbstractTableModel>

namespace portdesk {

class Services;

// The case queue, read only: one row per case, loaded a page at a time (the
// first at once, more as the view scrolls), filtered and sorted by the store.
// Each loaded row also shows its next milestone on the projected timeline
// and whether that is overdue (computed for the loaded rows only, from their
// histories read in one query per page).
class CaseQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Id,
        Kind,
        Customer,
        Numbers,
        State,
        NextMilestone,
        NextMilestoneAt,
        Foc,
        Updated,
        ColumnCount
    };
    enum Roles {
        CaseIdRole = Qt::UserRole + 1, // qint64
        OverdueRole, // bool: the next milestone's projected time has passed
        StateRole, // CaseState as its stable name ("loa-requested")
        NextMilestoneKeyRole, // the next milestone's key ("loa-submitted"), empty if none
        NextMilestoneAtRole, // its projected time (QDateTime, UTC)
    };

    explicit CaseQueueModel(Services &service, QObject *parent = nullptr);

    // Changing the filter or the sort starts again from the first page.
    void setFilter(const CaseQueueFilter &filter);
    const CaseQueueFilter &filter() const { return m_query.filter; }
    // Only the columns the store can sort by: not the next milestone (it is
    // computed for the loaded rows). Another column is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_query.order; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Reads the store again with the same filter and sort, as many rows as
    // were loaded (at most maxReloadRows). When the same cases come back in
    // the same order, rows are updated in place (the view keeps its
    // selection); otherwise the model is reset. False, with the old rows
    // kept, when the store failed.
    bool reload(StoreStatus *status = nullptr);
    static constexpr int defaultPageSize = 256;
    static constexpr int maxReloadRows = 4096;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const CaseQueueRow &caseAt(int row) const { return m_entries.at(row).row; }
    qint64 caseIdAt(int row) const;
    int rowOf(qint64 caseId) const; // -1 when not loaded
    bool isOverdue(int row) const;
    // The first milestone still ahead (projected); false when none (the case ended).
    bool nextMilestone(int row, Milestone *out) const;

    // Cases matching the filter (all of them, not only the loaded rows).
    int totalCount() const { return m_total; }
    // Cases per state under the kind and text filter (states and open-only
    // ignored): what choosing a state would show.
    const CaseStateCounts &stateCounts() const { return m_counts; }
    const StoreStatus &lastStatus() const { return m_status; }

Q_SIGNALS:
    // The counts per state (and the total) were read again.
    void countsChanged();
    // Loading failed (a page while scrolling, or a reload): the message names why.
    void loadFailed(const QString &message);

private:
    struct Entry {
        CaseQueueRow row;
        bool hasNext = false;
        Milestone next;
    };
    bool load(int limit, const CaseQueueRow *after, QList<Entry> *out, bool *more,
        StoreStatus *status) const;
    bool refill(int wanted, bool keepOnFailure, StoreStatus *status);
    int totalFor(const CaseStateCounts &counts) const;
    void fail(const StoreStatus &status);

    Services &m_service;
    CaseQueueQuery m_query;
    int m_pageSize = defaultPageSize;
    QList<Entry> m_entries;
    bool m_more = false;
    CaseStateCounts m_counts;
    int m_total = 0;
    StoreStatus m_status;
    bool m_notifying = false; // inside a reset, insert or dataChanged
};

} // namespace portdesk
