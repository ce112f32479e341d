// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PhoneNumber.h"
#include "PortRequest.h"
#include "Violation.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace portdesk {

// What a request must be checked against beyond itself: the store's view of
// the world. The store implements it; tests give a plain one.
class PortingContext
{
public:
    virtual ~PortingContext();
    virtual bool voiceConnectorExists(const QString &name) const = 0;
    // Of these E.164 numbers, those already in the inventory (any status but
    // purged).
    virtual QSet<QString> numbersInInventory(const QStringList &e164) const = 0;
    // Of these E.164 numbers, those in an open port-in, with its case id (0: a
    // case of another account, which the team store's login may not read).
    virtual QHash<QString, qint64> numbersInOpenPortIn(const QStringList &e164) const = 0;
};

// Every rule of DESIGN.md "Rules a request must pass"; all violations at once.
class RequestValidator
{
public:
    // numberChecks, when given, receives PhoneNumbers::checkAll of
    // request.allNumbers(), in that order: a submit stores their E.164 forms
    // without reading every number twice.
    static Violations validate(const PortInRequest &request, const QDateTime &now,
                               const PortingContext *context,
                               QList<NumberCheck> *numberChecks = nullptr);
    // Port-out: numbers must be in the inventory, of the product type, not
    // already in an open port-out (inventoryStatus gives each number's status
    // and product type; a missing number is not in the inventory).
    struct InventoryFacts
    {
        QString productType;   // "BusinessCalling" / "VoiceConnector"
        QString status;        // "Assigned", "Unassigned", "PortoutInProgress", ...
    };
    static Violations validate(const PortOutRequest &request,
                               const QHash<QString, InventoryFacts> &inventory);

    // Single-field rules, shared with the wizard pages.
    static bool isValidEmail(const QString &email);
    // Appends adminEmail.required / adminEmail.invalid as they apply.
    static void checkAdminEmail(Violations &out, const QString &email);
    static bool isValidZip(const QString &zip);
    static bool isUsStateCode(const QString &code);
    static QStringList usStateCodes();
    // The requested date and time: future, business day; a warning under
    // two weeks. field is the path to report ("requestedPortAt").
    // The request's time zone: an IANA id of a US zone (or territory's), and
    // requestedPortAt's offset that zone's on that date. Rules
    // timeZone.unknown, timeZone.not-us, timeZone.offset-mismatch.
    static Violations checkTimeZone(const PortInRequest &request);
    static Violations checkPortDate(const QDateTime &at, const QDateTime &now,
                                    const QString &field);
    // The fields that complete one carrier group's LOA (LoaFieldRules.cpp):
    // customer type, the authorizing person's title, phone and email, full
    // or partial port with the numbers that stay, and for a toll-free group
    // the RespOrgs. ported: the E.164 numbers of the whole request.
    static void checkLoaFields(Violations &out, const CarrierGroup &group,
                               const QString &groupPath, const QSet<QString> &ported);
    // A RespOrg ID as Somos assigns them: five letters and digits (a
    // two-letter entity code, a letter and two digits, e.g. "JYT01").
    static bool isValidRespOrgId(const QString &id);
    // The rules checkLoaFields() adds for a field a request filed before it
    // asked for the field cannot have: a correction of such a request does
    // not have to add them (CaseService::correct).
    static QStringList loaFieldRequiredRules();

    // FOC: a business day, not in the past.
    static Violations checkFocDate(const QDateTime &at, const QDateTime &now,
                                   const QString &field);
};

} // namespace portdesk
