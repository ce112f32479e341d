#include "LoaDocument.h"

#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <memory>

namespace portdesk {

namespace {

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("-") : s;
}

QString asNumber(const QString &typed)
{
    const NumberCheck c = PhoneNumbers::check(typed);
    return c.e164.isEmpty() ? typed : PhoneNumbers::formatDashed(c.e164);
}

} // namespace

QString LoaDocument::fileName(qint64 caseId, int groupIndex)
{
    return QStringLiteral("loa-case-%1-carrier-%2.pdf").arg(caseId).arg(groupIndex + 1);
}

QTextDocument *LoaDocument::build(const PortInRequest &request, int groupIndex, qint64 caseId)
{
    const CarrierGroup &g = request.carriers.at(groupIndex);
    auto *doc = new QTextDocument;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    QTextCursor cursor(doc);

    QTextCharFormat title;
    title.setFontPointSize(16);
    title.setFontWeight(QFont::Bold);
    QTextCharFormat plain;
    QTextCharFormat label;
    label.setFontWeight(QFont::Bold);

    cursor.insertText(QCoreApplication::translate("LoaDocument", "Letter of Authorization"), title);
    cursor.insertBlock();
    cursor.insertText(QCoreApplication::translate("LoaDocument", "Case %1, carrier group %2 of %3")
                          .arg(caseId)
                          .arg(groupIndex + 1)
                          .arg(request.carriers.size()),
                      plain);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(QCoreApplication::translate("LoaDocument", "The customer named below authorizes the new service provider to act as "
                         "its agent for the porting of the telephone numbers listed below, and "
                         "authorizes the current carrier to release these numbers."),
                      plain);
    cursor.insertBlock();
    cursor.insertBlock();

    const QString address = g.serviceAddress.street + QStringLiteral(", ") + g.serviceAddress.city
        + QStringLiteral(", ") + g.serviceAddress.state + QLatin1Char(' ') + g.serviceAddress.zip;
    const QList<QPair<QString, QString>> fields = {
        {QCoreApplication::translate("LoaDocument", "Customer name"), g.customerName},
        {QCoreApplication::translate("LoaDocument", "Service address"), address},
        {QCoreApplication::translate("LoaDocument", "Billing Telephone Number (BTN)"), asNumber(g.btn)},
        {QCoreApplication::translate("LoaDocument", "Current carrier"), orDash(g.carrier)},
        {QCoreApplication::translate("LoaDocument", "Account number"), orDash(g.accountNumber)},
        {QCoreApplication::translate("LoaDocument", "PIN"), orDash(g.pin)},
        {QCoreApplication::translate("LoaDocument", "Authorizing person"), g.authorizingPerson},
        {QCoreApplication::translate("LoaDocument", "Authorizing person's title"), orDash(g.authorizingTitle)},
        {QCoreApplication::translate("LoaDocument", "Product type"), request.productType == ProductType::VoiceConnector
                                 ? QCoreApplication::translate("LoaDocument", "Voice Connector") : QCoreApplication::translate("LoaDocument", "Business Calling")},
        {QCoreApplication::translate("LoaDocument", "Requested port date and time"), request.requestedPortAt.toString(Qt::ISODate)},
        {QCoreApplication::translate("LoaDocument", "BTN option"), request.btnOption == BtnOption::None ? QCoreApplication::translate("LoaDocument", "The BTN is not being ported.")
                                                                : btnOptionSentence(request.btnOption)},
    };
    for (const auto &field : fields) {
        cursor.insertText(field.first + QStringLiteral(": "), label);
        cursor.insertText(field.second, plain);
        cursor.insertBlock();
    }
    if (request.btnOption == BtnOption::Replace) {
        cursor.insertText(QCoreApplication::translate("LoaDocument", "New BTN") + QStringLiteral(": "), label);
        cursor.insertText(asNumber(request.newBtn), plain);
        cursor.insertBlock();
    }
    cursor.insertBlock();
    cursor.insertText(QCoreApplication::translate("LoaDocument", "Numbers to be ported (%1)").arg(g.numbers.size()), label);
    cursor.insertBlock();
    for (const QString &n : g.numbers) {
        cursor.insertText(asNumber(n), plain);
        cursor.insertBlock();
    }
    cursor.insertBlock();
    cursor.insertText(QCoreApplication::translate("LoaDocument", "Signature: ______________________________   Date: ______________"), plain);
    return doc;
}

bool LoaDocument::writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
                           const QString &path, QString *error)
{
    if (groupIndex < 0 || groupIndex >= request.carriers.size()) {
        *error = QCoreApplication::translate("LoaDocument", "Carrier group %1 does not exist.").arg(groupIndex + 1);
        return false;
    }
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("LoaDocument", "Cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setTitle(QCoreApplication::translate("LoaDocument", "Letter of Authorization, case %1").arg(caseId));
    writer.setCreator(QStringLiteral("PortDesk"));
    std::unique_ptr<QTextDocument> doc(build(request, groupIndex, caseId));
    doc->print(&writer);
    // QTextDocument::print reports nothing: check that a PDF came out.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || !written.read(5).startsWith("%PDF-")) {
        *error = QCoreApplication::translate("LoaDocument", "Could not write the PDF %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace portdesk
