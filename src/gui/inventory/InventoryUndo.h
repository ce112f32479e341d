// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/BulkResult.h"
#include "service/InventoryService.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

namespace portdesk {

// What a number was assigned to before a step: a user's email or a Voice
// Connector's name (both empty: unassigned).
struct PriorAssignment {
    QString user;
    QString connector;
};

// Where an inventory step runs: the inventory view, with its progress dialog
// and message bar.
class InventoryStepHost
{
public:
    virtual ~InventoryStepHost() = default;
    // One bulk operation on numbers, based on the versions named.
    virtual BulkResult runStep(InventoryService::BulkOp op, const QStringList &numbers,
                               const QList<qint64> &versions, const QString &assignee) = 0;
    // An undo or redo finished: what it did, for the message bar.
    virtual void stepDone(const BulkResult &result, const QString &text, bool undone) = 0;
};

// One inventory action on the Edit menu's undo stack: assign, unassign,
// delete, unassign and delete, restore. It keeps the numbers it changed,
// what each was assigned to before, and each one's version now, so that
// Undo takes back exactly that step and refuses (number.changed) a number
// someone changed since, as any action does. Undo of an assignment gives
// each number back to whoever had it; undo of a delete restores; undo of an
// unassign-and-delete restores and assigns again.
//
// Pushed after the action ran: the first redo() (QUndoStack::push) does not
// run it again. A step whose undo or redo changed nothing is made obsolete,
// so the stack drops it rather than offer it again.
class InventoryStep : public QUndoCommand
{
public:
    InventoryStep(InventoryStepHost *host, const QString &text, InventoryService::BulkOp op,
                  const QString &assignee, const QHash<QString, PriorAssignment> &before,
                  const QHash<QString, qint64> &versionsAfter);

    void undo() override;
    void redo() override;

    // The bulk runs undo() and redo() make, in order (for tests and the view).
    struct Run {
        InventoryService::BulkOp op;
        QStringList numbers;
        QString assignee;
    };
    QList<Run> undoRuns() const;
    QList<Run> redoRuns() const;

private:
    BulkResult apply(const QList<Run> &runs);
    QList<Run> backToBefore(bool skipUnassigned) const;

    InventoryStepHost *m_host;
    InventoryService::BulkOp m_op;
    QString m_assignee;
    QStringList m_numbers; // the numbers the step changed, sorted
    QHash<QString, PriorAssignment> m_before;
    QHash<QString, qint64> m_versions; // each number's version now
    bool m_pushed = false;
};

} // namespace portdesk
