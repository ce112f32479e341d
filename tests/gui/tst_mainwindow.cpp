// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"

#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/Clock.h"
#include "gui/CaseView.h"
#include "gui/Dialogs.h"
#include "gui/MainWindow.h"
#include "gui/views/CasesView.h"
#include "models/CaseQueueModel.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QUrl>
#include <QTableView>
#include <QtTest>

using namespace portdesk;

namespace {

PortInRequest request(const QString &customer, const QString &number)
{
    PortInRequest r;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = QDateTime::fromString(QStringLiteral("2026-12-15T10:00:00-05:00"), Qt::ISODate);
    CarrierGroup g;
    g.btn = QStringLiteral("+12064440100");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.customerName = customer;
    g.serviceAddress = {QStringLiteral("1 Main St"), QStringLiteral("Seattle"), QStringLiteral("WA"), QStringLiteral("98101")};
    g.numbers = {number};
    r.carriers = {g};
    return r;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }
    void showsTheCaseList();
    void roleSwitchByKeyboard();
    void teamStoreRoleFromLogin();
    void anotherProgramsChangeShowsWithoutRestart();
    void checkStoreFromTheHelpMenu();
    void readOnlyStoreShowsAndRefuses();
    void anotherKeyShowsSecretsUnreadable();

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC)};
};

void TestMainWindow::showsTheCaseList()
{
    TestDatabase db;
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    QVERIFY(service.cases.submitPortIn(request(QStringLiteral("Acme Corp"), QStringLiteral("+12064440101"))).ok());
    const ChangeResult second = service.cases.submitPortIn(request(QStringLiteral("Globex"), QStringLiteral("+12064440102")));
    QVERIFY(second.ok());
    QVERIFY(service.cases.advance(second.id, CaseEvent::Portable, Role::Support, EventArgs()).ok());

    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tester(window.caseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    // Newest first, with the state in words.
    QCOMPARE(table->model()->index(0, CaseQueueModel::Customer).data().toString(), QStringLiteral("Globex"));
    QCOMPARE(table->model()->index(0, CaseQueueModel::State).data().toString(), displayName(CaseState::Portable));
    QCOMPARE(table->model()->index(1, CaseQueueModel::Customer).data().toString(), QStringLiteral("Acme Corp"));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Store: ")),
             qPrintable(window.statusBar()->currentMessage()));

    // A change made elsewhere shows after a refresh (F5).
    QVERIFY(service.cases.submitPortIn(request(QStringLiteral("Initech"), QStringLiteral("+12064440103"))).ok());
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, CaseQueueModel::Customer).data().toString(), QStringLiteral("Initech"));
}

void TestMainWindow::roleSwitchByKeyboard()
{
    TestDatabase db;
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    const ChangeResult submitted = service.cases.submitPortIn(request(QStringLiteral("Acme Corp"), QStringLiteral("+12064440101")));
    QVERIFY(submitted.ok());

    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::CasesViewIndex);
    window.casesView()->showCase(submitted.id);
    CaseView *caseView = window.casesView()->caseView();
    auto *roleBox = window.findChild<QComboBox *>(QStringLiteral("roleBox"));
    QVERIFY(roleBox);
    QPushButton *portable = caseView->findChild<QPushButton *>(QStringLiteral("Portable"));
    QVERIFY(portable);

    // Support answers portability; an admin cannot.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(window.role() == Role::Support);
    QVERIFY(caseView->role() == Role::Support);
    QCOMPARE(roleBox->currentText(), QStringLiteral("Support agent"));
    QVERIFY(portable->isEnabled());

    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(window.role() == Role::Admin);
    QVERIFY(caseView->role() == Role::Admin);
    QCOMPARE(roleBox->currentText(), QStringLiteral("Admin"));
    QVERIFY(!portable->isEnabled());
    QVERIFY(!portable->toolTip().isEmpty());
}

// On a team store (PostgreSQL after team init) the switch shows the login's
// role, login and account and cannot be changed, by mouse or keyboard.
void TestMainWindow::teamStoreRoleFromLogin()
{
    if (!TestDatabase::isPostgres())
        QSKIP("A team store is a PostgreSQL store.");
    const QString login = QStringLiteral("pdt_gui_%1").arg(QCoreApplication::applicationPid());
    QString ownerUrl;
    {
        TestDatabase db(QStringLiteral("team"));
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        ownerUrl = db.url();
        StoreStatus status;
        std::unique_ptr<Store> owner = Store::open(db.url(), &status);
        QVERIFY2(owner, qPrintable(status.message));
        Services setup(*owner);
        QVERIFY(setup.team.init().ok());
        bool existed = false;
        const ChangeResult account = setup.team.addAccount(QStringLiteral("Acme"), &existed);
        QVERIFY(account.ok());
        TeamMember member;
        member.login = login;
        member.role = Role::Support;
        bool created = false;
        QVERIFY(setup.team.addMember(member, QString(), &created).ok());

        QUrl url(db.url());
        url.setUserName(login);
        std::unique_ptr<Store> store = Store::open(url.toString(), &status);
        QVERIFY2(store, qPrintable(status.message));
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *roleBox = window.findChild<QComboBox *>(QStringLiteral("roleBox"));
        QVERIFY(roleBox);
        QVERIFY(!roleBox->isEnabled());
        QCOMPARE(roleBox->currentText(), QStringLiteral("Support agent"));
        QVERIFY(window.role() == Role::Support);
        auto *who = window.findChild<QLabel *>(QStringLiteral("teamLogin"));
        QVERIFY(who);
        QVERIFY2(who->text().contains(login), qPrintable(who->text()));
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(window.role() == Role::Support);
        QCOMPARE(roleBox->currentText(), QStringLiteral("Support agent"));
    }
    // Logins belong to the cluster: this one goes with its database.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("drop"));
    const QUrl u(ownerUrl);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setDatabaseName(QStringLiteral("postgres"));
    if (db.open())
        QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS ") + login);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));

    // A single-user store keeps the switch (roleSwitchByKeyboard).
}

void TestMainWindow::anotherProgramsChangeShowsWithoutRestart()
{
    TestDatabase db;
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    const ChangeResult submitted = service.cases.submitPortIn(request(QStringLiteral("Acme Corp"), QStringLiteral("+12064440101")));
    QVERIFY(submitted.ok());

    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::CasesViewIndex);
    window.casesView()->showCase(submitted.id);
    CaseView *caseView = window.casesView()->caseView();
    QVERIFY(caseView->caseRecord().state == CaseState::Submitted);

    // A second program (the real portdesk-cli) answers portability.
    QProcess cli;
    cli.start(QStringLiteral(PORTDESK_CLI_PATH),
              {QStringLiteral("--db"), db.url(), QStringLiteral("--now"), m_clock.now().toString(Qt::ISODate),
               QStringLiteral("case"), QStringLiteral("advance"), QString::number(submitted.id),
               QStringLiteral("portable"), QStringLiteral("--as"), QStringLiteral("support")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);

    // Without F5 or a restart: the case view and the queue show it.
    QTRY_VERIFY_WITH_TIMEOUT(caseView->caseRecord().state == CaseState::Portable, 5000);
    CaseQueueModel *queue = window.caseModel();
    const int row = queue->rowOf(submitted.id);
    QVERIFY(row >= 0);
    QVERIFY(queue->caseAt(row).state == CaseState::Portable);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("another program")),
             qPrintable(window.statusBar()->currentMessage()));
}


// Help ▸ Check store runs the full check on a thread of its own: a busy bar
// shows meanwhile, and the answer names what was checked.
void TestMainWindow::checkStoreFromTheHelpMenu()
{
    TestDatabase db;
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    QVERIFY(service.cases.submitPortIn(request(QStringLiteral("Acme Corp"), QStringLiteral("+12064440101"))).ok());
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Dialogs::reset();
    Dialogs::queueButtonAnswer(QMessageBox::Ok);

    QAction *check = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            if (action->objectName() == QLatin1String("actionCheckStore"))
                check = action;
    QVERIFY(check);
    check->trigger();
    QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("storeCheckBusy")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QProgressBar *>(QStringLiteral("storeCheckBusy")), 30000);
    const QStringList shown = Dialogs::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("no damage found")), qPrintable(shown.first()));
    // The window went on answering: the store is still usable.
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Store: ")),
             qPrintable(window.statusBar()->currentMessage()));
}

// A store opened read-only: the cases show, the window says read-only, and
// a change is refused with the reason instead of "attempt to write".
void TestMainWindow::readOnlyStoreShowsAndRefuses()
{
    TestDatabase db;
    StoreStatus status;
    {
        std::unique_ptr<Store> writable = Store::open(db.url(), &status);
        QVERIFY2(writable, qPrintable(status.message));
        Services service(*writable);
        QVERIFY(service.cases.submitPortIn(request(QStringLiteral("Acme Corp"), QStringLiteral("+12064440101"))).ok());
    }
    std::unique_ptr<Store> store = Store::open(db.url(), &status, StoreAccess::ReadOnly);
    QVERIFY2(store, qPrintable(status.message));
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.windowTitle().contains(QLatin1String("read-only")), qPrintable(window.windowTitle()));
    // The desktop adds the application's name once; the title does not repeat it.
    QVERIFY2(!window.windowTitle().contains(QLatin1String("PortDesk")), qPrintable(window.windowTitle()));
    auto *note = window.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(note);
    QVERIFY2(note->text().startsWith(QLatin1String("Read-only (as asked)")), qPrintable(note->text()));
    // Nothing can be filed: the actions say so before a click.
    for (const char *name : { "actionNewPortIn", "actionNewPortOut" }) {
        auto *file = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY(file);
        QVERIFY2(!file->isEnabled(), name);
        QVERIFY(file->toolTip().contains(QLatin1String("read-only")));
    }
    for (const char *name : { "newPortIn", "portOutNumbers" }) {
        auto *button = window.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(button);
        QVERIFY2(!button->isEnabled(), name);
    }
    // The queue is built (and read) when its tab is first shown.
    QVERIFY(!window.findChild<QTableView *>(QStringLiteral("caseTable")));
    window.showView(MainWindow::CasesViewIndex);
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    Services service(*store);
    const ChangeResult refused = service.cases.advance(1, CaseEvent::Portable, Role::Support, EventArgs());
    QCOMPARE(int(refused.status.code), int(StoreStatus::Code::ReadOnly));
    QVERIFY2(refused.status.message.contains(QLatin1String("read-only")), qPrintable(refused.status.message));
}

// Opened with a key that is not the store's (issue 15): the window says the
// account numbers and PINs cannot be read, offers no New port-in, and the
// queue still lists the cases.
void TestMainWindow::anotherKeyShowsSecretsUnreadable()
{
    TestDatabase db;
    StoreStatus status;
    qputenv("PORTDESK_STORE_KEY", QByteArray(32, 'A').toBase64());
    {
        std::unique_ptr<Store> writable = Store::open(db.url(), &status);
        QVERIFY2(writable, qPrintable(status.message));
        Services service(*writable);
        PortInRequest r = request(QStringLiteral("Acme Corp"), QStringLiteral("+12064440101"));
        r.carriers[0].accountNumber = QStringLiteral("5544332211");
        QVERIFY(service.cases.submitPortIn(r).ok());
    }
    qputenv("PORTDESK_STORE_KEY", QByteArray(32, 'B').toBase64());
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    qunsetenv("PORTDESK_STORE_KEY");
    QVERIFY2(store, qPrintable(status.message));
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *note = window.findChild<QLabel *>(QStringLiteral("secretsNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QLatin1String("cannot be read")), qPrintable(note->text()));
    auto *portIn = window.findChild<QAction *>(QStringLiteral("actionNewPortIn"));
    QVERIFY(portIn);
    QVERIFY(!portIn->isEnabled());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionNewPortOut"))->isEnabled());
    // The Port in page's own button too.
    auto *pageButton = window.findChild<QPushButton *>(QStringLiteral("newPortIn"));
    QVERIFY(pageButton);
    QVERIFY(!pageButton->isEnabled());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("portOutNumbers"))->isEnabled());
    window.showView(MainWindow::CasesViewIndex);
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
