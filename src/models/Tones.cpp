// SPDX-License-Identifier: Apache-2.0
#include "Tones.h"

#include <QGuiApplication>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace portdesk::tones {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

bool isDark(const QColor &background)
{
    return luminance(background) < 0.18;
}

// The tone's colour as designed for a light and for a dark background;
// its lightness is then moved, hue kept, until the contrast is reached.
QColor reference(Tone tone, bool dark, const QPalette &palette)
{
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Success:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    case Tone::Info:
        return palette.color(QPalette::Link);
    case Tone::Muted:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Moves `color`'s lightness away from the background's, hue and saturation
// kept, until the contrast is at least the minimum (with a little to spare
// against rounding to 8-bit channels).
QColor readable(const QColor &color, const QColor &background)
{
    const double wanted = minimumContrast + 0.1;
    if (contrastRatio(color, background) >= wanted)
        return color;
    const bool darker = !isDark(background);
    float h = 0, s = 0, l = 0, a = 0;
    color.toHsl().getHslF(&h, &s, &l, &a);
    if (h < 0)
        h = 0; // achromatic
    for (int step = 0; step <= 100; ++step) {
        l = std::clamp(darker ? l - 0.01f : l + 0.01f, 0.0f, 1.0f);
        const QColor candidate = QColor::fromHslF(h, s, l).toRgb();
        if (contrastRatio(candidate, background) >= wanted)
            return candidate;
        if (l <= 0.0f || l >= 1.0f)
            break;
    }
    // A mid-grey background: whichever end reads better.
    const QColor black = QColor::fromHslF(h, s, 0.0f).toRgb();
    const QColor white = QColor::fromHslF(h, s, 1.0f).toRgb();
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

} // namespace

// The tone's colour on `background`, worked out (onBackground keeps it).
static QColor choose(Tone tone, const QColor &background, const QPalette &palette);

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor onBackground(Tone tone, const QColor &background, const QPalette &palette)
{
    // Models ask for every cell they paint: the answer is kept per tone and
    // the colours it depends on.
    struct Key {
        int tone;
        QRgb background, text, link;
        bool operator==(const Key &o) const
        {
            return tone == o.tone && background == o.background && text == o.text && link == o.link;
        }
    };
    static thread_local QList<std::pair<Key, QColor>> cache;
    const Key key { int(tone), background.rgba(), palette.color(QPalette::WindowText).rgba(),
        palette.color(QPalette::Link).rgba() };
    for (const auto &[k, colour] : std::as_const(cache)) {
        if (k == key)
            return colour;
    }
    const QColor colour = choose(tone, background, palette);
    if (cache.size() >= 64)
        cache.removeFirst();
    cache.append({ key, colour });
    return colour;
}

static QColor choose(Tone tone, const QColor &background, const QPalette &palette)
{
    if (tone == Tone::Muted) {
        // The text colour faded toward the background as far as it still reads.
        const QColor full = palette.color(QPalette::WindowText);
        for (double t = 0.45; t > 0.0; t -= 0.05) {
            const QColor faded = mix(full, background, t);
            if (contrastRatio(faded, background) >= minimumContrast + 0.1)
                return faded;
        }
        return readable(full, background);
    }
    return readable(reference(tone, isDark(background), palette), background);
}

QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole background)
{
    return onBackground(tone, palette.color(background), palette);
}

QColor barFill(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDark(window);
    // The tone's saturated colour, a little of it over the window.
    const QColor hue = tone == Tone::Muted ? palette.color(QPalette::Mid)
                                           : reference(tone, false, palette);
    return mix(window, hue, dark ? 0.28 : 0.12);
}

QColor barText(Tone tone, const QPalette &palette)
{
    const QColor fill = barFill(tone, palette);
    return tone == Tone::Muted ? readable(palette.color(QPalette::WindowText), fill)
                               : onBackground(tone, fill, palette);
}

QPalette applicationPalette()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::palette()
                                                                          : QPalette();
}

QString css(Tone tone, const QPalette &palette, QPalette::ColorRole background)
{
    return QStringLiteral("color:%1").arg(text(tone, palette, background).name());
}

} // namespace portdesk::tones
