// SPDX-License-Identifier: Apache-2.0
#include "LoaContent.h"

#include "core/PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace portdesk {

namespace {

// The LOA's fields in the order the document shows them; serviceAddress is
// an object, numbers an array, the rest text.
const char *const kContentKeys[] = { "customerType", "customerName", "serviceAddress", "btn",
    "carrier", "currentRespOrg", "targetRespOrgId", "accountNumber", "pin", "authorizingPerson",
    "authorizingTitle", "authorizingPhone", "authorizingEmail", "productType", "requestedPortAt",
    "btnOption", "newBtn", "portType", "remainingNumbers", "numbers" };
const char *const kAddressKeys[] = { "street", "city", "state", "zip" };

bool isSecretField(const QString &field)
{
    return field == QLatin1String("accountNumber") || field == QLatin1String("pin");
}

// Numbers compare as a set: the same numbers in another order are the same
// authorization.
QJsonObject canonical(QJsonObject content)
{
    QStringList numbers;
    const QJsonArray array = content.value(QLatin1String("numbers")).toArray();
    for (const QJsonValue &n : array)
        numbers << n.toString();
    numbers.sort();
    content.insert(QStringLiteral("numbers"), QJsonArray::fromStringList(numbers));
    return content;
}


QString groupLabel(const PortInRequest &request, int index)
{
    const QString carrier = request.carriers.at(index).carrier.trimmed();
    return carrier.isEmpty()
        ? LoaContent::tr("carrier group %1").arg(index + 1)
        : LoaContent::tr("carrier group %1 (%2)").arg(index + 1).arg(carrier);
}

} // namespace

QString LoaContent::changedFieldsText(const QJsonObject &older, const QJsonObject &newer)
{
    QStringList fields;
    for (const LoaFieldChange &c : LoaContent::diff(older, newer)) {
        if (!fields.contains(c.field))
            fields << c.field;
    }
    return fields.join(QStringLiteral(", "));
}

QJsonObject LoaContent::forGroup(const PortInRequest &request, int carrierIndex)
{
    if (carrierIndex < 0 || carrierIndex >= request.carriers.size())
        return {};
    const CarrierGroup &g = request.carriers.at(carrierIndex);
    const bool replace = request.btnOption == BtnOption::Replace;
    QStringList typed { g.btn, replace ? request.newBtn : QString() };
    typed << g.numbers;
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(typed);
    QStringList e164;
    e164.reserve(typed.size());
    for (qsizetype i = 0; i < typed.size(); ++i)
        e164 << (checks.at(i).e164.isEmpty() ? typed.at(i).trimmed() : checks.at(i).e164);

    const ServiceAddress &a = g.serviceAddress;
    QJsonObject content {
        { QStringLiteral("customerName"), g.customerName.trimmed() },
        { QStringLiteral("serviceAddress"),
            QJsonObject { { QStringLiteral("street"), a.street.trimmed() },
                { QStringLiteral("city"), a.city.trimmed() },
                { QStringLiteral("state"), a.state.trimmed() },
                { QStringLiteral("zip"), a.zip.trimmed() } } },
        { QStringLiteral("btn"), e164.at(0) },
        { QStringLiteral("carrier"), g.carrier.trimmed() },
        { QStringLiteral("accountNumber"), g.accountNumber.trimmed() },
        { QStringLiteral("pin"), g.pin.trimmed() },
        { QStringLiteral("authorizingPerson"), g.authorizingPerson.trimmed() },
        { QStringLiteral("authorizingTitle"), g.authorizingTitle.trimmed() },
        { QStringLiteral("productType"), toString(request.productType) },
        { QStringLiteral("requestedPortAt"),
            request.requestedPortAt.isValid() ? request.requestedPortAt.toString(Qt::ISODate)
                                              : QString() },
        { QStringLiteral("btnOption"), toString(request.btnOption) },
        { QStringLiteral("newBtn"), e164.at(1) },
        { QStringLiteral("numbers"), QJsonArray::fromStringList(e164.mid(2)) },
    };
    // The fields added to the LOA later are part of what is signed when
    // given; absent, a version signed before them still fits.
    const auto addIfGiven = [&content](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            content.insert(QLatin1String(key), value.trimmed());
    };
    addIfGiven("customerType", toString(g.customerType));
    if (!g.authorizingPhone.trimmed().isEmpty()) {
        const NumberCheck phone = PhoneNumbers::check(g.authorizingPhone);
        addIfGiven("authorizingPhone", phone.e164.isEmpty() ? g.authorizingPhone : phone.e164);
    }
    addIfGiven("authorizingEmail", g.authorizingEmail);
    addIfGiven("portType", toString(g.portScope));
    addIfGiven("currentRespOrg", g.currentRespOrg);
    addIfGiven("targetRespOrgId", g.targetRespOrgId);
    if (!g.remainingNumbers.isEmpty()) {
        QStringList remaining;
        const QList<NumberCheck> staying = PhoneNumbers::checkAll(g.remainingNumbers);
        for (qsizetype i = 0; i < staying.size(); ++i)
            remaining << (staying.at(i).e164.isEmpty() ? g.remainingNumbers.at(i).trimmed()
                                                       : staying.at(i).e164);
        content.insert(QStringLiteral("remainingNumbers"), QJsonArray::fromStringList(remaining));
    }
    return content;
}

QList<LoaFieldChange> LoaContent::diff(const QJsonObject &older, const QJsonObject &newer)
{
    QList<LoaFieldChange> out;
    // The LOA's own order first, then anything a newer PortDesk added.
    QStringList keys;
    for (const char *key : kContentKeys)
        keys << QLatin1String(key);
    QStringList extra = older.keys() + newer.keys();
    extra.sort();
    extra.removeDuplicates();
    for (const QString &key : std::as_const(extra)) {
        if (!keys.contains(key))
            keys << key;
    }

    const auto textOf = [](const QJsonValue &v) {
        return v.isString()                 ? v.toString()
            : v.isNull() || v.isUndefined() ? QString()
            : v.isDouble()                  ? QString::number(v.toDouble())
            : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                         : QString::fromUtf8(QJsonDocument(
                             v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                                 .toJson(QJsonDocument::Compact));
    };
    const auto changed = [&](const QString &field, const QJsonValue &was, const QJsonValue &is) {
        const QString a = textOf(was);
        const QString b = textOf(is);
        if (a != b)
            out.append({ field, LoaFieldChange::Kind::Changed, a, b, isSecretField(field) });
    };

    for (const QString &key : std::as_const(keys)) {
        const QJsonValue was = older.value(key);
        const QJsonValue is = newer.value(key);
        if (key == QLatin1String("serviceAddress") && (was.isObject() || is.isObject())) {
            QStringList parts;
            for (const char *part : kAddressKeys)
                parts << QLatin1String(part);
            const QStringList more = was.toObject().keys() + is.toObject().keys();
            for (const QString &part : more) {
                if (!parts.contains(part))
                    parts << part;
            }
            for (const QString &part : std::as_const(parts))
                changed(key + QLatin1Char('.') + part, was.toObject().value(part),
                    is.toObject().value(part));
        } else if (key == QLatin1String("numbers") && (was.isArray() || is.isArray())) {
            QStringList before, after;
            for (const QJsonValue &n : was.toArray())
                before << n.toString();
            for (const QJsonValue &n : is.toArray())
                after << n.toString();
            const QSet<QString> beforeSet(before.cbegin(), before.cend());
            const QSet<QString> afterSet(after.cbegin(), after.cend());
            for (const QString &n : std::as_const(before)) {
                if (!afterSet.contains(n))
                    out.append({ key, LoaFieldChange::Kind::Removed, n, QString(), false });
            }
            for (const QString &n : std::as_const(after)) {
                if (!beforeSet.contains(n))
                    out.append({ key, LoaFieldChange::Kind::Added, QString(), n, false });
            }
        } else {
            changed(key, was, is);
        }
    }
    return out;
}

bool LoaContent::same(const QJsonObject &a, const QJsonObject &b)
{
    return canonical(a) == canonical(b);
}

bool LoaContent::signatureFits(const LoaGroupStatus &g, const PortInRequest &request)
{
    return g.state == LoaState::Signed && g.carrierIndex >= 0 && g.carrierIndex < request.carriers.size()
        && same(g.version.content, forGroup(request, g.carrierIndex));
}

QList<LoaGroupStatus> LoaContent::statuses(
    const PortInRequest &request, const QList<LoaVersion> &versions, const QDateTime &now)
{
    QList<LoaGroupStatus> out;
    for (int i = 0; i < request.carriers.size(); ++i) {
        LoaGroupStatus group;
        group.carrierIndex = i;
        group.carrier = request.carriers.at(i).carrier;
        group.content = LoaContent::forGroup(request, i);
        for (const LoaVersion &v : versions) {
            if (v.carrierIndex == i)
                group.versions.append(v);
        }
        // The newest version showing the request as it is now decides; an
        // older version never outranks it, a newer one for other content
        // (a correction that was not submitted) does not hide it.
        const LoaVersion *matching = nullptr;
        for (auto it = group.versions.crbegin(); it != group.versions.crend() && !matching; ++it) {
            if (same(it->content, group.content))
                matching = &*it;
        }
        if (matching) {
            group.version = *matching;
            group.state = matching->isExpired(now) ? LoaState::Expired : LoaState::Signed;
        } else if (!group.versions.isEmpty()) {
            group.version = group.versions.constLast();
            group.state = LoaState::NeedsResigning;
        }
        out.append(group);
    }
    return out;
}

Violations LoaContent::submitBlockers(
    const PortInRequest &request, const QList<LoaVersion> &versions, const QDateTime &now)
{
    Violations out;
    const QList<LoaGroupStatus> groups = statuses(request, versions, now);
    for (const LoaGroupStatus &g : groups) {
        const QString field = QStringLiteral("carriers[%1]").arg(g.carrierIndex);
        const QString label = groupLabel(request, g.carrierIndex);
        switch (g.state) {
        case LoaState::Signed:
            break;
        case LoaState::Unsigned:
            out.append(Violation::error(field, "loa.unsigned",
                LoaContent::tr("The LOA for %1 is not signed: sign it before submitting.")
                    .arg(label)));
            break;
        case LoaState::Expired:
            out.append(Violation::error(field, "loa.expired",
                LoaContent::tr("The LOA for %1 was signed on %2, more than %3 days ago: "
                                   "sign it again before submitting.")
                    .arg(label, g.version.signedAt.date().toString(Qt::ISODate))
                    .arg(LoaVersion::validityDays)));
            break;
        case LoaState::NeedsResigning:
            out.append(Violation::error(field, "loa.changed",
                LoaContent::tr("The LOA for %1 was signed (version %2) before the request "
                                   "changed (%3): sign the new version before submitting.")
                    .arg(label)
                    .arg(g.version.version)
                    .arg(changedFieldsText(g.version.content, g.content))));
            break;
        }
    }
    return out;
}

} // namespace portdesk
