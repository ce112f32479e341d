// SPDX-License-Identifier: Apache-2.0
#include "LoaStyle.h"

#include "core/PhoneNumber.h"

namespace portdesk {

const QString &LoaStyle::fontFamily()
{
    static const QString family = QStringLiteral("DejaVu Sans");
    return family;
}

QFont LoaStyle::font(qreal points, QFont::Weight weight)
{
    QFont f(fontFamily());
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QTextCharFormat LoaStyle::charFormat(qreal points, QFont::Weight weight, const QColor &color)
{
    QTextCharFormat f;
    f.setFontFamilies({ fontFamily() });
    f.setFontPointSize(points);
    f.setFontWeight(weight);
    f.setForeground(color);
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor LoaStyle::ink()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

QColor LoaStyle::muted()
{
    return QColor(0x55, 0x5d, 0x69);
}

QColor LoaStyle::accent()
{
    return QColor(0x1f, 0x3a, 0x5f);
}

QColor LoaStyle::band()
{
    return QColor(0xe2, 0xe8, 0xef);
}

QColor LoaStyle::rule()
{
    return QColor(0xa9, 0xb4, 0xc2);
}

QColor LoaStyle::paperTint()
{
    return QColor(0xf6, 0xf8, 0xfa);
}

QString LoaStyle::dashed(const QString &typed)
{
    if (typed.size() == 12 && typed.startsWith(u"+1"))
        return PhoneNumbers::formatDashed(typed);
    const NumberCheck c = PhoneNumbers::check(typed);
    return c.e164.isEmpty() ? typed : PhoneNumbers::formatDashed(c.e164);
}

} // namespace portdesk
