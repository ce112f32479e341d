#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "core/Secret.h"
#include "documents/LoaContent.h"
#include "documents/LoaDocument.h"
#include "service/Services.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace portdesk::cli {

namespace {

const char kInventoryHelp[] = R"(Usage: portdesk-cli inventory list [--status S] [--prefix +1206] [--product-type T]
                                   [--assignee TEXT] [--case ID] [--ported-out]
                                   [--sort KEY] [--desc] [--limit N]
       portdesk-cli inventory show NUMBER           the number and its history
       portdesk-cli inventory assign NUMBER... (--user EMAIL | --voice-connector NAME) [--partial]
       portdesk-cli inventory unassign NUMBER... [--partial]
       portdesk-cli inventory delete NUMBER... [--partial]
       portdesk-cli inventory restore NUMBER... [--partial]
       portdesk-cli inventory unassign-delete (NUMBER... [--partial] | --case ID)
       portdesk-cli inventory export --format json|csv [--out FILE] [list filters]
       portdesk-cli inventory import FILE.json [--create-voice-connectors]

Statuses: PortinInProgress, Unassigned, Assigned, PortoutInProgress,
DeleteInProgress. Deleted numbers stay restorable for 7 days.
Sort keys: number (default), status, product-type, created, updated, case.
Several numbers change in one transaction, all or nothing; with --partial
every acceptable number changes and the refused ones are listed (exit 1).
unassign-delete unassigns and deletes (the end of a port-out); --case ID does
it for every number of a ported-out port-out case.
export writes the ListPhoneNumbers JSON shape or CSV (stdout without --out).
import is all or nothing: every refused row is listed by index and reason.
)";

} // namespace

int cmdInventory(CliContext &ctx, const QStringList &args)
{
    const QString help = QString::fromUtf8(kInventoryHelp);
    if (args.isEmpty())
        return ctx.usage(QCoreApplication::translate("CliApp", "inventory needs a subcommand."), help);
    CommandParser p(help, { { "status", "S" }, { "prefix", "P" }, { "product-type", "T" }, { "assignee", "TEXT" }, { "case", "ID" }, { "ported-out" }, { "sort", "KEY" }, { "desc" }, { "limit", "N" }, { "user", "EMAIL" }, { "voice-connector", "NAME" }, { "partial" }, { "format", "FORMAT" }, { "out", "FILE" }, { "create-voice-connectors" } });
    int answer = Done;
    if (p.answered(ctx, args, &answer))
        return answer;
    const QStringList pos = p.parser.positionalArguments();
    const QString sub = pos.value(0);

    // Numbers on the command line may be in any notation; the store keys E.164.
    auto toE164 = [&](const QStringList &inputs, QStringList *out) {
        bool ok = true;
        for (const NumberCheck &c : PhoneNumbers::checkAll(inputs)) {
            if (c.e164.isEmpty()) {
                ctx.err << c.input << ": " << c.message << " [" << c.rule << "]\n";
                ok = false;
            } else {
                out->append(c.e164);
            }
        }
        return ok;
    };
    // The list filters (list and export); an empty string when they are fine.
    auto readFilter = [&](InventoryFilter *filter) -> QString {
        if (p.parser.isSet(QStringLiteral("status"))) {
            filter->hasStatus = true;
            if (!numberStatusFromString(p.parser.value(QStringLiteral("status")), &filter->status))
                return QCoreApplication::translate("CliApp", "Unknown status \"%1\".").arg(p.parser.value(QStringLiteral("status")));
        }
        filter->prefix = p.parser.value(QStringLiteral("prefix")).trimmed();
        if (!filter->prefix.isEmpty() && !filter->prefix.startsWith(QLatin1Char('+')))
            filter->prefix.prepend(QStringLiteral("+1"));
        static const QRegularExpression prefixPattern(QStringLiteral("^\\+1\\d{0,10}$"));
        if (p.parser.isSet(QStringLiteral("prefix")) && !prefixPattern.match(filter->prefix).hasMatch())
            return QCoreApplication::translate("CliApp", "--prefix needs the start of a US number, such as +1206 or 206.");
        if (p.parser.isSet(QStringLiteral("product-type"))) {
            filter->hasProductType = true;
            if (!productTypeFromString(p.parser.value(QStringLiteral("product-type")), &filter->productType))
                return QCoreApplication::translate("CliApp", "--product-type is BusinessCalling or VoiceConnector.");
        }
        filter->assignee = p.parser.value(QStringLiteral("assignee"));
        if (p.parser.isSet(QStringLiteral("case"))) {
            bool ok = false;
            filter->caseId = p.parser.value(QStringLiteral("case")).toLongLong(&ok);
            if (!ok || filter->caseId <= 0)
                return QCoreApplication::translate("CliApp", "--case needs a case id (a positive integer).");
        }
        filter->portedOutOnly = p.parser.isSet(QStringLiteral("ported-out"));
        return QString();
    };

    if (sub == QLatin1String("list")) {
        InventoryFilter filter;
        const QString bad = readFilter(&filter);
        if (!bad.isEmpty())
            return ctx.usage(bad, help);
        if (p.parser.isSet(QStringLiteral("sort"))) {
            static const QHash<QString, InventorySort> sorts {
                {QStringLiteral("number"), InventorySort::Number},
                {QStringLiteral("status"), InventorySort::Status},
                {QStringLiteral("product-type"), InventorySort::ProductType},
                {QStringLiteral("created"), InventorySort::Created},
                {QStringLiteral("updated"), InventorySort::Updated},
                {QStringLiteral("case"), InventorySort::Case}};
            const QString key = p.parser.value(QStringLiteral("sort"));
            if (!sorts.contains(key))
                return ctx.usage(QCoreApplication::translate("CliApp", "Unknown sort key \"%1\".").arg(key), help);
            filter.sort = sorts.value(key);
        }
        filter.descending = p.parser.isSet(QStringLiteral("desc"));
        if (p.parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = p.parser.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || filter.limit <= 0)
                return ctx.usage(QCoreApplication::translate("CliApp", "--limit needs a positive number."), help);
        }
        if (const int status = ctx.openStore())
            return status;
        StoreStatus status;
        const QList<InventoryNumber> numbers = ctx.service->inventory.listInventory(filter, &status);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        QJsonArray json;
        for (const InventoryNumber &n : numbers) {
            if (ctx.json)
                json.append(QJsonObject{{QStringLiteral("e164"), n.e164},
                                        {QStringLiteral("productType"), toString(n.productType)},
                                        {QStringLiteral("status"), toString(n.status)},
                                        {QStringLiteral("assignedTo"), n.assignedTo().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.assignedTo())},
                                        {QStringLiteral("caseId"), n.caseId > 0 ? QJsonValue(n.caseId) : QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("portOutCaseId"), n.portOutCaseId > 0 ? QJsonValue(n.portOutCaseId) : QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("portedOut"), n.portedOut},
                                        {QStringLiteral("tollFree"), n.tollFree},
                                        {QStringLiteral("createdAt"), isoOrNull(n.createdAt)},
                                        {QStringLiteral("updatedAt"), isoOrNull(n.updatedAt)},
                                        {QStringLiteral("deletedAt"), isoOrNull(n.deletedAt)}});
            else
                ctx.out << n.e164 << '\t' << toString(n.productType) << '\t' << toString(n.status) << '\t'
                      << (n.assignedTo().isEmpty() ? QStringLiteral("-") : n.assignedTo()) << '\t'
                      << (n.caseId > 0 ? QString::number(n.caseId) : QStringLiteral("-"))
                      << (n.portedOut ? QCoreApplication::translate("CliApp", "\tported out: unassign and delete") : QString()) << '\n';
        }
        if (ctx.json)
            ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Done;
    }
    if (sub == QLatin1String("show")) {
        if (pos.size() != 2)
            return ctx.usage(QCoreApplication::translate("CliApp", "inventory show needs one number."), help);
        QStringList e164;
        if (!toE164({pos.at(1)}, &e164))
            return Refused;
        if (const int status = ctx.openStore())
            return status;
        StoreStatus status;
        InventoryNumber n;
        const bool found = ctx.service->inventory.findNumber(e164.first(), &n, &status);
        const QList<InventoryEvent> history = status.ok() ? ctx.service->inventory.numberHistory(e164.first(), &status)
                                                          : QList<InventoryEvent>();
        if (!status.ok())
            return ctx.storeFailure(status.message);
        if (!found && history.isEmpty()) {
            ctx.err << QCoreApplication::translate("CliApp", "%1 is not in the phone number inventory and has no history.")
                         .arg(PhoneNumbers::formatNational(e164.first()))
                  << '\n';
            return Refused;
        }
        if (ctx.json) {
            QJsonArray events;
            for (const InventoryEvent &e : history)
                events.append(QJsonObject{{QStringLiteral("at"), iso(e.at)},
                                          {QStringLiteral("what"), e.what},
                                          {QStringLiteral("detail"), e.detail},
                                          {QStringLiteral("caseId"), e.caseId > 0 ? QJsonValue(e.caseId) : QJsonValue(QJsonValue::Null)},
                                          {QStringLiteral("text"), InventoryService::describe(e)}});
            QJsonObject o{{QStringLiteral("e164"), e164.first()},
                          {QStringLiteral("inInventory"), found},
                          {QStringLiteral("history"), events}};
            if (found) {
                o.insert(QStringLiteral("productType"), toString(n.productType));
                o.insert(QStringLiteral("status"), toString(n.status));
                o.insert(QStringLiteral("assignedTo"), n.assignedTo().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.assignedTo()));
                o.insert(QStringLiteral("tollFree"), n.tollFree);
                o.insert(QStringLiteral("portedOut"), n.portedOut);
            }
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return Done;
        }
        ctx.out << PhoneNumbers::formatNational(e164.first()) << " (" << e164.first() << ")\n";
        if (found)
            ctx.out << toString(n.productType) << '\t' << toString(n.status) << '\t'
                  << (n.assignedTo().isEmpty() ? QStringLiteral("-") : n.assignedTo()) << '\n';
        else
            ctx.out << QCoreApplication::translate("CliApp", "Not in the inventory any more.") << '\n';
        for (const InventoryEvent &e : history)
            ctx.out << iso(e.at) << '\t' << InventoryService::describe(e) << '\n';
        return Done;
    }
    const bool partial = p.parser.isSet(QStringLiteral("partial"));
    const BulkPolicy policy = partial ? BulkPolicy::ApplyAcceptable : BulkPolicy::AllOrNothing;
    if (sub == QLatin1String("assign") || sub == QLatin1String("unassign")) {
        if (pos.size() < 2)
            return ctx.usage(QCoreApplication::translate("CliApp", "inventory %1 needs at least one number.").arg(sub), help);
        const bool user = p.parser.isSet(QStringLiteral("user"));
        const bool vc = p.parser.isSet(QStringLiteral("voice-connector"));
        if (sub == QLatin1String("assign") && user == vc)
            return ctx.usage(QCoreApplication::translate("CliApp", "inventory assign needs exactly one of --user EMAIL or --voice-connector NAME."), help);
        QStringList e164;
        if (!toE164(pos.mid(1), &e164))
            return Refused;
        if (const int status = ctx.openStore())
            return status;
        if (e164.size() == 1 && !partial) {
            // One number: the single-number rules, by field.
            ChangeResult result;
            if (sub == QLatin1String("unassign"))
                result = ctx.service->inventory.unassign(e164.first());
            else if (user)
                result = ctx.service->inventory.assignToUser(e164.first(), p.parser.value(QStringLiteral("user")));
            else
                result = ctx.service->inventory.assignToVoiceConnector(e164.first(), p.parser.value(QStringLiteral("voice-connector")));
            return reportResult(result, ctx.err);
        }
        BulkResult result;
        if (sub == QLatin1String("unassign"))
            result = ctx.service->inventory.unassignSelected(e164, policy);
        else if (user)
            result = ctx.service->inventory.assignSelectedToUser(e164, p.parser.value(QStringLiteral("user")), policy);
        else
            result = ctx.service->inventory.assignSelectedToVoiceConnector(e164, p.parser.value(QStringLiteral("voice-connector")), policy);
        return reportBulk(result, ctx.json, ctx.out, ctx.err);
    }
    if (sub == QLatin1String("delete") || sub == QLatin1String("restore")) {
        if (pos.size() < 2)
            return ctx.usage(QCoreApplication::translate("CliApp", "inventory %1 needs at least one number.").arg(sub), help);
        QStringList e164;
        if (!toE164(pos.mid(1), &e164))
            return Refused;
        if (const int status = ctx.openStore())
            return status;
        if (!partial) {
            // All or nothing, each refusal by its position on the command line.
            const ChangeResult result = sub == QLatin1String("delete") ? ctx.service->inventory.deleteNumbers(e164)
                                                                       : ctx.service->inventory.restoreNumbers(e164);
            return reportResult(result, ctx.err);
        }
        const BulkResult result = sub == QLatin1String("delete") ? ctx.service->inventory.deleteSelected(e164, policy)
                                                                 : ctx.service->inventory.restoreSelected(e164, policy);
        return reportBulk(result, ctx.json, ctx.out, ctx.err);
    }
    if (sub == QLatin1String("unassign-delete")) {
        const bool byCase = p.parser.isSet(QStringLiteral("case"));
        if (byCase == (pos.size() >= 2))
            return ctx.usage(QCoreApplication::translate("CliApp", "inventory unassign-delete needs numbers or --case ID, not both."), help);
        qint64 caseId = 0;
        QStringList e164;
        if (byCase) {
            bool ok = false;
            caseId = p.parser.value(QStringLiteral("case")).toLongLong(&ok);
            if (!ok || caseId <= 0)
                return ctx.usage(QCoreApplication::translate("CliApp", "--case needs a case id (a positive integer)."), help);
        } else if (!toE164(pos.mid(1), &e164)) {
            return Refused;
        }
        if (const int status = ctx.openStore())
            return status;
        const BulkResult result = byCase ? ctx.service->inventory.finishPortOut(caseId)
                                         : ctx.service->inventory.unassignAndDeleteSelected(e164, policy);
        const int code = reportBulk(result, ctx.json, ctx.out, ctx.err);
        if (code == Done) {
            // The port-out closes once none of its numbers is left: the clock's step.
            StoreStatus status;
            const QList<AppliedStep> steps = ctx.service->clock.tick(&status);
            if (!status.ok())
                return ctx.storeFailure(status.message);
            for (const AppliedStep &s : steps)
                if (s.what == QLatin1String("close") && !ctx.json)
                    ctx.out << QCoreApplication::translate("CliApp", "Case %1 closed.").arg(s.caseId) << '\n';
        }
        return code;
    }
    if (sub == QLatin1String("export")) {
        const QString format = p.parser.value(QStringLiteral("format"));
        if (pos.size() != 1 || (format != QLatin1String("json") && format != QLatin1String("csv")))
            return ctx.usage(QCoreApplication::translate("CliApp", "inventory export needs --format json or --format csv."), help);
        InventoryFilter filter;
        const QString bad = readFilter(&filter);
        if (!bad.isEmpty())
            return ctx.usage(bad, help);
        if (const int status = ctx.openStore())
            return status;
        InventoryExchange exchange(*ctx.store);
        const auto kind = format == QLatin1String("json") ? InventoryExchange::Format::Json
                                                          : InventoryExchange::Format::Csv;
        StoreStatus status;
        if (p.parser.isSet(QStringLiteral("out"))) {
            if (!exchange.exportToFile(p.parser.value(QStringLiteral("out")), kind, filter, &status))
                return ctx.storeFailure(status.message);
            return Done;
        }
        // Straight to the output's device, page by page; a string stream gets a copy.
        ctx.out.flush();
        if (QIODevice *device = ctx.out.device()) {
            if (!exchange.exportTo(device, kind, filter, &status))
                return ctx.storeFailure(status.message);
            return Done;
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!exchange.exportTo(&buffer, kind, filter, &status))
            return ctx.storeFailure(status.message);
        ctx.out << QString::fromUtf8(buffer.data());
        return Done;
    }
    if (sub == QLatin1String("import")) {
        if (pos.size() != 2)
            return ctx.usage(QCoreApplication::translate("CliApp", "inventory import needs one file: inventory import FILE.json"), help);
        if (const int status = ctx.openStore())
            return status;
        InventoryExchange::ImportOptions options;
        options.createMissingVoiceConnectors = p.parser.isSet(QStringLiteral("create-voice-connectors"));
        const ImportResult result = InventoryExchange(*ctx.store).importJsonFile(pos.at(1), options);
        if (!result.status.ok())
            return ctx.storeFailure(result.status.message);
        for (const Violation &v : result.violations)
            ctx.err << violationLine(v) << '\n';
        if (hasErrors(result.violations))
            return Refused;
        for (const ImportRefusal &r : result.refused)
            ctx.err << QCoreApplication::translate("CliApp", "row %1").arg(r.row)
                  << (r.e164.isEmpty() ? QString() : QStringLiteral(" (") + r.e164 + QLatin1Char(')'))
                  << ": " << r.reason << " [" << r.rule << "]\n";
        if (!result.refused.isEmpty()) {
            ctx.err << QCoreApplication::translate("CliApp", "%1 of %2 rows refused: nothing was imported.")
                         .arg(result.refused.size())
                         .arg(result.rows)
                  << '\n';
            return Refused;
        }
        if (ctx.json) {
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("rows"), result.rows},
                                               {QStringLiteral("imported"), result.imported},
                                               {QStringLiteral("usersCreated"), QJsonArray::fromStringList(result.usersCreated)},
                                               {QStringLiteral("voiceConnectorsCreated"), QJsonArray::fromStringList(result.voiceConnectorsCreated)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            ctx.out << QCoreApplication::translate("CliApp", "Imported %1 numbers.").arg(result.imported) << '\n';
            if (!result.usersCreated.isEmpty())
                ctx.out << QCoreApplication::translate("CliApp", "Users created: %1").arg(result.usersCreated.join(QStringLiteral(", "))) << '\n';
            if (!result.voiceConnectorsCreated.isEmpty())
                ctx.out << QCoreApplication::translate("CliApp", "Voice Connectors created: %1").arg(result.voiceConnectorsCreated.join(QStringLiteral(", "))) << '\n';
        }
        return Done;
    }
    return ctx.usage(QCoreApplication::translate("CliApp", "Unknown inventory subcommand \"%1\".").arg(sub), help);
}

} // namespace portdesk::cli
