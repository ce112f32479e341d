// SPDX-License-Identifier: Apache-2.0
#include "LoaPageLayout.h"

#include "LoaBodyBuilder.h"
#include "LoaStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>

namespace portdesk {

namespace {

// Lengths compared after float arithmetic: a device unit at 1,200 dpi is
// far below this.
constexpr qreal kSlack = 0.01;

// Where a table's box begins, its top margin included, and where the text
// after it begins. frameBoundingRect() starts a table at its first cell's
// content, below the top margin and the cell padding (Qt 6.4); its height
// is the whole box, margins included.
std::pair<qreal, qreal> tableBox(QAbstractTextDocumentLayout *layout, QTextTable *table, qreal dpi)
{
    const QRectF frame = layout->frameBoundingRect(table);
    const QTextTableFormat f = table->format();
    const qreal top = frame.top()
        - LoaStyle::pxToDevice(f.topMargin() + f.border() + f.padding() + f.cellPadding(), dpi);
    return { top, top + frame.height() };
}

} // namespace

LoaPageLayout::LoaPageLayout(QPagedPaintDevice *device, const PortInRequest &request,
    int groupIndex, qint64 caseId, const LoaOptions &options)
    : m_device(device)
    , m_frame(device, request, groupIndex, caseId, LoaText::forLanguage(options.language))
    , m_numbers(request.carriers.at(groupIndex).numbers, LoaText::forLanguage(options.language),
          device, m_frame.body().width())
{
    LoaBodyBuilder builder(
        &m_doc, request, groupIndex, caseId, options, LoaBodyBuilder::Numbers::AsPlaceholder);
    builder.build();
    // Laid out once, for the device (its fonts and resolution), unpaginated:
    // the pages are cut here.
    QAbstractTextDocumentLayout *layout = m_doc.documentLayout();
    layout->setPaintDevice(device);
    m_doc.setTextWidth(m_frame.body().width());

    const qreal dpi = device->logicalDpiY();
    const auto [numbersTop, numbersBottom] = tableBox(layout, builder.numbersTable(), dpi);
    const qreal end = layout->blockBoundingRect(m_doc.lastBlock()).bottom();
    plan(tableBox(layout, builder.numbersHeading(), dpi).first, numbersTop, numbersBottom,
        tableBox(layout, builder.signatureHeading(), dpi).first, end);
}

void LoaPageLayout::plan(
    qreal numbersHeadingTop, qreal numbersTop, qreal numbersBottom, qreal signatureTop, qreal end)
{
    m_pages = { Page() };
    m_y = 0;
    placeText(0, numbersHeadingTop, false);
    placeNumbers(numbersHeadingTop, numbersTop);
    placeText(numbersBottom, signatureTop, false); // attachments
    // The signature is not separated from what it signs for.
    placeText(signatureTop, end, true);
}

qreal LoaPageLayout::remaining() const
{
    return m_frame.body().height() - m_y;
}

void LoaPageLayout::newPage()
{
    m_pages.append(Page());
    m_y = 0;
}

void LoaPageLayout::placeText(qreal from, qreal to, bool keepTogether)
{
    if (to - from <= kSlack)
        return;
    const qreal pageHeight = m_frame.body().height();
    if (keepTogether && m_y > 0 && to - from > remaining() + kSlack
        && to - from <= pageHeight + kSlack)
        newPage();
    while (to - from > kSlack) {
        if (to - from <= remaining() + kSlack) {
            m_pages.last().append({ Piece::Kind::Text, m_y, from, to });
            m_y += to - from;
            return;
        }
        qreal cut = lineBreakAbove(from + remaining());
        if (cut <= from + kSlack) {
            if (m_y > 0) { // not even one line fits here: start on a new page
                newPage();
                continue;
            }
            cut = from + remaining(); // a line taller than a page
        }
        m_pages.last().append({ Piece::Kind::Text, m_y, from, cut });
        newPage();
        from = cut;
    }
}

void LoaPageLayout::placeNumbers(qreal headingTop, qreal tableTop)
{
    // The heading, the table's header and its first row on one page.
    const qreal first
        = m_numbers.headerHeight() + (m_numbers.rowCount() > 0 ? m_numbers.rowHeight() : 0);
    if (m_y > 0 && tableTop - headingTop + first > remaining() + kSlack)
        newPage();
    placeText(headingTop, tableTop, false);
    int row = 0;
    do {
        const qreal room = remaining() - m_numbers.headerHeight();
        int rows = room > 0 ? int((room + kSlack) / m_numbers.rowHeight()) : 0;
        if (rows <= 0 && m_y > 0 && m_numbers.rowCount() > row) {
            newPage();
            continue;
        }
        rows = std::max(1, std::min(rows, m_numbers.rowCount() - row));
        const int endRow = std::min(row + rows, m_numbers.rowCount());
        m_pages.last().append({ Piece::Kind::Numbers, m_y, qreal(row), qreal(endRow) });
        m_y += m_numbers.headerHeight() + (endRow - row) * m_numbers.rowHeight();
        row = endRow;
        if (row < m_numbers.rowCount())
            newPage();
    } while (row < m_numbers.rowCount());
}

qreal LoaPageLayout::lineBreakAbove(qreal limit) const
{
    QAbstractTextDocumentLayout *layout = m_doc.documentLayout();
    // Lines side by side (table cells) may straddle a cut moved up for
    // another: repeat until none does.
    bool moved = true;
    while (moved) {
        moved = false;
        for (QTextBlock block = m_doc.begin(); block.isValid(); block = block.next()) {
            const QRectF box = layout->blockBoundingRect(block);
            if (box.bottom() <= limit || box.top() >= limit)
                continue;
            const QTextLayout *lines = block.layout();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                const qreal lineTop = box.top() + line.y();
                if (lineTop < limit - kSlack && lineTop + line.height() > limit + kSlack) {
                    limit = lineTop;
                    moved = true;
                }
            }
        }
    }
    return limit;
}

void LoaPageLayout::paint(QPainter *painter) const
{
    const QRectF body = m_frame.body();
    QAbstractTextDocumentLayout *layout = m_doc.documentLayout();
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            m_device->newPage();
        for (const Piece &piece : m_pages.at(page)) {
            if (piece.kind == Piece::Kind::Numbers) {
                m_numbers.paint(painter, QPointF(body.left(), body.top() + piece.y),
                    int(piece.from), int(piece.to));
                continue;
            }
            painter->save();
            painter->translate(body.left(), body.top() + piece.y - piece.from);
            const QRectF slice(0, piece.from, body.width(), piece.to - piece.from);
            painter->setClipRect(slice);
            QAbstractTextDocumentLayout::PaintContext context;
            // The layout draws every block that meets the clip whole (the
            // painter's clip hides the rest, but its text would still be in
            // the PDF): leave out a block that only touches the slice.
            context.clip = slice.adjusted(0, kSlack, 0, -kSlack);
            context.palette.setColor(QPalette::Text, LoaStyle::ink());
            layout->draw(painter, context);
            painter->restore();
        }
        m_frame.paint(painter, page + 1, pages);
    }
}

} // namespace portdesk
