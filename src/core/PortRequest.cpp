// SPDX-License-Identifier: Apache-2.0
#include "PortRequest.h"

#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QTimeZone>

#include <initializer_list>

namespace portdesk {

namespace {

// A member the request file does not know is probably a typo ("acountNumber"):
// say so, because what it held would otherwise be lost without a word.
void warnUnknownKeys(const QJsonObject &json, std::initializer_list<const char *> known,
                     const QString &path, Violations *problems)
{
    if (!problems)
        return;
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool isKnown = false;
        for (const char *k : known)
            isKnown = isKnown || it.key() == QLatin1String(k);
        if (!isKnown) {
            const QString field = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            problems->append({field, QStringLiteral("json.unknown-field"),
                              QCoreApplication::translate("PortRequest",
                                  "%1 is not a field of the request file and was ignored: check "
                                  "its spelling.").arg(field),
                              Violation::Severity::Warning});
        }
    }
}

void addShapeProblem(Violations *problems, const QString &field, const QString &message)
{
    if (problems)
        problems->append({field, QStringLiteral("json.shape"), message});
}

// Reads an optional string member; a member of another JSON type is a problem.
QString readString(const QJsonObject &json, const char *key, const QString &path,
                   Violations *problems)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        addShapeProblem(problems, path,
                        QCoreApplication::translate("PortRequest", "%1 must be a text value in quotes.").arg(path));
        return {};
    }
    return value.toString().trimmed();
}

QStringList readNumbers(const QJsonObject &json, const QString &path, Violations *problems,
                        const char *key = "numbers")
{
    const QJsonValue value = json.value(QLatin1String(key));
    QStringList numbers;
    if (value.isUndefined() || value.isNull())
        return numbers;
    if (!value.isArray()) {
        addShapeProblem(problems, path, QCoreApplication::translate("PortRequest", "%1 must be a list of phone numbers.").arg(path));
        return numbers;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isString()) {
            numbers.append(item.toString().trimmed());
        } else {
            const QString itemPath = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            addShapeProblem(problems, itemPath,
                            QCoreApplication::translate("PortRequest", "%1 must be a phone number in quotes.").arg(itemPath));
            numbers.append(QString());
        }
    }
    return numbers;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString toString(ProductType type)
{
    return type == ProductType::VoiceConnector ? QStringLiteral("VoiceConnector")
                                               : QStringLiteral("BusinessCalling");
}

bool productTypeFromString(const QString &text, ProductType *out)
{
    if (text == QLatin1String("BusinessCalling"))
        *out = ProductType::BusinessCalling;
    else if (text == QLatin1String("VoiceConnector"))
        *out = ProductType::VoiceConnector;
    else
        return false;
    return true;
}

QString toString(BtnOption option)
{
    switch (option) {
    case BtnOption::None: return QStringLiteral("none");
    case BtnOption::Replace: return QStringLiteral("replace");
    case BtnOption::Close: return QStringLiteral("close");
    case BtnOption::EachNumberOwnBtn: return QStringLiteral("eachNumberOwnBtn");
    }
    return QStringLiteral("none");
}

bool btnOptionFromString(const QString &text, BtnOption *out)
{
    for (BtnOption option : {BtnOption::None, BtnOption::Replace, BtnOption::Close,
                             BtnOption::EachNumberOwnBtn}) {
        if (text == toString(option)) {
            *out = option;
            return true;
        }
    }
    return false;
}

QString btnOptionSentence(BtnOption option)
{
    // The seed's exact wording.
    switch (option) {
    case BtnOption::None: return {};
    case BtnOption::Replace:
        return QCoreApplication::translate("PortRequest", "I am porting my BTN and I want to replace it with a new BTN that I am "
                  "providing. I can confirm that this new BTN is on the same account with the "
                  "current carrier.");
    case BtnOption::Close:
        return QCoreApplication::translate("PortRequest", "I am porting my BTN and I want to close out my account with my current "
                  "carrier.");
    case BtnOption::EachNumberOwnBtn:
        return QCoreApplication::translate("PortRequest", "I am porting my BTN because my account is currently set up so that each "
                  "phone number is its own BTN.");
    }
    return {};
}

QString toString(CustomerType type)
{
    switch (type) {
    case CustomerType::Unspecified: return {};
    case CustomerType::Business: return QStringLiteral("business");
    case CustomerType::Residential: return QStringLiteral("residential");
    }
    return {};
}

bool customerTypeFromString(const QString &text, CustomerType *out)
{
    for (CustomerType type : {CustomerType::Business, CustomerType::Residential}) {
        if (text.compare(toString(type), Qt::CaseInsensitive) == 0) {
            *out = type;
            return true;
        }
    }
    return false;
}

QString toString(PortScope scope)
{
    switch (scope) {
    case PortScope::Unspecified: return {};
    case PortScope::Full: return QStringLiteral("full");
    case PortScope::Partial: return QStringLiteral("partial");
    }
    return {};
}

bool portScopeFromString(const QString &text, PortScope *out)
{
    for (PortScope scope : {PortScope::Full, PortScope::Partial}) {
        if (text.compare(toString(scope), Qt::CaseInsensitive) == 0) {
            *out = scope;
            return true;
        }
    }
    return false;
}

bool CarrierGroup::isTollFree() const
{
    return !numbers.isEmpty() && PhoneNumbers::check(numbers.first()).tollFree;
}

bool CarrierGroup::operator==(const CarrierGroup &o) const
{
    return carrier == o.carrier && btn == o.btn && authorizingPerson == o.authorizingPerson
        && authorizingTitle == o.authorizingTitle && authorizingPhone == o.authorizingPhone
        && authorizingEmail == o.authorizingEmail && accountNumber == o.accountNumber
        && pin == o.pin && customerType == o.customerType && customerName == o.customerName
        && serviceAddress == o.serviceAddress && numbers == o.numbers
        && portScope == o.portScope && remainingNumbers == o.remainingNumbers
        && currentRespOrg == o.currentRespOrg && targetRespOrgId == o.targetRespOrgId;
}

QStringList PortInRequest::allNumbers() const
{
    QStringList all;
    for (const CarrierGroup &group : carriers)
        all += group.numbers;
    return all;
}

QJsonObject PortInRequest::toJson() const
{
    QJsonArray groups;
    for (const CarrierGroup &g : carriers) {
        QJsonObject address{{QStringLiteral("street"), g.serviceAddress.street},
                            {QStringLiteral("city"), g.serviceAddress.city},
                            {QStringLiteral("state"), g.serviceAddress.state},
                            {QStringLiteral("zip"), g.serviceAddress.zip}};
        QJsonObject group{{QStringLiteral("carrier"), g.carrier},
                          {QStringLiteral("btn"), g.btn},
                          {QStringLiteral("authorizingPerson"), g.authorizingPerson},
                          {QStringLiteral("accountNumber"), g.accountNumber},
                          {QStringLiteral("pin"), g.pin},
                          {QStringLiteral("customerName"), g.customerName},
                          {QStringLiteral("serviceAddress"), address},
                          {QStringLiteral("numbers"), toArray(g.numbers)}};
        // The LOA's fields added later are written only when given, so that a
        // request filed before them reads back and compares as it was.
        const auto insertIfGiven = [&group](const char *key, const QString &value) {
            if (!value.isEmpty())
                group.insert(QLatin1String(key), value);
        };
        insertIfGiven("authorizingTitle", g.authorizingTitle);
        insertIfGiven("authorizingPhone", g.authorizingPhone);
        insertIfGiven("authorizingEmail", g.authorizingEmail);
        insertIfGiven("customerType", toString(g.customerType));
        insertIfGiven("portType", toString(g.portScope));
        if (!g.remainingNumbers.isEmpty())
            group.insert(QStringLiteral("remainingNumbers"), toArray(g.remainingNumbers));
        insertIfGiven("currentRespOrg", g.currentRespOrg);
        insertIfGiven("targetRespOrgId", g.targetRespOrgId);
        groups.append(group);
    }
    QJsonObject json{
        {QStringLiteral("productType"), toString(productType)},
        {QStringLiteral("voiceConnector"), nullIfEmpty(voiceConnector)},
        {QStringLiteral("adminEmail"), adminEmail},
        {QStringLiteral("requestedPortAt"),
         requestedPortAt.isValid() ? QJsonValue(requestedPortAt.toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("btnOption"), toString(btnOption)},
        {QStringLiteral("newBtn"), nullIfEmpty(newBtn)},
        {QStringLiteral("carriers"), groups},
    };
    // Written only when known, so that a request filed before it reads back
    // and compares as it was.
    if (!timeZone.isEmpty())
        json.insert(QStringLiteral("timeZone"), QString::fromLatin1(timeZone));
    return json;
}

PortInRequest PortInRequest::fromJson(const QJsonObject &json, Violations *problems)
{
    PortInRequest r;
    warnUnknownKeys(json, {"productType", "voiceConnector", "adminEmail", "requestedPortAt",
                           "timeZone", "btnOption", "newBtn", "carriers"},
                    QString(), problems);
    const QString product = readString(json, "productType", QStringLiteral("productType"), problems);
    if (!product.isEmpty() && !productTypeFromString(product, &r.productType)) {
        addShapeProblem(problems, QStringLiteral("productType"),
                        QCoreApplication::translate("PortRequest", "Product type \"%1\" is not known: use BusinessCalling or "
                           "VoiceConnector.").arg(product));
    } else if (product.isEmpty()) {
        if (problems)
            problems->append({QStringLiteral("productType"), QStringLiteral("productType.required"),
                              QCoreApplication::translate("PortRequest", "Product type is required: BusinessCalling or VoiceConnector.")});
    }
    r.voiceConnector = readString(json, "voiceConnector", QStringLiteral("voiceConnector"), problems);
    r.adminEmail = readString(json, "adminEmail", QStringLiteral("adminEmail"), problems);

    // Kept as written (RequestValidator names an unknown zone); only a
    // known zone is used to read a date given without an offset.
    r.timeZone = readString(json, "timeZone", QStringLiteral("timeZone"), problems).toLatin1();
    const QTimeZone zone = !r.timeZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(r.timeZone)
        ? QTimeZone(r.timeZone)
        : QTimeZone();

    const QString at = readString(json, "requestedPortAt", QStringLiteral("requestedPortAt"), problems);
    if (!at.isEmpty()) {
        r.requestedPortAt = QDateTime::fromString(at, Qt::ISODate);
        if (!r.requestedPortAt.isValid()) {
            addShapeProblem(problems, QStringLiteral("requestedPortAt"),
                            QCoreApplication::translate("PortRequest", "Requested port date \"%1\" is not a date and time in ISO 8601 "
                               "form, such as 2026-12-15T10:00:00-05:00.").arg(at));
        } else if (r.requestedPortAt.timeSpec() == Qt::LocalTime && zone.isValid()) {
            // A wall-clock time in the request's zone: kept with that zone's
            // offset on that date.
            const QDateTime inZone(r.requestedPortAt.date(), r.requestedPortAt.time(), zone);
            r.requestedPortAt = QDateTime(inZone.date(), inZone.time(), Qt::OffsetFromUTC,
                                          inZone.offsetFromUtc());
        } else if (r.requestedPortAt.timeSpec() == Qt::LocalTime) {
            // Without an offset the time would depend on this machine's zone.
            if (problems)
                problems->append({QStringLiteral("requestedPortAt"), QStringLiteral("date.no-offset"),
                                  QCoreApplication::translate("PortRequest", "Requested port date \"%1\" has no time zone: add the offset, "
                                     "such as 2026-12-15T10:00:00-05:00.").arg(at)});
            r.requestedPortAt = QDateTime();
        }
    }

    const QString option = readString(json, "btnOption", QStringLiteral("btnOption"), problems);
    if (!option.isEmpty() && !btnOptionFromString(option, &r.btnOption))
        addShapeProblem(problems, QStringLiteral("btnOption"),
                        QCoreApplication::translate("PortRequest", "BTN option \"%1\" is not known: use none, replace, close or "
                           "eachNumberOwnBtn.").arg(option));
    r.newBtn = readString(json, "newBtn", QStringLiteral("newBtn"), problems);

    const QJsonValue carriers = json.value(QLatin1String("carriers"));
    if (!carriers.isUndefined() && !carriers.isNull() && !carriers.isArray())
        addShapeProblem(problems, QStringLiteral("carriers"),
                        QCoreApplication::translate("PortRequest", "carriers must be a list of carrier groups."));
    const QJsonArray groups = carriers.toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = QStringLiteral("carriers[%1]").arg(i);
        if (!groups.at(i).isObject()) {
            addShapeProblem(problems, path, QCoreApplication::translate("PortRequest", "%1 must be a carrier group object.").arg(path));
            r.carriers.append(CarrierGroup());
            continue;
        }
        const QJsonObject g = groups.at(i).toObject();
        warnUnknownKeys(g, {"carrier", "btn", "authorizingPerson", "authorizingTitle",
                            "authorizingPhone", "authorizingEmail", "accountNumber", "pin",
                            "customerType", "customerName", "serviceAddress", "numbers",
                            "portType", "remainingNumbers", "currentRespOrg", "targetRespOrgId"},
                        path, problems);
        CarrierGroup group;
        group.carrier = readString(g, "carrier", path + QStringLiteral(".carrier"), problems);
        group.btn = readString(g, "btn", path + QStringLiteral(".btn"), problems);
        group.authorizingPerson =
            readString(g, "authorizingPerson", path + QStringLiteral(".authorizingPerson"), problems);
        group.authorizingTitle =
            readString(g, "authorizingTitle", path + QStringLiteral(".authorizingTitle"), problems);
        group.accountNumber =
            readString(g, "accountNumber", path + QStringLiteral(".accountNumber"), problems);
        group.pin = readString(g, "pin", path + QStringLiteral(".pin"), problems);
        group.customerName =
            readString(g, "customerName", path + QStringLiteral(".customerName"), problems);
        const QString addressPath = path + QStringLiteral(".serviceAddress");
        const QJsonValue address = g.value(QLatin1String("serviceAddress"));
        if (address.isObject()) {
            const QJsonObject a = address.toObject();
            warnUnknownKeys(a, {"street", "city", "state", "zip"}, addressPath, problems);
            group.serviceAddress.street = readString(a, "street", addressPath + QStringLiteral(".street"), problems);
            group.serviceAddress.city = readString(a, "city", addressPath + QStringLiteral(".city"), problems);
            group.serviceAddress.state = readString(a, "state", addressPath + QStringLiteral(".state"), problems).toUpper();
            group.serviceAddress.zip = readString(a, "zip", addressPath + QStringLiteral(".zip"), problems);
        } else if (!address.isUndefined() && !address.isNull()) {
            addShapeProblem(problems, addressPath,
                            QCoreApplication::translate("PortRequest", "%1 must be an object with street, city, state and zip.").arg(addressPath));
        }
        group.numbers = readNumbers(g, path + QStringLiteral(".numbers"), problems);

        group.authorizingPhone =
            readString(g, "authorizingPhone", path + QStringLiteral(".authorizingPhone"), problems);
        group.authorizingEmail =
            readString(g, "authorizingEmail", path + QStringLiteral(".authorizingEmail"), problems);
        const QString customerType =
            readString(g, "customerType", path + QStringLiteral(".customerType"), problems);
        if (!customerType.isEmpty() && !customerTypeFromString(customerType, &group.customerType))
            addShapeProblem(problems, path + QStringLiteral(".customerType"),
                            QCoreApplication::translate("PortRequest", "Customer type \"%1\" is not known: use business or "
                               "residential.").arg(customerType));
        const QString portType =
            readString(g, "portType", path + QStringLiteral(".portType"), problems);
        if (!portType.isEmpty() && !portScopeFromString(portType, &group.portScope))
            addShapeProblem(problems, path + QStringLiteral(".portType"),
                            QCoreApplication::translate("PortRequest", "Port type \"%1\" is not known: use full (every number on "
                               "the account moves) or partial (some stay with the carrier).").arg(portType));
        group.remainingNumbers = readNumbers(g, path + QStringLiteral(".remainingNumbers"),
                                             problems, "remainingNumbers");
        group.currentRespOrg =
            readString(g, "currentRespOrg", path + QStringLiteral(".currentRespOrg"), problems);
        group.targetRespOrgId =
            readString(g, "targetRespOrgId", path + QStringLiteral(".targetRespOrgId"), problems)
                .toUpper();
        r.carriers.append(group);
    }
    return r;
}

bool PortInRequest::operator==(const PortInRequest &o) const
{
    return productType == o.productType && voiceConnector == o.voiceConnector
        && adminEmail == o.adminEmail && requestedPortAt == o.requestedPortAt
        && timeZone == o.timeZone
        && btnOption == o.btnOption && newBtn == o.newBtn && carriers == o.carriers;
}

QJsonObject PortOutRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("productType"), toString(productType)},
                       {QStringLiteral("adminEmail"), adminEmail},
                       {QStringLiteral("numbers"), toArray(numbers)}};
}

PortOutRequest PortOutRequest::fromJson(const QJsonObject &json, Violations *problems)
{
    PortOutRequest r;
    warnUnknownKeys(json, {"productType", "adminEmail", "numbers"}, QString(), problems);
    const QString product = readString(json, "productType", QStringLiteral("productType"), problems);
    if (product.isEmpty()) {
        if (problems)
            problems->append({QStringLiteral("productType"), QStringLiteral("productType.required"),
                              QCoreApplication::translate("PortRequest", "Product type is required: BusinessCalling or VoiceConnector.")});
    } else if (!productTypeFromString(product, &r.productType)) {
        addShapeProblem(problems, QStringLiteral("productType"),
                        QCoreApplication::translate("PortRequest", "Product type \"%1\" is not known: use BusinessCalling or "
                           "VoiceConnector.").arg(product));
    }
    r.adminEmail = readString(json, "adminEmail", QStringLiteral("adminEmail"), problems);
    r.numbers = readNumbers(json, QStringLiteral("numbers"), problems);
    return r;
}

QStringList changeableFieldNames()
{
    return {QStringLiteral("productType"),      QStringLiteral("voiceConnector"),
            QStringLiteral("adminEmail"),       QStringLiteral("requestedPortAt"),
            QStringLiteral("btnOption"),        QStringLiteral("newBtn"),
            QStringLiteral("carrier"),          QStringLiteral("btn"),
            QStringLiteral("authorizingPerson"), QStringLiteral("authorizingTitle"),
            QStringLiteral("authorizingPhone"), QStringLiteral("authorizingEmail"),
            QStringLiteral("accountNumber"),    QStringLiteral("pin"),
            QStringLiteral("customerType"),     QStringLiteral("customerName"),
            QStringLiteral("serviceAddress"),   QStringLiteral("numbers"),
            QStringLiteral("portType"),         QStringLiteral("remainingNumbers"),
            QStringLiteral("currentRespOrg"),   QStringLiteral("targetRespOrgId")};
}

} // namespace portdesk
