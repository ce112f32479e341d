// SPDX-License-Identifier: Apache-2.0
// The rules of the fields that complete a carrier group's LOA, beyond the
// seed's: what a losing carrier (or, for toll-free numbers, the RespOrg)
// checks before it releases numbers. Part of RequestValidator.
#include "RequestValidator.h"

#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portdesk {

namespace {

void error(Violations &out, const QString &field, const char *rule, const QString &message)
{
    out.append({field, QString::fromLatin1(rule), message, Violation::Severity::Error});
}

void checkAuthorizingPerson(Violations &out, const CarrierGroup &g, const QString &gp)
{
    // A business account is signed for by someone in a role; the LOA prints
    // that title in the customer block and under the signature alike.
    if (g.customerType == CustomerType::Business && g.authorizingTitle.trimmed().isEmpty())
        error(out, gp + QStringLiteral(".authorizingTitle"), "authorizingTitle.required",
              QCoreApplication::translate("RequestValidator", "The authorizing person's title is required for a business account (e.g. "
                 "Office Manager): the LOA prints it where the person signs."));

    const QString phoneField = gp + QStringLiteral(".authorizingPhone");
    if (g.authorizingPhone.trimmed().isEmpty()) {
        error(out, phoneField, "authorizingPhone.required",
              QCoreApplication::translate("RequestValidator", "The authorizing person's phone number is required: the carrier may call "
                 "to confirm the port."));
    } else {
        const NumberCheck check = PhoneNumbers::check(g.authorizingPhone);
        if (!check.ok)
            error(out, phoneField, "authorizingPhone.invalid",
                  QCoreApplication::translate("RequestValidator", "Authorizing person's phone: %1").arg(check.message));
    }

    const QString email = g.authorizingEmail.trimmed();
    if (!email.isEmpty() && !RequestValidator::isValidEmail(email))
        error(out, gp + QStringLiteral(".authorizingEmail"), "authorizingEmail.invalid",
              QCoreApplication::translate("RequestValidator", "Authorizing person's email \"%1\" is not a valid email address.").arg(email));
}

void checkPortScope(Violations &out, const CarrierGroup &g, const QString &gp,
                    const QSet<QString> &ported)
{
    const QString listPath = gp + QStringLiteral(".remainingNumbers");
    switch (g.portScope) {
    case PortScope::Unspecified:
        error(out, gp + QStringLiteral(".portType"), "portType.required",
              QCoreApplication::translate("RequestValidator", "Say whether this request moves every number on the account with the "
                 "carrier (full port) or leaves some there (partial port)."));
        return;
    case PortScope::Full:
        if (!g.remainingNumbers.isEmpty())
            error(out, listPath, "remainingNumbers.not-applicable",
                  QCoreApplication::translate("RequestValidator", "Numbers that stay with the carrier are listed, but the port is a full "
                     "port: choose partial port, or remove them."));
        return;
    case PortScope::Partial:
        break;
    }
    if (g.remainingNumbers.isEmpty()) {
        error(out, listPath, "remainingNumbers.required",
              QCoreApplication::translate("RequestValidator", "A partial port must list the numbers that stay on the account with the "
                 "carrier: the carrier keeps the account open for them."));
        return;
    }
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(g.remainingNumbers);
    QSet<QString> seen;
    for (qsizetype j = 0; j < checks.size(); ++j) {
        const NumberCheck &c = checks.at(j);
        const QString field = listPath + QLatin1Char('[') + QString::number(j) + QLatin1Char(']');
        if (!c.ok) {
            error(out, field, "remainingNumbers.invalid",
                  QCoreApplication::translate("RequestValidator", "Numbers that stay with the carrier, number %1 (\"%2\"): %3")
                      .arg(j + 1)
                      .arg(g.remainingNumbers.at(j), c.message));
            continue;
        }
        const QString shown = PhoneNumbers::formatNational(c.e164);
        if (ported.contains(c.e164))
            error(out, field, "remainingNumbers.also-ported",
                  QCoreApplication::translate("RequestValidator", "%1 is listed as staying with the carrier and as being ported: it can be "
                     "only one.").arg(shown));
        else if (seen.contains(c.e164))
            error(out, field, "remainingNumbers.duplicate",
                  QCoreApplication::translate("RequestValidator", "%1 is listed twice among the numbers that stay with the carrier.")
                      .arg(shown));
        seen.insert(c.e164);
    }
}

void checkRespOrg(Violations &out, const CarrierGroup &g, const QString &gp)
{
    const QString targetField = gp + QStringLiteral(".targetRespOrgId");
    const QString target = g.targetRespOrgId.trimmed();
    if (!g.isTollFree()) {
        if (!target.isEmpty() || !g.currentRespOrg.trimmed().isEmpty())
            error(out, target.isEmpty() ? gp + QStringLiteral(".currentRespOrg") : targetField,
                  "respOrg.not-applicable",
                  QCoreApplication::translate("RequestValidator", "A RespOrg is given for a group of local numbers: RespOrgs manage "
                     "toll-free numbers only. Remove it."));
        return;
    }
    if (target.isEmpty()) {
        error(out, targetField, "targetRespOrgId.required",
              QCoreApplication::translate("RequestValidator", "Toll-free numbers move by a RespOrg change: the target RespOrg ID (5 "
                 "characters, e.g. JYT01) is required."));
    } else if (!RequestValidator::isValidRespOrgId(target)) {
        error(out, targetField, "targetRespOrgId.invalid",
              QCoreApplication::translate("RequestValidator", "Target RespOrg ID \"%1\" is not a RespOrg ID: it has 5 characters, three "
                 "letters then two digits (e.g. JYT01).").arg(target));
    }
}

} // namespace

bool RequestValidator::isValidRespOrgId(const QString &id)
{
    // Somos: a two-letter entity code, then a letter and two digits.
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}[0-9]{2}$"));
    return pattern.match(id.trimmed().toUpper()).hasMatch();
}

QStringList RequestValidator::loaFieldRequiredRules()
{
    return {QStringLiteral("customerType.required"), QStringLiteral("authorizingTitle.required"),
            QStringLiteral("authorizingPhone.required"), QStringLiteral("portType.required"),
            QStringLiteral("targetRespOrgId.required")};
}

void RequestValidator::checkLoaFields(Violations &out, const CarrierGroup &group,
                                      const QString &groupPath, const QSet<QString> &ported)
{
    if (group.customerType == CustomerType::Unspecified)
        error(out, groupPath + QStringLiteral(".customerType"), "customerType.required",
              QCoreApplication::translate("RequestValidator", "Say whether the account is a business or a residential one, as the carrier "
                 "has it."));
    checkAuthorizingPerson(out, group, groupPath);
    checkPortScope(out, group, groupPath, ported);
    checkRespOrg(out, group, groupPath);
}

} // namespace portdesk
