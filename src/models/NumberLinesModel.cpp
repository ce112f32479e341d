// SPDX-License-Identifier: Apache-2.0
#include "NumberLinesModel.h"
#include "Tones.h"

#include "core/PhoneNumber.h"

#include <QBrush>
#include <QColor>

namespace portdesk {

namespace {

tones::Tone verdictTone(NumberLinesModel::Verdict verdict)
{
    using Verdict = NumberLinesModel::Verdict;
    switch (verdict) {
    case Verdict::Valid: return tones::Tone::Success;
    case Verdict::TollFree: return tones::Tone::Info;
    case Verdict::Duplicate: return tones::Tone::Warning;
    case Verdict::Refused:
    case Verdict::InInventory:
    case Verdict::InOpenPort: return tones::Tone::Error;
    case Verdict::Pending: break;
    }
    return tones::Tone::Muted;
}

} // namespace

NumberLinesModel::NumberLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NumberLinesModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void NumberLinesModel::updateEntries(int first, const QList<Entry> &entries)
{
    if (entries.isEmpty() || first < 0 || first + entries.size() > m_entries.size())
        return;
    for (qsizetype k = 0; k < entries.size(); ++k)
        m_entries[first + k] = entries.at(k);
    Q_EMIT dataChanged(index(first, 0), index(first + int(entries.size()) - 1, ColumnCount - 1));
}

NumberLinesModel::Counts NumberLinesModel::counts() const
{
    Counts c;
    c.total = int(m_entries.size());
    for (const Entry &e : m_entries) {
        switch (e.verdict) {
        case Verdict::Pending: ++c.pending; break;
        case Verdict::TollFree: ++c.tollFree; ++c.valid; break;
        case Verdict::Valid: ++c.valid; break;
        case Verdict::Duplicate: ++c.duplicates; break;
        case Verdict::Refused:
        case Verdict::InInventory:
        case Verdict::InOpenPort: ++c.refused; break;
        }
    }
    return c;
}

QString NumberLinesModel::verdictText(Verdict verdict, qint64 caseId)
{
    switch (verdict) {
    case Verdict::Pending: return tr("checking…");
    case Verdict::Valid: return tr("valid");
    case Verdict::TollFree: return tr("toll-free");
    case Verdict::Refused: return tr("refused");
    case Verdict::Duplicate: return tr("duplicate");
    case Verdict::InInventory: return tr("in inventory");
    case Verdict::InOpenPort:
        return caseId > 0 ? tr("in an open port (case %1)").arg(caseId) : tr("in an open port");
    }
    return QString();
}

int NumberLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NumberLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NumberLinesModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return QVariant();
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return e.line;
        case TypedColumn: return e.typed;
        case NumberColumn: return e.e164.isEmpty() ? QString() : PhoneNumbers::formatNational(e.e164);
        case VerdictColumn: return verdictText(e.verdict, e.caseId);
        case ReasonColumn: return e.reason;
        default: return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return e.e164;
        if (index.column() == ReasonColumn || index.column() == VerdictColumn)
            return e.reason.isEmpty() ? QVariant() : QVariant(e.reason);
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() != VerdictColumn && index.column() != ReasonColumn)
            return QVariant();
        return QBrush(tones::text(verdictTone(e.verdict), tones::applicationPalette(), QPalette::Base));
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case VerdictRole: return QVariant::fromValue(int(e.verdict));
    case E164Role: return e.e164;
    case LineRole: return e.line;
    default: return QVariant();
    }
}

QVariant NumberLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case TypedColumn: return tr("As typed");
    case NumberColumn: return tr("Number");
    case VerdictColumn: return tr("Verdict");
    case ReasonColumn: return tr("Reason");
    default: return QVariant();
    }
}

} // namespace portdesk
