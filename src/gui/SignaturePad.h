// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace portdesk {

// A surface to draw a signature on with the mouse, a pen or a finger.
// Strokes are kept in the pad's own unit square, so they survive resizing
// and export sharply at any resolution (high-DPI screens included). Drawing
// is optional: the typed name signs on its own, so keyboard users need not
// touch it; Delete or Backspace clears it when it has focus.
class SignaturePad : public QWidget {
    Q_OBJECT

public:
    struct Point {
        QPointF at; // 0..1 across and down the pad
        qreal pressure = 0.5; // 0..1; the mouse draws at 0.5
    };
    using Stroke = QList<Point>;

    explicit SignaturePad(QWidget *parent = nullptr);
    ~SignaturePad() override;

    bool isEmpty() const { return m_strokes.isEmpty(); }
    QList<Stroke> strokes() const { return m_strokes; }
    // Adds a finished stroke (points in the unit square).
    void addStroke(const Stroke &stroke);

    // The drawing in black ink on a transparent background, the pad's
    // proportions at `size` pixels. Null when nothing is drawn.
    QImage toImage(const QSize &size = exportSize()) const;
    // toImage() as PNG bytes; empty when nothing is drawn.
    QByteArray toPng(const QSize &size = exportSize()) const;
    // 3:1, sharp when printed about 2.5 inches wide at 240 dpi.
    static QSize exportSize() { return QSize(600, 200); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    // A stroke was finished or the pad was cleared.
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    Point toUnit(const QPointF &position, qreal pressure) const;
    void begin(const QPointF &position, qreal pressure);
    void extend(const QPointF &position, qreal pressure);
    void finish();
    // Paints strokes into a rectangle of the given size (widget or image).
    void paintStrokes(
        QPainter *painter, const QSizeF &size, qreal inkScale, const QColor &ink) const;

    QList<Stroke> m_strokes;
    Stroke m_current;
    bool m_drawing = false;
};

} // namespace portdesk
