// SPDX-License-Identifier: Apache-2.0
// The statements that run on every submit and import are index-driven
// whatever the store holds: on a store of many open port-ins, the "already in
// an open port-in" check walks the request's numbers into the case_numbers
// index and reads each hit's case by its key, never the open cases. Checked
// with EXPLAIN QUERY PLAN (SQLite, no statistics, as a real store has none)
// and EXPLAIN (PostgreSQL, after ANALYZE). On the engine named by
// PORTDESK_TEST_ENGINE.

#include "StoreTestSupport.h"

#include "store/CaseQueueRepository.h"
#include "store/CaseRepository.h"
#include "store/SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace portdesk;
using namespace storetest;

namespace {

constexpr int caseCount = 20000;

// The request's numbers as the statement binds them: a JSON array of text.
QString numbersJson(int count)
{
    QJsonArray numbers;
    for (int i = 0; i < count; ++i)
        numbers.append(QStringLiteral("+1206300%1").arg(i, 4, 10, QLatin1Char('0')));
    return QString::fromUtf8(QJsonDocument(numbers).toJson(QJsonDocument::Compact));
}

} // namespace

class TestQueryPlans : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

    bool exec(const QString &text)
    {
        QSqlQuery q(m_store->database());
        if (q.exec(text))
            return true;
        qWarning("%s: %s", qPrintable(text.left(80)), qPrintable(q.lastError().text()));
        return false;
    }

    // The plan's lines for a statement whose values are the test's own
    // (plain text and numbers), written in as literals: PostgreSQL cannot
    // prepare an EXPLAIN.
    QStringList plan(QString text, const QVariantList &values)
    {
        QString filled;
        qsizetype next = 0;
        for (const QChar c : std::as_const(text)) {
            if (c != QLatin1Char('?')) {
                filled += c;
                continue;
            }
            const QVariant value = values.value(next++);
            if (value.typeId() == QMetaType::QString)
                filled += QLatin1Char('\'')
                    + value.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
                    + QLatin1Char('\'');
            else
                filled += QString::number(value.toLongLong());
        }
        QSqlQuery q(m_store->database());
        const QString explain = TestDatabase::isPostgres() ? QStringLiteral("EXPLAIN ")
                                                           : QStringLiteral("EXPLAIN QUERY PLAN ");
        if (!q.exec(explain + filled)) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return {};
        }
        QStringList lines;
        // SQLite: id, parent, notused, detail; PostgreSQL: one text column.
        const int column = TestDatabase::isPostgres() ? 0 : 3;
        while (q.next())
            lines << q.value(column).toString().trimmed();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        StoreStatus status;
        m_store = Store::open(m_db->url(), &status);
        QVERIFY2(m_store, qPrintable(status.message));
        // Many port-ins of 10 numbers, every other one open: what makes the
        // open cases look like the cheap way in to a planner without
        // statistics.
        QVERIFY(exec(QStringLiteral("BEGIN")));
        QVERIFY(exec(QStringLiteral(
            "WITH RECURSIVE g (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < %1) "
            "INSERT INTO cases (id, kind, state, is_open, product_type, admin_email, request, "
            "last_seq, number_count, created_at, updated_at) "
            "SELECT n, 'port-in', CASE WHEN n % 2 = 0 THEN 'submitted' ELSE 'completed' END, "
            "1 - n % 2, 'BusinessCalling', 'it@example.com', '{}', 1, 10, 0, 0 FROM g")
                         .arg(caseCount)));
        QVERIFY(exec(QStringLiteral(
            "WITH RECURSIVE g (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < %1) "
            "INSERT INTO case_numbers (case_id, e164, toll_free) "
            "SELECT 1 + n / 10, '+1503' || CAST(2000000 + n AS TEXT), 0 FROM g")
                         .arg(caseCount * 10 - 1)));
        QVERIFY(exec(QStringLiteral("COMMIT")));
        if (TestDatabase::isPostgres()) {
            QVERIFY(exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('cases', 'id'), "
                                        "%1)")
                             .arg(caseCount)));
            QVERIFY(exec(QStringLiteral("ANALYZE")));
        }
        QCOMPARE(count(*m_store, QStringLiteral("case_numbers")), qint64(caseCount) * 10);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    // The order of the plan: the request's numbers outside, case_numbers by
    // its e164 index, the case by its key; nothing walked in full.
    void openPortInCheckStartsFromTheRequest()
    {
        const QString text = CaseRepository::openPortInCheckSql(m_store->dialect());
        const QStringList lines
            = plan(text,
                { numbersJson(2000), toString(CaseKind::PortIn), qlonglong(0),
                    toString(PortNumberState::Rejected) });
        QVERIFY(!lines.isEmpty());
        const QString shown = lines.join(QLatin1Char('\n'));
        if (TestDatabase::isPostgres()) {
            QVERIFY2(!shown.contains(QLatin1String("Seq Scan on case_numbers")), qPrintable(shown));
            QVERIFY2(!shown.contains(QLatin1String("Seq Scan on cases")), qPrintable(shown));
            QVERIFY2(shown.contains(QLatin1String("case_numbers_e164")), qPrintable(shown));
        } else {
            QCOMPARE(lines.size(), 3);
            QVERIFY2(lines.at(0).startsWith(QLatin1String("SCAN j")), qPrintable(shown));
            QVERIFY2(
                lines.at(1).startsWith(QLatin1String("SEARCH n USING INDEX case_numbers_e164")),
                qPrintable(shown));
            QVERIFY2(lines.at(2).startsWith(QLatin1String("SEARCH c USING INTEGER PRIMARY KEY")),
                qPrintable(shown));
        }
    }

    // The same statement with plain joins is what SQLite got wrong: it walks
    // the open cases outside (50 s and more on a year's store). Seen here,
    // so that the check above is known to tell the two apart.
    void plainJoinsWalkTheOpenCases()
    {
        if (TestDatabase::isPostgres())
            QSKIP("PostgreSQL plans from statistics: both texts are the same to it");
        QString text = CaseRepository::openPortInCheckSql(m_store->dialect());
        text.replace(QLatin1String(" CROSS JOIN "), QLatin1String(" JOIN "));
        const QStringList lines
            = plan(text,
                { numbersJson(2000), toString(CaseKind::PortIn), qlonglong(0),
                    toString(PortNumberState::Rejected) });
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.at(0).startsWith(QLatin1String("SEARCH c USING COVERING INDEX cases_open")),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    // The clock's check on every run: what is due is looked up by kind,
    // state and FOC (cases_due), never by walking the open cases.
    void dueCasesReadWhatIsDue()
    {
        const QStringList lines = plan(CaseRepository::dueCasesSql(),
            { toString(CaseKind::PortIn), toString(CaseState::FocConfirmed), qlonglong(0),
                toString(CaseKind::PortIn), toString(CaseState::InInventory), qlonglong(0),
                toString(CaseKind::PortOut), toString(CaseState::PortedOut),
                toString(NumberStatus::DeleteInProgress) });
        QVERIFY(!lines.isEmpty());
        const QString shown = lines.join(QLatin1Char('\n'));
        if (TestDatabase::isPostgres()) {
            QVERIFY2(!shown.contains(QLatin1String("Seq Scan on cases")), qPrintable(shown));
            QVERIFY2(shown.contains(QLatin1String("cases_due")), qPrintable(shown));
        } else {
            // Each branch a lookup by state (cases_due: state and FOC, or
            // cases_open with all three of its columns); the walk of every
            // open case (cases_open by is_open alone) is what it replaced.
            QCOMPARE(
                shown.count(QLatin1String("SEARCH c USING INDEX cases_due (state=? AND foc_at<?)")),
                2);
            QCOMPARE(shown.count(QLatin1String("state=?")), 3);
            QVERIFY2(!shown.contains(QLatin1String("SCAN c")), qPrintable(shown));
            QVERIFY2(!shown.contains(QLatin1String("(is_open=?)")), qPrintable(shown));
        }
    }

    // The queue's text search is planned for the text typed, every time.
    // One statement text serves every search of its shape; kept prepared,
    // PostgreSQL gave it a generic plan after five runs, which walks the
    // cases by key, filtering: a rare text then read every case (0.5 s on
    // 100,000, bench_postgres) instead of asking the trigram index.
    void queueTextSearchPlannedForItsText()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("SQLite plans a statement when it is prepared; its FTS5 join is in the SQL");
        // Search texts as the queue writes them: 40 carriers, 997 customers.
        QVERIFY(exec(QStringLiteral(
            "UPDATE cases SET search_text = 'it' || (id % 7) || '@customer' || (id % 997) "
            "|| '.example.com' || chr(10) || 'customer ' || (id % 997) || ' llc' || chr(10) "
            "|| 'carrier ' || (id % 40)")));
        QVERIFY(exec(QStringLiteral("VACUUM ANALYZE cases")));
        const CaseQueueRepository repository(*m_store);
        const auto search = [&](const QString &text, QList<CaseQueueRow> *rows) {
            CaseQueueQuery query;
            query.filter.text = text;
            bool more = false;
            StoreStatus status;
            CaseStateCounts counts;
            return repository.page(query, nullptr, 256, rows, &more, &status)
                && repository.stateCounts(query.filter, &counts, &status);
        };
        // A common text again and again, then a rare one, as someone typing.
        QList<CaseQueueRow> rows;
        for (int i = 0; i < 10; ++i) {
            QVERIFY(search(QStringLiteral("carrier 17"), &rows));
            QCOMPARE(rows.size(), 256);
        }
        QVERIFY(search(QStringLiteral("no such customer"), &rows));
        QVERIFY(rows.isEmpty());
        // No statement of the search kept with a generic plan.
        const QVariantList generic = column(*m_store,
            QStringLiteral("SELECT COALESCE(SUM(generic_plans), 0) FROM pg_prepared_statements "
                           "WHERE statement LIKE '%search_text LIKE%' "
                           "AND statement NOT LIKE '%pg_prepared_statements%'"));
        QCOMPARE(generic.value(0).toLongLong(), qint64(0));
        // And what the rare text is planned as: the trigram index, not a walk.
        CaseQueueQuery query;
        query.filter.text = QStringLiteral("no such customer");
        const CaseQueueRepository::Statement page = repository.pageStatement(query, nullptr, 256);
        const QString shown = plan(page.text, page.values).join(QLatin1Char('\n'));
        QVERIFY2(!shown.contains(QLatin1String("cases_pkey")), qPrintable(shown));
        if (count(*m_store, QStringLiteral("pg_indexes WHERE indexname = 'cases_search_trgm'")) > 0)
            QVERIFY2(shown.contains(QLatin1String("cases_search_trgm")), qPrintable(shown));
    }

    // And it finds what it should: the numbers of open port-ins only.
    void openPortInCheckFindsOpenCasesOnly()
    {
        QHash<QString, qint64> found;
        StoreStatus status;
        // Case 1 is completed (its numbers +15032000000..09), case 2 open (..10..19).
        const QStringList asked = { QStringLiteral("+15032000003"), QStringLiteral("+15032000013"),
            QStringLiteral("+12063009999") };
        QVERIFY2(CaseRepository(*m_store).numbersInOpenPortIn(asked, 0, &found, &status),
            qPrintable(status.message));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.value(QStringLiteral("+15032000013")), qint64(2));
        QVERIFY(CaseRepository(*m_store).numbersInOpenPortIn(asked, 2, &found, &status));
        QVERIFY(found.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
