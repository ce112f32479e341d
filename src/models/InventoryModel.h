// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace portdesk {

class Services;

// The phone-number inventory as a table, for 1,000,000 numbers and more.
//
// The model reports the full row count of its filter (one COUNT query) and
// reads 256-row pages from the store on demand, by key: a page next to one
// already read continues from that page's first or last key (keyset paging,
// forwards or backwards), so scrolling costs one indexed page query per
// 256 rows wherever it is. A jump (the scroll bar dragged, the End key) is
// one query too, skipping rows from the nearest known key or the nearer end
// of the list (the store finds the landing row on its keys alone). Only a
// few pages are kept (least recently used
// dropped), plus the first and last key of each page read, so memory stays
// bounded whatever the inventory's size. A model that keeps every row read
// (QSqlQueryModel, canFetchMore/fetchMore) grows to the whole inventory once
// the view is scrolled to the end, and its row count grows while scrolling.
//
// Rows are positions in the filtered, sorted inventory at the last reload();
// a change made meanwhile shows at the next reload().
class InventoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Number,
        ProductTypeColumn,
        Status,
        AssignedTo,
        Case,
        Created,
        Updated,
        DaysLeft, // the deletion queue: days until the number goes for good
        ColumnCount
    };
    enum Role {
        E164Role = Qt::UserRole + 1, // the number in E.164
        StatusRole, // NumberStatus's API name (PortoutInProgress even when ported out)
        PortedOutRole, // bool: ported out, waiting to be unassigned and deleted
        TollFreeRole, // bool
    };

    // What the model shows: every filter is applied in SQL.
    struct Filter {
        std::optional<NumberStatus> status;
        std::optional<ProductType> productType;
        QString prefix; // E.164 prefix ("+1206"), see prefixFromTyped()
        QString assignee; // part of a user's email or name, or of a Voice Connector's name
        bool portedOutOnly = false; // ported out, waiting to be unassigned and deleted
        bool operator==(const Filter &other) const;
        bool operator!=(const Filter &other) const { return !(*this == other); }
    };

    static constexpr int defaultPageSize = 256;
    static constexpr int defaultCachedPages = 16;

    explicit InventoryModel(Services &service, QObject *parent = nullptr);

    // A new filter resets the model (selection and scroll position go). Its
    // rows are counted now, or with Load::Later at the next reload() (the
    // model shows no rows until then).
    enum class Load { Now, Later };
    bool setFilter(const Filter &filter, StoreStatus *status = nullptr, Load load = Load::Now);
    Filter filter() const { return m_filter; }
    // Recounts and forgets every page read: changes made since show. Rows
    // keep their positions (the view keeps its scroll position and
    // selection); a changed count adds or removes rows at the end.
    bool reload(StoreStatus *status = nullptr);

    // Tests and benchmarks: smaller pages, fewer pages kept.
    void setPageSize(int rows);
    void setCachedPages(int pages);
    int pageSize() const { return m_pageSize; }
    int cachedPageCount() const { return int(m_pages.size()); }
    int queryCount() const { return m_queries; } // page queries run since construction
    // Why the last page read failed (empty when it did not).
    StoreStatus lastStatus() const { return m_lastStatus; }

    // The number at a row (read from the store if its page is not kept);
    // nullptr when the row does not exist or the store failed. The pointer
    // is valid until the next call into the model.
    const InventoryNumber *numberAt(int row) const;
    QString e164At(int row) const;
    // The numbers at these rows, in row order (each page read once).
    QList<InventoryNumber> numbersAt(QList<int> rows) const;

    // What someone typed as a prefix or area code, as an E.164 prefix:
    // "206" and "(206) 44" are +1206 / +120644, "+1 206" and "1206" too.
    static QString prefixFromTyped(const QString &typed);
    // The days a number in the deletion queue has left before it is purged.
    static int daysLeft(const InventoryNumber &number, const QDateTime &now);
    // The text of a status as the table shows it.
    static QString statusText(const InventoryNumber &number);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A header of the view's own (the deletion queue names Updated "Deleted").
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
        int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // The store's filter for what the model shows (its sort included; no cursor, no limit).
    InventoryFilter storeFilter() const;
    int sortColumn() const { return m_sortColumn; }
    // The store's order for a column; AssignedTo has none.
    static InventorySort storeSort(int column);
    static bool isSortable(int column);
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

Q_SIGNALS:
    // A page could not be read (the store failed): the rows show empty.
    void loadFailed(const QString &message) const;

private:
    // A row's place in the sort order: the sort column's value and the number.
    struct Key {
        QVariant value;
        QString e164;
    };
    struct Page {
        QList<InventoryNumber> rows;
        quint64 used = 0;
    };
    struct Bounds {
        Key first;
        Key last;
    };

    const Page *page(int pageIndex) const;
    bool loadPage(int pageIndex, Page *out) const;
    // One store query: `limit` rows after the cursor in the sort order (no
    // cursor: from the start), or the `limit` rows before it (no cursor: the
    // last ones), in the sort order; `offset` rows skipped first.
    bool query(
        const Key *cursor, bool forward, int offset, int limit, QList<InventoryNumber> *out) const;
    Key keyOf(const InventoryNumber &number) const;
    bool count(int *rows, StoreStatus *status) const;
    void forgetPages();
    int pageRowCount(int pageIndex) const;

    Services &m_service;
    Filter m_filter;
    int m_sortColumn = Number;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    int m_pageSize = defaultPageSize;
    int m_cachedPages = defaultCachedPages;
    mutable QHash<int, Page> m_pages;
    mutable QHash<int, Bounds>
        m_bounds; // every page read since the last reload: its first and last key
    mutable quint64 m_clock = 0;
    mutable int m_queries = 0;
    mutable StoreStatus m_lastStatus;
    QHash<int, QString> m_headers;
    mutable bool m_failed = false; // a page failed: none is read until reload()
};

} // namespace portdesk
