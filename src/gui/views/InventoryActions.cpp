// SPDX-License-Identifier: Apache-2.0
#include "InventoryView.h"

#include "Dialogs.h"
#include "inventory/AssignDialog.h"
#include "inventory/BulkAction.h"

#include "core/PhoneNumber.h"
#include "models/InventoryModel.h"
#include "service/Services.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUndoStack>

// The inventory view's actions on selected numbers: assign, unassign,
// delete, unassign and delete, restore, the end of a port-out. Each names the
// version of every number the person saw: a number someone else changed since
// is refused (number.changed), never overwritten. All but the end of a
// port-out go on the undo stack (Edit > Undo, Redo; the message bar's Undo).

namespace portdesk {

namespace {

bool isConflict(const NumberRefusal &refusal)
{
    return refusal.rule == QLatin1String("number.changed");
}

using BulkOp = InventoryService::BulkOp;

// The message bar's summary of an operation, and its progress label.
const char *changedText(BulkOp op)
{
    switch (op) {
    case BulkOp::AssignUser:
    case BulkOp::AssignConnector:
        return QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) assigned");
    case BulkOp::Unassign:
        return QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) unassigned");
    case BulkOp::Delete:
        return QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) moved to the deletion queue");
    case BulkOp::Restore:
        return QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) restored");
    case BulkOp::UnassignAndDelete:
        return QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) unassigned and deleted");
    }
    return "";
}

QString progressLabel(BulkOp op)
{
    switch (op) {
    case BulkOp::AssignUser:
    case BulkOp::AssignConnector:
        return InventoryView::tr("Assigning…");
    case BulkOp::Unassign:
        return InventoryView::tr("Unassigning…");
    case BulkOp::Delete:
        return InventoryView::tr("Deleting…");
    case BulkOp::Restore:
        return InventoryView::tr("Restoring…");
    case BulkOp::UnassignAndDelete:
        return InventoryView::tr("Unassigning and deleting…");
    }
    return {};
}

} // namespace

BulkResult InventoryView::runOnNumbers(InventoryService::BulkOp op, const QString &label,
    const QStringList &numbers, const QList<qint64> &versions, const QString &assignee)
{
    ChangeBasis basis;
    basis.expectedVersions = versions;
    setBusy(true);
    const BulkResult result = BulkAction::run(this, label, [&](const BulkProgress &p) {
        return m_service.inventory.changeSelected(
            op, numbers, assignee, BulkPolicy::ApplyAcceptable, p, basis);
    });
    setBusy(false);
    return result;
}

void InventoryView::pushStep(const QString &text, BulkOp op, const QString &assignee,
    const QHash<QString, PriorAssignment> &before, const BulkResult &result)
{
    // The step covers the changed numbers whose earlier state is known (a
    // ported-out number deleted has left: nothing brings it back).
    QHash<QString, qint64> versions;
    for (auto it = result.versions.cbegin(); it != result.versions.cend(); ++it)
        if (before.contains(it.key()))
            versions.insert(it.key(), it.value());
    if (result.changed <= 0 || versions.isEmpty())
        return;
    m_undoStack->push(new InventoryStep(this, text, op, assignee, before, versions));
}

BulkResult InventoryView::runStep(
    BulkOp op, const QStringList &numbers, const QList<qint64> &versions, const QString &assignee)
{
    return runOnNumbers(op, progressLabel(op), numbers, versions, assignee);
}

void InventoryView::stepDone(const BulkResult &result, const QString &text, bool undone)
{
    const QString title = undone ? tr("Undo %1").arg(text) : tr("Redo %1").arg(text);
    afterAction(result, undone ? QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) changed back")
                               : QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) changed again"),
        title);
    if (result.changed > 0)
        showMessage(title + QStringLiteral(": ") + m_message->text(), false);
}

void InventoryView::undoLast()
{
    if (!m_busy && m_undoStack->canUndo())
        m_undoStack->undo();
}

void InventoryView::afterAction(
    const BulkResult &result, const char *changedText, const QString &title, bool undoable)
{
    m_lastSummary = BulkAction::summary(result, changedText);
    const bool trouble
        = !result.status.ok() || hasErrors(result.violations) || !result.refused.isEmpty();
    const bool conflict = std::any_of(result.refused.cbegin(), result.refused.cend(), isConflict);
    if (trouble)
        Dialogs::warning(this, title, m_lastSummary);
    // With refusals the bar still offers to undo what was done.
    showMessage(m_lastSummary.section(QLatin1Char('\n'), 0, 0), undoable && result.changed > 0);
    if (conflict) {
        // Someone else changed some of them: show their changes, and keep
        // the selection so that the person can decide again on what they see.
        refresh();
        if (result.changed > 0)
            Q_EMIT changed();
    } else if (result.changed > 0) {
        // Rows move when numbers change status: the old selection means nothing now.
        m_table->clearSelection();
        m_queueTable->clearSelection();
        refresh();
        Q_EMIT changed();
    }
}

void InventoryView::assignSelected()
{
    const Picked picked = pick(m_table, m_model);
    if (!checkPicked(picked, tr("Assign numbers")))
        return;
    AssignDialog::Selection selection;
    selection.count = int(picked.numbers.size());
    selection.businessCalling = picked.businessCalling;
    selection.voiceConnector = picked.voiceConnector;
    selection.tollFree = picked.tollFree;
    AssignDialog dialog(m_service, selection, this);
    if (!m_keptAssignee.isEmpty()) {
        // The last assignment met a conflict: the same choice again.
        if (m_keptAssigneeIsUser)
            dialog.chooseUser(m_keptAssignee);
        else
            dialog.chooseVoiceConnector(m_keptAssignee);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool toUser = dialog.target() == AssignDialog::Target::User;
    assign(picked.numbers, toUser, toUser ? dialog.userEmail() : dialog.voiceConnectorName(),
        picked.versions, picked.before);
}

void InventoryView::assignNumbers(const QStringList &numbers, bool toUser, const QString &name,
    const QList<qint64> &versions)
{
    // Not from the table: what each number had before comes from the store.
    QHash<QString, PriorAssignment> before;
    for (const QString &number : numbers) {
        InventoryNumber n;
        if (m_service.inventory.findNumber(number, &n))
            before.insert(n.e164, {n.assignedUser, n.assignedVoiceConnector});
    }
    assign(numbers, toUser, name, versions, before);
}

void InventoryView::assign(const QStringList &numbers, bool toUser, const QString &name,
    const QList<qint64> &versions, const QHash<QString, PriorAssignment> &before)
{
    const BulkOp op = toUser ? BulkOp::AssignUser : BulkOp::AssignConnector;
    const BulkResult result = runOnNumbers(op,
        tr("Assigning %n number(s) to %1…", nullptr, int(numbers.size())).arg(name), numbers,
        versions, name);
    const bool conflict = std::any_of(result.refused.cbegin(), result.refused.cend(), isConflict);
    m_keptAssignee = conflict ? name : QString();
    m_keptAssigneeIsUser = toUser;
    pushStep(tr("assign %n number(s) to %1", nullptr, result.changed).arg(name), op, name, before,
        result);
    afterAction(result, changedText(op), tr("Assign numbers"), true);
}

void InventoryView::unassignSelected()
{
    const Picked picked = pick(m_table, m_model);
    if (!checkPicked(picked, tr("Unassign numbers")))
        return;
    if (Dialogs::question(this, tr("Unassign numbers"),
            tr("Unassign %n number(s)? They stay in the inventory, unassigned.", nullptr,
                int(picked.numbers.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    const BulkResult result = runOnNumbers(
        BulkOp::Unassign, progressLabel(BulkOp::Unassign), picked.numbers, picked.versions);
    pushStep(tr("unassign %n number(s)", nullptr, result.changed), BulkOp::Unassign, QString(),
        picked.before, result);
    afterAction(result, changedText(BulkOp::Unassign), tr("Unassign numbers"), true);
}

void InventoryView::deleteSelected()
{
    const Picked picked = pick(m_table, m_model);
    if (!checkPicked(picked, tr("Delete numbers")))
        return;
    if (Dialogs::question(this, tr("Delete numbers"),
            tr("Delete %n number(s)? Only unassigned numbers can be deleted.", nullptr,
                int(picked.numbers.size()))
                + QLatin1Char(' ')
                + tr(
                    "They stay in the deletion queue for %n day(s) and can be restored until then.",
                    nullptr, InventoryService::deletionQueueDays),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    // Undo restores what was deleted, at the version the delete left it (a
    // number changed again since is not restored over that change).
    const BulkResult result = runOnNumbers(
        BulkOp::Delete, progressLabel(BulkOp::Delete), picked.numbers, picked.versions);
    pushStep(tr("delete %n number(s)", nullptr, result.changed), BulkOp::Delete, QString(),
        picked.before, result);
    afterAction(result, changedText(BulkOp::Delete), tr("Delete numbers"), true);
}

void InventoryView::unassignAndDeleteSelected()
{
    const Picked picked = pick(m_table, m_model);
    if (!checkPicked(picked, tr("Unassign and delete")))
        return;
    if (Dialogs::question(this, tr("Unassign and delete"),
            tr("Unassign and delete %n number(s)?", nullptr, int(picked.numbers.size()))
                + QLatin1Char(' ')
                + tr(
                    "They stay in the deletion queue for %n day(s) and can be restored until then.",
                    nullptr, InventoryService::deletionQueueDays),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    const BulkResult result = runOnNumbers(BulkOp::UnassignAndDelete,
        progressLabel(BulkOp::UnassignAndDelete), picked.numbers, picked.versions);
    QHash<QString, PriorAssignment> undoable = picked.before;
    for (qsizetype i = 0; i < picked.numbers.size(); ++i)
        if (picked.isPortedOut.value(i))
            undoable.remove(picked.numbers.at(i));
    pushStep(tr("unassign and delete %n number(s)", nullptr, result.changed),
        BulkOp::UnassignAndDelete, QString(), undoable, result);
    afterAction(result, changedText(BulkOp::UnassignAndDelete), tr("Unassign and delete"), true);
}

void InventoryView::unassignAndDeleteNumber(const InventoryNumber &number)
{
    if (Dialogs::question(this, tr("Unassign and delete"),
            tr("Unassign and delete %1? It stays in the deletion queue for %n day(s).", nullptr,
                InventoryService::deletionQueueDays)
                .arg(PhoneNumbers::formatNational(number.e164)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    const BulkResult result = runOnNumbers(BulkOp::UnassignAndDelete,
        progressLabel(BulkOp::UnassignAndDelete), { number.e164 }, { number.version });
    pushStep(tr("unassign and delete %1").arg(PhoneNumbers::formatNational(number.e164)),
        BulkOp::UnassignAndDelete, QString(),
        number.portedOut ? QHash<QString, PriorAssignment>()
                         : QHash<QString, PriorAssignment> { { number.e164,
                             { number.assignedUser, number.assignedVoiceConnector } } },
        result);
    afterAction(result, changedText(BulkOp::UnassignAndDelete), tr("Unassign and delete"), true);
}

void InventoryView::finishPortOut(qint64 caseId)
{
    if (caseId <= 0)
        return;
    if (Dialogs::question(this, tr("Finish the port-out"),
            tr("Unassign and delete every number of port-out case %1 still in the inventory? "
               "The case closes once they are all deleted.")
                .arg(caseId),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    setBusy(true);
    const BulkResult result = BulkAction::run(this, tr("Unassigning and deleting…"),
        [&](const BulkProgress &p) { return m_service.inventory.finishPortOut(caseId, p); });
    setBusy(false);
    // Not undoable: the numbers left with the port-out.
    afterAction(result, changedText(BulkOp::UnassignAndDelete), tr("Finish the port-out"));
}

void InventoryView::restoreSelected()
{
    const Picked picked = pick(m_queueTable, m_queueModel);
    if (!checkPicked(picked, tr("Restore numbers")))
        return;
    // Ported-out numbers left with their port-out: they stay in the queue.
    QStringList numbers;
    QList<qint64> versions;
    for (qsizetype i = 0; i < picked.numbers.size(); ++i) {
        if (picked.isPortedOut.value(i))
            continue;
        numbers.append(picked.numbers.at(i));
        versions.append(picked.versions.at(i));
    }
    if (numbers.isEmpty())
        return;
    const BulkResult result
        = runOnNumbers(BulkOp::Restore, progressLabel(BulkOp::Restore), numbers, versions);
    pushStep(tr("restore %n number(s)", nullptr, result.changed), BulkOp::Restore, QString(),
        picked.before, result);
    afterAction(result, changedText(BulkOp::Restore), tr("Restore numbers"), true);
    if (picked.portedOut > 0 && result.status.ok())
        showMessage(m_message->text() + QLatin1Char(' ')
                + tr("%n ported-out number(s) left with a port-out and stay in the queue.",
                    nullptr, picked.portedOut),
            false);
}

void InventoryView::copySelection()
{
    const Picked picked = pick(m_table, m_model);
    if (picked.tooMany) {
        checkPicked(picked, tr("Copy numbers"));
        return;
    }
    QApplication::clipboard()->setText(picked.numbers.join(QLatin1Char('\n')));
    showMessage(tr("%n number(s) copied.", nullptr, int(picked.numbers.size())));
}

} // namespace portdesk
