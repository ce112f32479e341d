// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace portdesk {

// The numbers typed or imported on the wizard's first page, one row per
// number in the order typed, each with its verdict once checked. The page
// fills the verdicts in slices; rows not reached yet are Pending.
class NumberLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, TypedColumn, NumberColumn, VerdictColumn, ReasonColumn, ColumnCount };
    enum class Verdict { Pending, Valid, TollFree, Refused, Duplicate, InInventory, InOpenPort };
    enum Role { VerdictRole = Qt::UserRole + 1, E164Role, LineRole };

    struct Entry
    {
        int line = 0;          // 1-based line of the pasted text
        QString typed;         // as typed
        QString e164;          // when it could be read
        Verdict verdict = Verdict::Pending;
        QString reason;        // why, for anything but a plain valid number
        qint64 caseId = 0;     // InOpenPort: the open port-in
    };

    struct Counts
    {
        int total = 0;
        int valid = 0;         // including toll-free
        int tollFree = 0;
        int refused = 0;       // including in inventory / in an open port
        int duplicates = 0;
        int pending = 0;
    };

    explicit NumberLinesModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    // Replaces rows first .. first + entries.size() - 1 (their verdicts).
    void updateEntries(int first, const QList<Entry> &entries);
    const Entry &entry(int row) const { return m_entries.at(row); }
    const QList<Entry> &entries() const { return m_entries; }

    Counts counts() const;
    // Valid and toll-free lines can be ported; everything else blocks Next.
    static bool isPortable(Verdict verdict) { return verdict == Verdict::Valid || verdict == Verdict::TollFree; }
    static QString verdictText(Verdict verdict, qint64 caseId = 0);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A cell of this table (the model tester also asks about invalid ones).
    bool isRow(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid()
            && index.row() < rowCount() && index.column() < ColumnCount;
    }
    QList<Entry> m_entries;
};

} // namespace portdesk
