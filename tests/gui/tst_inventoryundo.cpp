// SPDX-License-Identifier: Apache-2.0
// Undo and redo of the inventory's actions, with the real view: assign,
// unassign, delete, restore, unassign and delete. Undo puts every number back
// as it was (status and assignee, read from the store), Redo does the step
// again; a ported-out number deleted is not offered back; the main window's
// Edit menu names the step and Ctrl+Z / Ctrl+Shift+Z run it.

#include "../models/InventoryFixture.h"
#include "service/Services.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "views/InventoryView.h"
#include "InventoryViewParts.h"
#include "WidgetLookup.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace portdesk;
using namespace storetest;
using portdesk::testsupport::child;

namespace {

// A number as the test compares it: status and whom it is assigned to.
QString stateOf(Services &service, const QString &e164)
{
    const InventoryNumber n = numberOf(service, e164);
    return toString(n.status) + QLatin1Char(' ') + n.assignedUser + n.assignedVoiceConnector;
}

QStringList statesOf(Services &service, const QStringList &numbers)
{
    QStringList out;
    for (const QString &n : numbers)
        out << n + QLatin1Char(' ') + stateOf(service, n);
    return out;
}

void selectNumbers(QTableView *table, const QStringList &numbers)
{
    auto *model = qobject_cast<InventoryModel *>(table->model());
    table->clearSelection();
    for (const QString &n : numbers) {
        const int row = rowOf(model, n);
        QVERIFY2(row >= 0, qPrintable(n));
        table->selectionModel()->select(
            model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QTableView *queueTable(const InventoryView &view)
{
    return child<QTableView>(&view, "deletionQueueTable");
}

} // namespace

class TestInventoryUndo : public QObject {
    Q_OBJECT

public:
    TestInventoryUndo() : m_clock(startTime()) { }

private Q_SLOTS:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_clock.set(startTime());
        Dialogs::reset();
    }
    void cleanup()
    {
        Dialogs::reset();
        Clock::setInstance(nullptr);
    }

    void undoAndRedo_data();
    void undoAndRedo();
    void portedOutNumbersAreNotOfferedBack();
    void editMenuNamesTheStepAndTakesTheKeys();

private:
    FixedClock m_clock;
};

void TestInventoryUndo::undoAndRedo_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QString>("assignee");
    QTest::addColumn<QString>("menuText");

    // The fixture: 1002, 1005 unassigned; 1004 assigned to sam, 1007 to lee;
    // 1010, 1017 in the deletion queue; +1425 444 2001/2003 unassigned Voice
    // Connector numbers.
    QTest::newRow("assign to a user") << "assign" << QStringList{seattle(1002), seattle(1005)}
                                      << "lee@example.com" << "Undo assign 2 number(s) to lee@example.com";
    QTest::newRow("assign to a Voice Connector")
        << "assign" << QStringList{QStringLiteral("+14254442001"), QStringLiteral("+14254442003")}
        << "pbx-east" << "Undo assign 2 number(s) to pbx-east";
    QTest::newRow("unassign two assignees") << "unassign" << QStringList{seattle(1004), seattle(1007)}
                                            << QString() << "Undo unassign 2 number(s)";
    QTest::newRow("delete") << "delete" << QStringList{seattle(1002), seattle(1005)} << QString()
                            << "Undo delete 2 number(s)";
    QTest::newRow("restore") << "restore" << QStringList{seattle(1010), seattle(1017)} << QString()
                             << "Undo restore 2 number(s)";
    QTest::newRow("unassign and delete an assigned number")
        << "unassign-and-delete" << QStringList{seattle(1004)} << QString()
        << "Undo unassign and delete 1 number(s)";
}

void TestInventoryUndo::undoAndRedo()
{
    QFETCH(QString, action);
    QFETCH(QStringList, numbers);
    QFETCH(QString, assignee);
    QFETCH(QString, menuText);

    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QUndoStack *stack = view.undoStack();
    QVERIFY(!stack->canUndo());

    const QStringList before = statesOf(service, numbers);
    if (action == QLatin1String("assign")) {
        view.assignNumbers(numbers, assignee.contains(QLatin1Char('@')), assignee);
    } else if (action == QLatin1String("restore")) {
        child<QTabWidget>(&view, "inventoryTabs")->setCurrentIndex(1);
        selectNumbers(queueTable(view), numbers);
        view.restoreSelected();
    } else {
        selectNumbers(numbersTable(view), numbers);
        Dialogs::queueButtonAnswer(QMessageBox::Yes);
        if (action == QLatin1String("unassign"))
            view.unassignSelected();
        else if (action == QLatin1String("delete"))
            view.deleteSelected();
        else
            view.unassignAndDeleteSelected();
    }
    const QStringList after = statesOf(service, numbers);
    for (qsizetype i = 0; i < numbers.size(); ++i)
        QVERIFY2(after.at(i) != before.at(i), qPrintable(after.at(i)));
    QVERIFY(stack->canUndo());
    QCOMPARE(QStringLiteral("Undo ") + stack->undoText(), menuText);

    // Undo: each number as it was, refusing nothing.
    stack->undo();
    QCOMPARE(statesOf(service, numbers), before);
    QVERIFY2(Dialogs::takeShownMessages().size() <= 1, "no refusal shown"); // only the action's question
    QVERIFY(stack->canRedo());

    // Redo: as the action left them; and Undo again.
    stack->redo();
    QCOMPARE(statesOf(service, numbers), after);
    stack->undo();
    QCOMPARE(statesOf(service, numbers), before);
    QVERIFY(Dialogs::takeShownMessages().isEmpty());
}

void TestInventoryUndo::portedOutNumbersAreNotOfferedBack()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryView view(service);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // 1000 and 1001 have ported out; 1004 is an ordinary assigned number.
    selectNumbers(numbersTable(view), {seattle(1000), seattle(1001), seattle(1004)});
    Dialogs::queueButtonAnswer(QMessageBox::Yes);
    view.unassignAndDeleteSelected();
    QCOMPARE(toString(numberOf(service, seattle(1000)).status), QStringLiteral("DeleteInProgress"));
    QCOMPARE(toString(numberOf(service, seattle(1004)).status), QStringLiteral("DeleteInProgress"));
    QCOMPARE(view.undoStack()->count(), 1);
    view.undoStack()->undo();
    // Only the number that had not left comes back, to its assignee.
    QCOMPARE(stateOf(service, seattle(1004)), QStringLiteral("Assigned sam@example.com"));
    QCOMPARE(toString(numberOf(service, seattle(1000)).status), QStringLiteral("DeleteInProgress"));
    QCOMPARE(toString(numberOf(service, seattle(1001)).status), QStringLiteral("DeleteInProgress"));
}

void TestInventoryUndo::editMenuNamesTheStepAndTakesTheKeys()
{
    OPEN_FRESH_STORE(db, store);
    Services setup(*store);
    buildInventory(setup, *store);
    MainWindow window(*store);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *undo = child<QAction>(&window, "actionUndo");
    auto *redo = child<QAction>(&window, "actionRedo");
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QMenu *edit = child<QMenu>(&window, "menuEdit");
    QVERIFY(window.menuBar()->actions().contains(edit->menuAction()));

    window.findChild<QAction *>(QStringLiteral("actionShowInventory"))->trigger();
    auto *view = window.findChild<InventoryView *>();
    QVERIFY(view);
    Services &service = window.service();
    view->assignNumbers({seattle(1002)}, true, QStringLiteral("pat@example.com"));
    QCOMPARE(stateOf(service, seattle(1002)), QStringLiteral("Assigned pat@example.com"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo assign 1 number(s) to pat@example.com"));

    // Ctrl+Z in the table: undone; Ctrl+Shift+Z: done again.
    numbersTable(*view)->setFocus();
    QTest::keyClick(numbersTable(*view), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stateOf(service, seattle(1002)), QStringLiteral("Unassigned "));
    QVERIFY(redo->isEnabled());
    QVERIFY(!undo->isEnabled());
    QTest::keyClick(numbersTable(*view), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stateOf(service, seattle(1002)), QStringLiteral("Assigned pat@example.com"));

    // In a text field Ctrl+Z is the field's own: the filter's typing is undone,
    // the inventory is not.
    auto *prefix = child<QLineEdit>(view, "prefixFilter");
    prefix->setFocus();
    QTest::keyClicks(prefix, QStringLiteral("206"));
    QTest::keyClick(prefix, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(prefix->text(), QString());
    QCOMPARE(stateOf(service, seattle(1002)), QStringLiteral("Assigned pat@example.com"));
}

QTEST_MAIN(TestInventoryUndo)
#include "tst_inventoryundo.moc"
