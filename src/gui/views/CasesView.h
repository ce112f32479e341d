// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"
#include "core/CaseQueue.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace portdesk {

class CaseQueueModel;
class CaseView;
class Services;

// The case queue: a filter bar (state with the count of each, kind, free
// text, open only), the queue table (sorted by a header click, loaded as it
// scrolls), and the selected case in a CaseView beside it.
class CasesView : public QWidget {
    Q_OBJECT

public:
    explicit CasesView(Services &service, QWidget *parent = nullptr);

    CaseQueueModel *model() const { return m_model; }
    CaseView *caseView() const { return m_caseView; }

    // Reads the store again, keeping the filter, the sort and the selected
    // case; false with the reason when the store failed.
    bool refresh(QString *error = nullptr);
    // Shows the case (and selects its row when it is in the queue as loaded).
    void showCase(qint64 caseId);
    // Forwarded to the case view: which actions show.
    void setRole(Role role);
    // The selected case as the queue shows it, in one line of text.
    QString detailsText() const;
    // How long typing in the search field waits before the queue follows (ms).
    static constexpr int searchDelayMs = 250;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void fillStates();
    void updateCounts();
    void updateSummary();
    void fitColumnsOnce();
    // The first row of the queue as filtered: selected, its case shown, the
    // focus in the table (Enter or Down in the search).
    void openFirstMatch();
    // The header's context menu: a check box per column.
    void showColumnMenu(const QPoint &at);
    void rememberSelection();
    void restoreSelection();

    CaseQueueModel *m_model;
    QComboBox *m_state;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QCheckBox *m_openOnly;
    QLabel *m_summary;
    QTableView *m_table;
    CaseView *m_caseView;
    QTimer *m_searchTimer;
    QSplitter *m_splitter = nullptr;
    bool m_splitterSized = false;
    bool m_columnsFitted = false;
    qint64 m_selectedId = 0;
    int m_scroll = 0;
    // The queue the table last showed (to tell a reload from a new filter).
    CaseQueueFilter m_shownFilter;
    int m_shownSortColumn = -1;
    Qt::SortOrder m_shownSortOrder = Qt::DescendingOrder;
};

} // namespace portdesk
