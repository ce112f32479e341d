// SPDX-License-Identifier: Apache-2.0
#include "Clock.h"

namespace portdesk {

namespace {
Clock *g_installed = nullptr;
const Clock &systemClock()
{
    static const Clock clock;
    return clock;
}
} // namespace

Clock::~Clock() = default;

QDateTime Clock::now()
{
    return (g_installed ? *g_installed : systemClock()).currentUtc();
}

void Clock::setInstance(Clock *clock)
{
    g_installed = clock;
}

QDateTime Clock::currentUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime &at)
    : m_at(at.toUTC())
{
}

void FixedClock::set(const QDateTime &at)
{
    m_at = at.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    m_at = m_at.addSecs(seconds);
}

void FixedClock::advanceDays(int days)
{
    m_at = m_at.addDays(days);
}

QDateTime FixedClock::currentUtc() const
{
    return m_at;
}

} // namespace portdesk
