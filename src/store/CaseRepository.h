// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/ChangeResult.h"
#include "core/PortNumberStatus.h"
#include "core/PortRequest.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace portdesk {

class SqlDialect;
class Store;

// One event as stored: what the event log holds for each step of a case.
struct StoredEvent {
    int seq = 0;
    CaseEvent event = CaseEvent::Submit;
    Role actor = Role::Admin;
    QDateTime at;
    CaseState stateAfter = CaseState::Submitted;
    // EventArgs::toJson(), plus "kind" and "request" (the request as
    // submitted or corrected, numbers in E.164) and "tollFree" on the events
    // that set the request. Secrets (account number, PIN) live here and in the
    // case row only.
    QJsonObject payload;
    // Who wrote it: the store's login at the time (schema 13; empty before).
    // Written from Store::login(), with Store::requestKey(); read by events().
    QString login;

    RecordedEvent recorded() const;
};

// The case row: the fold of the case's events (see CaseRepository::apply).
struct CaseRow {
    qint64 id = 0;
    CaseKind kind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    ProductType productType = ProductType::BusinessCalling;
    QString adminEmail;
    QString customerName;
    QDateTime requestedPortAt;
    // The customer's IANA zone (schema 11): customerTimeZoneId() of the
    // request; for a case filed before, the one the migration inferred.
    QByteArray timeZone;
    QDateTime focAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject request;
    QString accountId;
    QString pin;
    int lastSeq = 0;
    QStringList numbers; // E.164, request order
    QStringList tollFree; // those of numbers that are toll-free
    // Port-in numbers support rejected, with why (reject-numbers events;
    // load() reads them from case_numbers, schema 12).
    QHash<QString, NumberRejection> rejected;
    bool requestChanged = false; // the last applied event set the request
    // The first milestone ahead (CaseTimeline::next), kept with the case
    // (schema 10) so that the queue reads it instead of every history.
    // Written by create() and append(); not read by load().
    bool hasNext = false;
    Milestone next;

    CaseRecord toRecord() const; // without events
};

// Cases and their append-only event log. SQL for the cases, case_events and
// case_numbers tables; callers hold the write transaction.
class CaseRepository {
public:
    explicit CaseRepository(const Store &store);

    // Inserts a case whose first event is submit (seq 1); sets row->id.
    bool create(const StoredEvent &submit, CaseRow *row, StoreStatus *status);
    // Appends the next event to a case read in this transaction and writes
    // the row derived from it. A duplicate seq (another program got there
    // first) fails the statement: the UNIQUE (case_id, seq) guard.
    bool append(const StoredEvent &event, CaseRow *row, StoreStatus *status);

    // forUpdate: inside a write transaction, lock the row until commit.
    bool load(qint64 id, bool forUpdate, CaseRow *row, bool *found, StoreStatus *status) const;
    bool events(qint64 id, QList<StoredEvent> *out, StoreStatus *status) const;
    // Whether a change with this idempotency key committed: an event of a
    // case or of a number records it.
    // What a write with this idempotency key wrote (0: none): a comment's
    // id, an LOA signature's version, a file event's attachment.
    enum class KeyedWrite { Comment, LoaVersion, FileEvent };
    qint64 rowOfRequestKey(KeyedWrite write, const QString &key, StoreStatus *status) const;
    bool requestKeyRecorded(const QString &key, bool *found, StoreStatus *status) const;
    // The case whose first event (its submission) records this key; 0: none.
    bool caseOfRequestKey(const QString &key, qint64 *caseId, StoreStatus *status) const;
    // What the timeline reads of a case's history: each event, actor and
    // time, and the FOC of a set-foc (no request, no secrets), in seq order.
    bool timelineHistory(qint64 id, QList<RecordedEvent> *out, StoreStatus *status) const;
    // Computes and writes every case's next milestone (schema 10's
    // migration, and a repair after hand-made changes to the events).
    bool refreshNextMilestones(StoreStatus *status);
    // In id order; limit > 0: the first `limit` only.
    bool list(
        const CaseState *state, int limit, QList<CaseSummary> *out, StoreStatus *status) const;

    // Of these numbers, those in an open port-in other than exceptCase. The
    // statement's text is public for the test that checks its plan.
    static QString openPortInCheckSql(const SqlDialect &dialect);
    bool numbersInOpenPortIn(const QStringList &e164, qint64 exceptCase,
        QHash<QString, qint64> *out, StoreStatus *status) const;
    // Open cases with a clock-driven step due at now (CaseStateMachine::
    // dueEvents' conditions, filtered in SQL). Read only.
    bool dueCases(const QDateTime &now, QList<qint64> *out, StoreStatus *status) const;
    static QString dueCasesSql(); // public for the test of its plan

    // The statements create runs, in order, and the search text it writes:
    // public for bench_submit, whose raw baseline runs the same SQL.
    static QString insertCaseSql();
    static QString insertEventSql();
    static QString insertNumbersSql(const SqlDialect &dialect);
    static QString searchTextOf(const QJsonObject &request);

    // The derivation of a case row from its events, one event at a time.
    static void apply(CaseRow *row, const StoredEvent &event);
    // The requested port time with the offset the admin gave (a port-in's
    // request; the row's column keeps UTC only): the timeline counts
    // business days in that zone.
    static QDateTime requestedPortAtOf(const QJsonObject &request);
    // The next-milestone columns' values: key (NULL when none), round, time.
    static QVariantList nextValues(const CaseRow &row);
    static CaseRow derive(qint64 id, const QList<StoredEvent> &events);

private:
    bool insertEvent(
        qint64 caseId, const StoredEvent &event, const QString &requestText, StoreStatus *status);
    bool replaceNumbers(const CaseRow &row, bool replace, StoreStatus *status);
    // case_numbers' status columns after event took the case from `before`
    // to `after`.
    bool writeNumberStatus(const CaseRow &before, const CaseRow &after, const StoredEvent &event,
        StoreStatus *status);

    const Store &m_store;
};

} // namespace portdesk
