// SPDX-License-Identifier: Apache-2.0
// The case queue as a user drives it, offscreen: typing in the search box,
// choosing a state, sorting by clicking headers, selecting rows with the
// mouse and the keyboard, over the sample store.

#include "TestDatabase.h"
#include "WidgetLookup.h"

#include "CaseView.h"
#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/Clock.h"
#include "gui/views/CasesView.h"
#include "models/CaseQueueModel.h"
#include "service/Services.h"
#include "sample/SampleStore.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace portdesk;
using portdesk::testsupport::child;

namespace {

QDateTime startTime()
{
    return QDateTime::fromString(QStringLiteral("2026-03-02T15:00:00Z"), Qt::ISODate);
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

void clickRow(QTableView *table, int row)
{
    const QRect cell = table->visualRect(table->model()->index(row, CaseQueueModel::Customer));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
}

} // namespace

class TestCaseQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void searchFollowsTyping_data();
    void searchFollowsTyping();
    void stateFilterShowsCounts();
    void kindFilterNarrowsTheStates();
    void sortsByClickingHeaders();
    void selectingARowShowsTheCase();
    void refreshKeepsTheSelectedCase();
    void keyboardReachesEverything();
    void searchOpensTheFirstMatch_data();
    void searchOpensTheFirstMatch();
    void columnsFitTheQueue_data();
    void columnsFitTheQueue();

private:
    int casesWhere(const std::function<bool(const CaseRecord &)> &predicate) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
    FixedClock m_clock { startTime() };
    QList<CaseRecord> m_cases;
    std::unique_ptr<CasesView> m_view;
};

void TestCaseQueue::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);
    QString error;
    QVERIFY2(SampleStore::populate(*m_service, startTime(), &error) > 20, qPrintable(error));
    for (const CaseSummary &s : m_service->cases.listCases()) {
        CaseRecord c;
        QVERIFY(m_service->cases.loadCase(s.id, &c));
        m_cases << c;
    }
}

void TestCaseQueue::init()
{
    m_clock.set(startTime());
    Clock::setInstance(&m_clock);
    m_view = std::make_unique<CasesView>(*m_service);
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QString error;
    QVERIFY2(m_view->refresh(&error), qPrintable(error));
}

void TestCaseQueue::cleanup()
{
    m_view.reset();
    Clock::setInstance(nullptr);
}

void TestCaseQueue::cleanupTestCase()
{
    m_service.reset();
    m_store.reset();
    m_db.reset();
}

int TestCaseQueue::casesWhere(const std::function<bool(const CaseRecord &)> &predicate) const
{
    return int(std::count_if(m_cases.cbegin(), m_cases.cend(), predicate));
}

void TestCaseQueue::searchFollowsTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("customer"); // every row found is this customer's ("": any)
    QTest::newRow("customer") << QStringLiteral("contoso") << QStringLiteral("Contoso Dental");
    QTest::newRow("carrier") << QStringLiteral("Cascade Fiber") << QStringLiteral("Contoso Dental");
    QTest::newRow("area code") << QStringLiteral("(503)") << QStringLiteral("Contoso Dental");
    QTest::newRow("email") << QStringLiteral("@northwind.") << QString();
}

void TestCaseQueue::searchFollowsTyping()
{
    QFETCH(QString, typed);
    QFETCH(QString, customer);
    CaseQueueModel *model = m_view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = int(m_cases.size());
    QCOMPARE(model->totalCount(), all);

    QLineEdit *search = child<QLineEdit>(m_view.get(), "caseSearch");
    search->setFocus();
    QTest::keyClicks(search, typed);
    const int want = casesWhere([&](const CaseRecord &c) {
        const QString t = typed.toLower();
        if (c.adminEmail.toLower().contains(t))
            return true;
        for (const CarrierGroup &g : c.portIn.carriers) {
            if (g.customerName.toLower().contains(t) || g.carrier.toLower().contains(t))
                return true;
        }
        if (typed == QLatin1String("(503)"))
            return std::any_of(c.numbers.cbegin(), c.numbers.cend(),
                [](const QString &n) { return n.startsWith(QLatin1String("+1503")); });
        return false;
    });
    QVERIFY(want > 0 && want < all);
    QTRY_COMPARE(model->filter().text, typed);
    QCOMPARE(model->rowCount(), want);
    QCOMPARE(model->totalCount(), want);
    for (int row = 0; row < model->rowCount() && !customer.isEmpty(); ++row)
        QCOMPARE(model->index(row, CaseQueueModel::Customer).data().toString(), customer);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("queueSummary"))
                ->text()
                .contains(QString::number(want)));

    // Not at every key: after a short pause.
    search->setText(QStringLiteral("no such customer"));
    QCOMPARE(model->filter().text, typed);
    QTRY_COMPARE(model->filter().text, QStringLiteral("no such customer"));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("queueSummary"))->text(),
        QStringLiteral("No case matches the filter."));

    // Esc empties the field, and the queue shows everything again.
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(model->totalCount(), all);
}

void TestCaseQueue::stateFilterShowsCounts()
{
    QComboBox *state = child<QComboBox>(m_view.get(), "stateFilter");
    // Every state with its count, worked out from the cases.
    for (int i = 1; i < state->count(); ++i) {
        CaseState s = CaseState::Submitted;
        QVERIFY(caseStateFromString(state->itemData(i).toString(), &s));
        const int want = casesWhere([s](const CaseRecord &c) { return c.state == s; });
        QCOMPARE(state->itemText(i), QStringLiteral("%1 (%2)").arg(displayName(s)).arg(want));
    }
    QCOMPARE(state->itemText(0), QStringLiteral("All states (%1)").arg(m_cases.size()));

    // Chosen with the keyboard: down to "LOA requested".
    const int target = state->findData(toString(CaseState::LoaRequested));
    QVERIFY(target > 0);
    state->setFocus();
    for (int i = 0; i < target; ++i)
        QTest::keyClick(state, Qt::Key_Down);
    QCOMPARE(state->currentIndex(), target);
    CaseQueueModel *model = m_view->model();
    const int want
        = casesWhere([](const CaseRecord &c) { return c.state == CaseState::LoaRequested; });
    QVERIFY(want > 0);
    QCOMPARE(model->rowCount(), want);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, CaseQueueModel::State).data().toString(),
            displayName(CaseState::LoaRequested));

    // With text as well, the counts follow the text.
    QTest::keyClicks(child<QLineEdit>(m_view.get(), "caseSearch"), QStringLiteral("northwind"));
    QTRY_COMPARE(model->filter().text, QStringLiteral("northwind"));
    const int northwind = casesWhere([](const CaseRecord &c) {
        return c.adminEmail.contains(QLatin1String("northwind"))
            && c.state == CaseState::LoaRequested;
    });
    QCOMPARE(state->currentText(),
        QStringLiteral("%1 (%2)").arg(displayName(CaseState::LoaRequested)).arg(northwind));
    QCOMPARE(model->rowCount(), northwind);

    // Open only hides the finished.
    child<QLineEdit>(m_view.get(), "caseSearch")->clear();
    state->setCurrentIndex(0);
    QTest::keyClick(child<QCheckBox>(m_view.get(), "openOnly"), Qt::Key_Space);
    QVERIFY(child<QCheckBox>(m_view.get(), "openOnly")->isChecked());
    QCOMPARE(model->totalCount(),
        casesWhere([](const CaseRecord &c) { return CaseStateMachine::isOpen(c.state); }));
}

void TestCaseQueue::kindFilterNarrowsTheStates()
{
    QComboBox *kind = child<QComboBox>(m_view.get(), "kindFilter");
    QComboBox *state = child<QComboBox>(m_view.get(), "stateFilter");
    state->setCurrentIndex(state->findData(toString(CaseState::Submitted)));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down); // port out
    QCOMPARE(kind->currentIndex(), 2);
    QStringList states;
    for (int i = 1; i < state->count(); ++i)
        states << state->itemData(i).toString();
    QCOMPARE(states,
        (QStringList { toString(CaseState::Submitted), toString(CaseState::PinIssued),
            toString(CaseState::PortedOut), toString(CaseState::Closed),
            toString(CaseState::Cancelled) }));
    // The state chosen stays chosen.
    QCOMPARE(state->currentData().toString(), toString(CaseState::Submitted));
    const int want = casesWhere([](const CaseRecord &c) {
        return c.kind == CaseKind::PortOut && c.state == CaseState::Submitted;
    });
    QCOMPARE(m_view->model()->rowCount(), want);
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QCOMPARE(m_view->model()->index(row, CaseQueueModel::Kind).data().toString(),
            QStringLiteral("Port out"));
}

void TestCaseQueue::sortsByClickingHeaders()
{
    QTableView *table = child<QTableView>(m_view.get(), "caseTable");
    CaseQueueModel *model = m_view->model();
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(model->sortColumn(), int(CaseQueueModel::Id));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(CaseQueueModel::Id));

    const auto column = [model](int c) {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, c).data().toString().toLower();
        return values;
    };
    clickHeader(table, CaseQueueModel::Customer);
    QCOMPARE(model->sortColumn(), int(CaseQueueModel::Customer));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QStringList values = column(CaseQueueModel::Customer);
    QStringList sorted = values;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(values, sorted);
    QVERIFY(values.first() != values.last());

    clickHeader(table, CaseQueueModel::Customer);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    values = column(CaseQueueModel::Customer);
    std::sort(sorted.begin(), sorted.end(), std::greater<QString>());
    QCOMPARE(values, sorted);

    clickHeader(table, CaseQueueModel::Numbers);
    QCOMPARE(model->sortColumn(), int(CaseQueueModel::Numbers));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->caseAt(row - 1).numberCount <= model->caseAt(row).numberCount);

    // The next milestone's name is not sortable: the order and its indicator stay.
    clickHeader(table, CaseQueueModel::NextMilestone);
    QCOMPARE(model->sortColumn(), int(CaseQueueModel::Numbers));
    QCOMPARE(header->sortIndicatorSection(), int(CaseQueueModel::Numbers));

    // Due sorts by the projected time: soonest (the overdue) first one way,
    // latest first the other, cases with nothing ahead last either way.
    for (int click = 0; click < 2; ++click) {
        clickHeader(table, CaseQueueModel::NextMilestoneAt);
        QCOMPARE(model->sortColumn(), int(CaseQueueModel::NextMilestoneAt));
        QCOMPARE(header->sortIndicatorSection(), int(CaseQueueModel::NextMilestoneAt));
        const bool ascending = model->sortOrder() == Qt::AscendingOrder;
        QDateTime previous;
        bool nothingAhead = false;
        int due = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QDateTime at = model->index(row, CaseQueueModel::NextMilestoneAt)
                                     .data(CaseQueueModel::NextMilestoneAtRole)
                                     .toDateTime();
            if (!at.isValid()) {
                nothingAhead = true;
                continue;
            }
            QVERIFY2(!nothingAhead, "a case with a milestone ahead after one with none");
            if (previous.isValid())
                QVERIFY(ascending ? previous <= at : previous >= at);
            previous = at;
            ++due;
        }
        QVERIFY(due > 1);
        QVERIFY(nothingAhead);
    }
}

void TestCaseQueue::selectingARowShowsTheCase()
{
    QTableView *table = child<QTableView>(m_view.get(), "caseTable");
    CaseQueueModel *model = m_view->model();
    CaseView *caseView = m_view->caseView();
    QCOMPARE(caseView->caseId(), qint64(0));

    clickRow(table, 2);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(caseView->caseId(), model->caseIdAt(2));
    QVERIFY(m_view->detailsText().contains(
        model->index(2, CaseQueueModel::Customer).data().toString()));

    // Down the keyboard, the case view follows.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 3);
    QCOMPARE(caseView->caseId(), model->caseIdAt(3));
    QTest::keyClick(table, Qt::Key_End);
    QCOMPARE(caseView->caseId(), model->caseIdAt(table->currentIndex().row()));

    // showCase selects the row of a case.
    const qint64 first = model->caseIdAt(0);
    m_view->showCase(first);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(caseView->caseId(), first);

    // A case the filter hides is still shown, with no row standing for it,
    // also after the queue is read again.
    QComboBox *state = child<QComboBox>(m_view.get(), "stateFilter");
    state->setCurrentIndex(state->findData(toString(CaseState::Completed)));
    qint64 hidden = 0;
    for (const CaseRecord &c : std::as_const(m_cases)) {
        if (c.state == CaseState::Submitted)
            hidden = c.id;
    }
    QVERIFY(hidden > 0 && model->rowOf(hidden) < 0);
    m_view->showCase(hidden);
    QCOMPARE(caseView->caseId(), hidden);
    QVERIFY(!table->currentIndex().isValid());
    QVERIFY(m_view->refresh());
    QCOMPARE(caseView->caseId(), hidden);
    QVERIFY(!table->currentIndex().isValid());
    state->setCurrentIndex(0);
    QCOMPARE(table->currentIndex().row(), model->rowOf(hidden)); // selected again when shown

    // The role reaches the case view.
    m_view->setRole(Role::Support);
    QCOMPARE(toString(caseView->role()), toString(Role::Support));
    m_view->setRole(Role::Admin);
    QCOMPARE(toString(caseView->role()), toString(Role::Admin));
}

void TestCaseQueue::refreshKeepsTheSelectedCase()
{
    QTableView *table = child<QTableView>(m_view.get(), "caseTable");
    CaseQueueModel *model = m_view->model();
    clickRow(table, 4);
    const qint64 selected = model->caseIdAt(4);
    QCOMPARE(m_view->caseView()->caseId(), selected);

    // A new case elsewhere moves every row down by one; the selection follows its case.
    PortOutRequest out;
    out.adminEmail = QStringLiteral("it@northwind.example.com");
    InventoryFilter free;
    free.hasStatus = true;
    free.status = NumberStatus::Unassigned;
    const QList<InventoryNumber> numbers = m_service->inventory.listInventory(free);
    QVERIFY(!numbers.isEmpty());
    out.productType = numbers.first().productType;
    out.numbers = { numbers.first().e164 };
    const ChangeResult made = m_service->cases.submitPortOut(out);
    QVERIFY(made.ok());
    QString error;
    QVERIFY2(m_view->refresh(&error), qPrintable(error));
    QCOMPARE(model->caseIdAt(0), made.id);
    QCOMPARE(model->caseIdAt(table->currentIndex().row()), selected);
    QCOMPARE(table->currentIndex().row(), 5);
    QCOMPARE(m_view->caseView()->caseId(), selected);
    m_cases.prepend(CaseRecord());
    QVERIFY(m_service->cases.loadCase(made.id, &m_cases.first()));
}

void TestCaseQueue::keyboardReachesEverything()
{
    // Ctrl+F goes to the search field from anywhere in the view.
    child<QTableView>(m_view.get(), "caseTable")->setFocus();
    QTest::keyClick(child<QTableView>(m_view.get(), "caseTable"), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(child<QLineEdit>(m_view.get(), "caseSearch")->hasFocus());
    // Tab order: search, state, kind, open only, table.
    child<QLineEdit>(m_view.get(), "caseSearch")->setFocus();
    const QList<QWidget *> chain = { child<QComboBox>(m_view.get(), "stateFilter"), child<QComboBox>(m_view.get(), "kindFilter"),
        child<QCheckBox>(m_view.get(), "openOnly"), child<QTableView>(m_view.get(), "caseTable") };
    for (QWidget *next : chain) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
    // The labels' mnemonics.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
    QVERIFY(child<QLineEdit>(m_view.get(), "caseSearch")->hasFocus());
    // The filters by Tab from the search (their letters belong to the case
    // actions, tst_mnemonics); Space ticks "Open only".
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(child<QComboBox>(m_view.get(), "stateFilter")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(child<QComboBox>(m_view.get(), "kindFilter")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(child<QCheckBox>(m_view.get(), "openOnly")->isChecked());
    QCOMPARE(m_view->model()->filter().openOnly, true);
}

// Enter or Down in the search: the first case found is selected and shown,
// and the focus goes to the queue (arrow keys from there); in the case view,
// Ctrl+PgDn and Ctrl+PgUp walk its tabs.
void TestCaseQueue::searchOpensTheFirstMatch_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("typed");
    QTest::newRow("Enter") << int(Qt::Key_Return) << QStringLiteral("Contoso");
    QTest::newRow("Down") << int(Qt::Key_Down) << QStringLiteral("Tailspin");
}

void TestCaseQueue::searchOpensTheFirstMatch()
{
    QFETCH(int, key);
    QFETCH(QString, typed);
    auto *search = child<QLineEdit>(m_view.get(), "caseSearch");
    auto *table = child<QTableView>(m_view.get(), "caseTable");
    search->setFocus();
    QTest::keyClicks(search, typed);
    QTest::keyClick(search, Qt::Key(key));
    QVERIFY(m_view->model()->rowCount() > 0);
    QCOMPARE(m_view->model()->filter().text, typed);
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    const qint64 first = m_view->model()->index(0, CaseQueueModel::Id).data(CaseQueueModel::CaseIdRole).toLongLong();
    auto *caseView = child<CaseView>(m_view.get(), "caseView");
    QTRY_COMPARE(caseView->caseId(), first);
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(first, &record));
    QVERIFY(record.portIn.carriers.value(0).customerName.contains(typed));

    // The case view's tabs by keyboard, wrapping around.
    auto *sections = child<QTabWidget>(caseView, "caseSections");
    sections->currentWidget()->setFocus();
    const int start = sections->currentIndex();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(sections->currentIndex(), (start + 1) % sections->count());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(sections->currentIndex(), (start - 1 + sections->count()) % sections->count());
}

// No column hides behind a scrollbar: at any usual window width the queue
// takes the room its columns need beside the case view, the customer column
// gives way, then the columns the case view repeats are hidden (Last change,
// Kind, Numbers, in that order); the header's menu shows them again.
void TestCaseQueue::columnsFitTheQueue_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("leastHidden");
    QTest::addColumn<int>("mostHidden");
    QTest::newRow("1920") << 1920 << 0 << 0;
    QTest::newRow("1400") << 1400 << 0 << 3;
    QTest::newRow("1180 (the first start)") << 1180 << 1 << 3;
}

void TestCaseQueue::columnsFitTheQueue()
{
    QFETCH(int, width);
    QFETCH(int, leastHidden);
    QFETCH(int, mostHidden);
    CasesView view(*m_service);
    view.resize(width, 740);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.refresh());
    auto *table = view.findChild<QTableView *>(QStringLiteral("caseTable"));
    QHeaderView *header = table->horizontalHeader();
    QTRY_VERIFY(header->length() > 0 && table->isColumnHidden(CaseQueueModel::Id) == false);
    QTest::qWait(50); // the fit runs once the rows are laid out
    QStringList hiddenNow;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const QString name = table->model()->headerData(column, Qt::Horizontal).toString();
        if (table->isColumnHidden(column))
            hiddenNow << name;
    }
    // Hidden, if any, in the order of need: Last change, Kind, Numbers.
    QVERIFY2(hiddenNow.size() >= leastHidden && hiddenNow.size() <= mostHidden, qPrintable(hiddenNow.join(QLatin1String(", "))));
    const QStringList expected = QStringList { QStringLiteral("Last change"), QStringLiteral("Kind"),
        QStringLiteral("Numbers") }.mid(0, hiddenNow.size());
    QCOMPARE(QSet<QString>(hiddenNow.cbegin(), hiddenNow.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    QVERIFY2(!table->horizontalScrollBar()->isVisible(),
        qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(header->length()).arg(table->viewport()->width())));
    QVERIFY(header->length() <= table->viewport()->width()); // the last column stretches to the edge
    // A name of 8 letters at least.
    QVERIFY(table->columnWidth(CaseQueueModel::Customer) >= table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);

    if (hiddenNow.isEmpty())
        return;
    // The header's menu: a check box per column; Id and the customer stay.
    QMenu *menu = nullptr;
    QTimer::singleShot(0, this, [&] {
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        auto *kind = menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(int(CaseQueueModel::Updated)));
        auto *id = menu->findChild<QAction *>(QStringLiteral("showColumn%1").arg(int(CaseQueueModel::Id)));
        QVERIFY(kind && id);
        QVERIFY(!kind->isChecked());
        QVERIFY(!id->isEnabled());
        kind->trigger();
        menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QVERIFY(menu);
    QVERIFY(!table->isColumnHidden(CaseQueueModel::Updated));
    QVERIFY(table->columnWidth(CaseQueueModel::Updated) > 20);
}

QTEST_MAIN(TestCaseQueue)
#include "tst_casequeue.moc"
