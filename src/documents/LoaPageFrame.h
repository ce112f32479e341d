// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoaText.h"
#include "core/PortRequest.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace portdesk {

// The LOA's page: US Letter with its margins, and the painted bands inside
// them that every page carries — the header (title, case, carrier) and the
// footer (customer and BTN, "Page N of M"). The body flows between the bands.
class LoaPageFrame {
public:
    // Sets Letter, portrait, the LOA's margins on `device`.
    static void setUpPage(QPagedPaintDevice *device);

    // For `device`, already set up; the group must exist.
    LoaPageFrame(QPagedPaintDevice *device, const PortInRequest &request, int groupIndex,
        qint64 caseId, const LoaText &text);

    // Where the body goes, in the painter's coordinates (origin at the top
    // left of the printable area), device units.
    QRectF body() const { return m_body; }
    // Paints page `page`'s header and footer (1-based) of `pages`.
    void paint(QPainter *painter, int page, int pages) const;

private:
    const LoaText &m_text;
    qreal m_dpi;
    QRectF m_area;
    QRectF m_body;
    QFont m_font;
    QFont m_bold;
    // The texts that are the same on every page, shortened to fit once.
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerLeft;
};

} // namespace portdesk
