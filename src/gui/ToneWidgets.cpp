// SPDX-License-Identifier: Apache-2.0
#include "ToneWidgets.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace portdesk::tones {

namespace {

const char toneProperty[] = "portdeskTone";
const char barProperty[] = "portdeskToneBar";

const char basisProperty[] = "portdeskToneBasis";

// The palette the tones are chosen against: the parent's, or the
// application's for a window.
QPalette inheritedPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette()
                                  : QApplication::palette(widget);
}

// What the colours depend on, as text to compare.
QString basis(const QWidget *widget)
{
    const QPalette p = inheritedPalette(widget);
    QString out;
    for (const QPalette::ColorRole role : { QPalette::Window, QPalette::WindowText,
             QPalette::Base, QPalette::Text, QPalette::Link, QPalette::Mid })
        out += p.color(role).name(QColor::HexArgb);
    return out;
}

void paint(QWidget *widget)
{
    const QVariant tone = widget->property(toneProperty);
    if (!tone.isValid())
        return;
    const auto t = Tone(tone.toInt());
    // The colours are derived from the palette the widget would have
    // without them: its parent's, or the application's.
    const QPalette inherited = inheritedPalette(widget);
    widget->setProperty(basisProperty, basis(widget));
    QPalette pal = widget->palette();
    if (widget->property(barProperty).toBool()) {
        pal.setColor(QPalette::Window, barFill(t, inherited));
        pal.setColor(QPalette::WindowText, barText(t, inherited));
        pal.setColor(QPalette::Text, barText(t, inherited));
        widget->setAutoFillBackground(true);
    } else {
        pal.setColor(QPalette::WindowText, text(t, inherited, QPalette::Window));
        pal.setColor(QPalette::Text, text(t, inherited, QPalette::Base));
    }
    widget->setPalette(pal);
}

// Chooses the colours again when the application's palette changes.
class Repaint : public QObject
{
public:
    explicit Repaint(QWidget *widget)
        : QObject(widget)
    {
        setObjectName(QStringLiteral("portdeskToneFilter"));
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Our own setPalette sends a PaletteChange too: only a change of
        // the palette the colours come from chooses them again.
        if (event->type() == QEvent::ApplicationPaletteChange
            || event->type() == QEvent::PaletteChange) {
            auto *widget = static_cast<QWidget *>(watched);
            if (basis(widget) != widget->property(basisProperty).toString())
                paint(widget);
        }
        return false;
    }
};

void install(QWidget *widget, Tone tone, bool bar)
{
    widget->setProperty(toneProperty, int(tone));
    widget->setProperty(barProperty, bar);
    if (!widget->findChild<QObject *>(QStringLiteral("portdeskToneFilter"), Qt::FindDirectChildrenOnly))
        new Repaint(widget);
    paint(widget);
}

} // namespace

void apply(QWidget *widget, Tone tone)
{
    install(widget, tone, false);
}

void applyBar(QWidget *widget, Tone tone)
{
    install(widget, tone, true);
}

void clear(QWidget *widget)
{
    widget->setProperty(toneProperty, QVariant());
    widget->setProperty(barProperty, QVariant());
    widget->setProperty(basisProperty, QVariant());
    widget->setPalette(QPalette());
    widget->setAutoFillBackground(false);
}

} // namespace portdesk::tones
