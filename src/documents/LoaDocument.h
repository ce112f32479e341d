// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoaOptions.h"
#include "core/PortRequest.h"

#include <QString>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace portdesk {

// The Letter of Authorization for one carrier group of a port-in request:
// what the losing carrier checks line by line against its records. Every
// field of the group, the numbers as an NPA-NXX-XXXX table that flows over
// as many pages as needed (its header repeated on each page), the case id,
// a signature block (blank or signed, see LoaSignature) and the attachments.
// Nothing of another carrier group appears on it. The account number and PIN
// are printed in full: the LOA is the one place they leave the store.
//
// Pages carry a painted header (title, case, carrier) and a footer
// "Page N of M"; both are painted by paint(), not part of build()'s text.
class LoaDocument {
public:
    // The body (no page header/footer), laid out for the screen; caller owns it.
    // Prefer paint()/writePdf() for output: they lay it out for the device.
    static QTextDocument *build(const PortInRequest &request, int groupIndex, qint64 caseId,
        const LoaOptions &options = LoaOptions());

    // Paints every page of the LOA on `device` through `painter`, which must
    // be active on it; the first page is the device's current page, the
    // following ones come from device->newPage(). Works for QPdfWriter and
    // QPrinter (print preview). Returns the number of pages, 0 if the group
    // does not exist. To put several LOAs in one job, call device->newPage()
    // between two calls.
    static int paint(QPainter *painter, QPagedPaintDevice *device, const PortInRequest &request,
        int groupIndex, qint64 caseId, const LoaOptions &options = LoaOptions());

    // Sets the LOA's page: US Letter, portrait, its margins. Call before
    // painting on a device that is not yet set up (writePdf does it).
    static void setUpPage(QPagedPaintDevice *device);

    // Writes the PDF (Letter, embedded fonts, extractable text); false with a
    // message naming the file on failure. The first form is English, unsigned.
    static bool writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
        const QString &path, QString *error);
    static bool writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
        const LoaOptions &options, const QString &path, QString *error, int *pageCount = nullptr);
    // The same PDF into an open device (e.g. a QBuffer to store it).
    static bool writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
        const LoaOptions &options, QIODevice *out, QString *error, int *pageCount = nullptr);

    // "loa-case-12-carrier-1.pdf" (same name in every language).
    static QString fileName(qint64 caseId, int groupIndex);
    // The PDF's title, "Letter of Authorization, case 12, carrier group 1" in the LOA's language.
    static QString documentTitle(qint64 caseId, int groupIndex, LoaLanguage language);
};

} // namespace portdesk
