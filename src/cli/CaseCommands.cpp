#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "core/Secret.h"
#include "documents/LoaContent.h"
#include "documents/LoaDocument.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace portdesk::cli {

namespace {

const char kAdvanceHelp[] = R"(Usage: portdesk-cli case advance ID EVENT [options]

Port-in events (role):
  portable (support)                  not-portable --reason T (support)
  request-loa (support)               submit-loa (admin; every LOA signed: loa sign)
  request-change --fields F1,F2 [--reason T] (support)
  approve (support)                   set-foc --at ISO (support)
  confirm-foc (admin)                 reject-foc [--reason T] (admin: ask for another date)
  cancel [--reason T] (admin; refused within 48 hours of the FOC)
Port-out events:
  issue-pin --account-id ID --pin PIN (support)
  ported-out (support)                cancel (admin)

Options:
  --as admin|support   the role taking the step (default: the event's own role)
  --reason T           --fields F1,F2 (request-file names, e.g. accountNumber,serviceAddress)
  --at ISO-8601        --account-id ID        --pin PIN
)";

} // namespace

namespace {

int cmdSubmit(CliContext &ctx, const QStringList &args, CaseKind kind);
QJsonObject caseJson(const CaseRecord &c, bool reveal);

int cmdSubmit(CliContext &ctx, const QStringList &args, CaseKind kind)
{
    const bool portIn = kind == CaseKind::PortIn;
    const QString help = portIn
        ? QStringLiteral(
              "Usage: portdesk-cli port-in submit REQUEST.json [--dry-run]\n\n"
              "Submits a port-in request (the request file shape is in DESIGN.md; - reads\n"
              "stdin). Every rule is checked; all violations are reported at once, one a\n"
              "line on stderr (exit 1). On success prints the new case id alone on a line.\n"
              "  --dry-run   check against the store, submit nothing\n")
        : QStringLiteral(
              "Usage: portdesk-cli port-out submit REQUEST.json\n\n"
              "Submits a port-out request: {\"productType\": ..., \"adminEmail\": ...,\n"
              "\"numbers\": [...]}. The numbers must be in the inventory. Prints the new\n"
              "case id alone on a line.\n");
    CommandParser p(help, {});
    if (portIn)
        p.add({ "dry-run" });
    int answer = Done;
    if (p.answered(ctx, args, &answer))
        return answer;
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 2 || pos.first() != QLatin1String("submit"))
        return ctx.usage(portIn ? QCoreApplication::translate("CliApp", "port-in needs: submit REQUEST.json")
                            : QCoreApplication::translate("CliApp", "port-out needs: submit REQUEST.json"),
                     help);
    QJsonObject json;
    QString error;
    if (!readJsonFile(pos.at(1), &json, &error))
        return ctx.usage(error, QString());
    Violations problems;
    const PortInRequest portInRequest = portIn ? PortInRequest::fromJson(json, &problems) : PortInRequest();
    const PortOutRequest portOutRequest = portIn ? PortOutRequest() : PortOutRequest::fromJson(json, &problems);
    if (const int status = ctx.openStore())
        return status;

    // A request that could not be read in full is still checked against
    // every rule, so that all its problems are reported at once.
    const bool dryRun = portIn && p.parser.isSet(QStringLiteral("dry-run"));
    if (dryRun || hasErrors(problems)) {
        ChangeResult checked;
        checked.violations = problems + (portIn ? ctx.service->cases.checkPortIn(portInRequest) : Violations());
        const int code = reportResult(checked, ctx.err);
        if (ctx.json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("violations"), violationsJson(checked.violations)}})
                         .toJson(QJsonDocument::Indented);
        return code;
    }
    const ChangeResult result = portIn ? ctx.service->cases.submitPortIn(portInRequest, Role::Admin)
                                       : ctx.service->cases.submitPortOut(portOutRequest, Role::Admin);
    const int code = reportResult(result, ctx.err);
    if (code != Done)
        return code;
    if (ctx.json)
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), result.id},
                                           {QStringLiteral("state"), toString(result.state)},
                                           {QStringLiteral("warnings"), violationsJson(result.violations)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        ctx.out << result.id << '\n';
    return Done;
}

QJsonObject caseJson(const CaseRecord &c, bool reveal)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("kind"), toString(c.kind)},
                  {QStringLiteral("state"), toString(c.state)},
                  {QStringLiteral("stateLabel"), displayName(c.state)},
                  {QStringLiteral("orderStatus"), orderStatus(c.state)},
                  {QStringLiteral("productType"), toString(c.productType)},
                  {QStringLiteral("adminEmail"), c.adminEmail},
                  {QStringLiteral("focAt"), isoOrNull(c.focAt)},
                  {QStringLiteral("createdAt"), isoOrNull(c.createdAt)},
                  {QStringLiteral("updatedAt"), isoOrNull(c.updatedAt)}};
    QJsonArray numbers;
    for (const QString &n : c.numbers)
        numbers.append(n);
    o.insert(QStringLiteral("numbers"), numbers);
    if (c.kind == CaseKind::PortIn) {
        QJsonObject request = c.portIn.toJson();
        QJsonArray groups = request.value(QStringLiteral("carriers")).toArray();
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QJsonObject g = groups.at(i).toObject();
            const CarrierGroup &src = c.portIn.carriers.at(i);
            g.insert(QStringLiteral("accountNumber"), Secret::accountNumber(src.accountNumber).shown(reveal));
            g.insert(QStringLiteral("pin"), Secret::pin(src.pin).shown(reveal));
            groups.replace(i, g);
        }
        o.insert(QStringLiteral("requestedPortAt"), isoOrNull(c.portIn.requestedPortAt.isValid() ? c.portIn.requestedPortAt : c.requestedPortAt));
        o.insert(QStringLiteral("voiceConnector"), request.value(QStringLiteral("voiceConnector")));
        o.insert(QStringLiteral("btnOption"), request.value(QStringLiteral("btnOption")));
        o.insert(QStringLiteral("newBtn"), request.value(QStringLiteral("newBtn")));
        o.insert(QStringLiteral("carriers"), groups);
    } else {
        o.insert(QStringLiteral("portOutAccountId"), c.portOutAccountId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                  : QJsonValue(Secret::accountNumber(c.portOutAccountId).shown(reveal)));
        o.insert(QStringLiteral("portOutPin"), c.portOutPin.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(Secret::pin(c.portOutPin).shown(reveal)));
    }
    QJsonArray events;
    QList<RecordedEvent> history;
    for (const CaseEventRecord &e : c.events) {
        history.append(e.event);
        QJsonObject args = e.event.args.toJson();
        if (args.contains(QStringLiteral("pin")) && !reveal)
            args.insert(QStringLiteral("pin"), Secret::pin(e.event.args.pin).masked());
        if (args.contains(QStringLiteral("accountId")) && !reveal)
            args.insert(QStringLiteral("accountId"), Secret::accountNumber(e.event.args.accountId).masked());
        events.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                  {QStringLiteral("event"), toString(e.event.event)},
                                  {QStringLiteral("at"), iso(e.event.at)},
                                  {QStringLiteral("actor"), toString(e.event.actor)},
                                  {QStringLiteral("args"), args}});
    }
    o.insert(QStringLiteral("events"), events);
    QJsonArray timeline;
    // Projections count business days in the customer's own offset.
    const QDateTime requested = c.portIn.requestedPortAt.isValid() ? c.portIn.requestedPortAt : c.requestedPortAt;
    for (const Milestone &m : CaseTimeline::build(c.kind, history, requested, Clock::now())) {
        QJsonObject mj{{QStringLiteral("milestone"), m.key},
                       {QStringLiteral("label"), m.label},
                       {QStringLiteral("at"), isoOrNull(m.at)},
                       {QStringLiteral("projected"), m.projected},
                       {QStringLiteral("overdue"), m.overdue}};
        if (m.round > 0)
            mj.insert(QStringLiteral("round"), m.round);
        timeline.append(mj);
    }
    o.insert(QStringLiteral("timeline"), timeline);
    return o;
}

} // namespace

int cmdPortIn(CliContext &ctx, const QStringList &args)
{
    return cmdSubmit(ctx, args, CaseKind::PortIn);
}

int cmdPortOut(CliContext &ctx, const QStringList &args)
{
    return cmdSubmit(ctx, args, CaseKind::PortOut);
}

int cmdCase(CliContext &ctx, const QStringList &args)
{
    const QString help = QStringLiteral(
        "Usage: portdesk-cli case list [--state S]\n"
        "       portdesk-cli case show ID [--reveal]\n"
        "       portdesk-cli case advance ID EVENT [options]   (case advance --help)\n"
        "       portdesk-cli case correct ID REQUEST.json\n"
        "         (sign the corrected LOAs first: loa sign ID --request REQUEST.json ...)\n\n"
        "States: submitted, not-portable, portable, loa-requested, loa-submitted,\n"
        "change-requested, carrier-approved, foc-received, foc-confirmed, in-inventory,\n"
        "completed, cancelled, pin-issued, ported-out, closed.\n"
        "show masks account numbers and PINs unless --reveal is given.\n");
    if (args.isEmpty())
        return ctx.usage(QCoreApplication::translate("CliApp", "case needs a subcommand: list, show, advance or correct."), help);
    const QString sub = args.first();
    const bool advance = sub == QLatin1String("advance");
    CommandParser p(advance ? QString::fromUtf8(kAdvanceHelp) : help, { { "state", "S" }, { "reveal" }, { "as", "ROLE" }, { "reason", "T" }, { "fields", "F" }, { "at", "ISO" }, { "account-id", "ID" }, { "pin", "PIN" } });
    int answer = Done;
    if (p.answered(ctx, args, &answer))
        return answer;
    const QStringList pos = p.parser.positionalArguments();

    auto caseId = [&](qint64 *id) {
        bool ok = false;
        *id = pos.size() > 1 ? pos.at(1).toLongLong(&ok) : 0;
        return ok && *id > 0;
    };

    if (sub == QLatin1String("list")) {
        if (pos.size() != 1)
            return ctx.usage(QCoreApplication::translate("CliApp", "case list takes no arguments besides --state."), help);
        CaseState state = CaseState::Submitted;
        const bool filtered = p.parser.isSet(QStringLiteral("state"));
        if (filtered && !caseStateFromString(p.parser.value(QStringLiteral("state")), &state))
            return ctx.usage(QCoreApplication::translate("CliApp", "Unknown state \"%1\".").arg(p.parser.value(QStringLiteral("state"))), help);
        if (const int status = ctx.openStore())
            return status;
        StoreStatus status;
        const QList<CaseSummary> cases = ctx.service->cases.listCases(filtered ? &state : nullptr, &status);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        QJsonArray json;
        for (const CaseSummary &c : cases) {
            if (ctx.json) {
                json.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("kind"), toString(c.kind)},
                                        {QStringLiteral("state"), toString(c.state)},
                                        {QStringLiteral("orderStatus"), orderStatus(c.state)},
                                        {QStringLiteral("productType"), toString(c.productType)},
                                        {QStringLiteral("customerName"), c.customerName},
                                        {QStringLiteral("numberCount"), c.numberCount},
                                        {QStringLiteral("focAt"), isoOrNull(c.focAt)},
                                        {QStringLiteral("updatedAt"), isoOrNull(c.updatedAt)}});
            } else {
                ctx.out << c.id << '\t' << toString(c.kind) << '\t' << toString(c.state) << '\t'
                      << c.numberCount << '\t' << (c.customerName.isEmpty() ? QStringLiteral("-") : c.customerName)
                      << '\t' << (c.focAt.isValid() ? iso(c.focAt) : QStringLiteral("-")) << '\n';
            }
        }
        if (ctx.json)
            ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Done;
    }

    if (sub == QLatin1String("show")) {
        qint64 id = 0;
        if (pos.size() != 2 || !caseId(&id))
            return ctx.usage(QCoreApplication::translate("CliApp", "case show needs a case id (a positive integer)."), help);
        CaseRecord record;
        if (const int status = ctx.openStore())
            return status;
        if (const int status = ctx.loadCase(id, &record))
            return status;
        const QJsonObject json = caseJson(record, p.parser.isSet(QStringLiteral("reveal")));
        if (ctx.json) {
            ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
            return Done;
        }
        ctx.out << QCoreApplication::translate("CliApp", "Case %1 (%2): %3 [order status %4]")
                     .arg(id)
                     .arg(toString(record.kind), displayName(record.state), orderStatus(record.state))
              << '\n';
        ctx.out << QCoreApplication::translate("CliApp", "Product type: %1").arg(toString(record.productType)) << '\n';
        ctx.out << QCoreApplication::translate("CliApp", "Admin email: %1").arg(record.adminEmail) << '\n';
        if (record.kind == CaseKind::PortIn) {
            if (!record.portIn.voiceConnector.isEmpty())
                ctx.out << QCoreApplication::translate("CliApp", "Voice Connector: %1").arg(record.portIn.voiceConnector) << '\n';
            ctx.out << QCoreApplication::translate("CliApp", "Requested port: %1").arg(json.value(QStringLiteral("requestedPortAt")).toString()) << '\n';
            ctx.out << QCoreApplication::translate("CliApp", "BTN option: %1").arg(toString(record.portIn.btnOption));
            if (!record.portIn.newBtn.isEmpty())
                ctx.out << QCoreApplication::translate("CliApp", " (new BTN %1)").arg(record.portIn.newBtn);
            ctx.out << '\n';
            const QJsonArray groups = json.value(QStringLiteral("carriers")).toArray();
            for (qsizetype i = 0; i < groups.size(); ++i) {
                const QJsonObject g = groups.at(i).toObject();
                const QJsonObject a = g.value(QStringLiteral("serviceAddress")).toObject();
                ctx.out << QCoreApplication::translate("CliApp", "Carrier group %1: %2").arg(i + 1).arg(g.value(QStringLiteral("carrier")).toString()) << '\n'
                      << QCoreApplication::translate("CliApp", "  BTN: %1").arg(g.value(QStringLiteral("btn")).toString()) << '\n'
                      << QCoreApplication::translate("CliApp", "  Authorizing person: %1").arg(g.value(QStringLiteral("authorizingPerson")).toString()) << '\n'
                      << QCoreApplication::translate("CliApp", "  Account number: %1  PIN: %2")
                             .arg(g.value(QStringLiteral("accountNumber")).toString(),
                                  g.value(QStringLiteral("pin")).toString()) << '\n'
                      << QCoreApplication::translate("CliApp", "  Customer name: %1").arg(g.value(QStringLiteral("customerName")).toString()) << '\n'
                      << QCoreApplication::translate("CliApp", "  Service address: %1, %2, %3 %4")
                             .arg(a.value(QStringLiteral("street")).toString(), a.value(QStringLiteral("city")).toString(),
                                  a.value(QStringLiteral("state")).toString(), a.value(QStringLiteral("zip")).toString()) << '\n';
                QStringList numbers;
                for (const QJsonValue &n : g.value(QStringLiteral("numbers")).toArray())
                    numbers << n.toString();
                ctx.out << QCoreApplication::translate("CliApp", "  Numbers (%1): %2").arg(numbers.size()).arg(numbers.join(QStringLiteral(", "))) << '\n';
            }
        } else {
            ctx.out << QCoreApplication::translate("CliApp", "Numbers (%1): %2").arg(record.numbers.size()).arg(record.numbers.join(QStringLiteral(", "))) << '\n';
            if (!record.portOutAccountId.isEmpty())
                ctx.out << QCoreApplication::translate("CliApp", "Port-out account ID: %1  PIN: %2")
                             .arg(json.value(QStringLiteral("portOutAccountId")).toString(),
                                  json.value(QStringLiteral("portOutPin")).toString()) << '\n';
        }
        ctx.out << QCoreApplication::translate("CliApp", "FOC: %1").arg(record.focAt.isValid() ? iso(record.focAt) : QStringLiteral("-")) << '\n';
        ctx.out << QCoreApplication::translate("CliApp", "Events:") << '\n';
        for (const QJsonValue &v : json.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            ctx.out << "  " << e.value(QStringLiteral("seq")).toInt() << '\t' << e.value(QStringLiteral("at")).toString()
                  << '\t' << e.value(QStringLiteral("actor")).toString() << '\t' << e.value(QStringLiteral("event")).toString();
            const QJsonObject eventArgs = e.value(QStringLiteral("args")).toObject();
            if (!eventArgs.isEmpty())
                ctx.out << '\t' << QString::fromUtf8(QJsonDocument(eventArgs).toJson(QJsonDocument::Compact));
            ctx.out << '\n';
        }
        ctx.out << QCoreApplication::translate("CliApp", "Timeline:") << '\n';
        for (const QJsonValue &v : json.value(QStringLiteral("timeline")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString when = m.value(QStringLiteral("at")).toString();
            ctx.out << "  " << (m.value(QStringLiteral("projected")).toBool() ? QCoreApplication::translate("CliApp", "projected") : QCoreApplication::translate("CliApp", "done     "))
                  << '\t' << (when.isEmpty() ? QStringLiteral("-") : when) << '\t'
                  << m.value(QStringLiteral("label")).toString()
                  << (m.value(QStringLiteral("overdue")).toBool() ? QCoreApplication::translate("CliApp", "  (overdue)") : QString()) << '\n';
        }
        return Done;
    }

    if (advance) {
        qint64 id = 0;
        if (pos.size() != 3 || !caseId(&id))
            return ctx.usage(QCoreApplication::translate("CliApp", "case advance needs a case id and an event."), p.help);
        CaseEvent event = CaseEvent::Submit;
        if (!caseEventFromString(pos.at(2), &event) || event == CaseEvent::Submit)
            return ctx.usage(QCoreApplication::translate("CliApp", "Unknown event \"%1\".").arg(pos.at(2)), p.help);
        if (CaseStateMachine::roleFor(event) == Role::System)
            return ctx.usage(QCoreApplication::translate("CliApp", "\"%1\" is taken by the clock, not by a person: use clock tick.").arg(pos.at(2)), QString());
        Role role = CaseStateMachine::roleFor(event);
        if (p.parser.isSet(QStringLiteral("as"))) {
            const QString r = p.parser.value(QStringLiteral("as"));
            if (!roleFromString(r, &role) || role == Role::System)
                return ctx.usage(QCoreApplication::translate("CliApp", "--as must be admin or support."), p.help);
        }
        // Only the options of this event: a stray --pin must not end up in
        // the payload of an unrelated event.
        const QHash<CaseEvent, QStringList> allowed{
            {CaseEvent::NotPortable, {QStringLiteral("reason")}},
            {CaseEvent::RequestChange, {QStringLiteral("fields"), QStringLiteral("reason")}},
            {CaseEvent::SetFoc, {QStringLiteral("at")}},
            {CaseEvent::RejectFoc, {QStringLiteral("reason")}},
            {CaseEvent::Cancel, {QStringLiteral("reason")}},
            {CaseEvent::IssuePin, {QStringLiteral("account-id"), QStringLiteral("pin")}},
        };
        const QHash<CaseEvent, QStringList> required{
            {CaseEvent::NotPortable, {QStringLiteral("reason")}},
            {CaseEvent::RequestChange, {QStringLiteral("fields")}},
            {CaseEvent::SetFoc, {QStringLiteral("at")}},
            {CaseEvent::IssuePin, {QStringLiteral("account-id"), QStringLiteral("pin")}},
        };
        for (const QString &option : {QStringLiteral("reason"), QStringLiteral("fields"), QStringLiteral("at"),
                                      QStringLiteral("account-id"), QStringLiteral("pin")}) {
            const bool given = p.parser.isSet(option);
            if (given && !allowed.value(event).contains(option))
                return ctx.usage(QCoreApplication::translate("CliApp", "--%1 does not belong to %2.").arg(option, pos.at(2)), p.help);
            if (!given && required.value(event).contains(option))
                return ctx.usage(QCoreApplication::translate("CliApp", "%1 needs --%2.").arg(pos.at(2), option), p.help);
        }
        EventArgs eventArgs;
        eventArgs.reason = p.parser.value(QStringLiteral("reason"));
        const QString fields = p.parser.value(QStringLiteral("fields"));
        for (const QString &f : fields.split(QLatin1Char(','), Qt::SkipEmptyParts))
            eventArgs.fields << f.trimmed();
        if (p.parser.isSet(QStringLiteral("at"))) {
            // The FOC's business day is judged in its own offset: it must have one.
            const QString at = p.parser.value(QStringLiteral("at"));
            eventArgs.focAt = QDateTime::fromString(at, Qt::ISODate);
            if (!eventArgs.focAt.isValid() || eventArgs.focAt.timeSpec() == Qt::LocalTime)
                return ctx.usage(QCoreApplication::translate("CliApp", "--at needs a date and time with its offset, such as "
                                "2026-12-15T10:00:00-05:00."), p.help);
        }
        eventArgs.accountId = p.parser.value(QStringLiteral("account-id"));
        eventArgs.pin = p.parser.value(QStringLiteral("pin"));
        if (const int status = ctx.openStore())
            return status;
        const ChangeResult result = ctx.service->cases.advance(id, event, role, eventArgs);
        const int code = reportResult(result, ctx.err);
        if (code == Refused)
            loaSignHint(result, id, QString(), ctx.err);
        if (code == Done) {
            if (ctx.json)
                ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                   {QStringLiteral("state"), toString(result.state)},
                                                   {QStringLiteral("orderStatus"), orderStatus(result.state)}})
                             .toJson(QJsonDocument::Compact) << '\n';
            else
                ctx.out << toString(result.state) << '\n';
        }
        return code;
    }

    if (sub == QLatin1String("correct")) {
        qint64 id = 0;
        if (pos.size() != 3 || !caseId(&id))
            return ctx.usage(QCoreApplication::translate("CliApp", "case correct needs a case id and a request file."), help);
        QJsonObject json;
        QString error;
        if (!readJsonFile(pos.at(2), &json, &error))
            return ctx.usage(error, QString());
        Violations problems;
        const PortInRequest request = PortInRequest::fromJson(json, &problems);
        if (const int status = ctx.openStore())
            return status;
        if (hasErrors(problems)) {
            ChangeResult shape;
            shape.violations = problems;
            return reportResult(shape, ctx.err);
        }
        const ChangeResult result = ctx.service->cases.correctPortIn(id, request, Role::Admin);
        const int code = reportResult(result, ctx.err);
        if (code == Refused)
            loaSignHint(result, id, pos.at(2), ctx.err);
        if (code == Done)
            ctx.out << toString(result.state) << '\n';
        return code;
    }
    return ctx.usage(QCoreApplication::translate("CliApp", "Unknown case subcommand \"%1\".").arg(sub), help);
}

} // namespace portdesk::cli
