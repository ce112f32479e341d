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

// The inventory view's actions on selected numbers: assign, unassign,
// delete (with undo), unassign and delete, restore, the end of a port-out.
// Each names the version of every number the person saw: a number someone
// else changed since is refused (number.changed), never overwritten.

namespace portdesk {

namespace {

bool isConflict(const NumberRefusal &refusal)
{
    return refusal.rule == QLatin1String("number.changed");
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

void InventoryView::afterAction(
    const BulkResult &result, const char *changedText, const QString &title)
{
    m_lastSummary = BulkAction::summary(result, changedText);
    const bool trouble
        = !result.status.ok() || hasErrors(result.violations) || !result.refused.isEmpty();
    const bool conflict = std::any_of(result.refused.cbegin(), result.refused.cend(), isConflict);
    const bool undo = !m_lastDeleted.isEmpty() && result.changed > 0 && !trouble;
    if (trouble)
        Dialogs::warning(this, title, m_lastSummary);
    showMessage(m_lastSummary.section(QLatin1Char('\n'), 0, 0), undo);
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
    assignNumbers(picked.numbers, toUser,
        toUser ? dialog.userEmail() : dialog.voiceConnectorName(), picked.versions);
}

void InventoryView::assignNumbers(const QStringList &numbers, bool toUser, const QString &name,
    const QList<qint64> &versions)
{
    const BulkResult result = runOnNumbers(
        toUser ? InventoryService::BulkOp::AssignUser : InventoryService::BulkOp::AssignConnector,
        tr("Assigning %n number(s) to %1…", nullptr, int(numbers.size())).arg(name), numbers,
        versions, name);
    m_lastDeleted.clear();
    const bool conflict = std::any_of(result.refused.cbegin(), result.refused.cend(), isConflict);
    m_keptAssignee = conflict ? name : QString();
    m_keptAssigneeIsUser = toUser;
    afterAction(
        result, QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) assigned"), tr("Assign numbers"));
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
    const BulkResult result = runOnNumbers(InventoryService::BulkOp::Unassign, tr("Unassigning…"),
        picked.numbers, picked.versions);
    m_lastDeleted.clear();
    afterAction(result, QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) unassigned"),
        tr("Unassign numbers"));
}

void InventoryView::rememberDeleted(const BulkResult &result)
{
    // Undo restores what was deleted, at the version the delete left it
    // (a number changed again since is not restored over that change).
    m_lastDeleted.clear();
    m_lastDeletedVersions.clear();
    for (auto it = result.versions.cbegin(); it != result.versions.cend(); ++it) {
        m_lastDeleted.append(it.key());
        m_lastDeletedVersions.append(it.value());
    }
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
    const BulkResult result = runOnNumbers(
        InventoryService::BulkOp::Delete, tr("Deleting…"), picked.numbers, picked.versions);
    rememberDeleted(result);
    afterAction(result,
        QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) moved to the deletion queue"),
        tr("Delete numbers"));
    // With refusals the message bar still offers to undo what was deleted.
    if (!m_lastDeleted.isEmpty() && result.changed > 0)
        m_undo->setVisible(true);
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
    const BulkResult result = runOnNumbers(InventoryService::BulkOp::UnassignAndDelete,
        tr("Unassigning and deleting…"), picked.numbers, picked.versions);
    m_lastDeleted.clear();
    afterAction(result, QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) unassigned and deleted"),
        tr("Unassign and delete"));
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
    const BulkResult result = runOnNumbers(InventoryService::BulkOp::UnassignAndDelete,
        tr("Unassigning and deleting…"), { number.e164 }, { number.version });
    rememberDeleted(result);
    afterAction(result, QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) unassigned and deleted"),
        tr("Unassign and delete"));
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
    m_lastDeleted.clear();
    afterAction(result, QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) unassigned and deleted"),
        tr("Finish the port-out"));
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
        = runOnNumbers(InventoryService::BulkOp::Restore, tr("Restoring…"), numbers, versions);
    m_lastDeleted.clear();
    afterAction(
        result, QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) restored"), tr("Restore numbers"));
    if (picked.portedOut > 0 && result.status.ok())
        showMessage(m_message->text() + QLatin1Char(' ')
                + tr("%n ported-out number(s) left with a port-out and stay in the queue.",
                    nullptr, picked.portedOut),
            false);
}

void InventoryView::undoLastDelete()
{
    if (m_lastDeleted.isEmpty())
        return;
    const QStringList numbers = m_lastDeleted;
    const QList<qint64> versions = m_lastDeletedVersions;
    m_lastDeleted.clear();
    m_lastDeletedVersions.clear();
    const BulkResult result
        = runOnNumbers(InventoryService::BulkOp::Restore, tr("Restoring…"), numbers, versions);
    afterAction(
        result, QT_TRANSLATE_N_NOOP("BulkAction", "%n number(s) restored"), tr("Undo delete"));
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
