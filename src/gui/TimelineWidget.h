// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimeZone>

#include "core/CaseTimeline.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace portdesk {

// A case's milestones from CaseTimeline::build, painted left to right: done
// ones filled, at their actual time; those ahead hollow on a dashed line, at
// their projected date; overdue ones in the alert colour; a today marker.
// Sizes come from the font, colours from the palette; labels wrap, and
// alternate above and below the line when the width is short. Every
// milestone has a tooltip, and the accessible description is the whole
// timeline as text.
class TimelineWidget : public QWidget {
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // now: the time the milestones were built at (the today marker).
    void setMilestones(const QList<Milestone> &milestones, const QDateTime &now);
    void clear();

    const QList<Milestone> &milestones() const { return m_milestones; }
    QDateTime now() const { return m_now; }
    // The zone the dates and times are shown in (the customer's; this
    // machine's until set).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // The first milestone not done yet (-1 when none is ahead).
    int nextIndex() const;
    // One milestone in words: its tooltip and its part of the description.
    QString milestoneText(int index) const;
    // The milestone whose column holds pos (-1 when none).
    int milestoneAt(const QPoint &pos) const;
    // Where milestone index is drawn (its node's centre).
    QPoint milestonePosition(int index) const;
    // Labels alternate above and below the line at this width.
    bool staggeredAt(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Metrics;
    Metrics metrics(int width) const;
    QString labelDate(const Milestone &m, bool withTime = true) const;
    qreal todayX(const Metrics &metrics) const;
    void updateDescription();

    QList<Milestone> m_milestones;
    QDateTime m_now;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace portdesk
