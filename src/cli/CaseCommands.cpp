#include "Commands.h"

#include "CliContext.h"
#include "CaseOutput.h"
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

const char kCaseHelp[] = R"(Usage: portdesk-cli case list [--state S]
       portdesk-cli case show ID [--reveal]
       portdesk-cli case advance ID EVENT [options]   (case advance --help)
       portdesk-cli case correct ID REQUEST.json
         (sign the corrected LOAs first: loa sign ID --request REQUEST.json ...)

States: submitted, not-portable, portable, loa-requested, loa-submitted,
change-requested, carrier-approved, foc-received, foc-confirmed, in-inventory,
completed, cancelled, pin-issued, ported-out, closed.
show masks account numbers and PINs unless --reveal is given.
)";

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
    const QString help = QString::fromUtf8(kCaseHelp);
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
        const bool reveal = p.parser.isSet(QStringLiteral("reveal"));
        if (ctx.json)
            ctx.out << QJsonDocument(caseJson(record, reveal)).toJson(QJsonDocument::Indented);
        else
            writeCase(ctx.out, record, reveal);
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
