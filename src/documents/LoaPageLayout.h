// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoaNumbersTable.h"
#include "LoaOptions.h"
#include "LoaPageFrame.h"
#include "core/PortRequest.h"

#include <QList>
#include <QTextDocument>

class QPagedPaintDevice;
class QPainter;

namespace portdesk {

// One LOA laid out on the pages of a device: the body's text (a
// QTextDocument, laid out once for the device, without the numbers) cut into
// page-sized slices between lines, the numbers table painted directly with
// its header row at the top of every page it reaches, and each page's header
// and footer. Planned whole first, so that the footer can say "of M".
//
// Page breaks: the text breaks between lines; the numbers' heading stays
// with the table's first row; the signature section moves to a new page
// rather than being split, when it fits on one.
class LoaPageLayout {
public:
    // `device` set up with LoaPageFrame::setUpPage; the group must exist.
    LoaPageLayout(QPagedPaintDevice *device, const PortInRequest &request, int groupIndex,
        qint64 caseId, const LoaOptions &options);

    int pageCount() const { return int(m_pages.size()); }
    // Paints every page through `painter`, active on the device: the first
    // on the device's current page, the following ones after newPage().
    void paint(QPainter *painter) const;

private:
    // A part of one page, at y from the body's top: a slice [from, to) of
    // the text, or the numbers table's rows [from, to) under its header.
    struct Piece {
        enum class Kind { Text, Numbers } kind;
        qreal y;
        qreal from;
        qreal to;
    };
    using Page = QList<Piece>;

    void plan(qreal numbersHeadingTop, qreal numbersTop, qreal numbersBottom, qreal signatureTop,
        qreal end);
    void placeText(qreal from, qreal to, bool keepTogether);
    void placeNumbers(qreal headingTop, qreal tableTop);
    void newPage();
    qreal remaining() const;
    // The lowest y at or above `limit` that cuts no line of the text in two.
    qreal lineBreakAbove(qreal limit) const;

    QPagedPaintDevice *m_device;
    QTextDocument m_doc;
    LoaPageFrame m_frame;
    LoaNumbersTable m_numbers;
    QList<Page> m_pages;
    qreal m_y = 0; // while planning: where the next piece goes on the last page
};

} // namespace portdesk
