// SPDX-License-Identifier: Apache-2.0
#include "CaseRepository.h"

#include "core/CustomerTime.h"

#include "OutboxRepository.h"
#include "SecretBox.h"
#include "SecretFields.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"
#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/InventoryNumber.h"
#include "core/PortRequest.h"

#include <QJsonArray>

#include <algorithm>

namespace portdesk {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

const QString caseColumns = QStringLiteral(
    "id, kind, state, product_type, admin_email, customer_name, requested_port_at, foc_at, "
    "request, port_out_account_id, port_out_pin, last_seq, created_at, updated_at, time_zone");

// Reads the columns of caseColumns, in order; the secrets opened.
void readRow(const SecretBox &box, const sql::Query &q, CaseRow *row)
{
    row->id = q.value(0).toLongLong();
    caseKindFromString(q.value(1).toString(), &row->kind);
    caseStateFromString(q.value(2).toString(), &row->state);
    productTypeFromString(q.value(3).toString(), &row->productType);
    row->adminEmail = q.value(4).toString();
    row->customerName = q.value(5).toString();
    row->requestedPortAt = sql::timeFrom(q.value(6));
    row->focAt = sql::timeFrom(q.value(7));
    row->request = secretfields::openedFrom(box, q.value(8).toString());
    row->accountId = box.open(q.value(9).toString());
    row->pin = box.open(q.value(10).toString());
    row->lastSeq = q.value(11).toInt();
    row->createdAt = sql::timeFrom(q.value(12));
    row->updatedAt = sql::timeFrom(q.value(13));
    row->timeZone = q.value(14).toString().toLatin1();
    if (row->kind == CaseKind::PortIn)
        row->numbers = PortInRequest::fromJson(row->request, nullptr).allNumbers();
    else
        row->numbers = PortOutRequest::fromJson(row->request, nullptr).numbers;
}

// The event payload as JSON text. For a big port the request is nearly all
// of it, and the case row has just written the same request as text: that
// text is spliced in rather than made a second time (JSON does not care
// about the order of keys).
//
// Its secrets sealed (requestText is sealed already); false when the box is
// locked and the payload brings a new one.
bool payloadText(
    const SecretBox &box, const QJsonObject &payload, const QString &requestText, QString *out)
{
    const QString requestKey = QStringLiteral("request");
    QJsonObject rest = payload;
    const bool splice = !requestText.isEmpty() && payload.contains(requestKey);
    if (splice)
        rest.remove(requestKey);
    if (!secretfields::seal(box, &rest))
        return false;
    if (!splice) {
        *out = sql::jsonText(rest);
        return true;
    }
    const QString restText = sql::jsonText(rest); // "{}" or "{...}"
    *out = QStringLiteral("{\"request\":") + requestText;
    *out += restText.size() > 2 ? QLatin1Char(',') + restText.mid(1) : QStringLiteral("}");
    return true;
}

// The request as the store keeps it: JSON text, its secrets sealed.
bool sealedRequestText(const SecretBox &box, const QJsonObject &request, QString *out)
{
    QJsonObject sealed = request;
    if (!secretfields::seal(box, &sealed))
        return false;
    *out = sql::jsonText(sealed);
    return true;
}

// What the case queue's free-text filter searches besides the numbers: the
// admin's email and every carrier group's customer and carrier name, lower
// case (schema v5). Never the account number or PIN.
QString searchText(const QJsonObject &request)
{
    QStringList parts { request.value(QLatin1String("adminEmail")).toString() };
    const QJsonArray carriers = request.value(QLatin1String("carriers")).toArray();
    for (const QJsonValue &group : carriers) {
        parts << group.toObject().value(QLatin1String("customerName")).toString()
              << group.toObject().value(QLatin1String("carrier")).toString();
    }
    return parts.join(QLatin1Char('\n')).toLower();
}

// An event as the timeline reads it, from four columns starting at first:
// event, actor, time, and the payload of a set-foc or reject-numbers (else
// NULL).
RecordedEvent timelineEventAt(const sql::Query &q, int first)
{
    RecordedEvent e;
    caseEventFromString(q.value(first).toString(), &e.event);
    roleFromString(q.value(first + 1).toString(), &e.actor);
    e.at = sql::timeFrom(q.value(first + 2));
    if (!q.value(first + 3).isNull())
        e.args = EventArgs::fromJson(sql::jsonObjectFrom(q.value(first + 3).toString()));
    return e;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

RecordedEvent StoredEvent::recorded() const
{
    RecordedEvent e;
    e.event = event;
    e.actor = actor;
    e.at = at;
    e.args = EventArgs::fromJson(payload);
    return e;
}

CaseRecord CaseRow::toRecord() const
{
    CaseRecord r;
    r.id = id;
    r.version = lastSeq;
    r.kind = kind;
    r.state = state;
    r.productType = productType;
    r.adminEmail = adminEmail;
    r.customerName = customerName;
    r.requestedPortAt = requestedPortAt;
    r.focAt = focAt;
    r.createdAt = createdAt;
    r.updatedAt = updatedAt;
    r.numbers = numbers;
    r.numberStatus = portNumbers(numbers, rejected, state);
    if (kind == CaseKind::PortIn) {
        r.portIn = PortInRequest::fromJson(request, nullptr);
        // A case filed before schema 11: its zone is the one the migration
        // gave it (its request and events stay as they were written).
        if (r.portIn.timeZone.isEmpty())
            r.portIn.timeZone = timeZone;
    }
    else
        r.portOut = PortOutRequest::fromJson(request, nullptr);
    r.portOutAccountId = accountId;
    r.portOutPin = pin;
    return r;
}

void CaseRepository::apply(CaseRow *row, const StoredEvent &event)
{
    row->lastSeq = event.seq;
    // A reveal changes nothing of the case: it is in the history only.
    if (event.event != CaseEvent::Reveal)
        row->updatedAt = event.at;
    row->state = event.stateAfter;
    row->requestChanged = false;
    if (event.event == CaseEvent::Submit) {
        caseKindFromString(event.payload.value(QLatin1String("kind")).toString(), &row->kind);
        row->createdAt = event.at;
    }
    if (event.payload.contains(QLatin1String("request"))) {
        row->request = event.payload.value(QLatin1String("request")).toObject();
        row->tollFree = stringList(event.payload.value(QLatin1String("tollFree")));
        row->requestChanged = true;
        if (row->kind == CaseKind::PortIn) {
            const PortInRequest request = PortInRequest::fromJson(row->request, nullptr);
            row->productType = request.productType;
            row->adminEmail = request.adminEmail;
            row->customerName
                = request.carriers.isEmpty() ? QString() : request.carriers.first().customerName;
            row->requestedPortAt = request.requestedPortAt.toUTC();
            row->timeZone = customerTimeZoneId(request);
            row->numbers = request.allNumbers();
        } else {
            const PortOutRequest request = PortOutRequest::fromJson(row->request, nullptr);
            row->productType = request.productType;
            row->adminEmail = request.adminEmail;
            row->customerName.clear();
            row->requestedPortAt = QDateTime();
            row->timeZone.clear();
            row->numbers = request.numbers;
        }
    }
    switch (event.event) {
    case CaseEvent::SetFoc:
        row->focAt = EventArgs::fromJson(event.payload).focAt.toUTC();
        break;
    case CaseEvent::RejectFoc:
        // The date did not work: the case waits for another FOC, and the
        // clock must not act on the one rejected.
        row->focAt = QDateTime();
        break;
    case CaseEvent::IssuePin: {
        const EventArgs args = EventArgs::fromJson(event.payload);
        row->accountId = args.accountId;
        row->pin = args.pin;
        break;
    }
    case CaseEvent::RejectNumbers: {
        const EventArgs args = EventArgs::fromJson(event.payload);
        for (const QString &number : args.numbers)
            row->rejected.insert(number, NumberRejection { args.reasonCode, args.reason });
        break;
    }
    default:
        break;
    }
}

CaseRow CaseRepository::derive(qint64 id, const QList<StoredEvent> &events)
{
    CaseRow row;
    row.id = id;
    for (const StoredEvent &event : events)
        apply(&row, event);
    row.requestChanged = false;
    return row;
}

CaseRepository::CaseRepository(const Store &store) : m_store(store) { }

bool CaseRepository::insertEvent(
    qint64 caseId, const StoredEvent &event, const QString &requestText, StoreStatus *status)
{
    sql::Query q(m_store, insertEventSql());
    // Who wrote it (the store's login) and the change's idempotency key,
    // if it has one: a retry after a lost connection looks for it.
    const QString key = m_store.requestKey();
    QString payload;
    if (!payloadText(m_store.secretBox(), event.payload, requestText, &payload)) {
        if (status)
            *status = secretfields::lockedStatus(m_store);
        return false;
    }
    q << qlonglong(caseId) << event.seq << toString(event.event) << toString(event.actor)
      << sql::timeValue(event.at) << toString(event.stateAfter)
      << payload << sql::text(m_store.login())
      << (key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key));
    return q.exec(status);
}

bool CaseRepository::replaceNumbers(const CaseRow &row, bool replace, StoreStatus *status)
{
    if (replace) {
        sql::Query clear(m_store, QStringLiteral("DELETE FROM case_numbers WHERE case_id = ?"));
        clear << qlonglong(row.id);
        if (!clear.exec(status))
            return false;
    }
    // One statement for any number of numbers: the list goes in as one JSON
    // array, which matters for a 20,000-number port. In key order, so that
    // the index grows at its end instead of splitting pages all over.
    QStringList numbers = row.numbers;
    if (!std::is_sorted(numbers.cbegin(), numbers.cend()))
        std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    const QString table = m_store.dialect().jsonTextArrayTable(QStringLiteral("j"));
    sql::Query insert(m_store, insertNumbersSql(m_store.dialect()));
    insert << qlonglong(row.id) << sql::jsonArrayText(numbers);
    if (!insert.exec(status))
        return false;
    if (row.tollFree.isEmpty())
        return true;
    sql::Query mark(m_store,
        QStringLiteral("UPDATE case_numbers SET toll_free = 1 WHERE case_id = ? "
                       "AND e164 IN (SELECT j.value FROM ")
            + table + QLatin1Char(')'));
    mark << qlonglong(row.id) << sql::jsonArrayText(row.tollFree);
    return mark.exec(status);
}

QString CaseRepository::insertCaseSql()
{
    return QStringLiteral(
        "INSERT INTO cases (kind, state, is_open, product_type, admin_email, customer_name, "
        "requested_port_at, foc_at, request, port_out_account_id, port_out_pin, last_seq, "
        "number_count, created_at, updated_at, search_text, next_milestone, next_round, "
        "next_at, time_zone) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
}

QDateTime CaseRepository::requestedPortAtOf(const QJsonObject &request)
{
    const QJsonValue at = request.value(QLatin1String("requestedPortAt"));
    return at.isString() ? QDateTime::fromString(at.toString(), Qt::ISODate) : QDateTime();
}

QVariantList CaseRepository::nextValues(const CaseRow &row)
{
    if (!row.hasNext)
        return { QVariant(QMetaType::fromType<QString>()), 0, sql::timeValue(QDateTime()) };
    return { row.next.key, row.next.round, sql::timeValue(row.next.at) };
}

bool CaseRepository::timelineHistory(
    qint64 id, QList<RecordedEvent> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT event, actor, at, CASE WHEN event IN (?, ?) THEN payload ELSE NULL "
                       "END FROM case_events WHERE case_id = ? ORDER BY seq"));
    q << toString(CaseEvent::SetFoc) << toString(CaseEvent::RejectNumbers) << qlonglong(id);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        out->append(timelineEventAt(q, 0));
    }
    return q.done(status);
}

bool CaseRepository::refreshNextMilestones(StoreStatus *status)
{
    // The requested times first (a port-in's request, read as text: the key
    // is found without parsing every number), then the histories in one
    // pass in case order, each case written when its last event is read.
    QHash<qint64, QDateTime> requested;
    {
        sql::Query q(m_store, QStringLiteral("SELECT id, request FROM cases WHERE kind = ?"));
        q << toString(CaseKind::PortIn);
        if (!q.exec(status))
            return false;
        while (q.next()) {
            const QString text = q.value(1).toString();
            const QLatin1String key("\"requestedPortAt\":\"");
            const qsizetype at = text.lastIndexOf(key);
            const qsizetype end = at < 0 ? -1 : text.indexOf(QLatin1Char('"'), at + key.size());
            if (end > 0) {
                requested.insert(q.value(0).toLongLong(),
                    QDateTime::fromString(
                        text.mid(at + key.size(), end - at - key.size()), Qt::ISODate));
            }
        }
        if (!q.done(status))
            return false;
    }
    const QString updateText = QStringLiteral(
        "UPDATE cases SET next_milestone = ?, next_round = ?, next_at = ? WHERE id = ?");
    sql::Query q(m_store,
        QStringLiteral("SELECT e.case_id, c.kind, e.event, e.actor, e.at, "
                       "CASE WHEN e.event IN (?, ?) THEN e.payload ELSE NULL END "
                       "FROM case_events e JOIN cases c ON c.id = e.case_id "
                       "ORDER BY e.case_id, e.seq"));
    q << toString(CaseEvent::SetFoc) << toString(CaseEvent::RejectNumbers);
    if (!q.exec(status))
        return false;
    qint64 currentId = 0;
    CaseKind kind = CaseKind::PortIn;
    QList<RecordedEvent> history;
    // Written once the reading is done: no write under an open read of the
    // same table.
    QList<CaseRow> next;
    const auto add = [&]() {
        if (currentId == 0)
            return;
        CaseRow row;
        row.id = currentId;
        row.hasNext = CaseTimeline::next(kind, history, requested.value(currentId), &row.next);
        next.append(row);
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != currentId) {
            add();
            currentId = id;
            caseKindFromString(q.value(1).toString(), &kind);
            history.clear();
        }
        history.append(timelineEventAt(q, 2));
    }
    if (!q.done(status))
        return false;
    add();
    q.finish();
    for (const CaseRow &row : std::as_const(next)) {
        sql::Query update(m_store, updateText); // prepared once, kept by the store
        for (const QVariant &value : nextValues(row))
            update << value;
        update << qlonglong(row.id);
        if (!update.exec(status))
            return false;
    }
    return true;
}

QString CaseRepository::insertEventSql()
{
    return QStringLiteral(
        "INSERT INTO case_events (case_id, seq, event, actor, at, state_after, payload, login, "
        "request_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString CaseRepository::insertNumbersSql(const SqlDialect &dialect)
{
    return QStringLiteral("INSERT INTO case_numbers (case_id, e164, toll_free) "
                          "SELECT CAST(? AS BIGINT), j.value, 0 FROM ")
        + dialect.jsonTextArrayTable(QStringLiteral("j"));
}

QString CaseRepository::searchTextOf(const QJsonObject &request)
{
    return searchText(request);
}

bool CaseRepository::create(const StoredEvent &submit, CaseRow *row, StoreStatus *status)
{
    *row = CaseRow();
    apply(row, submit);
    row->hasNext = CaseTimeline::next(
        row->kind, { submit.recorded() }, requestedPortAtOf(row->request), &row->next);
    QString requestText;
    QString accountId;
    QString pin;
    const SecretBox &box = m_store.secretBox();
    if (!sealedRequestText(box, row->request, &requestText)
        || !secretfields::sealText(box, row->accountId, &accountId)
        || !secretfields::sealText(box, row->pin, &pin)) {
        if (status)
            *status = secretfields::lockedStatus(m_store);
        return false;
    }
    sql::Query q(m_store, insertCaseSql());
    q << toString(row->kind) << toString(row->state) << int(CaseStateMachine::isOpen(row->state))
      << toString(row->productType) << sql::text(row->adminEmail) << sql::text(row->customerName)
      << sql::timeValue(row->requestedPortAt) << sql::timeValue(row->focAt) << requestText
      << textOrNull(accountId) << textOrNull(pin) << row->lastSeq
      << int(row->numbers.size()) << sql::timeValue(row->createdAt)
      << sql::timeValue(row->updatedAt) << sql::text(searchText(row->request));
    for (const QVariant &value : nextValues(*row))
        q << value;
    q << textOrNull(QString::fromLatin1(row->timeZone));
    if (!q.exec(status) || !q.single(status))
        return false;
    row->id = q.value(0).toLongLong();
    q.finish();
    // The notifications of the event go in with it: none lost, none twice.
    return insertEvent(row->id, submit, requestText, status) && replaceNumbers(*row, false, status)
        && OutboxRepository(m_store).enqueue(*row, submit, status);
}

bool CaseRepository::append(const StoredEvent &event, CaseRow *row, StoreStatus *status)
{
    CaseRow next = *row;
    apply(&next, event);
    // The next milestone from the whole history: the events stored (a few
    // small rows) and this one.
    QList<RecordedEvent> history;
    if (!timelineHistory(next.id, &history, status))
        return false;
    history.append(event.recorded());
    next.hasNext = CaseTimeline::next(
        next.kind, history, requestedPortAtOf(next.request), &next.next);
    // The request (large for a big port) is only rewritten when it changed.
    QString requestText;
    QString accountId;
    QString pin;
    const SecretBox &box = m_store.secretBox();
    if ((next.requestChanged && !sealedRequestText(box, next.request, &requestText))
        || !secretfields::sealText(box, next.accountId, &accountId)
        || !secretfields::sealText(box, next.pin, &pin)) {
        if (status)
            *status = secretfields::lockedStatus(m_store);
        return false;
    }
    if (!insertEvent(next.id, event, requestText, status))
        return false;
    QString text = QStringLiteral(
        "UPDATE cases SET state = ?, is_open = ?, product_type = ?, admin_email = ?, "
        "customer_name = ?, requested_port_at = ?, foc_at = ?, port_out_account_id = ?, "
        "port_out_pin = ?, last_seq = ?, number_count = ?, updated_at = ?, "
        "next_milestone = ?, next_round = ?, next_at = ?");
    if (next.requestChanged)
        text += QStringLiteral(", request = ?, search_text = ?, time_zone = ?");
    text += QStringLiteral(" WHERE id = ? AND last_seq = ?");
    sql::Query q(m_store, text);
    q << toString(next.state) << int(CaseStateMachine::isOpen(next.state))
      << toString(next.productType) << sql::text(next.adminEmail) << sql::text(next.customerName)
      << sql::timeValue(next.requestedPortAt) << sql::timeValue(next.focAt)
      << textOrNull(accountId) << textOrNull(pin) << next.lastSeq
      << int(next.numbers.size()) << sql::timeValue(next.updatedAt);
    for (const QVariant &value : nextValues(next))
        q << value;
    if (next.requestChanged)
        q << requestText << sql::text(searchText(next.request))
          << textOrNull(QString::fromLatin1(next.timeZone));
    q << qlonglong(next.id) << row->lastSeq;
    if (!q.exec(status))
        return false;
    if (q.numRowsAffected() != 1) {
        if (status && status->ok()) {
            status->code = StoreStatus::Code::Failed;
            status->message
                = Store::tr("Case %1 was changed by another program at the same time; try again.")
                      .arg(next.id);
        }
        return false;
    }
    if (next.requestChanged && !replaceNumbers(next, true, status))
        return false;
    if (!writeNumberStatus(*row, next, event, status))
        return false;
    if (!OutboxRepository(m_store).enqueue(next, event, status))
        return false;
    *row = next;
    return true;
}

bool CaseRepository::writeNumberStatus(
    const CaseRow &before, const CaseRow &after, const StoredEvent &event, StoreStatus *status)
{
    const QString table = m_store.dialect().jsonTextArrayTable(QStringLiteral("j"));
    const auto markRejected = [&](const QStringList &numbers, const NumberRejection &why) {
        sql::Query q(m_store,
            QStringLiteral("UPDATE case_numbers SET status = ?, reason_code = ?, reason = ? "
                           "WHERE case_id = ? AND e164 IN (SELECT j.value FROM ")
                + table + QLatin1Char(')'));
        q << toString(PortNumberState::Rejected) << why.reasonCode << why.reason
          << qlonglong(after.id) << sql::jsonArrayText(numbers);
        return q.exec(status);
    };
    if (event.event == CaseEvent::RejectNumbers) {
        const EventArgs args = EventArgs::fromJson(event.payload);
        if (!markRejected(args.numbers, NumberRejection { args.reasonCode, args.reason }))
            return false;
    } else if (after.requestChanged && !after.rejected.isEmpty()) {
        // The numbers were written anew: the rejections stand (one statement
        // per reason given).
        QList<QPair<NumberRejection, QStringList>> byReason;
        for (auto it = after.rejected.cbegin(); it != after.rejected.cend(); ++it) {
            auto same = std::find_if(byReason.begin(), byReason.end(), [&](const auto &r) {
                return r.first.reasonCode == it->reasonCode && r.first.reason == it->reason;
            });
            if (same == byReason.end())
                byReason.append({ *it, { it.key() } });
            else
                same->second << it.key();
        }
        for (const auto &r : std::as_const(byReason)) {
            if (!markRejected(r.second, r.first))
                return false;
        }
    }
    // The numbers still in the case follow it once it ends (ported, not ported).
    const PortNumberState settled = settledState(after.state);
    if (settled == settledState(before.state) && !after.requestChanged)
        return true;
    if (settled == PortNumberState::Pending)
        return true;
    sql::Query q(m_store,
        QStringLiteral("UPDATE case_numbers SET status = ? WHERE case_id = ? AND status <> ?"));
    q << toString(settled) << qlonglong(after.id) << toString(PortNumberState::Rejected);
    return q.exec(status);
}

bool CaseRepository::load(
    qint64 id, bool forUpdate, CaseRow *row, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store,
        QStringLiteral("SELECT ") + caseColumns + QStringLiteral(" FROM cases WHERE id = ?")
            + (forUpdate ? m_store.dialect().lockRowsSuffix() : QString()));
    q << qlonglong(id);
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *row = CaseRow();
        readRow(m_store.secretBox(), q, row);
        *found = true;
        // The toll-free flags are only needed when the request changes again;
        // the rejected numbers for the rules and the case view.
        q.finish();
        sql::Query tf(m_store,
            QStringLiteral("SELECT e164, toll_free, status, reason_code, reason FROM case_numbers "
                           "WHERE case_id = ? AND (toll_free = 1 OR status = ?)"));
        tf << qlonglong(id) << toString(PortNumberState::Rejected);
        if (!tf.exec(status))
            return false;
        while (tf.next()) {
            const QString e164 = tf.value(0).toString();
            if (tf.value(1).toInt() == 1)
                row->tollFree << e164;
            if (tf.value(2).toString() == toString(PortNumberState::Rejected))
                row->rejected.insert(
                    e164, NumberRejection { tf.value(3).toString(), tf.value(4).toString() });
        }
        return tf.done(status);
    }
    return q.done(status);
}

bool CaseRepository::events(qint64 id, QList<StoredEvent> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT seq, event, actor, at, state_after, payload, login "
                       "FROM case_events WHERE case_id = ? ORDER BY seq"));
    q << qlonglong(id);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        StoredEvent e;
        e.seq = q.value(0).toInt();
        caseEventFromString(q.value(1).toString(), &e.event);
        roleFromString(q.value(2).toString(), &e.actor);
        e.at = sql::timeFrom(q.value(3));
        caseStateFromString(q.value(4).toString(), &e.stateAfter);
        e.payload = secretfields::openedFrom(m_store.secretBox(), q.value(5).toString());
        e.login = q.value(6).toString();
        out->append(e);
    }
    return q.done(status);
}

bool CaseRepository::requestKeyRecorded(const QString &key, bool *found, StoreStatus *status) const
{
    *found = false;
    sql::Query q(m_store,
        QStringLiteral("SELECT 1 FROM case_events WHERE request_key = ? UNION ALL "
                       "SELECT 1 FROM inventory_events WHERE request_key = ? UNION ALL "
                       "SELECT 1 FROM case_comments WHERE request_key = ? UNION ALL "
                       "SELECT 1 FROM loa_versions WHERE request_key = ? UNION ALL "
                       "SELECT 1 FROM case_file_events WHERE request_key = ?"));
    q << key << key << key << key << key;
    if (!q.exec(status))
        return false;
    *found = q.next();
    return q.done(status);
}

bool CaseRepository::caseOfRequestKey(const QString &key, qint64 *caseId, StoreStatus *status) const
{
    *caseId = 0;
    sql::Query q(m_store,
        QStringLiteral("SELECT case_id FROM case_events WHERE request_key = ? AND seq = 1"));
    q << key;
    if (!q.exec(status))
        return false;
    if (q.next())
        *caseId = q.value(0).toLongLong();
    return q.done(status);
}

bool CaseRepository::list(
    const CaseState *state, int limit, QList<CaseSummary> *out, StoreStatus *status) const
{
    out->clear();
    QString text = QStringLiteral("SELECT id, kind, state, product_type, customer_name, "
                                  "number_count, foc_at, updated_at, time_zone, last_seq "
                                  "FROM cases");
    if (state)
        text += QStringLiteral(" WHERE state = ?");
    text += QStringLiteral(" ORDER BY id");
    if (limit > 0)
        text += QStringLiteral(" LIMIT ?");
    sql::Query q(m_store, text);
    if (state)
        q << toString(*state);
    if (limit > 0)
        q << limit;
    if (!q.exec(status))
        return false;
    while (q.next()) {
        CaseSummary s;
        s.id = q.value(0).toLongLong();
        caseKindFromString(q.value(1).toString(), &s.kind);
        caseStateFromString(q.value(2).toString(), &s.state);
        productTypeFromString(q.value(3).toString(), &s.productType);
        s.customerName = q.value(4).toString();
        s.numberCount = q.value(5).toInt();
        s.focAt = sql::timeFrom(q.value(6));
        s.updatedAt = sql::timeFrom(q.value(7));
        s.timeZone = q.value(8).toString().toLatin1();
        s.version = q.value(9).toInt();
        out->append(s);
    }
    return q.done(status);
}

QString CaseRepository::openPortInCheckSql(const SqlDialect &dialect)
{
    // From the request's numbers into the case_numbers index, then each hit's
    // case by its key: the work grows with the request, not with the store.
    return QStringLiteral("SELECT n.e164, n.case_id FROM ")
        + dialect.jsonTextArrayTable(QStringLiteral("j")) + dialect.orderedJoin()
        + QStringLiteral("case_numbers n ON n.e164 = j.value") + dialect.orderedJoin()
        + QStringLiteral("cases c ON c.id = n.case_id "
                         "WHERE c.kind = ? AND c.is_open = 1 AND c.id <> ? "
                         "AND n.status <> ?");
}

bool CaseRepository::numbersInOpenPortIn(const QStringList &e164, qint64 exceptCase,
    QHash<QString, qint64> *out, StoreStatus *status) const
{
    out->clear();
    if (e164.isEmpty())
        return true;
    // On a team store the numbers of another account's cases are found by a
    // function that names such a case as 0 (the login may not read it).
    sql::Query q(m_store,
        m_store.team().teamStore
            ? QStringLiteral("SELECT e164, case_id FROM portdesk_numbers_in_open_port_in(?, ?, ?, ?)")
            : openPortInCheckSql(m_store.dialect()));
    // A rejected number is free to be filed again.
    q << sql::jsonArrayText(e164) << toString(CaseKind::PortIn) << qlonglong(exceptCase)
      << toString(PortNumberState::Rejected);
    if (!q.exec(status))
        return false;
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toLongLong());
    return q.done(status);
}

QString CaseRepository::dueCasesSql()
{
    // One branch per kind of step, each a lookup by state (the cases_due
    // index: state, foc_at): what is due is read, never every open case.
    return QStringLiteral(
        "SELECT c.id FROM cases c WHERE c.kind = ? AND c.state = ? AND c.foc_at <= ?"
        " AND c.is_open = 1"
        " UNION ALL SELECT c.id FROM cases c WHERE c.kind = ? AND c.state = ? AND c.foc_at <= ?"
        " AND c.is_open = 1"
        " UNION ALL SELECT c.id FROM cases c WHERE c.kind = ? AND c.state = ? AND c.is_open = 1"
        " AND NOT EXISTS (SELECT 1 FROM inventory i WHERE i.port_out_case_id = c.id"
        " AND i.status <> ?)"
        " ORDER BY 1");
}

bool CaseRepository::dueCases(const QDateTime &now, QList<qint64> *out, StoreStatus *status) const
{
    out->clear();
    // The conditions of CaseStateMachine::dueEvents, in SQL, so that a tick
    // with nothing to do reads one index and takes no write lock. The caller
    // decides again inside its write transaction. Times are UTC milliseconds:
    // a day is exactly 86,400,000 of them.
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    sql::Query q(m_store, dueCasesSql());
    q << toString(CaseKind::PortIn) << toString(CaseState::FocConfirmed) << qlonglong(nowMs + dayMs)
      << toString(CaseKind::PortIn) << toString(CaseState::InInventory) << qlonglong(nowMs)
      << toString(CaseKind::PortOut) << toString(CaseState::PortedOut)
      << toString(NumberStatus::DeleteInProgress);
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append(q.value(0).toLongLong());
    return q.done(status);
}

qint64 CaseRepository::rowOfRequestKey(
    KeyedWrite write, const QString &key, StoreStatus *status) const
{
    const QString text = write == KeyedWrite::Comment
        ? QStringLiteral("SELECT id FROM case_comments WHERE request_key = ?")
        : write == KeyedWrite::LoaVersion
        ? QStringLiteral("SELECT version FROM loa_versions WHERE request_key = ?")
        : QStringLiteral("SELECT attachment_id FROM case_file_events WHERE request_key = ?");
    sql::Query q(m_store, text);
    q << key;
    if (!q.exec(status))
        return 0;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    return q.done(status) ? id : 0;
}

} // namespace portdesk
