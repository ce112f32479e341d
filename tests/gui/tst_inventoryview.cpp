// SPDX-License-Identifier: Apache-2.0
// The inventory view and the Voice Connectors view, offscreen with the real
// widgets: filters, copy, multi-selection assign with the refusal summary,
// delete with undo and restore from the deletion queue, the end of a
// port-out (the case closes at the next tick), import and export through the
// file dialogs, Voice Connectors create / edit / delete-refused.

#include "../models/InventoryFixture.h"
#include "service/Services.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "VoiceConnectorDialog.h"
#include "inventory/AssignDialog.h"
#include "inventory/BulkAction.h"
#include "inventory/NumberDetailsPanel.h"
#include "inventory/UserDialog.h"
#include "inventory/UsersDialog.h"
#include "models/InventoryModel.h"
#include "models/UsersModel.h"
#include "models/VoiceConnectorsModel.h"
#include "views/InventoryView.h"
#include "views/VoiceConnectorsView.h"
#include "InventoryViewParts.h"
#include "ModalDialogs.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace portdesk;
using namespace storetest;
using portdesk::testsupport::child;
using portdesk::testsupport::whenModal;

namespace {

QTableView *queueTable(const InventoryView &view)
{
    return child<QTableView>(&view, "deletionQueueTable");
}

InventoryModel *queueModel(const InventoryView &view)
{
    return qobject_cast<InventoryModel *>(queueTable(view)->model());
}

NumberDetailsPanel *details(const InventoryView &view)
{
    return child<NumberDetailsPanel>(&view, "numberDetails");
}

QTabWidget *tabs(const InventoryView &view)
{
    return child<QTabWidget>(&view, "inventoryTabs");
}

QAction *action(const InventoryView &view, const char *name)
{
    return child<QAction>(&view, name);
}

void selectRows(QTableView *table, const QList<int> &rows)
{
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(
            table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        table->selectionModel()->setCurrentIndex(
            table->model()->index(rows.constFirst(), 0), QItemSelectionModel::NoUpdate);
}

} // namespace

class TestInventoryView : public QObject {
    Q_OBJECT

public:
    TestInventoryView() : m_clock(startTime()) { }

private Q_SLOTS:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_clock.set(startTime());
        Dialogs::reset();
        Dialogs::takeShownMessages(); // scripted: nothing modal from Dialogs
    }
    void cleanup()
    {
        Dialogs::reset();
        Clock::setInstance(nullptr);
    }

    void showsAndFilters();
    void copiesE164();
    void assignsTheSelectionAndSaysWhatWasRefused();
    void assignDialogKeepsTollFreeFromUsers();
    void usersAreAddedAndEdited();
    void deletesWithUndoAndRestoresFromTheQueue();
    void endsAPortOut();
    void exportsAndImports();
    void voiceConnectors();
    void bulkSummary_data();
    void bulkSummary();
    // Not a check: PORTDESK_SHOT_DIR=DIR saves pictures of the views there.
    void screenshots();

private:
    FixedClock m_clock;
};

void TestInventoryView::showsAndFilters()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    QAbstractItemModelTester tester(
        numbersModel(view), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(numbersTable(view)->model()->rowCount(), 172);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("inventorySummary"));
    QVERIFY(summary->text().startsWith(QLatin1String("172 number")));
    QVERIFY2(summary->text().contains(QLatin1String("2 ported out")), qPrintable(summary->text()));
    QVERIFY(tabs(view)->tabText(1).contains(QLatin1String("(17)")));
    QCOMPARE(queueModel(view)->rowCount(), 17);

    // Status (a combo), then an area code typed (filtered once typing pauses).
    auto *status = view.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("Unassigned")));
    const int unassigned = numbersModel(view)->rowCount();
    QVERIFY(unassigned > 0 && unassigned < 172);
    for (int row = 0; row < unassigned; ++row)
        QCOMPARE(numbersModel(view)->index(row, InventoryModel::Status).data().toString(),
            QStringLiteral("Unassigned"));
    auto *prefix = view.findChild<QLineEdit *>(QStringLiteral("prefixFilter"));
    QTest::keyClicks(prefix, QStringLiteral("(425)"));
    QTRY_COMPARE(numbersModel(view)->rowCount(), 20);
    QCOMPARE(numbersModel(view)->filter().prefix, QStringLiteral("+1425"));

    // Product type and assignee.
    status->setCurrentIndex(0);
    auto *product = view.findChild<QComboBox *>(QStringLiteral("productFilter"));
    product->setCurrentIndex(product->findText(QStringLiteral("Voice Connector")));
    QCOMPARE(numbersModel(view)->rowCount(), 40);
    auto *assignee = view.findChild<QLineEdit *>(QStringLiteral("assigneeFilter"));
    QTest::keyClicks(assignee, QStringLiteral("pbx"));
    QTest::keyClick(assignee, Qt::Key_Return);
    QCOMPARE(numbersModel(view)->rowCount(), 20);
    QCOMPARE(numbersModel(view)->index(0, InventoryModel::AssignedTo).data().toString(),
        QStringLiteral("pbx-east"));

    // Ported out: the choice in the status list.
    view.clearFilters();
    QCOMPARE(numbersModel(view)->rowCount(), 172);
    status->setCurrentIndex(status->findText(QStringLiteral("Ported out: to unassign and delete")));
    QCOMPARE(numbersModel(view)->rowCount(), 2);

    // Sorting by a header the store orders by; Assigned to is not one.
    view.clearFilters();
    numbersTable(view)->sortByColumn(InventoryModel::Number, Qt::DescendingOrder);
    QCOMPARE(numbersModel(view)->e164At(0), tollFree(3011));
    numbersTable(view)->horizontalHeader()->setSortIndicator(
        InventoryModel::AssignedTo, Qt::AscendingOrder);
    QCOMPARE(numbersModel(view)->sortColumn(), int(InventoryModel::Number));
    QCOMPARE(numbersTable(view)->horizontalHeader()->sortIndicatorSection(), int(InventoryModel::Number));

    // The current number's details and history.
    numbersTable(view)->sortByColumn(InventoryModel::Number, Qt::AscendingOrder);
    numbersTable(view)->setCurrentIndex(numbersModel(view)->index(rowOf(numbersModel(view), seattle(1004)), 0));
    QCOMPARE(details(view)->shownNumber(), seattle(1004));
    QVERIFY(details(view)->history()->count() >= 1);
    // Newest first: the import is the oldest step.
    QVERIFY(details(view)
                ->history()
                ->item(details(view)->history()->count() - 1)
                ->text()
                .startsWith(
                    InventoryService::describe(service.inventory.numberHistory(seattle(1004)).constFirst())));
}

void TestInventoryView::copiesE164()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    selectRows(numbersTable(view), { 2, 3, 5 });
    numbersTable(view)->setFocus();
    QTest::keyClick(numbersTable(view), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
        QStringList({ numbersModel(view)->e164At(2), numbersModel(view)->e164At(3), numbersModel(view)->e164At(5) })
            .join(QLatin1Char('\n')));
    QVERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("+1206444")));
}

void TestInventoryView::assignsTheSelectionAndSaysWhatWasRefused()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy changed(&view, &InventoryView::changed);

    // Three free Seattle numbers and one already assigned (seattle 1004: i = 4).
    const QStringList free = { seattle(1002), seattle(1005), seattle(1006) };
    QVERIFY(numberOf(service, seattle(1004)).status == NumberStatus::Assigned);
    QList<int> rows;
    for (const QString &e164 : free + QStringList { seattle(1004) })
        rows << rowOf(numbersModel(view), e164);
    selectRows(numbersTable(view), rows);
    QCOMPARE(view.selectedNumbers().size(), 4);

    bool ran = false;
    whenModal<AssignDialog>(
        [](AssignDialog *dialog) {
            QVERIFY(dialog->isUserChoiceEnabled());
            QVERIFY(!dialog->isVoiceConnectorChoiceEnabled());
            QVERIFY(dialog->chooseUser(QStringLiteral("lee@example.com")));
            auto *box = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        &ran);
    action(view, "assignAction")->trigger();
    QVERIFY(ran);

    for (const QString &e164 : free)
        QCOMPARE(numberOf(service, e164).assignedUser, QStringLiteral("lee@example.com"));
    QVERIFY(numberOf(service, seattle(1004)).assignedUser != QLatin1String("lee@example.com"));
    // The summary: three done, one refused with its reason, shown as a warning.
    const QStringList shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("3 number(s) assigned of 4")),
        qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QLatin1String("(206) 444-1004 is already assigned")),
        qPrintable(shown.first()));
    QCOMPARE(view.lastSummary(), shown.first());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!numbersTable(view)->selectionModel()->hasSelection());

    // All of them refused: nothing changes, the reasons are listed.
    selectRows(numbersTable(view), { rowOf(numbersModel(view), seattle(1002)) });
    view.assignNumbers(view.selectedNumbers(), true, QStringLiteral("pat@example.com"));
    QVERIFY(Dialogs::takeShownMessages().constFirst().contains(QLatin1String("already assigned")));
    QCOMPARE(numberOf(service, seattle(1002)).assignedUser, QStringLiteral("lee@example.com"));

    // A new user added from the assign dialog gets the number at once.
    selectRows(numbersTable(view), { rowOf(numbersModel(view), seattle(1008)) });
    ran = false;
    whenModal<AssignDialog>(
        [](AssignDialog *dialog) {
            whenModal<UserDialog>([](UserDialog *add) {
                QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                    QStringLiteral("Kim Lu"));
                QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                    QStringLiteral("Kim.Lu@example.com"));
                QTest::keyClick(add, Qt::Key_Return);
            });
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("newUserButton")), Qt::LeftButton);
            QCOMPARE(dialog->userEmail(), QStringLiteral("kim.lu@example.com"));
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &ran);
    action(view, "assignAction")->trigger();
    QVERIFY(ran);
    QCOMPARE(numberOf(service, seattle(1008)).assignedUser, QStringLiteral("kim.lu@example.com"));
    QVERIFY(Dialogs::takeShownMessages().isEmpty());

    // Unassign (confirmed) the three.
    QList<int> again;
    for (const QString &e164 : free)
        again << rowOf(numbersModel(view), e164);
    selectRows(numbersTable(view), again);
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    action(view, "unassignAction")->trigger();
    for (const QString &e164 : free)
        QCOMPARE_ENUM(numberOf(service, e164).status, NumberStatus::Unassigned);
    QVERIFY(view.lastSummary().startsWith(QLatin1String("3 number(s) unassigned")));
}

void TestInventoryView::assignDialogKeepsTollFreeFromUsers()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);

    AssignDialog::Selection tollFreeOnly;
    tollFreeOnly.count = 2;
    tollFreeOnly.voiceConnector = 2;
    tollFreeOnly.tollFree = 2;
    AssignDialog a(service, tollFreeOnly);
    QVERIFY(!a.isUserChoiceEnabled());
    QVERIFY(a.isVoiceConnectorChoiceEnabled());
    QVERIFY(a.explanation().contains(
        QLatin1String("Toll-free numbers are assigned to a Voice Connector only")));
    QVERIFY(!a.chooseUser(QStringLiteral("pat@example.com")));
    QVERIFY(a.chooseVoiceConnector(QStringLiteral("pbx-east")));
    QVERIFY(a.target() == AssignDialog::Target::VoiceConnector);

    // A mixed selection with one toll-free number: no user either, and why.
    AssignDialog::Selection mixed;
    mixed.count = 3;
    mixed.businessCalling = 2;
    mixed.voiceConnector = 1;
    mixed.tollFree = 1;
    AssignDialog b(service, mixed);
    QVERIFY(!b.isUserChoiceEnabled());
    QVERIFY(b.explanation().contains(QLatin1String("1 of the selected numbers are toll-free")));

    // Business Calling only: users, never a Voice Connector.
    AssignDialog::Selection business;
    business.count = 1;
    business.businessCalling = 1;
    AssignDialog c(service, business);
    QVERIFY(c.isUserChoiceEnabled());
    QVERIFY(!c.isVoiceConnectorChoiceEnabled());
    QVERIFY(c.target() == AssignDialog::Target::User);

    // Through the view: a toll-free selection to the Voice Connector.
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    selectRows(
        numbersTable(view), { rowOf(numbersModel(view), tollFree(3000)), rowOf(numbersModel(view), tollFree(3001)) });
    bool ran = false;
    whenModal<AssignDialog>(
        [](AssignDialog *dialog) {
            QVERIFY(!dialog->isUserChoiceEnabled());
            QVERIFY(dialog->target() == AssignDialog::Target::VoiceConnector);
            QTest::keyClick(dialog, Qt::Key_Return); // the default button
        },
        &ran);
    action(view, "assignAction")->trigger();
    QVERIFY(ran);
    QCOMPARE(numberOf(service, tollFree(3000)).assignedVoiceConnector, QStringLiteral("pbx-east"));
    QCOMPARE(numberOf(service, tollFree(3001)).assignedVoiceConnector, QStringLiteral("pbx-east"));
    const QStringList shown = Dialogs::takeShownMessages();
    QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n')))); // nothing refused: no warning
}

void TestInventoryView::usersAreAddedAndEdited()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);

    // A bad email is refused beside the field; the dialog stays open.
    UserDialog add(service);
    add.setName(QStringLiteral("Robin Poe"));
    add.setEmail(QStringLiteral("robin-at-example"));
    add.accept();
    QCOMPARE(add.result(), int(QDialog::Rejected));
    QCOMPARE(add.messages().size(), 1);
    add.setEmail(QStringLiteral("Robin@Example.com"));
    add.accept();
    QCOMPARE(add.result(), int(QDialog::Accepted));
    QVERIFY(add.userId() > 0);
    // The same email again (any case) is refused.
    UserDialog twice(service);
    twice.setEmail(QStringLiteral("robin@example.com"));
    twice.accept();
    QCOMPARE(twice.result(), int(QDialog::Rejected));
    QVERIFY(!twice.messages().isEmpty());

    // The users dialog: find (Enter does not close it), edit the name with the keyboard.
    UsersDialog users(service);
    QAbstractItemModelTester tester(
        users.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    users.show();
    QVERIFY(QTest::qWaitForWindowExposed(&users));
    QCOMPARE(users.model()->rowCount(), 4);
    auto *search = users.findChild<QLineEdit *>(QStringLiteral("userSearch"));
    QTest::keyClicks(search, QStringLiteral("POE"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(users.isVisible());
    QTRY_COMPARE(users.model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(users.model()->rowCount(), 4);
    const int robin = users.model()->rowOfEmail(QStringLiteral("robin@example.com"));
    users.table()->setCurrentIndex(users.model()->index(robin, 0));
    bool ran = false;
    whenModal<UserDialog>(
        [](UserDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Robin Poe-Smith"));
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &ran);
    users.editCurrentUser();
    QVERIFY(ran);
    bool found = false;
    for (const User &u : service.directory.listUsers(QStringLiteral("robin")))
        found = found
            || (u.name == QLatin1String("Robin Poe-Smith")
                && u.email == QLatin1String("robin@example.com"));
    QVERIFY(found);
    QCOMPARE(users.model()
                 ->index(users.model()->rowOfEmail(QStringLiteral("robin@example.com")),
                     UsersModel::Name)
                 .data()
                 .toString(),
        QStringLiteral("Robin Poe-Smith"));
}

void TestInventoryView::deletesWithUndoAndRestoresFromTheQueue()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModelTester tester(
        queueModel(view), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int queued = queueModel(view)->rowCount();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));

    // Two unassigned and one assigned, deleted with the Delete key (confirmed).
    const QStringList free = { seattle(1002), seattle(1005) };
    selectRows(numbersTable(view),
        { rowOf(numbersModel(view), free.at(0)), rowOf(numbersModel(view), free.at(1)),
            rowOf(numbersModel(view), seattle(1004)) });
    numbersTable(view)->setFocus();
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    QTest::keyClick(numbersTable(view), Qt::Key_Delete);
    QStringList shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 2); // the question, then the refusal summary
    QVERIFY(shown.at(0).startsWith(QLatin1String("Delete 3 number(s)?")));
    QVERIFY2(shown.at(1).contains(QLatin1String("unassign it before deleting it")),
        qPrintable(shown.at(1)));
    for (const QString &e164 : free)
        QCOMPARE_ENUM(numberOf(service, e164).status, NumberStatus::DeleteInProgress);
    QCOMPARE_ENUM(numberOf(service, seattle(1004)).status, NumberStatus::Assigned);
    QCOMPARE(queueModel(view)->rowCount(), queued + 2);
    QVERIFY(tabs(view)->tabText(1).contains(QStringLiteral("(%1)").arg(queued + 2)));

    // Undo from the message bar: both back, unassigned.
    auto *undo = view.findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    for (const QString &e164 : free)
        QCOMPARE_ENUM(numberOf(service, e164).status, NumberStatus::Unassigned);
    QCOMPARE(queueModel(view)->rowCount(), queued);
    QVERIFY(!undo->isVisible());

    // Cancelled: nothing deleted.
    selectRows(numbersTable(view), { rowOf(numbersModel(view), free.at(0)) });
    Dialogs::queueButtonAnswer(QMessageBox::Cancel);
    action(view, "deleteAction")->trigger();
    QCOMPARE_ENUM(numberOf(service, free.at(0)).status, NumberStatus::Unassigned);
    QCOMPARE(Dialogs::takeShownMessages().size(), 1); // the question

    // Deleted again, then restored from the Deletion queue tab days later.
    selectRows(numbersTable(view), { rowOf(numbersModel(view), free.at(0)), rowOf(numbersModel(view), free.at(1)) });
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    action(view, "deleteAction")->trigger();
    QCOMPARE(Dialogs::takeShownMessages().size(), 1); // the question only: nothing refused
    m_clock.set(startTime().addDays(3));
    QString error;
    QVERIFY2(view.refresh(&error), qPrintable(error));
    tabs(view)->setCurrentIndex(1);
    const int row = rowOf(queueModel(view), free.at(0));
    QVERIFY(row >= 0);
    QCOMPARE(queueModel(view)->index(row, InventoryModel::DaysLeft).data().toString(),
        QCoreApplication::translate("portdesk::InventoryModel", "%n day(s)", nullptr,
            InventoryService::deletionQueueDays - 3));
    selectRows(queueTable(view), { row });
    QVERIFY(action(view, "restoreAction")->isEnabled());
    action(view, "restoreAction")->trigger();
    QCOMPARE_ENUM(numberOf(service, free.at(0)).status, NumberStatus::Unassigned);
    QCOMPARE_ENUM(numberOf(service, free.at(1)).status, NumberStatus::DeleteInProgress);
    QVERIFY(view.lastSummary().startsWith(QLatin1String("1 number(s) restored")));

    // Past the queue's days, the clock purges it: gone from the queue.
    m_clock.set(startTime().addDays(InventoryService::deletionQueueDays + 1));
    StoreStatus status;
    service.clock.tick(&status);
    QVERIFY(status.ok());
    QVERIFY(view.refresh());
    QCOMPARE(rowOf(queueModel(view), free.at(1)), -1);
    InventoryNumber purged;
    QVERIFY(!service.inventory.findNumber(free.at(1), &purged));
}

void TestInventoryView::endsAPortOut()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    const qint64 caseId = numberOf(service, seattle(1000)).portOutCaseId;
    QVERIFY(caseId > 0);
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy changed(&view, &InventoryView::changed);

    // Both numbers show what to do.
    const int first = rowOf(numbersModel(view), seattle(1000));
    QCOMPARE(numbersModel(view)->index(first, InventoryModel::Status).data().toString(),
        QStringLiteral("Ported out: unassign and delete"));
    QCOMPARE(numbersModel(view)->index(first + 1, InventoryModel::Status).data().toString(),
        QStringLiteral("Ported out: unassign and delete"));
    QCOMPARE_ENUM(numberOf(service, seattle(1001)).status, NumberStatus::PortoutInProgress);
    QVERIFY(!numberOf(service, seattle(1001)).assignedUser.isEmpty());

    // The assigned one from its details panel: unassigned and deleted in one step.
    numbersTable(view)->setCurrentIndex(numbersModel(view)->index(first + 1, 0));
    auto *box = details(view)->findChild<QWidget *>(QStringLiteral("portedOutBox"));
    QVERIFY(box->isVisible());
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    QTest::mouseClick(
        details(view)->findChild<QPushButton *>(QStringLiteral("finishNumberButton")),
        Qt::LeftButton);
    InventoryNumber n = numberOf(service, seattle(1001));
    QCOMPARE_ENUM(n.status, NumberStatus::DeleteInProgress);
    QVERIFY(n.assignedUser.isEmpty());
    QVERIFY(!box->isVisible());
    QCOMPARE(changed.size(), 1);
    StoreStatus status;
    service.clock.tick(&status);
    CaseRecord record;
    QVERIFY(service.cases.loadCase(caseId, &record));
    QCOMPARE_ENUM(record.state, CaseState::PortedOut); // one number still there

    // The other selected, one action; the case closes at the next tick.
    selectRows(numbersTable(view), { rowOf(numbersModel(view), seattle(1000)) });
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    action(view, "finishAction")->trigger();
    QCOMPARE_ENUM(numberOf(service, seattle(1000)).status, NumberStatus::DeleteInProgress);
    QCOMPARE(changed.size(), 2);
    service.clock.tick(&status);
    QVERIFY(status.ok());
    QVERIFY(service.cases.loadCase(caseId, &record));
    QCOMPARE_ENUM(record.state, CaseState::Closed);

    // Another port-out, finished for all its numbers from one number's details.
    const ChangeResult out = service.cases.submitPortOut(portOut({ seattle(1002), seattle(1005) }));
    VERIFY_OK(out);
    EventArgs pin;
    pin.accountId = QStringLiteral("ACC-10");
    pin.pin = secretPortOutPin();
    VERIFY_OK(service.cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
    VERIFY_OK(service.cases.advance(out.id, CaseEvent::PortedOut, Role::Support, {}));
    QVERIFY(view.refresh());
    numbersTable(view)->setCurrentIndex(numbersModel(view)->index(rowOf(numbersModel(view), seattle(1002)), 0));
    QVERIFY(box->isVisible());
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    QTest::mouseClick(details(view)->findChild<QPushButton *>(QStringLiteral("finishCaseButton")),
        Qt::LeftButton);
    QCOMPARE_ENUM(numberOf(service, seattle(1002)).status, NumberStatus::DeleteInProgress);
    QCOMPARE_ENUM(numberOf(service, seattle(1005)).status, NumberStatus::DeleteInProgress);
    QVERIFY(view.lastSummary().startsWith(QLatin1String("2 number(s) unassigned and deleted")));
    service.clock.tick(&status);
    QVERIFY(service.cases.loadCase(out.id, &record));
    QCOMPARE_ENUM(record.state, CaseState::Closed);
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("inventorySummary"))
                 ->text()
                 .contains(QLatin1String("ported out")));

    // The deletion queue does not offer Restore for numbers that left with
    // a port-out (the rule would refuse it)...
    QVERIFY(view.refresh());
    tabs(view)->setCurrentIndex(1);
    const int gone = rowOf(queueModel(view), seattle(1002));
    QVERIFY(gone >= 0);
    QVERIFY(queueModel(view)->index(gone, 0).data(InventoryModel::PortedOutRole).toBool());
    selectRows(queueTable(view), { gone, rowOf(queueModel(view), seattle(1005)) });
    QVERIFY(!action(view, "restoreAction")->isEnabled());
    QVERIFY2(action(view, "restoreAction")->toolTip().contains(QLatin1String("port-out")),
        qPrintable(action(view, "restoreAction")->toolTip()));
    // ... and with one that can come back among them, restores that one only.
    int back = -1;
    for (int row = 0; row < queueModel(view)->rowCount() && back < 0; ++row) {
        if (!queueModel(view)->index(row, 0).data(InventoryModel::PortedOutRole).toBool())
            back = row;
    }
    QVERIFY(back >= 0);
    const QString backNumber = queueModel(view)->index(back, InventoryModel::Number).data(Qt::ToolTipRole).toString();
    selectRows(queueTable(view), { gone, back });
    QVERIFY(action(view, "restoreAction")->isEnabled());
    Dialogs::takeShownMessages(); // the questions asked above
    action(view, "restoreAction")->trigger();
    const QStringList shown = Dialogs::takeShownMessages();
    QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n')))); // nothing refused
    QCOMPARE_ENUM(numberOf(service, backNumber).status, NumberStatus::Unassigned);
    QCOMPARE_ENUM(numberOf(service, seattle(1002)).status, NumberStatus::DeleteInProgress);
    const QString said = view.findChild<QLabel *>(QStringLiteral("actionMessage"))->text();
    QVERIFY2(said.contains(QLatin1String("1 ported-out number(s) left with a port-out")), qPrintable(said));
}

void TestInventoryView::exportsAndImports()
{
    QString jsonPath, csvPath;
    int exported = 0;
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        buildInventory(service, *store);
        InventoryView view(service);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        jsonPath = QDir(QDir::tempPath())
                       .filePath(QStringLiteral("tst_inventoryview-%1.json")
                                     .arg(QCoreApplication::applicationPid()));
        csvPath = QDir(QDir::tempPath())
                      .filePath(QStringLiteral("tst_inventoryview-%1.csv")
                                    .arg(QCoreApplication::applicationPid()));
        // The numbers shown: here, the Redmond ones.
        auto *prefix = view.findChild<QLineEdit *>(QStringLiteral("prefixFilter"));
        QTest::keyClicks(prefix, QStringLiteral("425"));
        QTest::keyClick(prefix, Qt::Key_Return);
        exported = numbersModel(view)->rowCount();
        QCOMPARE(exported, 40);
        Dialogs::queueFileAnswer(jsonPath);
        view.exportAction()->trigger();
        QVERIFY2(view.lastSummary().startsWith(QLatin1String("Exported 40 number(s)")),
            qPrintable(view.lastSummary()));
        Dialogs::queueFileAnswer(csvPath);
        view.exportAction()->trigger();
        // Cancelled file dialog: nothing happens.
        Dialogs::queueFileAnswer(QString());
        view.exportAction()->trigger();
    }
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(json.readAll())
                                .object()
                                .value(QLatin1String("PhoneNumbers"))
                                .toArray();
    QCOMPARE(rows.size(), exported);
    QCOMPARE(rows.first().toObject().value(QLatin1String("E164PhoneNumber")).toString(),
        QStringLiteral("+14254442000"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(int(csv.readAll().count('\n')), exported + 1);

    // Into an empty store: a missing Voice Connector is offered, created, imported.
    {
        TestDatabase db2(QStringLiteral("import"));
        QVERIFY(db2.isValid());
        StoreStatus st;
        auto store2 = Store::open(db2.url(), &st);
        QVERIFY2(store2, qPrintable(st.message));
        Services service2(*store2);
        InventoryView view(service2);
        view.show();
        QCOMPARE(numbersModel(view)->rowCount(), 0);
        Dialogs::queueFileAnswer(jsonPath);
        Dialogs::queueButtonAnswer(QMessageBox::Yes);
        view.importAction()->trigger();
        const QStringList shown = Dialogs::takeShownMessages();
        QVERIFY2(!shown.isEmpty() && shown.first().contains(QLatin1String("Voice Connector")),
            qPrintable(shown.join(u'|')));
        QVERIFY2(view.lastSummary().startsWith(QLatin1String("Imported 40 number(s)")),
            qPrintable(view.lastSummary()));
        QCOMPARE(numbersModel(view)->rowCount(), exported);
        QCOMPARE(numberOf(service2, QStringLiteral("+14254442000")).assignedVoiceConnector,
            QStringLiteral("pbx-east"));

        // The same file again: every row refused, by row and reason; nothing changes.
        Dialogs::queueFileAnswer(jsonPath);
        view.importAction()->trigger();
        const QStringList refused = Dialogs::takeShownMessages();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(QStringLiteral(
                     "• Row 1 (+14254442000): (425) 444-2000 is already in the inventory.")),
            qPrintable(refused.first()));
        QVERIFY(
            refused.first().startsWith(QLatin1String("40 row(s) refused; nothing was imported")));
        QVERIFY(refused.first().contains(QStringLiteral("…and 20 more")));
        QCOMPARE(numbersModel(view)->rowCount(), exported);
    }
    QFile::remove(jsonPath);
    QFile::remove(csvPath);
}

void TestInventoryView::voiceConnectors()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    VoiceConnectorsView view(service);
    QAbstractItemModelTester tester(
        view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.refresh());
    QCOMPARE(view.model()->rowCount(), 1);
    QSignalSpy changed(&view, &VoiceConnectorsView::changed);

    // Create, by keyboard in the real dialog.
    bool ran = false;
    whenModal<VoiceConnectorDialog>(
        [](VoiceConnectorDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                QStringLiteral("pbx-west"));
            auto *region = dialog->findChild<QComboBox *>(QStringLiteral("regionCombo"));
            region->setCurrentIndex(region->count() - 1);
            dialog->findChild<QCheckBox *>(QStringLiteral("encryptionCheck"))->setChecked(false);
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &ran);
    QTest::mouseClick(
        view.findChild<QPushButton *>(QStringLiteral("newVoiceConnectorButton")), Qt::LeftButton);
    QVERIFY(ran);
    QCOMPARE(view.model()->rowCount(), 2);
    VoiceConnector west;
    QVERIFY(service.directory.findVoiceConnector(QStringLiteral("pbx-west"), &west));
    QCOMPARE(west.region, DirectoryService::voiceConnectorRegions().constLast());
    QVERIFY(!west.encryption);
    QCOMPARE(changed.size(), 1);

    // Edit: renamed, encryption on; a name in use is refused in the dialog.
    QVERIFY(view.selectConnector(QStringLiteral("pbx-west")));
    ran = false;
    whenModal<VoiceConnectorDialog>(
        [](VoiceConnectorDialog *dialog) {
            QVERIFY(dialog->isEditing());
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            name->setText(QStringLiteral("pbx-east"));
            QTest::keyClick(dialog, Qt::Key_Return);
            QVERIFY(dialog->isVisible()); // refused: the name is taken
            name->setText(QStringLiteral("pbx-west-2"));
            dialog->findChild<QCheckBox *>(QStringLiteral("encryptionCheck"))->setChecked(true);
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &ran);
    QTest::mouseClick(
        view.findChild<QPushButton *>(QStringLiteral("editVoiceConnectorButton")), Qt::LeftButton);
    QVERIFY(ran);
    VoiceConnector edited;
    QVERIFY(service.directory.findVoiceConnector(QStringLiteral("pbx-west-2"), &edited));
    QCOMPARE(edited.id, west.id);
    QVERIFY(edited.encryption);

    // Delete is refused while numbers are assigned, with their count.
    QVERIFY(view.selectConnector(QStringLiteral("pbx-east")));
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("deleteVoiceConnectorButton")),
        Qt::LeftButton);
    QStringList shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(1).contains(QLatin1String("20")), qPrintable(shown.at(1)));
    QCOMPARE(view.model()->rowCount(), 2);

    // An unused one goes (confirmed).
    QVERIFY(view.selectConnector(QStringLiteral("pbx-west-2")));
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("deleteVoiceConnectorButton")),
        Qt::LeftButton);
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(!service.directory.findVoiceConnector(QStringLiteral("pbx-west-2"), &edited));
}

void TestInventoryView::bulkSummary_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("refused");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QString>("violation");
    QTest::addColumn<QString>("storeFailure");
    QTest::addColumn<QStringList>("lines"); // the summary's lines; "*" matches any refusal line

    QTest::newRow("all done") << 3 << 3 << 0 << false << QString() << QString()
                              << QStringList { QStringLiteral("3 number(s) assigned.") };
    QTest::newRow("some refused") << 4 << 2 << 2 << false << QString() << QString()
                                  << QStringList { QStringLiteral("2 number(s) assigned of 4."),
                                         QStringLiteral("2 number(s) refused:"),
                                         QStringLiteral("*"), QStringLiteral("*") };
    QTest::newRow("more refused than listed")
        << 30 << 5 << 25 << false << QString() << QString()
        << (QStringList { QStringLiteral("5 number(s) assigned of 30."),
                QStringLiteral("25 number(s) refused:") }
               + QStringList(20, QStringLiteral("*"))
               + QStringList { QStringLiteral("…and 5 more.") });
    QTest::newRow("cancelled") << 3 << 0 << 0 << true << QString() << QString()
                               << QStringList { QStringLiteral("Cancelled: nothing was changed.") };
    QTest::newRow("refused as a whole")
        << 3 << 0 << 0 << false << QStringLiteral("There is no Voice Connector named \"x\".")
        << QString()
        << QStringList { QStringLiteral("There is no Voice Connector named \"x\"."),
               QStringLiteral("Nothing was changed.") };
    QTest::newRow("store failed") << 3 << 0 << 0 << false << QString()
                                  << QStringLiteral("The store is busy.")
                                  << QStringList { QStringLiteral("The store is busy.") };
}

void TestInventoryView::bulkSummary()
{
    QFETCH(int, requested);
    QFETCH(int, changed);
    QFETCH(int, refused);
    QFETCH(bool, cancelled);
    QFETCH(QString, violation);
    QFETCH(QString, storeFailure);
    QFETCH(QStringList, lines);
    BulkResult result;
    result.requested = requested;
    result.changed = changed;
    result.cancelled = cancelled;
    for (int i = 0; i < refused; ++i)
        result.refused.append({ seattle(i), QStringLiteral("inventory.already-assigned"),
            QStringLiteral("%1 is already assigned.").arg(seattle(i)) });
    if (!violation.isEmpty())
        result.violations.append({ QStringLiteral("voiceConnector"),
            QStringLiteral("voiceConnector.not-found"), violation, Violation::Severity::Error });
    if (!storeFailure.isEmpty()) {
        result.status.code = StoreStatus::Code::Unavailable;
        result.status.message = storeFailure;
    }
    const QStringList shown
        = BulkAction::summary(result, QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) assigned"))
              .split(QLatin1Char('\n'));
    QCOMPARE(shown.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == QLatin1String("*"))
            QVERIFY2(shown.at(i).startsWith(QStringLiteral("• +1206444"))
                    && shown.at(i).endsWith(QLatin1String("already assigned.")),
                qPrintable(shown.at(i)));
        else
            QCOMPARE(shown.at(i), lines.at(i));
    }
}

void TestInventoryView::screenshots()
{
    const QString dir = qEnvironmentVariable("PORTDESK_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PORTDESK_SHOT_DIR not set");
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    for (const User &u : service.directory.listUsers()) {
        const QString name = u.email.startsWith(QLatin1String("pat")) ? QStringLiteral("Pat Kim")
            : u.email.startsWith(QLatin1String("lee"))                ? QStringLiteral("Lee Ortiz")
                                                                      : u.name;
        QVERIFY(service.directory.editUser(u.id, u.email, name).ok());
    }
    QVERIFY(service.inventory.deleteSelected({ seattle(1011), seattle(1014) }).complete());
    InventoryView view(service);
    view.resize(1280, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    selectRows(numbersTable(view), { 0, 1 });
    numbersTable(view)->setFocus();
    QTest::qWait(100);
    QVERIFY(view.grab().save(dir + QStringLiteral("/inventory.png")));
    selectRows(numbersTable(view), { rowOf(numbersModel(view), seattle(1004)) });
    QTest::qWait(50);
    QVERIFY(view.grab().save(dir + QStringLiteral("/inventory-assigned.png")));
    tabs(view)->setCurrentIndex(1);
    QTest::qWait(50);
    QVERIFY(view.grab().save(dir + QStringLiteral("/inventory-queue.png")));

    {
        // The whole main window on the Inventory tab, as the README shows it.
        MainWindow window(*store);
        window.resize(1280, 760);
        window.show();
        window.showView(MainWindow::InventoryViewIndex);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("inventoryTable"));
        QVERIFY(table);
        selectRows(table, { 0, 1 });
        QTest::qWait(100);
        QVERIFY(window.grab().save(dir + QStringLiteral("/inventory-window.png")));
    }

    AssignDialog::Selection mixed;
    mixed.count = 3;
    mixed.businessCalling = 2;
    mixed.voiceConnector = 1;
    mixed.tollFree = 1;
    AssignDialog assign(service, mixed);
    assign.show();
    QVERIFY(QTest::qWaitForWindowExposed(&assign));
    QVERIFY(assign.grab().save(dir + QStringLiteral("/assign-tollfree.png")));
    AssignDialog::Selection business;
    business.count = 12;
    business.businessCalling = 12;
    AssignDialog assign2(service, business);
    assign2.show();
    QVERIFY(QTest::qWaitForWindowExposed(&assign2));
    QVERIFY(assign2.grab().save(dir + QStringLiteral("/assign-user.png")));

    VoiceConnectorsView connectors(service);
    connectors.resize(900, 300);
    connectors.show();
    QVERIFY(connectors.refresh());
    QVERIFY(QTest::qWaitForWindowExposed(&connectors));
    QVERIFY(connectors.grab().save(dir + QStringLiteral("/voice-connectors.png")));
    UsersDialog users(service);
    users.show();
    QVERIFY(QTest::qWaitForWindowExposed(&users));
    QVERIFY(users.grab().save(dir + QStringLiteral("/users.png")));
}

QTEST_MAIN(TestInventoryView)
#include "tst_inventoryview.moc"
