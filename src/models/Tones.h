// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace portdesk {

// The colours that carry meaning (a refusal, a warning, a number that is
// fine, a toll-free number, something pending), drawn from the palette in
// use: each tone keeps its hue, and its lightness is chosen against the
// background it is drawn on, so that text in it has a contrast of at least
// 4.5:1 (WCAG 2 AA) on light and dark palettes alike. No colour in the views
// is fixed: they all come from the palette or from here.
namespace tones {

enum class Tone {
    Error,   // refused, overdue, in another port: red
    Warning, // a warning, a duplicate, ported out: amber
    Success, // valid, done: green
    Info,    // toll-free, a note: the palette's link colour
    Muted,   // pending, secondary text: between text and background
};

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1..21).
double luminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

inline constexpr double minimumContrast = 4.5;

// The tone as text on `background`, at least minimumContrast against it.
QColor onBackground(Tone tone, const QColor &background, const QPalette &palette);
// The tone as text on the palette's window (labels) or base (views, editors).
QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
// A faint fill of the tone for a message bar on the palette's window; its
// text is text(tone, ...) of that fill (see barText).
QColor barFill(Tone tone, const QPalette &palette);
QColor barText(Tone tone, const QPalette &palette);

// The application's palette (for models, which have no widget); a plain
// default one in a program without a GUI.
QPalette applicationPalette();

// "color:#rrggbb" for rich text drawn on the palette's window or base.
QString css(Tone tone, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

} // namespace tones
} // namespace portdesk
