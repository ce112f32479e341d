// SPDX-License-Identifier: Apache-2.0
#include "TimelineWidget.h"
#include "models/Tones.h"

#include "core/CustomerTime.h"

#include "models/CaseTerms.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace portdesk {

// Everything is measured in lines of the widget's font, so that the drawing
// follows the font size and the screen's scale rather than fixed pixels.
struct TimelineWidget::Metrics {
    int lineHeight = 0;
    qreal radius = 0;
    qreal pen = 1;
    int margin = 0;
    qreal column = 0; // the width each milestone's column has
    bool staggered = false; // labels above (odd) and below (even) the line
    int labelWidth = 0;
    int labelLines = 1; // the most lines a label takes (at most two)
    int todayTop = 0;
    int aboveTop = 0;
    int nodeY = 0;
    int belowTop = 0;
    int height = 0;

    qreal x(int index) const { return margin + column * (index + 0.5); }
    bool above(int index) const { return staggered && index % 2 == 1; }
};

namespace {

constexpr int kLabelLines = 2;

bool endedBadly(const Milestone &m)
{
    return !m.projected
        && (m.key == QLatin1String("cancelled") || m.key == QLatin1String("not-portable"));
}

QString longDate(const QLocale &locale, const QDateTime &at, const QTimeZone &zone)
{
    return locale.toString(at.toTimeZone(zone).date(), QLocale::LongFormat);
}

QString longDateTime(const QLocale &locale, const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    return locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + CaseTerms::timeText(locale, local.time()) + QLatin1Char(' ')
        + zoneAbbreviation(local, zone);
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Case timeline"));
    setFocusPolicy(Qt::TabFocus); // screen readers reach it by keyboard
    updateDescription();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    update();
}

void TimelineWidget::setMilestones(const QList<Milestone> &milestones, const QDateTime &now)
{
    m_milestones = milestones;
    m_now = now;
    updateDescription();
    updateGeometry();
    update();
}

void TimelineWidget::clear()
{
    setMilestones({}, QDateTime());
}

int TimelineWidget::nextIndex() const
{
    for (int i = 0; i < m_milestones.size(); ++i) {
        if (m_milestones.at(i).projected)
            return i;
    }
    return -1;
}

QString TimelineWidget::milestoneText(int index) const
{
    if (index < 0 || index >= m_milestones.size())
        return {};
    const Milestone &m = m_milestones.at(index);
    const QLocale loc = locale();
    if (!m.projected)
        return tr("%1: done %2").arg(m.label, longDateTime(loc, m.at, m_zone));
    if (m.overdue)
        return tr("%1: projected for %2, overdue").arg(m.label, longDate(loc, m.at, m_zone));
    return tr("%1: projected for %2").arg(m.label, longDate(loc, m.at, m_zone));
}

QString TimelineWidget::labelDate(const Milestone &m, bool withTime) const
{
    const QLocale loc = locale();
    const QDateTime local = m.at.toTimeZone(m_zone);
    const bool sameYear
        = !m_now.isValid() || m_now.toTimeZone(m_zone).date().year() == local.date().year();
    QString text = loc.toString(
        local.date(), sameYear ? QStringLiteral("MMM d") : QStringLiteral("MMM d, yyyy"));
    if (!m.projected && withTime)
        text += QLatin1Char(' ') + CaseTerms::timeText(loc, local.time());
    if (m.overdue)
        text = tr("overdue %1").arg(text);
    return text;
}

bool TimelineWidget::staggeredAt(int width) const
{
    if (m_milestones.size() < 2)
        return false;
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int margin = fm.height() / 2;
    const int room = int((width - 2 * margin) / qreal(m_milestones.size())) - fm.averageCharWidth();
    const int next = nextIndex();
    for (int i = 0; i < m_milestones.size(); ++i) {
        const Milestone &m = m_milestones.at(i);
        const QFontMetrics &metricsFor = i == next ? boldMetrics : fm;
        const QRect wrapped = metricsFor.boundingRect(
            QRect(0, 0, std::max(room, 1), fm.height() * 10), Qt::TextWordWrap, m.label);
        if (wrapped.height() > kLabelLines * fm.height() || wrapped.width() > room
            || fm.horizontalAdvance(labelDate(m)) > room)
            return true;
    }
    return false;
}

TimelineWidget::Metrics TimelineWidget::metrics(int width) const
{
    Metrics mt;
    const QFontMetrics fm = fontMetrics();
    mt.lineHeight = fm.height();
    mt.radius = std::max(3.0, mt.lineHeight * 0.32);
    mt.pen = std::max(1.0, mt.lineHeight / 12.0);
    mt.margin = mt.lineHeight / 2;
    const int count = std::max<int>(1, int(m_milestones.size()));
    mt.column = std::max(1.0, qreal(width - 2 * mt.margin) / count);
    mt.staggered = staggeredAt(width);
    const int gap = fm.averageCharWidth();
    mt.labelWidth = std::max(1, int(mt.column * (mt.staggered ? 2 : 1)) - gap);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int next = nextIndex();
    for (int i = 0; i < m_milestones.size() && mt.labelLines < kLabelLines; ++i) {
        const QFontMetrics &metricsFor = i == next ? boldMetrics : fm;
        const int height = metricsFor
                               .boundingRect(QRect(0, 0, mt.labelWidth, mt.lineHeight * 10),
                                   Qt::TextWordWrap, m_milestones.at(i).label)
                               .height();
        if (height > mt.lineHeight * 1.5)
            mt.labelLines = kLabelLines;
    }
    const int block = (mt.labelLines + 1) * mt.lineHeight;
    const int space = mt.lineHeight / 4;
    mt.todayTop = mt.margin;
    mt.aboveTop = mt.todayTop + mt.lineHeight + space;
    const int lineTop = mt.staggered ? mt.aboveTop + block + space : mt.aboveTop;
    mt.nodeY = lineTop + int(std::ceil(mt.radius * 1.6));
    mt.belowTop = mt.nodeY + int(std::ceil(mt.radius * 1.6)) + space;
    mt.height = mt.belowTop + block + mt.margin;
    return mt;
}

int TimelineWidget::heightForWidth(int width) const
{
    return metrics(width).height;
}

QSize TimelineWidget::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int count = std::max<int>(1, int(m_milestones.size()));
    const int column = fm.horizontalAdvance(tr("LOA resubmitted 2")) + fm.averageCharWidth() * 2;
    const int width = std::max(count * column + fm.height(), fm.averageCharWidth() * 40);
    return { width, heightForWidth(width) };
}

QSize TimelineWidget::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int count = std::max<int>(1, int(m_milestones.size()));
    const int width = std::max(count * fm.averageCharWidth() * 4, fm.averageCharWidth() * 20);
    return { width, heightForWidth(width) };
}

int TimelineWidget::milestoneAt(const QPoint &pos) const
{
    if (m_milestones.isEmpty() || !rect().contains(pos))
        return -1;
    const Metrics mt = metrics(width());
    const int index = int(std::floor((pos.x() - mt.margin) / mt.column));
    return index >= 0 && index < m_milestones.size() ? index : -1;
}

QPoint TimelineWidget::milestonePosition(int index) const
{
    const Metrics mt = metrics(width());
    return QPoint(int(mt.x(index)), mt.nodeY);
}

qreal TimelineWidget::todayX(const Metrics &mt) const
{
    const int n = int(m_milestones.size());
    if (n == 0 || !m_now.isValid())
        return -1;
    // After the last milestone reached by now (overdue ones included, so that
    // the marker shows them behind it), part way to the next by time.
    int last = -1;
    for (int i = 0; i < n; ++i) {
        if (m_milestones.at(i).at.isValid() && m_milestones.at(i).at <= m_now)
            last = i;
    }
    if (last < 0)
        return mt.x(0) - mt.column / 4;
    if (last == n - 1)
        return std::min(mt.x(n - 1) + mt.column / 4, qreal(width() - mt.margin));
    const qint64 span = m_milestones.at(last).at.msecsTo(m_milestones.at(last + 1).at);
    const qreal part = span > 0
        ? std::clamp(qreal(m_milestones.at(last).at.msecsTo(m_now)) / qreal(span), 0.1, 0.9)
        : 0.5;
    return mt.x(last) + part * mt.column;
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = milestoneAt(help->pos());
        if (index >= 0) {
            QString text = milestoneText(index);
            if (index == nextIndex())
                text = tr("Next: %1").arg(text);
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LocaleChange:
    case QEvent::LanguageChange:
        updateDescription();
        Q_FALLTHROUGH();
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        updateGeometry();
        update();
        break;
    default:
        break;
    }
}

void TimelineWidget::updateDescription()
{
    if (m_milestones.isEmpty()) {
        setAccessibleDescription(tr("No case shown."));
        setToolTip(QString());
        return;
    }
    QStringList parts;
    for (int i = 0; i < m_milestones.size(); ++i)
        parts << milestoneText(i);
    QString text = tr("%n milestones. ", nullptr, int(m_milestones.size()))
        + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    const int next = nextIndex();
    if (next >= 0)
        text += QLatin1Char(' ') + tr("Next: %1.").arg(m_milestones.at(next).label);
    if (m_now.isValid())
        text += QLatin1Char(' ') + tr("Today is %1.").arg(longDate(locale(), m_now, m_zone));
    setAccessibleDescription(text);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    if (m_milestones.isEmpty())
        return;
    const Metrics mt = metrics(width());
    const int n = int(m_milestones.size());
    const QPalette pal = palette();
    const QColor done = pal.color(QPalette::Highlight);
    const QColor text = pal.color(QPalette::WindowText);
    // Lines and rings ahead are the text colour, faded; text ahead is the
    // muted tone, which keeps 4.5:1 on the window (light or dark).
    QColor ahead = text;
    ahead.setAlphaF(0.6);
    const QColor aheadText = tones::text(tones::Tone::Muted, pal, QPalette::Window);
    const QColor alert = tones::text(tones::Tone::Error, pal, QPalette::Window);
    const QColor today = tones::text(tones::Tone::Info, pal, QPalette::Window);
    const int next = nextIndex();

    QPainter p(this);
    if (hasFocus()) {
        // Reached by Tab (for its description): show where the focus is.
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = pal.color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
    p.setRenderHint(QPainter::Antialiasing);

    // The line: solid up to the last milestone done, dashed ahead.
    for (int i = 0; i + 1 < n; ++i) {
        const bool reached = !m_milestones.at(i + 1).projected;
        QPen pen(reached ? done : ahead, reached ? mt.pen * 2 : mt.pen,
            reached ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap);
        p.setPen(pen);
        p.drawLine(
            QPointF(mt.x(i) + mt.radius, mt.nodeY), QPointF(mt.x(i + 1) - mt.radius, mt.nodeY));
    }

    // Today: a dotted mark across the line, named above it.
    const qreal tx = todayX(mt);
    if (tx >= 0) {
        p.setPen(QPen(today, mt.pen, Qt::DotLine));
        p.drawLine(QPointF(tx, mt.todayTop + mt.lineHeight), QPointF(tx, mt.nodeY + mt.radius * 2));
        const QString label = tr("Today");
        const int w = fontMetrics().horizontalAdvance(label);
        const int left = std::clamp(int(tx - w / 2.0), 0, std::max(0, width() - w));
        p.setPen(today);
        p.drawText(QRect(left, mt.todayTop, w, mt.lineHeight), Qt::AlignCenter, label);
    }

    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < n; ++i) {
        const Milestone &m = m_milestones.at(i);
        const QPointF c(mt.x(i), mt.nodeY);
        // The node: filled when done, hollow ahead, alert-coloured when
        // overdue or when the case ended without a port.
        if (endedBadly(m)) {
            p.setPen(QPen(alert, mt.pen));
            p.setBrush(alert);
        } else if (!m.projected) {
            p.setPen(QPen(done, mt.pen));
            p.setBrush(done);
        } else {
            p.setPen(QPen(m.overdue ? alert : ahead, mt.pen * (m.overdue ? 2 : 1.5)));
            p.setBrush(pal.color(QPalette::Base));
        }
        p.drawEllipse(c, mt.radius, mt.radius);
        if (i == next) {
            // The step the case waits for: a ring around it.
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(m.overdue ? alert : done, mt.pen));
            p.drawEllipse(c, mt.radius * 1.6, mt.radius * 1.6);
        }

        // Label and date, wrapped to two lines in the column's width (two
        // columns when staggered), elided beyond.
        p.setFont(i == next ? bold : font());
        const QFontMetrics fm = p.fontMetrics();
        const int w = mt.labelWidth;
        int left = int(c.x() - w / 2.0);
        left = std::clamp(left, 0, std::max(0, width() - w));
        QString label = m.label;
        const int flags = Qt::TextWordWrap | Qt::AlignHCenter;
        QRect wrapped = fm.boundingRect(QRect(left, 0, w, mt.lineHeight * 10), flags, label);
        if (wrapped.height() > mt.labelLines * mt.lineHeight) {
            label = fm.elidedText(label, Qt::ElideRight, w);
            wrapped = fm.boundingRect(QRect(left, 0, w, mt.lineHeight), flags, label);
        }
        const int labelHeight = std::max(mt.lineHeight, wrapped.height());
        // Short of room, a done milestone's date goes without its time.
        QString date = labelDate(m);
        if (fontMetrics().horizontalAdvance(date) > w)
            date = fontMetrics().elidedText(labelDate(m, false), Qt::ElideRight, w);
        // Above the line the date is nearest to it, the label over the date;
        // below, the label first and the date right under it.
        const QRect dateBox = mt.above(i)
            ? QRect(left, mt.aboveTop + mt.labelLines * mt.lineHeight, w, mt.lineHeight)
            : QRect(left, mt.belowTop + labelHeight, w, mt.lineHeight);
        const QRect labelBox = mt.above(i)
            ? QRect(left, dateBox.top() - labelHeight, w, labelHeight)
            : QRect(left, mt.belowTop, w, labelHeight);
        // The texts sit on the window colour, so that the today mark passes
        // behind them rather than through them.
        const QBrush behind = pal.brush(QPalette::Window);
        p.fillRect(fm.boundingRect(labelBox, flags, label), behind);
        p.setPen(endedBadly(m) ? alert : text);
        p.drawText(labelBox, flags, label);
        QFont dateFont = font();
        dateFont.setItalic(m.projected);
        p.setFont(dateFont);
        p.fillRect(p.fontMetrics().boundingRect(dateBox, Qt::AlignHCenter | Qt::AlignVCenter, date),
            behind);
        p.setPen(m.overdue ? alert : (m.projected ? aheadText : text));
        p.drawText(dateBox, Qt::AlignHCenter | Qt::AlignVCenter, date);
    }
}

} // namespace portdesk
