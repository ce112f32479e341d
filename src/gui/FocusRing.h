// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProxyStyle>

class QApplication;

namespace portdesk {

// A focus indicator a person can see in every style: whatever has the
// keyboard focus gets a 2-pixel ring in the palette's highlight colour
// (which keeps at least 3:1 against the window in light and dark palettes).
// The styles' own focus rectangles are faint (Fusion's is a thin tint,
// Windows' a dotted line), and a radio button or check box without text of
// its own (the wizard's BTN options, whose sentences are labels beside them)
// gets none at all: here its indicator is ringed. Fields (line edits, lists,
// date and spin boxes) are ringed whenever they have the focus; buttons once
// the keyboard has moved the focus in the window (as the styles do).
class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit FocusRingStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

    // The ring's colour for a palette: the highlight, or the text colour
    // when the highlight is too close to the window to be seen (3:1).
    static QColor ringColor(const QPalette &palette);
};

// Wraps the application's style (a style chosen later is wrapped again).
void installFocusRing(QApplication &app);

} // namespace portdesk
