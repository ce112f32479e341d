// SPDX-License-Identifier: Apache-2.0
#include "core/BusinessCalendar.h"

#include <QSet>
#include <QTest>

using namespace portdesk;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Row {
    const char *name;
    const char *actual;
    const char *observed;
};

const char *const newYear = "New Year's Day";
const char *const mlk = "Birthday of Martin Luther King, Jr.";
const char *const washington = "Washington's Birthday";
const char *const memorial = "Memorial Day";
const char *const juneteenth = "Juneteenth National Independence Day";
const char *const independence = "Independence Day";
const char *const labor = "Labor Day";
const char *const columbus = "Columbus Day";
const char *const veterans = "Veterans Day";
const char *const thanksgiving = "Thanksgiving Day";
const char *const christmas = "Christmas Day";

// Every federal holiday of 2024-2030 as OPM publishes them: the legal date and
// the day offices close. Written out by hand from the published calendars,
// not computed.
const Row federalHolidays[] = {
    { newYear, "2024-01-01", "2024-01-01" },
    { mlk, "2024-01-15", "2024-01-15" },
    { washington, "2024-02-19", "2024-02-19" },
    { memorial, "2024-05-27", "2024-05-27" },
    { juneteenth, "2024-06-19", "2024-06-19" },
    { independence, "2024-07-04", "2024-07-04" },
    { labor, "2024-09-02", "2024-09-02" },
    { columbus, "2024-10-14", "2024-10-14" },
    { veterans, "2024-11-11", "2024-11-11" },
    { thanksgiving, "2024-11-28", "2024-11-28" },
    { christmas, "2024-12-25", "2024-12-25" },

    { newYear, "2025-01-01", "2025-01-01" },
    { mlk, "2025-01-20", "2025-01-20" },
    { washington, "2025-02-17", "2025-02-17" },
    { memorial, "2025-05-26", "2025-05-26" },
    { juneteenth, "2025-06-19", "2025-06-19" },
    { independence, "2025-07-04", "2025-07-04" },
    { labor, "2025-09-01", "2025-09-01" },
    { columbus, "2025-10-13", "2025-10-13" },
    { veterans, "2025-11-11", "2025-11-11" },
    { thanksgiving, "2025-11-27", "2025-11-27" },
    { christmas, "2025-12-25", "2025-12-25" },

    { newYear, "2026-01-01", "2026-01-01" },
    { mlk, "2026-01-19", "2026-01-19" },
    { washington, "2026-02-16", "2026-02-16" },
    { memorial, "2026-05-25", "2026-05-25" },
    { juneteenth, "2026-06-19", "2026-06-19" },
    { independence, "2026-07-04", "2026-07-03" }, // Saturday -> Friday
    { labor, "2026-09-07", "2026-09-07" },
    { columbus, "2026-10-12", "2026-10-12" },
    { veterans, "2026-11-11", "2026-11-11" },
    { thanksgiving, "2026-11-26", "2026-11-26" },
    { christmas, "2026-12-25", "2026-12-25" },

    { newYear, "2027-01-01", "2027-01-01" },
    { mlk, "2027-01-18", "2027-01-18" },
    { washington, "2027-02-15", "2027-02-15" },
    { memorial, "2027-05-31", "2027-05-31" },
    { juneteenth, "2027-06-19", "2027-06-18" }, // Saturday -> Friday
    { independence, "2027-07-04", "2027-07-05" }, // Sunday -> Monday
    { labor, "2027-09-06", "2027-09-06" },
    { columbus, "2027-10-11", "2027-10-11" },
    { veterans, "2027-11-11", "2027-11-11" },
    { thanksgiving, "2027-11-25", "2027-11-25" },
    { christmas, "2027-12-25", "2027-12-24" }, // Saturday -> Friday

    { newYear, "2028-01-01", "2027-12-31" }, // Saturday -> Friday of the year before
    { mlk, "2028-01-17", "2028-01-17" },
    { washington, "2028-02-21", "2028-02-21" },
    { memorial, "2028-05-29", "2028-05-29" },
    { juneteenth, "2028-06-19", "2028-06-19" },
    { independence, "2028-07-04", "2028-07-04" },
    { labor, "2028-09-04", "2028-09-04" },
    { columbus, "2028-10-09", "2028-10-09" },
    { veterans, "2028-11-11", "2028-11-10" }, // Saturday -> Friday
    { thanksgiving, "2028-11-23", "2028-11-23" },
    { christmas, "2028-12-25", "2028-12-25" },

    { newYear, "2029-01-01", "2029-01-01" },
    { mlk, "2029-01-15", "2029-01-15" },
    { washington, "2029-02-19", "2029-02-19" },
    { memorial, "2029-05-28", "2029-05-28" },
    { juneteenth, "2029-06-19", "2029-06-19" },
    { independence, "2029-07-04", "2029-07-04" },
    { labor, "2029-09-03", "2029-09-03" },
    { columbus, "2029-10-08", "2029-10-08" },
    { veterans, "2029-11-11", "2029-11-12" }, // Sunday -> Monday
    { thanksgiving, "2029-11-22", "2029-11-22" },
    { christmas, "2029-12-25", "2029-12-25" },

    { newYear, "2030-01-01", "2030-01-01" },
    { mlk, "2030-01-21", "2030-01-21" },
    { washington, "2030-02-18", "2030-02-18" },
    { memorial, "2030-05-27", "2030-05-27" },
    { juneteenth, "2030-06-19", "2030-06-19" },
    { independence, "2030-07-04", "2030-07-04" },
    { labor, "2030-09-02", "2030-09-02" },
    { columbus, "2030-10-14", "2030-10-14" },
    { veterans, "2030-11-11", "2030-11-11" },
    { thanksgiving, "2030-11-28", "2030-11-28" },
    { christmas, "2030-12-25", "2030-12-25" },
};

} // namespace

class TestBusinessCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void federalHoliday_data();
    void federalHoliday();
    void holidaysOfYear_data();
    void holidaysOfYear();
    void observedRule_data();
    void observedRule();
    void juneteenthOnlyFrom2021();
    void isWeekend_data();
    void isWeekend();
    void businessDayAgreesWithHolidays();
    void businessDaysPerYear_data();
    void businessDaysPerYear();
    void addBusinessDays_data();
    void addBusinessDays();
    void businessDaysBetween_data();
    void businessDaysBetween();
    void invalidDates();
};

void TestBusinessCalendar::federalHoliday_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("actual");
    QTest::addColumn<QDate>("observed");
    for (const Row &row : federalHolidays) {
        const QByteArray tag = QByteArray(row.actual) + ' ' + row.name;
        QTest::newRow(tag.constData())
            << QString::fromLatin1(row.name) << d(row.actual) << d(row.observed);
    }
}

void TestBusinessCalendar::federalHoliday()
{
    QFETCH(QString, name);
    QFETCH(QDate, actual);
    QFETCH(QDate, observed);

    const Holiday on = BusinessCalendar::holidayOn(observed);
    QCOMPARE(on.name, name);
    QCOMPARE(on.date, observed);
    QCOMPARE(on.actualDate, actual);
    QVERIFY(!BusinessCalendar::isBusinessDay(observed));
    QVERIFY(!BusinessCalendar::isWeekend(observed));

    // Listed under the year it is observed in, exactly once.
    const QList<Holiday> list = BusinessCalendar::holidays(observed.year());
    int found = 0;
    for (const Holiday &h : list) {
        if (h.date == observed) {
            ++found;
            QCOMPARE(h.name, name);
            QCOMPARE(h.actualDate, actual);
        }
    }
    QCOMPARE(found, 1);

    // A weekend holiday's own date is not a holiday; the weekend closes it anyway.
    if (actual != observed) {
        QVERIFY(BusinessCalendar::holidayOn(actual).name.isEmpty());
        QVERIFY(BusinessCalendar::isWeekend(actual));
        QVERIFY(!BusinessCalendar::isBusinessDay(actual));
    }
}

void TestBusinessCalendar::holidaysOfYear_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2024; year <= 2030; ++year)
        QTest::newRow(QByteArray::number(year).constData()) << year;
}

void TestBusinessCalendar::holidaysOfYear()
{
    QFETCH(int, year);
    QList<QDate> expected;
    for (const Row &row : federalHolidays) {
        if (d(row.observed).year() == year)
            expected.append(d(row.observed));
    }
    const QList<Holiday> list = BusinessCalendar::holidays(year);
    QList<QDate> got;
    for (const Holiday &h : list) {
        got.append(h.date);
        QVERIFY(!h.name.isEmpty());
    }
    QCOMPARE(got, expected); // the table is in date order too
}

void TestBusinessCalendar::observedRule_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name"); // empty: not a holiday
    QTest::newRow("2021-12-31 observes New Year 2022")
        << d("2021-12-31") << QString::fromLatin1(newYear);
    QTest::newRow("2022-01-01 Saturday itself") << d("2022-01-01") << QString();
    QTest::newRow("2023-01-02 Sunday New Year -> Monday")
        << d("2023-01-02") << QString::fromLatin1(newYear);
    QTest::newRow("2027-12-31 observes New Year 2028")
        << d("2027-12-31") << QString::fromLatin1(newYear);
    QTest::newRow("2026-07-03 observes Independence Day")
        << d("2026-07-03") << QString::fromLatin1(independence);
    QTest::newRow("2026-07-06 the Monday after is open") << d("2026-07-06") << QString();
    QTest::newRow("2021-06-18 first Juneteenth observed")
        << d("2021-06-18") << QString::fromLatin1(juneteenth);
    QTest::newRow("2027-12-24 Christmas Saturday -> Friday")
        << d("2027-12-24") << QString::fromLatin1(christmas);
    QTest::newRow("2024-12-24 Christmas Eve is not federal") << d("2024-12-24") << QString();
    QTest::newRow("2025-01-20 inauguration day is not listed")
        << d("2025-01-20") << QString::fromLatin1(mlk);
    QTest::newRow("2024-11-29 day after Thanksgiving") << d("2024-11-29") << QString();
}

void TestBusinessCalendar::observedRule()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(BusinessCalendar::holidayOn(date).name, name);
    if (!name.isEmpty())
        QVERIFY(!BusinessCalendar::isBusinessDay(date));
}

void TestBusinessCalendar::juneteenthOnlyFrom2021()
{
    QVERIFY(BusinessCalendar::holidayOn(d("2020-06-19")).name.isEmpty());
    QVERIFY(BusinessCalendar::isBusinessDay(d("2020-06-19"))); // a Friday
    const QList<Holiday> in2020 = BusinessCalendar::holidays(2020);
    QCOMPARE(in2020.size(), 10);
    for (const Holiday &h : in2020)
        QVERIFY(h.name != QLatin1String(juneteenth));
    QCOMPARE(BusinessCalendar::holidays(2021).size(), 12); // Juneteenth + New Year 2022
}

void TestBusinessCalendar::isWeekend_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("weekend");
    QTest::newRow("Fri") << d("2026-03-06") << false;
    QTest::newRow("Sat") << d("2026-03-07") << true;
    QTest::newRow("Sun") << d("2026-03-08") << true;
    QTest::newRow("Mon") << d("2026-03-09") << false;
    QTest::newRow("leap day Thu") << d("2028-02-29") << false;
}

void TestBusinessCalendar::isWeekend()
{
    QFETCH(QDate, date);
    QFETCH(bool, weekend);
    QCOMPARE(BusinessCalendar::isWeekend(date), weekend);
    if (weekend)
        QVERIFY(!BusinessCalendar::isBusinessDay(date));
}

void TestBusinessCalendar::businessDayAgreesWithHolidays()
{
    // Every day of 2020-2031: a business day exactly when neither weekend nor
    // an observed holiday, and holidays(year) lists exactly those holidays.
    for (int year = 2020; year <= 2031; ++year) {
        const QList<Holiday> list = BusinessCalendar::holidays(year);
        QSet<QDate> closed;
        for (const Holiday &h : list) {
            QCOMPARE(h.date.year(), year);
            closed.insert(h.date);
        }
        QCOMPARE(closed.size(), list.size());
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
            const bool holiday = !BusinessCalendar::holidayOn(day).name.isEmpty();
            QCOMPARE(holiday, closed.contains(day));
            QCOMPARE(BusinessCalendar::isBusinessDay(day),
                !BusinessCalendar::isWeekend(day) && !holiday);
        }
    }
}

void TestBusinessCalendar::businessDaysPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("weekdays"); // Monday to Friday in the year
    QTest::newRow("2026") << 2026 << 261;
    QTest::newRow("2027") << 2027 << 261;
    QTest::newRow("2028 leap") << 2028 << 260;
}

void TestBusinessCalendar::businessDaysPerYear()
{
    QFETCH(int, year);
    QFETCH(int, weekdays);
    int observedInYear = 0;
    for (const Row &row : federalHolidays) {
        if (d(row.observed).year() == year)
            ++observedInYear;
    }
    QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31)),
        weekdays - observedInYear);
}

void TestBusinessCalendar::addBusinessDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Mon +1") << d("2026-03-02") << 1 << d("2026-03-03");
    QTest::newRow("Fri +1 over weekend") << d("2026-03-06") << 1 << d("2026-03-09");
    QTest::newRow("Mon +5 a week") << d("2026-03-02") << 5 << d("2026-03-09");
    QTest::newRow("Sat +1 -> Mon") << d("2026-03-07") << 1 << d("2026-03-09");
    QTest::newRow("Thu +1 over observed July 3") << d("2026-07-02") << 1 << d("2026-07-06");
    QTest::newRow("Thu +1 over Christmas Fri") << d("2026-12-24") << 1 << d("2026-12-28");
    QTest::newRow("Wed +1 over Thanksgiving") << d("2024-11-27") << 1 << d("2024-11-29");
    QTest::newRow("Fri +1 over Washington's Birthday") << d("2026-02-13") << 1 << d("2026-02-17");
    QTest::newRow("Fri +1 over Memorial Day") << d("2026-05-22") << 1 << d("2026-05-26");
    QTest::newRow("Thu +5 over both year-end holidays") << d("2027-12-23") << 5 << d("2028-01-03");
    QTest::newRow("0 on a business day") << d("2026-03-04") << 0 << d("2026-03-04");
    QTest::newRow("0 on a Saturday") << d("2026-03-07") << 0 << d("2026-03-09");
    QTest::newRow("0 on MLK day") << d("2026-01-19") << 0 << d("2026-01-20");
    QTest::newRow("0 on observed July 3, then weekend") << d("2026-07-03") << 0 << d("2026-07-06");
    QTest::newRow("Mon -1 over observed July 3") << d("2026-07-06") << -1 << d("2026-07-02");
    QTest::newRow("Tue -1 over MLK day") << d("2026-01-20") << -1 << d("2026-01-16");
    QTest::newRow("Mon -5 a week back") << d("2026-03-09") << -5 << d("2026-03-02");
    QTest::newRow("Mon -1 over New Year observed Dec 31")
        << d("2028-01-03") << -1 << d("2027-12-30");
}

void TestBusinessCalendar::addBusinessDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const QDate got = BusinessCalendar::addBusinessDays(from, n);
    QCOMPARE(got, expected);
    QVERIFY(BusinessCalendar::isBusinessDay(got));
    // The two functions agree: n business days lie in (from, got].
    if (n != 0)
        QCOMPARE(BusinessCalendar::businessDaysBetween(from, got), n);
}

void TestBusinessCalendar::businessDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("same day") << d("2026-03-04") << d("2026-03-04") << 0;
    QTest::newRow("Fri to Mon") << d("2026-03-06") << d("2026-03-09") << 1;
    QTest::newRow("Sat to Sun") << d("2026-03-07") << d("2026-03-08") << 0;
    QTest::newRow("week with July 3") << d("2026-06-29") << d("2026-07-06") << 4;
    QTest::newRow("backwards") << d("2026-07-06") << d("2026-06-29") << -4;
    QTest::newRow("year end 2027") << d("2027-12-20") << d("2028-01-07") << 12;
    QTest::newRow("Thanksgiving week") << d("2024-11-22") << d("2024-11-29") << 4;
}

void TestBusinessCalendar::businessDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(BusinessCalendar::businessDaysBetween(from, to), expected);
    QCOMPARE(BusinessCalendar::businessDaysBetween(to, from), -expected);
}

void TestBusinessCalendar::invalidDates()
{
    QVERIFY(!BusinessCalendar::isBusinessDay(QDate()));
    QVERIFY(BusinessCalendar::holidayOn(QDate()).name.isEmpty());
    QVERIFY(!BusinessCalendar::addBusinessDays(QDate(), 3).isValid());
    QCOMPARE(BusinessCalendar::businessDaysBetween(QDate(), d("2026-03-04")), 0);
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
