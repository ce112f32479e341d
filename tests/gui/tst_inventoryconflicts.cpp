// SPDX-License-Identifier: Apache-2.0
// The inventory window's bulk actions name the versions the user saw
// (issue 14, gap 1): a number another writer changed between the view's
// load and the action is refused with "changed by NAME at TIME", never
// overwritten; the others change (the bulk actions' ApplyAcceptable), the
// selection and the user's choice stay, the view shows the other change.
// Undo of a delete names the versions the delete left.

#include "../models/InventoryFixture.h"
#include "service/Services.h"

#include "Dialogs.h"
#include "inventory/AssignDialog.h"
#include "models/InventoryModel.h"
#include "views/InventoryView.h"
#include "InventoryViewParts.h"
#include "ModalDialogs.h"
#include "WidgetLookup.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace portdesk;
using namespace storetest;
using portdesk::testsupport::child;
using portdesk::testsupport::whenModal;

namespace {

void selectNumbers(const InventoryView &view, const QStringList &numbers)
{
    QTableView *table = numbersTable(view);
    table->clearSelection();
    for (const QString &e164 : numbers) {
        const int row = rowOf(numbersModel(view), e164);
        QVERIFY2(row >= 0, qPrintable(e164));
        table->selectionModel()->select(table->model()->index(row, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// Another program writing to the same store.
std::unique_ptr<Store> secondWriter(const TestDatabase &db)
{
    StoreStatus status;
    auto other = Store::open(db.url(), &status);
    if (!other)
        qWarning("second writer: %s", qPrintable(status.message));
    return other;
}

QString shownAssignee(const InventoryView &view, const QString &e164)
{
    const InventoryModel *model = numbersModel(view);
    return model->index(rowOf(model, e164), InventoryModel::AssignedTo).data().toString();
}

} // namespace

class TestInventoryConflicts : public QObject {
    Q_OBJECT

public:
    TestInventoryConflicts() : m_clock(startTime()) { }

private Q_SLOTS:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_clock.set(startTime());
        Dialogs::reset();
        Dialogs::takeShownMessages();
    }
    void cleanup()
    {
        Dialogs::reset();
        Clock::setInstance(nullptr);
    }

    void assignMeetsAnotherWritersChange();
    void unassignAndDeleteMeetAnotherWritersChange();
    void undoOfADeleteNamesTheVersionsItLeft();

private:
    FixedClock m_clock;
};

// Three unassigned numbers selected; another connection assigns the middle
// one before the user assigns all three to pat.
void TestInventoryConflicts::assignMeetsAnotherWritersChange()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList picked = { seattle(1002), seattle(1005), seattle(1006) };
    selectNumbers(view, picked);
    QCOMPARE(view.selectedNumbers(), picked);
    const qint64 seen = numberOf(service, seattle(1005)).version;

    // The second writer: another program on the same store.
    auto other = secondWriter(db);
    QVERIFY(other);
    Services otherService(*other);
    m_clock.set(startTime().addSecs(90));
    VERIFY_OK(otherService.inventory.assignToUser(seattle(1005), QStringLiteral("lee@example.com")));

    bool chose = false;
    whenModal<AssignDialog>([&chose](AssignDialog *dialog) {
        chose = dialog->chooseUser(QStringLiteral("pat@example.com"));
        dialog->accept();
    });
    child<QAction>(&view, "assignAction")->trigger();
    QVERIFY(chose);

    // The message names the number, who changed it and when.
    const QStringList shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    const QString expected
        = QStringLiteral("Number (206) 444-1005 was changed by %1 at 2026-03-02 15:01:30 UTC")
              .arg(other->login().isEmpty() ? QStringLiteral("someone") : other->login());
    QVERIFY2(shown.constFirst().contains(expected), qPrintable(shown.constFirst()));
    QVERIFY2(shown.constFirst().contains(QLatin1String("2 number(s) assigned of 3")),
        qPrintable(shown.constFirst()));
    QVERIFY2(view.lastSummary().contains(expected), qPrintable(view.lastSummary()));

    // No overwrite: the other writer's assignment stands; the others changed.
    QCOMPARE(numberOf(service, seattle(1005)).assignedUser, QStringLiteral("lee@example.com"));
    QCOMPARE(numberOf(service, seattle(1005)).version, seen + 1);
    QCOMPARE(numberOf(service, seattle(1002)).assignedUser, QStringLiteral("pat@example.com"));
    QCOMPARE(numberOf(service, seattle(1006)).assignedUser, QStringLiteral("pat@example.com"));

    // The view shows the other change; the selection is the user's still.
    QVERIFY2(shownAssignee(view, seattle(1005)).contains(QLatin1String("lee@example.com")),
        qPrintable(shownAssignee(view, seattle(1005))));
    QCOMPARE(view.selectedNumbers(), picked);

    // The user's choice too: the assign dialog opens with pat chosen.
    QString offered;
    whenModal<AssignDialog>([&offered](AssignDialog *dialog) {
        offered = dialog->userEmail();
        dialog->reject();
    });
    child<QAction>(&view, "assignAction")->trigger();
    QCOMPARE(offered, QStringLiteral("pat@example.com"));
}

// Unassign, then unassign-and-delete: a number changed meanwhile is
// refused by name and left as the other writer left it.
void TestInventoryConflicts::unassignAndDeleteMeetAnotherWritersChange()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // 1004 and 1007 are assigned (to sam and lee).
    const QStringList picked = { seattle(1004), seattle(1007) };
    selectNumbers(view, picked);
    auto other = secondWriter(db);
    QVERIFY(other);
    Services otherService(*other);
    // The other writer unassigns 1007 and gives it to sam.
    VERIFY_OK(otherService.inventory.unassign(seattle(1007)));
    VERIFY_OK(otherService.inventory.assignToUser(seattle(1007), QStringLiteral("sam@example.com")));

    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    child<QAction>(&view, "unassignAction")->trigger();
    QStringList shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 2); // the question, then the outcome
    QVERIFY2(shown.at(1).contains(QLatin1String("Number (206) 444-1007 was changed by")),
        qPrintable(shown.at(1)));
    QCOMPARE(numberOf(service, seattle(1007)).assignedUser, QStringLiteral("sam@example.com"));
    QVERIFY(numberOf(service, seattle(1004)).assignedUser.isEmpty());
    QCOMPARE(view.selectedNumbers(), picked);

    // Unassign and delete on what the view shows now (its versions were
    // read again): both go, nothing refused.
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    child<QAction>(&view, "finishAction")->trigger();
    shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 1); // the question only: nothing refused
    QCOMPARE_ENUM(numberOf(service, seattle(1007)).status, NumberStatus::DeleteInProgress);
    QCOMPARE_ENUM(numberOf(service, seattle(1004)).status, NumberStatus::DeleteInProgress);
}

// Delete two numbers; the other writer restores one of them; Undo restores
// the other only and names the one changed since.
void TestInventoryConflicts::undoOfADeleteNamesTheVersionsItLeft()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList picked = { seattle(1002), seattle(1005) };
    selectNumbers(view, picked);
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    child<QAction>(&view, "deleteAction")->trigger();
    QCOMPARE(Dialogs::takeShownMessages().size(), 1); // the question
    for (const QString &e164 : picked)
        QCOMPARE_ENUM(numberOf(service, e164).status, NumberStatus::DeleteInProgress);

    auto other = secondWriter(db);
    QVERIFY(other);
    Services otherService(*other);
    VERIFY_OK(otherService.inventory.restoreNumbers({ seattle(1005) }));
    VERIFY_OK(otherService.inventory.assignToUser(seattle(1005), QStringLiteral("lee@example.com")));

    auto *undo = child<QPushButton>(&view, "undoButton");
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    const QStringList shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().contains(QLatin1String("Number (206) 444-1005 was changed by")),
        qPrintable(shown.constFirst()));
    QCOMPARE_ENUM(numberOf(service, seattle(1002)).status, NumberStatus::Unassigned);
    QCOMPARE_ENUM(numberOf(service, seattle(1005)).status, NumberStatus::Assigned);
    QCOMPARE(numberOf(service, seattle(1005)).assignedUser, QStringLiteral("lee@example.com"));
}

QTEST_MAIN(TestInventoryConflicts)
#include "tst_inventoryconflicts.moc"
