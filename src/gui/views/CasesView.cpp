// SPDX-License-Identifier: Apache-2.0
#include "CasesView.h"

#include "CaseView.h"
#include "models/CaseQueueModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace portdesk {

namespace {

// The states a kind of case goes through, in the order of its flow.
QList<CaseState> statesOf(int kindIndex)
{
    const QList<CaseState> portIn
        = { CaseState::Submitted, CaseState::Portable, CaseState::NotPortable,
              CaseState::LoaRequested, CaseState::LoaSubmitted, CaseState::ChangeRequested,
              CaseState::CarrierApproved, CaseState::FocReceived, CaseState::FocConfirmed,
              CaseState::InInventory, CaseState::Completed, CaseState::Cancelled };
    const QList<CaseState> portOut = { CaseState::Submitted, CaseState::PinIssued,
        CaseState::PortedOut, CaseState::Closed, CaseState::Cancelled };
    if (kindIndex == 1)
        return portIn;
    if (kindIndex == 2)
        return portOut;
    QList<CaseState> all = portIn;
    all << CaseState::PinIssued << CaseState::PortedOut << CaseState::Closed;
    return all;
}

} // namespace

CasesView::CasesView(Services &service, QWidget *parent)
    : QWidget(parent)
    , m_model(new CaseQueueModel(service, this))
    , m_state(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_openOnly(new QCheckBox(tr("Open only"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_caseView(new CaseView(service, this))
    , m_searchTimer(new QTimer(this))
{
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(tr("Port in"));
    m_kind->addItem(tr("Port out"));
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setPlaceholderText(tr("Number, customer, carrier, email or case id"));
    m_search->setToolTip(tr("A phone number in any notation (or its first or any 3+ digits), "
                            "a customer, carrier or admin email, or a case id. Ctrl+F comes "
                            "here; Esc clears it."));
    m_search->setClearButtonEnabled(true);
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_openOnly->setToolTip(
        tr("Hide cases that have ended (completed, closed, cancelled, not portable)."));
    m_summary->setObjectName(QStringLiteral("queueSummary"));

    // The filters have no Alt+letter of their own: the case actions beside
    // them need those letters. Ctrl+F (or Alt+R) goes to the search; Tab
    // from there to the state, the kind and "Open only".
    auto *stateLabel = new QLabel(tr("State:"), this);
    stateLabel->setBuddy(m_state);
    auto *kindLabel = new QLabel(tr("Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);

    // The search, used most, gets a line of its own and the full width.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(stateLabel);
    filterRow->addWidget(m_state);
    filterRow->addSpacing(8);
    filterRow->addWidget(kindLabel);
    filterRow->addWidget(m_kind);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_openOnly);
    filterRow->addStretch(1);

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the case view
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // A queue is read line by line: compact rows show more cases at once.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Sorting by a header click, as QTableView::setSortingEnabled() would,
    // without its immediate sort: the queue is read once, by refresh(), after
    // the clock has ticked (on a store of 100,000 cases, not twice at start).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &CaseQueueModel::sort);
    // Right-click the header: the columns to show.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CasesView::showColumnMenu);
    m_table->setAccessibleName(tr("Case queue"));
    m_caseView->setObjectName(QStringLiteral("caseView"));

    auto *queue = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addLayout(searchRow);
    queueLayout->addLayout(filterRow);
    queueLayout->addWidget(m_table, 1);
    queueLayout->addWidget(m_summary);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *splitter = m_splitter;
    splitter->addWidget(queue);
    splitter->addWidget(m_caseView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_kind);
    setTabOrder(m_kind, m_openOnly);
    setTabOrder(m_openOnly, m_table);
    setTabOrder(m_table, m_caseView);

    fillStates();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CasesView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter or Down in the search opens the first case found.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        openFirstMatch();
    });
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_search);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        applyFilter();
        openFirstMatch();
    });
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(
        m_state, qOverload<int>(&QComboBox::currentIndexChanged), this, &CasesView::applyFilter);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        fillStates();
        applyFilter();
    });
    connect(m_openOnly, &QCheckBox::toggled, this, &CasesView::applyFilter);

    // The next milestone is worked out for the loaded rows only: its header
    // does not sort, and the indicator stays where the order really is.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this](int column, Qt::SortOrder) {
            if (!CaseQueueModel::isSortable(column))
                m_table->horizontalHeader()->setSortIndicator(
                    m_model->sortColumn(), m_model->sortOrder());
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            m_selectedId = m_model->caseIdAt(current.row());
            if (m_selectedId != m_caseView->caseId())
                m_caseView->showCase(m_selectedId);
        });
    // Columns fit the first cases shown; after that they keep the widths
    // the user gives them.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesView::fitColumnsOnce);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CasesView::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesView::restoreSelection);
    connect(m_model, &CaseQueueModel::countsChanged, this, &CasesView::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CasesView::updateSummary);
    connect(m_model, &CaseQueueModel::loadFailed, m_summary, &QLabel::setText);
    // A step taken in the case view changes the queue too (the case view
    // has read its case again already).
    connect(m_caseView, &CaseView::caseChanged, m_model, [this] { m_model->reload(); });
}

void CasesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Laid out only now (the splitter has its width, the rows on screen can
    // be measured): once the event loop has placed everything.
    QTimer::singleShot(0, this, &CasesView::fitColumnsOnce);
}

void CasesView::fitColumnsOnce()
{
    if (!isVisible() || m_splitter->width() <= 0)
        return;
    if (!m_splitterSized) {
        // The queue gets most of the width at first; the user may move it.
        m_splitterSized = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({ width * 5 / 8, width - width * 5 / 8 });
    }
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    // Measured without the last column's stretch, which fills any width.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->resizeColumnsToContents();
    const int customerContent = m_table->columnWidth(CaseQueueModel::Customer);
    // A long admin email must not push FOC and Last change out of sight.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    if (m_table->columnWidth(CaseQueueModel::Customer) > em * 14)
        m_table->setColumnWidth(CaseQueueModel::Customer, em * 14);

    // Every column in view: the queue takes the width its columns need, as
    // long as the case view keeps the width it needs; short of room, the
    // customer column gives way (down to 8 letters), then the columns the
    // case view repeats are hidden, least needed first (the header's
    // context menu shows them again).
    const auto needed = [this] {
        return m_table->horizontalHeader()->length() + m_table->verticalScrollBar()->sizeHint().width()
            + 2 * m_table->frameWidth();
    };
    const QList<int> sizes = m_splitter->sizes();
    const int caseViewMinimum = m_caseView->minimumSizeHint().width();
    const int room = m_table->width() + std::max(0, sizes.value(1) - caseViewMinimum);
    if (needed() > room) {
        m_table->setColumnWidth(CaseQueueModel::Customer,
            std::max(em * 8, m_table->columnWidth(CaseQueueModel::Customer) - (needed() - room)));
    }
    for (const int column : { int(CaseQueueModel::Updated), int(CaseQueueModel::Kind),
             int(CaseQueueModel::Numbers) }) {
        if (needed() <= room)
            break;
        m_table->setColumnHidden(column, true);
    }
    // What is left goes to the customer's name first.
    const int spare = room - needed();
    const int wanted = customerContent - m_table->columnWidth(CaseQueueModel::Customer);
    if (spare > 0 && wanted > 0)
        m_table->setColumnWidth(CaseQueueModel::Customer,
            m_table->columnWidth(CaseQueueModel::Customer) + std::min(spare, wanted));
    const int grow = needed() - m_table->width();
    if (grow > 0)
        m_splitter->setSizes({ sizes.value(0) + grow, sizes.value(1) - grow });
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void CasesView::showColumnMenu(const QPoint &at)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("showColumn%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The case id and the customer say which case a row is: always shown.
        action->setEnabled(column != CaseQueueModel::Id && column != CaseQueueModel::Customer);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
            if (shown && m_table->columnWidth(column) < 20)
                m_table->resizeColumnToContents(column);
        });
    }
    menu.exec(header->mapToGlobal(at));
}

bool CasesView::refresh(QString *error)
{
    StoreStatus status;
    if (!m_model->reload(&status)) {
        if (error)
            *error = status.message;
        return false;
    }
    if (m_caseView->caseId() != 0)
        m_caseView->reload();
    return true;
}

void CasesView::showCase(qint64 caseId)
{
    m_selectedId = caseId;
    const int row = m_model->rowOf(caseId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, CaseQueueModel::Id);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        // Not in the queue as filtered: no row stands for it (and none may
        // take its place when the queue is read again).
        m_table->selectionModel()->clear();
    }
    if (m_caseView->caseId() != caseId)
        m_caseView->showCase(caseId);
}

void CasesView::setRole(Role role)
{
    m_caseView->setRole(role);
}

QString CasesView::detailsText() const
{
    const int row = m_model->rowOf(m_caseView->caseId());
    if (row < 0)
        return {};
    QStringList parts;
    for (int column = 0; column < CaseQueueModel::ColumnCount; ++column) {
        const QString header
            = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const QString value = m_model->index(row, column).data().toString();
        if (!value.isEmpty())
            parts << header + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral(" · "));
}

void CasesView::openFirstMatch()
{
    if (m_model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentIndex(m_model->index(0, CaseQueueModel::Id));
}

void CasesView::applyFilter()
{
    m_searchTimer->stop();
    CaseQueueFilter filter;
    const QString state = m_state->currentData().toString();
    CaseState s = CaseState::Submitted;
    if (!state.isEmpty() && caseStateFromString(state, &s))
        filter.states = { s };
    filter.hasKind = m_kind->currentIndex() > 0;
    filter.kind = m_kind->currentIndex() == 2 ? CaseKind::PortOut : CaseKind::PortIn;
    filter.text = m_search->text().trimmed();
    filter.openOnly = m_openOnly->isChecked();
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

void CasesView::fillStates()
{
    const QString current = m_state->currentData().toString();
    const QSignalBlocker quiet(m_state); // the caller applies the filter
    m_state->clear();
    m_state->addItem(QString(), QString());
    for (const CaseState state : statesOf(m_kind->currentIndex()))
        m_state->addItem(QString(), toString(state));
    // The state chosen stays chosen while it exists for the kind.
    m_state->setCurrentIndex(std::max(0, m_state->findData(current)));
    updateCounts();
}

void CasesView::updateCounts()
{
    const CaseStateCounts &counts = m_model->stateCounts();
    int all = 0;
    for (int i = 1; i < m_state->count(); ++i) {
        CaseState state = CaseState::Submitted;
        caseStateFromString(m_state->itemData(i).toString(), &state);
        all += counts.count(state);
        m_state->setItemText(i, tr("%1 (%2)").arg(displayName(state)).arg(counts.count(state)));
    }
    m_state->setItemText(0, tr("All states (%1)").arg(all));
    updateSummary();
}

void CasesView::updateSummary()
{
    const int total = m_model->totalCount();
    const int loaded = m_model->rowCount();
    if (total == 0)
        m_summary->setText(tr("No case matches the filter."));
    else if (loaded >= total)
        m_summary->setText(tr("%n case(s)", nullptr, total));
    else
        m_summary->setText(
            tr("%n case(s), the first %1 loaded: scroll for more.", nullptr, total).arg(loaded));
}

void CasesView::rememberSelection()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_selectedId = m_model->caseIdAt(current.row());
    m_scroll = m_table->verticalScrollBar()->value();
}

void CasesView::restoreSelection()
{
    // The same queue read again keeps its place; another filter or order
    // starts at the top (or at the selected case, if it is still there).
    const bool sameQueue = m_model->filter() == m_shownFilter
        && m_model->sortColumn() == m_shownSortColumn && m_model->sortOrder() == m_shownSortOrder;
    m_shownFilter = m_model->filter();
    m_shownSortColumn = m_model->sortColumn();
    m_shownSortOrder = m_model->sortOrder();
    const int row = m_model->rowOf(m_selectedId);
    if (row >= 0) {
        // The case view already shows it: only the row is selected again.
        const QModelIndex index = m_model->index(row, CaseQueueModel::Id);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (!sameQueue)
            m_table->scrollTo(index);
    }
    if (sameQueue)
        m_table->verticalScrollBar()->setValue(m_scroll);
    else if (row < 0)
        m_table->scrollToTop();
    updateSummary();
}

} // namespace portdesk
