// SPDX-License-Identifier: Apache-2.0
#include "CaseService.h"

#include "core/CustomerTime.h"

#include "CaseSteps.h"
#include "SecretService.h"
#include "LoaService.h"
#include "ServiceSupport.h"
#include "StoreContext.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "core/PortNumberStatus.h"
#include "core/RequestValidator.h"
#include "store/CaseRepository.h"
#include "store/InventoryRepository.h"
#include "store/Transaction.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QSet>

namespace portdesk {

using namespace service;

namespace {

// A port-in request as stored: every number and BTN in E.164, and which
// numbers are toll-free.
struct StoredPortIn {
    PortInRequest request;
    QStringList tollFree;
};

// The LOA's contact phone and the numbers that stay with the carrier, in
// E.164 where they can be read (as typed otherwise: the validation says why).
void storeLoaNumbers(PortInRequest *request)
{
    for (CarrierGroup &group : request->carriers) {
        if (group.authorizingPhone.isEmpty() && group.remainingNumbers.isEmpty())
            continue;
        QStringList typed = group.remainingNumbers;
        typed.prepend(group.authorizingPhone);
        const QList<NumberCheck> checks = PhoneNumbers::checkAll(typed);
        const auto stored = [&](qsizetype i) {
            return checks.at(i).e164.isEmpty() ? typed.at(i).trimmed() : checks.at(i).e164;
        };
        group.authorizingPhone = stored(0);
        for (qsizetype j = 0; j < group.remainingNumbers.size(); ++j)
            group.remainingNumbers[j] = stored(j + 1);
    }
}

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
    storeLoaNumbers(&out.request);
    // The request keeps its zone: the one given, else the one of its offset
    // and service address (empty only when no US zone has that offset).
    if (out.request.timeZone.isEmpty())
        out.request.timeZone = inferredTimeZoneId(out.request);
    return out;
}

// The same, with the numbers' checks the validation made (checkAll of
// allNumbers(), in order): only the BTNs are read again.
StoredPortIn storedForm(const PortInRequest &request, const QList<NumberCheck> &numberChecks)
{
    StoredPortIn out { request, {} };
    QStringList typed;
    for (const CarrierGroup &group : std::as_const(out.request.carriers))
        typed << group.btn;
    typed << out.request.newBtn;
    const StoredNumbers btns = storedNumbers(typed);
    qsizetype at = 0;
    qsizetype number = 0;
    for (CarrierGroup &group : out.request.carriers) {
        group.btn = btns.e164.at(at++);
        for (QString &typedNumber : group.numbers) {
            const NumberCheck &check = numberChecks.at(number++);
            if (check.tollFree)
                out.tollFree << check.e164;
            typedNumber = check.e164.isEmpty() ? typedNumber.trimmed() : check.e164;
        }
    }
    if (!out.request.newBtn.isEmpty())
        out.request.newBtn = btns.e164.at(at);
    storeLoaNumbers(&out.request);
    // The request keeps its zone: the one given, else the one of its offset
    // and service address (empty only when no US zone has that offset).
    if (out.request.timeZone.isEmpty())
        out.request.timeZone = inferredTimeZoneId(out.request);
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
            { QStringLiteral("authorizingPhone"), g.authorizingPhone },
            { QStringLiteral("authorizingEmail"), g.authorizingEmail },
            { QStringLiteral("customerType"), toString(g.customerType) },
            { QStringLiteral("portType"), toString(g.portScope) },
            { QStringLiteral("remainingNumbers"), g.remainingNumbers.join(QChar(0x1f)) },
            { QStringLiteral("currentRespOrg"), g.currentRespOrg },
            { QStringLiteral("targetRespOrgId"), g.targetRespOrgId },
        };
        for (const auto &field : fields)
            out.append({ field.first, prefix + field.first, field.second });
    }
    return out;
}

// Only an admin requests a port (the state machine's role for Submit).
// A change that brings an account number, PIN or account ID needs this
// person's key to the store: without it they cannot be sealed (refused with
// store.key-unavailable rather than a failure of the store).
bool maySealSecrets(const Store &store, ChangeResult *result)
{
    if (store.secretsReadable())
        return true;
    result->violations.append(refusal(QStringLiteral("store"), "store.key-unavailable",
        CaseService::tr("This store's account numbers and PINs cannot be read or written with "
                        "your key: %1")
            .arg(store.secretsProblem())));
    return false;
}

bool mayRequest(Role actor, CaseKind kind, ChangeResult *result)
{
    if (actor == CaseStateMachine::roleFor(CaseEvent::Submit))
        return true;
    result->violations.append(refusal(QStringLiteral("actor"), "event.wrong-role",
        kind == CaseKind::PortIn
            ? CaseService::tr("Only an admin can submit a port-in request.")
            : CaseService::tr("Only an admin can submit a port-out request.")));
    return false;
}

// A case's first event: the request, as stored.
StoredEvent submitEvent(CaseKind kind, Role actor, const QDateTime &now, QJsonObject payload)
{
    StoredEvent submit;
    submit.seq = 1;
    submit.event = CaseEvent::Submit;
    submit.actor = actor;
    submit.at = now;
    submit.stateAfter = CaseStateMachine::initialState(kind);
    payload.insert(QStringLiteral("kind"), toString(kind));
    submit.payload = payload;
    return submit;
}

} // namespace

ChangeResult CaseService::submitPortIn(const PortInRequest &request, Role actor)
{
    return submitOnce([&] { return submitPortInOnce(request, actor); });
}

ChangeResult CaseService::submitPortOut(const PortOutRequest &request, Role actor)
{
    return submitOnce([&] { return submitPortOutOnce(request, actor); });
}

// A new case, run once for good: after a lost connection whose commit went
// through, the case its key names is the answer (not a second case).
ChangeResult CaseService::submitOnce(const std::function<ChangeResult()> &attempt)
{
    const QString key = newRequestKey();
    return runChange(m_store, key, attempt, [&] {
        qint64 caseId = 0;
        StoreStatus status;
        if (!CaseRepository(m_store).caseOfRequestKey(key, &caseId, &status) || caseId == 0)
            return failedWith(status);
        return committedChange(caseId);
    });
}

ChangeResult CaseService::submitPortInOnce(const PortInRequest &request, Role actor)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    if (!roleOfLogin(m_store, actor, &result) || !mayRequest(actor, CaseKind::PortIn, &result)
        || !maySealSecrets(m_store, &result))
        return result;
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;

    // Checked inside the write transaction: what it found stays true until
    // the commit, whoever else writes to the store.
    const StoreContext context(m_store, 0);
    QList<NumberCheck> numberChecks;
    result.violations = RequestValidator::validate(request, now, &context, &numberChecks);
    if (!context.status().ok())
        return failedWith(context.status());
    if (hasErrors(result.violations))
        return result;

    const StoredPortIn stored = storedForm(request, numberChecks);
    const StoredEvent submit = submitEvent(
        CaseKind::PortIn, actor, now, requestPayload(stored.request.toJson(), stored.tollFree));

    CaseRow row;
    if (!CaseRepository(m_store).create(submit, &row, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = row.id;
    result.state = row.state;
    return result;
}

ChangeResult CaseService::submitPortOutOnce(const PortOutRequest &request, Role actor)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    // Issue 13: on a team store a port-out is filed by an admin of the
    // account whose numbers leave, never by support.
    const TeamIdentity &team = m_store.team();
    if (team.roleFromLogin() && team.role != Role::Admin) {
        result.violations.append(refusal(QStringLiteral("actor"), "team.port-out-admin-only",
            CaseService::tr("On a team store only an admin of the account files a port-out; "
                            "the login %1 is support.")
                .arg(team.login)));
        return result;
    }
    if (!roleOfLogin(m_store, actor, &result) || !mayRequest(actor, CaseKind::PortOut, &result))
        return result;
    PortOutRequest stored = request;
    stored.numbers = numberKeys(request.numbers);
    const QStringList e164 = stored.numbers;

    WriteTransaction transaction(m_store);
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

    const StoredEvent submit
        = submitEvent(CaseKind::PortOut, actor, now, requestPayload(stored.toJson(), {}));

    CaseRow row;
    if (!CaseRepository(m_store).create(submit, &row, &result.status)
        || !InventoryRepository(m_store).beginPortOut(e164, row.id, now, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = row.id;
    result.state = row.state;
    return result;
}

ChangeResult CaseService::advance(
    qint64 caseId, CaseEvent event, Role role, const EventArgs &args, const ChangeBasis &basis)
{
    return runChange(
        m_store, basis.requestKey, [&] { return advanceOnce(caseId, event, role, args, basis); },
        [&] { return committedChange(caseId); });
}

ChangeResult CaseService::committedChange(qint64 caseId) const
{
    ChangeResult result;
    result.id = caseId;
    CaseRow row;
    bool found = false;
    if (!CaseRepository(m_store).load(caseId, false, &row, &found, &result.status) || !found)
        return failedWith(result.status);
    result.state = row.state;
    return result;
}

ChangeResult CaseService::advanceOnce(
    qint64 caseId, CaseEvent event, Role role, const EventArgs &args, const ChangeBasis &basis)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    result.id = caseId;
    if (!roleOfLogin(m_store, role, &result)
        || (event == CaseEvent::IssuePin && !maySealSecrets(m_store, &result)))
        return result;
    if (event == CaseEvent::Submit) {
        result.violations.append(refusal(QStringLiteral("event"), "event.illegal-state",
            CaseService::tr("A case is submitted once, with its request.")));
        return result;
    }
    // Rejected numbers are stored in E.164, each once, with a reason code.
    EventArgs stepArgs = args;
    if (event == CaseEvent::RejectNumbers) {
        QStringList typed;
        for (const QString &n : args.numbers) {
            if (!n.trimmed().isEmpty())
                typed << n.trimmed();
        }
        const QList<NumberCheck> checks = PhoneNumbers::checkAll(typed);
        stepArgs.numbers.clear();
        for (qsizetype i = 0; i < typed.size(); ++i) {
            const QString e164 = checks.at(i).e164.isEmpty() ? typed.at(i) : checks.at(i).e164;
            if (!stepArgs.numbers.contains(e164))
                stepArgs.numbers << e164;
        }
        stepArgs.reasonCode = args.reasonCode.trimmed();
        if (stepArgs.reasonCode.isEmpty())
            stepArgs.reasonCode = NumberRejectionReasons::defaultCode();
        stepArgs.reason = args.reason.trimmed();
        stepArgs.endsCase = false;
    }
    WriteTransaction transaction(m_store);
    CaseRow row;
    CaseFacts facts;
    if (!openCase(m_store, &transaction, caseId, true, 0, &row, &result)
        || !versionMatches(m_store, row, basis, &result))
        return result;
    if (!factsFor(m_store, row, &facts, &result.status))
        return failedWith(result.status);

    const Decision decision = CaseStateMachine::decide(facts, event, role, stepArgs, now);
    if (!decision.allowed) {
        result.violations.append(Violation {
            decision.field.isEmpty() ? QStringLiteral("event") : decision.field, decision.rule,
            decision.reason, Violation::Severity::Error });
        return result;
    }
    // A reason is shown to everyone who opens the case, as written.
    if (!stepArgs.reason.trimmed().isEmpty()) {
        result.violations += secretsInText(row.toRecord(), stepArgs.reason,
            QStringLiteral("reason"), QStringLiteral("reason.contains-secret"),
            CaseService::tr("The reason"));
        if (hasErrors(result.violations))
            return result;
    }
    // Every carrier group's LOA signed, within its validity, for the request
    // as it stands: read in this transaction, so a signature cannot be
    // missing by the time the step commits.
    if (event == CaseEvent::SubmitLoa) {
        result.violations = LoaService(m_store).loaSubmitBlockers(caseId, &result.status);
        if (!result.status.ok())
            return failedWith(result.status);
        if (hasErrors(result.violations))
            return result;
    }
    if (event == CaseEvent::RejectNumbers)
        stepArgs.endsCase = decision.next == CaseState::NotPortable;
    if (!applyEvent(m_store, &row, event, role, stepArgs, decision.next, now, {}, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.state = row.state;
    return result;
}

ChangeResult CaseService::correctPortIn(
    qint64 caseId, const PortInRequest &corrected, Role role, const ChangeBasis &basis)
{
    return runChange(
        m_store, basis.requestKey,
        [&] { return correct(caseId, corrected, role, Correction::Apply, basis); },
        [&] { return committedChange(caseId); });
}

ChangeResult CaseService::checkCorrection(
    qint64 caseId, const PortInRequest &corrected, Role role, const ChangeBasis &basis)
{
    return correct(caseId, corrected, role, Correction::CheckWithoutSignatures, basis);
}

ChangeResult CaseService::correct(qint64 caseId, const PortInRequest &corrected, Role role,
    Correction mode, const ChangeBasis &basis)
{
    const QDateTime now = Clock::now();
    ChangeResult result;
    result.id = caseId;
    if (!maySealSecrets(m_store, &result))
        return result;
    WriteTransaction transaction(m_store);
    CaseRepository cases(m_store);
    CaseRow row;
    if (!openCase(m_store, &transaction, caseId, true, 0, &row, &result)
        || !versionMatches(m_store, row, basis, &result))
        return result;
    if (row.kind != CaseKind::PortIn || row.state != CaseState::ChangeRequested) {
        result.violations.append(refusal(QStringLiteral("case"), "case.no-change-requested",
            CaseService::tr("Case %1 has no open change request to correct.").arg(caseId)));
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
            CaseService::tr("A correction cannot add or remove carrier groups.")));
    } else {
        for (qsizetype i = 0; i < was.size(); ++i) {
            if (!named.contains(was.at(i).name) && was.at(i).value != becomes.at(i).value) {
                result.violations.append(refusal(was.at(i).path, "change.not-requested",
                    CaseService::tr(
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
    // A request filed before PortDesk asked for the LOA's newer fields
    // (customer type, phone, full or partial, ...) is corrected as it was
    // filed: a field it never had is not required of the correction unless
    // the change request names it.
    {
        QSet<QString> emptyBefore;
        for (const FieldValue &f : was) {
            if (f.value.isEmpty())
                emptyBefore.insert(f.path);
        }
        const QStringList requiredRules = RequestValidator::loaFieldRequiredRules();
        checks.erase(std::remove_if(checks.begin(), checks.end(),
                         [&](const Violation &v) {
                             const QString name = v.field.section(QLatin1Char('.'), -1);
                             return requiredRules.contains(v.rule) && emptyBefore.contains(v.field)
                                 && !named.contains(name);
                         }),
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
        result.violations
            += LoaService(m_store).loaSubmitBlockers(caseId, asStored, &result.status);
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

} // namespace portdesk
