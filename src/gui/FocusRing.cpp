// SPDX-License-Identifier: Apache-2.0
#include "FocusRing.h"

#include "models/Tones.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QStyleOption>
#include <QStyleOptionButton>

#include <algorithm>

namespace portdesk {

namespace {

void paintRing(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(FocusRingStyle::ringColor(palette), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace

FocusRingStyle::FocusRingStyle(QStyle *base) : QProxyStyle(base) { }

QColor FocusRingStyle::ringColor(const QPalette &palette)
{
    // 3:1 against the window and against the frame lines the ring is drawn
    // over (the styles draw them a shade darker or lighter than the window):
    // the highlight's hue, darkened (light palettes) or lightened (dark ones)
    // until it reads; the text colour if no shade of it does.
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const bool light = window.lightnessF() > 0.5;
    const QColor outline = light ? window.darker(140) : window.lighter(160);
    const auto reads = [&](const QColor &c) {
        return tones::contrastRatio(c, window) >= 3.0 && tones::contrastRatio(c, outline) >= 3.0;
    };
    QColor c = palette.color(QPalette::Active, QPalette::Highlight);
    for (int step = 0; step < 25 && !reads(c); ++step) {
        float h = 0, sat = 0, l = 0, a = 1;
        c.getHslF(&h, &sat, &l, &a);
        l = std::clamp(l + (light ? -0.04f : 0.04f), 0.0f, 1.0f);
        c = QColor::fromHslF(h, sat, l, a);
    }
    return reads(c) ? c : palette.color(QPalette::Active, QPalette::WindowText);
}

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameFocusRect && option) {
        paintRing(painter, option->rect, option->palette);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_PanelLineEdit && option && (option->state & State_HasFocus))
        paintRing(painter, option->rect, option->palette);
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // A text area or a list/table (the paste field, the queue): its frame.
    if (element == CE_ShapedFrame && option && (option->state & State_HasFocus)
        && qobject_cast<const QAbstractScrollArea *>(widget)) {
        // Over the style's own frame line (the field's content covers the rest).
        paintRing(painter, option->rect, option->palette);
        return;
    }
    if (element == CE_PushButton && option && (option->state & State_HasFocus)
        && (option->state & State_KeyboardFocusChange)) {
        paintRing(painter, option->rect, option->palette);
        return;
    }
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (!button || !(button->state & State_HasFocus) || !button->text.isEmpty())
        return;
    // No text to draw the focus around: ring the indicator itself.
    if (element == CE_RadioButton || element == CE_CheckBox) {
        const QRect indicator = subElementRect(
            element == CE_RadioButton ? SE_RadioButtonIndicator : SE_CheckBoxIndicator, option,
            widget);
        paintRing(painter, indicator.adjusted(-3, -3, 3, 3).intersected(option->rect), option->palette);
    }
}

void FocusRingStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                        QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_SpinBox) && option
        && (option->state & State_HasFocus))
        paintRing(painter, option->rect, option->palette);
}

void installFocusRing(QApplication &app)
{
    Q_UNUSED(app)
    if (!qobject_cast<FocusRingStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusRingStyle(nullptr));
}

} // namespace portdesk
