// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PortRequest.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace portdesk {

// A request as the cloud console's support form wants it (the seed's steps):
// Category "Other", Subject "Porting phone numbers in" (or "out"), the Issue
// text listing every field in the seed's order and words, and the Email. The
// admin pastes it into the real console, so it is plain text, one field a line.
class SupportRequestText {
    Q_DECLARE_TR_FUNCTIONS(SupportRequestText)

public:
    // Port-in: one block per carrier group (one LOA each), every field of the
    // seed in its order. Contains the account number and PIN: see the .cpp.
    static QString portIn(const PortInRequest &request);
    // Port-out: the numbers, their type and the email.
    static QString portOut(const PortOutRequest &request);

    // "Business Calling" / "Voice Connector", the seed's names of the types.
    static QString productTypeName(ProductType type);
    // "2026-12-15 10:00 UTC-05:00": date, local time and the offset the admin gave.
    static QString dateTimeText(const QDateTime &at);
    // Whether the BTN of carrier group groupIndex is among the request's numbers.
    static bool isBtnPorted(const PortInRequest &request, qsizetype groupIndex);
    // The same with the request's numbers already read (portedNumbers()).
    static bool isBtnPorted(
        const PortInRequest &request, qsizetype groupIndex, const QSet<QString> &ported);
    // Every number of the request, E.164 where it reads as a number.
    static QSet<QString> portedNumbers(const PortInRequest &request);
};

} // namespace portdesk
