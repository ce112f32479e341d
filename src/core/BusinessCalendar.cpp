// SPDX-License-Identifier: Apache-2.0
#include "BusinessCalendar.h"

#include <QtGlobal>

#include <algorithm>
#include <optional>

namespace portdesk {

namespace {

// A holiday before translation: the name is looked up when it is shown, so a
// language switch applies without recomputing anything.
struct RawHoliday {
    QDate date;
    QDate actualDate;
    const char *name;
    bool federal = true;
};

const char kExtraDayName[] = QT_TRANSLATE_NOOP("BusinessCalendar", "a non-business day of your carrier");

// Sorted, no duplicates: set at start, read only afterwards.
QList<QDate> &extraDays()
{
    static QList<QDate> days;
    return days;
}

bool isExtraDay(const QDate &date)
{
    const QList<QDate> &days = extraDays();
    return std::binary_search(days.cbegin(), days.cend(), date);
}

// The n-th weekday (1 = Monday) of a month; n == -1 gives the last one.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

QDate observed(const QDate &actual)
{
    switch (actual.dayOfWeek()) {
    case Qt::Saturday:
        return actual.addDays(-1);
    case Qt::Sunday:
        return actual.addDays(1);
    default:
        return actual;
    }
}

// The holidays whose calendar date falls in year (5 U.S.C. 6103(a)).
void appendHolidaysOf(int year, QList<RawHoliday> &out)
{
    const auto add = [&out](const QDate &actual, const char *name) {
        out.append({ observed(actual), actual, name });
    };
    add(QDate(year, 1, 1), QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day"));
    add(nthWeekday(year, 1, Qt::Monday, 3),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Birthday of Martin Luther King, Jr."));
    add(nthWeekday(year, 2, Qt::Monday, 3),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Washington's Birthday"));
    add(nthWeekday(year, 5, Qt::Monday, -1), QT_TRANSLATE_NOOP("BusinessCalendar", "Memorial Day"));
    // Juneteenth became a federal holiday on 2021-06-17 and was first observed
    // that year (Friday 2021-06-18).
    if (year >= 2021)
        add(QDate(year, 6, 19),
            QT_TRANSLATE_NOOP("BusinessCalendar", "Juneteenth National Independence Day"));
    add(QDate(year, 7, 4), QT_TRANSLATE_NOOP("BusinessCalendar", "Independence Day"));
    add(nthWeekday(year, 9, Qt::Monday, 1), QT_TRANSLATE_NOOP("BusinessCalendar", "Labor Day"));
    add(nthWeekday(year, 10, Qt::Monday, 2), QT_TRANSLATE_NOOP("BusinessCalendar", "Columbus Day"));
    add(QDate(year, 11, 11), QT_TRANSLATE_NOOP("BusinessCalendar", "Veterans Day"));
    add(nthWeekday(year, 11, Qt::Thursday, 4),
        QT_TRANSLATE_NOOP("BusinessCalendar", "Thanksgiving Day"));
    add(QDate(year, 12, 25), QT_TRANSLATE_NOOP("BusinessCalendar", "Christmas Day"));
}

// Observed in year: the year's own holidays, less a New Year's Day observed on
// the previous December 31, plus the next New Year's Day if it is observed on
// this December 31.
QList<RawHoliday> rawHolidays(int year)
{
    QList<RawHoliday> all;
    all.reserve(24);
    appendHolidaysOf(year, all);
    const QDate nextNewYear(year + 1, 1, 1);
    if (observed(nextNewYear).year() == year)
        all.append({ observed(nextNewYear), nextNewYear,
            QT_TRANSLATE_NOOP("BusinessCalendar", "New Year's Day") });
    all.erase(std::remove_if(all.begin(), all.end(),
                  [year](const RawHoliday &h) { return h.date.year() != year; }),
        all.end());
    for (const QDate &day : extraDays()) {
        const bool federal = std::any_of(all.cbegin(), all.cend(),
            [&day](const RawHoliday &h) { return h.date == day; });
        if (day.year() == year && !federal)
            all.append({ day, day, kExtraDayName, false });
    }
    std::stable_sort(all.begin(), all.end(),
        [](const RawHoliday &a, const RawHoliday &b) { return a.date < b.date; });
    return all;
}

Holiday translated(const RawHoliday &raw)
{
    return { raw.date, raw.actualDate, BusinessCalendar::tr(raw.name), raw.federal };
}

// The observed holiday on date, if any, without translating its name: this is
// what the business-day arithmetic asks many times.
std::optional<RawHoliday> rawHolidayOn(const QDate &date)
{
    // Cheap test first: observed holidays fall in these months only.
    static constexpr bool holidayMonth[13]
        = { false, true, true, false, false, true, true, true, false, true, true, true, true };
    if (!date.isValid())
        return std::nullopt;
    if (!holidayMonth[date.month()])
        return isExtraDay(date) ? std::optional<RawHoliday>({ date, date, kExtraDayName, false })
                                : std::nullopt;
    const QList<RawHoliday> raw = rawHolidays(date.year());
    for (const RawHoliday &h : raw) {
        if (h.date == date)
            return h;
    }
    return std::nullopt;
}

} // namespace

QList<Holiday> BusinessCalendar::holidays(int year)
{
    QList<Holiday> out;
    const QList<RawHoliday> raw = rawHolidays(year);
    out.reserve(raw.size());
    for (const RawHoliday &h : raw)
        out.append(translated(h));
    return out;
}

Holiday BusinessCalendar::holidayOn(const QDate &date)
{
    const std::optional<RawHoliday> raw = rawHolidayOn(date);
    return raw ? translated(*raw) : Holiday {};
}

bool BusinessCalendar::isWeekend(const QDate &date)
{
    const int day = date.dayOfWeek();
    return day == Qt::Saturday || day == Qt::Sunday;
}

bool BusinessCalendar::isBusinessDay(const QDate &date)
{
    return date.isValid() && !isWeekend(date) && !rawHolidayOn(date);
}

QDate BusinessCalendar::addBusinessDays(const QDate &date, int n)
{
    if (!date.isValid())
        return {};
    QDate day = date;
    if (n == 0) {
        while (!isBusinessDay(day))
            day = day.addDays(1);
        return day;
    }
    const int step = n > 0 ? 1 : -1;
    for (int left = qAbs(n); left > 0;) {
        day = day.addDays(step);
        if (isBusinessDay(day))
            --left;
    }
    return day;
}

void BusinessCalendar::setExtraNonBusinessDays(const QList<QDate> &days)
{
    QList<QDate> sorted;
    for (const QDate &day : days) {
        if (day.isValid())
            sorted.append(day);
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    extraDays() = sorted;
}

QList<QDate> BusinessCalendar::extraNonBusinessDays()
{
    return extraDays();
}

int BusinessCalendar::businessDaysBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isBusinessDay(day))
            ++count;
    }
    return count;
}

} // namespace portdesk
