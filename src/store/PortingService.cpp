#include "PortingService.h"

#include "CaseRepository.h"
#include "DraftRepository.h"
#include "InventoryRepository.h"
#include "LoaRepository.h"
#include "SqlSupport.h"
#include "Store.h"
#include "VoiceConnectorRepository.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

namespace portdesk {

namespace {

Violation refusal(const QString &field, const char *rule, const QString &message)
{
    return Violation { field, QLatin1String(rule), message, Violation::Severity::Error };
}

// Numbers as stored: E.164 (what was typed, trimmed, when it cannot be read)
// and whether each is toll-free, as PhoneNumbers judges them: one source of
// truth for the validator and the store. One checkAll per change, however
// many numbers (about 1.1 million a second).
struct StoredNumbers {
    QStringList e164;
    QList<bool> tollFree;
};

StoredNumbers storedNumbers(const QStringList &typed)
{
    StoredNumbers out;
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(typed);
    out.e164.reserve(checks.size());
    out.tollFree.reserve(checks.size());
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const NumberCheck &check = checks.at(i);
        out.e164 << (check.e164.isEmpty() ? typed.at(i).trimmed() : check.e164);
        out.tollFree << check.tollFree;
    }
    return out;
}

// Lookup keys for numbers as typed: their E.164 form when they can be read.
QStringList numberKeys(const QStringList &typed)
{
    return storedNumbers(typed).e164;
}

QString numberKey(const QString &typed)
{
    return numberKeys({ typed }).constFirst();
}

// The status a read reports into: the caller's, cleared first, or one of its
// own when the caller did not ask.
class StatusOut {
public:
    explicit StatusOut(StoreStatus *status) : m_status(status ? status : &m_own)
    {
        *m_status = StoreStatus();
    }
    StatusOut(const StatusOut &) = delete;
    StatusOut &operator=(const StatusOut &) = delete;
    operator StoreStatus *() const { return m_status; }
    StoreStatus &operator*() const { return *m_status; }

private:
    StoreStatus m_own;
    StoreStatus *m_status;
};

QString shown(const QString &e164)
{
    return PhoneNumbers::formatNational(e164);
}

// The rules' view of the store, read inside the caller's transaction.
class StoreContext final : public PortingContext {
public:
    StoreContext(const Store &store, qint64 exceptCase) : m_store(store), m_exceptCase(exceptCase)
    {
    }

    bool voiceConnectorExists(const QString &name) const override
    {
        VoiceConnector connector;
        bool found = false;
        VoiceConnectorRepository(m_store).find(name.trimmed(), &connector, &found, &m_status);
        return found;
    }

    QSet<QString> numbersInInventory(const QStringList &e164) const override
    {
        QSet<QString> found;
        InventoryRepository(m_store).existing(e164, &found, &m_status);
        return found;
    }

    QHash<QString, qint64> numbersInOpenPortIn(const QStringList &e164) const override
    {
        QHash<QString, qint64> found;
        CaseRepository(m_store).numbersInOpenPortIn(e164, m_exceptCase, &found, &m_status);
        return found;
    }

    const StoreStatus &status() const { return m_status; }

private:
    const Store &m_store;
    qint64 m_exceptCase;
    mutable StoreStatus m_status; // the first failed read, if any
};

// A port-in request as stored: every number and BTN in E.164, and which
// numbers are toll-free.
struct StoredPortIn {
    PortInRequest request;
    QStringList tollFree;
};

StoredPortIn storedForm(const PortInRequest &request)
{
    StoredPortIn out { request, {} };
    // Every number and BTN of the request in one checkAll, then put back.
    QStringList typed;
    for (const CarrierGroup &group : std::as_const(out.request.carriers))
        typed << group.btn << group.numbers;
    typed << out.request.newBtn;
    const StoredNumbers stored = storedNumbers(typed);
    qsizetype at = 0;
    for (CarrierGroup &group : out.request.carriers) {
        group.btn = stored.e164.at(at++);
        for (QString &number : group.numbers) {
            if (stored.tollFree.at(at))
                out.tollFree << stored.e164.at(at);
            number = stored.e164.at(at++);
        }
    }
    if (!out.request.newBtn.isEmpty())
        out.request.newBtn = stored.e164.at(at);
    return out;
}

QJsonObject requestPayload(const QJsonObject &request, const QStringList &tollFree)
{
    QJsonObject payload;
    payload.insert(QStringLiteral("request"), request);
    if (!tollFree.isEmpty())
        payload.insert(QStringLiteral("tollFree"), QJsonArray::fromStringList(tollFree));
    return payload;
}

ChangeResult failedWith(const StoreStatus &status)
{
    ChangeResult result;
    result.status = status;
    if (result.status.ok()) {
        // A step reported failure without saying why: never pass it off as done.
        result.status.code = StoreStatus::Code::Failed;
        result.status.message = PortingService::tr("The store could not complete the change.");
    }
    return result;
}

// The field paths and values of a port-in request that a change request can
// name, for comparing a correction with the request before it.
struct FieldValue {
    QString name; // request-file name, as in changeableFieldNames()
    QString path; // "carriers[0].accountNumber"
    QString value;
};

QList<FieldValue> fieldValues(const PortInRequest &r)
{
    QList<FieldValue> out = {
        { QStringLiteral("productType"), QStringLiteral("productType"), toString(r.productType) },
        { QStringLiteral("voiceConnector"), QStringLiteral("voiceConnector"), r.voiceConnector },
        { QStringLiteral("adminEmail"), QStringLiteral("adminEmail"), r.adminEmail },
        { QStringLiteral("requestedPortAt"), QStringLiteral("requestedPortAt"),
            r.requestedPortAt.toString(Qt::ISODate) },
        { QStringLiteral("btnOption"), QStringLiteral("btnOption"), toString(r.btnOption) },
        { QStringLiteral("newBtn"), QStringLiteral("newBtn"), r.newBtn },
    };
    for (qsizetype i = 0; i < r.carriers.size(); ++i) {
        const CarrierGroup &g = r.carriers.at(i);
        const QString prefix = QStringLiteral("carriers[%1].").arg(i);
        const ServiceAddress &a = g.serviceAddress;
        const QList<QPair<QString, QString>> fields = {
            { QStringLiteral("carrier"), g.carrier },
            { QStringLiteral("btn"), g.btn },
            { QStringLiteral("authorizingPerson"), g.authorizingPerson },
            { QStringLiteral("authorizingTitle"), g.authorizingTitle },
            { QStringLiteral("accountNumber"), g.accountNumber },
            { QStringLiteral("pin"), g.pin },
            { QStringLiteral("customerName"), g.customerName },
            { QStringLiteral("serviceAddress"),
                QStringList { a.street, a.city, a.state, a.zip }.join(QChar(0x1f)) },
            { QStringLiteral("numbers"), g.numbers.join(QChar(0x1f)) },
        };
        for (const auto &field : fields)
            out.append({ field.first, prefix + field.first, field.second });
    }
    return out;
}

} // namespace

PortingService::PortingService(Store &store) : m_store(store) { }

QStringList PortingService::voiceConnectorRegions()
{
    // The regions where the calling service offers Voice Connectors.
    return { QStringLiteral("us-east-1"), QStringLiteral("us-west-2"),
        QStringLiteral("ca-central-1"), QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1"),
        QStringLiteral("eu-west-2"), QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"), QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2") };
}

// ---------------------------------------------------------------------------
// Cases

namespace {

// What the state machine needs to know about a case row, read in the caller's
// transaction.
bool factsFor(const Store &store, const CaseRow &row, CaseFacts *facts, StoreStatus *status)
{
    facts->kind = row.kind;
    facts->state = row.state;
    facts->focAt = row.focAt;
    facts->numbersLeft = 0;
    if (row.kind == CaseKind::PortOut)
        return InventoryRepository(store).countNotDeleted(row.id, &facts->numbersLeft, status);
    return true;
}

// Appends one event to a locked case and makes its effect on the inventory,
// in the caller's transaction. The one place where a step changes the store.
bool applyEvent(const Store &store, CaseRow *row, CaseEvent event, Role actor,
    const EventArgs &args, CaseState next, const QDateTime &now, const QJsonObject &extra,
    StoreStatus *status)
{
    StoredEvent stored;
    stored.seq = row->lastSeq + 1;
    stored.event = event;
    stored.actor = actor;
    stored.at = now;
    stored.stateAfter = next;
    stored.payload = args.toJson();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        stored.payload.insert(it.key(), it.value());
    if (!CaseRepository(store).append(stored, row, status))
        return false;

    InventoryRepository inventory(store);
    switch (event) {
    case CaseEvent::Inventory:
        return inventory.addPortIn(row->id, row->productType, now, status);
    case CaseEvent::Activate:
        return inventory.activatePortIn(row->id, now, status);
    case CaseEvent::Cancel:
        return row->kind == CaseKind::PortIn ? inventory.dropPortIn(row->id, now, status)
                                             : inventory.endPortOut(row->id, now, status);
    case CaseEvent::PortedOut:
        return inventory.markPortedOut(row->id, now, status);
    default:
        return true;
    }
}

ChangeResult caseNotFound(qint64 caseId)
{
    ChangeResult result;
    result.violations.append(refusal(QStringLiteral("case"), "case.not-found",
        PortingService::tr("There is no case %1.").arg(caseId)));
    return result;
}

} // namespace

ChangeResult PortingService::submitPortIn(const PortInRequest &request, Role actor)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    if (actor != CaseStateMachine::roleFor(CaseEvent::Submit)) {
        result.violations.append(refusal(QStringLiteral("actor"), "event.wrong-role",
            PortingService::tr("Only an admin can submit a port-in request.")));
        return result;
    }
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;

    // Checked inside the write transaction: what it found stays true until
    // the commit, whoever else writes to the store.
    const StoreContext context(m_store, 0);
    result.violations = RequestValidator::validate(request, now, &context);
    if (!context.status().ok())
        return failedWith(context.status());
    if (hasErrors(result.violations))
        return result;

    const StoredPortIn stored = storedForm(request);
    StoredEvent submit;
    submit.seq = 1;
    submit.event = CaseEvent::Submit;
    submit.actor = actor;
    submit.at = now;
    submit.stateAfter = CaseStateMachine::initialState(CaseKind::PortIn);
    submit.payload = requestPayload(stored.request.toJson(), stored.tollFree);
    submit.payload.insert(QStringLiteral("kind"), toString(CaseKind::PortIn));

    CaseRow row;
    if (!CaseRepository(m_store).create(submit, &row, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = row.id;
    result.state = row.state;
    return result;
}

ChangeResult PortingService::submitPortOut(const PortOutRequest &request, Role actor)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    if (actor != CaseStateMachine::roleFor(CaseEvent::Submit)) {
        result.violations.append(refusal(QStringLiteral("actor"), "event.wrong-role",
            PortingService::tr("Only an admin can submit a port-out request.")));
        return result;
    }
    PortOutRequest stored = request;
    stored.numbers = numberKeys(request.numbers);
    const QStringList e164 = stored.numbers;

    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    QHash<QString, InventoryNumber> numbers;
    if (!InventoryRepository(m_store).findMany(e164, &numbers, &result.status))
        return failedWith(result.status);
    QHash<QString, RequestValidator::InventoryFacts> facts;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it)
        facts.insert(it.key(), { toString(it->productType), toString(it->status) });
    result.violations = RequestValidator::validate(request, facts);
    if (hasErrors(result.violations))
        return result;

    StoredEvent submit;
    submit.seq = 1;
    submit.event = CaseEvent::Submit;
    submit.actor = actor;
    submit.at = now;
    submit.stateAfter = CaseStateMachine::initialState(CaseKind::PortOut);
    submit.payload = requestPayload(stored.toJson(), {});
    submit.payload.insert(QStringLiteral("kind"), toString(CaseKind::PortOut));

    CaseRow row;
    if (!CaseRepository(m_store).create(submit, &row, &result.status)
        || !InventoryRepository(m_store).beginPortOut(e164, row.id, now, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = row.id;
    result.state = row.state;
    return result;
}

ChangeResult PortingService::advance(
    qint64 caseId, CaseEvent event, Role role, const EventArgs &args)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    result.id = caseId;
    if (event == CaseEvent::Submit) {
        result.violations.append(refusal(QStringLiteral("event"), "event.illegal-state",
            PortingService::tr("A case is submitted once, with its request.")));
        return result;
    }
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    CaseRow row;
    bool found = false;
    CaseFacts facts;
    if (!CaseRepository(m_store).load(caseId, true, &row, &found, &result.status))
        return failedWith(result.status);
    if (!found)
        return caseNotFound(caseId);
    result.state = row.state;
    if (!factsFor(m_store, row, &facts, &result.status))
        return failedWith(result.status);

    const Decision decision = CaseStateMachine::decide(facts, event, role, args, now);
    if (!decision.allowed) {
        result.violations.append(Violation {
            QStringLiteral("event"), decision.rule, decision.reason, Violation::Severity::Error });
        return result;
    }
    // Every carrier group's LOA signed, within its validity, for the request
    // as it stands: read in this transaction, so a signature cannot be
    // missing by the time the step commits.
    if (event == CaseEvent::SubmitLoa) {
        result.violations = loaSubmitBlockers(caseId, &result.status);
        if (!result.status.ok())
            return failedWith(result.status);
        if (hasErrors(result.violations))
            return result;
    }
    if (!applyEvent(m_store, &row, event, role, args, decision.next, now, {}, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.state = row.state;
    return result;
}

ChangeResult PortingService::correctPortIn(qint64 caseId, const PortInRequest &corrected, Role role)
{
    return correct(caseId, corrected, role, Correction::Apply);
}

ChangeResult PortingService::checkCorrection(
    qint64 caseId, const PortInRequest &corrected, Role role)
{
    return correct(caseId, corrected, role, Correction::CheckWithoutSignatures);
}

ChangeResult PortingService::correct(
    qint64 caseId, const PortInRequest &corrected, Role role, Correction mode)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    result.id = caseId;
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    CaseRepository cases(m_store);
    CaseRow row;
    bool found = false;
    if (!cases.load(caseId, true, &row, &found, &result.status))
        return failedWith(result.status);
    if (!found)
        return caseNotFound(caseId);
    result.state = row.state;
    if (row.kind != CaseKind::PortIn || row.state != CaseState::ChangeRequested) {
        result.violations.append(refusal(QStringLiteral("case"), "case.no-change-requested",
            PortingService::tr("Case %1 has no open change request to correct.").arg(caseId)));
        return result;
    }
    CaseFacts facts;
    if (!factsFor(m_store, row, &facts, &result.status))
        return failedWith(result.status);
    const Decision decision = CaseStateMachine::decide(facts, CaseEvent::SubmitLoa, role, {}, now);
    if (!decision.allowed) {
        result.violations.append(Violation {
            QStringLiteral("event"), decision.rule, decision.reason, Violation::Severity::Error });
        return result;
    }

    // The fields the last change request named.
    QList<StoredEvent> history;
    if (!cases.events(caseId, &history, &result.status))
        return failedWith(result.status);
    QStringList named;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->event == CaseEvent::RequestChange) {
            named = EventArgs::fromJson(it->payload).fields;
            break;
        }
    }
    for (QString &field : named)
        field = field.trimmed();

    const StoredPortIn before = storedForm(PortInRequest::fromJson(row.request, nullptr));
    const StoredPortIn after = storedForm(corrected);
    const QList<FieldValue> was = fieldValues(before.request);
    const QList<FieldValue> becomes = fieldValues(after.request);
    if (before.request.carriers.size() != after.request.carriers.size()) {
        result.violations.append(refusal(QStringLiteral("carriers"), "change.not-requested",
            PortingService::tr("A correction cannot add or remove carrier groups.")));
    } else {
        for (qsizetype i = 0; i < was.size(); ++i) {
            if (!named.contains(was.at(i).name) && was.at(i).value != becomes.at(i).value) {
                result.violations.append(refusal(was.at(i).path, "change.not-requested",
                    PortingService::tr(
                        "%1 was not named in the change request: it must stay as submitted.")
                        .arg(was.at(i).path)));
            }
        }
    }

    const StoreContext context(m_store, caseId);
    Violations checks = RequestValidator::validate(corrected, now, &context);
    if (!context.status().ok())
        return failedWith(context.status());
    // A requested date that was not to change was checked at submission; by
    // now it may well be close or past, which is no reason to refuse.
    if (!named.contains(QStringLiteral("requestedPortAt"))) {
        checks.erase(
            std::remove_if(checks.begin(), checks.end(),
                [](const Violation &v) { return v.field == QLatin1String("requestedPortAt"); }),
            checks.end());
    }
    result.violations += checks;
    // The corrected request goes to the carrier on LOAs signed for it: each
    // group's signature must show the request as it will be stored. (With
    // groups added or removed the correction is refused above anyway.)
    if (mode == Correction::CheckWithoutSignatures)
        return result; // nothing written: the transaction rolls back
    if (before.request.carriers.size() == after.request.carriers.size()) {
        const PortInRequest asStored = PortInRequest::fromJson(after.request.toJson(), nullptr);
        result.violations += loaSubmitBlockers(caseId, asStored, &result.status);
        if (!result.status.ok())
            return failedWith(result.status);
    }
    if (hasErrors(result.violations))
        return result;

    EventArgs args;
    args.fields = named;
    QJsonObject extra = requestPayload(after.request.toJson(), after.tollFree);
    if (!applyEvent(m_store, &row, CaseEvent::SubmitLoa, role, args, decision.next, now, extra,
            &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.state = row.state;
    return result;
}

bool PortingService::loadCase(qint64 caseId, CaseRecord *out, StoreStatus *status) const
{
    const StatusOut st(status);
    CaseRepository cases(m_store);
    CaseRow row;
    bool found = false;
    QList<StoredEvent> events;
    if (!cases.load(caseId, false, &row, &found, st) || !found)
        return false;
    if (!cases.events(caseId, &events, st))
        return false;
    *out = row.toRecord();
    for (const StoredEvent &e : std::as_const(events))
        out->events.append(CaseEventRecord { e.seq, e.recorded() });
    return true;
}

bool PortingService::loadCaseFromEvents(qint64 caseId, CaseRecord *out, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<StoredEvent> events;
    if (!CaseRepository(m_store).events(caseId, &events, st) || events.isEmpty())
        return false;
    *out = CaseRepository::derive(caseId, events).toRecord();
    for (const StoredEvent &e : std::as_const(events))
        out->events.append(CaseEventRecord { e.seq, e.recorded() });
    return true;
}

QList<CaseSummary> PortingService::listCases(const CaseState *state, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<CaseSummary> out;
    if (!CaseRepository(m_store).list(state, &out, st))
        out.clear();
    return out;
}

Violations PortingService::checkPortIn(const PortInRequest &request) const
{
    const StoreContext context(m_store, 0);
    Violations violations = RequestValidator::validate(request, Clock::now(), &context);
    if (!context.status().ok()) {
        violations.append(
            refusal(QStringLiteral("store"), "store.unavailable", context.status().message));
    }
    return violations;
}

// ---------------------------------------------------------------------------
// The clock

QList<AppliedStep> PortingService::tick(StoreStatus *status)
{
    const StatusOut st(status);
    const QDateTime now = Clock::now();
    QList<AppliedStep> steps;

    // Every command and every refresh ticks: what is due is found by reading
    // alone, and a write transaction is only begun for something to apply
    // (and the check made again inside it, so that two programs ticking at
    // once apply each step once).

    // The deletion queue first, so that a port-out whose last numbers go now
    // can close in the same tick.
    const QDateTime purgeCutoff = now.addDays(-deletionQueueDays);
    bool purgeDue = false;
    if (!InventoryRepository(m_store).purgeDue(purgeCutoff, &purgeDue, st))
        return steps;
    if (purgeDue) {
        sql::WriteTransaction transaction(m_store);
        QStringList purged;
        if (!transaction.begin(st) || !InventoryRepository(m_store).purge(purgeCutoff, &purged, st)
            || !transaction.commit(st))
            return steps;
        for (const QString &e164 : std::as_const(purged))
            steps.append(AppliedStep { 0, QStringLiteral("purge"), e164 });
    }
    // Attachments deleted from a case as long ago go for good the same way.
    if (!LoaRepository(m_store).purgeDue(purgeCutoff, &purgeDue, st))
        return steps;
    if (purgeDue) {
        sql::WriteTransaction transaction(m_store);
        QList<CaseFileEvent> purged;
        if (!transaction.begin(st) || !LoaRepository(m_store).purge(purgeCutoff, now, &purged, st)
            || !transaction.commit(st))
            return steps;
        for (const CaseFileEvent &e : std::as_const(purged))
            steps.append(AppliedStep { e.caseId, QStringLiteral("purge-file"), e.fileName });
    }

    QList<qint64> due;
    if (!CaseRepository(m_store).dueCases(now, &due, st))
        return steps;
    for (qint64 caseId : std::as_const(due)) {
        sql::WriteTransaction transaction(m_store);
        if (!transaction.begin(st))
            return steps;
        // Re-read and locked inside the transaction: another program that
        // ticked first has already moved the case on, and then nothing is due.
        CaseRow row;
        bool found = false;
        CaseFacts facts;
        if (!CaseRepository(m_store).load(caseId, true, &row, &found, st))
            return steps;
        if (!found)
            continue;
        if (!factsFor(m_store, row, &facts, st))
            return steps;
        const int seenSeq = row.lastSeq;
        QList<AppliedStep> applied;
        StoreStatus caseStatus;
        const QList<CaseEvent> events = CaseStateMachine::dueEvents(facts, now);
        for (CaseEvent event : events) {
            const Decision decision = CaseStateMachine::decide(facts, event, Role::System, {}, now);
            if (!decision.allowed)
                break;
            if (!applyEvent(
                    m_store, &row, event, Role::System, {}, decision.next, now, {}, &caseStatus))
                break;
            facts.state = decision.next;
            applied.append(AppliedStep { caseId, toString(event), QString() });
        }
        if (applied.isEmpty() && caseStatus.ok())
            continue;
        if (!caseStatus.ok() || !transaction.commit(&caseStatus)) {
            transaction.rollback();
            // The UNIQUE (case_id, seq) guard: if another program appended
            // to the case meanwhile, it applied the step; that is no failure.
            CaseRow current;
            bool stillThere = false;
            StoreStatus reread;
            if (caseStatus.code != StoreStatus::Code::Damaged
                && CaseRepository(m_store).load(caseId, false, &current, &stillThere, &reread)
                && stillThere && current.lastSeq != seenSeq)
                continue;
            *st = caseStatus;
            return steps;
        }
        steps += applied;
    }

    // Drafts left untouched for the retention period go.
    const QDateTime draftCutoff = now.addDays(-draftRetentionDays);
    bool draftsDue = false;
    if (!DraftRepository(m_store).anyOlderThan(draftCutoff, &draftsDue, st))
        return steps;
    if (draftsDue) {
        sql::WriteTransaction transaction(m_store);
        QList<Draft> pruned;
        if (!transaction.begin(st)
            || !DraftRepository(m_store).removeOlderThan(draftCutoff, &pruned, st)
            || !transaction.commit(st))
            return steps;
        for (const Draft &d : std::as_const(pruned))
            steps.append(AppliedStep { 0, QStringLiteral("prune-draft"), d.title });
    }
    return steps;
}

// ---------------------------------------------------------------------------
// Inventory

namespace {

// "+1206", "1206", "206" and "1 (206)" all mean the same prefix: every
// number in the inventory is a US one, +1 then the area code.
QString normalizedPrefix(const QString &typed)
{
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.isEmpty())
        return QString();
    if (!digits.startsWith(QLatin1Char('1')))
        digits.prepend(QLatin1Char('1'));
    return QLatin1Char('+') + digits;
}

InventoryFilter normalized(const InventoryFilter &filter)
{
    InventoryFilter f = filter;
    f.prefix = normalizedPrefix(filter.prefix);
    return f;
}

} // namespace

QList<InventoryNumber> PortingService::listInventory(
    const InventoryFilter &filter, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<InventoryNumber> out;
    if (!InventoryRepository(m_store).list(normalized(filter), &out, st))
        out.clear(); // a list cut short by a failure is no answer
    return out;
}

int PortingService::countInventory(const InventoryFilter &filter, StoreStatus *status) const
{
    const StatusOut st(status);
    int n = 0;
    if (!InventoryRepository(m_store).count(normalized(filter), &n, st))
        return 0;
    return n;
}

InventoryCounts PortingService::inventoryCounts(StoreStatus *status) const
{
    const StatusOut st(status);
    InventoryCounts counts;
    if (!InventoryRepository(m_store).counts(&counts, st))
        return InventoryCounts();
    return counts;
}

namespace {

bool isAssigned(const InventoryNumber &n)
{
    return !n.assignedUser.isEmpty() || !n.assignedVoiceConnector.isEmpty();
}

// Looks up one number of a single-number change; a refusal when it is missing.
bool findOneNumber(
    const Store &store, const QString &typed, InventoryNumber *number, ChangeResult *result)
{
    bool found = false;
    const QString e164 = numberKey(typed);
    if (!InventoryRepository(store).find(e164, number, &found, &result->status))
        return false;
    if (!found) {
        result->violations.append(refusal(QStringLiteral("number"), "inventory.not-found",
            PortingService::tr("%1 is not in the phone number inventory.").arg(shown(e164))));
        return false;
    }
    return true;
}

// Why a number cannot be assigned to a user (BusinessCalling) or to a Voice
// Connector (VoiceConnector) now, if it cannot. A number still porting in
// (it arrives the day before the FOC) can: it goes live assigned.
void checkAssignable(
    const InventoryNumber &n, ProductType to, const QString &field, Violations *out)
{
    if (n.portedOut) {
        out->append(refusal(field, "inventory.ported-out",
            PortingService::tr("%1 was ported out: it has left for another carrier and "
                               "cannot be assigned.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.deleted",
            PortingService::tr("%1 is in the deletion queue: restore it first.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortoutInProgress) {
        out->append(refusal(field, "inventory.porting-out",
            PortingService::tr("%1 is being ported out: it cannot be assigned.")
                .arg(shown(n.e164))));
    } else if (isAssigned(n)) {
        out->append(refusal(field, "inventory.already-assigned",
            PortingService::tr("%1 is already assigned to %2: unassign it first.")
                .arg(shown(n.e164),
                    n.assignedUser.isEmpty() ? n.assignedVoiceConnector : n.assignedUser)));
    }
    if (to == ProductType::BusinessCalling && n.tollFree) {
        out->append(refusal(field, "inventory.toll-free-to-user",
            PortingService::tr("%1 is toll-free: toll-free numbers go to a Voice "
                               "Connector, never to a user.")
                .arg(shown(n.e164))));
    } else if (to == ProductType::BusinessCalling && n.productType != to) {
        out->append(refusal(field, "inventory.product-mismatch",
            PortingService::tr("%1 is a Voice Connector number: assign it to a "
                               "Voice Connector, not to a user.")
                .arg(shown(n.e164))));
    } else if (to == ProductType::VoiceConnector && n.productType != to) {
        out->append(refusal(field, "inventory.product-mismatch",
            PortingService::tr("%1 is a Business Calling number: assign it to a "
                               "user, not to a Voice Connector.")
                .arg(shown(n.e164))));
    }
}

void checkUnassignable(const InventoryNumber &n, const QString &field, Violations *out)
{
    if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.deleted",
            PortingService::tr("%1 is in the deletion queue.").arg(shown(n.e164))));
    } else if (!isAssigned(n)) {
        out->append(refusal(field, "inventory.not-assigned",
            PortingService::tr("%1 is not assigned.").arg(shown(n.e164))));
    }
}

// Why a number cannot go to the deletion queue. With unassigning, an
// assignment is no obstacle (it is removed first).
void checkDeletable(
    const InventoryNumber &n, bool unassigning, const QString &field, Violations *out)
{
    if (n.status == NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.already-deleted",
            PortingService::tr("%1 is already in the deletion queue.").arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortinInProgress) {
        out->append(refusal(field, "inventory.delete-porting-in",
            PortingService::tr("%1 is still being ported in: it cannot be deleted.")
                .arg(shown(n.e164))));
    } else if (n.status == NumberStatus::PortoutInProgress && !n.portedOut) {
        out->append(refusal(field, "inventory.delete-porting-out",
            PortingService::tr("%1 is in an open port-out: it can be deleted once "
                               "it has ported out.")
                .arg(shown(n.e164))));
    } else if (isAssigned(n) && !unassigning) {
        out->append(refusal(field, "inventory.delete-assigned",
            PortingService::tr("%1 is assigned: unassign it before deleting it.")
                .arg(shown(n.e164))));
    }
}

void checkRestorable(
    const InventoryNumber &n, const QDateTime &now, const QString &field, Violations *out)
{
    if (n.status != NumberStatus::DeleteInProgress) {
        out->append(refusal(field, "inventory.not-deleted",
            PortingService::tr("%1 is not in the deletion queue.").arg(shown(n.e164))));
    } else if (n.portedOut) {
        // Deleted after its port-out: the carrier it went to holds it now.
        out->append(refusal(field, "inventory.ported-out",
            PortingService::tr("%1 was ported out: it has left for another carrier and "
                               "cannot be restored. Only a new port-in can bring it back.")
                .arg(shown(n.e164))));
    } else if (n.deletedAt.addDays(PortingService::deletionQueueDays) <= now) {
        out->append(refusal(field, "inventory.restore-expired",
            PortingService::tr("%1 was deleted more than %2 days ago: it can no "
                               "longer be restored.")
                .arg(shown(n.e164))
                .arg(PortingService::deletionQueueDays)));
    }
}

// The assignee of an assignment, checked inside the caller's transaction:
// a valid email (the user is created when new) or an existing connector.
struct Assignee {
    ProductType to = ProductType::BusinessCalling;
    QString key; // email (lower case) or connector name
    VoiceConnector connector;
    QString detail() const
    {
        return to == ProductType::BusinessCalling ? QStringLiteral("user:") + key
                                                  : QStringLiteral("voice-connector:") + key;
    }
};

bool checkAssignee(const Store &store, ProductType to, const QString &typed, Assignee *out,
    Violations *violations, StoreStatus *status)
{
    out->to = to;
    const QString name = typed.trimmed();
    if (to == ProductType::BusinessCalling) {
        out->key = name.toLower();
        if (name.isEmpty()) {
            violations->append(refusal(QStringLiteral("email"), "email.required",
                PortingService::tr("Give the email address of the user.")));
        } else if (!RequestValidator::isValidEmail(name)) {
            violations->append(refusal(QStringLiteral("email"), "email.invalid",
                PortingService::tr("\"%1\" is not a valid email address.").arg(name)));
        }
        return true;
    }
    out->key = name;
    bool found = false;
    if (!VoiceConnectorRepository(store).find(name, &out->connector, &found, status))
        return false;
    if (!found) {
        violations->append(refusal(QStringLiteral("voiceConnector"), "voiceConnector.not-found",
            PortingService::tr("There is no Voice Connector named \"%1\".").arg(name)));
    }
    return true;
}

// One assignment: a Business Calling number to the user with this email, or
// a Voice Connector number to the connector of this name. Checked and
// written in one transaction.
ChangeResult assignNumber(Store &store, const QString &typed, ProductType to, const QString &name)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    sql::WriteTransaction transaction(store);
    if (!transaction.begin(&result.status))
        return result;
    InventoryNumber number;
    if (findOneNumber(store, typed, &number, &result))
        checkAssignable(number, to, QStringLiteral("number"), &result.violations);
    if (!result.status.ok())
        return failedWith(result.status);
    Assignee assignee;
    if (!checkAssignee(store, to, name, &assignee, &result.violations, &result.status))
        return failedWith(result.status);
    if (hasErrors(result.violations))
        return result;

    InventoryRepository inventory(store);
    qint64 userId = 0;
    if ((to == ProductType::BusinessCalling
            && !inventory.ensureUser(assignee.key, now, &userId, &result.status))
        || !inventory.assignMany(
            { number.id }, userId, assignee.connector.id, assignee.detail(), now, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

// A change to several numbers, all or nothing: each named number looked up
// in one transaction and judged by `refuse` (which appends its refusals for
// the number at `path`); when none is refused, `write` changes them all.
ChangeResult changeNumbers(Store &store, const QStringList &typed, const QString &noneNamed,
    const QString &notFound,
    const std::function<void(
        const InventoryNumber &, const QDateTime &, const QString &, Violations *)> &refuse,
    const std::function<bool(
        InventoryRepository &, const QList<qint64> &, const QDateTime &, StoreStatus *)> &write)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    if (typed.isEmpty()) {
        result.violations.append(refusal(QStringLiteral("numbers"), "numbers.required", noneNamed));
        return result;
    }
    sql::WriteTransaction transaction(store);
    if (!transaction.begin(&result.status))
        return result;
    const QStringList keys = numberKeys(typed);
    InventoryRepository inventory(store);
    QHash<QString, InventoryNumber> numbers;
    if (!inventory.findMany(keys, &numbers, &result.status))
        return failedWith(result.status);
    QList<qint64> ids;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString path = QStringLiteral("numbers[%1]").arg(i);
        const auto it = numbers.constFind(keys.at(i));
        if (it == numbers.cend()) {
            result.violations.append(
                refusal(path, "inventory.not-found", notFound.arg(shown(keys.at(i)))));
            continue;
        }
        if (ids.contains(it->id))
            continue; // named twice: changed once
        refuse(*it, now, path, &result.violations);
        ids.append(it->id);
    }
    if (hasErrors(result.violations))
        return result;
    if (!write(inventory, ids, now, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

QString notInInventory()
{
    return PortingService::tr("%1 is not in the phone number inventory.");
}

QString notInInventoryForRestore()
{
    return PortingService::tr("%1 is not in the phone number inventory (a number "
                              "deleted more than %2 days ago is gone for good).")
        // %1 stays for the number (a one-pass arg: the text put in is not read again).
        .arg(QStringLiteral("%1"), QString::number(PortingService::deletionQueueDays));
}

} // namespace

ChangeResult PortingService::assignToUser(const QString &e164, const QString &email)
{
    return assignNumber(m_store, e164, ProductType::BusinessCalling, email);
}

ChangeResult PortingService::assignToVoiceConnector(const QString &e164, const QString &name)
{
    return assignNumber(m_store, e164, ProductType::VoiceConnector, name);
}

ChangeResult PortingService::unassign(const QString &e164)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    InventoryNumber number;
    if (!findOneNumber(m_store, e164, &number, &result))
        return result.status.ok() ? result : failedWith(result.status);
    checkUnassignable(number, QStringLiteral("number"), &result.violations);
    if (hasErrors(result.violations))
        return result;
    if (!InventoryRepository(m_store).unassign(number.id, now, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

ChangeResult PortingService::deleteNumbers(const QStringList &e164)
{
    const auto refuse = [](const InventoryNumber &n, const QDateTime &, const QString &path,
                            Violations *out) { checkDeletable(n, false, path, out); };
    return changeNumbers(m_store, e164, PortingService::tr("Name at least one number to delete."),
        notInInventory(), refuse,
        [](InventoryRepository &inventory, const QList<qint64> &ids, const QDateTime &now,
            StoreStatus *status) { return inventory.markDeleted(ids, now, status); });
}

ChangeResult PortingService::restoreNumbers(const QStringList &e164)
{
    const auto refuse = [](const InventoryNumber &n, const QDateTime &now, const QString &path,
                            Violations *out) { checkRestorable(n, now, path, out); };
    return changeNumbers(m_store, e164, PortingService::tr("Name at least one number to restore."),
        notInInventoryForRestore(), refuse,
        [](InventoryRepository &inventory, const QList<qint64> &ids, const QDateTime &now,
            StoreStatus *status) { return inventory.restore(ids, now, status); });
}

bool PortingService::findNumber(
    const QString &number, InventoryNumber *out, StoreStatus *status) const
{
    const StatusOut st(status);
    bool found = false;
    return InventoryRepository(m_store).find(numberKey(number), out, &found, st) && found;
}

QList<InventoryEvent> PortingService::numberHistory(
    const QString &number, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<InventoryEvent> out;
    if (!InventoryRepository(m_store).history(numberKey(number), &out, st))
        out.clear();
    return out;
}

QString PortingService::describe(const InventoryEvent &event)
{
    // "user:EMAIL" / "voice-connector:NAME" as people read it.
    QString assignee = event.detail;
    if (assignee.startsWith(QLatin1String("user:")))
        assignee = PortingService::tr("user %1").arg(assignee.mid(5));
    else if (assignee.startsWith(QLatin1String("voice-connector:")))
        assignee = PortingService::tr("Voice Connector %1").arg(assignee.mid(16));
    const QString w = event.what;
    if (w == QLatin1String("arrived"))
        return PortingService::tr("Arrived with port-in %1, not yet active").arg(event.caseId);
    if (w == QLatin1String("activated"))
        return PortingService::tr("Activated: port-in %1 completed").arg(event.caseId);
    if (w == QLatin1String("dropped"))
        return PortingService::tr("Removed: port-in %1 was cancelled").arg(event.caseId);
    if (w == QLatin1String("assigned"))
        return PortingService::tr("Assigned to %1").arg(assignee);
    if (w == QLatin1String("unassigned"))
        return PortingService::tr("Unassigned from %1").arg(assignee);
    if (w == QLatin1String("deleted"))
        return PortingService::tr("Deleted: in the deletion queue for %1 days")
            .arg(deletionQueueDays);
    if (w == QLatin1String("restored"))
        return PortingService::tr("Restored from the deletion queue");
    if (w == QLatin1String("purged"))
        return PortingService::tr("Purged from the deletion queue");
    if (w == QLatin1String("port-out"))
        return PortingService::tr("Entered port-out %1").arg(event.caseId);
    if (w == QLatin1String("port-out-cancelled"))
        return PortingService::tr("Port-out %1 was cancelled").arg(event.caseId);
    if (w == QLatin1String("ported-out"))
        return PortingService::tr("Ported out with port-out %1").arg(event.caseId);
    if (w == QLatin1String("imported"))
        return PortingService::tr("Imported from a file as %1").arg(event.detail);
    return event.detail.isEmpty() ? w : w + QStringLiteral(": ") + event.detail;
}

// ---------------------------------------------------------------------------
// Bulk actions on selected numbers

namespace {

enum class BulkOp { AssignUser, AssignConnector, Unassign, Delete, Restore, UnassignAndDelete };

// Numbers written per statement: between two, the progress callback runs.
constexpr int bulkChunk = 1000;

BulkResult bulkFailed(const StoreStatus &status)
{
    BulkResult result;
    const ChangeResult failed = failedWith(status);
    result.status = failed.status;
    return result;
}

BulkResult runBulk(Store &store, const QStringList &typed, BulkOp op, const QString &assigneeName,
    BulkPolicy policy, const BulkProgress &progress)
{
    const QDateTime now = Clock::now();
    BulkResult result;
    if (typed.isEmpty()) {
        result.violations.append(refusal(QStringLiteral("numbers"), "numbers.required",
            PortingService::tr("Select at least one number.")));
        return result;
    }
    sql::WriteTransaction transaction(store);
    if (!transaction.begin(&result.status))
        return result;

    Assignee assignee;
    const bool assigning = op == BulkOp::AssignUser || op == BulkOp::AssignConnector;
    if (assigning) {
        const ProductType to
            = op == BulkOp::AssignUser ? ProductType::BusinessCalling : ProductType::VoiceConnector;
        if (!checkAssignee(store, to, assigneeName, &assignee, &result.violations, &result.status))
            return bulkFailed(result.status);
        if (hasErrors(result.violations))
            return result;
    }

    const QStringList keys = numberKeys(typed);
    InventoryRepository inventory(store);
    QHash<QString, InventoryNumber> numbers;
    if (!inventory.findMany(keys, &numbers, &result.status))
        return bulkFailed(result.status);
    const QString notFound = op == BulkOp::Restore ? notInInventoryForRestore() : notInInventory();

    QList<qint64> accepted;
    QList<qint64> toUnassign; // unassign and delete: those assigned
    QSet<QString> seen;
    seen.reserve(keys.size());
    accepted.reserve(keys.size());
    const QString field = QStringLiteral("number");
    for (const QString &key : keys) {
        if (seen.contains(key))
            continue; // named twice: judged and changed once
        seen.insert(key);
        const auto it = numbers.constFind(key);
        Violations why;
        if (it == numbers.cend()) {
            why.append(refusal(field, "inventory.not-found", notFound.arg(shown(key))));
        } else {
            switch (op) {
            case BulkOp::AssignUser:
                checkAssignable(*it, ProductType::BusinessCalling, field, &why);
                break;
            case BulkOp::AssignConnector:
                checkAssignable(*it, ProductType::VoiceConnector, field, &why);
                break;
            case BulkOp::Unassign:
                checkUnassignable(*it, field, &why);
                break;
            case BulkOp::Delete:
                checkDeletable(*it, false, field, &why);
                break;
            case BulkOp::UnassignAndDelete:
                checkDeletable(*it, true, field, &why);
                break;
            case BulkOp::Restore:
                checkRestorable(*it, now, field, &why);
                break;
            }
        }
        if (hasErrors(why)) {
            // The first reason: the one to act on first.
            result.refused.append(NumberRefusal { key, why.first().rule, why.first().message });
            continue;
        }
        accepted.append(it->id);
        if (op == BulkOp::UnassignAndDelete && isAssigned(*it))
            toUnassign.append(it->id);
    }
    result.requested = int(seen.size());
    if (accepted.isEmpty() || (policy == BulkPolicy::AllOrNothing && !result.refused.isEmpty()))
        return result; // nothing to change (rolled back: nothing was written)

    qint64 userId = 0;
    if (op == BulkOp::AssignUser
        && !inventory.ensureUser(assignee.key, now, &userId, &result.status))
        return bulkFailed(result.status);

    const int total = int(accepted.size());
    if (progress && !progress(0, total)) {
        result.cancelled = true;
        return result;
    }
    if (op == BulkOp::UnassignAndDelete && !inventory.unassignMany(toUnassign, now, &result.status))
        return bulkFailed(result.status);
    for (int first = 0; first < total; first += bulkChunk) {
        const QList<qint64> chunk = accepted.mid(first, bulkChunk);
        bool written = false;
        switch (op) {
        case BulkOp::AssignUser:
        case BulkOp::AssignConnector:
            written = inventory.assignMany(
                chunk, userId, assignee.connector.id, assignee.detail(), now, &result.status);
            break;
        case BulkOp::Unassign:
            written = inventory.unassignMany(chunk, now, &result.status);
            break;
        case BulkOp::Delete:
        case BulkOp::UnassignAndDelete:
            written = inventory.markDeleted(chunk, now, &result.status);
            break;
        case BulkOp::Restore:
            written = inventory.restore(chunk, now, &result.status);
            break;
        }
        if (!written)
            return bulkFailed(result.status);
        const int done = std::min(total, first + bulkChunk);
        if (progress && !progress(done, total)) {
            result.cancelled = true; // rolled back by the transaction's end
            return result;
        }
    }
    if (!transaction.commit(&result.status))
        return bulkFailed(result.status);
    result.changed = total;
    return result;
}

} // namespace

BulkResult PortingService::assignSelectedToUser(const QStringList &numbers, const QString &email,
    BulkPolicy policy, const BulkProgress &progress)
{
    return runBulk(m_store, numbers, BulkOp::AssignUser, email, policy, progress);
}

BulkResult PortingService::assignSelectedToVoiceConnector(const QStringList &numbers,
    const QString &name, BulkPolicy policy, const BulkProgress &progress)
{
    return runBulk(m_store, numbers, BulkOp::AssignConnector, name, policy, progress);
}

BulkResult PortingService::unassignSelected(
    const QStringList &numbers, BulkPolicy policy, const BulkProgress &progress)
{
    return runBulk(m_store, numbers, BulkOp::Unassign, QString(), policy, progress);
}

BulkResult PortingService::deleteSelected(
    const QStringList &numbers, BulkPolicy policy, const BulkProgress &progress)
{
    return runBulk(m_store, numbers, BulkOp::Delete, QString(), policy, progress);
}

BulkResult PortingService::restoreSelected(
    const QStringList &numbers, BulkPolicy policy, const BulkProgress &progress)
{
    return runBulk(m_store, numbers, BulkOp::Restore, QString(), policy, progress);
}

BulkResult PortingService::unassignAndDeleteSelected(
    const QStringList &numbers, BulkPolicy policy, const BulkProgress &progress)
{
    return runBulk(m_store, numbers, BulkOp::UnassignAndDelete, QString(), policy, progress);
}

BulkResult PortingService::finishPortOut(qint64 caseId, const BulkProgress &progress)
{
    BulkResult result;
    CaseRow row;
    bool found = false;
    if (!CaseRepository(m_store).load(caseId, false, &row, &found, &result.status))
        return bulkFailed(result.status);
    if (!found) {
        result.violations = caseNotFound(caseId).violations;
        return result;
    }
    if (row.kind != CaseKind::PortOut || row.state != CaseState::PortedOut) {
        result.violations.append(refusal(QStringLiteral("case"), "case.not-ported-out",
            row.kind != CaseKind::PortOut
                ? PortingService::tr("Case %1 is a port-in: only a port-out ends by deleting "
                                     "its numbers.")
                      .arg(caseId)
                : PortingService::tr("Case %1 has not ported out (it is %2): its numbers stay "
                                     "until the carrier has taken them.")
                      .arg(caseId)
                      .arg(displayName(row.state))));
        return result;
    }
    QStringList numbers;
    if (!InventoryRepository(m_store).notDeletedOfPortOut(caseId, &numbers, &result.status))
        return bulkFailed(result.status);
    if (numbers.isEmpty())
        return result; // all deleted already: the clock closes the case
    // Every number of the case, or none: a half-finished port-out helps nobody.
    return runBulk(
        m_store, numbers, BulkOp::UnassignAndDelete, QString(), BulkPolicy::AllOrNothing, progress);
}

// ---------------------------------------------------------------------------
// Users

namespace {

constexpr int maxUserNameLength = 200;

Violations userRefusals(const QString &email, const QString &name)
{
    Violations out;
    if (email.isEmpty()) {
        out.append(refusal(QStringLiteral("email"), "email.required",
            PortingService::tr("Give the email address of the user.")));
    } else if (!RequestValidator::isValidEmail(email)) {
        out.append(refusal(QStringLiteral("email"), "email.invalid",
            PortingService::tr("\"%1\" is not a valid email address.").arg(email)));
    }
    if (name.size() > maxUserNameLength) {
        out.append(refusal(QStringLiteral("name"), "user.name-too-long",
            PortingService::tr("The name is too long: at most %1 characters.")
                .arg(maxUserNameLength)));
    }
    return out;
}

} // namespace

ChangeResult PortingService::addUser(const QString &email, const QString &name)
{
    ChangeResult result;
    User user;
    user.email = email.trimmed().toLower();
    user.name = name.trimmed();
    user.createdAt = Clock::now();
    result.violations = userRefusals(user.email, user.name);
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    InventoryRepository inventory(m_store);
    if (!user.email.isEmpty()) {
        User existing;
        bool found = false;
        if (!inventory.findUser(user.email, &existing, &found, &result.status))
            return failedWith(result.status);
        if (found) {
            result.violations.append(refusal(QStringLiteral("email"), "user.email-taken",
                PortingService::tr("A user with the email address %1 already exists.")
                    .arg(user.email)));
        }
    }
    if (hasErrors(result.violations))
        return result;
    if (!inventory.addUser(&user, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = user.id;
    return result;
}

ChangeResult PortingService::editUser(qint64 id, const QString &email, const QString &name)
{
    ChangeResult result;
    result.id = id;
    User user;
    user.id = id;
    user.email = email.trimmed().toLower();
    user.name = name.trimmed();
    result.violations = userRefusals(user.email, user.name);
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    InventoryRepository inventory(m_store);
    User current;
    bool found = false;
    if (!inventory.findUserById(id, &current, &found, &result.status))
        return failedWith(result.status);
    if (!found) {
        result.violations.append(refusal(QStringLiteral("user"), "user.not-found",
            PortingService::tr("The user no longer exists.")));
        return result;
    }
    if (!user.email.isEmpty() && user.email != current.email) {
        User other;
        if (!inventory.findUser(user.email, &other, &found, &result.status))
            return failedWith(result.status);
        if (found) {
            result.violations.append(refusal(QStringLiteral("email"), "user.email-taken",
                PortingService::tr("A user with the email address %1 already exists.")
                    .arg(user.email)));
        }
    }
    if (hasErrors(result.violations))
        return result;
    if (!inventory.updateUser(user, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

QList<User> PortingService::listUsers(const QString &contains, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<User> out;
    if (!InventoryRepository(m_store).listUsers(contains, &out, st))
        out.clear();
    return out;
}

// ---------------------------------------------------------------------------
// Voice Connectors

namespace {

// The rules of a connector's name and region (the region already lower case).
Violations connectorRefusals(const VoiceConnector &connector)
{
    Violations out;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$"));
    if (connector.name.isEmpty()) {
        out.append(refusal(QStringLiteral("name"), "voiceConnector.name-required",
            PortingService::tr("Give the Voice Connector a name.")));
    } else if (!allowed.match(connector.name).hasMatch()) {
        out.append(refusal(QStringLiteral("name"), "voiceConnector.name-invalid",
            PortingService::tr("\"%1\" is not a usable Voice Connector name: up to 100 "
                               "letters, digits, spaces, dots, dashes and underscores, "
                               "starting with a letter or digit.")
                .arg(connector.name)));
    }
    if (!PortingService::voiceConnectorRegions().contains(connector.region)) {
        out.append(refusal(QStringLiteral("region"), "voiceConnector.region-unknown",
            PortingService::tr("\"%1\" is not a Voice Connector region; use one of %2.")
                .arg(connector.region,
                    PortingService::voiceConnectorRegions().join(QStringLiteral(", ")))));
    }
    return out;
}

// A connector named `name` other than `exceptId`: the name is taken.
bool checkNameFree(
    const Store &store, const QString &name, qint64 exceptId, Violations *out, StoreStatus *status)
{
    if (name.isEmpty())
        return true;
    VoiceConnector existing;
    bool found = false;
    if (!VoiceConnectorRepository(store).find(name, &existing, &found, status))
        return false;
    if (found && existing.id != exceptId) {
        out->append(refusal(QStringLiteral("name"), "voiceConnector.name-taken",
            PortingService::tr("A Voice Connector named \"%1\" already exists.").arg(name)));
    }
    return true;
}

QString caseList(const QList<qint64> &ids)
{
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(QStringLiteral(", "));
}

} // namespace

ChangeResult PortingService::createVoiceConnector(
    const QString &name, const QString &region, bool encryption)
{
    ChangeResult result;
    VoiceConnector connector;
    connector.name = name.trimmed();
    connector.region
        = region.trimmed().isEmpty() ? voiceConnectorRegions().first() : region.trimmed().toLower();
    connector.encryption = encryption;
    connector.createdAt = Clock::now();
    result.violations = connectorRefusals(connector);
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    if (!checkNameFree(m_store, connector.name, 0, &result.violations, &result.status))
        return failedWith(result.status);
    if (hasErrors(result.violations))
        return result;
    if (!VoiceConnectorRepository(m_store).create(&connector, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = connector.id;
    return result;
}

ChangeResult PortingService::editVoiceConnector(
    qint64 id, const QString &name, const QString &region, bool encryption)
{
    ChangeResult result;
    result.id = id;
    VoiceConnector connector;
    connector.id = id;
    connector.name = name.trimmed();
    connector.region
        = region.trimmed().isEmpty() ? voiceConnectorRegions().first() : region.trimmed().toLower();
    connector.encryption = encryption;
    result.violations = connectorRefusals(connector);
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    VoiceConnectorRepository connectors(m_store);
    VoiceConnector current;
    bool found = false;
    if (!connectors.findById(id, &current, &found, &result.status))
        return failedWith(result.status);
    if (!found) {
        result.violations.append(
            refusal(QStringLiteral("voiceConnector"), "voiceConnector.not-found",
                PortingService::tr("The Voice Connector no longer exists.")));
        return result;
    }
    if (connector.name != current.name) {
        if (!checkNameFree(m_store, connector.name, id, &result.violations, &result.status))
            return failedWith(result.status);
        // An open port-in finds its connector by name.
        QList<qint64> cases;
        if (!connectors.openPortInsNaming(current.name, &cases, &result.status))
            return failedWith(result.status);
        if (!cases.isEmpty()) {
            result.violations.append(refusal(QStringLiteral("name"), "voiceConnector.in-port-in",
                PortingService::tr("\"%1\" cannot be renamed while open port-ins name it "
                                   "(case %2).")
                    .arg(current.name, caseList(cases))));
        }
    }
    if (hasErrors(result.violations))
        return result;
    connector.createdAt = current.createdAt;
    if (!connectors.update(connector, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

ChangeResult PortingService::deleteVoiceConnector(qint64 id)
{
    ChangeResult result;
    result.id = id;
    sql::WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    VoiceConnectorRepository connectors(m_store);
    VoiceConnector current;
    bool found = false;
    if (!connectors.findById(id, &current, &found, &result.status))
        return failedWith(result.status);
    if (!found) {
        result.violations.append(
            refusal(QStringLiteral("voiceConnector"), "voiceConnector.not-found",
                PortingService::tr("The Voice Connector no longer exists.")));
        return result;
    }
    if (current.numberCount > 0) {
        result.violations.append(refusal(QStringLiteral("voiceConnector"), "voiceConnector.in-use",
            PortingService::tr("\"%1\" has %n number(s) assigned: unassign them before deleting "
                               "it.",
                nullptr, current.numberCount)
                .arg(current.name)));
    }
    QList<qint64> cases;
    if (!connectors.openPortInsNaming(current.name, &cases, &result.status))
        return failedWith(result.status);
    if (!cases.isEmpty()) {
        result.violations.append(refusal(QStringLiteral("voiceConnector"),
            "voiceConnector.in-port-in",
            PortingService::tr("\"%1\" cannot be deleted while open port-ins name it (case %2).")
                .arg(current.name, caseList(cases))));
    }
    if (hasErrors(result.violations))
        return result;
    if (!connectors.remove(id, &result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

bool PortingService::findVoiceConnector(
    const QString &name, VoiceConnector *out, StoreStatus *status) const
{
    const StatusOut st(status);
    bool found = false;
    return VoiceConnectorRepository(m_store).find(name.trimmed(), out, &found, st) && found;
}

QList<VoiceConnector> PortingService::listVoiceConnectors(StoreStatus *status) const
{
    const StatusOut st(status);
    QList<VoiceConnector> out;
    if (!VoiceConnectorRepository(m_store).list(&out, st))
        out.clear();
    return out;
}

PortingService::NumbersInUse PortingService::numbersInUse(
    const QStringList &e164, StoreStatus *status) const
{
    const StatusOut st(status);
    const StoreContext context(m_store, 0);
    NumbersInUse used;
    used.inInventory = context.numbersInInventory(e164);
    used.inOpenPortIn = context.numbersInOpenPortIn(e164);
    *st = context.status();
    if (!(*st).ok())
        return {};
    return used;
}

// ---------------------------------------------------------------------------
// Drafts

namespace {

void stampExpiry(Draft *d, const QDateTime &now)
{
    d->expiresAt = d->updatedAt.addDays(PortingService::draftRetentionDays);
    d->expiresSoon = now.addDays(PortingService::draftWarningDays) >= d->expiresAt;
}

} // namespace

ChangeResult PortingService::saveDraft(
    qint64 id, const QString &kind, const QString &title, const QJsonObject &content)
{
    ChangeResult result;
    const QDateTime now = Clock::now();
    Draft draft;
    draft.id = id;
    draft.kind = kind;
    draft.title = title;
    draft.content = content;
    draft.createdAt = now;
    draft.updatedAt = now;
    sql::WriteTransaction transaction(m_store);
    bool found = false;
    if (!transaction.begin(&result.status)
        || !DraftRepository(m_store).save(&draft, &found, &result.status))
        return result;
    if (!found) {
        // Pruned or discarded elsewhere meanwhile: keep the work as a new draft.
        draft.id = 0;
        if (!DraftRepository(m_store).save(&draft, &found, &result.status))
            return result;
    }
    if (!transaction.commit(&result.status))
        return result;
    result.id = draft.id;
    return result;
}

QList<Draft> PortingService::listDrafts(const QString &kind, StoreStatus *status) const
{
    const StatusOut st(status);
    QList<Draft> drafts;
    if (!DraftRepository(m_store).list(kind, &drafts, st))
        return {};
    const QDateTime now = Clock::now();
    for (Draft &d : drafts)
        stampExpiry(&d, now);
    return drafts;
}

bool PortingService::loadDraft(qint64 id, Draft *out, StoreStatus *status) const
{
    const StatusOut st(status);
    bool found = false;
    if (!DraftRepository(m_store).load(id, out, &found, st) || !found)
        return false;
    stampExpiry(out, Clock::now());
    return true;
}

ChangeResult PortingService::discardDraft(qint64 id)
{
    ChangeResult result;
    sql::WriteTransaction transaction(m_store);
    bool found = false;
    if (!transaction.begin(&result.status)
        || !DraftRepository(m_store).remove(id, &found, &result.status))
        return result;
    if (!found) {
        result.violations.append(refusal(QStringLiteral("draft"), "draft.not-found",
            PortingService::tr("The draft no longer exists (it may have been discarded or "
                               "pruned already).")));
        return result;
    }
    transaction.commit(&result.status);
    return result;
}

} // namespace portdesk
