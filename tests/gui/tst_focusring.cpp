// SPDX-License-Identifier: Apache-2.0
// The focus indicator is visible in every style: each widget is painted with
// and without the keyboard focus, and the pixels that change must be enough
// of a mark (a ring, not a speck) with at least 3:1 contrast against what is
// behind (WCAG 2's non-text contrast). A radio button without text of its own
// (the wizard's BTN options) showed no focus at all before the ring.

#include "gui/FocusRing.h"
#include "models/Tones.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QVBoxLayout>
#include <QtTest>

using namespace portdesk;

namespace {

struct Mark {
    int changed = 0; // pixels that differ between focused and not
    double contrast = 1.0; // the best contrast of a changed pixel against the unfocused one
};

Mark focusMark(QWidget *target, QWidget *other)
{
    // The keyboard moves the focus (Tab), as it does for a person who uses it.
    other->setFocus(Qt::TabFocusReason);
    QTest::keyClick(other, Qt::Key_Tab);
    other->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    const QImage plain = target->grab().toImage().convertToFormat(QImage::Format_RGB32);
    target->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    const QImage focused = target->grab().toImage().convertToFormat(QImage::Format_RGB32);
    Mark mark;
    if (plain.size() != focused.size())
        return mark;
    for (int y = 0; y < plain.height(); ++y) {
        for (int x = 0; x < plain.width(); ++x) {
            const QRgb a = plain.pixel(x, y);
            const QRgb b = focused.pixel(x, y);
            if (a == b)
                continue;
            const double c = tones::contrastRatio(QColor(a), QColor(b));
            if (c >= 3.0)
                ++mark.changed;
            mark.contrast = std::max(mark.contrast, c);
        }
    }
    return mark;
}

} // namespace

class TestFocusRing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void visibleInEveryStyle_data();
    void visibleInEveryStyle();
    void ringColourReadsOnDarkPalettes();
};

void TestFocusRing::visibleInEveryStyle_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("palette");
    for (const QString &style : QStyleFactory::keys()) {
        for (const char *widget : {"radio without text", "radio", "check box without text",
                                   "check box", "push button", "line edit", "combo box",
                                   "date edit", "text area", "table"}) {
            for (const char *palette : {"light", "dark"})
                QTest::addRow("%s, %s, %s", qPrintable(style), widget, palette)
                    << style << QString::fromLatin1(widget) << QString::fromLatin1(palette);
        }
    }
}

void TestFocusRing::visibleInEveryStyle()
{
    QFETCH(QString, style);
    QFETCH(QString, widget);
    QFETCH(QString, palette);

    QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(style)));
    QPalette p = QApplication::style()->standardPalette();
    if (palette == QLatin1String("dark")) {
        p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Button, QColor(0x40, 0x40, 0x40));
        p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Highlight, QColor(0x1d, 0x54, 0x8a)); // a dim blue: 2.0:1 on the window
    }
    QApplication::setPalette(p);

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    QWidget *target = nullptr;
    if (widget.startsWith(QLatin1String("radio")))
        target = new QRadioButton(widget.contains(QLatin1String("without")) ? QString() : QStringLiteral("Replace"));
    else if (widget.startsWith(QLatin1String("check box")))
        target = new QCheckBox(widget.contains(QLatin1String("without")) ? QString() : QStringLiteral("Encrypted"));
    else if (widget == QLatin1String("push button"))
        target = new QPushButton(QStringLiteral("Next"));
    else if (widget == QLatin1String("combo box")) {
        auto *combo = new QComboBox;
        combo->addItems({QStringLiteral("Business"), QStringLiteral("Residential")});
        target = combo;
    } else if (widget == QLatin1String("date edit"))
        target = new QDateEdit(QDate(2026, 12, 21));
    else if (widget == QLatin1String("text area"))
        target = new QPlainTextEdit(QStringLiteral("206 444 0100\n206 444 0101"));
    else if (widget == QLatin1String("table")) {
        auto *table = new QTableWidget(3, 2);
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("(206) 444-0100")));
        target = table;
    }
    else
        target = new QLineEdit(QStringLiteral("206 444 0100"));
    auto *other = new QLineEdit;
    layout->addWidget(target);
    layout->addWidget(other);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    const Mark mark = focusMark(target, other);
    // A ring around even a small indicator is 40 pixels and more.
    QVERIFY2(mark.changed >= 40,
             qPrintable(QStringLiteral("%1 pixels changed with 3:1 (best %2:1)").arg(mark.changed).arg(mark.contrast)));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestFocusRing::ringColourReadsOnDarkPalettes()
{
    // The ring keeps the highlight's hue and reaches 3:1 against the window
    // and the frame lines it covers, on light and dark windows alike.
    const struct {
        QColor window;
        QColor highlight;
    } cases[] = {
        {QColor(0x35, 0x35, 0x35), QColor(0x1d, 0x54, 0x8a)}, // a dim blue on a dark window
        {QColor(0x35, 0x35, 0x35), QColor(0x30, 0x8c, 0xc6)},
        {QColor(0xef, 0xef, 0xef), QColor(0x30, 0x8c, 0xc6)}, // Fusion's light palette
        {QColor(0xff, 0xff, 0xff), QColor(0x00, 0x78, 0xd7)},
    };
    for (const auto &c : cases) {
        QPalette p;
        p.setColor(QPalette::Active, QPalette::Window, c.window);
        p.setColor(QPalette::Active, QPalette::WindowText,
                   c.window.lightnessF() > 0.5 ? QColor(Qt::black) : QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Active, QPalette::Highlight, c.highlight);
        const QColor ring = FocusRingStyle::ringColor(p);
        const QColor outline = c.window.lightnessF() > 0.5 ? c.window.darker(140) : c.window.lighter(160);
        QVERIFY2(tones::contrastRatio(ring, c.window) >= 3.0, qPrintable(ring.name()));
        QVERIFY2(tones::contrastRatio(ring, outline) >= 3.0, qPrintable(ring.name()));
        QVERIFY2(std::abs(ring.hslHue() - c.highlight.hslHue()) <= 2, qPrintable(ring.name()));
    }
}

QTEST_MAIN(TestFocusRing)
#include "tst_focusring.moc"
