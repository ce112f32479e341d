// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

namespace portdesk {

// The one source of "now" in PortDesk. Production code asks Clock::now();
// the CLI's --now and the tests install a FixedClock instead.
class Clock
{
public:
    virtual ~Clock();

    // Current time in UTC from the installed clock.
    static QDateTime now();

    // Installs a clock (not owned); nullptr restores the system clock.
    static void setInstance(Clock *clock);

protected:
    virtual QDateTime currentUtc() const;
};

// A clock that stands still until told to move: --now and tests.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &at);
    void set(const QDateTime &at);
    void advanceSeconds(qint64 seconds);
    void advanceDays(int days);

protected:
    QDateTime currentUtc() const override;

private:
    QDateTime m_at;
};

} // namespace portdesk
