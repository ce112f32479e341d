// SPDX-License-Identifier: Apache-2.0
#include "CaseQueueModel.h"
#include "Tones.h"

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "core/CustomerTime.h"
#include "service/Services.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QTimeZone>

#include <algorithm>

namespace portdesk {

namespace {

// The user's zone, read once: QDateTime::toLocalTime() asks the C library,
// which (with no TZ set) looks at /etc/localtime again on every call, about
// 4 us a date: most of the time of showing a page of the queue.
const QTimeZone &localZone()
{
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}

// The zone a case's times are shown in: a port-in's customer zone (schema
// 11), each made once; a port-out's (no customer zone) the user's.
QTimeZone zoneOf(const CaseQueueRow &row)
{
    if (row.timeZone.isEmpty())
        return localZone();
    static QHash<QByteArray, QTimeZone> zones;
    auto it = zones.find(row.timeZone);
    if (it == zones.end()) {
        const QTimeZone zone(row.timeZone);
        it = zones.insert(row.timeZone, zone.isValid() ? zone : localZone());
    }
    return it.value();
}

// A time in the case's zone; a customer's with its abbreviation ("PST").
QString when(const QDateTime &at, const CaseQueueRow &row)
{
    if (!at.isValid())
        return {};
    const QTimeZone zone = zoneOf(row);
    const QDateTime shown = at.toTimeZone(zone);
    QString text = QLocale().toString(shown, QLocale::ShortFormat);
    if (!row.timeZone.isEmpty())
        text += QLatin1Char(' ') + zoneAbbreviation(shown, zone);
    return text;
}

// A projection is a business day, not a minute: the date alone.
QString day(const QDateTime &at, const CaseQueueRow &row)
{
    return at.isValid() ? QLocale().toString(at.toTimeZone(zoneOf(row)).date(), QLocale::ShortFormat)
                        : QString();
}

CaseQueueSort sortFor(int column)
{
    switch (column) {
    case CaseQueueModel::Kind:
        return CaseQueueSort::Kind;
    case CaseQueueModel::Customer:
        return CaseQueueSort::Customer;
    case CaseQueueModel::Numbers:
        return CaseQueueSort::Numbers;
    case CaseQueueModel::State:
        return CaseQueueSort::State;
    case CaseQueueModel::Foc:
        return CaseQueueSort::Foc;
    case CaseQueueModel::Updated:
        return CaseQueueSort::Updated;
    case CaseQueueModel::NextMilestoneAt:
        return CaseQueueSort::Due;
    default:
        return CaseQueueSort::Id;
    }
}

// A red that reads on the view's background, light or dark.
QColor overdueColor()
{
    return tones::text(tones::Tone::Error, tones::applicationPalette(), QPalette::Base);
}

// A small round warning mark, drawn once (no icon theme needed).
QIcon overdueIcon()
{
    static const QIcon icon = [] {
        QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(overdueColor());
        painter.drawEllipse(QRectF(2, 2, 28, 28));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(14, 7, 4, 12), 2, 2);
        painter.drawEllipse(QRectF(13.5, 21, 5, 5));
        painter.end();
        return QIcon(QPixmap::fromImage(image));
    }();
    return icon;
}

QString customerText(const CaseQueueRow &row)
{
    // A port-out names no customer: the admin's email stands for the account.
    return row.customerName.isEmpty() ? row.adminEmail : row.customerName;
}

} // namespace

CaseQueueModel::CaseQueueModel(Services &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void CaseQueueModel::setFilter(const CaseQueueFilter &filter)
{
    m_query.filter = filter;
    refill(m_pageSize, false, nullptr); // a new filter starts from the first page
}

bool CaseQueueModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount && column != NextMilestone;
}

int CaseQueueModel::sortColumn() const
{
    switch (m_query.sort) {
    case CaseQueueSort::Id:
        return Id;
    case CaseQueueSort::Kind:
        return Kind;
    case CaseQueueSort::Customer:
        return Customer;
    case CaseQueueSort::Numbers:
        return Numbers;
    case CaseQueueSort::State:
        return State;
    case CaseQueueSort::Foc:
        return Foc;
    case CaseQueueSort::Updated:
        return Updated;
    case CaseQueueSort::Due:
        return NextMilestoneAt;
    }
    return Id;
}

void CaseQueueModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const CaseQueueSort sort = sortFor(column);
    if (sort == m_query.sort && order == m_query.order && !m_entries.isEmpty())
        return;
    m_query.sort = sort;
    m_query.order = order;
    refill(m_pageSize, false, nullptr); // a new order starts from the first page
}

void CaseQueueModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

bool CaseQueueModel::load(
    int limit, const CaseQueueRow *after, QList<Entry> *out, bool *more, StoreStatus *status) const
{
    out->clear();
    QList<CaseQueueRow> rows;
    if (!m_service.cases.queuePage(m_query, after, limit, &rows, more, status))
        return false;
    const QDateTime now = Clock::now();
    out->reserve(rows.size());
    for (const CaseQueueRow &row : std::as_const(rows)) {
        Entry entry;
        entry.row = row;
        // Kept with the case (schema 10): CaseTimeline::next of its history.
        entry.hasNext = !row.nextKey.isEmpty() && row.nextAt.isValid();
        if (entry.hasNext) {
            entry.next.key = row.nextKey;
            entry.next.round = row.nextRound;
            entry.next.label = CaseTimeline::label(row.nextKey, row.nextRound);
            entry.next.at = row.nextAt;
            entry.next.projected = true;
            entry.next.overdue = row.nextAt < now;
        }
        out->append(entry);
    }
    return true;
}

int CaseQueueModel::totalFor(const CaseStateCounts &counts) const
{
    int total = 0;
    for (int s = 0; s < counts.byState.size(); ++s) {
        const CaseState state = CaseState(s);
        if (m_query.filter.openOnly && !CaseStateMachine::isOpen(state))
            continue;
        if (!m_query.filter.states.isEmpty() && !m_query.filter.states.contains(state))
            continue;
        total += counts.byState.at(s);
    }
    return total;
}

void CaseQueueModel::fail(const StoreStatus &status)
{
    m_status = status;
    Q_EMIT loadFailed(status.message);
}

bool CaseQueueModel::reload(StoreStatus *status)
{
    // As many rows as the view has loaded, in whole pages.
    const qsizetype pages = (m_entries.size() + m_pageSize - 1) / m_pageSize;
    const int wanted = int(std::clamp<qsizetype>(pages * m_pageSize, m_pageSize, maxReloadRows));
    return refill(wanted, true, status);
}

bool CaseQueueModel::refill(int wanted, bool keepOnFailure, StoreStatus *status)
{
    StoreStatus local;
    QList<Entry> entries;
    bool more = false;
    CaseStateCounts counts;
    bool ok = load(wanted, nullptr, &entries, &more, &local);
    if (ok && !more && m_query.filter.states.isEmpty() && !m_query.filter.openOnly) {
        // Every case of the kind and text came in this page: they are the
        // counts, and a second pass over the cases (a scan when searching
        // names) is not needed.
        for (const Entry &entry : std::as_const(entries))
            ++counts.byState[int(entry.row.state)];
    } else if (ok) {
        ok = m_service.cases.queueStateCounts(m_query.filter, &counts, &local);
    }
    if (status)
        *status = local;
    if (!ok) {
        if (!keepOnFailure) {
            const QScopedValueRollback<bool> notifying(m_notifying, true);
            // The rows shown belong to another filter or order: none rather than wrong ones.
            beginResetModel();
            m_entries.clear();
            m_more = false;
            endResetModel();
            m_counts = CaseStateCounts();
            m_total = 0;
            Q_EMIT countsChanged();
        }
        fail(local);
        return false;
    }
    m_status = StoreStatus();

    const QScopedValueRollback<bool> notifying(m_notifying, true);
    bool sameCases = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameCases && i < entries.size(); ++i)
        sameCases = entries.at(i).row.id == m_entries.at(i).row.id;
    if (sameCases) {
        // The same cases in the same order: changed rows are updated in place,
        // so that the view keeps its selection and scroll position.
        for (qsizetype i = 0; i < entries.size(); ++i) {
            Entry &old = m_entries[i];
            const Entry &fresh = entries.at(i);
            const bool changed = !(old.row == fresh.row) || old.hasNext != fresh.hasNext
                || old.next.key != fresh.next.key || old.next.round != fresh.next.round
                || old.next.at != fresh.next.at || old.next.overdue != fresh.next.overdue;
            old = fresh; // the sort key too, for the next page
            if (changed)
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
        m_more = more;
    } else {
        beginResetModel();
        m_entries = entries;
        m_more = more;
        endResetModel();
    }
    const bool countsMoved = counts.byState != m_counts.byState;
    m_counts = counts;
    m_total = totalFor(counts);
    if (countsMoved || !sameCases)
        Q_EMIT countsChanged();
    return true;
}

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CaseQueueModel::fetchMore(const QModelIndex &parent)
{
    // Not while telling views of a change: a view (or the model tester)
    // asking for more from inside that notification would nest a second one.
    if (parent.isValid() || !m_more || m_entries.isEmpty() || m_notifying)
        return;
    QList<Entry> entries;
    bool more = false;
    StoreStatus status;
    if (!load(m_pageSize, &m_entries.last().row, &entries, &more, &status)) {
        // Stop asking until the next reload; the view says why.
        m_more = false;
        fail(status);
        return;
    }
    m_more = more;
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    const QScopedValueRollback<bool> notifying(m_notifying, true);
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    m_entries += entries;
    endInsertRows();
}

qint64 CaseQueueModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).row.id : 0;
}

int CaseQueueModel::rowOf(qint64 caseId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).row.id == caseId)
            return int(i);
    }
    return -1;
}

bool CaseQueueModel::isOverdue(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).hasNext
        && m_entries.at(row).next.overdue;
}

bool CaseQueueModel::nextMilestone(int row, Milestone *out) const
{
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).hasNext)
        return false;
    *out = m_entries.at(row).next;
    return true;
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const CaseQueueRow &c = entry.row;
    const bool overdue = entry.hasNext && entry.next.overdue;
    const bool milestoneColumn
        = index.column() == NextMilestone || index.column() == NextMilestoneAt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return c.id;
        case Kind:
            return c.kind == CaseKind::PortIn ? tr("Port in") : tr("Port out");
        case Customer:
            return customerText(c);
        case Numbers:
            return c.numberCount;
        case State:
            return displayName(c.state);
        case NextMilestone:
            return entry.hasNext ? entry.next.label : QString();
        case NextMilestoneAt:
            return entry.hasNext ? day(entry.next.at, c) : QString();
        case Foc:
            return when(c.focAt, c);
        case Updated:
            return when(c.updatedAt, c);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (milestoneColumn && entry.hasNext) {
            return overdue
                ? tr("Overdue since %1: %2 was projected for then.")
                      .arg(when(entry.next.at, c), entry.next.label)
                : tr("%1 is projected for %2.").arg(entry.next.label, when(entry.next.at, c));
        }
        if (index.column() == State) {
            return tr("Order status: %1. Waiting for %2.")
                .arg(orderStatus(c.state), CaseStateMachine::waitingFor(c.kind, c.state));
        }
        if (index.column() == Customer)
            return tr("Admin: %1").arg(c.adminEmail);
        return {};
    case Qt::AccessibleDescriptionRole:
        if (overdue)
            return tr("Overdue since %1").arg(when(entry.next.at, c));
        return {};
    case Qt::DecorationRole:
        if (overdue && index.column() == NextMilestone)
            return overdueIcon();
        return {};
    case Qt::ForegroundRole:
        if (overdue && milestoneColumn)
            return overdueColor();
        return {};
    case Qt::FontRole:
        if (overdue && milestoneColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Numbers)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CaseIdRole:
        return c.id;
    case OverdueRole:
        return overdue;
    case StateRole:
        return toString(c.state);
    case NextMilestoneKeyRole:
        return entry.hasNext ? entry.next.key : QString();
    case NextMilestoneAtRole:
        return entry.hasNext ? entry.next.at.toUTC() : QDateTime();
    default:
        return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == NextMilestone)
        return tr("Projected from the case's history; sort by Due to see what is overdue first.");
    if (role == Qt::ToolTipRole && section == NextMilestoneAt)
        return tr("When the next milestone is projected, from the case's history.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Case");
    case Kind:
        return tr("Kind");
    case Customer:
        return tr("Account / customer");
    case Numbers:
        return tr("Numbers");
    case State:
        return tr("State");
    case NextMilestone:
        return tr("Next milestone");
    case NextMilestoneAt:
        return tr("Due");
    case Foc:
        return tr("FOC");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace portdesk
