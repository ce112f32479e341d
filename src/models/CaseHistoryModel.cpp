// SPDX-License-Identifier: Apache-2.0
#include "CaseHistoryModel.h"

#include "core/CustomerTime.h"

#include "CaseTerms.h"

#include "core/CaseAttachment.h"
#include "core/CaseSecrets.h"
#include "core/Clock.h"
#include "core/LoaVersion.h"
#include "core/PhoneNumber.h"
#include "core/PortNumberStatus.h"
#include "service/Services.h"

#include <algorithm>

namespace portdesk {

namespace {

QString eventDetails(const RecordedEvent &e, const QTimeZone &zone)
{
    const EventArgs &a = e.args;
    QStringList parts;
    switch (e.event) {
    case CaseEvent::Submit:
        parts << CaseHistoryModel::tr("Request submitted.");
        break;
    case CaseEvent::SubmitLoa:
        if (!a.fields.isEmpty())
            parts << CaseHistoryModel::tr("Corrected %1 and resubmitted.")
                         .arg(CaseTerms::fieldLabels(a.fields).join(QStringLiteral(", ")));
        break;
    case CaseEvent::RequestChange:
        parts << CaseHistoryModel::tr("Fields: %1.")
                     .arg(CaseTerms::fieldLabels(a.fields).join(QStringLiteral(", ")));
        break;
    case CaseEvent::SetFoc:
        parts << CaseHistoryModel::tr("FOC: %1.").arg(CaseTerms::customerTime(a.focAt, zone));
        break;
    case CaseEvent::IssuePin:
        // Never the account ID or PIN themselves: the history is read by
        // anyone with the case open; the request section reveals on demand.
        parts << CaseHistoryModel::tr("Account ID and PIN issued (shown masked under Request).");
        break;
    case CaseEvent::Inventory:
        parts << CaseHistoryModel::tr(
            "The numbers are in the inventory, assignable but not live yet.");
        break;
    case CaseEvent::Activate:
        parts << CaseHistoryModel::tr("The numbers are live.");
        break;
    case CaseEvent::PortedOut:
        parts << CaseHistoryModel::tr("The numbers left for the new carrier.");
        break;
    case CaseEvent::Close:
        parts << CaseHistoryModel::tr("Every ported-out number is deleted.");
        break;
    case CaseEvent::RejectNumbers: {
        QStringList shown;
        for (const QString &n : a.numbers) {
            const QString national = PhoneNumbers::formatNational(n);
            shown << (national.isEmpty() ? n : national);
        }
        parts << CaseHistoryModel::tr("The carrier rejected %1 (%2).")
                     .arg(shown.join(QStringLiteral(", ")),
                         NumberRejectionReasons::displayName(a.reasonCode));
        if (a.endsCase)
            parts << CaseHistoryModel::tr("No number is left to port: the case ends as not "
                                          "portable.");
        break;
    }
    case CaseEvent::Reveal:
        // Which secret, never its value.
        parts << CaseSecrets::revealedText(a.revealed);
        break;
    default:
        break;
    }
    if (!a.reason.trimmed().isEmpty())
        parts << CaseHistoryModel::tr("Reason: %1").arg(CaseTerms::describeReason(a.reason));
    return parts.join(QLatin1Char(' '));
}

QString fileStep(CaseFileEvent::What what)
{
    switch (what) {
    case CaseFileEvent::What::Attached:
        return CaseHistoryModel::tr("File attached");
    case CaseFileEvent::What::Deleted:
        return CaseHistoryModel::tr("File deleted");
    case CaseFileEvent::What::Restored:
        return CaseHistoryModel::tr("File restored");
    case CaseFileEvent::What::Purged:
        break;
    }
    return CaseHistoryModel::tr("File purged");
}

} // namespace

CaseHistoryModel::CaseHistoryModel(Services &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void CaseHistoryModel::showCase(const CaseRecord &record)
{
    m_zone = record.kind == CaseKind::PortIn ? customerTimeZone(record.portIn)
                                             : QTimeZone::systemTimeZone();
    setLines(linesOf(record));
}

void CaseHistoryModel::clear()
{
    setLines({});
}

// Signed LOA versions and file events (only the admin signs and attaches)
// are not steps of the case, but they are part of its story: each goes in at
// its time, after the steps of the same moment, except that a signature goes
// before the LOAs' submission it allowed. A signature also goes after the
// same group's earlier signature and any change request since, even at the
// same moment: a correction signed on a fixed clock follows the first
// submission and the change request.
void CaseHistoryModel::insertInPlace(QList<Line> &lines, Line line, bool signature)
{
    const QString submitLoa = displayName(CaseEvent::SubmitLoa);
    const QString requestChange = displayName(CaseEvent::RequestChange);
    qsizetype at = 0;
    if (signature) {
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            if (lines.at(i).group == line.group) {
                // After the earlier signature, and after a change request
                // that came since (the signature answers it).
                at = i + 1;
                for (qsizetype j = at; j < lines.size() && lines.at(j).at <= line.at; ++j) {
                    if (lines.at(j).step == requestChange)
                        at = j + 1;
                }
                break;
            }
        }
    }
    while (at < lines.size() && lines.at(at).at <= line.at
        && !(signature && lines.at(at).at == line.at && lines.at(at).step == submitLoa))
        ++at;
    lines.insert(at, std::move(line));
}

QList<CaseHistoryModel::Line> CaseHistoryModel::linesOf(const CaseRecord &record) const
{
    const QTimeZone zone = record.kind == CaseKind::PortIn ? customerTimeZone(record.portIn)
                                                           : QTimeZone::systemTimeZone();
    QList<Line> lines;
    lines.reserve(record.events.size());
    for (const CaseEventRecord &r : record.events) {
        const RecordedEvent &e = r.event;
        QString details = eventDetails(e, zone);
        // Who revealed: the login as well as the role.
        if (e.event == CaseEvent::Reveal && !r.login.isEmpty())
            details = tr("%1 (login %2)").arg(details, r.login);
        lines.append({ e.at, CaseTerms::roleName(e.actor), displayName(e.event), details });
    }
    // Every version ever signed (a group a correction took away included),
    // named with the carrier as that version's LOA showed it.
    StoreStatus status;
    const QList<LoaVersion> versions = record.kind == CaseKind::PortIn
        ? m_service.loas.loaVersions(record.id, &status)
        : QList<LoaVersion>();
    for (const LoaVersion &v : versions) {
        const QString carrier = v.content.value(QLatin1String("carrier")).toString().trimmed();
        const QString group = carrier.isEmpty()
            ? tr("Carrier group %1").arg(v.carrierIndex + 1)
            : tr("Carrier group %1 (%2)").arg(v.carrierIndex + 1).arg(carrier);
        const QString signer = v.signer.title.isEmpty()
            ? v.signer.name
            : tr("%1, %2").arg(v.signer.name, v.signer.title);
        insertInPlace(lines,
            { v.signedAt, CaseTerms::roleName(Role::Admin), tr("LOA signed"),
                tr("%1, version %2, signed by %3").arg(group).arg(v.version).arg(signer),
                v.carrierIndex },
            true);
    }
    // The file log: kept after a deleted file is purged.
    for (const CaseFileEvent &e : m_service.loas.listFileEvents(record.id, &status)) {
        const QString file = tr("%1: %2").arg(displayName(e.kind), e.fileName);
        const bool purged
            = e.what == CaseFileEvent::What::Purged; // the clock's; the rest the admin's
        insertInPlace(lines,
            { e.at, CaseTerms::roleName(purged ? Role::System : Role::Admin), fileStep(e.what),
                purged ? tr("%1 (deleted at least %2 days before: gone for good)")
                             .arg(file)
                             .arg(InventoryService::deletionQueueDays)
                       : file },
            false);
    }
    // A store that failed half-way says so at the end, not by a shorter story.
    if (!status.ok())
        lines.append({ Clock::now(), QString(), tr("Not read"), status.message });
    return lines;
}

void CaseHistoryModel::setLines(QList<Line> lines)
{
    // Rows added or removed at the end, then every remaining row updated:
    // the rows a view shows stay where they are.
    const int before = int(m_lines.size());
    const int after = int(lines.size());
    if (after > before) {
        beginInsertRows(QModelIndex(), before, after - 1);
        m_lines.append(lines.mid(before));
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows(QModelIndex(), after, before - 1);
        m_lines.resize(after);
        endRemoveRows();
    }
    m_lines = std::move(lines);
    if (after > 0 && before > 0)
        Q_EMIT dataChanged(index(0, 0), index(std::min(before, after) - 1, ColumnCount - 1));
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return CaseTerms::customerShortTime(line.at, m_zone);
        case Who:
            return line.who;
        case Step:
            return line.step;
        case Details:
            return line.details;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == When)
            return inTimeZone(line.at, m_zone).toString(Qt::ISODate);
        break;
    case AtRole:
        return line.at;
    default:
        break;
    }
    return {};
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Step:
        return tr("Step");
    case Details:
        return tr("Details");
    default:
        break;
    }
    return {};
}

} // namespace portdesk
