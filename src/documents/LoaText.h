// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoaOptions.h"
#include "core/PortRequest.h"

#include <QDateTime>
#include <QString>

namespace portdesk {

// Every sentence and label of the LOA, in one language.
//
// The LOA's language is chosen per document, not per application: a Spanish
// LOA prints from an English UI and back. So its words do not go through
// tr() and the installed (process-wide) translator. The English wording is
// the source text of the context "LoaText" in the catalogue
// (translations/portdesk_es.ts, translated in Linguist like every other
// message; its translator comments say what each %N is), and forLanguage()
// asks a private QTranslator of the document's language, loaded from the
// catalogue compiled into the program and never installed. The legal text
// is reviewed in Linguist (or in LoaText.cpp, where each sentence is one
// message in reading order). Error messages and UI strings of this library
// still go through tr().
struct LoaText {
    LoaLanguage language = LoaLanguage::English;

    QString title; // "Letter of Authorization"
    QString subtitle; // what the letter is for
    QString caseLine; // %1 caseLabel(), %2 group, %3 groups
    QString caseNumber; // %1 case id
    QString draft; // before the case exists (the wizard's preview)
    QString versionSuffix; // %1 version
    // The authorization sentence: %1 customer, %2 provider phrase, %3 carrier
    // phrase, %4 "release to" provider phrase.
    QString authorization;
    QString providerUnnamed; // "the new service provider" (subject of "authorizes")
    QString providerNamed; // %1 name
    QString releaseToUnnamed; // "to the new service provider"
    QString releaseToNamed; // %1 name
    QString carrierUnnamed; // "its current carrier"
    QString carrierNamed; // %1 name, "Example Telecom, its current carrier,"
    // A toll-free group's letter: a change of RespOrg. %1 customer, %2
    // provider phrase, %3 current RespOrg phrase, %4 "release to" phrase.
    QString subtitleTollFree;
    QString authorizationTollFree;
    QString respOrgUnnamed; // "their current RespOrg"
    QString respOrgNamed; // %1 name or ID
    QString releaseToRespOrg; // %1 target RespOrg ID

    QString customerType; // "Account type"
    QString business;
    QString residential;
    QString authorizingPhone;
    QString authorizingEmail;
    QString notGiven; // an optional field left out (the authorizing person's email)

    QString sectionCustomer;
    QString customerName;
    QString serviceAddress;
    QString authorizingPerson;
    QString authorizingTitle;

    QString sectionAccount;
    QString currentCarrier;
    QString btn;
    QString accountNumber;
    QString pin;
    QString notKnown; // carrier left out ("if known")
    QString notProvided; // account number / PIN / title left out

    QString sectionPort;
    QString numberType;
    QString numberLocal;
    QString numberTollFree;
    QString gainingProvider; // the company the numbers move to
    QString gainingProviderId;
    QString gainingProviderContact;
    QString currentRespOrg;
    QString targetRespOrgId;
    QString portType;
    QString fullPort;
    QString partialPort;
    QString remainingNumbers; // %1 count
    QString requestedAt;
    QString btnOption;
    QString btnNotPorted;
    QString btnReplace; // the seed's three sentences
    QString btnClose;
    QString btnEachOwn;
    QString newBtn;

    QString sectionNumbers; // %1 count
    QString numbersReadingOrder;
    QString numberIndexHeader;
    QString numberHeader;

    QString sectionSignature;
    QString declaration;
    QString signature;
    QString date;
    QString printedName;
    QString signerTitle;
    QString signedElectronically; // %1 name, %2 date and time

    QString sectionAttachments;
    QString attachmentsNone;

    QString pageHeader; // %1 caseLabel()
    QString pageHeaderCarrier; // %1 carrier, %2 group, %3 groups
    QString pageFooter; // %1 page, %2 pages
    QString pdfTitle; // %1 caseLabel(), %2 group

    static const LoaText &forLanguage(LoaLanguage language);

    QString btnOptionText(BtnOption option) const;
    QString customerTypeText(CustomerType type) const; // empty for Unspecified
    // "Case 12", or "Draft" for a case id of 0 or less.
    QString caseLabel(qint64 caseId) const;
    // "Tuesday, December 15, 2026, 10:00 AM (UTC-05:00)" / "martes, 15 de diciembre
    // de 2026, 10:00 (UTC-05:00)": the time in the offset it was given with.
    QString dateTime(const QDateTime &at) const;
};

} // namespace portdesk
