// SPDX-License-Identifier: Apache-2.0
#include "LoaTexts.h"

#include "core/CaseStateMachine.h"

#include <QImage>
#include <QLocale>

#include <algorithm>

namespace portdesk {

QString LoaTexts::shortTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString LoaTexts::shortDate(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat)
                        : QString();
}

QString LoaTexts::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

// What the LOA's signature block shows for a stored version.
LoaSignature LoaTexts::signatureOf(const LoaVersion &version)
{
    LoaSignature s;
    s.name = version.signer.name;
    s.title = version.signer.title;
    s.signedAt = version.signedAt;
    if (!version.signer.drawing.isEmpty())
        s.drawing = QImage::fromData(version.signer.drawing, "PNG");
    return s;
}

QString LoaTexts::groupName(const LoaGroupStatus &g)
{
    return g.carrier.trimmed().isEmpty()
        ? tr("Group %1").arg(g.carrierIndex + 1)
        : tr("Group %1: %2").arg(g.carrierIndex + 1).arg(g.carrier.trimmed());
}

QString LoaTexts::stateText(const LoaGroupStatus &g)
{
    switch (g.state) {
    case LoaState::Unsigned:
        return tr("Not signed");
    case LoaState::Signed:
        return tr("Signed, version %1, on %2")
            .arg(g.version.version)
            .arg(shortDate(g.version.signedAt));
    case LoaState::Expired:
        return tr("Expired: version %1 was signed on %2, more than %3 days ago")
            .arg(g.version.version)
            .arg(shortDate(g.version.signedAt))
            .arg(LoaVersion::validityDays);
    case LoaState::NeedsResigning:
        return tr("Needs signing again: the request changed after version %1")
            .arg(g.version.version);
    }
    return QString();
}

QString LoaTexts::caseSummary(
    qint64 caseId, const CaseRecord *record, bool readOk, const QList<LoaGroupStatus> &groups)
{
    if (!record)
        return caseId > 0 && readOk ? tr("There is no case %1.").arg(caseId)
                                    : tr("No case selected.");
    if (record->kind != CaseKind::PortIn) {
        return tr("Case %1 is a port-out: it has no LOA. Files about it can still be attached.")
            .arg(caseId);
    }
    const int ready = int(std::count_if(groups.cbegin(), groups.cend(),
        [](const LoaGroupStatus &g) { return g.state == LoaState::Signed; }));
    QString text
        = tr("%1 of %n LOA(s) signed and current.", nullptr, int(groups.size())).arg(ready);
    if (ready < groups.size())
        text += QLatin1Char(' ')
            + tr("Every carrier group's LOA must be signed, within %1 days and as the request "
                 "stands now, before the LOAs are submitted.")
                  .arg(LoaVersion::validityDays);
    if (CaseStateMachine::isTerminal(record->state))
        text += QLatin1Char(' ')
            + tr("The case is %1: nothing more is signed or attached.")
                  .arg(displayName(record->state));
    return text;
}

} // namespace portdesk
