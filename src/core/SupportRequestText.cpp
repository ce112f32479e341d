// SPDX-License-Identifier: Apache-2.0
#include "SupportRequestText.h"

#include "PhoneNumber.h"

#include <QSet>

namespace portdesk {

namespace {

// A number as E.164 when it reads as one (the request may hold it as typed).
QString normalized(const QString &number)
{
    const NumberCheck check = PhoneNumbers::check(number);
    return check.e164.isEmpty() ? number.trimmed() : check.e164;
}

QString orNone(const QString &value, const QString &none)
{
    return value.trimmed().isEmpty() ? none : value.trimmed();
}

QString addressLine(const CarrierGroup &g)
{
    const ServiceAddress &a = g.serviceAddress;
    QString cityLine = a.city.trimmed();
    if (!a.state.trimmed().isEmpty())
        cityLine += QStringLiteral(", ") + a.state.trimmed().toUpper();
    if (!a.zip.trimmed().isEmpty())
        cityLine += QLatin1Char(' ') + a.zip.trimmed();
    QStringList parts;
    for (const QString &part : { g.customerName.trimmed(), a.street.trimmed(), cityLine.trimmed() })
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString SupportRequestText::productTypeName(ProductType type)
{
    return type == ProductType::VoiceConnector ? tr("Voice Connector") : tr("Business Calling");
}

QString SupportRequestText::dateTimeText(const QDateTime &at)
{
    if (!at.isValid())
        return tr("not given");
    // The offset as given, not converted to this machine's zone: the port
    // happens at the customer's local time.
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + at.timeZoneAbbreviation();
}

QSet<QString> SupportRequestText::portedNumbers(const PortInRequest &request)
{
    QSet<QString> out;
    for (const NumberCheck &check : PhoneNumbers::checkAll(request.allNumbers()))
        out.insert(check.e164.isEmpty() ? check.input.trimmed() : check.e164);
    return out;
}

bool SupportRequestText::isBtnPorted(
    const PortInRequest &request, qsizetype groupIndex, const QSet<QString> &ported)
{
    if (groupIndex < 0 || groupIndex >= request.carriers.size())
        return false;
    const QString btn = request.carriers.at(groupIndex).btn;
    return !btn.trimmed().isEmpty() && ported.contains(normalized(btn));
}

bool SupportRequestText::isBtnPorted(const PortInRequest &request, qsizetype groupIndex)
{
    return isBtnPorted(request, groupIndex, portedNumbers(request));
}

// The text holds the service account number and PIN in clear on purpose: the
// seed's support form asks for them, and the admin pastes this text into the
// real console. It is made only when the admin asks for it and is never logged.
QString SupportRequestText::portIn(const PortInRequest &request)
{
    QStringList lines;
    lines << tr("Category: %1").arg(tr("Other"))
          << tr("Subject: %1").arg(tr("Porting phone numbers in")) << tr("Issue:");
    const qsizetype groups = request.carriers.size();
    // Read every number once (a request may hold thousands).
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(request.allNumbers());
    QSet<QString> ported;
    for (const NumberCheck &check : checks)
        ported.insert(check.e164.isEmpty() ? check.input.trimmed() : check.e164);
    qsizetype index = 0;
    for (qsizetype i = 0; i < groups; ++i) {
        const CarrierGroup &g = request.carriers.at(i);
        lines << QString();
        if (groups > 1)
            lines << tr("Carrier %1 of %2 (LOA %1)").arg(i + 1).arg(groups);
        // The seed's order: numbers and their type, BTN, authorizing person,
        // carrier, account number, PIN, address and customer name, date and
        // time, then the BTN option when the BTN itself is ported.
        lines << tr("Existing phone numbers to port in (%1):").arg(g.numbers.size());
        for (qsizetype j = 0; j < g.numbers.size(); ++j, ++index) {
            const NumberCheck &check = checks.at(index);
            lines << QStringLiteral("  ")
                    + (check.e164.isEmpty() ? check.input.trimmed() : check.e164);
        }
        QString type = tr("Phone number type: %1").arg(productTypeName(request.productType));
        if (request.productType == ProductType::VoiceConnector
            && !request.voiceConnector.trimmed().isEmpty())
            type += QStringLiteral(" ")
                + tr("(Voice Connector name: %1)").arg(request.voiceConnector.trimmed());
        lines << type;
        lines << tr("Billing Telephone Number (BTN): %1").arg(normalized(g.btn));
        QString person = g.authorizingPerson.trimmed();
        if (!g.authorizingTitle.trimmed().isEmpty())
            person += QStringLiteral(", ") + g.authorizingTitle.trimmed();
        lines << tr("Authorizing person’s name: %1").arg(person);
        lines << tr("Current carrier: %1").arg(orNone(g.carrier, tr("not known")));
        lines << tr("Service account number: %1").arg(orNone(g.accountNumber, tr("none")));
        lines << tr("Service PIN: %1").arg(orNone(g.pin, tr("none")));
        lines << tr("Service address and customer name: %1").arg(addressLine(g));
        lines << tr("Requested date and time for the port: %1")
                     .arg(dateTimeText(request.requestedPortAt));
        if (request.btnOption != BtnOption::None && isBtnPorted(request, i, ported)) {
            lines << btnOptionSentence(request.btnOption);
            if (request.btnOption == BtnOption::Replace)
                lines << tr("New BTN: %1").arg(normalized(request.newBtn));
        }
    }
    lines << QString() << tr("Email: %1").arg(request.adminEmail.trimmed());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SupportRequestText::portOut(const PortOutRequest &request)
{
    QStringList lines;
    lines << tr("Category: %1").arg(tr("Other"))
          << tr("Subject: %1").arg(tr("Porting phone numbers out")) << tr("Issue:") << QString()
          << tr("Phone numbers to port out (%1):").arg(request.numbers.size());
    for (const NumberCheck &check : PhoneNumbers::checkAll(request.numbers))
        lines << QStringLiteral("  ") + (check.e164.isEmpty() ? check.input.trimmed() : check.e164);
    lines << tr("Phone number type: %1").arg(productTypeName(request.productType));
    lines << QString() << tr("Email: %1").arg(request.adminEmail.trimmed());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace portdesk
