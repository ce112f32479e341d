// SPDX-License-Identifier: Apache-2.0
// The customer's time zone, kept (issue 13, item 3): a case is shown in its
// customer's zone everywhere it shows a time: the queue's cells, the case
// view (state line, request, history, timeline), the LOA (pdftotext of
// `loa export`) and `case show` (text and --json: ISO 8601 with the zone's
// offset, and "timeZone"). Through the real widgets and the real CLI, on
// the engine PORTDESK_TEST_ENGINE names.

#include "../store/StoreTestSupport.h"
#include "service/Services.h"

#include "core/CustomerTime.h"
#include "gui/CaseView.h"
#include "gui/TimelineWidget.h"
#include "models/CaseQueueModel.h"

#include "ProgramRun.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace portdesk;
using namespace storetest;
using portdesk::testsupport::child;

class TestCustomerTimeZone : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void caseShownInCustomerZone_data();
    void caseShownInCustomerZone();

private:
    qint64 caseWithFoc(const PortInRequest &request, const QDateTime &foc);

    FixedClock m_clock { startTime() };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
};

void TestCustomerTimeZone::init()
{
    m_clock.set(startTime());
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);
}

void TestCustomerTimeZone::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
}

qint64 TestCustomerTimeZone::caseWithFoc(const PortInRequest &request, const QDateTime &foc)
{
    const ChangeResult in = m_service->cases.submitPortIn(request);
    if (!in.ok()) {
        qWarning("%s", qPrintable(describe(in)));
        return 0;
    }
    const QList<QPair<CaseEvent, Role>> steps = { { CaseEvent::Portable, Role::Support },
        { CaseEvent::RequestLoa, Role::Support }, { CaseEvent::SubmitLoa, Role::Admin },
        { CaseEvent::Approve, Role::Support }, { CaseEvent::SetFoc, Role::Support } };
    for (const auto &[event, role] : steps) {
        if (event == CaseEvent::SubmitLoa && !signAllLoas(*m_service, in.id).ok())
            return 0;
        EventArgs args;
        if (event == CaseEvent::SetFoc)
            args.focAt = foc;
        const ChangeResult r = m_service->cases.advance(in.id, event, role, args);
        if (!r.ok()) {
            qWarning("%s", qPrintable(describe(r)));
            return 0;
        }
    }
    return in.id;
}

void TestCustomerTimeZone::caseShownInCustomerZone_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<QString>("timeZone"); // as the request file gives it ("" none)
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("foc");
    QTest::addColumn<QString>("zone"); // the zone the case is shown in
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<QString>("offset"); // ISO 8601

    QTest::newRow("Pacific customer, Seattle 206")
        << "WA" << "206" << "America/Los_Angeles" << "2026-03-30T10:00:00-07:00"
        << "2026-03-27T10:00:00-07:00" << "America/Los_Angeles" << "PDT" << "-07:00";
    QTest::newRow("Pacific customer in winter, zone from the offset and address")
        << "WA" << "206" << "" << "2026-12-15T10:00:00-08:00" << "2026-12-14T10:00:00-08:00"
        << "America/Los_Angeles" << "PST" << "-08:00";
    QTest::newRow("Chicago customer in December")
        << "IL" << "312" << "America/Chicago" << "2026-12-15T10:00:00-06:00"
        << "2026-12-14T10:00:00-06:00" << "America/Chicago" << "CST" << "-06:00";
}

void TestCustomerTimeZone::caseShownInCustomerZone()
{
    QFETCH(QString, state);
    QFETCH(QString, areaCode);
    QFETCH(QString, timeZone);
    QFETCH(QString, requested);
    QFETCH(QString, foc);
    QFETCH(QString, zone);
    QFETCH(QString, abbreviation);
    QFETCH(QString, offset);

    QStringList numbers;
    for (int i = 1; i <= 2; ++i)
        numbers << QStringLiteral("+1") + areaCode + QStringLiteral("444")
                + QStringLiteral("%1").arg(100 + i, 4, 10, QLatin1Char('0'));
    PortInRequest request = portIn(numbers);
    request.carriers.first().serviceAddress.state = state;
    request.timeZone = timeZone.toLatin1();
    request.requestedPortAt = QDateTime::fromString(requested, Qt::ISODate);
    const qint64 id = caseWithFoc(request, QDateTime::fromString(foc, Qt::ISODate));
    QVERIFY(id > 0);

    // The store keeps the zone with the case (given, or inferred).
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(id, &record));
    QCOMPARE(QString::fromLatin1(record.portIn.timeZone), zone);
    const QString offsetText = QStringLiteral("UTC") + QChar(0x2212) + offset.mid(1);

    // The queue: the FOC cell at 10:00 the customer's time, with its zone.
    {
        CaseQueueModel model(*m_service);
        QAbstractItemModelTester tester(&model);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        const QString cell = model.index(0, CaseQueueModel::Foc).data().toString();
        QVERIFY2(cell.contains(QLatin1String("10:00")) && cell.endsWith(abbreviation),
            qPrintable(cell));
    }

    // The case view: state line, request section, history and timeline.
    {
        CaseView view(*m_service);
        view.setRole(Role::Support);
        view.showCase(id);
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString stateLine = child<QLabel>(&view, "caseState")->text();
        QVERIFY2(stateLine.contains(abbreviation + QStringLiteral(", ") + offsetText)
                && stateLine.contains(QLatin1String("10:00")),
            qPrintable(stateLine));
        QStringList requestTexts;
        for (const QLabel *label : child<QWidget>(&view, "caseRequest")->findChildren<QLabel *>())
            requestTexts << label->text();
        const QString requestText = requestTexts.join(QLatin1Char('\n'));
        QVERIFY2(requestText.contains(abbreviation + QStringLiteral(", ") + offsetText),
            qPrintable(requestText));
        QVERIFY2(requestText.contains(zone), qPrintable(requestText));
        const QTableView *history = child<QTableView>(&view, "caseHistory");
        const QAbstractItemModel *model = history->model();
        bool focLine = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            // Each event at the time it happened in the customer's zone
            // (standard or daylight time as it was then).
            const QString when = model->index(row, 0).data().toString();
            const QDateTime at = model->index(row, 0).data(Qt::UserRole + 1).toDateTime();
            QVERIFY2(when.endsWith(zoneAbbreviation(at, QTimeZone(zone.toLatin1()))),
                qPrintable(when));
            for (int column = 0; column < model->columnCount(); ++column)
                focLine = focLine
                    || model->index(row, column).data().toString().contains(
                        QStringLiteral("10:00") + QLatin1Char(' ') + QStringLiteral("AM (")
                            + abbreviation)
                    || model->index(row, column).data().toString().contains(
                        QStringLiteral("10:00 (") + abbreviation);
        }
        QVERIFY(focLine);
        QCOMPARE(child<TimelineWidget>(&view, "caseTimeline")->timeZone().id(), zone.toLatin1());
    }

#ifdef PORTDESK_CLI_PATH
    const QString cli = QStringLiteral(PORTDESK_CLI_PATH);
    const QStringList db = { QStringLiteral("--db"), m_db->url(), QStringLiteral("--now"),
        startTime().toString(Qt::ISODate) };

    // case show --json: ISO 8601 with the zone's offset, and the zone.
    ProgramRun run = runProgram(cli,
        db + QStringList { QStringLiteral("--json"), QStringLiteral("case"),
                 QStringLiteral("show"), QString::number(id) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject shown = run.object();
    QCOMPARE(shown.value(QLatin1String("timeZone")).toString(), zone);
    QCOMPARE(shown.value(QLatin1String("requestedPortAt")).toString(), requested);
    QCOMPARE(shown.value(QLatin1String("focAt")).toString(), foc);
    // Each event with the zone's offset at its time (early March: standard time).
    for (const QJsonValue &e : shown.value(QLatin1String("events")).toArray()) {
        const QString at = e.toObject().value(QLatin1String("at")).toString();
        const QDateTime parsed = QDateTime::fromString(at, Qt::ISODate);
        QVERIFY2(parsed.isValid()
                && parsed.offsetFromUtc() == QTimeZone(zone.toLatin1()).offsetFromUtc(parsed),
            qPrintable(at));
    }

    // case list, text and --json: the FOC with the zone's offset.
    run = runProgram(cli,
        db + QStringList { QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject listed = run.json().array().first().toObject();
    QCOMPARE(listed.value(QLatin1String("focAt")).toString(), foc);
    QCOMPARE(listed.value(QLatin1String("timeZone")).toString(), zone);
    const QDateTime updated
        = QDateTime::fromString(listed.value(QLatin1String("updatedAt")).toString(), Qt::ISODate);
    QVERIFY(updated.isValid());
    QCOMPARE(updated.offsetFromUtc(), QTimeZone(zone.toLatin1()).offsetFromUtc(updated));
    run = runProgram(cli, db + QStringList { QStringLiteral("case"), QStringLiteral("list") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1Char('\t') + foc + QLatin1Char('\n')), qPrintable(run.out));

    // case show as text.
    run = runProgram(cli, db + QStringList { QStringLiteral("case"), QStringLiteral("show"),
                              QString::number(id) });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Requested port: ") + requested), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("FOC: ") + foc), qPrintable(run.out));
    QVERIFY2(run.out.contains(zone), qPrintable(run.out));

    // The LOA: the requested port date at 10:00 in the customer's zone.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is missing: install poppler-utils");
    QTemporaryDir out;
    QVERIFY(out.isValid());
    run = runProgram(cli, db + QStringList { QStringLiteral("--read-only"), QStringLiteral("loa"),
                              QStringLiteral("export"), QString::number(id),
                              QStringLiteral("--out"), out.path() });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList pdfs = QDir(out.path()).entryList({ QStringLiteral("*.pdf") });
    QCOMPARE(pdfs.size(), 1);
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QDir(out.path()).filePath(pdfs.first()),
            QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    const QString loa = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(loa.contains(QStringLiteral("10:00 AM (") + abbreviation + QStringLiteral(", UTC")
                 + offset + QLatin1Char(')')),
        qPrintable(loa));
#endif
}

QTEST_MAIN(TestCustomerTimeZone)
#include "tst_customertimezone.moc"
