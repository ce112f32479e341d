// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/LoaVersion.h"
#include "documents/LoaSignature.h"

#include <QCoreApplication>

namespace portdesk {

// How the LOA panel says things: times and sizes in the user's locale, a
// carrier group's name and where its LOA stands, and the signature block a
// stored version puts on the document.
class LoaTexts {
    Q_DECLARE_TR_FUNCTIONS(LoaTexts)

public:
    static QString shortTime(const QDateTime &at);
    static QString shortDate(const QDateTime &at);
    static QString sizeText(qint64 bytes);
    static LoaSignature signatureOf(const LoaVersion &version);
    static QString groupName(const LoaGroupStatus &g);
    static QString stateText(const LoaGroupStatus &g);
    // The panel's first line: how many of the case's LOAs are signed and
    // what is still to do. record: the case read (null: none could be);
    // readOk: false when the store failed (the message says why instead).
    static QString caseSummary(
        qint64 caseId, const CaseRecord *record, bool readOk, const QList<LoaGroupStatus> &groups);
};

} // namespace portdesk
