// SPDX-License-Identifier: Apache-2.0
// The inventory model pages through the store by key: every row it shows,
// read in any order (scrolling down, up, jumping), is the row the store's
// full list has at that position, for every filter and sort; it keeps only a
// few pages; a reload keeps positions. Plus the users and Voice Connectors
// models. Runs on SQLite and PostgreSQL.

#include "InventoryFixture.h"

#include "core/PortRequest.h"
#include "core/PhoneNumber.h"
#include "models/InventoryModel.h"
#include "models/UsersModel.h"
#include "models/VoiceConnectorsModel.h"
#include "service/InventoryExchange.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace portdesk;
using namespace storetest;

Q_DECLARE_METATYPE(InventoryModel::Filter)

namespace {

// What the store lists for the model's filter and sort, whole.
QStringList reference(Services &service, const InventoryModel &model)
{
    InventoryFilter f = model.storeFilter();
    f.limit = 0;
    StoreStatus status;
    QStringList out;
    for (const InventoryNumber &n : service.inventory.listInventory(f, &status))
        out << n.e164;
    if (!status.ok())
        qWarning("%s", qPrintable(status.message));
    return out;
}

} // namespace

class TestInventoryModel : public QObject {
    Q_OBJECT

public:
    TestInventoryModel() : m_clock(startTime()) { }

private Q_SLOTS:
    void init() { Clock::setInstance(&m_clock); }
    void cleanup() { Clock::setInstance(nullptr); }

    void rowsAreTheStoresRows_data();
    void rowsAreTheStoresRows();
    void keepsOnlyAFewPages();
    void scrollingReadsOnePagePerPage();
    void theLastPageIsReadFromTheEnd();
    void reloadKeepsPositions();
    void showsWhatTheAdminNeeds();
    void sortsOnlyWhatTheStoreOrders();
    void prefixFromTyped_data();
    void prefixFromTyped();
    void daysLeft_data();
    void daysLeft();
    void modelTester();
    void usersModel();
    void voiceConnectorsModel();

private:
    FixedClock m_clock;
};

void TestInventoryModel::rowsAreTheStoresRows_data()
{
    QTest::addColumn<InventoryModel::Filter>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("expected"); // rows, or -1: only "some"

    InventoryModel::Filter all;
    InventoryModel::Filter assigned;
    assigned.status = NumberStatus::Assigned;
    InventoryModel::Filter vc;
    vc.productType = ProductType::VoiceConnector;
    InventoryModel::Filter seattleOnly;
    seattleOnly.prefix = QStringLiteral("206");
    InventoryModel::Filter sam;
    sam.assignee = QStringLiteral("SAM");
    InventoryModel::Filter portedOut;
    portedOut.portedOutOnly = true;
    InventoryModel::Filter unassignedSeattle;
    unassignedSeattle.status = NumberStatus::Unassigned;
    unassignedSeattle.prefix = QStringLiteral("+1 (206) 444-10");
    InventoryModel::Filter nothing;
    nothing.prefix = QStringLiteral("212");

    QTest::newRow("all by number")
        << all << int(InventoryModel::Number) << Qt::AscendingOrder << 172;
    QTest::newRow("all by number, descending")
        << all << int(InventoryModel::Number) << Qt::DescendingOrder << 172;
    QTest::newRow("all by status")
        << all << int(InventoryModel::Status) << Qt::AscendingOrder << 172;
    QTest::newRow("all by product type, descending")
        << all << int(InventoryModel::ProductTypeColumn) << Qt::DescendingOrder << 172;
    QTest::newRow("all by created (ties)")
        << all << int(InventoryModel::Created) << Qt::AscendingOrder << 172;
    QTest::newRow("all by updated, descending")
        << all << int(InventoryModel::Updated) << Qt::DescendingOrder << 172;
    QTest::newRow("all by case (mostly none)")
        << all << int(InventoryModel::Case) << Qt::AscendingOrder << 172;
    QTest::newRow("assigned by created")
        << assigned << int(InventoryModel::Created) << Qt::DescendingOrder << -1;
    QTest::newRow("voice connector by number")
        << vc << int(InventoryModel::Number) << Qt::AscendingOrder << 52;
    QTest::newRow("area code 206 by status")
        << seattleOnly << int(InventoryModel::Status) << Qt::DescendingOrder << 120;
    QTest::newRow("assignee sam, any case")
        << sam << int(InventoryModel::Number) << Qt::AscendingOrder << -1;
    QTest::newRow("ported out") << portedOut << int(InventoryModel::Number) << Qt::AscendingOrder
                                << 2;
    QTest::newRow("unassigned, typed prefix")
        << unassignedSeattle << int(InventoryModel::Updated) << Qt::AscendingOrder << -1;
    QTest::newRow("none") << nothing << int(InventoryModel::Number) << Qt::AscendingOrder << 0;
}

void TestInventoryModel::rowsAreTheStoresRows()
{
    QFETCH(InventoryModel::Filter, filter);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, expected);
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    if (QTest::currentTestFailed())
        return;

    // Small pages, two kept: every path of the paging runs many times on a
    // small inventory.
    const auto makeModel = [&](std::unique_ptr<InventoryModel> *out) {
        auto model = std::make_unique<InventoryModel>(service);
        model->setPageSize(7);
        model->setCachedPages(2);
        model->sort(column, order);
        QVERIFY(model->setFilter(filter));
        *out = std::move(model);
    };
    std::unique_ptr<InventoryModel> model;
    makeModel(&model);
    const QStringList rows = reference(service, *model);
    if (expected >= 0)
        QCOMPARE(rows.size(), expected);
    else
        QVERIFY(rows.size() > 3);
    QCOMPARE(model->rowCount(), rows.size());

    // Down, from the top.
    for (int row = 0; row < rows.size(); ++row)
        QCOMPARE(model->e164At(row), rows.at(row));
    QVERIFY(model->cachedPageCount() <= 2);

    // Up, from the bottom.
    makeModel(&model);
    for (int row = int(rows.size()) - 1; row >= 0; --row)
        QCOMPARE(model->e164At(row), rows.at(row));

    // Jumps anywhere (a dragged scroll bar), then around them.
    makeModel(&model);
    QRandomGenerator random(7);
    for (int i = 0; i < 60 && !rows.isEmpty(); ++i) {
        const int row = int(random.bounded(int(rows.size())));
        QCOMPARE(model->e164At(row), rows.at(row));
        const int near = qBound(0, row + int(random.bounded(15)) - 7, int(rows.size()) - 1);
        QCOMPARE(model->e164At(near), rows.at(near));
    }
    QCOMPARE(model->e164At(int(rows.size())), QString());
    QCOMPARE(model->e164At(-1), QString());
    QCOMPARE(model->lastStatus().ok(), true);
}

void TestInventoryModel::keepsOnlyAFewPages()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryModel model(service);
    model.setPageSize(10);
    model.setCachedPages(3);
    QVERIFY(model.setFilter({}));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.numberAt(row));
        QVERIFY2(
            model.cachedPageCount() <= 3, qPrintable(QString::number(model.cachedPageCount())));
    }
    // Rows asked for in a batch come back in row order, each page read once.
    const int before = model.queryCount();
    const QList<InventoryNumber> picked = model.numbersAt({ 95, 3, 40, 41, 3, 171 });
    QCOMPARE(model.queryCount() - before, 4); // pages 0, 4 and 9; 17 was kept
    QCOMPARE(picked.size(), 5);
    QCOMPARE(picked.at(0).e164, model.e164At(3));
    QCOMPARE(picked.at(4).e164, model.e164At(171));
}

void TestInventoryModel::scrollingReadsOnePagePerPage()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryModel model(service);
    model.setPageSize(16);
    QVERIFY(model.setFilter({}));
    const int pages = (model.rowCount() + 15) / 16;
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.numberAt(row));
    QCOMPARE(model.queryCount(), pages);

    // A jump to the middle is one query (the rows between skipped in the
    // store), then its neighbours are one query each.
    InventoryModel jumping(service);
    jumping.setPageSize(16);
    QVERIFY(jumping.setFilter({}));
    QVERIFY(jumping.numberAt(80));
    QCOMPARE(jumping.queryCount(), 1);
    const int afterJump = jumping.queryCount();
    QVERIFY(jumping.numberAt(80 - 16));
    QVERIFY(jumping.numberAt(80 + 16));
    QCOMPARE(jumping.queryCount() - afterJump, 2);
}

void TestInventoryModel::theLastPageIsReadFromTheEnd()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        InventoryModel model(service);
        model.setPageSize(10);
        model.sort(InventoryModel::Created, order);
        QVERIFY(model.setFilter({}));
        const QStringList rows = reference(service, model);
        // scrollToBottom: one query, nothing walked.
        QCOMPARE(model.e164At(model.rowCount() - 1), rows.constLast());
        QCOMPARE(model.queryCount(), 1);
        QCOMPARE(model.e164At(model.rowCount() - 12), rows.at(rows.size() - 12));
        QCOMPARE(model.queryCount(), 2);
    }
}

void TestInventoryModel::reloadKeepsPositions()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryModel model(service);
    InventoryModel::Filter unassigned;
    unassigned.status = NumberStatus::Unassigned;
    QVERIFY(model.setFilter(unassigned));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    const QString first = model.e164At(0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Two numbers assigned elsewhere: two rows fewer, no reset (the view keeps
    // its place), and the rows read again.
    const QStringList two = { model.e164At(1), model.e164At(2) };
    const BulkResult assigned
        = service.inventory.assignSelectedToUser(two, QStringLiteral("pat@example.com"));
    QVERIFY(assigned.complete());
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), before - 2);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.e164At(0), first);
    QVERIFY(!two.contains(model.e164At(1)));

    // Unassigned again: the rows come back.
    QVERIFY(service.inventory.unassignSelected(two).complete());
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.e164At(1), two.at(0));

    // A new filter is a reset.
    InventoryModel::Filter vc;
    vc.productType = ProductType::VoiceConnector;
    QVERIFY(model.setFilter(vc));
    QCOMPARE(resets.size(), 1);
}

void TestInventoryModel::showsWhatTheAdminNeeds()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryModel model(service);
    QVERIFY(model.setFilter({}));
    // Sorted by number: the two ported-out Seattle numbers come first.
    const QModelIndex first = model.index(0, InventoryModel::Number);
    QCOMPARE(first.data().toString(), QStringLiteral("(206) 444-1000"));
    QCOMPARE(first.data(InventoryModel::E164Role).toString(), seattle(1000));
    QCOMPARE(model.index(0, InventoryModel::Status).data().toString(),
        QStringLiteral("Ported out: unassign and delete"));
    QCOMPARE(model.index(0, InventoryModel::Status).data(InventoryModel::StatusRole).toString(),
        QStringLiteral("PortoutInProgress"));
    QVERIFY(model.index(0, InventoryModel::Status).data(InventoryModel::PortedOutRole).toBool());
    QVERIFY(model.index(0, InventoryModel::Status).data(Qt::ForegroundRole).isValid());
    QVERIFY(
        model.index(0, InventoryModel::Case).data().toString().endsWith(QLatin1String("(out)")));
    QVERIFY(model.index(0, InventoryModel::Case)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("Port-out case")));

    // An assigned number names its user; a deleted one its days left.
    InventoryModel::Filter deleted;
    deleted.status = NumberStatus::DeleteInProgress;
    QVERIFY(model.setFilter(deleted));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const InventoryNumber *n = model.numberAt(row);
        QVERIFY(n);
        const int days = InventoryModel::daysLeft(*n, Clock::now());
        QVERIFY(days >= 0);
        QCOMPARE(model.index(row, InventoryModel::DaysLeft).data().toString(),
            days == 0 ? QStringLiteral("purged at the next clock tick")
                      : QCoreApplication::translate(
                          "portdesk::InventoryModel", "%n day(s)", nullptr, days));
        QCOMPARE(model.index(row, InventoryModel::Status).data().toString(),
            QStringLiteral("DeleteInProgress"));
    }
    InventoryModel::Filter sam;
    sam.assignee = QStringLiteral("sam@");
    QVERIFY(model.setFilter(sam));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, InventoryModel::AssignedTo).data().toString(),
        QStringLiteral("sam@example.com"));
    QCOMPARE(model.index(0, InventoryModel::AssignedTo).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Business Calling user"));

    InventoryModel::Filter tf;
    tf.prefix = QStringLiteral("833");
    QVERIFY(model.setFilter(tf));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.index(0, InventoryModel::ProductTypeColumn).data().toString(),
        QStringLiteral("Voice Connector, toll-free"));
    QVERIFY(model.index(0, 0).data(InventoryModel::TollFreeRole).toBool());

    // Dragged or copied rows are their E.164 numbers, one a line.
    std::unique_ptr<QMimeData> mime(
        model.mimeData({ model.index(1, 0), model.index(0, 3), model.index(1, 2) }));
    QCOMPARE(mime->text(), tollFree(3000) + QLatin1Char('\n') + tollFree(3001));
}

void TestInventoryModel::sortsOnlyWhatTheStoreOrders()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryModel model(service);
    QVERIFY(model.setFilter({}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(InventoryModel::AssignedTo, Qt::AscendingOrder);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.sortColumn(), int(InventoryModel::Number));
    model.sort(InventoryModel::Status, Qt::DescendingOrder);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.storeFilter().sort, InventorySort::Status);
    QVERIFY(model.storeFilter().descending);
    QCOMPARE(model.rowCount(), 172);
    QCOMPARE(model.index(0, InventoryModel::Status).data(InventoryModel::StatusRole).toString(),
        QStringLiteral("Unassigned"));
}

void TestInventoryModel::prefixFromTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("area code") << QStringLiteral("206") << QStringLiteral("+1206");
    QTest::newRow("national start") << QStringLiteral("(206) 44") << QStringLiteral("+120644");
    QTest::newRow("E.164 start") << QStringLiteral("+1206444") << QStringLiteral("+1206444");
    QTest::newRow("spaced E.164") << QStringLiteral("+1 206") << QStringLiteral("+1206");
    QTest::newRow("country code without plus") << QStringLiteral("1206") << QStringLiteral("+1206");
    QTest::newRow("dotted") << QStringLiteral("206.444.01") << QStringLiteral("+120644401");
    QTest::newRow("country code alone") << QStringLiteral("+1") << QStringLiteral("+1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no digits") << QStringLiteral("abc") << QString();
}

void TestInventoryModel::prefixFromTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, prefix);
    QCOMPARE(InventoryModel::prefixFromTyped(typed), prefix);
}

void TestInventoryModel::daysLeft_data()
{
    QTest::addColumn<int>("deletedHoursAgo");
    QTest::addColumn<int>("days");
    QTest::newRow("just deleted") << 0 << InventoryService::deletionQueueDays;
    QTest::newRow("an hour ago") << 1 << InventoryService::deletionQueueDays;
    QTest::newRow("one day ago") << 24 << InventoryService::deletionQueueDays - 1;
    QTest::newRow("a day and an hour") << 25 << InventoryService::deletionQueueDays - 1;
    QTest::newRow("an hour before the purge") << InventoryService::deletionQueueDays * 24 - 1 << 1;
    QTest::newRow("due") << InventoryService::deletionQueueDays * 24 << 0;
    QTest::newRow("overdue") << InventoryService::deletionQueueDays * 24 + 5 << 0;
}

void TestInventoryModel::daysLeft()
{
    QFETCH(int, deletedHoursAgo);
    QFETCH(int, days);
    InventoryNumber n;
    n.status = NumberStatus::DeleteInProgress;
    n.deletedAt = startTime().addSecs(-3600 * qint64(deletedHoursAgo));
    QCOMPARE(InventoryModel::daysLeft(n, startTime()), days);
    n.status = NumberStatus::Unassigned;
    QCOMPARE(InventoryModel::daysLeft(n, startTime()), -1);
}

void TestInventoryModel::modelTester()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    InventoryModel model(service);
    model.setPageSize(9);
    model.setCachedPages(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setFilter({}));
    InventoryModel::Filter f;
    f.prefix = QStringLiteral("425");
    f.status = NumberStatus::Unassigned;
    QVERIFY(model.setFilter(f));
    QCOMPARE(model.rowCount(), 20);
    model.sort(InventoryModel::Created, Qt::DescendingOrder);
    QVERIFY(service.inventory.deleteSelected({ QStringLiteral("+14254442001") }).complete());
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 19);
    QVERIFY(model.setFilter({}));
    QCOMPARE(model.rowCount(), 172);
}

void TestInventoryModel::usersModel()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    UsersModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 3);
    const int sam = model.rowOfEmail(QStringLiteral("SAM@example.com"));
    QVERIFY(sam >= 0);
    QCOMPARE(model.index(sam, UsersModel::Name).data().toString(), QStringLiteral("Sam Doe"));
    // Every third Seattle number is assigned, spread over the three users.
    int assigned = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        assigned += model.index(row, UsersModel::Numbers).data().toInt();
    int expected = 0;
    for (const InventoryNumber &n : service.inventory.listInventory({}))
        expected += n.assignedUser.isEmpty() ? 0 : 1;
    QVERIFY(expected > 30);
    QCOMPARE(assigned, expected);
    QVERIFY(model.reload(QStringLiteral("doe")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.userAt(0).email, QStringLiteral("sam@example.com"));
    QCOMPARE(model.rowOfId(model.userAt(0).id), 0);
}

void TestInventoryModel::voiceConnectorsModel()
{
    OPEN_FRESH_STORE(db, store);
    Services service(*store);
    buildInventory(service, *store);
    VERIFY_OK(service.directory.createVoiceConnector(
        QStringLiteral("pbx-west"), QStringLiteral("us-west-2"), false));
    VoiceConnectorsModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    const int east = model.rowOfName(QStringLiteral("pbx-east"));
    const int west = model.rowOfName(QStringLiteral("pbx-west"));
    QVERIFY(east >= 0 && west >= 0);
    QCOMPARE(model.index(east, VoiceConnectorsModel::Numbers).data().toInt(), 20);
    QCOMPARE(model.index(west, VoiceConnectorsModel::Numbers).data().toInt(), 0);
    QCOMPARE(model.index(east, VoiceConnectorsModel::Encryption).data().toString(),
        QStringLiteral("On"));
    QCOMPARE(model.index(west, VoiceConnectorsModel::Region).data().toString(),
        QStringLiteral("us-west-2"));
    QCOMPARE(model.rowOfName(QStringLiteral("nope")), -1);
}

QTEST_GUILESS_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
