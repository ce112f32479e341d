// SPDX-License-Identifier: Apache-2.0
#include "LoaText.h"

#include <QLocale>
#include <QTimeZone>
#include <QTranslator>

namespace portdesk {

namespace {

// Every sentence of the LOA, with its English wording as the source text of
// the context "LoaText" in the catalogue (translations/portdesk_*.ts): the
// words of one language are asked of that language's catalogue, English
// needs none.
LoaText build(LoaLanguage language, const QTranslator *catalogue)
{
    const auto s = [catalogue](const char *source) {
        if (catalogue) {
            const QString translated = catalogue->translate("LoaText", source);
            if (!translated.isEmpty())
                return translated;
        }
        return QString::fromUtf8(source);
    };
    LoaText t;
    t.language = language;
    t.title = s(QT_TRANSLATE_NOOP("LoaText", "Letter of Authorization"));
    t.subtitle = s(QT_TRANSLATE_NOOP(
        "LoaText", "Authorization to port telephone numbers to a new service provider"));
    //: %1 is "Case 12" or the draft text, %2 the carrier group, %3 the number of groups.
    t.caseLine = s(QT_TRANSLATE_NOOP("LoaText", "%1 \u00b7 Carrier group %2 of %3"));
    //: %1 is the case id.
    t.caseNumber = s(QT_TRANSLATE_NOOP("LoaText", "Case %1"));
    t.draft = s(QT_TRANSLATE_NOOP("LoaText", "Draft, not yet submitted"));
    //: Follows the case line; %1 is the LOA version.
    t.versionSuffix = s(QT_TRANSLATE_NOOP("LoaText", " \u00b7 Version %1"));
    //: %1 customer name, %2 the new provider phrase (subject of "authorizes": "the new service
    //: provider" or its name), %3 the current carrier phrase, %4 the "to ..." release phrase.
    t.authorization = s(QT_TRANSLATE_NOOP("LoaText",
        "The customer named below, %1, authorizes %2 to act as its agent for the porting of the "
        "telephone numbers listed in this letter, and authorizes %3 to release these numbers %4. "
        "The person signing this letter is authorized to act for the customer on this account and "
        "confirms that the information below matches the current carrier's records."));
    //: Fills %2 of the authorization sentence when the new provider has no name.
    t.providerUnnamed = s(QT_TRANSLATE_NOOP("LoaText", "the new service provider"));
    //: Fills %2 of the authorization sentence; %1 is the new provider's name.
    t.providerNamed = s(QT_TRANSLATE_NOOP("LoaText", "%1"));
    //: Fills %4 of the authorization sentence: release the numbers to ...
    t.releaseToUnnamed = s(QT_TRANSLATE_NOOP("LoaText", "to the new service provider"));
    //: Fills %4 of the authorization sentence; %1 is the new provider's name.
    t.releaseToNamed = s(QT_TRANSLATE_NOOP("LoaText", "to %1"));
    //: Fills %3 of the authorization sentence when the carrier is not known.
    t.carrierUnnamed = s(QT_TRANSLATE_NOOP("LoaText", "its current carrier"));
    //: Fills %3 of the authorization sentence; %1 is the carrier's name.
    t.carrierNamed = s(QT_TRANSLATE_NOOP("LoaText", "%1, its current carrier,"));
    t.subtitleTollFree = s(QT_TRANSLATE_NOOP("LoaText",
        "Authorization to change the Responsible Organization (RespOrg) of toll-free numbers"));
    //: %1 customer name, %2 the new provider phrase, %3 the current RespOrg phrase, %4 the release
    //: phrase ("to the RespOrg with ID ...").
    t.authorizationTollFree = s(QT_TRANSLATE_NOOP("LoaText",
        "The customer named below, %1, authorizes %2 to act as its agent for the change of "
        "Responsible Organization (RespOrg) of the toll-free numbers listed in this letter, and "
        "authorizes %3 to release these numbers %4. The person signing this letter is authorized "
        "to act for the customer and confirms that the information below matches the records of "
        "the current RespOrg."));
    //: Fills %3 of the toll-free authorization sentence.
    t.respOrgUnnamed = s(QT_TRANSLATE_NOOP("LoaText", "their current RespOrg"));
    //: Fills %3 of the toll-free authorization sentence; %1 is the RespOrg's name or ID.
    t.respOrgNamed = s(QT_TRANSLATE_NOOP("LoaText", "%1, their current RespOrg,"));
    //: Fills %4 of the toll-free authorization sentence; %1 is the target RespOrg ID.
    t.releaseToRespOrg = s(QT_TRANSLATE_NOOP("LoaText", "to the RespOrg with ID %1"));
    t.customerType = s(QT_TRANSLATE_NOOP("LoaText", "Account type"));
    t.business = s(QT_TRANSLATE_NOOP("LoaText", "Business"));
    t.residential = s(QT_TRANSLATE_NOOP("LoaText", "Residential"));
    t.authorizingPhone = s(QT_TRANSLATE_NOOP("LoaText", "Phone"));
    t.authorizingEmail = s(QT_TRANSLATE_NOOP("LoaText", "Email"));
    //: An optional field left out (the authorizing person's email).
    t.notGiven = s(QT_TRANSLATE_NOOP("LoaText", "Not given"));
    t.sectionCustomer
        = s(QT_TRANSLATE_NOOP("LoaText", "Customer, as on the current carrier's contract"));
    t.customerName = s(QT_TRANSLATE_NOOP("LoaText", "Customer name"));
    t.serviceAddress = s(QT_TRANSLATE_NOOP("LoaText", "Service address"));
    t.authorizingPerson = s(QT_TRANSLATE_NOOP("LoaText", "Authorizing person"));
    t.authorizingTitle = s(QT_TRANSLATE_NOOP("LoaText", "Title"));
    t.sectionAccount = s(QT_TRANSLATE_NOOP("LoaText", "Account with the current carrier"));
    t.currentCarrier = s(QT_TRANSLATE_NOOP("LoaText", "Current carrier"));
    t.btn = s(QT_TRANSLATE_NOOP("LoaText", "Billing telephone number (BTN)"));
    t.accountNumber = s(QT_TRANSLATE_NOOP("LoaText", "Account number"));
    t.pin = s(QT_TRANSLATE_NOOP("LoaText", "Account PIN"));
    //: The carrier left out ("if known").
    t.notKnown = s(QT_TRANSLATE_NOOP("LoaText", "Not known"));
    //: Account number, PIN or title left out.
    t.notProvided = s(QT_TRANSLATE_NOOP("LoaText", "Not provided"));
    t.sectionPort = s(QT_TRANSLATE_NOOP("LoaText", "Port request"));
    t.numberType = s(QT_TRANSLATE_NOOP("LoaText", "Number type"));
    t.numberLocal = s(QT_TRANSLATE_NOOP("LoaText", "Local"));
    t.numberTollFree = s(QT_TRANSLATE_NOOP("LoaText", "Toll-free"));
    t.gainingProvider = s(QT_TRANSLATE_NOOP("LoaText", "New service provider"));
    t.gainingProviderId = s(QT_TRANSLATE_NOOP("LoaText", "Provider ID"));
    t.gainingProviderContact = s(QT_TRANSLATE_NOOP("LoaText", "Provider contact"));
    t.currentRespOrg = s(QT_TRANSLATE_NOOP("LoaText", "Current RespOrg"));
    t.targetRespOrgId = s(QT_TRANSLATE_NOOP("LoaText", "Target RespOrg ID"));
    t.portType = s(QT_TRANSLATE_NOOP("LoaText", "Port type"));
    t.fullPort
        = s(QT_TRANSLATE_NOOP("LoaText", "Full port: every number on this account is ported."));
    t.partialPort = s(QT_TRANSLATE_NOOP("LoaText",
        "Partial port: the numbers listed below stay on this account with the current carrier."));
    //: %1 is how many numbers stay.
    t.remainingNumbers = s(QT_TRANSLATE_NOOP("LoaText", "Numbers that stay (%1)"));
    t.requestedAt = s(QT_TRANSLATE_NOOP("LoaText", "Requested port date and time"));
    t.btnOption = s(QT_TRANSLATE_NOOP("LoaText", "BTN option"));
    t.btnNotPorted = s(QT_TRANSLATE_NOOP("LoaText", "The BTN is not being ported."));
    //: The seed's wording, word for word (core's btnOptionSentence() has the same).
    t.btnReplace = s(QT_TRANSLATE_NOOP("LoaText",
        "I am porting my BTN and I want to replace it with a new BTN that I am providing. I can "
        "confirm that this new BTN is on the same account with the current carrier."));
    t.btnClose = s(QT_TRANSLATE_NOOP("LoaText",
        "I am porting my BTN and I want to close out my account with my current carrier."));
    t.btnEachOwn = s(QT_TRANSLATE_NOOP("LoaText",
        "I am porting my BTN because my account is currently set up so that each phone number is "
        "its own BTN."));
    t.newBtn = s(QT_TRANSLATE_NOOP("LoaText", "New BTN"));
    //: %1 is how many numbers.
    t.sectionNumbers = s(QT_TRANSLATE_NOOP("LoaText", "Telephone numbers to be ported (%1)"));
    t.numbersReadingOrder
        = s(QT_TRANSLATE_NOOP("LoaText", "Numbered in order, read left to right, row by row."));
    //: Column header: the number's position in the list.
    t.numberIndexHeader = s(QT_TRANSLATE_NOOP("LoaText", "No."));
    t.numberHeader = s(QT_TRANSLATE_NOOP("LoaText", "Number"));
    t.sectionSignature = s(QT_TRANSLATE_NOOP("LoaText", "Authorization and signature"));
    t.declaration = s(QT_TRANSLATE_NOOP("LoaText",
        "By signing, I confirm that I am authorized to act for the customer named above and that "
        "the information in this letter is correct."));
    t.signature = s(QT_TRANSLATE_NOOP("LoaText", "Signature of the authorizing person"));
    t.date = s(QT_TRANSLATE_NOOP("LoaText", "Date"));
    t.printedName = s(QT_TRANSLATE_NOOP("LoaText", "Printed name"));
    t.signerTitle = s(QT_TRANSLATE_NOOP("LoaText", "Title"));
    //: %1 is the signer's name, %2 the date and time.
    t.signedElectronically = s(QT_TRANSLATE_NOOP("LoaText", "Signed electronically by %1 on %2."));
    t.sectionAttachments = s(QT_TRANSLATE_NOOP("LoaText", "Attachments"));
    t.attachmentsNone = s(QT_TRANSLATE_NOOP("LoaText", "None."));
    //: %1 is "Case 12" or the draft text.
    t.pageHeader = s(QT_TRANSLATE_NOOP("LoaText", "Letter of Authorization \u00b7 %1"));
    //: %1 is the carrier, %2 the carrier group, %3 the number of groups.
    t.pageHeaderCarrier = s(QT_TRANSLATE_NOOP("LoaText", "%1 \u00b7 Carrier group %2 of %3"));
    //: %1 is the page, %2 the number of pages.
    t.pageFooter = s(QT_TRANSLATE_NOOP("LoaText", "Page %1 of %2"));
    //: The PDF's title property; %1 is "Case 12" or the draft text, %2 the carrier group.
    t.pdfTitle = s(QT_TRANSLATE_NOOP("LoaText", "Letter of Authorization, %1, carrier group %2"));
    return t;
}

QString utcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

const LoaText &LoaText::forLanguage(LoaLanguage language)
{
    // The Spanish words from the catalogue compiled into the program, read
    // by a translator of our own that is never installed: the application's
    // language stays whatever it is.
    static const LoaText en = build(LoaLanguage::English, nullptr);
    static const LoaText es = [] {
        QTranslator catalogue;
        if (!catalogue.load(QLocale(QLocale::Spanish, QLocale::UnitedStates),
                QStringLiteral("portdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            qWarning("The Spanish catalogue is missing: the Spanish LOA is printed in English.");
        return build(LoaLanguage::Spanish, &catalogue);
    }();
    return language == LoaLanguage::Spanish ? es : en;
}

QString LoaText::btnOptionText(BtnOption option) const
{
    switch (option) {
    case BtnOption::None:
        return btnNotPorted;
    case BtnOption::Replace:
        return btnReplace;
    case BtnOption::Close:
        return btnClose;
    case BtnOption::EachNumberOwnBtn:
        return btnEachOwn;
    }
    return btnNotPorted;
}

QString LoaText::customerTypeText(CustomerType type) const
{
    switch (type) {
    case CustomerType::Unspecified:
        return {};
    case CustomerType::Business:
        return business;
    case CustomerType::Residential:
        return residential;
    }
    return {};
}

QString LoaText::caseLabel(qint64 caseId) const
{
    return caseId > 0 ? caseNumber.arg(caseId) : draft;
}

QString LoaText::dateTime(const QDateTime &at) const
{
    if (!at.isValid())
        return notProvided;
    QString zone = utcOffset(at.offsetFromUtc());
    if (at.timeSpec() == Qt::TimeZone) {
        const QString abbreviation = at.timeZoneAbbreviation();
        if (!abbreviation.isEmpty() && !abbreviation.startsWith(QLatin1String("UTC")))
            zone = abbreviation + QStringLiteral(", ") + zone;
    }
    if (language == LoaLanguage::Spanish) {
        const QLocale locale(QLocale::Spanish, QLocale::UnitedStates);
        return locale.toString(at.date(), QStringLiteral("dddd, d 'de' MMMM 'de' yyyy"))
            + QStringLiteral(", ") + locale.toString(at.time(), QStringLiteral("HH:mm"))
            + QStringLiteral(" (") + zone + QLatin1Char(')');
    }
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(at.date(), QStringLiteral("dddd, MMMM d, yyyy")) + QStringLiteral(", ")
        + locale.toString(at.time(), QStringLiteral("h:mm AP")) + QStringLiteral(" (") + zone
        + QLatin1Char(')');
}

} // namespace portdesk
