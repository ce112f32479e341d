#include "TestDatabase.h"

#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "models/CaseListModel.h"
#include "store/PortingService.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QStatusBar>
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

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC)};
};

void TestMainWindow::showsTheCaseList()
{
    TestDatabase db;
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    PortingService service(*store);
    QVERIFY(service.submitPortIn(request(QStringLiteral("Acme Corp"), QStringLiteral("+12064440101"))).ok());
    const ChangeResult second = service.submitPortIn(request(QStringLiteral("Globex"), QStringLiteral("+12064440102")));
    QVERIFY(second.ok());
    QVERIFY(service.advance(second.id, CaseEvent::Portable, Role::Support, EventArgs()).ok());

    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tester(window.caseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    // Newest first, with the state in words.
    QCOMPARE(table->model()->index(0, CaseListModel::Customer).data().toString(), QStringLiteral("Globex"));
    QCOMPARE(table->model()->index(0, CaseListModel::State).data().toString(), displayName(CaseState::Portable));
    QCOMPARE(table->model()->index(1, CaseListModel::Customer).data().toString(), QStringLiteral("Acme Corp"));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Store: ")),
             qPrintable(window.statusBar()->currentMessage()));

    // A change made elsewhere shows after a refresh (F5).
    QVERIFY(service.submitPortIn(request(QStringLiteral("Initech"), QStringLiteral("+12064440103"))).ok());
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, CaseListModel::Customer).data().toString(), QStringLiteral("Initech"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
