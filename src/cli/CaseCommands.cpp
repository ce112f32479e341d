// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CaseOutput.h"
#include "CaseShow.h"
#include "CliContext.h"
#include "CliInput.h"
#include "CliOutput.h"
#include "SecretInput.h"
#include "CommandCall.h"

#include "core/PortRequest.h"

#include "core/CaseStateMachine.h"
#include "core/CustomerTime.h"
#include "core/PortOutPin.h"
#include "service/Services.h"

#include <QCoreApplication>

namespace portdesk::cli {

namespace {

const char kPortInHelp[]
    = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli port-in submit REQUEST.json [--dry-run]

Submits a port-in request (- reads it from stdin; its members are described
by the JSON Schema request.schema.json, installed in share/portdesk). Every rule is checked; all violations are reported at once, one a
line on stderr (exit 1). On success prints the new case id alone on a line.
  --dry-run   check against the store, submit nothing
)");

const char kPortOutHelp[]
    = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli port-out submit REQUEST.json

Submits a port-out request: {"productType": ..., "adminEmail": ...,
"numbers": [...]} (- reads it from stdin). The numbers must be in the
inventory. Prints the new case id alone on a line.
)");

const char kCaseHelp[]
    = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli case list [--state S] [--limit N]
       portdesk-cli case show ID [--reveal [--as admin|support]]
       portdesk-cli case advance ID EVENT [options]   (case advance --help)
       portdesk-cli case correct ID REQUEST.json [--expect-version N]   (- reads stdin)
         (sign the corrected LOAs first: loa sign ID --request REQUEST.json ...)

States: submitted, not-portable, portable, loa-requested, loa-submitted,
change-requested, carrier-approved, foc-received, foc-confirmed, in-inventory,
completed, cancelled, pin-issued, ported-out, closed.
list gives the cases in id order; --limit N the first N of them.
show masks account numbers and PINs. --reveal shows those the role may
reveal and records the reveal in the case's history (event "reveal": who,
when, which secret, never its value): the admin every secret of the case;
support a port-in's account numbers and a port-out's account ID and PIN,
not a port-in's PIN (reveal.not-permitted; exit 1 when nothing may be
shown). --as names the role (default admin); on a team store the login's.
A case's version (--json: "version") grows by one with every event. With
--expect-version N a change is made only if the case is still at version N;
a case changed since is refused (exit 1, case.changed: who changed it, when).
)");

const char kAdvanceHelp[]
    = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli case advance ID EVENT [options]

Port-in events (role):
  portable (support)                  not-portable --reason T (support)
  request-loa (support)               submit-loa (admin; every LOA signed: loa sign)
  request-change --fields F1,F2 [--reason T] (support)
  approve (support)                   set-foc --at ISO (support)
  confirm-foc (admin)                 reject-foc [--reason T] (admin: ask for another date)
  cancel [--reason T] (admin; refused within 48 hours of the FOC)
  reject-numbers --numbers N1,N2 --reason T [--reason-code C] (support; until the
    numbers enter the inventory: the carrier rejected these numbers, the rest go on;
    rejecting every number left ends the case as not portable)
Port-out events:
  issue-pin --account-id-file FILE [--pin-file FILE] (support; or --account-id -,
    --pin - (or --account-id-file -, --pin-file -) from standard input, one line
    each, the account ID first)
  ported-out (support)                cancel (admin)

Options:
  --as admin|support   the role taking the step (default: the event's own role);
                       on a team store the login's role, and --as may only repeat it
  --expect-version N   only if the case is still at version N (case show --json:
                       "version"); else refused, exit 1, case.changed
  --reason T           --fields F1,F2 (request-file names, e.g. accountNumber,serviceAddress)
  --at ISO-8601        --account-id-file FILE --pin-file FILE  (the first line)
  --account-id -|ID    --pin -|PIN  (- reads a line of standard input)
  --numbers N1,N2      (any notation)         --reason-code C (default other): other-account,
    btn-mismatch, disconnected, not-portable, pending-order, other

issue-pin asks for the account ID without echo when none is given and
standard input is a terminal. A value typed on the command line (--pin
PIN, --account-id ID) still works but warns on stderr (pin.on-command-line,
account-id.on-command-line): other users of the machine see it in ps, and
the shell keeps it. A file that its group or others may read warns too
(pin-file.readable-by-others, account-id-file.readable-by-others).
issue-pin without a PIN generates one of 6 random digits and prints it
once, after the state (--json: "generatedPin"); case show --reveal shows it
later. A PIN given with --pin must be at least 6 digits (0-9 only), not one
digit repeated (111111) and not a run up or down (123456, 987654, 567890):
a weak PIN is refused (exit 1) with its rule, pin.not-digits,
pin.too-short, pin.repeated or pin.sequential.
)");

// port-in or port-out without "submit REQUEST.json".
QString submitNeeds(CaseKind kind)
{
    return kind == CaseKind::PortIn
        ? QCoreApplication::translate("CliApp", "port-in needs: submit REQUEST.json")
        : QCoreApplication::translate("CliApp", "port-out needs: submit REQUEST.json");
}

int submit(CliContext &ctx, const CommandCall &call, CaseKind kind)
{
    const bool portIn = kind == CaseKind::PortIn;
    const QStringList pos = call.positional();
    if (pos.size() != 1)
        return call.usage(submitNeeds(kind));
    QJsonObject json;
    QString error;
    if (!readJsonFile(pos.first(), &json, &error))
        return ctx.usage(error, QString());
    Violations problems;
    const PortInRequest portInRequest
        = portIn ? PortInRequest::fromJson(json, &problems) : PortInRequest();
    const PortOutRequest portOutRequest
        = portIn ? PortOutRequest() : PortOutRequest::fromJson(json, &problems);
    if (const int status = ctx.openStore())
        return status;

    // A request that could not be read in full is still checked against
    // every rule, so that all its problems are reported at once.
    const bool dryRun = portIn && call.isSet("dry-run");
    if (dryRun || hasErrors(problems)) {
        const Violations checked
            = problems + (portIn ? ctx.service->cases.checkPortIn(portInRequest) : Violations());
        const int code = reportViolations(ctx, checked);
        if (ctx.json)
            writeJson(ctx.out,
                QJsonObject { { QStringLiteral("violations"), violationsJson(checked) } },
                QJsonDocument::Compact);
        return code;
    }
    ChangeResult result = portIn
        ? ctx.service->cases.submitPortIn(portInRequest, ctx.actingRole(Role::Admin))
        : ctx.service->cases.submitPortOut(portOutRequest, ctx.actingRole(Role::Admin));
    // What reading the file warned of (a member it does not know, such as
    // "acountNumber") is said on a real submit as in a dry run.
    result.violations = problems + result.violations;
    return reportChange(ctx, result,
        QJsonObject { { QStringLiteral("id"), result.id },
            { QStringLiteral("state"), toString(result.state) },
            { QStringLiteral("warnings"), violationsJson(result.violations) } },
        QString::number(result.id));
}

int portInNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(submitNeeds(CaseKind::PortIn));
}

int portOutNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(submitNeeds(CaseKind::PortOut));
}

int portInSubmit(CliContext &ctx, const CommandCall &call)
{
    return submit(ctx, call, CaseKind::PortIn);
}

int portOutSubmit(CliContext &ctx, const CommandCall &call)
{
    return submit(ctx, call, CaseKind::PortOut);
}

// case alone, or with a sub-command it does not have.
int caseNeeds(CliContext &, const CommandCall &call)
{
    if (call.arguments().isEmpty())
        return call.usage(QCoreApplication::translate(
            "CliApp", "case needs a subcommand: list, show, advance or correct."));
    return call.usage(QCoreApplication::translate("CliApp", "Unknown case subcommand \"%1\".")
                          .arg(call.arguments().first()));
}

int caseList(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(
            QCoreApplication::translate("CliApp", "case list takes no arguments besides --state."));
    CaseState state = CaseState::Submitted;
    const bool filtered = call.isSet("state");
    if (filtered && !caseStateFromString(call.value("state"), &state))
        return call.usage(QCoreApplication::translate("CliApp", "Unknown state \"%1\".")
                              .arg(call.value("state")));
    int limit = 0;
    if (call.isSet("limit")) {
        bool ok = false;
        limit = call.value("limit").toInt(&ok);
        if (!ok || limit <= 0)
            return call.usage(
                QCoreApplication::translate("CliApp", "--limit needs a positive number."));
    }
    return listFromStore(
        ctx,
        [&](StoreStatus *status) {
            return ctx.service->cases.listCases(filtered ? &state : nullptr, status, limit);
        },
        QJsonDocument::Compact,
        [](const CaseSummary &c) {
            // Times in the customer's zone, as case show gives them.
            const QTimeZone zone(c.timeZone);
            QJsonObject o { { QStringLiteral("id"), c.id },
                { QStringLiteral("kind"), toString(c.kind) },
                { QStringLiteral("state"), toString(c.state) },
                { QStringLiteral("orderStatus"), orderStatus(c.state) },
                { QStringLiteral("productType"), toString(c.productType) },
                { QStringLiteral("customerName"), c.customerName },
                { QStringLiteral("numberCount"), c.numberCount },
                { QStringLiteral("focAt"), isoOrNull(inTimeZone(c.focAt, zone)) },
                { QStringLiteral("updatedAt"), isoOrNull(inTimeZone(c.updatedAt, zone)) },
                { QStringLiteral("version"), c.version } };
            if (!c.timeZone.isEmpty())
                o.insert(QStringLiteral("timeZone"), QString::fromLatin1(c.timeZone));
            return o;
        },
        [](QTextStream &out, const CaseSummary &c) {
            out << c.id << '\t' << toString(c.kind) << '\t' << toString(c.state) << '\t'
                << c.numberCount << '\t'
                << (c.customerName.isEmpty() ? QStringLiteral("-") : c.customerName) << '\t'
                << (c.focAt.isValid() ? iso(inTimeZone(c.focAt, QTimeZone(c.timeZone)))
                                      : QStringLiteral("-"))
                << '\n';
        });
}

// --expect-version N: the case's version the change is based on; an empty
// string when it is fine (or not given), else what is wrong.
QString readExpectedVersion(const CommandCall &call, ChangeBasis *basis)
{
    if (!call.isSet("expect-version"))
        return QString();
    bool ok = false;
    const qint64 version = call.value("expect-version").toLongLong(&ok);
    if (!ok || version < 0)
        return QCoreApplication::translate(
            "CliApp", "--expect-version needs a version (a whole number, 0 or more).");
    basis->expectedVersion = version;
    return QString();
}

// The event's arguments from its options: only the options of this event
// (a stray --pin must not end up in the payload of an unrelated event), and
// those it needs; empty when they are fine, else what is wrong.
QString readEventArgs(const CommandCall &call, CaseEvent event, EventArgs *args)
{
    const QString name = call.positional().at(1);
    const QHash<CaseEvent, QStringList> allowed {
        { CaseEvent::NotPortable, { QStringLiteral("reason") } },
        { CaseEvent::RequestChange, { QStringLiteral("fields"), QStringLiteral("reason") } },
        { CaseEvent::SetFoc, { QStringLiteral("at") } },
        { CaseEvent::RejectFoc, { QStringLiteral("reason") } },
        { CaseEvent::Cancel, { QStringLiteral("reason") } },
        { CaseEvent::IssuePin,
            { QStringLiteral("account-id"), QStringLiteral("account-id-file"), QStringLiteral("pin"),
                QStringLiteral("pin-file") } },
        { CaseEvent::RejectNumbers,
            { QStringLiteral("numbers"), QStringLiteral("reason"), QStringLiteral("reason-code") } },
    };
    const QHash<CaseEvent, QStringList> required {
        { CaseEvent::NotPortable, { QStringLiteral("reason") } },
        { CaseEvent::RequestChange, { QStringLiteral("fields") } },
        { CaseEvent::SetFoc, { QStringLiteral("at") } },
        // issue-pin's account ID and PIN: readSecret (a file, stdin, a
        // prompt); without a PIN caseAdvance generates one.
        // --reason is checked by the rules (reject.missing-reason), named.
        { CaseEvent::RejectNumbers, { QStringLiteral("numbers") } },
    };
    for (const char *option : { "reason", "fields", "at", "account-id", "account-id-file", "pin",
             "pin-file", "numbers", "reason-code" }) {
        const QString text = QString::fromLatin1(option);
        const bool given = call.isSet(option);
        if (given && !allowed.value(event).contains(text))
            return QCoreApplication::translate("CliApp", "--%1 does not belong to %2.")
                .arg(text, name);
        if (!given && required.value(event).contains(text))
            return QCoreApplication::translate("CliApp", "%1 needs --%2.").arg(name, text);
    }
    args->reason = call.value("reason");
    const QStringList changeable = changeableFieldNames();
    for (const QString &f : call.value("fields").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!changeable.contains(f.trimmed()))
            return QCoreApplication::translate("CliApp",
                "--fields: \"%1\" is not a field of the request; name them as the request "
                "file does: %2.")
                .arg(f.trimmed().left(60), changeable.join(QStringLiteral(", ")));
        args->fields << f.trimmed();
    }
    if (call.isSet("at")) {
        // The FOC's business day is judged in its own offset: it must have one.
        args->focAt = QDateTime::fromString(call.value("at"), Qt::ISODate);
        if (!args->focAt.isValid() || args->focAt.timeSpec() == Qt::LocalTime)
            return QCoreApplication::translate("CliApp",
                "--at needs a date and time with its offset, such as "
                "2026-12-15T10:00:00-05:00.");
    }
    for (const QString &n : call.value("numbers").split(QLatin1Char(','), Qt::SkipEmptyParts))
        args->numbers << n.trimmed();
    args->reasonCode = call.value("reason-code").trimmed();
    return QString();
}

// issue-pin's account ID and PIN, read off the command line where the user
// lets them (SecretInput); empty when they are fine, else what is wrong.
QString readIssuePinSecrets(const CommandCall &call, CliContext &ctx, EventArgs *args, bool *pinGiven)
{
    QString wrong;
    bool given = false;
    const SecretOption accountId { "account-id", "account-id-file",
        QCoreApplication::translate("CliApp", "account ID"),
        QCoreApplication::translate("CliApp", "Port-out account ID (not shown): ") };
    if (!readSecret(call, accountId, ctx, &args->accountId, &given, &wrong))
        return wrong;
    if (!given)
        return QCoreApplication::translate("CliApp",
            "issue-pin needs the account ID: --account-id-file FILE, --account-id - (standard "
            "input), or run it at a terminal to be asked.");
    // No prompt for the PIN: without one PortDesk makes a strong one.
    const SecretOption pin { "pin", "pin-file", QCoreApplication::translate("CliApp", "PIN"), QString() };
    if (!readSecret(call, pin, ctx, &args->pin, pinGiven, &wrong))
        return wrong;
    return QString();
}

int caseAdvance(CliContext &ctx, const CommandCall &call)
{
    const QStringList pos = call.positional();
    qint64 id = 0;
    if (pos.size() != 2 || !parseId(pos.first(), &id))
        return call.usage(
            QCoreApplication::translate("CliApp", "case advance needs a case id and an event."));
    CaseEvent event = CaseEvent::Submit;
    if (!caseEventFromString(pos.at(1), &event) || event == CaseEvent::Submit)
        return call.usage(
            QCoreApplication::translate("CliApp", "Unknown event \"%1\".").arg(pos.at(1)));
    if (event == CaseEvent::Reveal)
        return call.usage(QCoreApplication::translate("CliApp",
            "A reveal is no step of the case: case show ID --reveal reveals and records it."));
    if (CaseStateMachine::roleFor(event) == Role::System)
        return ctx.usage(QCoreApplication::translate("CliApp",
                             "\"%1\" is taken by the clock, not by a person: use clock tick.")
                             .arg(pos.at(1)),
            QString());
    Role role = CaseStateMachine::roleFor(event);
    const bool asGiven = call.isSet("as");
    if (asGiven && (!roleFromString(call.value("as"), &role) || role == Role::System))
        return call.usage(QCoreApplication::translate("CliApp", "--as must be admin or support."));
    EventArgs eventArgs;
    ChangeBasis basis;
    QString wrong = readEventArgs(call, event, &eventArgs);
    if (wrong.isEmpty())
        wrong = readExpectedVersion(call, &basis);
    bool pinGiven = false;
    if (wrong.isEmpty() && event == CaseEvent::IssuePin)
        wrong = readIssuePinSecrets(call, ctx, &eventArgs, &pinGiven);
    if (!wrong.isEmpty())
        return call.usage(wrong);
    // A PIN PortDesk makes up is strong by construction; it is said once,
    // below, and only if the step was taken.
    const bool generatedPin = event == CaseEvent::IssuePin && !pinGiven;
    if (generatedPin)
        eventArgs.pin = PortOutPin::generate();
    if (const int status = ctx.openStore())
        return status;
    // On a team store the login says who acts: --as may repeat it, never
    // contradict it.
    const TeamIdentity &team = ctx.service->team.identity();
    if (team.roleFromLogin()) {
        if (asGiven && role != team.role)
            return call.usage(QCoreApplication::translate("CliApp",
                "--as %1 contradicts the login: on this team store %2 is %3.")
                                  .arg(toString(role), team.login, toString(team.role)));
        role = team.role;
    }
    const ChangeResult result = ctx.service->cases.advance(id, event, role, eventArgs, basis);
    QJsonObject json { { QStringLiteral("id"), id },
        { QStringLiteral("state"), toString(result.state) },
        { QStringLiteral("orderStatus"), orderStatus(result.state) } };
    QString text = toString(result.state);
    if (generatedPin) {
        json.insert(QStringLiteral("generatedPin"), eventArgs.pin);
        text += QLatin1Char('\n')
            + QCoreApplication::translate("CliApp",
                "Generated PIN: %1 (give it to the admin for the new carrier; case show "
                "--reveal shows it again)")
                  .arg(eventArgs.pin);
    }
    const int code = reportChange(ctx, result, json, text);
    if (code == Refused) {
        // The reasons are on stderr; a script reading --json gets them too.
        if (ctx.json)
            writeJson(ctx.out,
                QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("violations"), violationsJson(result.violations) } },
                QJsonDocument::Compact);
        loaSignHint(ctx, result, id, QString());
    }
    return code;
}

int caseCorrect(CliContext &ctx, const CommandCall &call)
{
    const QStringList pos = call.positional();
    qint64 id = 0;
    if (pos.size() != 2 || !parseId(pos.first(), &id))
        return call.usage(QCoreApplication::translate(
            "CliApp", "case correct needs a case id and a request file."));
    ChangeBasis basis;
    const QString wrong = readExpectedVersion(call, &basis);
    if (!wrong.isEmpty())
        return call.usage(wrong);
    QJsonObject json;
    QString error;
    if (!readJsonFile(pos.at(1), &json, &error))
        return ctx.usage(error, QString());
    Violations problems;
    const PortInRequest request = PortInRequest::fromJson(json, &problems);
    if (const int status = ctx.openStore())
        return status;
    if (hasErrors(problems))
        return reportViolations(ctx, problems);
    const ChangeResult result
        = ctx.service->cases.correctPortIn(id, request, ctx.actingRole(Role::Admin), basis);
    const int code = reportResult(ctx, result);
    if (code == Refused)
        loaSignHint(ctx, result, id, pos.at(1));
    if (code == Done)
        ctx.out << toString(result.state) << '\n';
    return code;
}

} // namespace

QList<Command> caseCommands()
{
    // One option list for the case commands, each option taken by the
    // commands named (an event's own options are judged by case advance).
    const char *advance = "advance";
    const QList<Command::Option> caseOptions { { "state", "S", "list" }, { "limit", "N", "list" },
        { "reveal", nullptr, "show" }, { "as", "ROLE", "advance correct show" },
        { "reason", "T", advance }, { "fields", "F", advance }, { "at", "ISO", advance },
        { "account-id", "ID", advance }, { "account-id-file", "FILE", advance },
        { "pin", "PIN", advance }, { "pin-file", "FILE", advance },
        { "numbers", "N1,N2", advance }, { "reason-code", "C", advance },
        { "expect-version", "N", "advance correct" } };
    return Command::family(kPortInHelp, { { "dry-run" } },
               { { "port-in", portInNeeds }, { "port-in submit", portInSubmit } })
        + Command::family(kPortOutHelp, {},
            { { "port-out", portOutNeeds }, { "port-out submit", portOutSubmit } })
        + Command::family(kCaseHelp, caseOptions,
            { { "case", caseNeeds }, { "case list", caseList }, { "case show", caseShow },
                { "case correct", caseCorrect } })
        + Command::family(kAdvanceHelp, caseOptions, { { "case advance", caseAdvance } });
}

} // namespace portdesk::cli
