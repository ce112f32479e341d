// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFont>
#include <QString>
#include <QTextCharFormat>

namespace portdesk {

// The LOA's look, shared by the parts that lay it out: its typeface, its
// colours, the 96-dpi unit its paddings are given in, and how it writes a
// telephone number.
class LoaStyle {
public:
    static const QString &fontFamily();
    // The LOA's typeface at `points`, without shaping: no "fi"/"ffi"
    // ligatures, so that the PDF's text reads back (and copies) letter for
    // letter; faster too.
    static QFont font(qreal points, QFont::Weight weight = QFont::Normal);
    static QTextCharFormat charFormat(
        qreal points, QFont::Weight weight = QFont::Normal, const QColor &color = ink());

    static QColor ink();
    static QColor muted();
    static QColor accent();
    static QColor band(); // section headings, the numbers table's header row
    static QColor rule();
    static QColor paperTint();

    // Lengths: millimetres, and the 96-dpi units of a screen layout (in
    // which QTextDocument paddings and margins are given), to device units.
    static qreal mmToDevice(qreal mm, qreal dpi) { return mm * dpi / 25.4; }
    static qreal pxToDevice(qreal px, qreal dpi) { return px * dpi / 96.0; }

    // The numbers table: four "No. | number" pairs a row fill a Letter
    // page's width at 10 pt and cut the page count by four. Within a pair's
    // width, the running number ends at numberIndexEnd and the number starts
    // at numberStart; cells are padded by numbersCellPadding (96-dpi units).
    static constexpr int numbersPerRow = 4;
    static constexpr qreal numberIndexEnd = 0.30;
    static constexpr qreal numberStart = 0.36;
    static constexpr qreal numbersCellPadding = 2.5;

    // NPA-NXX-XXXX. Stored numbers are E.164, for which this is a string
    // operation; anything else (a number as typed in a draft) is read first.
    static QString dashed(const QString &typed);
};

} // namespace portdesk
