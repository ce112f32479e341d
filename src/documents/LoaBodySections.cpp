// SPDX-License-Identifier: Apache-2.0
// The LOA's opening and its field sections: the authorization, the
// customer, the account with the current carrier (or RespOrg) and the port
// request. Part of LoaBodyBuilder.
#include "LoaBodyBuilder.h"

#include "LoaStyle.h"

#include "core/CustomerTime.h"
#include "core/Secret.h"

#include <QTextTable>

namespace portdesk {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

QDateTime LoaBodyBuilder::signedAtShown() const
{
    return inCustomerTime(m_options.signature.signedAt, m_request);
}

QString LoaBodyBuilder::signerTitle() const
{
    const LoaSignature &s = m_options.signature;
    const QString asked = m_group.authorizingTitle.trimmed();
    if (!s.isSigned())
        return asked;
    // The authorizing person signing: the title the request gives, once.
    if (sameName(s.name, m_group.authorizingPerson) && !asked.isEmpty())
        return asked;
    return s.title.trimmed();
}

QString LoaBodyBuilder::customerTitle() const
{
    const QString asked = m_group.authorizingTitle.trimmed();
    const LoaSignature &s = m_options.signature;
    // A request filed before the title was asked: the title the authorizing
    // person gave when signing stands for it.
    if (asked.isEmpty() && s.isSigned() && sameName(s.name, m_group.authorizingPerson))
        return s.title.trimmed();
    return asked;
}

void LoaBodyBuilder::authorizationBlock()
{
    const QString customer = m_group.customerName.trimmed();
    const QString provider = m_options.provider.name.trimmed();
    const QString providerPhrase
        = provider.isEmpty() ? m_text.providerUnnamed : m_text.providerNamed.arg(provider);
    const QString releaseToProvider
        = provider.isEmpty() ? m_text.releaseToUnnamed : m_text.releaseToNamed.arg(provider);
    QString sentence;
    if (m_tollFree) {
        const QString current = m_group.currentRespOrg.trimmed();
        const QString target = m_group.targetRespOrgId.trimmed();
        sentence = m_text.authorizationTollFree.arg(customer, providerPhrase,
            current.isEmpty() ? m_text.respOrgUnnamed : m_text.respOrgNamed.arg(current),
            target.isEmpty() ? releaseToProvider : m_text.releaseToRespOrg.arg(target));
    } else {
        const QString carrier = m_group.carrier.trimmed();
        sentence = m_text.authorization.arg(customer, providerPhrase,
            carrier.isEmpty() ? m_text.carrierUnnamed : m_text.carrierNamed.arg(carrier),
            releaseToProvider);
    }

    QTextTableFormat box;
    box.setBorder(0.75);
    box.setBorderBrush(LoaStyle::rule());
    box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box.setCellPadding(6);
    box.setCellSpacing(0);
    box.setBackground(LoaStyle::paperTint());
    box.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    box.setBottomMargin(4);
    QTextTable *table = m_cursor.insertTable(1, 1, box);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat justified;
    justified.setAlignment(Qt::AlignJustify);
    justified.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    cell.setBlockFormat(justified);
    cell.insertText(sentence, LoaStyle::charFormat(9.5));
    afterTable(table);
}

void LoaBodyBuilder::customerSection()
{
    sectionHeading(m_text.sectionCustomer);
    const ServiceAddress &a = m_group.serviceAddress;
    // Street on one line, city, state and ZIP on the next, as on a bill.
    const QString address = a.street.trimmed() + QChar(QChar::LineSeparator) + a.city.trimmed()
        + QStringLiteral(", ") + a.state.trimmed() + QLatin1Char(' ') + a.zip.trimmed();
    QList<Field> fields;
    // Rows a request filed before PortDesk asked for them leaves out, rather
    // than claiming they were not given.
    const QString type = m_text.customerTypeText(m_group.customerType);
    if (!type.isEmpty())
        fields.append({ m_text.customerType, type });
    fields.append({ m_text.customerName, m_group.customerName.trimmed() });
    fields.append({ m_text.serviceAddress, address });
    fields.append({ m_text.authorizingPerson, m_group.authorizingPerson.trimmed() });
    const QString title = customerTitle();
    if (!title.isEmpty())
        fields.append({ m_text.authorizingTitle, title });
    const QString phone = m_group.authorizingPhone.trimmed();
    if (!phone.isEmpty())
        fields.append({ m_text.authorizingPhone, LoaStyle::dashed(phone) });
    fields.append({ m_text.authorizingEmail, orText(m_group.authorizingEmail, m_text.notGiven) });
    fieldTable(fields);
}

void LoaBodyBuilder::accountSection()
{
    sectionHeading(m_text.sectionAccount);
    QList<Field> fields = {
        { m_text.currentCarrier, orText(m_group.carrier, m_text.notKnown) },
    };
    if (m_tollFree) {
        fields.append({ m_text.currentRespOrg, orText(m_group.currentRespOrg, m_text.notKnown) });
        if (!m_group.targetRespOrgId.trimmed().isEmpty())
            fields.append({ m_text.targetRespOrgId, m_group.targetRespOrgId.trimmed() });
    }
    fields.append({ m_text.btn, LoaStyle::dashed(m_group.btn.trimmed()) });
    // Never a sealed value's text (a store whose key is missing): what says so.
    const auto secret = [this](const Secret &value) {
        return value.isReadable() ? orText(value.revealed(), m_text.notProvided)
                                  : Secret::unreadableText();
    };
    fields.append({ m_text.accountNumber, secret(Secret::accountNumber(m_group.accountNumber)) });
    fields.append({ m_text.pin, secret(Secret::pin(m_group.pin)) });
    fieldTable(fields);
}

void LoaBodyBuilder::portSection()
{
    sectionHeading(m_text.sectionPort);
    const GainingProvider &provider = m_options.provider;
    QList<Field> fields;
    if (!provider.name.trimmed().isEmpty())
        fields.append({ m_text.gainingProvider, provider.name.trimmed() });
    if (!provider.providerId.trimmed().isEmpty())
        fields.append({ m_text.gainingProviderId, provider.providerId.trimmed() });
    if (!provider.contact.trimmed().isEmpty())
        fields.append({ m_text.gainingProviderContact, provider.contact.trimmed() });
    fields.append({ m_text.numberType, m_tollFree ? m_text.numberTollFree : m_text.numberLocal });
    fields.append({ m_text.requestedAt, m_text.dateTime(inCustomerTime(m_request.requestedPortAt, m_request)) });
    switch (m_group.portScope) {
    case PortScope::Unspecified:
        break;
    case PortScope::Full:
        fields.append({ m_text.portType, m_text.fullPort, true });
        break;
    case PortScope::Partial: {
        fields.append({ m_text.portType, m_text.partialPort, true });
        QStringList remaining;
        for (const QString &n : m_group.remainingNumbers)
            remaining << LoaStyle::dashed(n.trimmed());
        fields.append({ m_text.remainingNumbers.arg(remaining.size()),
            remaining.join(QStringLiteral(", ")) });
        break;
    }
    }
    fields.append({ m_text.btnOption, m_text.btnOptionText(m_request.btnOption), true });
    if (m_request.btnOption == BtnOption::Replace)
        fields.append({ m_text.newBtn, LoaStyle::dashed(m_request.newBtn.trimmed()), false });
    fieldTable(fields);
}

} // namespace portdesk
