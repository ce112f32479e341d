// SPDX-License-Identifier: Apache-2.0
#include "CaseTerms.h"
#include "Tones.h"

#include "core/CustomerTime.h"

#include "core/PhoneNumber.h"
#include "core/PortRequest.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace portdesk {

QString CaseTerms::fieldLabel(const QString &field)
{
    const QString f = field.trimmed();
    if (f == QLatin1String("productType"))
        return tr("Product type");
    if (f == QLatin1String("voiceConnector"))
        return tr("Voice Connector");
    if (f == QLatin1String("adminEmail"))
        return tr("Admin email");
    if (f == QLatin1String("requestedPortAt"))
        return tr("Requested date");
    if (f == QLatin1String("btnOption"))
        return tr("BTN option");
    if (f == QLatin1String("newBtn"))
        return tr("New BTN");
    if (f == QLatin1String("carrier"))
        return tr("Carrier");
    if (f == QLatin1String("btn"))
        return tr("BTN");
    if (f == QLatin1String("authorizingPerson"))
        return tr("Authorizing person");
    if (f == QLatin1String("authorizingTitle"))
        return tr("Authorizing person's title");
    if (f == QLatin1String("accountNumber"))
        return tr("Account number");
    if (f == QLatin1String("pin"))
        return tr("PIN");
    if (f == QLatin1String("customerName"))
        return tr("Customer name");
    if (f == QLatin1String("serviceAddress"))
        return tr("Service address");
    if (f == QLatin1String("numbers"))
        return tr("Numbers");
    if (f == QLatin1String("authorizingPhone"))
        return tr("Authorizing person's phone");
    if (f == QLatin1String("authorizingEmail"))
        return tr("Authorizing person's email");
    if (f == QLatin1String("customerType"))
        return tr("Business or residential");
    if (f == QLatin1String("portType"))
        return tr("Full or partial port");
    if (f == QLatin1String("remainingNumbers"))
        return tr("Numbers that stay with the carrier");
    if (f == QLatin1String("currentRespOrg"))
        return tr("Current RespOrg");
    if (f == QLatin1String("targetRespOrgId"))
        return tr("Target RespOrg ID");
    return f;
}

QString CaseTerms::customerTypeLabel(CustomerType type)
{
    switch (type) {
    case CustomerType::Business:
        return tr("Business");
    case CustomerType::Residential:
        return tr("Residential");
    case CustomerType::Unspecified:
        break;
    }
    return tr("not given");
}

QString CaseTerms::contactText(const CarrierGroup &group)
{
    QStringList parts;
    if (!group.authorizingPhone.trimmed().isEmpty())
        parts << PhoneNumbers::formatNational(group.authorizingPhone.trimmed());
    if (!group.authorizingEmail.trimmed().isEmpty())
        parts << group.authorizingEmail.trimmed();
    return parts.isEmpty() ? tr("not given") : parts.join(QStringLiteral(", "));
}

QString CaseTerms::portScopeText(const CarrierGroup &group)
{
    switch (group.portScope) {
    case PortScope::Full:
        return tr("Full port: every number on the account moves");
    case PortScope::Partial: {
        QStringList staying;
        for (const QString &n : group.remainingNumbers)
            staying << PhoneNumbers::formatNational(n.trimmed());
        return tr("Partial port; staying with the carrier: %1")
            .arg(staying.join(QStringLiteral(", ")));
    }
    case PortScope::Unspecified:
        break;
    }
    return tr("not given");
}

QString CaseTerms::respOrgText(const CarrierGroup &group)
{
    const QString current = group.currentRespOrg.trimmed();
    const QString target = group.targetRespOrgId.trimmed();
    return tr("from %1 to %2")
        .arg(current.isEmpty() ? tr("the current RespOrg") : current,
            target.isEmpty() ? tr("(not given)") : target);
}

QStringList CaseTerms::fieldLabels(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << fieldLabel(f);
    return out;
}

QStringList CaseTerms::pickableFields(const PortInRequest &request)
{
    // What the carrier compares with its records: the LOA of each group.
    QStringList out = { QStringLiteral("carrier"), QStringLiteral("btn"),
        QStringLiteral("authorizingPerson"), QStringLiteral("authorizingTitle"),
        QStringLiteral("authorizingPhone"), QStringLiteral("authorizingEmail"),
        QStringLiteral("accountNumber"), QStringLiteral("pin"), QStringLiteral("customerType"),
        QStringLiteral("customerName"), QStringLiteral("serviceAddress"),
        QStringLiteral("portType"), QStringLiteral("remainingNumbers") };
    const bool tollFree = std::any_of(request.carriers.cbegin(), request.carriers.cend(),
        [](const CarrierGroup &g) { return g.isTollFree(); });
    if (tollFree)
        out << QStringLiteral("currentRespOrg") << QStringLiteral("targetRespOrgId");
    if (request.btnOption == BtnOption::Replace)
        out << QStringLiteral("newBtn");
    return out;
}

QStringList CaseTerms::requestLevelFields()
{
    return { QStringLiteral("productType"), QStringLiteral("voiceConnector"),
        QStringLiteral("adminEmail"), QStringLiteral("requestedPortAt"),
        QStringLiteral("btnOption"), QStringLiteral("newBtn"), QStringLiteral("numbers") };
}

QList<CaseTerms::ReasonCode> CaseTerms::reasonCodes()
{
    return {
        { QStringLiteral("account-number"), tr("Account number differs"),
            QStringLiteral("accountNumber") },
        { QStringLiteral("authorizing-person"), tr("Authorizing person differs"),
            QStringLiteral("authorizingPerson") },
        { QStringLiteral("btn"), tr("BTN differs"), QStringLiteral("btn") },
        { QStringLiteral("customer-name"), tr("Customer name differs"),
            QStringLiteral("customerName") },
        { QStringLiteral("service-address"), tr("Service address differs"),
            QStringLiteral("serviceAddress") },
        { QStringLiteral("postal-code"), tr("Postal code differs"),
            QStringLiteral("serviceAddress") },
        { QStringLiteral("pin"), tr("PIN differs"), QStringLiteral("pin") },
        { QStringLiteral("other"), tr("Other (say what)"), QString() },
    };
}

QString CaseTerms::composeReason(const QString &code, const QString &note)
{
    const QString n = note.simplified();
    return n.isEmpty() ? code : code + QStringLiteral(": ") + n;
}

QString CaseTerms::describeReason(const QString &stored)
{
    const QString text = stored.trimmed();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString code = colon < 0 ? text : text.left(colon).trimmed();
    const QString note = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    const QList<ReasonCode> codes = reasonCodes();
    for (const ReasonCode &c : codes) {
        if (c.code == code) {
            const QString label = c.code == QLatin1String("other") ? tr("Other") : c.label;
            return note.isEmpty() ? label : tr("%1 — %2").arg(label, note);
        }
    }
    return text;
}

QString CaseTerms::productTypeLabel(ProductType type)
{
    return type == ProductType::VoiceConnector ? tr("Voice Connector") : tr("Business Calling");
}

QString CaseTerms::btnOptionLabel(BtnOption option)
{
    switch (option) {
    case BtnOption::None:
        return tr("The BTN is not ported");
    case BtnOption::Replace:
        return tr("Replace the BTN with a new one");
    case BtnOption::Close:
        return tr("Close the account at the carrier");
    case BtnOption::EachNumberOwnBtn:
        return tr("Each number is its own BTN");
    }
    return {};
}

QString CaseTerms::timeText(const QLocale &locale, const QTime &time)
{
    // Some locales' short form has seconds (C: "HH:mm:ss"): case times are
    // to the minute.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return locale.toString(time, format);
}

QString CaseTerms::shortDateTime(const QLocale &locale, const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + timeText(locale, at.time());
}

QString CaseTerms::shortLocalTime(const QDateTime &at)
{
    return shortDateTime(QLocale(), at.toLocalTime());
}

QString CaseTerms::offsetText(int offsetSecs)
{
    const int minutes = std::abs(offsetSecs) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSecs < 0 ? QChar(0x2212) : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString CaseTerms::customerTime(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return tr("not set");
    const QDateTime t = inTimeZone(at, zone);
    const QLocale locale;
    const QString abbreviation = zoneAbbreviation(t, zone);
    const QString offset = offsetText(t.offsetFromUtc());
    // A bare offset's abbreviation is the offset itself: said once.
    const QString zoneText = abbreviation.startsWith(QLatin1String("UTC"))
        ? offset
        : tr("%1, %2").arg(abbreviation, offset);
    return tr("%1 %2 (%3)")
        .arg(locale.toString(t.date(), QLocale::LongFormat), timeText(locale, t.time()),
            zoneText);
}

QString CaseTerms::customerShortTime(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return {};
    const QDateTime t = inTimeZone(at, zone);
    return shortDateTime(QLocale(), t) + QLatin1Char(' ') + zoneAbbreviation(t, zone);
}

QString CaseTerms::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Admin");
    case Role::Support:
        return tr("Support");
    case Role::System:
        break;
    }
    return tr("Clock");
}

QColor CaseTerms::alertColor(const QPalette &palette)
{
    // Dark backgrounds get a light red, light ones a deep red, readable on
    // the window and on the base (the darker or lighter of the two wins).
    const QColor onWindow = tones::text(tones::Tone::Error, palette, QPalette::Window);
    const QColor onBase = tones::text(tones::Tone::Error, palette, QPalette::Base);
    return tones::contrastRatio(onWindow, palette.color(QPalette::Base))
            >= tones::contrastRatio(onBase, palette.color(QPalette::Window))
        ? onWindow
        : onBase;
}

} // namespace portdesk
