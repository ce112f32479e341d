// SPDX-License-Identifier: Apache-2.0
// The case queue model over a store of cases in every state (the sample
// store plus a few cases made here), on the engine of PORTDESK_TEST_ENGINE.
// Every expectation is worked out from the cases as Services loads
// them, never from the queue's own SQL.

#include "TestDatabase.h"

#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "models/CaseQueueModel.h"
#include "store/CaseQueueRepository.h"
#include "service/Services.h"
#include "sample/SampleStore.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace portdesk;

using CasePredicate = std::function<bool(const CaseRecord &)>;
Q_DECLARE_METATYPE(CasePredicate)
Q_DECLARE_METATYPE(CaseQueueFilter)

namespace {

QDateTime iso(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

// Monday 2 March 2026, 15:00 UTC.
QDateTime startTime()
{
    return iso("2026-03-02T15:00:00Z");
}

// Distinctive secrets, so that a match can only come from searching them.
const char secretAccount[] = "830417992615";
const char secretPin[] = "46183";
const char secretPortOutPin[] = "772913";

PortInRequest portIn(const QString &customer, const QString &carrier, const QString &email,
    const QStringList &numbers, const QString &btn)
{
    PortInRequest r;
    r.adminEmail = email;
    r.requestedPortAt = iso("2026-04-06T10:00:00-04:00");
    CarrierGroup g;
    g.carrier = carrier;
    g.btn = btn;
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.accountNumber = QLatin1String(secretAccount);
    g.pin = QLatin1String(secretPin);
    g.customerName = customer;
    g.serviceAddress = ServiceAddress { QStringLiteral("1 Main St"), QStringLiteral("Denver"),
        QStringLiteral("CO"), QStringLiteral("80202") };
    g.numbers = numbers;
    r.carriers << g;
    return r;
}

QString lower(const QString &text)
{
    return text.toLower();
}

// What the text filter is specified to find in a case, besides its numbers.
bool namesContain(const CaseRecord &c, const QString &text)
{
    const QString t = lower(text);
    if (lower(c.adminEmail).contains(t))
        return true;
    for (const CarrierGroup &g : c.portIn.carriers) {
        if (lower(g.customerName).contains(t) || lower(g.carrier).contains(t))
            return true;
    }
    return false;
}

bool hasNumber(const CaseRecord &c, const std::function<bool(const QString &)> &test)
{
    return std::any_of(c.numbers.cbegin(), c.numbers.cend(), test);
}

QString customerKey(const CaseRecord &c)
{
    return lower(c.customerName.isEmpty() ? c.adminEmail : c.customerName);
}

// The case view's timeline of a case, over its whole history, now.
QList<Milestone> timelineOf(const CaseRecord &c)
{
    QList<RecordedEvent> history;
    for (const CaseEventRecord &e : c.events)
        history << e.event;
    const QDateTime requested = c.kind == CaseKind::PortIn ? c.portIn.requestedPortAt : QDateTime();
    return CaseTimeline::build(c.kind, history, requested, Clock::now());
}

} // namespace

class TestCaseQueueModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void passesTheModelTester();
    void textSearchReadsWhatWasTyped_data();
    void textSearchReadsWhatWasTyped();
    void filters_data();
    void filters();
    void sorts_data();
    void sorts();
    void ignoresColumnsItCannotSort();
    void loadsPageByPage_data();
    void loadsPageByPage();
    void countsPerState_data();
    void countsPerState();
    void nextMilestoneMatchesTheTimeline();
    void marksOverdue_data();
    void marksOverdue();
    void reloadKeepsRowsInPlace();

private:
    QList<qint64> queueIds(CaseQueueModel &model);
    QList<CaseRecord> casesWhere(const CasePredicate &predicate) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
    FixedClock m_clock { startTime() };
    QList<CaseRecord> m_cases; // every case, as loaded
    qint64 m_zephyr = 0; // the cases made here
    qint64 m_pure = 0;
    qint64 m_portOutWithPin = 0;
};

void TestCaseQueueModel::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);
    QString error;
    const int made = SampleStore::populate(*m_service, startTime(), &error);
    QVERIFY2(made > 20, qPrintable(error));
    Clock::setInstance(&m_clock); // the sample store puts the system clock back

    // Cases whose text is known here: numbers in Denver, names with LIKE's
    // special characters, and secrets that must never be found.
    ChangeResult r = m_service->cases.submitPortIn(portIn(QStringLiteral("Zephyr Analytics"),
        QStringLiteral("Quartz Mobile"), QStringLiteral("ops@zephyr.example.net"),
        { QStringLiteral("+17203340111"), QStringLiteral("(720) 334-0112") },
        QStringLiteral("+17203349900")));
    QVERIFY2(r.ok(),
        r.violations.isEmpty() ? qPrintable(r.status.message)
                               : qPrintable(r.violations.first().message));
    m_zephyr = r.id;
    r = m_service->cases.submitPortIn(portIn(QStringLiteral("100%_Pure Water"),
        QStringLiteral("Example Telecom"), QStringLiteral("it@purewater.example.com"),
        { QStringLiteral("+13034410142") }, QStringLiteral("+13034419900")));
    QVERIFY2(r.ok(),
        r.violations.isEmpty() ? qPrintable(r.status.message)
                               : qPrintable(r.violations.first().message));
    m_pure = r.id;
    QVERIFY(m_service->cases.advance(m_pure, CaseEvent::Portable, Role::Support, EventArgs()).ok());
    // A port-out of the sample still waiting for its PIN gets one.
    for (const CaseSummary &s : m_service->cases.listCases()) {
        if (s.kind == CaseKind::PortOut && s.state == CaseState::Submitted) {
            EventArgs pin;
            pin.accountId = QStringLiteral("PD-4242");
            pin.pin = QLatin1String(secretPortOutPin);
            QVERIFY(m_service->cases.advance(s.id, CaseEvent::IssuePin, Role::Support, pin).ok());
            m_portOutWithPin = s.id;
            break;
        }
    }
    QVERIFY(m_portOutWithPin > 0);

    for (const CaseSummary &s : m_service->cases.listCases()) {
        CaseRecord c;
        QVERIFY(m_service->cases.loadCase(s.id, &c));
        m_cases << c;
    }
    QVERIFY(m_cases.size() > 25);
}

void TestCaseQueueModel::cleanupTestCase()
{
    m_service.reset();
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
}

void TestCaseQueueModel::init()
{
    m_clock.set(startTime());
    Clock::setInstance(&m_clock);
}

void TestCaseQueueModel::cleanup()
{
    Clock::setInstance(nullptr);
}

QList<qint64> TestCaseQueueModel::queueIds(CaseQueueModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, CaseQueueModel::Id).data(CaseQueueModel::CaseIdRole).toLongLong();
    return ids;
}

QList<CaseRecord> TestCaseQueueModel::casesWhere(const CasePredicate &predicate) const
{
    QList<CaseRecord> out;
    for (const CaseRecord &c : m_cases) {
        if (predicate(c))
            out << c;
    }
    return out;
}

void TestCaseQueueModel::passesTheModelTester()
{
    CaseQueueModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 4);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), int(m_cases.size()));
    for (int column = 0; column < CaseQueueModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    CaseQueueFilter filter;
    filter.text = QStringLiteral("zephyr");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    filter.text.clear();
    filter.openOnly = true;
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.reload());
}

void TestCaseQueueModel::textSearchReadsWhatWasTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164From"); // empty: no prefix search
    QTest::addColumn<QString>("digits"); // empty: no contains search
    QTest::addColumn<qint64>("caseId");

    QTest::newRow("E.164") << "+12064440101"
                           << "+12064440101"
                           << "" << qint64(0);
    QTest::newRow("national") << "(206) 444-0101"
                              << "+12064440101"
                              << "" << qint64(0);
    QTest::newRow("dots") << "206.444.0101"
                          << "+12064440101"
                          << "" << qint64(0);
    QTest::newRow("with 1") << "1-206-444-0101"
                            << "+12064440101"
                            << "" << qint64(0);
    QTest::newRow("spaces") << " +1 206 444 0101 "
                            << "+12064440101"
                            << "" << qint64(0);
    QTest::newRow("area code") << "(206)"
                               << "+1206"
                               << "" << qint64(0);
    QTest::newRow("E.164 start") << "+1720"
                                 << "+1720"
                                 << "" << qint64(0);
    QTest::newRow("digits inside") << "444-01"
                                   << ""
                                   << "%44401%" << qint64(0);
    QTest::newRow("case id") << "#1234"
                             << ""
                             << "" << qint64(1234);
    QTest::newRow("digits alone") << "2064440101"
                                  << "+12064440101"
                                  << "" << qint64(2064440101);
    QTest::newRow("bare case id") << "17"
                                  << ""
                                  << "" << qint64(17);
    QTest::newRow("name") << "Zephyr"
                          << ""
                          << "" << qint64(0);
    QTest::newRow("name with digits") << "it2@example.com"
                                      << ""
                                      << "" << qint64(0);
    QTest::newRow("empty") << "   "
                           << ""
                           << "" << qint64(0);
}

void TestCaseQueueModel::textSearchReadsWhatWasTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, e164From);
    QFETCH(QString, digits);
    QFETCH(qint64, caseId);
    const CaseQueueRepository::TextSearch search = CaseQueueRepository::textSearch(typed);
    QCOMPARE(search.e164From, e164From);
    QCOMPARE(search.digitsPattern, digits);
    QCOMPARE(search.caseId, caseId);
    QCOMPARE(search.isEmpty(), typed.trimmed().isEmpty());
    // A number typed as a number is not looked for in the names.
    QCOMPARE(search.pattern.isEmpty(),
        !e164From.isEmpty() || !digits.isEmpty() || typed.trimmed().isEmpty());
    if (!e164From.isEmpty())
        QVERIFY(search.e164To > e164From && search.e164To.startsWith(e164From));
}

void TestCaseQueueModel::filters_data()
{
    QTest::addColumn<CaseQueueFilter>("filter");
    QTest::addColumn<CasePredicate>("expected");
    QTest::addColumn<int>("atLeast"); // guards against a predicate that finds nothing

    const auto text = [](const char *t) {
        CaseQueueFilter f;
        f.text = QString::fromUtf8(t);
        return f;
    };
    const auto number = [](const char *e164) {
        const QString n = QLatin1String(e164);
        return CasePredicate([n](const CaseRecord &c) { return c.numbers.contains(n); });
    };
    const qint64 zephyr = m_zephyr;

    QTest::newRow("everything") << CaseQueueFilter()
                                << CasePredicate([](const CaseRecord &) { return true; }) << 25;
    {
        CaseQueueFilter f;
        f.states = { CaseState::Submitted };
        QTest::newRow("state submitted") << f << CasePredicate([](const CaseRecord &c) {
            return c.state == CaseState::Submitted;
        }) << 2;
        f.states = { CaseState::LoaRequested, CaseState::ChangeRequested };
        QTest::newRow("two states") << f << CasePredicate([](const CaseRecord &c) {
            return c.state == CaseState::LoaRequested || c.state == CaseState::ChangeRequested;
        }) << 3;
    }
    {
        CaseQueueFilter f;
        f.hasKind = true;
        f.kind = CaseKind::PortOut;
        QTest::newRow("port-out") << f << CasePredicate([](const CaseRecord &c) {
            return c.kind == CaseKind::PortOut;
        }) << 3;
        f.kind = CaseKind::PortIn;
        f.openOnly = true;
        QTest::newRow("open port-in") << f << CasePredicate([](const CaseRecord &c) {
            return c.kind == CaseKind::PortIn && CaseStateMachine::isOpen(c.state);
        }) << 10;
        f.states = { CaseState::Completed };
        QTest::newRow("open and completed: none")
            << f << CasePredicate([](const CaseRecord &) { return false; }) << 0;
    }
    {
        CaseQueueFilter f;
        f.openOnly = true;
        f.text = QStringLiteral("northwind");
        QTest::newRow("open + text") << f << CasePredicate([](const CaseRecord &c) {
            return CaseStateMachine::isOpen(c.state)
                && namesContain(c, QStringLiteral("northwind"));
        }) << 2;
    }
    QTest::newRow("number E.164") << text("+17203340111") << number("+17203340111") << 1;
    QTest::newRow("number national") << text("(720) 334-0111") << number("+17203340111") << 1;
    QTest::newRow("number dots") << text("720.334.0111") << number("+17203340111") << 1;
    QTest::newRow("number dashes with 1") << text("1-720-334-0112") << number("+17203340112") << 1;
    QTest::newRow("number digits") << text("7203340112") << number("+17203340112") << 1;
    QTest::newRow("number start") << text("(720) 334") << CasePredicate([](const CaseRecord &c) {
        return hasNumber(
            c, [](const QString &n) { return n.startsWith(QLatin1String("+1720334")); });
    }) << 1;
    QTest::newRow("number start E.164") << text("+1206") << CasePredicate([](const CaseRecord &c) {
        return hasNumber(c, [](const QString &n) { return n.startsWith(QLatin1String("+1206")); });
    }) << 1;
    QTest::newRow("digits inside") << text("444-01") << CasePredicate([](const CaseRecord &c) {
        return hasNumber(c, [](const QString &n) { return n.contains(QLatin1String("44401")); });
    }) << 5;
    QTest::newRow("customer, any case")
        << text("zEPHYR anal")
        << CasePredicate([zephyr](const CaseRecord &c) { return c.id == zephyr; }) << 1;
    QTest::newRow("customer of the sample") << text(
        "Contoso") << CasePredicate([](const CaseRecord &c) {
        return namesContain(c, QStringLiteral("contoso"));
    }) << 2;
    QTest::newRow("carrier") << text(
        "quartz mobile") << CasePredicate([zephyr](const CaseRecord &c) { return c.id == zephyr; })
                             << 1;
    QTest::newRow("carrier of the sample") << text(
        "Lone Star") << CasePredicate([](const CaseRecord &c) {
        return namesContain(c, QStringLiteral("lone star"));
    }) << 2;
    QTest::newRow("admin email") << text("@zephyr.example")
                                 << CasePredicate(
                                        [zephyr](const CaseRecord &c) { return c.id == zephyr; })
                                 << 1;
    QTest::newRow("LIKE characters are text") << text(
        "100%_") << CasePredicate([](const CaseRecord &c) {
        return namesContain(c, QStringLiteral("100%_"));
    }) << 1;
    QTest::newRow("percent alone") << text("%") << CasePredicate([](const CaseRecord &c) {
        return namesContain(c, QStringLiteral("%"));
    }) << 1;
    QTest::newRow("case id") << text(QByteArray("#" + QByteArray::number(zephyr)).constData())
                             << CasePredicate(
                                    [zephyr](const CaseRecord &c) { return c.id == zephyr; })
                             << 1;
    QTest::newRow("account number: nothing")
        << text(secretAccount) << CasePredicate([](const CaseRecord &) { return false; }) << 0;
    QTest::newRow("PIN: nothing") << text(secretPin)
                                  << CasePredicate([](const CaseRecord &) { return false; }) << 0;
    QTest::newRow("port-out PIN: nothing")
        << text(secretPortOutPin) << CasePredicate([](const CaseRecord &) { return false; }) << 0;
    QTest::newRow("port-out account id: nothing")
        << text("PD-4242") << CasePredicate([](const CaseRecord &) { return false; }) << 0;
}

void TestCaseQueueModel::filters()
{
    QFETCH(CaseQueueFilter, filter);
    QFETCH(CasePredicate, expected);
    QFETCH(int, atLeast);

    QList<qint64> want;
    for (const CaseRecord &c : casesWhere(expected))
        want << c.id;
    QVERIFY2(want.size() >= atLeast, "the store lacks the cases this row is about");
    if (atLeast == 0)
        QVERIFY(want.isEmpty());
    std::sort(want.begin(), want.end(), std::greater<qint64>()); // the default order: newest first

    CaseQueueModel model(*m_service);
    model.setPageSize(5);
    model.setFilter(filter);
    QVERIFY2(model.lastStatus().ok(), qPrintable(model.lastStatus().message));
    QCOMPARE(model.totalCount(), int(want.size()));
    QCOMPARE(queueIds(model), want);
}

void TestCaseQueueModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");

    const char *names[]
        = { "id", "kind", "customer", "numbers", "state", "", "due", "foc", "last change" };
    for (int column = 0; column < CaseQueueModel::ColumnCount; ++column) {
        if (!CaseQueueModel::isSortable(column))
            continue;
        QTest::addRow("%s ascending", names[column]) << column << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", names[column]) << column << int(Qt::DescendingOrder);
    }
}

void TestCaseQueueModel::sorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    const bool ascending = order == Qt::AscendingOrder;

    // The specified order, from the loaded cases: the column's value, ties
    // by id in the same direction; a case without a FOC after the rest.
    const auto keyOf = [column](const CaseRecord &c) -> QVariant {
        switch (column) {
        case CaseQueueModel::Kind:
            return toString(c.kind);
        case CaseQueueModel::Customer:
            return customerKey(c);
        case CaseQueueModel::Numbers:
            return qlonglong(c.numbers.size());
        case CaseQueueModel::State:
            return qlonglong(c.state);
        case CaseQueueModel::Foc:
            return c.focAt.isValid() ? QVariant(qlonglong(c.focAt.toMSecsSinceEpoch()))
                                     : QVariant();
        case CaseQueueModel::Updated:
            return qlonglong(c.updatedAt.toMSecsSinceEpoch());
        case CaseQueueModel::NextMilestoneAt: {
            // The timeline's first milestone ahead, from the whole history.
            const QList<Milestone> timeline = timelineOf(c);
            for (const Milestone &m : timeline) {
                if (m.projected)
                    return qlonglong(m.at.toMSecsSinceEpoch());
            }
            return QVariant();
        }
        default:
            return qlonglong(c.id);
        }
    };
    QList<CaseRecord> cases = m_cases;
    std::sort(cases.begin(), cases.end(), [&](const CaseRecord &a, const CaseRecord &b) {
        const QVariant ka = keyOf(a), kb = keyOf(b);
        if (ka.isNull() != kb.isNull())
            return kb.isNull(); // no FOC (or nothing due) last, either way
        const QPartialOrdering cmp
            = ka.isNull() ? QPartialOrdering::Equivalent : QVariant::compare(ka, kb);
        if (cmp != QPartialOrdering::Equivalent)
            return ascending ? cmp == QPartialOrdering::Less : cmp == QPartialOrdering::Greater;
        return ascending ? a.id < b.id : a.id > b.id;
    });
    QList<qint64> want;
    for (const CaseRecord &c : cases)
        want << c.id;

    CaseQueueModel model(*m_service);
    model.setPageSize(3); // ties span pages: the keyset must carry them over
    model.sort(column, Qt::SortOrder(order));
    QVERIFY2(model.lastStatus().ok(), qPrintable(model.lastStatus().message));
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(int(model.sortOrder()), order);
    QCOMPARE(queueIds(model), want);
}

void TestCaseQueueModel::ignoresColumnsItCannotSort()
{
    CaseQueueModel model(*m_service);
    model.sort(CaseQueueModel::Customer, Qt::AscendingOrder);
    const QList<qint64> before = queueIds(model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(CaseQueueModel::NextMilestone, Qt::DescendingOrder);
    model.sort(CaseQueueModel::ColumnCount, Qt::AscendingOrder);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.sortColumn(), int(CaseQueueModel::Customer));
    QCOMPARE(queueIds(model), before);
}

void TestCaseQueueModel::loadsPageByPage_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("column");
    QTest::newRow("5 by id") << 5 << int(CaseQueueModel::Id);
    QTest::newRow("7 by state") << 7 << int(CaseQueueModel::State);
    QTest::newRow("1 by last change") << 1 << int(CaseQueueModel::Updated);
    QTest::newRow("all at once") << 1000 << int(CaseQueueModel::Customer);
}

void TestCaseQueueModel::loadsPageByPage()
{
    QFETCH(int, pageSize);
    QFETCH(int, column);
    const int total = int(m_cases.size());
    CaseQueueModel model(*m_service);
    model.setPageSize(pageSize);
    model.sort(column, Qt::DescendingOrder);
    QCOMPARE(model.totalCount(), total);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int expectedRows = std::min(pageSize, total);
    QCOMPARE(model.rowCount(), expectedRows);
    while (expectedRows < total) {
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        expectedRows = std::min(expectedRows + pageSize, total);
        QCOMPARE(model.rowCount(), expectedRows);
    }
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // nothing more: no change
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(inserted.count(), (total - 1) / pageSize);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.caseIdAt(row);
    std::sort(ids.begin(), ids.end());
    QVERIFY(std::adjacent_find(ids.cbegin(), ids.cend()) == ids.cend()); // no case twice
    // A reload keeps as many rows as were loaded.
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), total);
}

void TestCaseQueueModel::countsPerState_data()
{
    QTest::addColumn<CaseQueueFilter>("filter");
    QTest::addColumn<CasePredicate>("matches"); // kind and text part of the filter
    // A page that holds every match gives the counts itself; a smaller one
    // asks the store.
    QTest::addColumn<int>("pageSize");
    CaseQueueFilter portIn;
    portIn.hasKind = true;
    portIn.kind = CaseKind::PortIn;
    CaseQueueFilter portOut = portIn;
    portOut.kind = CaseKind::PortOut;
    portOut.states = { CaseState::Closed };
    portOut.openOnly = true; // ignored by the counts
    CaseQueueFilter text;
    text.text = QStringLiteral("northwind");
    for (const int pageSize : { 3, 1000 }) {
        QTest::addRow("all, page %d", pageSize)
            << CaseQueueFilter() << CasePredicate([](const CaseRecord &) { return true; })
            << pageSize;
        QTest::addRow("port-in, page %d", pageSize)
            << portIn
            << CasePredicate([](const CaseRecord &c) { return c.kind == CaseKind::PortIn; })
            << pageSize;
        QTest::addRow("port-out, states ignored, page %d", pageSize)
            << portOut
            << CasePredicate([](const CaseRecord &c) { return c.kind == CaseKind::PortOut; })
            << pageSize;
        QTest::addRow("text, page %d", pageSize) << text << CasePredicate([](const CaseRecord &c) {
            return namesContain(c, QStringLiteral("northwind"));
        }) << pageSize;
    }
}

void TestCaseQueueModel::countsPerState()
{
    QFETCH(CaseQueueFilter, filter);
    QFETCH(CasePredicate, matches);
    QFETCH(int, pageSize);
    CaseQueueModel model(*m_service);
    model.setPageSize(pageSize);
    QSignalSpy counted(&model, &CaseQueueModel::countsChanged);
    model.setFilter(filter);
    QVERIFY(counted.count() >= 1);
    const CaseStateCounts &counts = model.stateCounts();
    int listed = 0;
    for (int s = 0; s <= int(CaseState::Closed); ++s) {
        const CaseState state = CaseState(s);
        const int want = int(
            casesWhere([&](const CaseRecord &c) { return c.state == state && matches(c); }).size());
        QVERIFY2(counts.count(state) == want,
            qPrintable(QStringLiteral("%1: %2, expected %3")
                           .arg(toString(state))
                           .arg(counts.count(state))
                           .arg(want)));
        const bool shown = (filter.states.isEmpty() || filter.states.contains(state))
            && (!filter.openOnly || CaseStateMachine::isOpen(state));
        if (shown)
            listed += want;
    }
    QCOMPARE(counts.total(), int(casesWhere(matches).size()));
    QCOMPARE(model.totalCount(), listed);
    QCOMPARE(int(queueIds(model).size()), listed);
}

void TestCaseQueueModel::nextMilestoneMatchesTheTimeline()
{
    // The queue's next milestone is the case view's timeline: the first
    // projected milestone of CaseTimeline::build over the whole case.
    m_clock.set(startTime().addDays(3));
    CaseQueueModel model(*m_service);
    model.setPageSize(4);
    QVERIFY(model.reload());
    const QList<qint64> ids = queueIds(model);
    int overdue = 0, ahead = 0, ended = 0;
    for (const CaseRecord &c : m_cases) {
        const int row = int(ids.indexOf(c.id));
        QVERIFY2(row >= 0,
            qPrintable(QStringLiteral("case %1 not in the queue of %2").arg(c.id).arg(ids.size())));
        const QList<Milestone> timeline = timelineOf(c);
        const auto next = std::find_if(
            timeline.cbegin(), timeline.cend(), [](const Milestone &m) { return m.projected; });
        Milestone shown;
        const bool hasNext = model.nextMilestone(row, &shown);
        QCOMPARE(hasNext, next != timeline.cend());
        const QModelIndex label = model.index(row, CaseQueueModel::NextMilestone);
        if (!hasNext) {
            ++ended;
            QVERIFY(label.data().toString().isEmpty());
            QVERIFY(!model.isOverdue(row));
            continue;
        }
        QCOMPARE(shown.key, next->key);
        QCOMPARE(shown.at, next->at);
        QCOMPARE(model.isOverdue(row), next->overdue);
        QCOMPARE(label.data().toString(), next->label);
        QCOMPARE(label.data(CaseQueueModel::NextMilestoneKeyRole).toString(), next->key);
        QCOMPARE(label.data(CaseQueueModel::NextMilestoneAtRole).toDateTime(), next->at.toUTC());
        next->overdue ? ++overdue : ++ahead;
    }
    // The sample has all three kinds of rows at this time.
    QVERIFY(overdue > 0);
    QVERIFY(ahead > 0);
    QVERIFY(ended > 0);
}

void TestCaseQueueModel::marksOverdue_data()
{
    QTest::addColumn<qint64>("secondsAfterSubmit");
    QTest::addColumn<bool>("overdue");
    // Submitted Monday 15:00 UTC: "Portable" is projected one business day
    // later, Tuesday 15:00 UTC.
    QTest::newRow("just submitted") << qint64(0) << false;
    QTest::newRow("an hour before it is due") << qint64(23 * 3600) << false;
    QTest::newRow("an hour after") << qint64(25 * 3600) << true;
    QTest::newRow("a week after") << qint64(7 * 24 * 3600) << true;
}

void TestCaseQueueModel::marksOverdue()
{
    QFETCH(qint64, secondsAfterSubmit);
    QFETCH(bool, overdue);

    // A case of its own, in a store of its own.
    TestDatabase db(QStringLiteral("overdue"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    const ChangeResult made = service.cases.submitPortIn(portIn(QStringLiteral("Acme"),
        QStringLiteral("Example Telecom"), QStringLiteral("a@example.com"),
        { QStringLiteral("+17203340150") }, QStringLiteral("+17203349901")));
    QVERIFY(made.ok());
    m_clock.advanceSeconds(secondsAfterSubmit);

    CaseQueueModel model(service);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.isOverdue(0), overdue);
    const QModelIndex label = model.index(0, CaseQueueModel::NextMilestone);
    const QModelIndex due = model.index(0, CaseQueueModel::NextMilestoneAt);
    QCOMPARE(label.data(CaseQueueModel::OverdueRole).toBool(), overdue);
    QCOMPARE(
        label.data(CaseQueueModel::NextMilestoneKeyRole).toString(), QStringLiteral("portable"));
    QCOMPARE(
        label.data(CaseQueueModel::NextMilestoneAtRole).toDateTime(), iso("2026-03-03T15:00:00Z"));
    QVERIFY(!due.data().toString().isEmpty());
    // The mark: an icon, a colour and a tooltip that says since when.
    QCOMPARE(label.data(Qt::DecorationRole).isValid(), overdue);
    QCOMPARE(due.data(Qt::ForegroundRole).isValid(), overdue);
    QCOMPARE(
        due.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Overdue since ")), overdue);
    QCOMPARE(model.index(0, CaseQueueModel::Customer).data(Qt::DecorationRole).isValid(), false);

    // Once support answers, the next milestone moves on and is no longer late.
    QVERIFY(service.cases.advance(made.id, CaseEvent::Portable, Role::Support, EventArgs()).ok());
    QVERIFY(model.reload());
    QVERIFY(!model.isOverdue(0));
    QCOMPARE(label.data(CaseQueueModel::NextMilestoneKeyRole).toString(),
        QStringLiteral("loa-requested"));
}

void TestCaseQueueModel::reloadKeepsRowsInPlace()
{
    TestDatabase db(QStringLiteral("reload"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    const ChangeResult first = service.cases.submitPortIn(portIn(QStringLiteral("Acme"),
        QStringLiteral("Example Telecom"), QStringLiteral("a@example.com"),
        { QStringLiteral("+17203340160") }, QStringLiteral("+17203349902")));
    const ChangeResult second = service.cases.submitPortIn(portIn(QStringLiteral("Globex"),
        QStringLiteral("Example Telecom"), QStringLiteral("g@example.com"),
        { QStringLiteral("+17203340161") }, QStringLiteral("+17203349903")));
    QVERIFY(first.ok() && second.ok());

    CaseQueueModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counted(&model, &CaseQueueModel::countsChanged);

    // Nothing changed: nothing signalled.
    QVERIFY(model.reload());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(counted.count(), 0);

    // A step on a case: its row changes in place, the counts move.
    m_clock.advanceSeconds(60);
    QVERIFY(service.cases.advance(first.id, CaseEvent::Portable, Role::Support, EventArgs()).ok());
    QVERIFY(model.reload());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOf(first.id);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, CaseQueueModel::State).data().toString(),
        displayName(CaseState::Portable));
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.stateCounts().count(CaseState::Portable), 1);

    // A new case: the queue is read afresh, newest first.
    const ChangeResult third = service.cases.submitPortIn(portIn(QStringLiteral("Initech"),
        QStringLiteral("Example Telecom"), QStringLiteral("i@example.com"),
        { QStringLiteral("+17203340162") }, QStringLiteral("+17203349904")));
    QVERIFY(third.ok());
    QVERIFY(model.reload());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.caseIdAt(0), third.id);
}

QTEST_MAIN(TestCaseQueueModel)
#include "tst_casequeuemodel.moc"
