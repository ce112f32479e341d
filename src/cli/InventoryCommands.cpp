// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "core/PhoneNumber.h"
#include "service/Services.h"

#include <QBuffer>
#include <QFile>
#include <QCoreApplication>
#include <QRegularExpression>

namespace portdesk::cli {

namespace {

const char kInventoryHelp[] = QT_TRANSLATE_NOOP(
    "CliApp", R"(Usage: portdesk-cli inventory list [--status S] [--prefix +1206] [--product-type T]
                                   [--assignee TEXT] [--case ID] [--ported-out]
                                   [--sort KEY] [--desc] [--limit N]
       portdesk-cli inventory show NUMBER           the number and its history
       portdesk-cli inventory assign NUMBER... (--user EMAIL | --voice-connector NAME) [--partial]
       portdesk-cli inventory unassign NUMBER... [--partial]
       portdesk-cli inventory delete NUMBER... [--partial]
       portdesk-cli inventory restore NUMBER... [--partial]
         (assign, unassign, delete, restore of one number: [--expect-version N];
          delete and restore of several: [--expect-versions N1,N2,...])
       portdesk-cli inventory unassign-delete (NUMBER... [--partial] | --case ID)
       portdesk-cli inventory export --format json|csv [--out FILE] [list filters]
       portdesk-cli inventory import FILE.json [--create-voice-connectors]   (- reads stdin)

Statuses: PortinInProgress, Unassigned, Assigned, PortoutInProgress,
DeleteInProgress. Deleted numbers stay restorable for 7 days.
Sort keys: number (default), status, product-type, created, updated, case.
Several numbers change in one transaction, all or nothing; with --partial
every acceptable number changes and the refused ones are listed (exit 1).
unassign-delete unassigns and deletes (the end of a port-out); --case ID does
it for every number of a ported-out port-out case.
A number's version (list and show --json: "version") grows by one with
every change. --expect-version N changes the number only if it is still at
version N; --expect-versions gives one version per number, in their order
(all or nothing; not with --partial). A number changed since is refused
(exit 1, number.changed: who changed it, when).
export writes the ListPhoneNumbers JSON shape or CSV (stdout without --out).
import is all or nothing: every refused row is listed by index and reason.
)");

// Numbers on the command line may be in any notation; the store keys E.164.
// Each number that cannot be read is said on err.
bool toE164(CliContext &ctx, const QStringList &inputs, QStringList *out)
{
    bool ok = true;
    for (const NumberCheck &c : PhoneNumbers::checkAll(inputs)) {
        if (c.e164.isEmpty()) {
            ctx.report(Violation { c.input, c.rule, c.message });
            ok = false;
        } else {
            out->append(c.e164);
        }
    }
    return ok;
}

// The list filters (list and export); an empty string when they are fine.
QString readFilter(const CommandCall &call, InventoryFilter *filter)
{
    if (call.isSet("status")) {
        filter->hasStatus = true;
        if (!numberStatusFromString(call.value("status"), &filter->status))
            return QCoreApplication::translate("CliApp", "Unknown status \"%1\".")
                .arg(call.value("status"));
    }
    filter->prefix = call.value("prefix").trimmed();
    if (!filter->prefix.isEmpty() && !filter->prefix.startsWith(QLatin1Char('+')))
        filter->prefix.prepend(QStringLiteral("+1"));
    static const QRegularExpression prefixPattern(QStringLiteral("^\\+1\\d{0,10}$"));
    if (call.isSet("prefix") && !prefixPattern.match(filter->prefix).hasMatch())
        return QCoreApplication::translate(
            "CliApp", "--prefix needs the start of a US number, such as +1206 or 206.");
    if (call.isSet("product-type")) {
        filter->hasProductType = true;
        if (!productTypeFromString(call.value("product-type"), &filter->productType))
            return QCoreApplication::translate(
                "CliApp", "--product-type is BusinessCalling or VoiceConnector.");
    }
    filter->assignee = call.value("assignee");
    if (call.isSet("case") && !parseId(call.value("case"), &filter->caseId))
        return QCoreApplication::translate(
            "CliApp", "--case needs a case id (a positive integer).");
    filter->portedOutOnly = call.isSet("ported-out");
    return QString();
}

// The list's own options (--sort, --desc, --limit) after the filters.
QString readListOrder(const CommandCall &call, InventoryFilter *filter)
{
    if (call.isSet("sort")) {
        static const QHash<QString, InventorySort> sorts { { QStringLiteral("number"),
                                                               InventorySort::Number },
            { QStringLiteral("status"), InventorySort::Status },
            { QStringLiteral("product-type"), InventorySort::ProductType },
            { QStringLiteral("created"), InventorySort::Created },
            { QStringLiteral("updated"), InventorySort::Updated },
            { QStringLiteral("case"), InventorySort::Case } };
        if (!sorts.contains(call.value("sort")))
            return QCoreApplication::translate("CliApp", "Unknown sort key \"%1\".")
                .arg(call.value("sort"));
        filter->sort = sorts.value(call.value("sort"));
    }
    filter->descending = call.isSet("desc");
    if (call.isSet("limit")) {
        bool ok = false;
        filter->limit = call.value("limit").toInt(&ok);
        if (!ok || filter->limit <= 0)
            return QCoreApplication::translate("CliApp", "--limit needs a positive number.");
    }
    return QString();
}

QString assigneeOf(const InventoryNumber &n)
{
    return n.assignedTo().isEmpty() ? QStringLiteral("-") : n.assignedTo();
}

// inventory alone, or with a sub-command it does not have.
int inventoryNeeds(CliContext &, const CommandCall &call)
{
    if (call.arguments().isEmpty())
        return call.usage(QCoreApplication::translate("CliApp", "inventory needs a subcommand."));
    return call.usage(QCoreApplication::translate("CliApp", "Unknown inventory subcommand \"%1\".")
                          .arg(call.positional().value(0)));
}

int inventoryList(CliContext &ctx, const CommandCall &call)
{
    InventoryFilter filter;
    QString bad = readFilter(call, &filter);
    if (bad.isEmpty())
        bad = readListOrder(call, &filter);
    if (!bad.isEmpty())
        return call.usage(bad);
    return listFromStore(
        ctx,
        [&](StoreStatus *status) { return ctx.service->inventory.listInventory(filter, status); },
        QJsonDocument::Compact,
        [](const InventoryNumber &n) {
            return QJsonObject { { QStringLiteral("e164"), n.e164 },
                { QStringLiteral("productType"), toString(n.productType) },
                { QStringLiteral("status"), toString(n.status) },
                { QStringLiteral("assignedTo"), orNull(n.assignedTo()) },
                { QStringLiteral("caseId"), orNull(n.caseId) },
                { QStringLiteral("portOutCaseId"), orNull(n.portOutCaseId) },
                { QStringLiteral("portedOut"), n.portedOut },
                { QStringLiteral("tollFree"), n.tollFree },
                { QStringLiteral("createdAt"), isoOrNull(n.createdAt) },
                { QStringLiteral("updatedAt"), isoOrNull(n.updatedAt) },
                { QStringLiteral("deletedAt"), isoOrNull(n.deletedAt) },
                { QStringLiteral("version"), n.version },
                { QStringLiteral("updatedBy"), n.updatedBy } };
        },
        [](QTextStream &out, const InventoryNumber &n) {
            out << n.e164 << '\t' << toString(n.productType) << '\t' << toString(n.status) << '\t'
                << assigneeOf(n) << '\t'
                << (n.caseId > 0 ? QString::number(n.caseId) : QStringLiteral("-"))
                << (n.portedOut ? QCoreApplication::translate(
                        "CliApp", "\tported out: unassign and delete")
                                : QString())
                << '\n';
        });
}

QJsonObject numberJson(
    const QString &e164, const InventoryNumber *n, const QList<InventoryEvent> &history)
{
    QJsonArray events;
    for (const InventoryEvent &e : history)
        events.append(QJsonObject { { QStringLiteral("at"), iso(e.at) },
            { QStringLiteral("what"), e.what }, { QStringLiteral("detail"), e.detail },
            { QStringLiteral("caseId"), orNull(e.caseId) },
            { QStringLiteral("text"), InventoryService::describe(e) } });
    QJsonObject o { { QStringLiteral("e164"), e164 },
        { QStringLiteral("inInventory"), n != nullptr }, { QStringLiteral("history"), events } };
    if (n) {
        o.insert(QStringLiteral("productType"), toString(n->productType));
        o.insert(QStringLiteral("status"), toString(n->status));
        o.insert(QStringLiteral("assignedTo"), orNull(n->assignedTo()));
        o.insert(QStringLiteral("tollFree"), n->tollFree);
        o.insert(QStringLiteral("portedOut"), n->portedOut);
        o.insert(QStringLiteral("version"), n->version);
        o.insert(QStringLiteral("updatedBy"), n->updatedBy);
    }
    return o;
}

void writeNumber(QTextStream &out, const QString &e164, const InventoryNumber *n,
    const QList<InventoryEvent> &history)
{
    out << PhoneNumbers::formatNational(e164) << " (" << e164 << ")\n";
    if (n)
        out << toString(n->productType) << '\t' << toString(n->status) << '\t' << assigneeOf(*n)
            << '\n';
    else
        out << QCoreApplication::translate("CliApp", "Not in the inventory any more.") << '\n';
    for (const InventoryEvent &e : history)
        out << iso(e.at) << '\t' << InventoryService::describe(e) << '\n';
}

int inventoryShow(CliContext &ctx, const CommandCall &call)
{
    if (call.positional().size() != 1)
        return call.usage(
            QCoreApplication::translate("CliApp", "inventory show needs one number."));
    QStringList numbers;
    if (!toE164(ctx, call.positional(), &numbers))
        return Refused;
    const QString e164 = numbers.first();
    if (const int status = ctx.openStore())
        return status;
    StoreStatus status;
    InventoryNumber n;
    const bool found = ctx.service->inventory.findNumber(e164, &n, &status);
    const QList<InventoryEvent> history = status.ok()
        ? ctx.service->inventory.numberHistory(e164, &status)
        : QList<InventoryEvent>();
    if (!status.ok())
        return ctx.storeFailure(status);
    if (!found && history.isEmpty()) {
        ctx.err << QCoreApplication::translate(
            "CliApp", "%1 is not in the phone number inventory and has no history.")
                       .arg(PhoneNumbers::formatNational(e164))
                << '\n';
        return Refused;
    }
    if (ctx.json)
        writeJson(
            ctx.out, numberJson(e164, found ? &n : nullptr, history), QJsonDocument::Compact);
    else
        writeNumber(ctx.out, e164, found ? &n : nullptr, history);
    return Done;
}

// A bulk command without numbers: bad usage.
int numbersNeeded(const CommandCall &call)
{
    if (call.positional().isEmpty())
        return call.usage(
            QCoreApplication::translate("CliApp", "inventory %1 needs at least one number.")
                .arg(call.word()));
    return Done;
}

// The numbers a bulk command names, read, and the store open; 1 when one of
// them cannot be read.
int openNumbers(CliContext &ctx, const CommandCall &call, QStringList *e164)
{
    if (!toE164(ctx, call.positional(), e164))
        return Refused;
    return ctx.openStore();
}

// --expect-version N (one number) or --expect-versions N1,N2,... (one per
// number, in their order): the versions the change is based on. An empty
// string when they are fine (or not given), else what is wrong.
QString readExpectedVersions(
    const CommandCall &call, qsizetype numbers, bool several, ChangeBasis *basis)
{
    const bool one = call.isSet("expect-version");
    const bool each = call.isSet("expect-versions");
    if (!one && !each)
        return QString();
    if (call.isSet("partial"))
        return QCoreApplication::translate(
            "CliApp", "--expect-version and --expect-versions do not go with --partial.");
    const auto version = [](const QString &text, qint64 *out) {
        bool ok = false;
        *out = text.trimmed().toLongLong(&ok);
        return ok && *out >= 0;
    };
    if (one && each)
        return QCoreApplication::translate(
            "CliApp", "Give --expect-version or --expect-versions, not both.");
    if (one) {
        if (numbers != 1)
            return QCoreApplication::translate(
                "CliApp", "--expect-version is for one number; for several use --expect-versions.");
        if (!version(call.value("expect-version"), &basis->expectedVersion))
            return QCoreApplication::translate(
                "CliApp", "--expect-version needs a version (a whole number, 0 or more).");
        return QString();
    }
    if (!several)
        return QCoreApplication::translate("CliApp",
            "inventory %1 of several numbers takes no versions: name one number with "
            "--expect-version.")
            .arg(call.word());
    const QStringList parts = call.value("expect-versions").split(QLatin1Char(','));
    if (parts.size() != numbers)
        return QCoreApplication::translate(
            "CliApp", "--expect-versions needs one version per number (%1), in their order.")
            .arg(numbers);
    for (const QString &part : parts) {
        qint64 v = 0;
        if (!version(part, &v))
            return QCoreApplication::translate(
                "CliApp", "--expect-versions needs whole numbers, 0 or more, separated by commas.");
        basis->expectedVersions << v;
    }
    return QString();
}

BulkPolicy policyOf(const CommandCall &call)
{
    return call.isSet("partial") ? BulkPolicy::ApplyAcceptable : BulkPolicy::AllOrNothing;
}

// assign and unassign: one number by the single-number rules (refusals by
// field), several as a bulk action.
int inventoryAssign(CliContext &ctx, const CommandCall &call)
{
    const bool unassign = call.word() == QLatin1String("unassign");
    const bool user = call.isSet("user");
    const QString to = user ? call.value("user") : call.value("voice-connector");
    if (const int status = numbersNeeded(call))
        return status;
    if (!unassign && user == call.isSet("voice-connector"))
        return call.usage(QCoreApplication::translate("CliApp",
            "inventory assign needs exactly one of --user EMAIL or --voice-connector NAME."));
    ChangeBasis basis;
    const QString wrong = readExpectedVersions(call, call.positional().size(), false, &basis);
    if (!wrong.isEmpty())
        return call.usage(wrong);
    QStringList e164;
    if (const int status = openNumbers(ctx, call, &e164))
        return status;
    InventoryService &inventory = ctx.service->inventory;
    if (e164.size() == 1 && !call.isSet("partial")) {
        const QString number = e164.first();
        return reportResult(ctx, unassign ? inventory.unassign(number, basis)
                : user               ? inventory.assignToUser(number, to, basis)
                                     : inventory.assignToVoiceConnector(number, to, basis));
    }
    const BulkPolicy policy = policyOf(call);
    return reportBulk(ctx, unassign ? inventory.unassignSelected(e164, policy)
            : user             ? inventory.assignSelectedToUser(e164, to, policy)
                               : inventory.assignSelectedToVoiceConnector(e164, to, policy));
}

// delete and restore: all or nothing, each refusal by its position on the
// command line; with --partial, a bulk action.
int inventoryDelete(CliContext &ctx, const CommandCall &call)
{
    const bool restore = call.word() == QLatin1String("restore");
    if (const int status = numbersNeeded(call))
        return status;
    ChangeBasis basis;
    const QString wrong = readExpectedVersions(call, call.positional().size(), true, &basis);
    if (!wrong.isEmpty())
        return call.usage(wrong);
    QStringList e164;
    if (const int status = openNumbers(ctx, call, &e164))
        return status;
    InventoryService &inventory = ctx.service->inventory;
    if (!call.isSet("partial"))
        return reportResult(ctx, 
            restore ? inventory.restoreNumbers(e164, basis) : inventory.deleteNumbers(e164, basis));
    return reportBulk(ctx, restore ? inventory.restoreSelected(e164, policyOf(call))
                              : inventory.deleteSelected(e164, policyOf(call)));
}

int inventoryUnassignDelete(CliContext &ctx, const CommandCall &call)
{
    const bool byCase = call.isSet("case");
    if (byCase == !call.positional().isEmpty())
        return call.usage(QCoreApplication::translate(
            "CliApp", "inventory unassign-delete needs numbers or --case ID, not both."));
    qint64 caseId = 0;
    QStringList e164;
    if (byCase && !parseId(call.value("case"), &caseId))
        return call.usage(
            QCoreApplication::translate("CliApp", "--case needs a case id (a positive integer)."));
    if (const int status = byCase ? ctx.openStore() : openNumbers(ctx, call, &e164))
        return status;
    const BulkResult result = byCase
        ? ctx.service->inventory.finishPortOut(caseId)
        : ctx.service->inventory.unassignAndDeleteSelected(e164, policyOf(call));
    const int code = reportBulk(ctx, result);
    if (code != Done)
        return code;
    // The port-out closes once none of its numbers is left: the clock's step.
    StoreStatus status;
    const QList<AppliedStep> steps = ctx.service->clock.tick(&status);
    if (!status.ok())
        return ctx.storeFailure(status);
    for (const AppliedStep &s : steps)
        if (s.what == QLatin1String("close") && !ctx.json)
            ctx.out << QCoreApplication::translate("CliApp", "Case %1 closed.").arg(s.caseId)
                    << '\n';
    return Done;
}

int inventoryExport(CliContext &ctx, const CommandCall &call)
{
    const QString format = call.value("format");
    if (!call.positional().isEmpty()
        || (format != QLatin1String("json") && format != QLatin1String("csv")))
        return call.usage(QCoreApplication::translate(
            "CliApp", "inventory export needs --format json or --format csv."));
    InventoryFilter filter;
    const QString bad = readFilter(call, &filter);
    if (!bad.isEmpty())
        return call.usage(bad);
    if (const int status = ctx.openStore())
        return status;
    InventoryExchange &exchange = ctx.service->exchange;
    const auto kind = format == QLatin1String("json") ? InventoryExchange::Format::Json
                                                      : InventoryExchange::Format::Csv;
    StoreStatus status;
    if (call.isSet("out"))
        return exchange.exportToFile(call.value("out"), kind, filter, &status)
            ? Done
            : ctx.storeFailure(status);
    // Straight to the output's device, page by page; a string stream gets a copy.
    ctx.out.flush();
    if (QIODevice *device = ctx.out.device())
        return exchange.exportTo(device, kind, filter, &status) ? Done
                                                                : ctx.storeFailure(status);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exchange.exportTo(&buffer, kind, filter, &status))
        return ctx.storeFailure(status);
    ctx.out << QString::fromUtf8(buffer.data());
    return Done;
}

void writeImported(CliContext &ctx, const ImportResult &result)
{
    if (ctx.json) {
        writeJson(ctx.out,
            QJsonObject { { QStringLiteral("rows"), result.rows },
                { QStringLiteral("imported"), result.imported },
                { QStringLiteral("usersCreated"), QJsonArray::fromStringList(result.usersCreated) },
                { QStringLiteral("voiceConnectorsCreated"),
                    QJsonArray::fromStringList(result.voiceConnectorsCreated) } },
            QJsonDocument::Compact);
        return;
    }
    ctx.out << QCoreApplication::translate("CliApp", "Imported %1 numbers.").arg(result.imported)
            << '\n';
    if (!result.usersCreated.isEmpty())
        ctx.out << QCoreApplication::translate("CliApp", "Users created: %1")
                       .arg(result.usersCreated.join(QStringLiteral(", ")))
                << '\n';
    if (!result.voiceConnectorsCreated.isEmpty())
        ctx.out << QCoreApplication::translate("CliApp", "Voice Connectors created: %1")
                       .arg(result.voiceConnectorsCreated.join(QStringLiteral(", ")))
                << '\n';
}

int inventoryImport(CliContext &ctx, const CommandCall &call)
{
    if (const int status = call.openStore(1,
            QCoreApplication::translate(
                "CliApp", "inventory import needs one file: inventory import FILE.json")))
        return status;
    InventoryExchange::ImportOptions options;
    options.createMissingVoiceConnectors = call.isSet("create-voice-connectors");
    const QString path = call.positional().first();
    ImportResult result;
    if (path == QLatin1String("-")) {
        // The file on standard input (a pipe, or a file given with <), read
        // whole: an import retried after a lost connection reads it again.
        QFile in;
        QString error;
        if (!claimStandardInput(QStringLiteral("inventory import"), &in, &error))
            return ctx.usage(error, QString());
        QBuffer buffer;
        buffer.setData(in.readAll());
        buffer.open(QIODevice::ReadOnly);
        result = ctx.service->exchange.importJson(&buffer, options);
    } else {
        result = ctx.service->exchange.importJsonFile(path, options);
    }
    if (!result.status.ok())
        return ctx.storeFailure(result.status);
    for (const Violation &v : result.violations)
        ctx.report(v);
    if (hasErrors(result.violations))
        return Refused;
    for (const ImportRefusal &r : result.refused) {
        // The number as the file has it, cut short and without control
        // characters, which would garble the terminal.
        QString number = r.e164.left(40);
        for (QChar &c : number)
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
                c = QChar::ReplacementCharacter;
        if (ctx.json)
            ctx.report(Violation { QStringLiteral("PhoneNumbers[%1]").arg(r.row), r.rule,
                r.reason });
        else
            ctx.err << QCoreApplication::translate("CliApp", "row %1").arg(r.row)
                    << (number.isEmpty() ? QString()
                                         : QStringLiteral(" (") + number + QLatin1Char(')'))
                    << ": " << r.reason << " [" << r.rule << "]\n";
    }
    if (!result.refused.isEmpty()) {
        ctx.note(QCoreApplication::translate(
            "CliApp", "%1 of %2 rows refused: nothing was imported.")
                     .arg(result.refused.size())
                     .arg(result.rows));
        return Refused;
    }
    writeImported(ctx, result);
    return Done;
}

} // namespace

QList<Command> inventoryCommands()
{
    // One option list for the inventory commands, each option taken by the
    // commands named: the filter by list and export, and so on.
    const char *filter = "list export";
    const char *byNumber = "assign unassign delete restore unassign-delete";
    const char *versioned = "assign unassign delete restore";
    const QList<Command::Option> options { { "status", "S", filter }, { "prefix", "P", filter },
        { "product-type", "T", filter }, { "assignee", "TEXT", filter },
        { "case", "ID", "list export unassign-delete" }, { "ported-out", nullptr, filter },
        { "sort", "KEY", filter }, { "desc", nullptr, filter }, { "limit", "N", filter },
        { "user", "EMAIL", "assign" }, { "voice-connector", "NAME", "assign" },
        { "partial", nullptr, byNumber }, { "format", "FORMAT", "export" },
        { "out", "FILE", "export" }, { "create-voice-connectors", nullptr, "import" },
        { "expect-version", "N", versioned }, { "expect-versions", "N1,N2", versioned } };
    return Command::family(kInventoryHelp, options,
        { { "inventory", inventoryNeeds }, { "inventory list", inventoryList },
            { "inventory show", inventoryShow }, { "inventory assign", inventoryAssign },
            { "inventory unassign", inventoryAssign }, { "inventory delete", inventoryDelete },
            { "inventory restore", inventoryDelete },
            { "inventory unassign-delete", inventoryUnassignDelete },
            { "inventory export", inventoryExport }, { "inventory import", inventoryImport } });
}

} // namespace portdesk::cli
