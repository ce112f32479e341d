// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimeZone>

#include "core/CaseStateMachine.h"
#include "core/PortRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace portdesk {

// The words of a case shared by its history, the case view and its dialogs:
// who took a step, the names of the request's fields, the reason codes support picks from, how a stored
// reason reads, and how times in the customer's offset read.
//
// A change request's reason is stored as "<code>" or "<code>: <note>"
// (e.g. "postal-code: the carrier has 98104"); a reason written elsewhere
// (the command line's --reason) reads as it was written.
class CaseTerms {
    Q_DECLARE_TR_FUNCTIONS(CaseTerms)

public:
    struct ReasonCode {
        QString code; // "account-number", ..., "other"
        QString label; // translated
        QString field; // the request field it usually means ("" for other)
    };

    // Translated label of a request-file field name ("accountNumber" ->
    // "Account number"); the name itself when unknown.
    static QString fieldLabel(const QString &field);
    static QStringList fieldLabels(const QStringList &fields);
    // The fields support can name for this request: every carrier group's
    // LOA fields, and the new BTN when the request replaces the BTN.
    static QStringList pickableFields(const PortInRequest &request);
    // The fields a correction can show an editor for outside the carrier
    // group form (request-level fields and the numbers).
    static QStringList requestLevelFields();

    static QList<ReasonCode> reasonCodes();
    // "account-number" + "note" -> "account-number: note".
    static QString composeReason(const QString &code, const QString &note);
    // A stored reason as people read it: "PIN — the carrier has a 6-digit PIN".
    static QString describeReason(const QString &stored);

    // Who took a step or wrote a comment: "Admin", "Support", "Clock".
    static QString roleName(Role role);

    // Short translated names: "Business Calling", "Replace the BTN".
    static QString productTypeLabel(ProductType type);
    static QString btnOptionLabel(BtnOption option);
    // A carrier group's LOA fields, for the review page and the case view:
    // "Business"; "jane@example.com, (206) 444-0199"; "Partial port: (206)
    // 444-0150 stays with the carrier"; "not given" for what a request filed
    // before these fields lacks.
    static QString customerTypeLabel(CustomerType type);
    static QString contactText(const CarrierGroup &group);
    static QString portScopeText(const CarrierGroup &group);
    static QString respOrgText(const CarrierGroup &group);

    // A time of day in the locale's short form, without seconds ("3:00 PM",
    // "15:00"), and a date with it in the locale's short date form.
    static QString timeText(const QLocale &locale, const QTime &time);
    static QString shortDateTime(const QLocale &locale, const QDateTime &at);
    // shortDateTime in this machine's locale and time zone (the history's
    // and the comments' times).
    static QString shortLocalTime(const QDateTime &at);

    // "UTC−05:00".
    static QString offsetText(int offsetSecs);
    // A time in the customer's zone, with its abbreviation and offset:
    // "Monday, March 30, 2026 10:00 AM (EDT, UTC−04:00)"; "not set" when invalid.
    static QString customerTime(const QDateTime &at, const QTimeZone &zone);
    // The same in the short form, with the abbreviation: "3/30/26 10:00 AM EDT".
    static QString customerShortTime(const QDateTime &at, const QTimeZone &zone);

    // A red that reads on this palette's window and base (light or dark).
    static QColor alertColor(const QPalette &palette);
};

} // namespace portdesk
