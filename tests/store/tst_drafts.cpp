// SPDX-License-Identifier: Apache-2.0
// Drafts of requests not yet submitted, on both engines: saved, listed newest
// first, updated in place, discarded, and pruned by the clock after 30 days
// with a warning in the last week.

#include "StoreTestSupport.h"
#include "service/Services.h"

#include <QJsonObject>
#include <QtTest>

using namespace portdesk;
using namespace storetest;

class TestDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
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
    void cleanup()
    {
        m_service.reset();
        m_store.reset();
        m_db.reset();
        Clock::setInstance(nullptr);
    }

    void saveListLoadUpdate()
    {
        const QJsonObject first{{QStringLiteral("page"), 0}};
        ChangeResult saved = m_service->drafts.saveDraft(0, QStringLiteral("port-in"), QStringLiteral("Acme, 3 numbers"), first);
        QVERIFY2(saved.ok(), qPrintable(saved.status.message));
        const qint64 a = saved.id;
        QVERIFY(a > 0);
        m_clock.advanceSeconds(60);
        saved = m_service->drafts.saveDraft(0, QStringLiteral("port-in"), QStringLiteral("Globex, 1 number"), first);
        const qint64 b = saved.id;
        QVERIFY(b > a);
        m_service->drafts.saveDraft(0, QStringLiteral("port-out"), QStringLiteral("other kind"), first);

        QList<Draft> drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).id, b);   // newest first
        QCOMPARE(drafts.at(1).title, QStringLiteral("Acme, 3 numbers"));

        // Updating keeps the id and moves the draft to the top.
        m_clock.advanceSeconds(60);
        const QJsonObject second{{QStringLiteral("page"), 3}, {QStringLiteral("pages"), QJsonObject{{QStringLiteral("numbersText"), QStringLiteral("206 444 0101")}}}};
        saved = m_service->drafts.saveDraft(a, QStringLiteral("port-in"), QStringLiteral("Acme, 4 numbers"), second);
        QVERIFY(saved.ok());
        QCOMPARE(saved.id, a);
        drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).id, a);
        QCOMPARE(drafts.at(0).title, QStringLiteral("Acme, 4 numbers"));

        Draft loaded;
        QVERIFY(m_service->drafts.loadDraft(a, &loaded));
        QCOMPARE(loaded.content, second);
        QCOMPARE(loaded.updatedAt, Clock::now());
        QCOMPARE(loaded.expiresAt, Clock::now().addDays(DraftService::draftRetentionDays));
        QVERIFY(!loaded.expiresSoon);
    }

    void discard()
    {
        const qint64 id = m_service->drafts.saveDraft(0, QStringLiteral("port-in"), QString(), QJsonObject()).id;
        QVERIFY(m_service->drafts.discardDraft(id).ok());
        Draft gone;
        QVERIFY(!m_service->drafts.loadDraft(id, &gone));
        const ChangeResult again = m_service->drafts.discardDraft(id);
        QVERIFY(again.refused());
        QCOMPARE(again.violations.first().rule, QStringLiteral("draft.not-found"));
        // Saving to a draft that went meanwhile keeps the work as a new one.
        const ChangeResult resaved = m_service->drafts.saveDraft(id, QStringLiteral("port-in"), QStringLiteral("kept"), QJsonObject());
        QVERIFY(resaved.ok());
        QVERIFY(resaved.id > 0);
        const QList<Draft> drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, resaved.id);
        QCOMPARE(drafts.first().title, QStringLiteral("kept"));
    }

    void prunedAfterThirtyDaysWithAWarningBefore()
    {
        const qint64 old = m_service->drafts.saveDraft(0, QStringLiteral("port-in"), QStringLiteral("old"), QJsonObject()).id;
        m_clock.advanceDays(10);
        const qint64 fresh = m_service->drafts.saveDraft(0, QStringLiteral("port-in"), QStringLiteral("fresh"), QJsonObject()).id;

        m_clock.advanceDays(12);   // old: 22 days, fresh: 12 days
        QList<Draft> drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
        QCOMPARE(drafts.size(), 2);
        QVERIFY(!drafts.at(1).expiresSoon);
        m_clock.advanceDays(1);    // old: 23 days, a week before it goes
        drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
        QCOMPARE(drafts.at(1).id, old);
        QVERIFY(drafts.at(1).expiresSoon);
        QVERIFY(!drafts.at(0).expiresSoon);

        m_clock.advanceDays(7);    // old: 30 days exactly: not yet
        StoreStatus status;
        QVERIFY(m_service->clock.tick(&status).isEmpty());
        QVERIFY(status.ok());
        m_clock.advanceSeconds(1);
        const QList<AppliedStep> steps = m_service->clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().what, QStringLiteral("prune-draft"));
        QCOMPARE(steps.first().detail, QStringLiteral("old"));
        drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, fresh);
        QVERIFY(m_service->clock.tick(&status).isEmpty());   // once
    }

private:
    FixedClock m_clock{startTime()};
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
