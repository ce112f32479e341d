// SPDX-License-Identifier: Apache-2.0
#include "FocusRing.h"

#include "models/Tones.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QStyleOption>
#include <QStyleOptionButton>

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
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    if (tones::contrastRatio(highlight, window) >= 3.0)
        return highlight;
    return palette.color(QPalette::Active, QPalette::WindowText);
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
        // Inside the style's own frame line, on the field's base colour.
        paintRing(painter, option->rect.adjusted(1, 1, -1, -1), option->palette);
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
