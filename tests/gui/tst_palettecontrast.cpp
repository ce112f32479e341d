// SPDX-License-Identifier: Apache-2.0
// Colours from the palette (issue 16, item 6): every tone that carries
// meaning reads at 4.5:1 or better on light and dark palettes; the timeline
// and the message bars are painted on both, and the colour of every piece
// of text they draw is measured against what lies behind it; a tone follows
// the application's palette when it changes.

#include "gui/FieldMessages.h"
#include "gui/TimelineWidget.h"
#include "gui/ToneWidgets.h"
#include "core/Violation.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QStyle>
#include <QStyleFactory>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace portdesk;
using tones::Tone;

namespace {

// A paint engine that draws nothing and notes the pen of every piece of
// text: what a widget paints, measured without reading pixels.
class TextRecorder : public QPaintEngine
{
public:
    TextRecorder()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &dirty) override
    {
        if (dirty.state() & QPaintEngine::DirtyPen)
            m_pen = dirty.pen().color();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override { }
    void drawRects(const QRectF *, int) override { }
    void drawRects(const QRect *, int) override { }
    void drawLines(const QLineF *, int) override { }
    void drawLines(const QLine *, int) override { }
    void drawEllipse(const QRectF &) override { }
    void drawPoints(const QPointF *, int) override { }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { }
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        if (!item.text().trimmed().isEmpty())
            texts.append({ item.text(), m_pen });
    }
    Type type() const override { return QPaintEngine::User; }

    struct Text {
        QString text;
        QColor color;
    };
    QList<Text> texts;

private:
    QColor m_pen;
};

class RecordingDevice : public QPaintDevice
{
public:
    explicit RecordingDevice(QSize size)
        : m_size(size)
    {
    }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QList<TextRecorder::Text> texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() / 4;
        case PdmHeightMM: return m_size.height() / 4;
        case PdmNumColors: return 0x7fffffff;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable TextRecorder m_engine;
};

// A colour with alpha, as it shows over `background`.
QColor over(const QColor &color, const QColor &background)
{
    const double a = color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + background.redF() * (1 - a)),
        float(color.greenF() * a + background.greenF() * (1 - a)),
        float(color.blueF() * a + background.blueF() * (1 - a)));
}

// The palettes of the desktops PortDesk meets: Fusion's light one, a plain
// white one, and two dark ones (Fusion-style and GNOME-style).
QPalette namedPalette(const QString &name)
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    if (name == QLatin1String("white")) {
        p.setColor(QPalette::Window, Qt::white);
        p.setColor(QPalette::Base, Qt::white);
    } else if (name == QLatin1String("dark")) {
        p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
        p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    } else if (name == QLatin1String("gnome-dark")) {
        p.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
        p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xec));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xec));
        p.setColor(QPalette::Link, QColor(0x35, 0x84, 0xe4));
        p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    }
    return p;
}

const QStringList paletteNames { QStringLiteral("fusion"), QStringLiteral("white"),
    QStringLiteral("dark"), QStringLiteral("gnome-dark") };

QString toneName(Tone tone)
{
    switch (tone) {
    case Tone::Error: return QStringLiteral("error");
    case Tone::Warning: return QStringLiteral("warning");
    case Tone::Success: return QStringLiteral("success");
    case Tone::Info: return QStringLiteral("info");
    case Tone::Muted: break;
    }
    return QStringLiteral("muted");
}

const QList<Tone> allTones { Tone::Error, Tone::Warning, Tone::Success, Tone::Info, Tone::Muted };

QString ratioText(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(a.name(), b.name())
        .arg(tones::contrastRatio(a, b), 0, 'f', 2);
}

} // namespace

class TestPaletteContrast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contrastFormula_data();
    void contrastFormula();
    void tonesReadable_data();
    void tonesReadable();
    void timelinePainted_data();
    void timelinePainted();
    void messagesPainted_data();
    void messagesPainted();
    void followsTheApplicationPalette();
};

// The WCAG 2 figures the rest relies on.
void TestPaletteContrast::contrastFormula_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
    QTest::newRow("#767676 on white (the AA grey)") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    // The old fixed red on a dark window: unreadable.
    QTest::newRow("#b00020 on #353535") << QColor(0xb0, 0x00, 0x20) << QColor(0x35, 0x35, 0x35) << 1.67;
}

void TestPaletteContrast::contrastFormula()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(tones::contrastRatio(a, b) - ratio) < 0.02, qPrintable(ratioText(a, b)));
    QCOMPARE(tones::contrastRatio(a, b), tones::contrastRatio(b, a));
}

void TestPaletteContrast::tonesReadable_data()
{
    QTest::addColumn<QString>("paletteName");
    QTest::addColumn<int>("tone");
    for (const QString &name : paletteNames)
        for (const Tone tone : allTones)
            QTest::newRow(qPrintable(name + QLatin1Char('/') + toneName(tone))) << name << int(tone);
}

// Every tone as text on the window, on the base and on its own bar.
void TestPaletteContrast::tonesReadable()
{
    QFETCH(QString, paletteName);
    QFETCH(int, tone);
    const QPalette pal = namedPalette(paletteName);
    const auto t = Tone(tone);
    for (const QPalette::ColorRole role : { QPalette::Window, QPalette::Base }) {
        const QColor fg = tones::text(t, pal, role);
        const QColor bg = pal.color(role);
        QVERIFY2(tones::contrastRatio(fg, bg) >= tones::minimumContrast, qPrintable(ratioText(fg, bg)));
    }
    const QColor fill = tones::barFill(t, pal);
    const QColor fg = tones::barText(t, pal);
    QVERIFY2(tones::contrastRatio(fg, fill) >= tones::minimumContrast, qPrintable(ratioText(fg, fill)));
    // A bar stands out from the window, and stays on its side (light or dark).
    QVERIFY(fill != pal.color(QPalette::Window));
    QCOMPARE(tones::luminance(fill) < 0.18, tones::luminance(pal.color(QPalette::Window)) < 0.18);
    // A tone keeps its meaning: red stays red, green green.
    if (t == Tone::Error)
        QVERIFY(tones::text(t, pal).red() > tones::text(t, pal).green());
    if (t == Tone::Success)
        QVERIFY(tones::text(t, pal).green() > tones::text(t, pal).red());
}

void TestPaletteContrast::timelinePainted_data()
{
    QTest::addColumn<QString>("paletteName");
    for (const QString &name : paletteNames)
        QTest::newRow(qPrintable(name)) << name;
}

// Done, the one waited for, overdue, projected, a case that ended without a
// port, and today's mark: each text the timeline paints, measured against
// the window colour it paints behind its texts.
void TestPaletteContrast::timelinePainted()
{
    QFETCH(QString, paletteName);
    const QPalette pal = namedPalette(paletteName);
    const QDateTime now(QDate(2026, 12, 7), QTime(15, 0), QTimeZone::utc());
    QList<Milestone> milestones;
    const auto add = [&](const char *key, int days, bool projected, bool overdue) {
        Milestone m;
        m.key = QLatin1String(key);
        m.label = QStringLiteral("Step %1").arg(QLatin1String(key));
        m.at = now.addDays(days);
        m.projected = projected;
        m.overdue = overdue;
        milestones << m;
    };
    add("submitted", -6, false, false);
    add("loa", -4, false, false);
    add("foc", -1, true, true);
    add("cancelled", -1, false, false);
    add("ported", 3, true, false);

    TimelineWidget w;
    w.setPalette(pal);
    w.setTimeZone(QTimeZone::utc());
    w.setMilestones(milestones, now);
    w.resize(900, w.heightForWidth(900));
    RecordingDevice device(w.size());
    w.render(&device, QPoint(), QRegion(), QWidget::DrawWindowBackground);

    const QColor behind = pal.color(QPalette::Window);
    const QList<TextRecorder::Text> texts = device.texts();
    QVERIFY2(texts.size() >= 10, qPrintable(QString::number(texts.size())));
    QSet<QRgb> colours;
    for (const TextRecorder::Text &t : texts) {
        const QColor shown = over(t.color, behind);
        colours.insert(shown.rgb());
        QVERIFY2(tones::contrastRatio(shown, behind) >= tones::minimumContrast,
            qPrintable(t.text + QStringLiteral(": ") + ratioText(shown, behind)));
    }
    // Plain, muted (projected), alert (overdue, cancelled) and today's colour.
    QVERIFY2(colours.size() >= 4, qPrintable(QString::number(colours.size())));
}

void TestPaletteContrast::messagesPainted_data()
{
    timelinePainted_data();
}

// The messages beside fields (errors and warnings, through FieldMessages)
// and the message bars, painted; each text against the bar's fill or the
// window behind it.
void TestPaletteContrast::messagesPainted()
{
    QFETCH(QString, paletteName);
    const QPalette pal = namedPalette(paletteName);
    QWidget window;
    window.setPalette(pal);
    auto *layout = new QVBoxLayout(&window);

    auto *errorLabel = new QLabel(&window);
    auto *warningLabel = new QLabel(&window);
    layout->addWidget(errorLabel);
    layout->addWidget(warningLabel);
    FieldMessages messages;
    messages.bind(QStringLiteral("numbers"), errorLabel);
    messages.bind(QStringLiteral("requestedPortAt"), warningLabel);
    Violation warning = Violation::error(QStringLiteral("requestedPortAt"), "date.soon",
        QStringLiteral("Requested date: less than two weeks away"));
    warning.severity = Violation::Severity::Warning;
    messages.show({ Violation::error(QStringLiteral("numbers"), "number.invalid",
                        QStringLiteral("Numbers: not a number")),
        warning });
    QVERIFY(!errorLabel->text().isEmpty());
    QVERIFY(!warningLabel->text().isEmpty());

    QList<std::pair<QWidget *, QLabel *>> bars;
    for (const Tone tone : allTones) {
        auto *bar = new QWidget(&window);
        auto *barLayout = new QHBoxLayout(bar);
        auto *label = new QLabel(QStringLiteral("A %1 bar").arg(toneName(tone)), bar);
        barLayout->addWidget(label);
        layout->addWidget(bar);
        tones::applyBar(bar, tone);
        bars.append({ bar, label });
    }
    window.resize(600, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto measure = [](QLabel *label, const QColor &behind) -> QString {
        RecordingDevice device(label->size());
        label->render(&device, QPoint(), QRegion(), QWidget::RenderFlags());
        if (device.texts().isEmpty())
            return QStringLiteral("%1: nothing painted").arg(label->text());
        for (const TextRecorder::Text &t : device.texts()) {
            const QColor shown = over(t.color, behind);
            if (tones::contrastRatio(shown, behind) < tones::minimumContrast)
                return t.text + QStringLiteral(": ") + ratioText(shown, behind);
        }
        return QString();
    };
    const QColor windowColour = pal.color(QPalette::Window);
    QString problem = measure(errorLabel, windowColour);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = measure(warningLabel, windowColour);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The error is in the error tone, not merely readable.
    QCOMPARE(errorLabel->palette().color(QPalette::WindowText), tones::text(Tone::Error, pal));
    for (const auto &[bar, label] : bars) {
        QVERIFY(bar->autoFillBackground());
        const QColor fill = bar->palette().color(QPalette::Window);
        QVERIFY(fill != windowColour);
        problem = measure(label, fill);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

// A label in a tone is given its colours again when the application's
// palette turns dark while the app runs.
void TestPaletteContrast::followsTheApplicationPalette()
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(namedPalette(QStringLiteral("fusion")));
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Refused"), &window);
    tones::apply(label, Tone::Error);
    const QColor light = label->palette().color(QPalette::WindowText);
    QVERIFY(tones::luminance(light) < 0.18);

    QApplication::setPalette(namedPalette(QStringLiteral("dark")));
    QCoreApplication::processEvents();
    const QColor dark = label->palette().color(QPalette::WindowText);
    QVERIFY2(dark != light, qPrintable(dark.name()));
    QVERIFY2(tones::contrastRatio(dark, QColor(0x35, 0x35, 0x35)) >= tones::minimumContrast,
        qPrintable(ratioText(dark, QColor(0x35, 0x35, 0x35))));

    tones::clear(label);
    QCOMPARE(label->palette().color(QPalette::WindowText),
        QApplication::palette().color(QPalette::WindowText));
    QApplication::setPalette(before);
}

QTEST_MAIN(TestPaletteContrast)
#include "tst_palettecontrast.moc"
