// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace portdesk {

struct Holiday
{
    QDate date;         // the day it is observed (the day offices close)
    QDate actualDate;   // the calendar date of the holiday itself
    QString name;       // translated, e.g. "Independence Day"
    bool federal = true; // false: an extra non-business day of the settings
};

// United States federal holidays (5 U.S.C. 6103): all eleven, Juneteenth from
// 2021, with a Saturday holiday observed on the Friday before and a Sunday
// holiday on the Monday after. Business days are Monday to Friday that are
// not observed holidays, nor extra non-business days (a carrier's own
// holidays, from the settings: CalendarSettings).
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    // The holidays observed in year, in date order. The year is that of the
    // observed date: New Year's Day 2028 (a Saturday) is observed on Friday
    // 2027-12-31, so it is listed in 2027 and not in 2028.
    static QList<Holiday> holidays(int year);
    // The observed holiday falling on date, if any (name empty when none).
    static Holiday holidayOn(const QDate &date);
    static bool isWeekend(const QDate &date);
    static bool isBusinessDay(const QDate &date);
    // The n-th business day after date (n >= 0; n == 0 gives date itself if a
    // business day, else the next one). Negative n counts backwards.
    static QDate addBusinessDays(const QDate &date, int n);
    // Business days in (from, to]; negative when to < from.
    static int businessDaysBetween(const QDate &from, const QDate &to);

    // Days that are not business days on top of the federal holidays (a
    // carrier's own holidays), honoured by every function above. Set once at
    // start, before any other thread asks (CalendarSettings::install): the
    // calendar is asked by every rule, in every layer, through this static
    // interface.
    static void setExtraNonBusinessDays(const QList<QDate> &days);
    static QList<QDate> extraNonBusinessDays();
};

} // namespace portdesk
