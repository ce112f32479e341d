// SPDX-License-Identifier: Apache-2.0
// File ▸ Settings… (issue 16, item 2): the real dialog driven offscreen
// (saved and read back, the keyring or none, a refused value named with
// everything typed kept, a bad value of the settings file shown), Test
// connection against a real store (PostgreSQL in tst_settingsdialog_postgresql:
// good URL, unknown login, unknown host, never the password), and the main
// window's size, view, splitters and columns restored, a damaged saved state
// falling back to the defaults. Temporary XDG_CONFIG_HOME / XDG_DATA_HOME.

#include "ModalDialogs.h"
#include "TestDatabase.h"
#include "WidgetLookup.h"

#include "core/AppSettings.h"
#include "core/BusinessCalendar.h"
#include "core/CalendarSettings.h"
#include "core/UsTimeZones.h"
#include "documents/GainingProviderSettings.h"
#include "gui/Dialogs.h"
#include "gui/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/wizard/PortInWizard.h"
#include "notify/NotifySettings.h"
#include "service/Services.h"
#include "service/TeamService.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>
#include <QtTest>

using namespace portdesk;
using portdesk::testsupport::child;
using portdesk::testsupport::whenModal;

namespace {

// A keyring of the test's own: entries in a hash.
struct FakeKeyring {
    QHash<QString, QString> entries;
    PasswordKeyring access()
    {
        PasswordKeyring keyring;
        keyring.name = QStringLiteral("the test keyring");
        keyring.read = [this](const QString &entry, QString *password) {
            *password = entries.value(entry);
            return true;
        };
        keyring.write = [this](const QString &entry, const QString &password) {
            if (password.isEmpty())
                entries.remove(entry);
            else
                entries.insert(entry, password);
            return true;
        };
        return keyring;
    }
};

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// A fresh store of the test's engine (nullptr, said why, when it fails).
std::unique_ptr<Store> openStore(const TestDatabase &db)
{
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    if (!store)
        qWarning("%s", qPrintable(db.isValid() ? status.message : db.error()));
    return store;
}

QByteArray settingsFileBytes()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void savedAndReadBack();
    void withoutKeyringNoPasswordIsKept();
    void refusedValueNamedAndKept();
    void badSettingsValueShownAndIgnored();
    void testConnection();
    void openedFromTheMenu();
    void defaultTimeZoneInTheWizard_data();
    void defaultTimeZoneInTheWizard();
    void windowLayoutRestored();
    void damagedLayoutFallsBack();

private:
    QTemporaryDir m_home;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("PORTDESK_KEYRING", "off");
    QCoreApplication::setApplicationName(QStringLiteral("PortDesk"));
    QVERIFY(AppSettings::setUp().isEmpty());
}

void TestSettingsDialog::cleanup()
{
    QSettings().clear();
    BusinessCalendar::setExtraNonBusinessDays({});
    Dialogs::reset();
}

void TestSettingsDialog::savedAndReadBack()
{
    FakeKeyring keyring;
    {
        SettingsDialog dialog(keyring.access());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, "storeKeyringNote")->text().contains(QLatin1String("the test keyring")));
        QTest::mouseClick(child<QRadioButton>(&dialog, "storePostgres"), Qt::LeftButton);
        // A password typed into the URL moves to the keyring.
        type(child<QLineEdit>(&dialog, "storeUrl"),
            QStringLiteral("postgresql://alice:Sesame-99@db.example.com:5432/portdesk"));
        auto *language = child<QComboBox>(&dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        auto *zone = child<QComboBox>(&dialog, "defaultTimeZone");
        zone->setCurrentIndex(zone->findData(QByteArray("America/Chicago")));
        auto *days = child<QPlainTextEdit>(&dialog, "extraNonBusinessDays");
        days->setFocus();
        QTest::keyClicks(days, QStringLiteral("2026-12-24"));
        QTest::keyClick(days, Qt::Key_Return);
        QTest::keyClicks(days, QStringLiteral("2026-12-31"));
        type(child<QLineEdit>(&dialog, "providerName"), QStringLiteral("Acme Voice"));
        type(child<QLineEdit>(&dialog, "providerId"), QStringLiteral("SPID 1234"));
        type(child<QLineEdit>(&dialog, "providerContact"), QStringLiteral("porting@acme.example"));
        type(child<QLineEdit>(&dialog, "smtpUrl"), QStringLiteral("smtp://mail.example.com:587"));
        type(child<QLineEdit>(&dialog, "smtpSender"), QStringLiteral("portdesk@example.com"));
        type(child<QLineEdit>(&dialog, "smtpUser"), QStringLiteral("mailer"));
        type(child<QLineEdit>(&dialog, "smtpPassword"), QStringLiteral("Mail-Secret-7"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.storeChanged());
        QVERIFY(dialog.languageChanged());
        QVERIFY2(dialog.note().isEmpty(), qPrintable(dialog.note()));
    }
    const QString url = QStringLiteral("postgresql://alice@db.example.com:5432/portdesk");
    QCOMPARE(AppSettings::storeUrl(), url);
    QCOMPARE(keyring.entries.value(storePasswordEntry(url)), QStringLiteral("Sesame-99"));
    QCOMPARE(AppSettings::language(), QStringLiteral("es"));
    QCOMPARE(AppSettings::defaultTimeZone(), QByteArray("America/Chicago"));
    QCOMPARE(CalendarSettings::load().days,
        (QList<QDate> { QDate(2026, 12, 24), QDate(2026, 12, 31) }));
    QVERIFY(!BusinessCalendar::isBusinessDay(QDate(2026, 12, 24))); // at once
    QCOMPARE(GainingProviderSettings::load().name, QStringLiteral("Acme Voice"));
    QCOMPARE(GainingProviderSettings::load().providerId, QStringLiteral("SPID 1234"));
    QCOMPARE(GainingProviderSettings::load().contact, QStringLiteral("porting@acme.example"));
    const NotifySettings notify = NotifySettings::load();
    QCOMPARE(notify.url, QStringLiteral("smtp://mail.example.com:587"));
    QCOMPARE(notify.sender, QStringLiteral("portdesk@example.com"));
    QCOMPARE(notify.user, QStringLiteral("mailer"));
    QCOMPARE(keyring.entries.value(notify.passwordEntry()), QStringLiteral("Mail-Secret-7"));
    // Neither password is in the settings file.
    const QByteArray file = settingsFileBytes();
    QVERIFY(file.contains("db.example.com"));
    QVERIFY(!file.contains("Sesame-99"));
    QVERIFY(!file.contains("Mail-Secret-7"));

    // Opened again, it shows what was saved.
    SettingsDialog again(keyring.access());
    QVERIFY(child<QRadioButton>(&again, "storePostgres")->isChecked());
    QCOMPARE(child<QLineEdit>(&again, "storeUrl")->text(), url);
    QCOMPARE(child<QLineEdit>(&again, "storePassword")->text(), QStringLiteral("Sesame-99"));
    QCOMPARE(child<QComboBox>(&again, "language")->currentData().toString(), QStringLiteral("es"));
    QCOMPARE(child<QComboBox>(&again, "defaultTimeZone")->currentData().toByteArray(),
        QByteArray("America/Chicago"));
    QCOMPARE(child<QPlainTextEdit>(&again, "extraNonBusinessDays")->toPlainText(),
        QStringLiteral("2026-12-24\n2026-12-31"));
    QCOMPARE(child<QLineEdit>(&again, "providerName")->text(), QStringLiteral("Acme Voice"));
    QCOMPARE(child<QLineEdit>(&again, "smtpPassword")->text(), QStringLiteral("Mail-Secret-7"));
    // Nothing changed: OK says the store is the same.
    again.show();
    clickOk(&again);
    QVERIFY(!again.storeChanged());
    QVERIFY(!again.languageChanged());
}

void TestSettingsDialog::withoutKeyringNoPasswordIsKept()
{
    SettingsDialog dialog(PasswordKeyring {});
    dialog.show();
    QVERIFY(child<QLabel>(&dialog, "storeKeyringNote")->text().contains(QLatin1String("No keyring")));
    QVERIFY(child<QLabel>(&dialog, "smtpKeyringNote")->text().contains(QLatin1String("No keyring")));
    QVERIFY(!child<QLineEdit>(&dialog, "smtpPassword")->isEnabled());
    QTest::mouseClick(child<QRadioButton>(&dialog, "storePostgres"), Qt::LeftButton);
    type(child<QLineEdit>(&dialog, "storeUrl"), QStringLiteral("postgresql://bob@db.example.com/pd"));
    type(child<QLineEdit>(&dialog, "storePassword"), QStringLiteral("Open-Sesame-42"));
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.note().contains(QLatin1String("not saved")));
    QCOMPARE(AppSettings::storeUrl(), QStringLiteral("postgresql://bob@db.example.com/pd"));
    QVERIFY(!settingsFileBytes().contains("Open-Sesame-42"));
}

void TestSettingsDialog::refusedValueNamedAndKept()
{
    SettingsDialog dialog(PasswordKeyring {});
    dialog.show();
    auto *days = child<QPlainTextEdit>(&dialog, "extraNonBusinessDays");
    days->setPlainText(QStringLiteral("2026-12-24\n2026-02-30"));
    type(child<QLineEdit>(&dialog, "providerName"), QStringLiteral("Typed Provider"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible()); // refused: still open
    auto *problem = child<QLabel>(&dialog, "settingsProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("Extra non-business days")), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QLatin1String("\"2026-02-30\"")));
    QVERIFY(problem->text().contains(QLatin1String("YYYY-MM-DD")));
    QCOMPARE(child<QTabWidget>(&dialog, "settingsPages")->currentWidget()->objectName(),
        QStringLiteral("generalPage"));
    QCOMPARE(days->toPlainText(), QStringLiteral("2026-12-24\n2026-02-30"));
    QCOMPARE(child<QLineEdit>(&dialog, "providerName")->text(), QStringLiteral("Typed Provider"));
    QVERIFY(CalendarSettings::load().days.isEmpty()); // nothing saved

    // A SMTP server that is not a URL, and a store URL that is not PostgreSQL's.
    days->setPlainText(QStringLiteral("2026-12-24"));
    type(child<QLineEdit>(&dialog, "smtpUrl"), QStringLiteral("mail.example.com"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(problem->text().startsWith(QLatin1String("SMTP server:")));
    QCOMPARE(child<QLineEdit>(&dialog, "smtpUrl")->text(), QStringLiteral("mail.example.com"));
    type(child<QLineEdit>(&dialog, "smtpUrl"), QString());
    QTest::mouseClick(child<QRadioButton>(&dialog, "storePostgres"), Qt::LeftButton);
    type(child<QLineEdit>(&dialog, "storeUrl"), QStringLiteral("mysql://db.example.com/pd"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(problem->text().startsWith(QLatin1String("Store URL:")), qPrintable(problem->text()));
    type(child<QLineEdit>(&dialog, "storeUrl"), QStringLiteral("postgresql://bob@db.example.com/pd"));
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(CalendarSettings::load().days, QList<QDate> { QDate(2026, 12, 24) });
}

void TestSettingsDialog::badSettingsValueShownAndIgnored()
{
    QSettings().setValue(QStringLiteral("calendar/extraNonBusinessDays"),
        QStringList { QStringLiteral("2026-12-24"), QStringLiteral("2026-13-40") });
    SettingsDialog dialog(PasswordKeyring {});
    dialog.show();
    const QString shown = child<QLabel>(&dialog, "extraDaysProblems")->text();
    QVERIFY2(shown.contains(QLatin1String("\"2026-13-40\"")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("ignored")));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "extraNonBusinessDays")->toPlainText(),
        QStringLiteral("2026-12-24"));
    // Saved again, the file holds good dates only.
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(CalendarSettings::load().problems.isEmpty());
}

void TestSettingsDialog::testConnection()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QVERIFY(openStore(db)); // made, then closed
    SettingsDialog dialog(PasswordKeyring {});
    dialog.show();
    auto *result = child<QLabel>(&dialog, "storeTestResult");
    auto *test = child<QPushButton>(&dialog, "storeTest");
    const auto tryUrl = [&](const QString &url) {
        if (url.startsWith(QLatin1String("postgresql:"))) {
            QTest::mouseClick(child<QRadioButton>(&dialog, "storePostgres"), Qt::LeftButton);
            type(child<QLineEdit>(&dialog, "storeUrl"), url);
        } else {
            QTest::mouseClick(child<QRadioButton>(&dialog, "storeSqlite"), Qt::LeftButton);
            type(child<QLineEdit>(&dialog, "storePath"), url);
        }
        result->clear();
        QTest::mouseClick(test, Qt::LeftButton);
        const bool answered = QTest::qWaitFor(
            [&] {
                return test->isEnabled() && !result->text().isEmpty()
                    && result->text() != QStringLiteral("Connecting…");
            },
            30000);
        return answered ? result->text() : QStringLiteral("(no answer within 30 s)");
    };
    const QString schema = QStringLiteral("Connected: schema %1").arg(Store::latestSchemaVersion());
    QString answer = tryUrl(db.url());
    QVERIFY2(answer.startsWith(schema), qPrintable(answer));
    if (!TestDatabase::isPostgres()) {
        QVERIFY(answer.contains(db.sqlitePath()));
        answer = tryUrl(m_home.filePath(QStringLiteral("none/yet.sqlite")));
        QVERIFY2(answer.contains(QLatin1String("No store there yet")), qPrintable(answer));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("none/yet.sqlite"))));
        return;
    }
    QUrl url(db.url());
    QVERIFY2(answer.contains(QStringLiteral("store as %1").arg(url.userName())), qPrintable(answer));
    // The test server trusts every login: a wrong login is its refusal, and
    // the password given with it never shows.
    QUrl wrongLogin(url);
    wrongLogin.setUserName(QStringLiteral("nobody_here"));
    wrongLogin.setPassword(QStringLiteral("Wrong-Pass-123"));
    answer = tryUrl(wrongLogin.toString());
    QVERIFY2(answer.contains(QLatin1String("nobody_here")), qPrintable(answer));
    QVERIFY2(!answer.contains(QLatin1String("Wrong-Pass-123")), qPrintable(answer));
    QVERIFY(!answer.startsWith(QLatin1String("Connected")));
    // The password moved out of the URL field into the password field.
    QVERIFY(!child<QLineEdit>(&dialog, "storeUrl")->text().contains(QLatin1String("Wrong-Pass-123")));
    QUrl unknownHost(url);
    unknownHost.setHost(QStringLiteral("no-such-host.invalid"));
    unknownHost.setPassword(QStringLiteral("Wrong-Pass-123"));
    answer = tryUrl(unknownHost.toString());
    QVERIFY2(answer.contains(QLatin1String("no-such-host.invalid")), qPrintable(answer));
    QVERIFY(!answer.contains(QLatin1String("Wrong-Pass-123")));
    QUrl unknownDatabase(url);
    unknownDatabase.setPath(QStringLiteral("/no_such_database"));
    answer = tryUrl(unknownDatabase.toString());
    QVERIFY2(answer.contains(QLatin1String("no_such_database")), qPrintable(answer));
    // A team store says so, with the login.
    {
        const std::unique_ptr<Store> store = openStore(db);
        QVERIFY(store);
        const ChangeResult init = TeamService(*store).init();
        QVERIFY2(init.ok(), qPrintable(init.status.message));
    }
    answer = tryUrl(db.url());
    QVERIFY2(answer.startsWith(schema + QStringLiteral(", team store as %1").arg(url.userName())),
        qPrintable(answer));
}

void TestSettingsDialog::openedFromTheMenu()
{
    TestDatabase db;
    const std::unique_ptr<Store> store = openStore(db);
    QVERIFY(store);
    MainWindow window(*store);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *action = child<QAction>(&window, "actionSettings");
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    bool ran = false;
    whenModal<SettingsDialog>(
        [](SettingsDialog *dialog) {
            auto *days = child<QPlainTextEdit>(dialog, "extraNonBusinessDays");
            days->setPlainText(QStringLiteral("2026-12-24"));
            clickOk(dialog);
        },
        &ran);
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(ran);
    QVERIFY(!BusinessCalendar::isBusinessDay(QDate(2026, 12, 24)));
}

void TestSettingsDialog::defaultTimeZoneInTheWizard_data()
{
    QTest::addColumn<QByteArray>("setting");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray system = QTimeZone::systemTimeZoneId();
    // Without the setting: this computer's zone when it is a US one, else Eastern.
    QByteArray fallback = UsTimeZones::all().constFirst().ianaId;
    for (const UsTimeZones::Zone &zone : UsTimeZones::all()) {
        if (zone.ianaId == system)
            fallback = system;
    }
    QTest::newRow("none") << QByteArray() << fallback;
    QTest::newRow("Mountain") << QByteArray("America/Denver") << QByteArray("America/Denver");
    QTest::newRow("Hawaii") << QByteArray("Pacific/Honolulu") << QByteArray("Pacific/Honolulu");
}

void TestSettingsDialog::defaultTimeZoneInTheWizard()
{
    QFETCH(QByteArray, setting);
    QFETCH(QByteArray, expected);
    TestDatabase db;
    const std::unique_ptr<Store> store = openStore(db);
    QVERIFY(store);
    AppSettings::setDefaultTimeZone(setting);
    Services services(*store);
    PortInWizard wizard(services);
    // No date, and no state or area code that tells the customer's zone.
    CarrierGroup group;
    group.numbers = { QStringLiteral("+18005550100") };
    wizard.request().carriers = { group };
    wizard.setStartId(PortInWizard::SchedulePageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(child<QComboBox>(wizard.currentPage(), "zoneCombo")->currentData().toByteArray(),
        expected);
}

void TestSettingsDialog::windowLayoutRestored()
{
    TestDatabase db;
    const std::unique_ptr<Store> store = openStore(db);
    QVERIFY(store);
    int width = 0;
    {
        MainWindow window(*store);
        window.restoreLayout();
        window.resize(1010, 690);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::InventoryViewIndex);
        auto *table = child<QTableView>(&window, "inventoryTable");
        width = table->horizontalHeader()->sectionSize(0) + 37;
        table->horizontalHeader()->resizeSection(0, width);
        window.close();
    }
    MainWindow window(*store);
    window.restoreLayout();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1010, 690));
    QCOMPARE(child<QTabWidget>(&window, "views")->currentIndex(), int(MainWindow::InventoryViewIndex));
    QCOMPARE(child<QTableView>(&window, "inventoryTable")->horizontalHeader()->sectionSize(0), width);
}

void TestSettingsDialog::damagedLayoutFallsBack()
{
    TestDatabase db;
    const std::unique_ptr<Store> store = openStore(db);
    QVERIFY(store);
    QSize defaults;
    {
        MainWindow window(*store);
        defaults = window.size();
        window.restoreLayout();
        window.show();
        window.showView(MainWindow::InventoryViewIndex);
        window.resize(defaults + QSize(50, 50));
        window.close(); // every part's state saved
    }
    {
        // Damaged: every saved state, and the view, unreadable.
        QSettings settings;
        settings.beginGroup(QStringLiteral("windows/main"));
        const QStringList keys = settings.allKeys();
        QVERIFY(keys.contains(QStringLiteral("geometry")));
        QVERIFY(std::any_of(keys.cbegin(), keys.cend(),
            [](const QString &key) { return key.startsWith(QLatin1String("headers/")); }));
        for (const QString &key : keys) {
            if (!key.endsWith(QLatin1String("Columns")))
                settings.setValue(key, QByteArray("\x01\x02 not a saved state"));
        }
        settings.setValue(QStringLiteral("view"), QStringLiteral("twelve"));
    }
    MainWindow window(*store);
    window.restoreLayout();
    QCOMPARE(window.size(), defaults);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(child<QTabWidget>(&window, "views")->currentIndex(), int(MainWindow::PortInViewIndex));
    window.showView(MainWindow::InventoryViewIndex);
    auto *header = child<QTableView>(&window, "inventoryTable")->horizontalHeader();
    QVERIFY(header->count() > 0);
    QVERIFY(header->sectionSize(0) > 0);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
