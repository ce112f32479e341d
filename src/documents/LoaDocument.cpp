// SPDX-License-Identifier: Apache-2.0
#include "LoaDocument.h"

#include "core/Secret.h"

#include "LoaBodyBuilder.h"
#include "LoaPageFrame.h"
#include "LoaPageLayout.h"
#include "LoaText.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace portdesk {

namespace {

// The body's width on a Letter page at 96 dpi, for a document not yet laid
// out for a device.
qreal letterContentWidth()
{
    return (8.5 * 25.4 - 2 * 19.0) / 25.4 * 96.0;
}

bool validGroup(const PortInRequest &request, int groupIndex)
{
    return groupIndex >= 0 && groupIndex < request.carriers.size();
}

QString noSuchGroup(int groupIndex)
{
    return QCoreApplication::translate("LoaDocument", "Carrier group %1 does not exist.")
        .arg(groupIndex + 1);
}

} // namespace

QString LoaDocument::fileName(qint64 caseId, int groupIndex)
{
    return QStringLiteral("loa-case-%1-carrier-%2.pdf").arg(caseId).arg(groupIndex + 1);
}

QString LoaDocument::documentTitle(qint64 caseId, int groupIndex, LoaLanguage language)
{
    const LoaText &text = LoaText::forLanguage(language);
    return text.pdfTitle.arg(text.caseLabel(caseId)).arg(groupIndex + 1);
}

QTextDocument *LoaDocument::build(
    const PortInRequest &request, int groupIndex, qint64 caseId, const LoaOptions &options)
{
    auto *doc = new QTextDocument;
    if (validGroup(request, groupIndex)) {
        LoaBodyBuilder(doc, request, groupIndex, caseId, options,
            LoaBodyBuilder::Numbers::AsTextTable, letterContentWidth())
            .build();
    }
    return doc;
}

void LoaDocument::setUpPage(QPagedPaintDevice *device)
{
    LoaPageFrame::setUpPage(device);
}

int LoaDocument::paint(QPainter *painter, QPagedPaintDevice *device, const PortInRequest &request,
    int groupIndex, qint64 caseId, const LoaOptions &options)
{
    if (!validGroup(request, groupIndex) || !painter || !painter->isActive())
        return 0;
    const LoaPageLayout pages(device, request, groupIndex, caseId, options);
    pages.paint(painter);
    return pages.pageCount();
}

bool LoaDocument::writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
    const QString &path, QString *error)
{
    return writePdf(request, groupIndex, caseId, LoaOptions(), path, error);
}

bool LoaDocument::writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
    const LoaOptions &options, const QString &path, QString *error, int *pageCount)
{
    if (!validGroup(request, groupIndex)) {
        if (error)
            *error = noSuchGroup(groupIndex);
        return false;
    }
    // Written beside the target and renamed when complete: a failed export
    // never leaves half a PDF under the LOA's name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("LoaDocument", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    // The LOA prints the account number and PIN: only its owner reads it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString problem;
    if (!writePdf(request, groupIndex, caseId, options, &file, &problem, pageCount)
        || !file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("LoaDocument", "Could not write the PDF %1: %2")
                         .arg(path, problem.isEmpty() ? file.errorString() : problem);
        }
        file.cancelWriting();
        return false;
    }
    return true;
}

bool LoaDocument::writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
    const LoaOptions &options, QIODevice *out, QString *error, int *pageCount)
{
    if (!validGroup(request, groupIndex)) {
        if (error)
            *error = noSuchGroup(groupIndex);
        return false;
    }
    // An LOA carries the account number and PIN the carrier checks: with the
    // store's key missing they cannot be read, and no LOA is made without them.
    const CarrierGroup &group = request.carriers.at(groupIndex);
    if (!Secret::accountNumber(group.accountNumber).isReadable()
        || !Secret::pin(group.pin).isReadable()) {
        if (error)
            *error = QCoreApplication::translate("LoaDocument",
                "its account number and PIN cannot be read: this store's key is not "
                "available to you.");
        return false;
    }
    QPdfWriter writer(out);
    setUpPage(&writer);
    writer.setTitle(documentTitle(caseId, groupIndex, options.language));
    writer.setCreator(QStringLiteral("PortDesk"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("LoaDocument", "The PDF could not be started.");
        return false;
    }
    const int pages = paint(&painter, &writer, request, groupIndex, caseId, options);
    const bool ended = painter.end();
    if (pageCount)
        *pageCount = pages;
    if (!ended || pages == 0) {
        if (error)
            *error = QCoreApplication::translate("LoaDocument", "The PDF could not be completed.");
        return false;
    }
    return true;
}

} // namespace portdesk
