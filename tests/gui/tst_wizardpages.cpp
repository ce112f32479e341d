// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"

#include "core/Secret.h"
#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "core/SupportRequestText.h"
#include "gui/Dialogs.h"
#include "gui/wizard/BtnPage.h"
#include "gui/wizard/ContactPage.h"
#include "gui/wizard/PortInWizard.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/SchedulePage.h"
#include "core/RequestValidator.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace portdesk;

namespace {

// Monday 2 November 2026, 15:00 UTC (10:00 in New York).
const QDateTime kNow(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);

CarrierGroup group(const QString &carrier, const QString &btn, const QStringList &numbers,
    const QString &account, const QString &pin)
{
    CarrierGroup g;
    g.carrier = carrier;
    g.btn = btn;
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.accountNumber = account;
    g.pin = pin;
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    g.numbers = numbers;
    return g;
}

// A complete, valid request with two carrier groups (two LOAs).
PortInRequest validRequest()
{
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt
        = QDateTime::fromString(QStringLiteral("2026-12-15T10:00:00-05:00"), Qt::ISODate);
    r.carriers = { group(QStringLiteral("Example Telecom"), QStringLiteral("+12064440100"),
                       { QStringLiteral("+12064440101"), QStringLiteral("(206) 444-0102") },
                       QStringLiteral("ACCT-778899"), QStringLiteral("97531")),
        group(QStringLiteral("Other Tel"), QStringLiteral("+15034440200"),
            { QStringLiteral("503.444.0201") }, QStringLiteral("ACCT-445566"),
            QStringLiteral("86420")) };
    r.carriers[1].customerName = QStringLiteral("Example Corp Portland");
    r.carriers[1].serviceAddress = { QStringLiteral("5 River Rd"), QStringLiteral("Portland"),
        QStringLiteral("OR"), QStringLiteral("97201") };
    return r;
}

// The BTN of the first group is itself among the numbers being ported.
PortInRequest btnPortedRequest()
{
    PortInRequest r = validRequest();
    r.carriers[0].numbers.append(QStringLiteral("206-444-0100"));
    return r;
}

template<typename T> T *child(QWidget *page, const char *name)
{
    return page->findChild<T *>(QString::fromLatin1(name));
}

QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform cannot apply size hints and says so on every page
// change; that line is noise here, everything else goes through.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class TestWizardPages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void btnOptionsUseTheSeedWording();
    void btnPortedWithoutOptionIsRefused();
    void replaceWithTheSameBtnIsRefused();
    void newBtnFieldOnlyForReplace_data();
    void newBtnFieldOnlyForReplace();
    void scheduleRules_data();
    void scheduleRules();
    void zoneOffsetLandsInTheRequest_data();
    void zoneOffsetLandsInTheRequest();
    void zoneProposedFromAddress_data();
    void zoneProposedFromAddress();
    void chosenZoneSurvivesAddressChange();
    void defaultDate_data();
    void defaultDate();
    void liveFeedbackNamesTheDay();
    void badEmailIsRefused_data();
    void badEmailIsRefused();
    void keyboardOnly();
    void reviewShowsEverything();
    void copyAsSupportRequest();
    void previewLoasFromReview();
    void copyRefusedForAnIncompleteRequest();
    void submitCreatesTheCase();
    void adminEmailRemembered();
    void refusedSubmitKeepsTheWizardOpen();
    void screenshots();

private:
    std::unique_ptr<PortInWizard> openWizard(const PortInRequest &request, int startId);
    static bool next(PortInWizard &wizard);

    FixedClock m_clock { kNow };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
};

void TestWizardPages::initTestCase()
{
    // Settings (the remembered admin email) in a folder of the test's own.
    QStandardPaths::setTestModeEnabled(true);
    // Day and month names in the feedback are the locale's: pin English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    g_previousHandler = qInstallMessageHandler(dropOffscreenNoise);
}

void TestWizardPages::init()
{
    m_clock.set(kNow);
    Clock::setInstance(&m_clock);
    Dialogs::reset();
    Dialogs::takeShownMessages(); // scripted: no modal box can block a test
    QSettings().remove(QStringLiteral("wizard/adminEmail"));
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);
}

void TestWizardPages::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_db.reset();
    Dialogs::reset();
    Clock::setInstance(nullptr);
}

std::unique_ptr<PortInWizard> TestWizardPages::openWizard(const PortInRequest &request, int startId)
{
    auto wizard = std::make_unique<PortInWizard>(*m_service);
    wizard->request() = request;
    wizard->setStartId(startId);
    wizard->resize(1000, 700);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

// Presses Next; true when the wizard moved on.
bool TestWizardPages::next(PortInWizard &wizard)
{
    const int before = wizard.currentId();
    wizard.button(QWizard::NextButton)->click();
    return wizard.currentId() != before;
}

void TestWizardPages::btnOptionsUseTheSeedWording()
{
    auto wizard = openWizard(btnPortedRequest(), PortInWizard::BtnPageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    const struct {
        const char *label;
        const char *button;
        BtnOption option;
    } rows[] = { { "optionReplaceText", "optionReplace", BtnOption::Replace },
        { "optionCloseText", "optionClose", BtnOption::Close },
        { "optionEachNumberOwnBtnText", "optionEachNumberOwnBtn", BtnOption::EachNumberOwnBtn } };
    for (const auto &row : rows) {
        QCOMPARE(child<QLabel>(page, row.label)->text(), btnOptionSentence(row.option));
        QCOMPARE(
            child<QRadioButton>(page, row.button)->accessibleName(), btnOptionSentence(row.option));
        // A click on the sentence picks its option.
        QLabel *label = child<QLabel>(page, row.label);
        QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(child<QRadioButton>(page, row.button)->isChecked());
        QCOMPARE(toString(wizard->request().btnOption), toString(row.option));
    }
    // The seed's words, spelled out once here so that a rewording shows.
    QCOMPARE(btnOptionSentence(BtnOption::Close),
        QStringLiteral(
            "I am porting my BTN and I want to close out my account with my current carrier."));
}

void TestWizardPages::btnPortedWithoutOptionIsRefused()
{
    auto wizard = openWizard(btnPortedRequest(), PortInWizard::BtnPageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    // Which BTN is ported is said, and nothing is chosen for the admin.
    const QString status = child<QLabel>(page, "btnStatusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("(206) 444-0100"))
            && status.contains(QStringLiteral("Example Telecom"))
            && status.contains(QStringLiteral("among the numbers being ported")),
        qPrintable(status));
    for (const char *name :
        { "optionReplace", "optionClose", "optionEachNumberOwnBtn", "optionNone" })
        QVERIFY2(!child<QRadioButton>(page, name)->isChecked(), name);

    QVERIFY(!next(*wizard));
    QCOMPARE(wizard->currentId(), int(PortInWizard::BtnPageId));
    QLabel *message = child<QLabel>(page, "btnOptionMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("BTN")), qPrintable(message->text()));

    // "Not ported" is no escape while it is.
    child<QRadioButton>(page, "optionNone")->click();
    QVERIFY(!next(*wizard));

    child<QRadioButton>(page, "optionClose")->click();
    QCOMPARE(toString(wizard->request().btnOption), toString(BtnOption::Close));
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(PortInWizard::SchedulePageId));
}

void TestWizardPages::replaceWithTheSameBtnIsRefused()
{
    auto wizard = openWizard(btnPortedRequest(), PortInWizard::BtnPageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    child<QRadioButton>(page, "optionReplace")->click();
    QLineEdit *newBtn = child<QLineEdit>(page, "newBtnEdit");
    QVERIFY(newBtn->isVisible());
    QTest::keyClicks(newBtn, QStringLiteral("(206) 444-0100"));
    QCOMPARE(wizard->request().newBtn, QStringLiteral("(206) 444-0100"));

    QVERIFY(!next(*wizard));
    QLabel *message = child<QLabel>(page, "newBtnMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("new BTN"))
            && message->text().contains(QStringLiteral("(206) 444-0100")),
        qPrintable(message->text()));

    // A number that is itself being ported cannot be the new BTN either.
    newBtn->clear();
    QTest::keyClicks(newBtn, QStringLiteral("206 444 0101"));
    QVERIFY(!next(*wizard));
    QVERIFY2(message->text().contains(QStringLiteral("being ported")), qPrintable(message->text()));

    newBtn->clear();
    QTest::keyClicks(newBtn, QStringLiteral("(206) 444-0199"));
    QVERIFY(next(*wizard));
    QCOMPARE(toString(wizard->request().btnOption), toString(BtnOption::Replace));
    QCOMPARE(wizard->request().newBtn, QStringLiteral("(206) 444-0199"));
}

void TestWizardPages::newBtnFieldOnlyForReplace_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("shown");
    QTest::newRow("replace") << QStringLiteral("optionReplace") << true;
    QTest::newRow("close") << QStringLiteral("optionClose") << false;
    QTest::newRow("each number its own BTN") << QStringLiteral("optionEachNumberOwnBtn") << false;
    QTest::newRow("not ported") << QStringLiteral("optionNone") << false;
}

void TestWizardPages::newBtnFieldOnlyForReplace()
{
    QFETCH(QString, button);
    QFETCH(bool, shown);
    auto wizard = openWizard(btnPortedRequest(), PortInWizard::BtnPageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    QLineEdit *newBtn = child<QLineEdit>(page, "newBtnEdit");
    QVERIFY(!newBtn->isVisible()); // nothing chosen yet
    // Type a new BTN under "replace", then pick the option of this row.
    child<QRadioButton>(page, "optionReplace")->click();
    QTest::keyClicks(newBtn, QStringLiteral("(206) 444-0199"));
    page->findChild<QRadioButton *>(button)->click();
    QCOMPARE(newBtn->isVisible(), shown);
    QCOMPARE(child<QLabel>(page, "newBtnLabel")->isVisible(), shown);
    // The request holds the new BTN only for "replace"; the typed text stays.
    QCOMPARE(wizard->request().newBtn, shown ? QStringLiteral("(206) 444-0199") : QString());
    QCOMPARE(newBtn->text(), QStringLiteral("(206) 444-0199"));
    child<QRadioButton>(page, "optionReplace")->click();
    QCOMPARE(wizard->request().newBtn, QStringLiteral("(206) 444-0199"));
}

void TestWizardPages::scheduleRules_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected"); // in the message beside the field; empty: no message

    QTest::newRow("Saturday") << QDate(2026, 12, 12) << QTime(10, 0) << false
                              << QStringLiteral("Saturday");
    QTest::newRow("Sunday") << QDate(2026, 12, 13) << QTime(10, 0) << false
                            << QStringLiteral("Sunday");
    QTest::newRow("Christmas") << QDate(2026, 12, 25) << QTime(10, 0) << false
                               << QStringLiteral("Christmas Day");
    QTest::newRow("Independence Day (a Sunday) observed on Monday")
        << QDate(2027, 7, 5) << QTime(10, 0) << false << QStringLiteral("Independence Day");
    QTest::newRow("Veterans Day, also too soon")
        << QDate(2026, 11, 11) << QTime(10, 0) << false << QStringLiteral("Veterans Day");
    QTest::newRow("past date") << QDate(2026, 10, 30) << QTime(10, 0) << false
                               << QStringLiteral("in the past");
    QTest::newRow("earlier today")
        << QDate(2026, 11, 2) << QTime(9, 0) << false << QStringLiteral("in the past");
    QTest::newRow("too soon warns")
        << QDate(2026, 11, 10) << QTime(10, 0) << true << QStringLiteral("less than two weeks");
    QTest::newRow("business day six weeks out")
        << QDate(2026, 12, 15) << QTime(10, 0) << true << QString();
}

void TestWizardPages::scheduleRules()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    auto wizard = openWizard(validRequest(), PortInWizard::SchedulePageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    auto *zone = child<QComboBox>(page, "zoneCombo");
    zone->setCurrentIndex(zone->findData(QByteArrayLiteral("America/New_York")));
    child<QDateEdit>(page, "dateEdit")->setDate(date);
    child<QTimeEdit>(page, "timeEdit")->setTime(time);
    QCOMPARE(wizard->request().requestedPortAt.date(), date);

    QLabel *message = child<QLabel>(page, "dateMessage");
    if (accepted && !expected.isEmpty()) {
        // The warning shows as the date changes, before Next.
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
    }
    QCOMPARE(next(*wizard), accepted);
    if (accepted) {
        QCOMPARE(wizard->currentId(), int(PortInWizard::ContactPageId));
        if (expected.isEmpty())
            QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
    } else {
        QCOMPARE(wizard->currentId(), int(PortInWizard::SchedulePageId));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
        QVERIFY2(message->text().contains(date.toString(Qt::ISODate)), qPrintable(message->text()));
    }
}

void TestWizardPages::zoneOffsetLandsInTheRequest_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("offsetHours");
    QTest::addColumn<QString>("iso");

    QTest::newRow("Pacific, December")
        << QByteArrayLiteral("America/Los_Angeles") << QDate(2026, 12, 15) << -8
        << QStringLiteral("2026-12-15T10:00:00-08:00");
    QTest::newRow("Pacific, July (daylight time)")
        << QByteArrayLiteral("America/Los_Angeles") << QDate(2027, 7, 15) << -7
        << QStringLiteral("2027-07-15T10:00:00-07:00");
    QTest::newRow("Arizona, July (no daylight time)")
        << QByteArrayLiteral("America/Phoenix") << QDate(2027, 7, 15) << -7
        << QStringLiteral("2027-07-15T10:00:00-07:00");
    QTest::newRow("Arizona, December")
        << QByteArrayLiteral("America/Phoenix") << QDate(2026, 12, 15) << -7
        << QStringLiteral("2026-12-15T10:00:00-07:00");
    QTest::newRow("Eastern, December")
        << QByteArrayLiteral("America/New_York") << QDate(2026, 12, 15) << -5
        << QStringLiteral("2026-12-15T10:00:00-05:00");
    QTest::newRow("Alaska, December")
        << QByteArrayLiteral("America/Anchorage") << QDate(2026, 12, 15) << -9
        << QStringLiteral("2026-12-15T10:00:00-09:00");
    QTest::newRow("Hawaii") << QByteArrayLiteral("Pacific/Honolulu") << QDate(2027, 7, 15) << -10
                            << QStringLiteral("2027-07-15T10:00:00-10:00");
    QTest::newRow("Puerto Rico") << QByteArrayLiteral("America/Puerto_Rico") << QDate(2026, 12, 15)
                                 << -4 << QStringLiteral("2026-12-15T10:00:00-04:00");
    QTest::newRow("Guam") << QByteArrayLiteral("Pacific/Guam") << QDate(2026, 12, 15) << 10
                          << QStringLiteral("2026-12-15T10:00:00+10:00");
}

void TestWizardPages::zoneOffsetLandsInTheRequest()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, offsetHours);
    QFETCH(QString, iso);
    auto wizard = openWizard(validRequest(), PortInWizard::SchedulePageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    auto *combo = child<QComboBox>(page, "zoneCombo");
    const int index = combo->findData(zone);
    QVERIFY(index >= 0);
    QVERIFY(combo->itemText(index).contains(
        QString::fromLatin1(zone))); // "Pacific (America/Los_Angeles)"
    child<QDateEdit>(page, "dateEdit")->setDate(date);
    child<QTimeEdit>(page, "timeEdit")->setTime(QTime(10, 0));
    combo->setCurrentIndex(index);

    const QDateTime at = wizard->request().requestedPortAt;
    QCOMPARE(at.timeSpec(), Qt::OffsetFromUTC);
    QCOMPARE(at.offsetFromUtc(), offsetHours * 3600);
    QCOMPARE(at.date(), date);
    QCOMPARE(at.time(), QTime(10, 0));
    // The offset survives the request file.
    const QJsonObject json = wizard->request().toJson();
    QCOMPARE(json.value(QStringLiteral("requestedPortAt")).toString(), iso);
    Violations problems;
    QCOMPARE(PortInRequest::fromJson(json, &problems).requestedPortAt, at);
    QVERIFY(next(*wizard));

    // Back and Next again keep the zone, date and time.
    wizard->back();
    QVERIFY(next(*wizard));
    wizard->back();
    QCOMPARE(wizard->currentId(), int(PortInWizard::SchedulePageId));
    QCOMPARE(combo->currentData().toByteArray(), zone);
    QCOMPARE(wizard->request().requestedPortAt, at);

    // So does a draft: the zone by name, not only its offset (Pacific and
    // Arizona share -07:00 in July).
    PortInWizard resumed(*m_service);
    resumed.restoreDraft(wizard->draftJson());
    resumed.setStartId(PortInWizard::SchedulePageId);
    resumed.show();
    QVERIFY(QTest::qWaitForWindowExposed(&resumed));
    QCOMPARE(
        child<QComboBox>(resumed.currentPage(), "zoneCombo")->currentData().toByteArray(), zone);
    QCOMPARE(resumed.request().requestedPortAt, at);
}

void TestWizardPages::zoneProposedFromAddress_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("iso"); // 15 December 2026, 10:00 there
    QTest::newRow("Seattle, 206")
        << "WA" << QStringList { QStringLiteral("+12064440101"), QStringLiteral("(206) 444-0102") }
        << QByteArrayLiteral("America/Los_Angeles") << "2026-12-15T10:00:00-08:00";
    QTest::newRow("Chicago, 312") << "IL" << QStringList { QStringLiteral("+13124440101") }
                                  << QByteArrayLiteral("America/Chicago")
                                  << "2026-12-15T10:00:00-06:00";
    QTest::newRow("Pensacola, FL 850") << "FL" << QStringList { QStringLiteral("+18504440101") }
                                       << QByteArrayLiteral("America/Chicago")
                                       << "2026-12-15T10:00:00-06:00";
    QTest::newRow("Miami, FL 305") << "FL" << QStringList { QStringLiteral("+13054440101") }
                                   << QByteArrayLiteral("America/New_York")
                                   << "2026-12-15T10:00:00-05:00";
    QTest::newRow("El Paso, TX 915") << "TX" << QStringList { QStringLiteral("+19154440101") }
                                     << QByteArrayLiteral("America/Denver")
                                     << "2026-12-15T10:00:00-07:00";
    QTest::newRow("Phoenix") << "AZ" << QStringList { QStringLiteral("+16024440101") }
                             << QByteArrayLiteral("America/Phoenix") << "2026-12-15T10:00:00-07:00";
}

void TestWizardPages::zoneProposedFromAddress()
{
    QFETCH(QString, state);
    QFETCH(QStringList, numbers);
    QFETCH(QByteArray, zone);
    QFETCH(QString, iso);
    PortInRequest r = validRequest();
    r.carriers.removeLast();
    r.carriers[0].serviceAddress.state = state;
    r.carriers[0].numbers = numbers;
    r.requestedPortAt = QDateTime(); // the admin has not given one yet
    auto wizard = openWizard(r, PortInWizard::SchedulePageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    auto *combo = child<QComboBox>(page, "zoneCombo");
    QCOMPARE(combo->currentData().toByteArray(), zone);
    child<QDateEdit>(page, "dateEdit")->setDate(QDate(2026, 12, 15));
    child<QTimeEdit>(page, "timeEdit")->setTime(QTime(10, 0));
    // The request keeps the zone and the date with its offset.
    QCOMPARE(wizard->request().timeZone, zone);
    const QJsonObject json = wizard->request().toJson();
    QCOMPARE(json.value(QStringLiteral("timeZone")).toString(), QString::fromLatin1(zone));
    QCOMPARE(json.value(QStringLiteral("requestedPortAt")).toString(), iso);
    QVERIFY(RequestValidator::checkTimeZone(wizard->request()).isEmpty());

    // A draft (crash recovery) keeps it.
    PortInWizard resumed(*m_service);
    resumed.restoreDraft(wizard->draftJson());
    resumed.setStartId(PortInWizard::SchedulePageId);
    resumed.show();
    QVERIFY(QTest::qWaitForWindowExposed(&resumed));
    QCOMPARE(
        child<QComboBox>(resumed.currentPage(), "zoneCombo")->currentData().toByteArray(), zone);
    QCOMPARE(resumed.request().timeZone, zone);
    QCOMPARE(resumed.request().requestedPortAt.toString(Qt::ISODate), iso);
}

void TestWizardPages::chosenZoneSurvivesAddressChange()
{
    PortInRequest r = validRequest();
    r.requestedPortAt = QDateTime();
    auto wizard = openWizard(r, PortInWizard::BtnPageId);
    QVERIFY(wizard);
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(PortInWizard::SchedulePageId));
    auto *combo = child<QComboBox>(wizard->currentPage(), "zoneCombo");
    QCOMPARE(combo->currentData().toByteArray(), QByteArrayLiteral("America/Los_Angeles"));

    // A proposal follows the address: the customer turns out to be in Chicago.
    wizard->back();
    wizard->request().carriers[0].serviceAddress.state = QStringLiteral("IL");
    wizard->request().carriers[0].numbers = { QStringLiteral("+13124440101") };
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(PortInWizard::SchedulePageId));
    QCOMPARE(combo->currentData().toByteArray(), QByteArrayLiteral("America/Chicago"));

    // The admin picks a zone by keyboard: it stays, whatever the address.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // Mountain follows Central
    QCOMPARE(combo->currentData().toByteArray(), QByteArrayLiteral("America/Denver"));
    QCOMPARE(wizard->request().timeZone, QByteArrayLiteral("America/Denver"));
    wizard->back();
    wizard->request().carriers[0].serviceAddress.state = QStringLiteral("NY");
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(PortInWizard::SchedulePageId));
    QCOMPARE(combo->currentData().toByteArray(), QByteArrayLiteral("America/Denver"));
}

void TestWizardPages::defaultDate_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("three weeks out is a Monday") << kNow << QDate(2026, 11, 23);
    QTest::newRow("three weeks out is Thanksgiving")
        << QDateTime(QDate(2026, 11, 5), QTime(15, 0), Qt::UTC) << QDate(2026, 11, 27);
    QTest::newRow("three weeks out is a Saturday")
        << QDateTime(QDate(2026, 11, 7), QTime(15, 0), Qt::UTC) << QDate(2026, 11, 30);
    QTest::newRow("late evening in New York is already the next day in UTC")
        << QDateTime(QDate(2026, 11, 3), QTime(3, 0), Qt::UTC) << QDate(2026, 11, 23);
}

void TestWizardPages::defaultDate()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, expected);
    m_clock.set(now);
    PortInRequest r = validRequest();
    r.requestedPortAt = QDateTime();
    auto wizard = openWizard(r, PortInWizard::SchedulePageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    // Proposed from the Seattle service address and its 206 numbers.
    QCOMPARE(child<QComboBox>(page, "zoneCombo")->currentData().toByteArray(),
        QByteArrayLiteral("America/Los_Angeles"));
    QCOMPARE(child<QDateEdit>(page, "dateEdit")->date(), expected);
    // The default is in the request at once, and it passes.
    QCOMPARE(wizard->request().requestedPortAt.date(), expected);
    QCOMPARE(wizard->request().requestedPortAt.time(), QTime(10, 0));
    QVERIFY(next(*wizard));
}

void TestWizardPages::liveFeedbackNamesTheDay()
{
    auto wizard = openWizard(validRequest(), PortInWizard::SchedulePageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    auto *date = child<QDateEdit>(page, "dateEdit");
    QLabel *feedback = child<QLabel>(page, "dayFeedback");
    QVERIFY(date->calendarPopup());

    date->setDate(QDate(2026, 12, 25));
    QVERIFY2(feedback->text().startsWith(QStringLiteral("Friday 25 December 2026")),
        qPrintable(feedback->text()));
    QVERIFY2(
        feedback->text().contains(QStringLiteral("Christmas Day")), qPrintable(feedback->text()));
    date->setDate(QDate(2026, 11, 26));
    QVERIFY2(
        feedback->text().contains(QStringLiteral("Thanksgiving")), qPrintable(feedback->text()));
    date->setDate(QDate(2026, 12, 12));
    QVERIFY2(feedback->text().contains(QStringLiteral("weekend")), qPrintable(feedback->text()));
    date->setDate(QDate(2026, 12, 15));
    QVERIFY2(feedback->text().startsWith(
                 QStringLiteral("Tuesday 15 December 2026, 10:00 Eastern (UTC-05:00)")),
        qPrintable(feedback->text()));
    QVERIFY2(
        feedback->text().contains(QStringLiteral("a business day")), qPrintable(feedback->text()));
}

void TestWizardPages::badEmailIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at sign") << QStringLiteral("admin.example.com") << false;
    QTest::newRow("no domain dot") << QStringLiteral("admin@example") << false;
    QTest::newRow("space") << QStringLiteral("ad min@example.com") << false;
    QTest::newRow("two at signs") << QStringLiteral("admin@@example.com") << false;
    QTest::newRow("valid, with spaces around")
        << QStringLiteral("  it-admin@example.co.uk ") << true;
}

void TestWizardPages::badEmailIsRefused()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    PortInRequest r = validRequest();
    r.adminEmail.clear();
    auto wizard = openWizard(r, PortInWizard::ContactPageId);
    QVERIFY(wizard);
    QWidget *page = wizard->currentPage();
    QLineEdit *email = child<QLineEdit>(page, "emailEdit");
    email->setFocus();
    QTest::keyClicks(email, typed);
    // Enter on the field is Next.
    QTest::keyClick(email, Qt::Key_Return);
    QLabel *message = child<QLabel>(page, "emailMessage");
    if (accepted) {
        QCOMPARE(wizard->currentId(), int(PortInWizard::ReviewPageId));
        QCOMPARE(wizard->request().adminEmail, typed.trimmed());
    } else {
        QCOMPARE(wizard->currentId(), int(PortInWizard::ContactPageId));
        QVERIFY(message->isVisible());
        QVERIFY2(
            message->text().contains(QStringLiteral("Admin email")), qPrintable(message->text()));
    }
}

void TestWizardPages::keyboardOnly()
{
    auto wizard = openWizard(btnPortedRequest(), PortInWizard::BtnPageId);
    QVERIFY(wizard);
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QWidget *btnPage = wizard->currentPage();

    // BTN page: the mnemonic reaches the options, Space picks one, Down moves on.
    QTest::keyClick(wizard.get(), Qt::Key_H, Qt::AltModifier);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused && focused->parentWidget() == child<QWidget>(btnPage, "optionsBox"),
        focused ? focused->metaObject()->className() : "nothing");
    auto *replace = child<QRadioButton>(btnPage, "optionReplace");
    replace->setFocus();
    QTest::keyClick(replace, Qt::Key_Space);
    QVERIFY(replace->isChecked());
    QTest::keyClick(wizard.get(), Qt::Key_W, Qt::AltModifier); // Ne&w BTN
    QLineEdit *newBtn = child<QLineEdit>(btnPage, "newBtnEdit");
    QCOMPARE(QApplication::focusWidget(), newBtn);
    QTest::keyClicks(newBtn, QStringLiteral("2064440199"));
    QTest::keyClick(newBtn, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(PortInWizard::SchedulePageId));

    // Schedule page: Tab order date -> time -> zone; Enter on the last field is Next.
    QWidget *schedule = wizard->currentPage();
    QTest::keyClick(wizard.get(), Qt::Key_D, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(schedule, "dateEdit"));
    // Tab steps through a date's and a time's sections first (Qt's way), then on.
    const auto tabOutOf = [](QWidget *from) {
        for (int i = 0; i < 4 && QApplication::focusWidget() == from; ++i)
            QTest::keyClick(from, Qt::Key_Tab);
    };
    tabOutOf(child<QWidget>(schedule, "dateEdit"));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(schedule, "timeEdit"));
    tabOutOf(child<QWidget>(schedule, "timeEdit"));
    auto *zone = child<QComboBox>(schedule, "zoneCombo");
    QCOMPARE(QApplication::focusWidget(), zone);
    const int before = zone->currentIndex();
    QTest::keyClick(zone, Qt::Key_Down);
    QCOMPARE(zone->currentIndex(), before + 1);
    QTest::keyClick(zone, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(PortInWizard::ContactPageId));

    // Contact page: the field has focus-by-mnemonic; Enter submits the page.
    QTest::keyClick(wizard.get(), Qt::Key_E, Qt::AltModifier);
    QLineEdit *email = child<QLineEdit>(wizard->currentPage(), "emailEdit");
    QCOMPARE(QApplication::focusWidget(), email);
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("ops@example.org"));
    QTest::keyClick(email, Qt::Key_Enter);
    QCOMPARE(wizard->currentId(), int(PortInWizard::ReviewPageId));
    QCOMPARE(wizard->request().adminEmail, QStringLiteral("ops@example.org"));
    QCOMPARE(wizard->request().newBtn, QStringLiteral("2064440199"));
}

void TestWizardPages::reviewShowsEverything()
{
    PortInRequest r = btnPortedRequest();
    r.btnOption = BtnOption::Replace;
    r.newBtn = QStringLiteral("(206) 444-0199");
    r.requestedPortAt
        = QDateTime::fromString(QStringLiteral("2026-11-10T09:30:00-08:00"), Qt::ISODate);
    r.carriers.append(group(QString(), QStringLiteral("+13124440300"),
        { QStringLiteral("+13124440301") }, QString(), QString()));
    auto wizard = openWizard(r, PortInWizard::ContactPageId);
    QVERIFY(wizard);
    auto *page = qobject_cast<ReviewPage *>(wizard->page(PortInWizard::ReviewPageId));
    QVERIFY(page);
    QVERIFY(!page->copyButton()->isVisible()); // on the review page only
    QVERIFY(next(*wizard));
    const QString text = page->reviewText();

    QVERIFY2(text.contains(QStringLiteral("Business Calling")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("5 in 3 carrier groups")));
    for (qsizetype i = 0; i < r.carriers.size(); ++i) {
        const CarrierGroup &g = r.carriers.at(i);
        for (const QString &n : g.numbers)
            QVERIFY2(text.contains(PhoneNumbers::formatNational(PhoneNumbers::check(n).e164)),
                qPrintable(n));
        QVERIFY(text.contains(g.customerName));
        // Secrets masked: neither the value nor its length.
        if (!g.accountNumber.isEmpty())
            QVERIFY2(!text.contains(g.accountNumber), qPrintable(g.accountNumber));
        if (!g.pin.isEmpty())
            QVERIFY2(!text.contains(g.pin), qPrintable(g.pin));
    }
    QVERIFY(text.contains(Secret::dots()));
    QVERIFY(text.contains(QStringLiteral("5 River Rd, Portland, OR 97201")));
    QVERIFY(text.contains(QStringLiteral("Jane Roe")));
    // One LOA per carrier group, with its count.
    QVERIFY2(text.contains(QStringLiteral("LOA 1: Example Telecom — 3 numbers")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("LOA 2: Other Tel — 1 number")));
    QVERIFY(text.contains(QStringLiteral("LOA 3: carrier not known (Example Corp) — 1 number")));
    QCOMPARE(int(text.count(QRegularExpression(QStringLiteral("LOA \\d+: ")))), 3);
    // BTN option in the seed's words, the new BTN, the date in its zone, the email.
    QVERIFY(text.contains(btnOptionSentence(BtnOption::Replace)));
    QVERIFY(text.contains(QStringLiteral("(206) 444-0199")));
    QVERIFY2(text.contains(QStringLiteral("Tuesday 10 November 2026, 09:30")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("UTC-08:00")));
    QVERIFY(text.contains(QStringLiteral("admin@example.com")));
    // The too-soon warning.
    QVERIFY2(text.contains(QStringLiteral("less than two weeks")), qPrintable(text));

    QCOMPARE(plain(wizard->button(QWizard::FinishButton)->text()), QStringLiteral("Submit"));
    QVERIFY(page->copyButton()->isVisible());
    // The copy button belongs to the review page alone.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(PortInWizard::ContactPageId));
    QVERIFY(!page->copyButton()->isVisible());
    wizard->next();
    QVERIFY(page->copyButton()->isVisible());
}

void TestWizardPages::previewLoasFromReview()
{
    // Every carrier group's LOA in one unsigned preview, before the case exists.
    PortInRequest r = btnPortedRequest();
    r.carriers.append(group(QStringLiteral("Other Tel"), QStringLiteral("+13124440300"),
        { QStringLiteral("+13124440301") }, QString(), QString()));
    auto wizard = openWizard(r, PortInWizard::ContactPageId);
    QVERIFY(wizard);
    auto *page = qobject_cast<ReviewPage *>(wizard->page(PortInWizard::ReviewPageId));
    QVERIFY(page);
    QVERIFY(!page->previewButton()->isVisible()); // on the review page only
    QVERIFY(next(*wizard));
    QVERIFY(page->previewButton()->isVisible());
    int pages = -1;
    bool sawPreview = false;
    QTimer::singleShot(0, this, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        sawPreview = preview != nullptr;
        if (!preview)
            return;
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        pages = widget ? widget->pageCount() : -1;
        preview->reject();
    });
    QTest::mouseClick(page->previewButton(), Qt::LeftButton);
    QVERIFY(sawPreview);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages))); // one LOA per group, at least a page each
    QCOMPARE(wizard->currentId(), int(PortInWizard::ReviewPageId));
    wizard->back();
    QCOMPARE(wizard->currentId(), int(PortInWizard::ContactPageId));
    QVERIFY(!page->previewButton()->isVisible());
}

void TestWizardPages::copyAsSupportRequest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("request.txt"));
    QGuiApplication::clipboard()->clear();
    PortInRequest r = btnPortedRequest();
    r.btnOption = BtnOption::EachNumberOwnBtn;
    auto wizard = openWizard(r, PortInWizard::ReviewPageId);
    QVERIFY(wizard);
    auto *page = qobject_cast<ReviewPage *>(wizard->currentPage());
    Dialogs::queueFileAnswer(path);
    QTest::mouseClick(page->copyButton(), Qt::LeftButton);

    const QString expected = SupportRequestText::portIn(wizard->request());
    QVERIFY(expected.contains(QStringLiteral("Subject: Porting phone numbers in")));
    QVERIFY(expected.contains(btnOptionSentence(BtnOption::EachNumberOwnBtn)));
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);
    // It holds the PIN: the owner's alone.
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(PortInWizard::ReviewPageId));
}

void TestWizardPages::copyRefusedForAnIncompleteRequest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("request.txt"));
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    PortInRequest r = validRequest();
    r.adminEmail = QStringLiteral("not-an-address");
    auto wizard = openWizard(r, PortInWizard::ReviewPageId);
    QVERIFY(wizard);
    auto *page = qobject_cast<ReviewPage *>(wizard->currentPage());
    Dialogs::queueFileAnswer(path);
    QVERIFY(!page->copySupportRequest());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    QVERIFY(!QFile::exists(path));
    QVERIFY2(page->shownMessages().contains(
                 QStringLiteral("Admin email: Admin email \"not-an-address\"")),
        qPrintable(page->shownMessages()));
}

void TestWizardPages::submitCreatesTheCase()
{
    auto wizard = openWizard(validRequest(), PortInWizard::ReviewPageId);
    QVERIFY(wizard);
    QSignalSpy submitted(wizard.get(), &PortInWizard::submitted);
    wizard->button(QWizard::FinishButton)->click();

    QCOMPARE(submitted.count(), 1);
    const qint64 id = submitted.at(0).at(0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(wizard->submittedCaseId(), id);
    QVERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    CaseRecord record;
    StoreStatus status;
    QVERIFY2(m_service->cases.loadCase(id, &record, &status), qPrintable(status.message));
    QCOMPARE(toString(record.kind), toString(CaseKind::PortIn));
    QCOMPARE(toString(record.state), toString(CaseState::Submitted));
    QCOMPARE(record.adminEmail, QStringLiteral("admin@example.com"));
    QCOMPARE(record.requestedPortAt, validRequest().requestedPortAt);
    QStringList numbers = record.numbers;
    numbers.sort();
    QCOMPARE(numbers,
        (QStringList { QStringLiteral("+12064440101"), QStringLiteral("+12064440102"),
            QStringLiteral("+15034440201") }));
    QCOMPARE(record.portIn.carriers.size(), 2);
    QCOMPARE(record.portIn.carriers.at(1).carrier, QStringLiteral("Other Tel"));
}

// The admin email of the last request filed is offered for the next one;
// one given in the request (a draft) wins.
void TestWizardPages::adminEmailRemembered()
{
    QCOMPARE(ContactPage::rememberedAdminEmail(), QString()); // init() cleared it
    PortInRequest blank = validRequest();
    blank.adminEmail.clear();
    {
        auto wizard = openWizard(blank, PortInWizard::ContactPageId);
        QVERIFY(wizard);
        QCOMPARE(child<QLineEdit>(wizard->currentPage(), "emailEdit")->text(), QString());
    }
    PortInRequest filed = validRequest();
    filed.adminEmail = QStringLiteral("noc@example.net");
    {
        auto wizard = openWizard(filed, PortInWizard::ReviewPageId);
        QVERIFY(wizard);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->submittedCaseId() > 0);
    }
    QCOMPARE(ContactPage::rememberedAdminEmail(), QStringLiteral("noc@example.net"));
    {
        auto wizard = openWizard(blank, PortInWizard::ContactPageId);
        QVERIFY(wizard);
        QCOMPARE(child<QLineEdit>(wizard->currentPage(), "emailEdit")->text(),
            QStringLiteral("noc@example.net"));
        QCOMPARE(wizard->request().adminEmail, QStringLiteral("noc@example.net"));
    }
    {
        auto wizard = openWizard(validRequest(), PortInWizard::ContactPageId);
        QVERIFY(wizard);
        QCOMPARE(child<QLineEdit>(wizard->currentPage(), "emailEdit")->text(),
            QStringLiteral("admin@example.com"));
    }
}

void TestWizardPages::refusedSubmitKeepsTheWizardOpen()
{
    auto wizard = openWizard(validRequest(), PortInWizard::ReviewPageId);
    QVERIFY(wizard);
    auto *page = qobject_cast<ReviewPage *>(wizard->currentPage());
    // Meanwhile, someone else files a port of one of the numbers.
    PortInRequest other = validRequest();
    other.carriers = { group(QStringLiteral("Example Telecom"), QStringLiteral("+12064440100"),
        { QStringLiteral("+12064440102") }, QString(), QString()) };
    const ChangeResult first = m_service->cases.submitPortIn(other);
    QVERIFY(first.ok());

    QSignalSpy submitted(wizard.get(), &PortInWizard::submitted);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(submitted.count(), 0);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(PortInWizard::ReviewPageId));
    const QString shown = page->shownMessages();
    QVERIFY2(shown.contains(QStringLiteral("Carrier group 1: number 2"))
            && shown.contains(QStringLiteral("open port-in case %1").arg(first.id)),
        qPrintable(shown));
    QCOMPARE(m_service->cases.listCases().size(), 1);
    // The review says it too.
    QVERIFY(page->reviewText().contains(QStringLiteral("open port-in case %1").arg(first.id)));
}

// Not a check: with PORTDESK_SCREENSHOT_DIR set and a real X display (xvfb-run),
// shows each page of this part of the wizard and saves the screen with
// ImageMagick's import, for docs/.
void TestWizardPages::screenshots()
{
    const QString dir = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("set PORTDESK_SCREENSHOT_DIR and run under xvfb-run with QT_QPA_PLATFORM=xcb");
    QVERIFY(m_service
                ->directory.createVoiceConnector(QStringLiteral("pbx-east"),
                    DirectoryService::voiceConnectorRegions().constFirst(), true)
                .ok());
    PortInRequest r = btnPortedRequest();
    r.productType = ProductType::VoiceConnector;
    r.voiceConnector = QStringLiteral("pbx-east");
    r.carriers[0].authorizingTitle = QStringLiteral("Office Manager");
    r.carriers[0].numbers << QStringLiteral("+12064440103") << QStringLiteral("+12064440104");
    r.adminEmail.clear();
    auto wizard = openWizard(r, PortInWizard::BtnPageId);
    QVERIFY(wizard);
    wizard->move(140, 50);
    const auto shoot = [&](const QString &name) {
        QTest::qWait(400);
        const int rc = QProcess::execute(QStringLiteral("import"),
            { QStringLiteral("-window"), QStringLiteral("root"), QDir(dir).filePath(name) });
        QCOMPARE(rc, 0);
    };
    QWidget *page = wizard->currentPage();
    child<QRadioButton>(page, "optionReplace")->click();
    QTest::keyClicks(child<QLineEdit>(page, "newBtnEdit"), QStringLiteral("(206) 444-0199"));
    child<QLineEdit>(page, "newBtnEdit")->setFocus();
    shoot(QStringLiteral("wizard-btn.png"));
    QVERIFY(next(*wizard));

    page = wizard->currentPage();
    child<QDateEdit>(page, "dateEdit")->setDate(QDate(2026, 12, 25));
    QVERIFY(!next(*wizard));
    child<QDateEdit>(page, "dateEdit")->setFocus();
    shoot(QStringLiteral("wizard-schedule.png"));
    child<QDateEdit>(page, "dateEdit")->setDate(QDate(2026, 12, 15));
    QVERIFY(next(*wizard));

    page = wizard->currentPage();
    QTest::keyClicks(child<QLineEdit>(page, "emailEdit"), QStringLiteral("admin@example"));
    QVERIFY(!next(*wizard));
    shoot(QStringLiteral("wizard-contact.png"));
    QTest::keyClicks(child<QLineEdit>(page, "emailEdit"), QStringLiteral(".com"));
    QVERIFY(next(*wizard));

    auto *review = qobject_cast<ReviewPage *>(wizard->currentPage());
    Dialogs::queueFileAnswer(QDir(dir).filePath(QStringLiteral("support-request.txt")));
    QVERIFY(review->copySupportRequest());
    shoot(QStringLiteral("wizard-review.png"));
}

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
