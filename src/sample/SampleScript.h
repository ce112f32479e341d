// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <vector>

namespace portdesk::sample {

// The sample's business hours are US Eastern (standard time, as the
// requested port dates): a time of day there, in minutes after midnight,
// stays on the same date in UTC between 08:00 and 18:00.
constexpr int kOffset = -5 * 3600;
constexpr qint64 kMinute = 60; // seconds
constexpr int kFocMinutes = 10 * 60; // FOCs and requested port dates: 10:00

QDateTime localTime(const QDate &day, int minutes);
QDate localDate(const QDateTime &at);

// A small, valid one-page PDF with a few lines of text (Helvetica, not
// embedded): what a scanned bill stands in for in the sample.
QByteArray samplePdf(const QStringList &lines);

// The steps of one sample case, planned before any is taken so that the case
// ends where its plan says relative to now: each step is some business days
// after the one before at a time of day, or some minutes after it. The queue
// projects the next milestone from the last event, so the plan anchors that
// event: `lag` business days before the latest business day on which its
// time of day has passed. Projected `estimate` business days on, it is then
// overdue only when lag >= estimate, whatever day and hour now is.
class Script {
public:
    using Action = std::function<bool(const QDateTime &at)>;

    // A case event (the last one anchors the plan) or another step (signing,
    // a comment), days business days after the step before, at minutes after
    // local midnight (the same day: after the step before, at the latest).
    int event(int days, int minutes, Action run)
    {
        return add(days, minutes, false, true, std::move(run));
    }
    int other(int days, int minutes, Action run)
    {
        return add(days, minutes, false, false, std::move(run));
    }
    // Another step minutes after the one before (a comment on it).
    int then(int minutes, Action run) { return add(0, minutes, true, false, std::move(run)); }

    // Lays the steps out in time; lastEventAt, when valid, is where the last
    // event must be (on a business day) instead of lag days back.
    void plan(const QDateTime &now, int lag, const QDateTime &lastEventAt = QDateTime());

    QDateTime at(int step) const { return m_times.at(size_t(step)); }

    // Takes the steps in order on the clock; false at the first that failed.
    bool run(FixedClock &clock) const;

private:
    struct Step {
        int days = 0;
        int minutes = 0;
        bool afterPrevious = false;
        bool isEvent = false;
        Action run;
    };

    int add(int days, int minutes, bool afterPrevious, bool isEvent, Action run)
    {
        m_steps.push_back(Step { days, minutes, afterPrevious, isEvent, std::move(run) });
        return int(m_steps.size()) - 1;
    }

    std::vector<Step> m_steps;
    std::vector<QDateTime> m_times;
};

} // namespace portdesk::sample
