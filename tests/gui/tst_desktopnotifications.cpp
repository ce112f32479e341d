// SPDX-License-Identifier: Apache-2.0
// The app's side of the email notifications: another program's events are
// announced on the desktop (the status bar here: offscreen has no system
// tray) for the role shown in the window, and the window sends due mail in
// the background (its own thread and connection) to a real SMTP server on
// loopback once a server is set.

#include "SmtpSink.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "core/PortRequest.h"
#include "gui/MainWindow.h"
#include "gui/NotificationCenter.h"
#include "notify/NotifySettings.h"
#include "service/NotificationService.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QComboBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace portdesk;

namespace {

PortInRequest request(const QString &number)
{
    PortInRequest r;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt
        = QDateTime::fromString(QStringLiteral("2026-12-15T10:00:00-05:00"), Qt::ISODate);
    CarrierGroup g;
    g.btn = QStringLiteral("+12064440100");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.customerName = QStringLiteral("Acme Corp");
    g.accountNumber = QStringLiteral("660193385127");
    g.pin = QStringLiteral("39017");
    g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    g.numbers = { number };
    r.carriers = { g };
    return r;
}

} // namespace

class TestDesktopNotifications : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        Clock::setInstance(&m_clock);
        QSettings().remove(QStringLiteral("notify"));
        NotificationService::setSupportFallback(QString());
    }
    void cleanup()
    {
        QSettings().remove(QStringLiteral("notify"));
        Clock::setInstance(nullptr);
    }
    void announcesAnotherProgramsEventsForTheRoleShown();
    void sendsDueMailInTheBackground();

private:
    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC) };
};

void TestDesktopNotifications::announcesAnotherProgramsEventsForTheRoleShown()
{
    TestDatabase db;
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    const ChangeResult first = service.cases.submitPortIn(request(QStringLiteral("+12064440101")));
    QVERIFY(first.ok());
    // A single-user store has no support members: support's mail (and so
    // its desktop notifications) go to the address set, none without.
    NotifySettings settings;
    settings.supportAddress = QStringLiteral("help@porting.example");
    settings.save();
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *roleBox = window.findChild<QComboBox *>(QStringLiteral("roleBox"));
    QVERIFY(roleBox);
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(roleBox->currentText(), QStringLiteral("Admin"));
    // What was there before the window opened is not announced.
    QVERIFY(window.notifications()->lastAnnouncement().isEmpty());

    // Another program (portdesk-cli) answers portability: the admin hears it.
    const auto cli = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(PORTDESK_CLI_PATH),
            QStringList { QStringLiteral("--db"), db.url(), QStringLiteral("--now"),
                m_clock.now().toString(Qt::ISODate) }
                + args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    };
    QVERIFY(cli({ QStringLiteral("case"), QStringLiteral("advance"), QString::number(first.id),
        QStringLiteral("portable"), QStringLiteral("--as"), QStringLiteral("support") }));
    const QString portable = QStringLiteral("Case %1: the numbers are portable").arg(first.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.notifications()->lastAnnouncement(), portable, 15000);
    QVERIFY(window.statusBar()->currentMessage().contains(portable));

    // Shown as support: support's kind is announced, the admin's is not.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(roleBox->currentText(), QStringLiteral("Support agent"));
    QVERIFY(cli({ QStringLiteral("case"), QStringLiteral("advance"), QString::number(first.id),
        QStringLiteral("request-loa"), QStringLiteral("--as"), QStringLiteral("support") }));
    const ChangeResult second = service.cases.submitPortIn(request(QStringLiteral("+12064440102")));
    QVERIFY(second.ok());
    // This program's own change shows at its next refresh.
    window.refresh();
    const QString newRequest = QStringLiteral("Case %1: a new request").arg(second.id);
    QCOMPARE(window.notifications()->lastAnnouncement(), newRequest);
    QVERIFY(window.statusBar()->currentMessage().contains(newRequest));
}

void TestDesktopNotifications::sendsDueMailInTheBackground()
{
    SmtpSink sink;
    const QString started = sink.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    TestDatabase db;
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    const ChangeResult submitted = service.cases.submitPortIn(request(QStringLiteral("+12064440101")));
    QVERIFY(submitted.ok());
    QVERIFY(service.cases.advance(submitted.id, CaseEvent::Portable, Role::Support, {}).ok());
    NotificationService notifications(*store);
    QCOMPARE(notifications.list(true, 0).size(), 1); // portable, to the admin

    NotifySettings settings;
    settings.url = sink.url();
    settings.sender = QStringLiteral("portdesk@porting.example");
    settings.startTls = NotifySettings::StartTls::Off;
    settings.timeoutSeconds = 5;
    settings.save();
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 20000);
    QVERIFY(sink.messages().first().contains(QStringLiteral("X-Envelope-To: admin@example.com")));
    QVERIFY(!sink.messages().first().contains(QStringLiteral("660193385127")));
    QTRY_COMPARE_WITH_TIMEOUT(notifications.list(true, 0).size(), 0, 10000);
    // Refreshes send again: nothing twice.
    window.refresh();
    QTest::qWait(500);
    QCOMPARE(sink.messages().size(), 1);
}

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
