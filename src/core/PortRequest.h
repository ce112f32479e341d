// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Violation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

enum class ProductType { BusinessCalling, VoiceConnector };
QString toString(ProductType type);                       // "BusinessCalling"
bool productTypeFromString(const QString &text, ProductType *out);

// What happens to the Billing Telephone Number when it is itself ported
// (the seed's three options, plus "none" when the BTN stays).
enum class BtnOption { None, Replace, Close, EachNumberOwnBtn };
QString toString(BtnOption option);                       // "none", "replace", ...
bool btnOptionFromString(const QString &text, BtnOption *out);
// The seed's exact sentence for an option (empty for None).
QString btnOptionSentence(BtnOption option);

// Whom the carrier account belongs to: the losing carrier checks a business
// account against a business name, a residential one against a person's.
enum class CustomerType { Unspecified, Business, Residential };
QString toString(CustomerType type);                      // "", "business", "residential"
bool customerTypeFromString(const QString &text, CustomerType *out);

// Whether the request moves every number on the carrier account (full port)
// or leaves some with the carrier (partial port). Unspecified in requests
// filed before PortDesk asked.
enum class PortScope { Unspecified, Full, Partial };
QString toString(PortScope scope);                        // "", "full", "partial"
bool portScopeFromString(const QString &text, PortScope *out);

struct ServiceAddress
{
    QString street;
    QString city;
    QString state;   // two-letter USPS code
    QString zip;     // 12345 or 12345-6789

    bool operator==(const ServiceAddress &o) const
    {
        return street == o.street && city == o.city && state == o.state && zip == o.zip;
    }
};

// The numbers held at one carrier account: one LOA each.
struct CarrierGroup
{
    QString carrier;             // optional ("if known")
    QString btn;                 // as typed or E.164
    QString authorizingPerson;
    QString authorizingTitle;    // required for a business account
    QString authorizingPhone;    // the authorizing person's phone, as typed or E.164
    QString authorizingEmail;    // optional
    QString accountNumber;       // optional, secret
    QString pin;                 // optional, secret
    CustomerType customerType = CustomerType::Unspecified;
    QString customerName;
    ServiceAddress serviceAddress;
    QStringList numbers;         // as typed or E.164
    PortScope portScope = PortScope::Unspecified;   // JSON "portType"
    QStringList remainingNumbers;   // partial port: the numbers that stay with the carrier
    // Toll-free groups: the RespOrg that manages the numbers now (name or
    // ID, if known) and the RespOrg ID they move to.
    QString currentRespOrg;
    QString targetRespOrgId;

    // A group of toll-free numbers (decided by its first number, as the
    // wizard groups them): its LOA is a RespOrg change.
    bool isTollFree() const;

    bool operator==(const CarrierGroup &o) const;
};

struct PortInRequest
{
    ProductType productType = ProductType::BusinessCalling;
    QString voiceConnector;      // name, Voice Connector only
    QString adminEmail;
    QDateTime requestedPortAt;   // with the offset the admin gave
    // The customer's IANA time zone ("America/Chicago", JSON "timeZone");
    // empty in a request filed before schema 11 or a file that gives only an
    // offset (customerTimeZone() infers it then). requestedPortAt's offset is
    // the zone's at that date (RequestValidator checks).
    QByteArray timeZone;
    BtnOption btnOption = BtnOption::None;
    QString newBtn;              // only for BtnOption::Replace
    QList<CarrierGroup> carriers;

    // Every number of every group, as written in the request.
    QStringList allNumbers() const;

    QJsonObject toJson() const;
    // Reads the DESIGN.md request file shape. Shape errors (a field of the
    // wrong JSON type, an unknown enum value) are appended to problems with
    // the field path; what could be read is still returned.
    static PortInRequest fromJson(const QJsonObject &json, Violations *problems);

    bool operator==(const PortInRequest &o) const;
};

struct PortOutRequest
{
    ProductType productType = ProductType::BusinessCalling;
    QString adminEmail;
    QStringList numbers;

    QJsonObject toJson() const;
    static PortOutRequest fromJson(const QJsonObject &json, Violations *problems);
};

// The request-file names of the fields a change request may name
// ("accountNumber", "serviceAddress", ...), in request order.
QStringList changeableFieldNames();

} // namespace portdesk
