// SPDX-License-Identifier: Apache-2.0
#include "LoaNumbersTable.h"

#include "LoaStyle.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace portdesk {

namespace {

// Heights as the LOA's text layout sets them (rounded up to whole device
// units), so that the table lines up with the text around it: a line that
// mixes two fonts, and a row, the line and its padding.
qreal lineHeight(const QFontMetricsF &a, const QFontMetricsF &b)
{
    return std::ceil(std::max(a.ascent(), b.ascent()) + std::max(a.descent(), b.descent()));
}

qreal paddedHeight(qreal line, qreal padding)
{
    return std::ceil(line + 2 * padding);
}

} // namespace

LoaNumbersTable::LoaNumbersTable(
    const QStringList &numbers, const LoaText &text, const QPaintDevice *device, qreal width)
    : m_numbers(numbers)
    , m_text(text)
    , m_rowCount(int((numbers.size() + LoaStyle::numbersPerRow - 1) / LoaStyle::numbersPerRow))
    , m_width(width)
    , m_padding(LoaStyle::pxToDevice(LoaStyle::numbersCellPadding, device->logicalDpiY()))
    , m_pairWidth((width - 2 * m_padding) / LoaStyle::numbersPerRow)
    , m_headerFont(LoaStyle::font(8.5, QFont::Bold))
    , m_indexFont(LoaStyle::font(9))
    , m_numberFont(LoaStyle::font(9.5))
    , m_indexMetrics(m_indexFont, device)
{
    const QFontMetricsF header(m_headerFont, device);
    const QFontMetricsF number(m_numberFont, device);
    m_headerHeight = paddedHeight(lineHeight(header, header), m_padding);
    m_headerAscent = header.ascent();
    m_headerIndexWidth = header.horizontalAdvance(text.numberIndexHeader);
    m_rowHeight = paddedHeight(lineHeight(m_indexMetrics, number), m_padding);
    m_rowAscent = std::max(m_indexMetrics.ascent(), number.ascent());
}

void LoaNumbersTable::paint(
    QPainter *painter, const QPointF &topLeft, int firstRow, int endRow) const
{
    painter->save();
    painter->fillRect(QRectF(topLeft, QSizeF(m_width, m_headerHeight)), LoaStyle::band());
    const qreal left = topLeft.x() + m_padding;
    const qreal indexEnd = LoaStyle::numberIndexEnd * m_pairWidth;
    const qreal numberStart = LoaStyle::numberStart * m_pairWidth;
    painter->setFont(m_headerFont);
    painter->setPen(LoaStyle::accent());
    const qreal headerBaseline = topLeft.y() + m_padding + m_headerAscent;
    for (int i = 0; i < LoaStyle::numbersPerRow; ++i) {
        const qreal x = left + i * m_pairWidth;
        painter->drawText(
            QPointF(x + indexEnd - m_headerIndexWidth, headerBaseline), m_text.numberIndexHeader);
        painter->drawText(QPointF(x + numberStart, headerBaseline), m_text.numberHeader);
    }

    const QPen indexPen(LoaStyle::muted());
    const QPen numberPen(LoaStyle::ink());
    const qsizetype count = m_numbers.size();
    qreal baseline = topLeft.y() + m_headerHeight + m_padding + m_rowAscent;
    for (int row = firstRow; row < endRow; ++row, baseline += m_rowHeight) {
        const qsizetype first = qsizetype(row) * LoaStyle::numbersPerRow;
        const qsizetype end = std::min<qsizetype>(count, first + LoaStyle::numbersPerRow);
        for (qsizetype i = first; i < end; ++i) {
            const qreal x = left + (i - first) * m_pairWidth;
            const QString index = QString::number(i + 1);
            painter->setFont(m_indexFont);
            painter->setPen(indexPen);
            painter->drawText(
                QPointF(x + indexEnd - m_indexMetrics.horizontalAdvance(index), baseline), index);
            painter->setFont(m_numberFont);
            painter->setPen(numberPen);
            painter->drawText(
                QPointF(x + numberStart, baseline), LoaStyle::dashed(m_numbers.at(i).trimmed()));
        }
    }
    painter->restore();
}

} // namespace portdesk
