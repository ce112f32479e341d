// SPDX-License-Identifier: Apache-2.0
// Settings (issue 16, item 2) below the dialog: the organization's settings
// file and the move from the old folder, the data paths an existing user
// keeps, the store main.cpp opens, and the extra non-business days that the
// core calendar, the request rules and portdesk-cli honour. Everything in a
// temporary XDG_CONFIG_HOME / XDG_DATA_HOME.

#include "ProgramRun.h"

#include "core/AppSettings.h"
#include "core/BusinessCalendar.h"
#include "core/CalendarSettings.h"
#include "core/RequestValidator.h"
#include "sample/SampleStore.h"
#include "store/PersonalKey.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace portdesk;

namespace {

QList<QDate> dates(const QString &list)
{
    QList<QDate> out;
    for (const QString &day : list.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << QDate::fromString(day, Qt::ISODate);
    return out;
}

const char kRequest[] = R"({
  "productType": "BusinessCalling",
  "adminEmail": "admin@example.com",
  "requestedPortAt": "2026-12-15T10:00:00-05:00",
  "btnOption": "none",
  "carriers": [
    {
      "carrier": "Example Telecom",
      "btn": "+12064440100",
      "authorizingPerson": "Jane Roe",
      "authorizingTitle": "Office Manager",
      "authorizingPhone": "(206) 444-9911",
      "customerType": "business",
      "portType": "full",
      "customerName": "Example Corp",
      "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
      "numbers": ["+12064440101"]
    }
  ]
})";

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void oldSettingsMoveOnce();
    void dataPathsStayWhereTheyWere();
    void storeChoice_data();
    void storeChoice();
    void storePasswordGoesInTheUrlOnly();
    void extraDaysMoveDates_data();
    void extraDaysMoveDates();
    void extraDaysRefuseFocAndPortDate();
    void badDateInSettingsIsNamedAndIgnored();
    void cliHonoursExtraDays();

private:
    QTemporaryDir m_home;
    QString m_config;
    QString m_data;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_config = m_home.filePath(QStringLiteral("config"));
    m_data = m_home.filePath(QStringLiteral("data"));
    QDir().mkpath(m_config);
    QDir().mkpath(m_data);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data));
    qputenv("PORTDESK_KEYRING", "off");
    QCoreApplication::setApplicationName(QStringLiteral("PortDesk"));
    QCoreApplication::setOrganizationName(QString());
}

void TestSettings::cleanup()
{
    BusinessCalendar::setExtraNonBusinessDays({});
}

void TestSettings::oldSettingsMoveOnce()
{
    // What an existing user has: the settings of a PortDesk without an
    // organization name.
    const QString oldPath = m_config + QStringLiteral("/Unknown Organization/PortDesk.conf");
    {
        QSettings old;
        QCOMPARE(old.fileName(), oldPath);
        old.setValue(QStringLiteral("role"), QStringLiteral("support"));
        old.setValue(QStringLiteral("loa/gainingProvider/name"), QStringLiteral("Acme Voice"));
        old.setValue(QStringLiteral("notify/smtp/url"), QStringLiteral("smtp://mail.example.com"));
    }
    QVERIFY(QFile::exists(oldPath));
    QCOMPARE(AppSettings::oldSettingsPath(), oldPath);

    const QStringList problems = AppSettings::setUp();
    QVERIFY(problems.isEmpty());
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("PortDesk"));
    QCOMPARE(QCoreApplication::organizationDomain(), QStringLiteral("portdesk.github.io"));
    const QSettings moved;
    QCOMPARE(moved.fileName(), m_config + QStringLiteral("/PortDesk/PortDesk.conf"));
    QCOMPARE(moved.value(QStringLiteral("role")).toString(), QStringLiteral("support"));
    QCOMPARE(moved.value(QStringLiteral("loa/gainingProvider/name")).toString(),
        QStringLiteral("Acme Voice"));
    QCOMPARE(moved.value(QStringLiteral("notify/smtp/url")).toString(),
        QStringLiteral("smtp://mail.example.com"));
    QVERIFY(!QFile::exists(oldPath));
    QVERIFY(!QDir(m_config + QStringLiteral("/Unknown Organization")).exists());

    // Once: an old file that reappears does not overwrite the new settings.
    {
        QSettings old(oldPath, QSettings::IniFormat);
        old.setValue(QStringLiteral("role"), QStringLiteral("admin"));
    }
    QVERIFY(!AppSettings::moveOldSettings());
    QCOMPARE(QSettings().value(QStringLiteral("role")).toString(), QStringLiteral("support"));
    QFile::remove(oldPath);
}

void TestSettings::dataPathsStayWhereTheyWere()
{
    // With the organization named, QStandardPaths::AppDataLocation would be
    // data/PortDesk/PortDesk: the store, the sample and the key stay put.
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("PortDesk"));
    QCOMPARE(Store::defaultUrl(), m_data + QStringLiteral("/PortDesk/portdesk.sqlite"));
    QCOMPARE(SampleStore::defaultPath(), m_data + QStringLiteral("/PortDesk/sample.sqlite"));
    QCOMPARE(PersonalKey::keyFilePath(), m_config + QStringLiteral("/portdesk/store.key"));
    QVERIFY(!QDir(m_data + QStringLiteral("/PortDesk/PortDesk")).exists());
}

void TestSettings::storeChoice_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("source");
    const QString pg = QStringLiteral("postgresql://alice@db.example.com/portdesk");
    QTest::newRow("--db first") << QStringLiteral("/tmp/a.sqlite") << QStringLiteral("/tmp/b.sqlite")
                                << pg << QStringLiteral("/tmp/a.sqlite")
                                << int(StoreChoice::Source::Option);
    QTest::newRow("then PORTDESK_DB") << QString() << QStringLiteral("/tmp/b.sqlite") << pg
                                      << QStringLiteral("/tmp/b.sqlite")
                                      << int(StoreChoice::Source::Environment);
    QTest::newRow("then the settings") << QString() << QString() << pg << pg
                                       << int(StoreChoice::Source::Settings);
    QTest::newRow("blank is none") << QStringLiteral("  ") << QString() << QStringLiteral(" ")
                                   << QStringLiteral("default")
                                   << int(StoreChoice::Source::Default);
    QTest::newRow("else the default") << QString() << QString() << QString()
                                      << QStringLiteral("default")
                                      << int(StoreChoice::Source::Default);
}

void TestSettings::storeChoice()
{
    QFETCH(QString, option);
    QFETCH(QString, environment);
    QFETCH(QString, settings);
    QFETCH(QString, url);
    QFETCH(int, source);
    const StoreChoice choice
        = StoreChoice::choose(option, environment, settings, QStringLiteral("default"));
    QCOMPARE(choice.url, url);
    QCOMPARE(int(choice.source), source);

    // What main.cpp asks: the URL kept by the settings.
    AppSettings::setStoreUrl(settings);
    QCOMPARE(StoreChoice::choose(option, environment, AppSettings::storeUrl(),
                 QStringLiteral("default"))
                 .url,
        url);
    AppSettings::setStoreUrl(QString());
}

void TestSettings::storePasswordGoesInTheUrlOnly()
{
    const QString url = QStringLiteral("postgresql://alice@db.example.com:5432/portdesk");
    QCOMPARE(storeUrlWithPassword(url, QStringLiteral("pw")),
        QStringLiteral("postgresql://alice:pw@db.example.com:5432/portdesk"));
    QCOMPARE(storeUrlWithPassword(url, QString()), url);
    QCOMPARE(storeUrlWithPassword(QStringLiteral("/tmp/a.sqlite"), QStringLiteral("pw")),
        QStringLiteral("/tmp/a.sqlite"));
    // The keyring's entry never holds the password.
    QCOMPARE(storePasswordEntry(QStringLiteral("postgresql://alice:pw@db.example.com:5432/portdesk")),
        QStringLiteral("store-password:") + url);
}

void TestSettings::extraDaysMoveDates_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    const QDate monday(2026, 12, 21);
    QTest::newRow("none") << QString() << monday << 2 << QDate(2026, 12, 23);
    QTest::newRow("one in the way") << QStringLiteral("2026-12-22") << monday << 2
                                    << QDate(2026, 12, 24);
    // 24 Thursday, then Christmas and the weekend.
    QTest::newRow("two, then Christmas") << QStringLiteral("2026-12-22 2026-12-23") << monday << 2
                                         << QDate(2026, 12, 28);
    QTest::newRow("on a weekend: no change") << QStringLiteral("2026-12-26") << monday << 2
                                             << QDate(2026, 12, 23);
    QTest::newRow("on a federal holiday: no change") << QStringLiteral("2026-12-25")
                                                     << QDate(2026, 12, 24) << 1
                                                     << QDate(2026, 12, 28);
    QTest::newRow("backwards") << QStringLiteral("2026-12-18") << monday << -1
                               << QDate(2026, 12, 17);
    QTest::newRow("zero from an extra day") << QStringLiteral("2026-12-21") << monday << 0
                                            << QDate(2026, 12, 22);
    QTest::newRow("outside the holiday months") << QStringLiteral("2026-04-03")
                                                << QDate(2026, 4, 2) << 1 << QDate(2026, 4, 6);
}

void TestSettings::extraDaysMoveDates()
{
    QFETCH(QString, extra);
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    CalendarSettings::save(dates(extra));
    QVERIFY(CalendarSettings::install().isEmpty());
    QCOMPARE(BusinessCalendar::addBusinessDays(from, days), expected);
    for (const QDate &day : dates(extra)) {
        QVERIFY(!BusinessCalendar::isBusinessDay(day));
        QVERIFY(!BusinessCalendar::holidayOn(day).name.isEmpty());
    }
    CalendarSettings::save({});
}

void TestSettings::extraDaysRefuseFocAndPortDate()
{
    const QDateTime now(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);
    const QDateTime foc(QDate(2026, 12, 15), QTime(10, 0), Qt::UTC);
    QVERIFY(RequestValidator::checkFocDate(foc, now, QStringLiteral("focAt")).isEmpty());
    BusinessCalendar::setExtraNonBusinessDays({ QDate(2026, 12, 15) });
    const Violations refused = RequestValidator::checkFocDate(foc, now, QStringLiteral("focAt"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().rule, QStringLiteral("foc.not-business-day"));
    QVERIFY2(refused.first().message.contains(QLatin1String("extra non-business days")),
        qPrintable(refused.first().message));
    QVERIFY(!refused.first().message.contains(QLatin1String("federal")));
    // A federal holiday still says so.
    const Violations christmas = RequestValidator::checkFocDate(
        QDateTime(QDate(2026, 12, 25), QTime(10, 0), Qt::UTC), now, QStringLiteral("focAt"));
    QCOMPARE(christmas.size(), 1);
    QVERIFY(christmas.first().message.contains(QLatin1String("federal")));
    // The calendar's list of the year shows the day too.
    bool listed = false;
    for (const Holiday &h : BusinessCalendar::holidays(2026))
        listed = listed || (h.date == QDate(2026, 12, 15) && !h.federal);
    QVERIFY(listed);
}

void TestSettings::badDateInSettingsIsNamedAndIgnored()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("calendar/extraNonBusinessDays"),
            QStringList { QStringLiteral("2026-12-24"), QStringLiteral("2026-13-40"),
                QStringLiteral("tomorrow") });
    }
    const QStringList problems = CalendarSettings::install();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(QLatin1String("\"2026-13-40\"")));
    QVERIFY(problems.at(0).contains(QLatin1String("Extra non-business days")));
    QVERIFY(problems.at(1).contains(QLatin1String("\"tomorrow\"")));
    QCOMPARE(BusinessCalendar::extraNonBusinessDays(), QList<QDate> { QDate(2026, 12, 24) });
    QVERIFY(!BusinessCalendar::isBusinessDay(QDate(2026, 12, 24)));
    // The start of a program names them too, and goes on.
    QCOMPARE(AppSettings::setUp(), problems);
    CalendarSettings::save({});
}

void TestSettings::cliHonoursExtraDays()
{
    const QString request = m_home.filePath(QStringLiteral("request.json"));
    {
        QFile file(request);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kRequest);
    }
    const QString db = m_home.filePath(QStringLiteral("cli.sqlite"));
    const auto submit = [&] {
        return runProgram(QStringLiteral(PORTDESK_CLI_PATH),
            { QStringLiteral("--db"), db, QStringLiteral("--now"),
                QStringLiteral("2026-11-02T15:00:00Z"), QStringLiteral("port-in"),
                QStringLiteral("submit"), QStringLiteral("--dry-run"), request },
            { { QStringLiteral("XDG_CONFIG_HOME"), m_config },
                { QStringLiteral("XDG_DATA_HOME"), m_data },
                { QStringLiteral("PORTDESK_KEYRING"), QStringLiteral("off") } });
    };
    ProgramRun r = submit();
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    CalendarSettings::save({ QDate(2026, 12, 15) });
    r = submit();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("[date.holiday]")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("2026-12-15")), qPrintable(r.err));
    CalendarSettings::save({});
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
