// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>
#include <QResizeEvent>

namespace portdesk {

// A word-wrapped label for the messages beside fields. A plain QLabel asks
// for the height its text needs at about 80 characters, so in a wide page a
// two-line message sits in a box with empty lines around it; this one asks
// for the height at the width it actually has.
class MessageLabel : public QLabel
{
public:
    explicit MessageLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        // As tall as the text, never stretched by the layout.
        QSizePolicy policy = sizePolicy();
        policy.setVerticalPolicy(QSizePolicy::Maximum);
        setSizePolicy(policy);
    }

    // The layouts take the height from sizeHint(), fitted to the width the
    // label has; a resize asks them again.
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override { return fitted(QLabel::sizeHint()); }
    QSize minimumSizeHint() const override { return fitted(QLabel::minimumSizeHint()); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (wordWrap() && event->oldSize().width() != event->size().width())
            updateGeometry();
    }

private:
    QSize fitted(QSize size) const
    {
        if (wordWrap() && width() > 0 && !text().isEmpty())
            size.setHeight(heightForWidth(width()));
        return size;
    }
};

} // namespace portdesk
