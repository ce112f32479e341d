// SPDX-License-Identifier: Apache-2.0
#include "RequestValidator.h"

#include "UsTimeZones.h"

#include <QTimeZone>

#include "BusinessCalendar.h"
#include "PhoneNumber.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace portdesk {

namespace {

// The usual lead time of a port (the seed's 2-4 weeks): sooner only warns.
constexpr int usualLeadDays = 14;

void error(Violations &out, const QString &field, const char *rule, const QString &message)
{
    out.append({field, QString::fromLatin1(rule), message, Violation::Severity::Error});
}

QString groupPath(qsizetype i)
{
    return QStringLiteral("carriers[%1]").arg(i);
}

QString numberPath(const QString &listPath, qsizetype j)
{
    return listPath + QLatin1Char('[') + QString::number(j) + QLatin1Char(']');
}

void requireText(Violations &out, const QString &value, const QString &field, const char *rule,
                 const QString &message)
{
    if (value.trimmed().isEmpty())
        error(out, field, rule, message);
}

// A phone number field that must hold a valid US number (BTN, new BTN).
// Returns the E.164 form, or empty after recording why not.
QString checkSingleNumber(Violations &out, const QString &value, const QString &field,
                          const char *requiredRule, const QString &label)
{
    if (value.trimmed().isEmpty()) {
        error(out, field, requiredRule, QCoreApplication::translate("RequestValidator", "%1 is required.").arg(label));
        return {};
    }
    const NumberCheck check = PhoneNumbers::check(value);
    if (!check.ok) {
        out.append({field, check.rule, label + QStringLiteral(": ") + check.message});
        return {};
    }
    return check.e164;
}

QString translated(const char *label)
{
    return QCoreApplication::translate("RequestValidator", label);
}

// At most maxNumbersPerRequest numbers: checked before any is parsed.
bool withinNumberLimit(Violations &out, qsizetype count)
{
    if (count <= textlimits::maxNumbersPerRequest)
        return true;
    error(out, QStringLiteral("numbers"), "numbers.too-many",
          QCoreApplication::translate("RequestValidator", "The request holds %1 numbers: one request may "
             "hold at most %2 (the largest bulk order a carrier takes). Split it into several requests.")
              .arg(count)
              .arg(textlimits::maxNumbersPerRequest));
    return false;
}

// Every text of a carrier group within its limit and free of control
// characters. The rule ids are the field's request-file name plus
// ".too-long" / ".control-character".
void checkGroupTexts(Violations &out, const CarrierGroup &g, const QString &gp)
{
    using namespace textlimits;
    struct Text {
        const QString &value;
        const char *name;
        const char *label;
        int max;
    };
    const Text texts[] = {
        { g.carrier, "carrier", QT_TRANSLATE_NOOP("RequestValidator", "Carrier name"), maxName },
        { g.authorizingPerson, "authorizingPerson",
            QT_TRANSLATE_NOOP("RequestValidator", "Authorizing person"), maxName },
        { g.authorizingTitle, "authorizingTitle",
            QT_TRANSLATE_NOOP("RequestValidator", "Authorizing person's title"), maxName },
        { g.authorizingEmail, "authorizingEmail",
            QT_TRANSLATE_NOOP("RequestValidator", "Authorizing person's email"), maxEmail },
        { g.accountNumber, "accountNumber", QT_TRANSLATE_NOOP("RequestValidator", "Account number"),
            maxAccountNumber },
        { g.pin, "pin", QT_TRANSLATE_NOOP("RequestValidator", "PIN"), maxPin },
        { g.customerName, "customerName", QT_TRANSLATE_NOOP("RequestValidator", "Customer name"),
            maxCustomerName },
        { g.serviceAddress.street, "serviceAddress.street",
            QT_TRANSLATE_NOOP("RequestValidator", "Service address street"), maxStreet },
        { g.serviceAddress.city, "serviceAddress.city",
            QT_TRANSLATE_NOOP("RequestValidator", "Service address city"), maxName },
        { g.serviceAddress.state, "serviceAddress.state",
            QT_TRANSLATE_NOOP("RequestValidator", "Service address state"), maxName },
        { g.serviceAddress.zip, "serviceAddress.zip",
            QT_TRANSLATE_NOOP("RequestValidator", "Service address ZIP code"), maxName },
        { g.currentRespOrg, "currentRespOrg", QT_TRANSLATE_NOOP("RequestValidator", "Current RespOrg"),
            maxRespOrg },
        { g.targetRespOrgId, "targetRespOrgId",
            QT_TRANSLATE_NOOP("RequestValidator", "RespOrg ID"), maxRespOrg },
    };
    for (const Text &t : texts) {
        const QString name = QLatin1String(t.name);
        // A secret is never repeated in a message: only its length is.
        checkText(out, t.value, gp + QLatin1Char('.') + name, name, translated(t.label), t.max);
    }
}

} // namespace

void RequestValidator::checkAdminEmail(Violations &out, const QString &email)
{
    if (!textlimits::checkText(out, email, QStringLiteral("adminEmail"),
            QStringLiteral("adminEmail"), QCoreApplication::translate("RequestValidator", "Admin email"), textlimits::maxEmail))
        return;
    if (email.trimmed().isEmpty())
        error(out, QStringLiteral("adminEmail"), "adminEmail.required",
              QCoreApplication::translate("RequestValidator", "Admin email is required: the address of the administrator account."));
    else if (!isValidEmail(email))
        error(out, QStringLiteral("adminEmail"), "adminEmail.invalid",
              QCoreApplication::translate("RequestValidator", "Admin email \"%1\" is not a valid email address.").arg(email));
}

PortingContext::~PortingContext() = default;

bool RequestValidator::isValidEmail(const QString &email)
{
    // Deliberately plain: one @, a dot in the domain, no spaces. Real mail
    // servers decide the rest; this catches typing mistakes.
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    const QString e = email.trimmed();
    return !e.isEmpty() && e.size() <= 254 && !e.contains(QLatin1String(".."))
        && pattern.match(e).hasMatch();
}

bool RequestValidator::isValidZip(const QString &zip)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{5}(?:-\\d{4})?$"));
    return pattern.match(zip.trimmed()).hasMatch() && !zip.trimmed().startsWith(QLatin1String("00000"));
}

QStringList RequestValidator::usStateCodes()
{
    // The 50 states, DC, and the territories whose numbers PortDesk accepts.
    return {QStringLiteral("AL"), QStringLiteral("AK"), QStringLiteral("AZ"), QStringLiteral("AR"),
            QStringLiteral("CA"), QStringLiteral("CO"), QStringLiteral("CT"), QStringLiteral("DE"),
            QStringLiteral("DC"), QStringLiteral("FL"), QStringLiteral("GA"), QStringLiteral("HI"),
            QStringLiteral("ID"), QStringLiteral("IL"), QStringLiteral("IN"), QStringLiteral("IA"),
            QStringLiteral("KS"), QStringLiteral("KY"), QStringLiteral("LA"), QStringLiteral("ME"),
            QStringLiteral("MD"), QStringLiteral("MA"), QStringLiteral("MI"), QStringLiteral("MN"),
            QStringLiteral("MS"), QStringLiteral("MO"), QStringLiteral("MT"), QStringLiteral("NE"),
            QStringLiteral("NV"), QStringLiteral("NH"), QStringLiteral("NJ"), QStringLiteral("NM"),
            QStringLiteral("NY"), QStringLiteral("NC"), QStringLiteral("ND"), QStringLiteral("OH"),
            QStringLiteral("OK"), QStringLiteral("OR"), QStringLiteral("PA"), QStringLiteral("RI"),
            QStringLiteral("SC"), QStringLiteral("SD"), QStringLiteral("TN"), QStringLiteral("TX"),
            QStringLiteral("UT"), QStringLiteral("VT"), QStringLiteral("VA"), QStringLiteral("WA"),
            QStringLiteral("WV"), QStringLiteral("WI"), QStringLiteral("WY"), QStringLiteral("PR"),
            QStringLiteral("VI"), QStringLiteral("GU"), QStringLiteral("AS"), QStringLiteral("MP")};
}

bool RequestValidator::isUsStateCode(const QString &code)
{
    static const QStringList codes = usStateCodes();
    return codes.contains(code.trimmed().toUpper());
}

Violations RequestValidator::checkPortDate(const QDateTime &at, const QDateTime &now,
                                           const QString &field)
{
    Violations out;
    if (!at.isValid()) {
        error(out, field, "date.required",
              QCoreApplication::translate("RequestValidator", "Requested port date and time is required, with its time zone."));
        return out;
    }
    // The business day is the customer's own: the date in the offset given.
    const QDate day = at.date();
    if (at <= now) {
        error(out, field, "date.past",
              QCoreApplication::translate("RequestValidator", "Requested port date %1 is in the past: choose a future business day.")
                  .arg(day.toString(Qt::ISODate)));
        return out;
    }
    if (at > now.addYears(1)) {
        error(out, field, "date.too-far",
              QCoreApplication::translate("RequestValidator", "Requested port date %1 is more than a year "
                 "ahead: carriers take port orders for the coming weeks, not years.")
                  .arg(day.toString(Qt::ISODate)));
        return out;
    }
    if (BusinessCalendar::isWeekend(day)) {
        error(out, field, "date.weekend",
              QCoreApplication::translate("RequestValidator", "Requested port date %1 is a %2: ports happen on business days (Monday to "
                 "Friday).")
                  .arg(day.toString(Qt::ISODate), QLocale::c().dayName(day.dayOfWeek())));
    } else {
        const Holiday holiday = BusinessCalendar::holidayOn(day);
        if (!holiday.name.isEmpty())
            error(out, field, "date.holiday",
                  (holiday.federal
                          ? QCoreApplication::translate("RequestValidator", "Requested port date %1 is %2, a US federal holiday: choose a business day.")
                          : QCoreApplication::translate("RequestValidator", "Requested port date %1 is %2 (Settings, extra non-business days): choose a business day."))
                      .arg(day.toString(Qt::ISODate), holiday.name));
    }
    if (!hasErrors(out) && now.secsTo(at) < qint64(usualLeadDays) * 24 * 3600) {
        out.append({field, QStringLiteral("date.too-soon"),
                    QCoreApplication::translate("RequestValidator", "Requested port date %1 is less than two weeks away: ports usually take "
                       "2-4 weeks, so the carrier may offer a later date.")
                        .arg(day.toString(Qt::ISODate)),
                    Violation::Severity::Warning});
    }
    return out;
}

Violations RequestValidator::checkFocDate(const QDateTime &at, const QDateTime &now,
                                          const QString &field)
{
    Violations out;
    if (!at.isValid()) {
        error(out, field, "foc.required", QCoreApplication::translate("RequestValidator", "The FOC date and time is required."));
        return out;
    }
    const QDate day = at.date();
    if (at < now) {
        error(out, field, "foc.past",
              QCoreApplication::translate("RequestValidator", "FOC %1 is in the past.").arg(at.toString(Qt::ISODate)));
    }
    if (BusinessCalendar::isWeekend(day)) {
        error(out, field, "foc.not-business-day",
              QCoreApplication::translate("RequestValidator", "FOC date %1 is a weekend day: the FOC must be a business day.")
                  .arg(day.toString(Qt::ISODate)));
    } else {
        const Holiday holiday = BusinessCalendar::holidayOn(day);
        if (!holiday.name.isEmpty())
            error(out, field, "foc.not-business-day",
                  (holiday.federal
                          ? QCoreApplication::translate("RequestValidator", "FOC date %1 is %2, a US federal holiday: the FOC must be a business day.")
                          : QCoreApplication::translate("RequestValidator", "FOC date %1 is %2 (Settings, extra non-business days): the FOC must be a business day."))
                      .arg(day.toString(Qt::ISODate), holiday.name));
    }
    return out;
}

Violations RequestValidator::checkTimeZone(const PortInRequest &request)
{
    Violations out;
    if (request.timeZone.isEmpty())
        return out; // the offset alone: the zone is inferred from it and the address
    const QString id = QString::fromLatin1(request.timeZone);
    if (!QTimeZone::isTimeZoneIdAvailable(request.timeZone)) {
        error(out, QStringLiteral("timeZone"), "timeZone.unknown",
              QCoreApplication::translate("RequestValidator", "Time zone \"%1\" is not an IANA "
                 "time zone: use an id such as America/New_York, America/Chicago, "
                 "America/Denver, America/Phoenix or America/Los_Angeles.").arg(id));
        return out;
    }
    if (!UsTimeZones::isUsZone(request.timeZone)) {
        error(out, QStringLiteral("timeZone"), "timeZone.not-us",
              QCoreApplication::translate("RequestValidator", "Time zone \"%1\" is not in the "
                 "United States or its territories: give the zone of the service address, "
                 "such as America/Chicago.").arg(id));
        return out;
    }
    const QDateTime &at = request.requestedPortAt;
    if (!at.isValid())
        return out;
    const QTimeZone zone(request.timeZone);
    const int expected = zone.offsetFromUtc(at);
    if (expected != at.offsetFromUtc()) {
        const auto offsetText = [](int secs) {
            const int minutes = qAbs(secs) / 60;
            return QStringLiteral("%1%2:%3")
                .arg(secs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                .arg(minutes % 60, 2, 10, QLatin1Char('0'));
        };
        error(out, QStringLiteral("requestedPortAt"), "timeZone.offset-mismatch",
              QCoreApplication::translate("RequestValidator", "Requested port date is given with "
                 "offset %1 but time zone %2 is at %3 on %4: give the time in the zone's offset "
                 "(%5) or correct timeZone.")
                  .arg(offsetText(at.offsetFromUtc()), id, offsetText(expected),
                       at.toTimeZone(zone).date().toString(Qt::ISODate),
                       QString(at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
                           + offsetText(expected))));
    }
    return out;
}

Violations RequestValidator::validate(const PortInRequest &request, const QDateTime &now,
                                      const PortingContext *context,
                                      QList<NumberCheck> *numberChecks)
{
    Violations out;
    const bool voiceConnector = request.productType == ProductType::VoiceConnector;

    // Limits first: what breaks one is refused before any number is parsed.
    textlimits::checkText(out, request.voiceConnector, QStringLiteral("voiceConnector"),
        QStringLiteral("voiceConnector"), QCoreApplication::translate("RequestValidator", "Voice Connector name"), textlimits::maxConnectorName);
    textlimits::checkText(out, QString::fromUtf8(request.timeZone), QStringLiteral("timeZone"),
        QStringLiteral("timeZone"), QCoreApplication::translate("RequestValidator", "Time zone"), textlimits::maxTimeZone);
    for (qsizetype i = 0; i < request.carriers.size(); ++i)
        checkGroupTexts(out, request.carriers.at(i), groupPath(i));
    qsizetype numberCount = 0;
    for (const CarrierGroup &g : request.carriers)
        numberCount += g.numbers.size() + g.remainingNumbers.size();
    if (!withinNumberLimit(out, numberCount))
        return out;

    // Product type and Voice Connector.
    if (voiceConnector) {
        if (request.voiceConnector.trimmed().isEmpty())
            error(out, QStringLiteral("voiceConnector"), "voiceConnector.required",
                  QCoreApplication::translate("RequestValidator", "A Voice Connector port needs the Voice Connector that will receive the "
                     "numbers: create one first, then name it here."));
        else if (context && !context->voiceConnectorExists(request.voiceConnector.trimmed()))
            error(out, QStringLiteral("voiceConnector"), "voiceConnector.unknown",
                  QCoreApplication::translate("RequestValidator", "Voice Connector \"%1\" does not exist: create it first.")
                      .arg(request.voiceConnector.trimmed()));
    } else if (!request.voiceConnector.trimmed().isEmpty()) {
        error(out, QStringLiteral("voiceConnector"), "voiceConnector.not-applicable",
              QCoreApplication::translate("RequestValidator", "A Voice Connector is named but the product type is Business Calling: choose "
                 "Voice Connector or remove the connector."));
    }

    checkAdminEmail(out, request.adminEmail);

    out += checkPortDate(request.requestedPortAt, now, QStringLiteral("requestedPortAt"));
    out += checkTimeZone(request);

    if (request.carriers.isEmpty())
        error(out, QStringLiteral("carriers"), "carriers.required",
              QCoreApplication::translate("RequestValidator", "At least one carrier group with its numbers is required."));

    // Numbers: read all at once (fast path for long lists), then the rules.
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(request.allNumbers());
    QStringList validE164;
    validE164.reserve(checks.size());
    for (const NumberCheck &c : checks)
        if (c.ok)
            validE164.append(c.e164);
    const QSet<QString> inInventory =
        context ? context->numbersInInventory(validE164) : QSet<QString>();
    const QHash<QString, qint64> inOpenPort =
        context ? context->numbersInOpenPortIn(validE164) : QHash<QString, qint64>();

    // e164 -> where it first occurs (group, position): the numbers being
    // ported. The field path is only spelled out for a message.
    struct Place {
        qsizetype group;
        qsizetype position;
    };
    QHash<QString, Place> firstSeenAt;
    firstSeenAt.reserve(validE164.size());
    qsizetype index = 0;
    for (qsizetype i = 0; i < request.carriers.size(); ++i) {
        const CarrierGroup &g = request.carriers.at(i);
        const QString gp = groupPath(i);
        const QString listPath = gp + QStringLiteral(".numbers");
        if (g.numbers.isEmpty())
            error(out, listPath, "numbers.required",
                  QCoreApplication::translate("RequestValidator", "Carrier group %1 has no numbers to port.").arg(i + 1));
        int tollFree = 0;
        int geographic = 0;
        for (qsizetype j = 0; j < g.numbers.size(); ++j, ++index) {
            const NumberCheck &c = checks.at(index);
            if (!c.ok) {
                out.append({numberPath(listPath, j), c.rule, c.message});
                continue;
            }
            c.tollFree ? ++tollFree : ++geographic;
            if (c.tollFree && !voiceConnector)
                error(out, numberPath(listPath, j), "number.toll-free-business-calling",
                      QCoreApplication::translate("RequestValidator", "%1 is a toll-free number: toll-free numbers can be ported for Voice "
                         "Connector only, not for Business Calling.")
                          .arg(PhoneNumbers::formatNational(c.e164)));
            const auto seen = firstSeenAt.constFind(c.e164);
            if (seen != firstSeenAt.cend()) {
                const QString first = numberPath(
                    groupPath(seen->group) + QStringLiteral(".numbers"), seen->position);
                error(out, numberPath(listPath, j), "number.duplicate",
                      QCoreApplication::translate("RequestValidator", "%1 is listed twice in this request (also at %2).")
                          .arg(PhoneNumbers::formatNational(c.e164), first));
                continue;
            }
            firstSeenAt.insert(c.e164, Place { i, j });
            if (inInventory.contains(c.e164))
                error(out, numberPath(listPath, j), "number.in-inventory",
                      QCoreApplication::translate("RequestValidator", "%1 is already in the phone number inventory.")
                          .arg(PhoneNumbers::formatNational(c.e164)));
            const auto open = inOpenPort.constFind(c.e164);
            if (open != inOpenPort.cend() && open.value() == 0) // another account's case
                error(out, numberPath(listPath, j), "number.in-open-port",
                      QCoreApplication::translate("RequestValidator", "%1 is already in an open port-in of another account.")
                          .arg(PhoneNumbers::formatNational(c.e164)));
            else if (open != inOpenPort.cend())
                error(out, numberPath(listPath, j), "number.in-open-port",
                      QCoreApplication::translate("RequestValidator", "%1 is already in open port-in case %2.")
                          .arg(PhoneNumbers::formatNational(c.e164))
                          .arg(open.value()));
        }
        if (tollFree > 0 && geographic > 0)
            error(out, listPath, "numbers.mixed-toll-free",
                  QCoreApplication::translate("RequestValidator", "Carrier group %1 mixes toll-free and local numbers: toll-free numbers go "
                     "in a group of their own (a separate LOA).").arg(i + 1));

        requireText(out, g.authorizingPerson, gp + QStringLiteral(".authorizingPerson"),
                    "authorizingPerson.required",
                    QCoreApplication::translate("RequestValidator", "Authorizing person is required: the person in charge of account billing "
                       "with the current carrier."));
        requireText(out, g.customerName, gp + QStringLiteral(".customerName"),
                    "customerName.required",
                    QCoreApplication::translate("RequestValidator", "Customer name is required, as it appears in the current carrier "
                       "contract."));
        const QString ap = gp + QStringLiteral(".serviceAddress");
        requireText(out, g.serviceAddress.street, ap + QStringLiteral(".street"),
                    "serviceAddress.street.required",
                    QCoreApplication::translate("RequestValidator", "Service address street is required, as on the carrier contract."));
        requireText(out, g.serviceAddress.city, ap + QStringLiteral(".city"),
                    "serviceAddress.city.required",
                    QCoreApplication::translate("RequestValidator", "Service address city is required, as on the carrier contract."));
        if (g.serviceAddress.state.trimmed().isEmpty())
            error(out, ap + QStringLiteral(".state"), "serviceAddress.state.required",
                  QCoreApplication::translate("RequestValidator", "Service address state is required (two-letter code such as WA)."));
        else if (!isUsStateCode(g.serviceAddress.state))
            error(out, ap + QStringLiteral(".state"), "serviceAddress.state.invalid",
                  QCoreApplication::translate("RequestValidator", "Service address state \"%1\" is not a US state or territory code.")
                      .arg(g.serviceAddress.state));
        if (g.serviceAddress.zip.trimmed().isEmpty())
            error(out, ap + QStringLiteral(".zip"), "serviceAddress.zip.required",
                  QCoreApplication::translate("RequestValidator", "Service address ZIP code is required."));
        else if (!isValidZip(g.serviceAddress.zip))
            error(out, ap + QStringLiteral(".zip"), "serviceAddress.zip.invalid",
                  QCoreApplication::translate("RequestValidator", "ZIP code \"%1\" is not valid: use 5 digits or ZIP+4 (12345-6789).")
                      .arg(g.serviceAddress.zip));
    }

    // BTNs, and what happens to a BTN that is itself ported.
    QSet<QString> btns;
    bool btnPorted = false;
    for (qsizetype i = 0; i < request.carriers.size(); ++i) {
        const QString btn = checkSingleNumber(out, request.carriers.at(i).btn,
                                              groupPath(i) + QStringLiteral(".btn"),
                                              "btn.required",
                                              QCoreApplication::translate("RequestValidator", "Billing Telephone Number (BTN)"));
        if (btn.isEmpty())
            continue;
        btns.insert(btn);
        btnPorted = btnPorted || firstSeenAt.contains(btn);
    }
    if (btnPorted && request.btnOption == BtnOption::None)
        error(out, QStringLiteral("btnOption"), "btnOption.required",
              QCoreApplication::translate("RequestValidator", "The BTN is among the numbers being ported: choose what happens to it "
                 "(replace it, close the account, or each number is its own BTN)."));
    if (!btnPorted && request.btnOption != BtnOption::None && !btns.isEmpty())
        error(out, QStringLiteral("btnOption"), "btnOption.not-applicable",
              QCoreApplication::translate("RequestValidator", "A BTN option is chosen but no BTN is among the numbers being ported: "
                 "choose \"none\" or add the BTN to the numbers."));
    if (request.btnOption == BtnOption::Replace) {
        const QString newBtn = checkSingleNumber(out, request.newBtn, QStringLiteral("newBtn"),
                                                 "newBtn.required", QCoreApplication::translate("RequestValidator", "New BTN"));
        if (!newBtn.isEmpty() && btns.contains(newBtn))
            error(out, QStringLiteral("newBtn"), "newBtn.same-as-btn",
                  QCoreApplication::translate("RequestValidator", "The new BTN %1 is the BTN being replaced: give a different number on the "
                     "same account.").arg(PhoneNumbers::formatNational(newBtn)));
        else if (!newBtn.isEmpty() && firstSeenAt.contains(newBtn))
            error(out, QStringLiteral("newBtn"), "newBtn.being-ported",
                  QCoreApplication::translate("RequestValidator", "The new BTN %1 is itself being ported: it must stay with the current "
                     "carrier.").arg(PhoneNumbers::formatNational(newBtn)));
    } else if (!request.newBtn.trimmed().isEmpty()) {
        error(out, QStringLiteral("newBtn"), "newBtn.not-applicable",
              QCoreApplication::translate("RequestValidator", "A new BTN is given but the BTN option is not \"replace\"."));
    }
    // What each LOA needs beyond the seed's fields.
    QSet<QString> ported;
    ported.reserve(firstSeenAt.size());
    for (auto it = firstSeenAt.cbegin(); it != firstSeenAt.cend(); ++it)
        ported.insert(it.key());
    for (qsizetype i = 0; i < request.carriers.size(); ++i)
        checkLoaFields(out, request.carriers.at(i), groupPath(i), ported);

    if (numberChecks)
        *numberChecks = checks;
    return out;
}

Violations RequestValidator::validate(const PortOutRequest &request,
                                      const QHash<QString, InventoryFacts> &inventory)
{
    Violations out;
    checkAdminEmail(out, request.adminEmail);
    if (!withinNumberLimit(out, request.numbers.size()))
        return out;
    if (request.numbers.isEmpty())
        error(out, QStringLiteral("numbers"), "numbers.required",
              QCoreApplication::translate("RequestValidator", "At least one number to port out is required."));

    const QList<NumberCheck> checks = PhoneNumbers::checkAll(request.numbers);
    QHash<QString, QString> firstSeenAt;
    const QString wanted = toString(request.productType);
    for (qsizetype j = 0; j < checks.size(); ++j) {
        const NumberCheck &c = checks.at(j);
        const QString path = numberPath(QStringLiteral("numbers"), j);
        if (!c.ok) {
            out.append({path, c.rule, c.message});
            continue;
        }
        const QString shown = PhoneNumbers::formatNational(c.e164);
        const auto seen = firstSeenAt.constFind(c.e164);
        if (seen != firstSeenAt.cend()) {
            error(out, path, "number.duplicate",
                  QCoreApplication::translate("RequestValidator", "%1 is listed twice in this request (also at %2).").arg(shown, seen.value()));
            continue;
        }
        firstSeenAt.insert(c.e164, path);
        const auto facts = inventory.constFind(c.e164);
        if (facts == inventory.cend()) {
            error(out, path, "number.not-in-inventory",
                  QCoreApplication::translate("RequestValidator", "%1 is not in the phone number inventory: only numbers you hold can be "
                     "ported out.").arg(shown));
            continue;
        }
        if (facts->productType != wanted)
            error(out, path, "number.wrong-product-type",
                  QCoreApplication::translate("RequestValidator", "%1 is a %2 number, not %3.").arg(shown, facts->productType, wanted));
        if (facts->status == QLatin1String("PortoutInProgress"))
            error(out, path, "number.in-open-port-out",
                  QCoreApplication::translate("RequestValidator", "%1 is already in an open port-out.").arg(shown));
        else if (facts->status == QLatin1String("DeleteInProgress"))
            error(out, path, "number.deleted",
                  QCoreApplication::translate("RequestValidator", "%1 is in the deletion queue: restore it first.").arg(shown));
        else if (facts->status == QLatin1String("PortinInProgress"))
            error(out, path, "number.not-active",
                  QCoreApplication::translate("RequestValidator", "%1 is still being ported in: it can be ported out once active.").arg(shown));
    }
    return out;
}

} // namespace portdesk
