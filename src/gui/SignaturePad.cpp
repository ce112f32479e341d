// SPDX-License-Identifier: Apache-2.0
#include "SignaturePad.h"

#include <QBuffer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>

#include <algorithm>

namespace portdesk {

namespace {

// Ink width in pixels of a 600 px wide pad, by pen pressure.
qreal inkWidth(qreal pressure)
{
    return 1.6 + 2.4 * std::clamp(pressure, 0.0, 1.0);
}

} // namespace

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Signature pad"));
    setAccessibleDescription(tr("Optional: draw the signature with a mouse, pen or finger. "
                                "The typed name signs on its own. Delete clears the drawing."));
    setToolTip(tr("Draw the signature here (optional). Delete or Backspace clears it."));
}

SignaturePad::~SignaturePad() = default;

QSize SignaturePad::sizeHint() const
{
    return QSize(450, 150);
}

QSize SignaturePad::minimumSizeHint() const
{
    return QSize(240, 80);
}

void SignaturePad::addStroke(const Stroke &stroke)
{
    if (stroke.isEmpty())
        return;
    m_strokes.append(stroke);
    update();
    Q_EMIT changed();
}

void SignaturePad::clear()
{
    const bool hadInk = !m_strokes.isEmpty() || m_drawing;
    m_strokes.clear();
    m_current.clear();
    m_drawing = false;
    update();
    if (hadInk)
        Q_EMIT changed();
}

SignaturePad::Point SignaturePad::toUnit(const QPointF &position, qreal pressure) const
{
    const qreal w = std::max(1, width());
    const qreal h = std::max(1, height());
    return Point { QPointF(std::clamp(position.x() / w, 0.0, 1.0),
                       std::clamp(position.y() / h, 0.0, 1.0)),
        pressure };
}

void SignaturePad::begin(const QPointF &position, qreal pressure)
{
    m_drawing = true;
    m_current = Stroke { toUnit(position, pressure) };
    update();
}

void SignaturePad::extend(const QPointF &position, qreal pressure)
{
    if (!m_drawing)
        return;
    const Point p = toUnit(position, pressure);
    if (!m_current.isEmpty() && m_current.constLast().at == p.at)
        return;
    m_current.append(p);
    update();
}

void SignaturePad::finish()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    m_strokes.append(m_current); // a single point is a dot: part of many signatures
    m_current.clear();
    update();
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    begin(event->position(), 0.5);
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    extend(event->position(), 0.5);
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    extend(event->position(), 0.5);
    finish();
    event->accept();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    // Accepted, so that Qt does not also synthesize mouse events from it.
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        extend(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        extend(event->position(), event->pressure());
        finish();
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void SignaturePad::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && event->modifiers() == Qt::NoModifier) {
        clear();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SignaturePad::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void SignaturePad::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void SignaturePad::paintStrokes(
    QPainter *painter, const QSizeF &size, qreal inkScale, const QColor &ink) const
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    QList<Stroke> all = m_strokes;
    if (m_drawing && !m_current.isEmpty())
        all.append(m_current);
    for (const Stroke &stroke : std::as_const(all)) {
        const auto at = [&size](const Point &p) {
            return QPointF(p.at.x() * size.width(), p.at.y() * size.height());
        };
        if (stroke.size() == 1) {
            const qreal r = inkWidth(stroke.first().pressure) * inkScale / 2;
            painter->setPen(Qt::NoPen);
            painter->setBrush(ink);
            painter->drawEllipse(at(stroke.first()), r, r);
            continue;
        }
        // Segment by segment, so that pen pressure shows in the width.
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            const qreal pressure = (stroke.at(i - 1).pressure + stroke.at(i).pressure) / 2;
            painter->setPen(QPen(
                ink, inkWidth(pressure) * inkScale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->drawLine(at(stroke.at(i - 1)), at(stroke.at(i)));
        }
    }
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    // Qt scales the painter by the screen's device pixel ratio: strokes kept
    // as geometry stay sharp on high-DPI screens, unlike a cached pixmap.
    QPainter painter(this);
    const QRectF area = rect();
    painter.fillRect(area, palette().color(QPalette::Base));
    // The line to sign on, as on paper.
    QPen guide(palette().color(QPalette::Mid), 1, Qt::DashLine);
    painter.setPen(guide);
    const qreal lineY = area.height() * 0.78;
    painter.drawLine(QPointF(area.width() * 0.05, lineY), QPointF(area.width() * 0.95, lineY));
    if (isEmpty() && !m_drawing) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            area.adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop, tr("Sign here (optional)"));
    }
    paintStrokes(&painter, area.size(), area.width() / exportSize().width(),
        palette().color(QPalette::Text));
    painter.setPen(
        QPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
            hasFocus() ? 2 : 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5));
}

QImage SignaturePad::toImage(const QSize &size) const
{
    if (isEmpty() || size.isEmpty())
        return QImage();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    // Black ink whatever the colour scheme: the image goes on paper.
    paintStrokes(
        &painter, QSizeF(size), qreal(size.width()) / exportSize().width(), QColor(Qt::black));
    painter.end();
    return image;
}

QByteArray SignaturePad::toPng(const QSize &size) const
{
    const QImage image = toImage(size);
    if (image.isNull())
        return QByteArray();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace portdesk
