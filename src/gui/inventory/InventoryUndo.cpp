// SPDX-License-Identifier: Apache-2.0
#include "InventoryUndo.h"

#include <QMap>

#include <algorithm>

namespace portdesk {

using BulkOp = InventoryService::BulkOp;

InventoryStep::InventoryStep(InventoryStepHost *host, const QString &text, BulkOp op,
                             const QString &assignee, const QHash<QString, PriorAssignment> &before,
                             const QHash<QString, qint64> &versionsAfter)
    : QUndoCommand(text)
    , m_host(host)
    , m_op(op)
    , m_assignee(assignee)
    , m_before(before)
    , m_versions(versionsAfter)
{
    m_numbers = versionsAfter.keys();
    std::sort(m_numbers.begin(), m_numbers.end());
}

QList<InventoryStep::Run> InventoryStep::backToBefore(bool skipUnassigned) const
{
    // One run per earlier assignee, in a stable order: unassign first, then
    // each user, then each Voice Connector.
    QStringList unassign;
    QMap<QString, QStringList> users;
    QMap<QString, QStringList> connectors;
    for (const QString &number : m_numbers) {
        const PriorAssignment prior = m_before.value(number);
        if (!prior.user.isEmpty())
            users[prior.user].append(number);
        else if (!prior.connector.isEmpty())
            connectors[prior.connector].append(number);
        else if (!skipUnassigned)
            unassign.append(number);
    }
    QList<Run> runs;
    if (!unassign.isEmpty())
        runs.append({BulkOp::Unassign, unassign, QString()});
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        runs.append({BulkOp::AssignUser, it.value(), it.key()});
    for (auto it = connectors.cbegin(); it != connectors.cend(); ++it)
        runs.append({BulkOp::AssignConnector, it.value(), it.key()});
    return runs;
}

QList<InventoryStep::Run> InventoryStep::undoRuns() const
{
    switch (m_op) {
    case BulkOp::AssignUser:
    case BulkOp::AssignConnector:
    case BulkOp::Unassign:
        return backToBefore(false);
    case BulkOp::Delete:
        return {{BulkOp::Restore, m_numbers, QString()}};
    case BulkOp::UnassignAndDelete:
        // Restored numbers come back unassigned: then each goes back to its
        // assignee (a number that had none needs nothing more).
        return QList<Run>{{BulkOp::Restore, m_numbers, QString()}} + backToBefore(true);
    case BulkOp::Restore:
        return {{BulkOp::Delete, m_numbers, QString()}};
    }
    return {};
}

QList<InventoryStep::Run> InventoryStep::redoRuns() const
{
    return {{m_op, m_numbers, m_assignee}};
}

BulkResult InventoryStep::apply(const QList<Run> &runs)
{
    BulkResult total;
    for (const Run &run : runs) {
        QList<qint64> versions;
        versions.reserve(run.numbers.size());
        for (const QString &number : run.numbers)
            versions.append(m_versions.value(number));
        const BulkResult result = m_host->runStep(run.op, run.numbers, versions, run.assignee);
        for (auto it = result.versions.cbegin(); it != result.versions.cend(); ++it)
            m_versions.insert(it.key(), it.value());
        total.requested += result.requested;
        total.changed += result.changed;
        total.refused += result.refused;
        total.violations += result.violations;
        total.cancelled = total.cancelled || result.cancelled;
        total.versions.insert(result.versions);
        if (!result.status.ok()) {
            total.status = result.status;
            break; // the store is gone: the rest would fail the same way
        }
    }
    return total;
}

void InventoryStep::undo()
{
    const BulkResult result = apply(undoRuns());
    if (result.changed == 0)
        setObsolete(true);
    m_host->stepDone(result, text(), true);
}

void InventoryStep::redo()
{
    if (!m_pushed) {
        m_pushed = true; // done already, by the action that pushed it
        return;
    }
    const BulkResult result = apply(redoRuns());
    if (result.changed == 0)
        setObsolete(true);
    m_host->stepDone(result, text(), false);
}

} // namespace portdesk
