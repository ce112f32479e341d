// SPDX-License-Identifier: Apache-2.0
#include "InventoryView.h"
#include "gui/TabKeys.h"
#include "gui/ToneWidgets.h"

#include "ui_InventoryView.h"

#include "Dialogs.h"
#include "inventory/AssignDialog.h"
#include "inventory/BulkAction.h"
#include "inventory/ImportReport.h"
#include "inventory/NumberDetailsPanel.h"
#include "inventory/UsersDialog.h"

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/PhoneNumber.h"
#include "models/InventoryModel.h"
#include "service/InventoryExchange.h"
#include "service/Services.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk {

namespace {

// The status filter's choices: a status, or the ported-out numbers to delete.
constexpr int anyStatus = -1;
constexpr int portedOutChoice = -2;

QString count(int n)
{
    return QLocale().toString(n);
}

// A push button that shows and triggers an action (with its mnemonic).
QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    });
    return button;
}

// What the form cannot say about a table: rows of one height (the view
// never measures 1,000,000 rows) and columns the user can move.
void setUpTable(QTableView *table)
{
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
}

} // namespace

InventoryView::InventoryView(Services &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new InventoryModel(service, this))
    , m_queueModel(new InventoryModel(service, this))
    , m_ui(std::make_unique<Ui::InventoryView>())
    , m_details(new NumberDetailsPanel(service, this))
    , m_shown(new QLabel(this))
    , m_typing(new QTimer(this))
    , m_undoStack(new QUndoStack(this))
{
    // The layout is ui/InventoryView.ui; the code adds the parts made from
    // actions and the number details panel, and the behaviour.
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("inventoryView"));
    m_tabs = m_ui->inventoryTabs;
    installTabKeys(m_tabs); // Ctrl+PgDn / Ctrl+PgUp: the numbers and the deletion queue
    m_table = m_ui->inventoryTable;
    m_queueTable = m_ui->deletionQueueTable;
    m_statusFilter = m_ui->statusFilter;
    m_productFilter = m_ui->productFilter;
    m_prefixFilter = m_ui->prefixFilter;
    m_assigneeFilter = m_ui->assigneeFilter;
    m_summary = m_ui->inventorySummary;
    m_queueSummary = m_ui->queueSummary;
    m_message = m_ui->actionMessage;
    m_undo = m_ui->undoButton;
    m_messageBar = m_ui->messageBar;
    // What an action did, on a faint bar of the palette's link colour.
    tones::applyBar(m_messageBar, tones::Tone::Info);

    // Actions: buttons, the tables' context menus and keys.
    const auto makeAction = [this](const QString &text, const char *name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        return action;
    };
    m_assign = makeAction(tr("&Assign…"), "assignAction",
        tr("Assign the selected numbers to a user or a Voice Connector"));
    m_unassign = makeAction(tr("&Unassign"), "unassignAction", tr("Unassign the selected numbers"));
    m_delete = makeAction(tr("&Delete…"), "deleteAction",
        tr("Move the selected unassigned numbers to the deletion queue (restorable for %n day(s))",
            nullptr, InventoryService::deletionQueueDays));
    m_finish = makeAction(tr("Unassign and dele&te…"), "finishAction",
        tr("Ported out: unassign and delete the selected numbers in one step"));
    m_restore = makeAction(tr("&Restore"), "restoreAction",
        tr("Restore the selected numbers from the deletion queue"));
    m_copy = makeAction(
        tr("&Copy numbers"), "copyAction", tr("Copy the selected numbers in E.164, one a line"));
    m_export = makeAction(tr("E&xport…"), "exportAction",
        tr("Export the numbers shown to JSON (the service's ListPhoneNumbers) or CSV"));
    m_import = makeAction(
        tr("&Import…"), "importAction", tr("Import numbers from a ListPhoneNumbers JSON file"));
    m_users = makeAction(
        tr("U&sers…"), "usersAction", tr("Add and edit the users numbers are assigned to"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_assign, &QAction::triggered, this, &InventoryView::assignSelected);
    connect(m_unassign, &QAction::triggered, this, &InventoryView::unassignSelected);
    connect(m_delete, &QAction::triggered, this, &InventoryView::deleteSelected);
    connect(m_finish, &QAction::triggered, this, &InventoryView::unassignAndDeleteSelected);
    connect(m_restore, &QAction::triggered, this, &InventoryView::restoreSelected);
    connect(m_copy, &QAction::triggered, this, &InventoryView::copySelection);
    connect(m_export, &QAction::triggered, this, &InventoryView::exportInventory);
    connect(m_import, &QAction::triggered, this, &InventoryView::importInventory);
    connect(m_users, &QAction::triggered, this, &InventoryView::manageUsers);

    // The filter bar.
    m_statusFilter->addItem(tr("Any status"), anyStatus);
    for (NumberStatus s :
        { NumberStatus::PortinInProgress, NumberStatus::Unassigned, NumberStatus::Assigned,
            NumberStatus::PortoutInProgress, NumberStatus::DeleteInProgress })
        m_statusFilter->addItem(toString(s), int(s));
    m_statusFilter->addItem(tr("Ported out: to unassign and delete"), portedOutChoice);
    m_productFilter->addItem(tr("Any product type"), -1);
    m_productFilter->addItem(tr("Business Calling"), int(ProductType::BusinessCalling));
    m_productFilter->addItem(tr("Voice Connector"), int(ProductType::VoiceConnector));
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_prefixFilter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_assigneeFilter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_prefixFilter, &QLineEdit::returnPressed, this, &InventoryView::applyFilter);
    connect(m_assigneeFilter, &QLineEdit::returnPressed, this, &InventoryView::applyFilter);
    connect(m_typing, &QTimer::timeout, this, &InventoryView::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &InventoryView::applyFilter);
    connect(m_productFilter, &QComboBox::currentIndexChanged, this, &InventoryView::applyFilter);
    QPushButton *clear = m_ui->clearFiltersButton;
    connect(clear, &QPushButton::clicked, this, &InventoryView::clearFilters);
    m_ui->filtersLayout->setStretchFactor(m_prefixFilter, 1);
    m_ui->filtersLayout->setStretchFactor(m_assigneeFilter, 1);

    // The numbers table.
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setColumnHidden(InventoryModel::DaysLeft, true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(InventoryModel::Number, Qt::AscendingOrder);
    {
        // Room for what each column holds, the whole row in a 1280-pixel window.
        const QFontMetrics fm = m_table->fontMetrics();
        const auto width
            = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 20; };
        m_table->setColumnWidth(InventoryModel::Number, width(QStringLiteral("(000) 000-0000")));
        m_table->setColumnWidth(InventoryModel::ProductTypeColumn, width(tr("Business Calling")));
        m_table->setColumnWidth(
            InventoryModel::Status, width(tr("Ported out: unassign and delete")));
        m_table->setColumnWidth(
            InventoryModel::AssignedTo, width(QStringLiteral("someone@example.com")));
        m_table->setColumnWidth(InventoryModel::Case, width(tr("%1 (out)").arg(99999)));
        m_table->setColumnWidth(InventoryModel::Created, width(QStringLiteral("0000-00-00 00:00")));
        m_table->setColumnWidth(InventoryModel::Updated, width(QStringLiteral("0000-00-00 00:00")));
    }
    m_table->addActions({ m_assign, m_unassign, m_delete, m_finish, m_copy });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this](int column, Qt::SortOrder) {
            // Only the columns the store can order by sort; the others keep the old order.
            if (!InventoryModel::isSortable(column)) {
                QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(
                    m_model->sortColumn(), m_model->sortOrder());
            }
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InventoryView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InventoryView::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InventoryView::updateActions);
    connect(m_model, &InventoryModel::loadFailed, this,
        [this](const QString &message) { showMessage(message); });

    connect(m_details, &NumberDetailsPanel::unassignAndDeleteRequested, this,
        [this](const QString &e164) {
            // The number as the panel shows it, with the version seen.
            if (m_details->number().e164 == e164)
                unassignAndDeleteNumber(m_details->number());
        });
    connect(m_details, &NumberDetailsPanel::finishPortOutRequested, this,
        &InventoryView::finishPortOut);

    QHBoxLayout *actions = m_ui->actionsLayout;
    for (QAction *a : { m_assign, m_unassign, m_delete, m_finish })
        actions->addWidget(buttonFor(a, this));
    actions->addSpacing(12);
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    actions->addWidget(m_shown, 1);
    for (QAction *a : { m_users, m_import, m_export })
        actions->addWidget(buttonFor(a, this));

    QSplitter *splitter = m_ui->numbersSplitter;
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_details->setMinimumWidth(240);
    splitter->setSizes({ 1000, 260 });
    m_ui->numbersLayout->setStretchFactor(splitter, 1);

    // The deletion queue: deleted numbers, soonest purged first.
    m_queueTable->setModel(m_queueModel);
    setUpTable(m_queueTable);
    for (int column : { int(InventoryModel::Status), int(InventoryModel::AssignedTo),
             int(InventoryModel::Created) })
        m_queueTable->setColumnHidden(column, true);
    m_queueTable->setColumnWidth(
        InventoryModel::Number, m_table->columnWidth(InventoryModel::Number));
    m_queueTable->setColumnWidth(
        InventoryModel::ProductTypeColumn, m_table->columnWidth(InventoryModel::ProductTypeColumn));
    m_queueTable->setColumnWidth(InventoryModel::Case, m_table->columnWidth(InventoryModel::Case));
    m_queueTable->setColumnWidth(
        InventoryModel::Updated, m_table->columnWidth(InventoryModel::Created));
    m_queueTable->setColumnWidth(InventoryModel::DaysLeft,
        m_queueTable->fontMetrics().horizontalAdvance(tr("purged at the next clock tick")) + 20);
    m_queueTable->horizontalHeader()->setStretchLastSection(false);
    m_queueModel->setHeaderData(InventoryModel::Updated, Qt::Horizontal, tr("Deleted"));
    auto *queueCopy = new QAction(m_copy->text(), this);
    queueCopy->setShortcut(QKeySequence::Copy);
    queueCopy->setShortcutContext(Qt::WidgetShortcut);
    connect(queueCopy, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(selectedQueueNumbers().join(QLatin1Char('\n')));
    });
    m_queueTable->addActions({ m_restore, queueCopy });
    m_queueTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_queueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &InventoryView::updateActions);
    connect(m_queueModel, &QAbstractItemModel::modelReset, this, &InventoryView::updateActions);
    {
        InventoryModel::Filter queue;
        queue.status = NumberStatus::DeleteInProgress;
        m_queueModel->sort(InventoryModel::DaysLeft, Qt::AscendingOrder);
        m_queueModel->setFilter(queue, nullptr, InventoryModel::Load::Later);
        m_queueTable->setSortingEnabled(true);
        m_queueTable->horizontalHeader()->setSortIndicator(
            InventoryModel::DaysLeft, Qt::AscendingOrder);
    }
    m_ui->queueTopLayout->setStretchFactor(m_queueSummary, 1);
    m_ui->queueTopLayout->addWidget(buttonFor(m_restore, m_ui->queuePage));
    m_ui->queueLayout->setStretchFactor(m_queueTable, 1);

    // The message bar: what the last action did, with Undo after a delete.
    connect(m_undo, &QPushButton::clicked, this, &InventoryView::undoLast);
    m_ui->messageBarLayout->setStretchFactor(m_message, 1);
    m_messageBar->hide();

    connect(m_ui->portOutButton, &QPushButton::clicked, this, &InventoryView::portOutRequested);
    m_ui->topLayout->setStretchFactor(m_summary, 1);
    m_ui->inventoryLayout->setStretchFactor(m_tabs, 1);

    setTabOrder(m_statusFilter, m_productFilter);
    setTabOrder(m_productFilter, m_prefixFilter);
    setTabOrder(m_prefixFilter, m_assigneeFilter);
    setTabOrder(m_assigneeFilter, clear);

    // Nothing is read until the view is first shown: on a store of a million
    // numbers the first count and page are most of the work of a start.
    updateActions();
}

InventoryView::~InventoryView()
{
    // The stack's steps go with the view, silently: whoever shows its state
    // (the Edit menu) must not ask a view half destroyed.
    m_undoStack->blockSignals(true);
    delete m_undoStack;
}

void InventoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

bool InventoryView::refresh(QString *error)
{
    // An action in progress owns the store's transaction; it refreshes after.
    if (m_busy)
        return true;
    StoreStatus status;
    if (!m_model->reload(&status) || !m_queueModel->reload(&status)) {
        if (error)
            *error = status.message;
        else
            showMessage(status.message);
        return false;
    }
    m_loaded = true;
    updateCounts();
    // The current row may hold another number now (rows keep their places).
    const QModelIndex current = m_table->currentIndex();
    const QString e164 = current.isValid() ? m_model->e164At(current.row()) : QString();
    if (e164 == m_details->shownNumber())
        m_details->reload();
    else
        m_details->showNumber(e164);
    updateActions();
    return true;
}

void InventoryView::applyFilter()
{
    m_typing->stop();
    InventoryModel::Filter f;
    const int status = m_statusFilter->currentData().toInt();
    if (status == portedOutChoice)
        f.portedOutOnly = true;
    else if (status != anyStatus)
        f.status = NumberStatus(status);
    const int product = m_productFilter->currentData().toInt();
    if (product >= 0)
        f.productType = ProductType(product);
    f.prefix = InventoryModel::prefixFromTyped(m_prefixFilter->text());
    f.assignee = m_assigneeFilter->text().trimmed();
    if (f == m_model->filter() && m_model->rowCount() > 0)
        return;
    StoreStatus st;
    if (!m_model->setFilter(f, &st))
        showMessage(st.message);
    updateCounts();
    updateDetails();
}

void InventoryView::clearFilters()
{
    {
        const QSignalBlocker a(m_statusFilter), b(m_productFilter), c(m_prefixFilter),
            d(m_assigneeFilter);
        m_statusFilter->setCurrentIndex(0);
        m_productFilter->setCurrentIndex(0);
        m_prefixFilter->clear();
        m_assigneeFilter->clear();
    }
    applyFilter();
}

void InventoryView::updateCounts()
{
    StoreStatus status;
    const InventoryCounts counts = m_service.inventory.inventoryCounts(&status);
    if (!status.ok()) {
        m_summary->setText(status.message);
        return;
    }
    QStringList parts;
    for (NumberStatus s :
        { NumberStatus::PortinInProgress, NumberStatus::Unassigned, NumberStatus::Assigned,
            NumberStatus::PortoutInProgress, NumberStatus::DeleteInProgress }) {
        const int n = counts.byStatus.value(s);
        if (n > 0)
            parts << tr("%1 %2").arg(count(n), toString(s));
    }
    QString text = tr("%n number(s) in the inventory", nullptr, counts.total);
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    text += QLatin1Char('.');
    if (counts.portedOut > 0)
        text += QLatin1Char(' ')
            + tr("<b>%n ported out: unassign and delete them to close their port-out.</b>", nullptr,
                counts.portedOut);
    m_summary->setText(text);
    const int queued = counts.byStatus.value(NumberStatus::DeleteInProgress);
    m_tabs->setTabText(
        1, queued > 0 ? tr("Deletion queue (%1)").arg(count(queued)) : tr("Deletion queue"));
    m_queueSummary->setText(tr("Deleted numbers stay here for %n day(s), restorable, then the "
                               "clock removes them for good.",
        nullptr, InventoryService::deletionQueueDays));
    m_shown->setText(m_model->rowCount() == counts.total
            ? tr("%n number(s) shown", nullptr, m_model->rowCount())
            : tr("%1 of %2 numbers shown").arg(count(m_model->rowCount()), count(counts.total)));
}

void InventoryView::updateActions()
{
    const bool numbers
        = m_table->selectionModel()->hasSelection() || m_table->currentIndex().isValid();
    for (QAction *a : { m_assign, m_unassign, m_delete, m_finish, m_copy })
        a->setEnabled(numbers && !m_busy);
    // A number that left with a port-out cannot come back: Restore is
    // offered only when the selection holds one that can.
    // (The first thousand rows decide; beyond, Restore says what it skipped.)
    bool restorable = false;
    int looked = 0;
    const QItemSelection queued = m_queueTable->selectionModel()->selection();
    for (const QItemSelectionRange &range : queued) {
        for (int row = range.top(); row <= range.bottom() && !restorable; ++row) {
            const InventoryNumber *n = m_queueModel->numberAt(row);
            restorable = !n || !n->portedOut || ++looked > 1000;
        }
        if (restorable)
            break;
    }
    m_restore->setEnabled(restorable && !m_busy);
    m_restore->setToolTip(restorable || queued.isEmpty()
            ? tr("Restore the selected numbers from the deletion queue")
            : tr("Ported-out numbers left with a port-out: they cannot be restored"));
    m_import->setEnabled(!m_busy);
    m_export->setEnabled(!m_busy);
}

void InventoryView::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const QString e164 = current.isValid() ? m_model->e164At(current.row()) : QString();
    if (e164 != m_details->shownNumber())
        m_details->showNumber(e164);
    updateActions();
}

InventoryView::Picked InventoryView::pick(
    const QTableView *table, const InventoryModel *model) const
{
    Picked out;
    QList<int> rows;
    const QItemSelection selection = table->selectionModel()->selection();
    qint64 total = 0;
    for (const QItemSelectionRange &range : selection)
        total += range.height();
    if (total > maxActionNumbers) {
        out.tooMany = true;
        return out;
    }
    for (const QItemSelectionRange &range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    if (rows.isEmpty() && table->currentIndex().isValid())
        rows.append(table->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    out.numbers.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        // In row order: each page is read once.
        const InventoryNumber *n = model->numberAt(row);
        if (!n)
            continue;
        out.numbers.append(n->e164);
        out.versions.append(n->version);
        if (n->productType == ProductType::VoiceConnector)
            ++out.voiceConnector;
        else
            ++out.businessCalling;
        if (n->tollFree)
            ++out.tollFree;
        if (n->portedOut)
            ++out.portedOut;
        out.isPortedOut.append(n->portedOut);
        out.before.insert(n->e164, {n->assignedUser, n->assignedVoiceConnector});
    }
    return out;
}

bool InventoryView::checkPicked(const Picked &picked, const QString &title)
{
    if (picked.tooMany) {
        Dialogs::warning(this, title,
            tr("Select at most %1 numbers for one action; narrow the selection with the filters.")
                .arg(count(maxActionNumbers)));
        return false;
    }
    if (picked.numbers.isEmpty()) {
        Dialogs::information(this, title, tr("Select the numbers first."));
        return false;
    }
    return true;
}

QStringList InventoryView::selectedNumbers() const
{
    return pick(m_table, m_model).numbers;
}

QStringList InventoryView::selectedQueueNumbers() const
{
    return pick(m_queueTable, m_queueModel).numbers;
}

void InventoryView::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
    Q_EMIT busyChanged(busy);
}

void InventoryView::showMessage(const QString &text, bool offerUndo)
{
    m_message->setText(text);
    m_undo->setVisible(offerUndo);
    m_messageBar->setVisible(!text.isEmpty());
}

} // namespace portdesk

