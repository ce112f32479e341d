// SPDX-License-Identifier: Apache-2.0
#include "LoaText.h"

#include <QLocale>
#include <QTimeZone>

namespace portdesk {

namespace {

LoaText english()
{
    LoaText t;
    t.language = LoaLanguage::English;
    t.title = QStringLiteral("Letter of Authorization");
    t.subtitle
        = QStringLiteral("Authorization to port telephone numbers to a new service provider");
    t.caseLine = QStringLiteral("%1 \u00b7 Carrier group %2 of %3");
    t.caseNumber = QStringLiteral("Case %1");
    t.draft = QStringLiteral("Draft, not yet submitted");
    t.versionSuffix = QStringLiteral(" \u00b7 Version %1");
    t.authorization = QStringLiteral(
        "The customer named below, %1, authorizes %2 to act as its agent for the porting of the "
        "telephone numbers listed in this letter, and authorizes %3 to release these numbers "
        "%4. The person signing this letter is authorized to act for the customer on this "
        "account and confirms that the information below matches the current carrier's records.");
    t.providerUnnamed = QStringLiteral("the new service provider");
    t.providerNamed = QStringLiteral("%1");
    t.releaseToUnnamed = QStringLiteral("to the new service provider");
    t.releaseToNamed = QStringLiteral("to %1");
    t.carrierUnnamed = QStringLiteral("its current carrier");
    t.carrierNamed = QStringLiteral("%1, its current carrier,");
    t.subtitleTollFree = QStringLiteral(
        "Authorization to change the Responsible Organization (RespOrg) of toll-free numbers");
    t.authorizationTollFree = QStringLiteral(
        "The customer named below, %1, authorizes %2 to act as its agent for the change of "
        "Responsible Organization (RespOrg) of the toll-free numbers listed in this letter, and "
        "authorizes %3 to release these numbers %4. The person signing this letter is authorized "
        "to act for the customer and confirms that the information below matches the records of "
        "the current RespOrg.");
    t.respOrgUnnamed = QStringLiteral("their current RespOrg");
    t.respOrgNamed = QStringLiteral("%1, their current RespOrg,");
    t.releaseToRespOrg = QStringLiteral("to the RespOrg with ID %1");

    t.customerType = QStringLiteral("Account type");
    t.business = QStringLiteral("Business");
    t.residential = QStringLiteral("Residential");
    t.authorizingPhone = QStringLiteral("Phone");
    t.authorizingEmail = QStringLiteral("Email");
    t.notGiven = QStringLiteral("Not given");

    t.sectionCustomer = QStringLiteral("Customer, as on the current carrier's contract");
    t.customerName = QStringLiteral("Customer name");
    t.serviceAddress = QStringLiteral("Service address");
    t.authorizingPerson = QStringLiteral("Authorizing person");
    t.authorizingTitle = QStringLiteral("Title");

    t.sectionAccount = QStringLiteral("Account with the current carrier");
    t.currentCarrier = QStringLiteral("Current carrier");
    t.btn = QStringLiteral("Billing telephone number (BTN)");
    t.accountNumber = QStringLiteral("Account number");
    t.pin = QStringLiteral("Account PIN");
    t.notKnown = QStringLiteral("Not known");
    t.notProvided = QStringLiteral("Not provided");

    t.sectionPort = QStringLiteral("Port request");
    t.numberType = QStringLiteral("Number type");
    t.numberLocal = QStringLiteral("Local");
    t.numberTollFree = QStringLiteral("Toll-free");
    t.gainingProvider = QStringLiteral("New service provider");
    t.gainingProviderId = QStringLiteral("Provider ID");
    t.gainingProviderContact = QStringLiteral("Provider contact");
    t.currentRespOrg = QStringLiteral("Current RespOrg");
    t.targetRespOrgId = QStringLiteral("Target RespOrg ID");
    t.portType = QStringLiteral("Port type");
    t.fullPort = QStringLiteral("Full port: every number on this account is ported.");
    t.partialPort = QStringLiteral(
        "Partial port: the numbers listed below stay on this account with the current carrier.");
    t.remainingNumbers = QStringLiteral("Numbers that stay (%1)");
    t.requestedAt = QStringLiteral("Requested port date and time");
    t.btnOption = QStringLiteral("BTN option");
    t.btnNotPorted = QStringLiteral("The BTN is not being ported.");
    // The seed's wording, word for word (core's btnOptionSentence() has the same).
    t.btnReplace = QStringLiteral(
        "I am porting my BTN and I want to replace it with a new BTN that I am providing. I can "
        "confirm that this new BTN is on the same account with the current carrier.");
    t.btnClose = QStringLiteral(
        "I am porting my BTN and I want to close out my account with my current carrier.");
    t.btnEachOwn = QStringLiteral(
        "I am porting my BTN because my account is currently set up so that each phone number "
        "is its own BTN.");
    t.newBtn = QStringLiteral("New BTN");

    t.sectionNumbers = QStringLiteral("Telephone numbers to be ported (%1)");
    t.numbersReadingOrder = QStringLiteral("Numbered in order, read left to right, row by row.");
    t.numberIndexHeader = QStringLiteral("No.");
    t.numberHeader = QStringLiteral("Number");

    t.sectionSignature = QStringLiteral("Authorization and signature");
    t.declaration = QStringLiteral(
        "By signing, I confirm that I am authorized to act for the customer named above and "
        "that the information in this letter is correct.");
    t.signature = QStringLiteral("Signature of the authorizing person");
    t.date = QStringLiteral("Date");
    t.printedName = QStringLiteral("Printed name");
    t.signerTitle = QStringLiteral("Title");
    t.signedElectronically = QStringLiteral("Signed electronically by %1 on %2.");

    t.sectionAttachments = QStringLiteral("Attachments");
    t.attachmentsNone = QStringLiteral("None.");

    t.pageHeader = QStringLiteral("Letter of Authorization \u00b7 %1");
    t.pageHeaderCarrier = QStringLiteral("%1 \u00b7 Carrier group %2 of %3");
    t.pageFooter = QStringLiteral("Page %1 of %2");
    t.pdfTitle = QStringLiteral("Letter of Authorization, %1, carrier group %2");
    return t;
}

LoaText spanish()
{
    LoaText t;
    t.language = LoaLanguage::Spanish;
    t.title = QStringLiteral("Carta de autorizaci\u00f3n");
    t.subtitle = QStringLiteral("Autorizaci\u00f3n para portar n\u00fameros telef\u00f3nicos a un "
                                "nuevo proveedor de servicio");
    t.caseLine = QStringLiteral("%1 \u00b7 Grupo de operador %2 de %3");
    t.caseNumber = QStringLiteral("Caso %1");
    t.draft = QStringLiteral("Borrador, a\u00fan no enviado");
    t.versionSuffix = QStringLiteral(" \u00b7 Versi\u00f3n %1");
    t.authorization = QStringLiteral(
        "El cliente indicado a continuaci\u00f3n, %1, autoriza %2 a actuar como su agente para la "
        "portabilidad de los n\u00fameros telef\u00f3nicos que figuran en esta carta, y autoriza a "
        "%3 a liberar dichos n\u00fameros %4. La persona que firma esta carta est\u00e1 autorizada "
        "para actuar en nombre del cliente en esta cuenta y confirma que los datos siguientes "
        "coinciden con los registros del operador actual.");
    t.providerUnnamed = QStringLiteral("al nuevo proveedor de servicio");
    t.providerNamed = QStringLiteral("a %1");
    t.releaseToUnnamed = QStringLiteral("a favor del nuevo proveedor de servicio");
    t.releaseToNamed = QStringLiteral("a favor de %1");
    t.carrierUnnamed = QStringLiteral("su operador actual");
    t.carrierNamed = QStringLiteral("%1, su operador actual,");
    t.subtitleTollFree = QStringLiteral("Autorizaci\u00f3n para cambiar la organizaci\u00f3n "
                                        "responsable (RespOrg) de n\u00fameros gratuitos");
    t.authorizationTollFree = QStringLiteral(
        "El cliente indicado a continuaci\u00f3n, %1, autoriza %2 a actuar como su agente para el "
        "cambio de organizaci\u00f3n responsable (RespOrg) de los n\u00fameros gratuitos que "
        "figuran en esta carta, y autoriza a %3 a liberar dichos n\u00fameros %4. La persona que "
        "firma esta carta est\u00e1 autorizada para actuar en nombre del cliente y confirma que "
        "los datos siguientes coinciden con los registros de la RespOrg actual.");
    t.respOrgUnnamed = QStringLiteral("su RespOrg actual");
    t.respOrgNamed = QStringLiteral("%1, su RespOrg actual,");
    t.releaseToRespOrg = QStringLiteral("a favor de la RespOrg con ID %1");

    t.customerType = QStringLiteral("Tipo de cuenta");
    t.business = QStringLiteral("Empresa");
    t.residential = QStringLiteral("Residencial");
    t.authorizingPhone = QStringLiteral("Tel\u00e9fono");
    t.authorizingEmail = QStringLiteral("Correo electr\u00f3nico");
    t.notGiven = QStringLiteral("No indicado");

    t.sectionCustomer
        = QStringLiteral("Cliente, tal como figura en el contrato con el operador actual");
    t.customerName = QStringLiteral("Nombre del cliente");
    t.serviceAddress = QStringLiteral("Direcci\u00f3n de servicio");
    t.authorizingPerson = QStringLiteral("Persona que autoriza");
    t.authorizingTitle = QStringLiteral("Cargo");

    t.sectionAccount = QStringLiteral("Cuenta con el operador actual");
    t.currentCarrier = QStringLiteral("Operador actual");
    t.btn = QStringLiteral("N\u00famero telef\u00f3nico de facturaci\u00f3n (BTN)");
    t.accountNumber = QStringLiteral("N\u00famero de cuenta");
    t.pin = QStringLiteral("PIN de la cuenta");
    t.notKnown = QStringLiteral("No se conoce");
    t.notProvided = QStringLiteral("No indicado");

    t.sectionPort = QStringLiteral("Solicitud de portabilidad");
    t.numberType = QStringLiteral("Tipo de n\u00famero");
    t.numberLocal = QStringLiteral("Local");
    t.numberTollFree = QStringLiteral("Gratuito (toll-free)");
    t.gainingProvider = QStringLiteral("Nuevo proveedor de servicio");
    t.gainingProviderId = QStringLiteral("ID del proveedor");
    t.gainingProviderContact = QStringLiteral("Contacto del proveedor");
    t.currentRespOrg = QStringLiteral("RespOrg actual");
    t.targetRespOrgId = QStringLiteral("ID de la RespOrg de destino");
    t.portType = QStringLiteral("Tipo de portabilidad");
    t.fullPort = QStringLiteral(
        "Portabilidad total: se portan todos los n\u00fameros de esta cuenta.");
    t.partialPort = QStringLiteral("Portabilidad parcial: los n\u00fameros indicados abajo "
                                   "permanecen en esta cuenta con el operador actual.");
    t.remainingNumbers = QStringLiteral("N\u00fameros que permanecen (%1)");
    t.requestedAt = QStringLiteral("Fecha y hora solicitadas para la portabilidad");
    t.btnOption = QStringLiteral("Opci\u00f3n del BTN");
    t.btnNotPorted = QStringLiteral("El BTN no se porta.");
    t.btnReplace = QStringLiteral(
        "Estoy portando mi BTN y deseo reemplazarlo por un nuevo BTN que proporciono. Confirmo "
        "que este nuevo BTN est\u00e1 en la misma cuenta con el operador actual.");
    t.btnClose
        = QStringLiteral("Estoy portando mi BTN y deseo cerrar mi cuenta con mi operador actual.");
    t.btnEachOwn = QStringLiteral(
        "Estoy portando mi BTN porque mi cuenta est\u00e1 configurada de modo que cada n\u00famero "
        "telef\u00f3nico es su propio BTN.");
    t.newBtn = QStringLiteral("Nuevo BTN");

    t.sectionNumbers = QStringLiteral("N\u00fameros telef\u00f3nicos que se portan (%1)");
    t.numbersReadingOrder = QStringLiteral("En orden, de izquierda a derecha, fila por fila.");
    t.numberIndexHeader = QStringLiteral("N.\u00ba");
    t.numberHeader = QStringLiteral("N\u00famero");

    t.sectionSignature = QStringLiteral("Autorizaci\u00f3n y firma");
    t.declaration = QStringLiteral(
        "Con mi firma confirmo que tengo autorizaci\u00f3n para actuar en nombre del cliente "
        "indicado y que la informaci\u00f3n de esta carta es correcta.");
    t.signature = QStringLiteral("Firma de la persona que autoriza");
    t.date = QStringLiteral("Fecha");
    t.printedName = QStringLiteral("Nombre en letra de molde");
    t.signerTitle = QStringLiteral("Cargo");
    t.signedElectronically = QStringLiteral("Firmado electr\u00f3nicamente por %1 el %2.");

    t.sectionAttachments = QStringLiteral("Documentos adjuntos");
    t.attachmentsNone = QStringLiteral("Ninguno.");

    t.pageHeader = QStringLiteral("Carta de autorizaci\u00f3n \u00b7 %1");
    t.pageHeaderCarrier = QStringLiteral("%1 \u00b7 Grupo de operador %2 de %3");
    t.pageFooter = QStringLiteral("P\u00e1gina %1 de %2");
    t.pdfTitle = QStringLiteral("Carta de autorizaci\u00f3n, %1, grupo de operador %2");
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
    static const LoaText en = english();
    static const LoaText es = spanish();
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
