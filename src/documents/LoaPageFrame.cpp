// SPDX-License-Identifier: Apache-2.0
#include "LoaPageFrame.h"

#include "LoaStyle.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

namespace portdesk {

namespace {

// Page geometry, millimetres. The header and footer bands sit inside the
// margins; the body flows between them.
constexpr qreal kMarginSide = 19.0;
constexpr qreal kMarginTopBottom = 8.0;
constexpr qreal kHeaderBand = 8.5;
constexpr qreal kFooterBand = 8.5;

} // namespace

void LoaPageFrame::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
        QMarginsF(kMarginSide, kMarginTopBottom, kMarginSide, kMarginTopBottom),
        QPageLayout::Millimeter));
}

LoaPageFrame::LoaPageFrame(QPagedPaintDevice *device, const PortInRequest &request, int groupIndex,
    qint64 caseId, const LoaText &text)
    : m_text(text)
    , m_dpi(device->logicalDpiY())
    , m_area(0, 0, device->width(), device->height())
    , m_body(m_area.adjusted(0, LoaStyle::mmToDevice(kHeaderBand, m_dpi), 0,
          -LoaStyle::mmToDevice(kFooterBand, m_dpi)))
    , m_font(LoaStyle::font(8))
    , m_bold(LoaStyle::font(8, QFont::Bold))
{
    const CarrierGroup &group = request.carriers.at(groupIndex);
    const QFontMetricsF metrics(m_font, device);
    const qreal half = m_area.width() / 2 - LoaStyle::mmToDevice(2.5, m_dpi);

    m_headerLeft = text.pageHeader.arg(text.caseLabel(caseId));
    const QString carrier
        = group.carrier.trimmed().isEmpty() ? text.notKnown : group.carrier.trimmed();
    m_headerRight
        = metrics.elidedText(text.pageHeaderCarrier.arg(carrier, QString::number(groupIndex + 1),
                                 QString::number(request.carriers.size())),
            Qt::ElideMiddle, half);
    // The customer and BTN on every page, so that a loose page still says
    // which account it belongs to. A long customer name is shortened, never
    // the BTN.
    const QString btn = QStringLiteral(" \u00b7 BTN ") + LoaStyle::dashed(group.btn.trimmed());
    m_footerLeft = metrics.elidedText(group.customerName.trimmed(), Qt::ElideRight,
                       half - metrics.horizontalAdvance(btn))
        + btn;
}

void LoaPageFrame::paint(QPainter *painter, int page, int pages) const
{
    const qreal gap = LoaStyle::mmToDevice(2.5, m_dpi);
    painter->save();
    painter->setPen(QPen(LoaStyle::rule(), LoaStyle::mmToDevice(0.25, m_dpi)));
    const qreal headerRule
        = m_area.top() + LoaStyle::mmToDevice(kHeaderBand, m_dpi) - LoaStyle::mmToDevice(3, m_dpi);
    const qreal footerRule = m_area.bottom() - LoaStyle::mmToDevice(kFooterBand, m_dpi)
        + LoaStyle::mmToDevice(3, m_dpi);
    painter->drawLine(QPointF(m_area.left(), headerRule), QPointF(m_area.right(), headerRule));
    painter->drawLine(QPointF(m_area.left(), footerRule), QPointF(m_area.right(), footerRule));

    const QRectF headerBox(
        m_area.left(), m_area.top(), m_area.width(), headerRule - m_area.top() - gap / 2);
    const QRectF footerBox(m_area.left(), footerRule + gap / 2, m_area.width(),
        m_area.bottom() - footerRule - gap / 2);

    painter->setPen(LoaStyle::accent());
    painter->setFont(m_bold);
    painter->drawText(headerBox, Qt::AlignLeft | Qt::AlignBottom, m_headerLeft);
    painter->setFont(m_font);
    painter->setPen(LoaStyle::muted());
    painter->drawText(headerBox, Qt::AlignRight | Qt::AlignBottom, m_headerRight);
    painter->drawText(footerBox, Qt::AlignLeft | Qt::AlignTop, m_footerLeft);
    painter->setPen(LoaStyle::ink());
    painter->setFont(m_bold);
    painter->drawText(
        footerBox, Qt::AlignRight | Qt::AlignTop, m_text.pageFooter.arg(page).arg(pages));
    painter->restore();
}

} // namespace portdesk
