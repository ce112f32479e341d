// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoaText.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QStringList>

class QPaintDevice;
class QPainter;

namespace portdesk {

// The LOA's numbers table painted straight onto the device: a shaded header
// row of four "No. | Number" pairs, then rows of four numbers, each with its
// running number, in reading order. Rows have one height, so a page holds a
// whole number of them and none is ever split.
class LoaNumbersTable {
public:
    // width: the body's width on `device`, in its units.
    LoaNumbersTable(
        const QStringList &numbers, const LoaText &text, const QPaintDevice *device, qreal width);

    int rowCount() const { return m_rowCount; }
    qreal headerHeight() const { return m_headerHeight; }
    qreal rowHeight() const { return m_rowHeight; }

    // Paints the header row with its top left at `topLeft`, then rows
    // [firstRow, endRow) under it.
    void paint(QPainter *painter, const QPointF &topLeft, int firstRow, int endRow) const;

private:
    const QStringList &m_numbers;
    const LoaText &m_text;
    int m_rowCount;
    qreal m_width;
    qreal m_padding;
    qreal m_pairWidth;
    QFont m_headerFont;
    QFont m_indexFont;
    QFont m_numberFont;
    qreal m_headerHeight;
    qreal m_headerAscent;
    qreal m_rowHeight;
    qreal m_rowAscent;
    qreal m_headerIndexWidth;
    QFontMetricsF m_indexMetrics; // running numbers are right-aligned
};

} // namespace portdesk
