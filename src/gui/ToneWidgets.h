// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/Tones.h"

class QWidget;

namespace portdesk::tones {

// Shows `widget`'s text in the tone (its palette's WindowText and Text),
// chosen again whenever the application's palette changes (a dark theme
// switched on while the app runs).
void apply(QWidget *widget, Tone tone);
// A message bar: the tone's faint fill behind, text in the tone in front.
void applyBar(QWidget *widget, Tone tone);
// Back to the colours the widget inherits.
void clear(QWidget *widget);

} // namespace portdesk::tones
