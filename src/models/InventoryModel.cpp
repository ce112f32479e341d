// SPDX-License-Identifier: Apache-2.0
#include "InventoryModel.h"
#include "Tones.h"

#include "core/PortRequest.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "service/Services.h"

#include <QColor>
#include <QLocale>
#include <QMimeData>

#include <algorithm>
#include <limits>

namespace portdesk {

bool InventoryModel::Filter::operator==(const Filter &other) const
{
    return status == other.status && productType == other.productType && prefix == other.prefix
        && assignee == other.assignee && portedOutOnly == other.portedOutOnly;
}

InventoryModel::InventoryModel(Services &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

bool InventoryModel::setFilter(const Filter &filter, StoreStatus *status, Load load)
{
    Filter cleaned = filter;
    cleaned.prefix = prefixFromTyped(filter.prefix);
    cleaned.assignee = filter.assignee.trimmed();
    beginResetModel();
    m_filter = cleaned;
    forgetPages();
    StoreStatus local;
    int rows = 0;
    const bool ok = load == Load::Later || count(&rows, &local);
    m_rowCount = ok ? rows : 0;
    endResetModel();
    if (status)
        *status = local;
    return ok;
}

bool InventoryModel::reload(StoreStatus *status)
{
    StoreStatus local;
    int rows = 0;
    const bool ok = count(&rows, &local);
    if (status)
        *status = local;
    if (!ok)
        return false;
    forgetPages();
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
    return true;
}

void InventoryModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = std::max(1, rows);
    forgetPages();
    endResetModel();
}

void InventoryModel::setCachedPages(int pages)
{
    m_cachedPages = std::max(2, pages);
    while (m_pages.size() > m_cachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->used < oldest->used)
                oldest = it;
        m_pages.erase(oldest);
    }
}

void InventoryModel::forgetPages()
{
    m_pages.clear();
    m_bounds.clear();
    m_failed = false;
}

int InventoryModel::pageRowCount(int pageIndex) const
{
    return std::min(m_pageSize, m_rowCount - pageIndex * m_pageSize);
}

const InventoryNumber *InventoryModel::numberAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const Page *p = page(row / m_pageSize);
    const int at = row % m_pageSize;
    if (!p || at >= p->rows.size())
        return nullptr;
    return &p->rows.at(at);
}

QString InventoryModel::e164At(int row) const
{
    const InventoryNumber *n = numberAt(row);
    return n ? n->e164 : QString();
}

QList<InventoryNumber> InventoryModel::numbersAt(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<InventoryNumber> out;
    out.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        // Rows in order: each page is read once, then left for the cache to drop.
        if (const InventoryNumber *n = numberAt(row))
            out.append(*n);
    }
    return out;
}

const InventoryModel::Page *InventoryModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        it->used = ++m_clock;
        return &*it;
    }
    Page loaded;
    if (!loadPage(pageIndex, &loaded))
        return nullptr;
    if (m_pages.size() >= m_cachedPages) {
        auto oldest = m_pages.begin();
        for (auto i = m_pages.begin(); i != m_pages.end(); ++i)
            if (i->used < oldest->used)
                oldest = i;
        m_pages.erase(oldest);
    }
    loaded.used = ++m_clock;
    if (!loaded.rows.isEmpty())
        m_bounds.insert(
            pageIndex, Bounds { keyOf(loaded.rows.constFirst()), keyOf(loaded.rows.constLast()) });
    return &*m_pages.insert(pageIndex, loaded);
}

bool InventoryModel::loadPage(int pageIndex, Page *out) const
{
    const int limit = pageRowCount(pageIndex);
    if (limit <= 0 || m_failed)
        return false;
    const qint64 firstRow = qint64(pageIndex) * m_pageSize;
    const qint64 endRow = firstRow + limit;
    // Start from the nearest place whose key is known: the start or the end
    // of the list, or the first or last key of a page read before (the page
    // next to it for ordinary scrolling: nothing to skip).
    Key cursor;
    bool hasCursor = false;
    bool forward = true;
    qint64 best = firstRow;
    if (m_rowCount - endRow < best) {
        forward = false;
        best = m_rowCount - endRow;
    }
    // Scrolling: the page just before or after was read.
    if (const auto before = m_bounds.constFind(pageIndex - 1); before != m_bounds.cend()) {
        cursor = before->last;
        hasCursor = true;
        forward = true;
        best = 0;
    } else if (const auto after = m_bounds.constFind(pageIndex + 1); after != m_bounds.cend()) {
        cursor = after->first;
        hasCursor = true;
        forward = false;
        best = 0;
    }
    for (auto it = m_bounds.cbegin(); it != m_bounds.cend() && best > 0; ++it) {
        const qint64 q = it.key();
        if (q < pageIndex && firstRow - (q + 1) * m_pageSize < best) {
            best = firstRow - (q + 1) * m_pageSize;
            cursor = it->last;
            forward = true;
            hasCursor = true;
        } else if (q > pageIndex && q * m_pageSize - endRow < best) {
            best = q * m_pageSize - endRow;
            cursor = it->first;
            forward = false;
            hasCursor = true;
        }
    }
    // A jump skips the rows between in the same query: the store finds the
    // row it lands on by its keys alone, then reads the page by key.
    query(hasCursor ? &cursor : nullptr, forward, int(best), limit, &out->rows);
    if (!m_lastStatus.ok()) {
        // Said once; the next reload() tries again.
        m_failed = true;
        out->rows.clear();
        Q_EMIT loadFailed(m_lastStatus.message);
        return false;
    }
    return true;
}

InventoryModel::Key InventoryModel::keyOf(const InventoryNumber &n) const
{
    return { storeFilter().sortKey(n), n.e164 };
}

InventoryFilter InventoryModel::storeFilter() const
{
    InventoryFilter f;
    f.hasStatus = m_filter.status.has_value();
    if (m_filter.status)
        f.status = *m_filter.status;
    f.hasProductType = m_filter.productType.has_value();
    if (m_filter.productType)
        f.productType = *m_filter.productType;
    f.prefix = m_filter.prefix;
    f.assignee = m_filter.assignee;
    f.portedOutOnly = m_filter.portedOutOnly;
    f.sort = storeSort(m_sortColumn);
    f.descending = m_sortOrder == Qt::DescendingOrder;
    return f;
}

InventorySort InventoryModel::storeSort(int column)
{
    switch (column) {
    case Status:
        return InventorySort::Status;
    case ProductTypeColumn:
        return InventorySort::ProductType;
    case Case:
        return InventorySort::Case;
    case Created:
        return InventorySort::Created;
    // A number is deleted when it is last updated: the deletion queue sorts by it.
    case Updated:
    case DaysLeft:
        return InventorySort::Updated;
    default:
        return InventorySort::Number;
    }
}

bool InventoryModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount && column != AssignedTo;
}

bool InventoryModel::count(int *rows, StoreStatus *status) const
{
    const qint64 n = m_service.inventory.countInventory(storeFilter(), status);
    if (!status->ok()) {
        *rows = 0;
        return false;
    }
    // A view cannot show more rows than an int counts.
    *rows = int(std::min<qint64>(n, std::numeric_limits<int>::max()));
    return true;
}

bool InventoryModel::query(
    const Key *cursor, bool forward, int offset, int limit, QList<InventoryNumber> *out) const
{
    InventoryFilter f = storeFilter();
    f.limit = limit;
    f.offset = offset;
    bool reverse = false;
    if (cursor) {
        f.afterE164 = cursor->e164;
        f.afterKey = cursor->value;
        f.before = !forward;
    } else if (!forward) {
        // The end of the list: the first rows of the opposite order.
        f.descending = !f.descending;
        reverse = true;
    }
    ++m_queries;
    m_lastStatus = StoreStatus();
    *out = m_service.inventory.listInventory(f, &m_lastStatus);
    if (!m_lastStatus.ok()) {
        out->clear();
        return false;
    }
    if (reverse)
        std::reverse(out->begin(), out->end());
    return true;
}

QString InventoryModel::prefixFromTyped(const QString &typed)
{
    QString digits;
    for (const QChar c : typed)
        if (c.isDigit())
            digits.append(c);
    if (digits.isEmpty())
        return QString();
    // NANP area codes never start with 1: a leading 1 is the country code.
    if (typed.trimmed().startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1Char('1')))
        return QLatin1Char('+') + digits;
    return QStringLiteral("+1") + digits;
}

int InventoryModel::daysLeft(const InventoryNumber &number, const QDateTime &now)
{
    if (number.status != NumberStatus::DeleteInProgress || !number.deletedAt.isValid())
        return -1;
    const qint64 msLeft = now.msecsTo(number.deletedAt.addDays(InventoryService::deletionQueueDays));
    if (msLeft <= 0)
        return 0;
    constexpr qint64 day = 24 * 60 * 60 * 1000;
    return int((msLeft + day - 1) / day);
}

QString InventoryModel::statusText(const InventoryNumber &number)
{
    if (number.portedOut && number.status != NumberStatus::DeleteInProgress)
        return tr("Ported out: unassign and delete");
    return toString(number.status);
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
        && role != Qt::TextAlignmentRole && role < E164Role)
        return {};
    const InventoryNumber *n = numberAt(index.row());
    if (!n)
        return {};
    const QLocale locale;
    switch (role) {
    case E164Role:
        return n->e164;
    case StatusRole:
        return toString(n->status);
    case PortedOutRole:
        return n->portedOut;
    case TollFreeRole:
        return n->tollFree;
    case Qt::TextAlignmentRole:
        if (index.column() == Case || index.column() == DaysLeft)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // What needs the admin's hand stands out; what is leaving fades.
        if (n->portedOut && n->status != NumberStatus::DeleteInProgress)
            return tones::text(tones::Tone::Warning, tones::applicationPalette(), QPalette::Base);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Number:
            return n->e164;
        case Case:
            if (n->portOutCaseId > 0 && n->caseId > 0)
                return tr("Ported in with case %1, port-out case %2")
                    .arg(n->caseId)
                    .arg(n->portOutCaseId);
            if (n->portOutCaseId > 0)
                return tr("Port-out case %1").arg(n->portOutCaseId);
            return n->caseId > 0 ? tr("Ported in with case %1").arg(n->caseId) : QVariant();
        case ProductTypeColumn:
            return n->tollFree ? tr("Toll-free: assigned to a Voice Connector only") : QVariant();
        case Created:
            return locale.toString(n->createdAt.toLocalTime(), QLocale::LongFormat);
        case Updated:
            return locale.toString(n->updatedAt.toLocalTime(), QLocale::LongFormat);
        case Status:
            if (n->portedOut)
                return tr("%1: the numbers left with port-out case %2. Unassign and delete them to "
                          "close the case.")
                    .arg(toString(n->status))
                    .arg(n->portOutCaseId);
            if (n->status == NumberStatus::PortinInProgress)
                return tr(
                    "Arrived the day before the FOC date: assignable now, live on the FOC date.");
            if (n->status == NumberStatus::PortoutInProgress)
                return tr("In open port-out case %1.").arg(n->portOutCaseId);
            return {};
        case AssignedTo:
            if (!n->assignedUser.isEmpty())
                return tr("Business Calling user");
            if (!n->assignedVoiceConnector.isEmpty())
                return tr("Voice Connector");
            return {};
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return PhoneNumbers::formatNational(n->e164);
    case ProductTypeColumn: {
        const QString type = n->productType == ProductType::VoiceConnector ? tr("Voice Connector")
                                                                           : tr("Business Calling");
        return n->tollFree ? tr("%1, toll-free").arg(type) : type;
    }
    case Status:
        return statusText(*n);
    case AssignedTo:
        return n->assignedUser.isEmpty() ? n->assignedVoiceConnector : n->assignedUser;
    case Case:
        if (n->portOutCaseId > 0)
            return tr("%1 (out)").arg(n->portOutCaseId);
        return n->caseId > 0 ? QString::number(n->caseId) : QString();
    // Compact and the same in every language: the table is wide enough as it is.
    case Created:
        return n->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Updated:
        return n->updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DaysLeft: {
        const int days = daysLeft(*n, Clock::now());
        if (days < 0)
            return QString();
        return days == 0 ? tr("purged at the next clock tick") : tr("%n day(s)", nullptr, days);
    }
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_headers.contains(section))
        return m_headers.value(section);
    switch (section) {
    case Number:
        return tr("Number");
    case ProductTypeColumn:
        return tr("Product type");
    case Status:
        return tr("Status");
    case AssignedTo:
        return tr("Assigned to");
    case Case:
        return tr("Case");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case DaysLeft:
        return tr("Restorable for");
    default:
        return {};
    }
}

bool InventoryModel::setHeaderData(
    int section, Qt::Orientation orientation, const QVariant &value, int role)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || (role != Qt::EditRole && role != Qt::DisplayRole))
        return false;
    m_headers.insert(section, value.toString());
    Q_EMIT headerDataChanged(orientation, section, section);
    return true;
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

void InventoryModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    forgetPages();
    endResetModel();
}

QStringList InventoryModel::mimeTypes() const
{
    return { QStringLiteral("text/plain") };
}

QMimeData *InventoryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes)
        rows.append(i.row());
    QStringList lines;
    for (const InventoryNumber &n : numbersAt(rows))
        lines << n.e164;
    auto *mime = new QMimeData;
    mime->setText(lines.join(QLatin1Char('\n')));
    return mime;
}

} // namespace portdesk
