#include "CliApp.h"
#include "documents/LoaContent.h"

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "documents/LoaDocument.h"
#include "service/InventoryExchange.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace portdesk {

namespace {

const char kMainHelp[] = R"(Usage: portdesk-cli [--db URL] [--now ISO-8601] [--json] COMMAND ...

Port United States phone numbers into and out of the cloud calling service.

Global options (before the command):
  --db URL        the store: sqlite:PATH, a file path, or
                  postgresql://user@host:port/db (default: $PORTDESK_DB, else
                  the per-user store of the PortDesk app)
  --now ISO-8601  the clock for this run, e.g. 2026-12-14T10:00:00-05:00
  --json          machine-readable output on stdout
  --help          this help; COMMAND --help for a command's own help
  --version       the PortDesk version

Commands:
  validate NUMBER...                     one line each: E.164, verdict, reason
  port-in submit REQUEST.json            prints the new case id
  port-out submit REQUEST.json           prints the new case id
  case list [--state S]
  case show ID [--reveal]                fields, events, projected timeline
  case advance ID EVENT [options]        one state change
  case correct ID REQUEST.json           the admin's corrections after a change request
  loa export ID --out DIR [--lang en|es] one PDF per carrier group
  loa sign ID --name N --title T [--carrier N|NAME] [--signature PNG] [--request FILE]
                                         sign the LOAs (submit-loa needs them all)
  loa status ID                          each carrier group's LOA: signed, expired, ...
  loa files ID | attach ID FILE [--kind K] | delete-file ID FILE_ID | restore-file ID FILE_ID
                                         the case's attachments, named on its LOAs
  inventory list [--status S] [--prefix +1206] [--limit N] [...]
  inventory show NUMBER                  the number and its history
  inventory assign NUMBER... (--user EMAIL | --voice-connector NAME)
  inventory unassign NUMBER...
  inventory delete NUMBER...
  inventory restore NUMBER...
  inventory unassign-delete (NUMBER... | --case ID)   the end of a port-out
  inventory export --format json|csv [--out FILE]
  inventory import FILE.json [--create-voice-connectors]
  voice-connector create NAME [--region R] [--encryption]
  voice-connector edit NAME [--name NEW] [--region R] [--encryption|--no-encryption]
  voice-connector delete NAME
  voice-connector list
  user add EMAIL [--name NAME] | user edit EMAIL [...] | user list
  clock tick                             apply every transition come due

Exit status: 0 done, 1 refused by a rule (reasons on stderr, one a line),
2 bad usage, 3 store unavailable or damaged.
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

QString iso(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    // Second precision with an explicit offset: the one the time was given
    // with (a requested port date keeps the customer's), else UTC.
    const QDateTime shown = at.timeSpec() == Qt::OffsetFromUTC ? at : at.toUTC();
    const int offset = shown.timeSpec() == Qt::OffsetFromUTC ? shown.offsetFromUtc() : 0;
    const int minutes = qAbs(offset) / 60;
    return shown.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonValue isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(iso(at)) : QJsonValue(QJsonValue::Null);
}

QString maskAccount(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    const qsizetype shown = secret.size() > 4 ? 2 : 0;
    return QString(secret.size() - shown, QChar(0x2022)) + secret.right(shown);
}

QString maskPin(const QString &secret)
{
    return secret.isEmpty() ? QString() : QString(4, QChar(0x2022));
}

bool parseNow(const QString &text, QDateTime *out)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (!at.isValid())
        return false;
    if (at.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('Z'))
        && !text.contains(QLatin1Char('+')) && text.count(QLatin1Char('-')) <= 2)
        at.setTimeSpec(Qt::UTC);   // no offset given: read as UTC, not the machine's zone
    *out = at;
    return true;
}

QString violationLine(const Violation &v)
{
    const QString tail = v.message + QStringLiteral(" [") + v.rule + QLatin1Char(']');
    return v.field.isEmpty() ? tail : v.field + QStringLiteral(": ") + tail;
}

QJsonArray violationsJson(const Violations &vs)
{
    QJsonArray out;
    for (const Violation &v : vs)
        out.append(QJsonObject{{QStringLiteral("field"), v.field},
                               {QStringLiteral("rule"), v.rule},
                               {QStringLiteral("message"), v.message},
                               {QStringLiteral("severity"), v.isError() ? QStringLiteral("error")
                                                                        : QStringLiteral("warning")}});
    return out;
}

// One command's own option parser; --help is always there.
struct CommandParser
{
    QCommandLineParser parser;
    QString help;

    explicit CommandParser(const QString &helpText)
        : help(helpText)
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(QCommandLineOption(QStringLiteral("help")));
    }
    void add(const QString &name, const QString &valueName = QString())
    {
        parser.addOption(QCommandLineOption(name, QString(), valueName));
    }
    // Parses; "program" is a placeholder for QCommandLineParser's argv[0].
    bool parse(const QStringList &args) { return parser.parse(QStringList{QStringLiteral("portdesk-cli")} + args); }
};

} // namespace

struct CliApp::Context
{
    QString dbUrl;
    bool json = false;
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<Services> service;
};

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

bool CliApp::needsGui(const QStringList &arguments)
{
    // Only loa export writes PDFs: signing and its status work without a
    // display or fonts.
    const qsizetype loa = arguments.indexOf(QStringLiteral("loa"));
    if (loa < 0)
        return false;
    const QString sub = arguments.value(loa + 1);
    return sub != QLatin1String("sign") && sub != QLatin1String("status");
}

int CliApp::usage(const QString &message, const QString &help)
{
    if (!message.isEmpty())
        m_err << message << '\n';
    if (!help.isEmpty())
        m_err << help;
    m_err.flush();
    return BadUsage;
}

int CliApp::storeFailure(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    return StoreUnavailable;
}

int CliApp::run(const QStringList &arguments)
{
    Context ctx;
    ctx.dbUrl = qEnvironmentVariable("PORTDESK_DB");
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](QString *out) {
            if (a.contains(QLatin1Char('='))) {
                *out = a.section(QLatin1Char('='), 1);
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            // An empty URL (an unset variable in a script) must not fall
            // back to the per-user store.
            if (!value(&ctx.dbUrl) || ctx.dbUrl.trimmed().isEmpty())
                return usage(QCoreApplication::translate("CliApp", "--db needs a store URL."), QString());
        } else if (a == QLatin1String("--now") || a.startsWith(QLatin1String("--now="))) {
            QString text;
            QDateTime at;
            if (!value(&text) || !parseNow(text, &at))
                return usage(QCoreApplication::translate("CliApp", "--now needs a date and time in ISO 8601 form, such as "
                                "2026-12-14T10:00:00-05:00."), QString());
            ctx.clock = std::make_unique<FixedClock>(at);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << QString::fromUtf8(kMainHelp);
            return Done;
        } else if (a == QLatin1String("--version")) {
            m_out << "portdesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return Done;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usage(QCoreApplication::translate("CliApp", "Unknown global option %1.").arg(a), QString::fromUtf8(kMainHelp));
        } else {
            break;
        }
    }
    if (i >= arguments.size())
        return usage(QCoreApplication::translate("CliApp", "No command given."), QString::fromUtf8(kMainHelp));
    if (ctx.clock)
        Clock::setInstance(ctx.clock.get());
    const int status = dispatch(ctx, arguments.mid(i));
    Clock::setInstance(nullptr);
    m_out.flush();
    m_err.flush();
    return status;
}

int CliApp::dispatch(Context &ctx, const QStringList &words)
{
    const QString command = words.first();
    const QStringList rest = words.mid(1);
    if (command == QLatin1String("validate"))
        return cmdValidate(ctx, rest);
    if (command == QLatin1String("port-in"))
        return cmdPortIn(ctx, rest);
    if (command == QLatin1String("port-out"))
        return cmdPortOut(ctx, rest);
    if (command == QLatin1String("case"))
        return cmdCase(ctx, rest);
    if (command == QLatin1String("loa"))
        return cmdLoa(ctx, rest);
    if (command == QLatin1String("inventory"))
        return cmdInventory(ctx, rest);
    if (command == QLatin1String("voice-connector"))
        return cmdVoiceConnector(ctx, rest);
    if (command == QLatin1String("user"))
        return cmdUser(ctx, rest);
    if (command == QLatin1String("clock"))
        return cmdClock(ctx, rest);
    if (command == QLatin1String("help")) {
        m_out << QString::fromUtf8(kMainHelp);
        return Done;
    }
    return usage(QCoreApplication::translate("CliApp", "Unknown command \"%1\".").arg(command), QString::fromUtf8(kMainHelp));
}

int CliApp::openStore(Context &ctx, QList<AppliedStep> *applied)
{
    StoreStatus status;
    const QString url = ctx.dbUrl.isEmpty() ? Store::defaultUrl() : ctx.dbUrl;
    ctx.store = Store::open(url, &status);
    if (!ctx.store)
        return storeFailure(status.message.isEmpty() ? QCoreApplication::translate("CliApp", "The store %1 cannot be opened.").arg(url)
                                                     : status.message);
    ctx.service = std::make_unique<Services>(*ctx.store);
    // Whenever PortDesk runs it applies every transition that has come due.
    StoreStatus tickStatus;
    const QList<AppliedStep> steps = ctx.service->clock.tick(&tickStatus);
    if (!tickStatus.ok())
        return storeFailure(tickStatus.message);
    if (applied)
        *applied = steps;
    return Done;
}

// After a refusal for want of signed LOAs: the command that signs them.
static void loaSignHint(const ChangeResult &result, qint64 caseId, const QString &requestFile, QTextStream &err)
{
    for (const Violation &v : result.violations) {
        if (v.isError() && v.rule.startsWith(QLatin1String("loa."))) {
            err << (requestFile.isEmpty()
                        ? QCoreApplication::translate("CliApp", "Sign them with: portdesk-cli loa sign %1 --name NAME --title TITLE")
                              .arg(caseId)
                        : QCoreApplication::translate("CliApp", "Sign the corrected LOAs with: portdesk-cli loa sign %1 --name NAME --title TITLE --request %2")
                              .arg(caseId)
                              .arg(requestFile))
                << '\n';
            return;
        }
    }
}

// Reports a ChangeResult: refusals on stderr (exit 1), store failures (exit 3).
static int reportResult(const ChangeResult &result, QTextStream &err)
{
    if (!result.status.ok()) {
        err << result.status.message << '\n';
        return CliApp::StoreUnavailable;
    }
    for (const Violation &v : result.violations)
        if (v.isError())
            err << violationLine(v) << '\n';
    if (result.refused())
        return CliApp::Refused;
    for (const Violation &v : result.violations)
        if (!v.isError())
            err << QCoreApplication::translate("CliApp", "warning: ") << violationLine(v) << '\n';
    return CliApp::Done;
}

int CliApp::cmdValidate(Context &ctx, const QStringList &args)
{
    const QString help = QStringLiteral(
        "Usage: portdesk-cli validate NUMBER...\n\n"
        "Checks each number: one line each with its E.164 form (or the input when it\n"
        "cannot be read), the verdict (valid, toll-free or refused) and the reason.\n"
        "Exit status 1 when any number is refused.\n");
    if (args.contains(QStringLiteral("--help")))
        return m_out << help, Done;
    if (args.isEmpty())
        return usage(QCoreApplication::translate("CliApp", "validate needs at least one number."), help);
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(args);
    bool anyRefused = false;
    QJsonArray json;
    for (const NumberCheck &c : checks) {
        anyRefused = anyRefused || !c.ok;
        const QString verdict = !c.ok ? QStringLiteral("refused")
                                      : (c.tollFree ? QStringLiteral("toll-free") : QStringLiteral("valid"));
        if (ctx.json) {
            json.append(QJsonObject{{QStringLiteral("input"), c.input},
                                    {QStringLiteral("e164"), c.e164.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.e164)},
                                    {QStringLiteral("verdict"), verdict},
                                    {QStringLiteral("valid"), c.ok},
                                    {QStringLiteral("tollFree"), c.tollFree},
                                    {QStringLiteral("region"), c.region},
                                    {QStringLiteral("rule"), c.rule.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.rule)},
                                    {QStringLiteral("reason"), c.message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.message)}});
        } else {
            m_out << (c.e164.isEmpty() ? c.input : c.e164) << '\t' << verdict << '\t'
                  << (c.ok ? (c.region == QLatin1String("US") ? QString() : PhoneNumbers::regionName(c.region))
                           : c.message + QStringLiteral(" [") + c.rule + QLatin1Char(']'))
                  << '\n';
        }
    }
    if (ctx.json)
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return anyRefused ? Refused : Done;
}

static bool readJsonFile(const QString &path, QJsonObject *out, QString *error)
{
    QFile file(path);
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : file.open(QIODevice::ReadOnly);
    if (!ok) {
        *error = QCoreApplication::translate("CliApp", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("CliApp", "%1 is not valid JSON: %2 at offset %3.")
                  .arg(path, parseError.errorString())
                  .arg(parseError.offset)
            : QCoreApplication::translate("CliApp", "%1 must hold one JSON object (the request).").arg(path);
        return false;
    }
    *out = doc.object();
    return true;
}

int CliApp::cmdPortIn(Context &ctx, const QStringList &args)
{
    return cmdSubmit(ctx, args, CaseKind::PortIn);
}

int CliApp::cmdPortOut(Context &ctx, const QStringList &args)
{
    return cmdSubmit(ctx, args, CaseKind::PortOut);
}

int CliApp::cmdSubmit(Context &ctx, const QStringList &args, CaseKind kind)
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
    CommandParser p(help);
    if (portIn)
        p.add(QStringLiteral("dry-run"));
    if (!p.parse(args))
        return usage(p.parser.errorText(), help);
    if (p.parser.isSet(QStringLiteral("help")))
        return m_out << help, Done;
    const QStringList pos = p.parser.positionalArguments();
    if (pos.size() != 2 || pos.first() != QLatin1String("submit"))
        return usage(portIn ? QCoreApplication::translate("CliApp", "port-in needs: submit REQUEST.json")
                            : QCoreApplication::translate("CliApp", "port-out needs: submit REQUEST.json"),
                     help);
    QJsonObject json;
    QString error;
    if (!readJsonFile(pos.at(1), &json, &error))
        return usage(error, QString());
    Violations problems;
    const PortInRequest portInRequest = portIn ? PortInRequest::fromJson(json, &problems) : PortInRequest();
    const PortOutRequest portOutRequest = portIn ? PortOutRequest() : PortOutRequest::fromJson(json, &problems);
    if (const int status = openStore(ctx))
        return status;

    // A request that could not be read in full is still checked against
    // every rule, so that all its problems are reported at once.
    const bool dryRun = portIn && p.parser.isSet(QStringLiteral("dry-run"));
    if (dryRun || hasErrors(problems)) {
        ChangeResult checked;
        checked.violations = problems + (portIn ? ctx.service->cases.checkPortIn(portInRequest) : Violations());
        const int code = reportResult(checked, m_err);
        if (ctx.json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("violations"), violationsJson(checked.violations)}})
                         .toJson(QJsonDocument::Indented);
        return code;
    }
    const ChangeResult result = portIn ? ctx.service->cases.submitPortIn(portInRequest, Role::Admin)
                                       : ctx.service->cases.submitPortOut(portOutRequest, Role::Admin);
    const int code = reportResult(result, m_err);
    if (code != Done)
        return code;
    if (ctx.json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), result.id},
                                           {QStringLiteral("state"), toString(result.state)},
                                           {QStringLiteral("warnings"), violationsJson(result.violations)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << result.id << '\n';
    return Done;
}

int CliApp::loadCase(Context &ctx, qint64 id, CaseRecord *record)
{
    StoreStatus status;
    if (ctx.service->cases.loadCase(id, record, &status))
        return Done;
    if (!status.ok())
        return storeFailure(status.message);
    m_err << QCoreApplication::translate("CliApp", "Case %1 does not exist.").arg(id) << '\n';
    return Refused;
}

static QJsonObject caseJson(const CaseRecord &c, bool reveal)
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
            g.insert(QStringLiteral("accountNumber"), reveal ? src.accountNumber : maskAccount(src.accountNumber));
            g.insert(QStringLiteral("pin"), reveal ? src.pin : maskPin(src.pin));
            groups.replace(i, g);
        }
        o.insert(QStringLiteral("requestedPortAt"), isoOrNull(c.portIn.requestedPortAt.isValid() ? c.portIn.requestedPortAt : c.requestedPortAt));
        o.insert(QStringLiteral("voiceConnector"), request.value(QStringLiteral("voiceConnector")));
        o.insert(QStringLiteral("btnOption"), request.value(QStringLiteral("btnOption")));
        o.insert(QStringLiteral("newBtn"), request.value(QStringLiteral("newBtn")));
        o.insert(QStringLiteral("carriers"), groups);
    } else {
        o.insert(QStringLiteral("portOutAccountId"), c.portOutAccountId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                  : QJsonValue(reveal ? c.portOutAccountId : maskAccount(c.portOutAccountId)));
        o.insert(QStringLiteral("portOutPin"), c.portOutPin.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(reveal ? c.portOutPin : maskPin(c.portOutPin)));
    }
    QJsonArray events;
    QList<RecordedEvent> history;
    for (const CaseEventRecord &e : c.events) {
        history.append(e.event);
        QJsonObject args = e.event.args.toJson();
        if (args.contains(QStringLiteral("pin")) && !reveal)
            args.insert(QStringLiteral("pin"), maskPin(e.event.args.pin));
        if (args.contains(QStringLiteral("accountId")) && !reveal)
            args.insert(QStringLiteral("accountId"), maskAccount(e.event.args.accountId));
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

int CliApp::cmdCase(Context &ctx, const QStringList &args)
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
        return usage(QCoreApplication::translate("CliApp", "case needs a subcommand: list, show, advance or correct."), help);
    const QString sub = args.first();
    const bool advance = sub == QLatin1String("advance");
    CommandParser p(advance ? QString::fromUtf8(kAdvanceHelp) : help);
    p.add(QStringLiteral("state"), QStringLiteral("S"));
    p.add(QStringLiteral("reveal"));
    p.add(QStringLiteral("as"), QStringLiteral("ROLE"));
    p.add(QStringLiteral("reason"), QStringLiteral("T"));
    p.add(QStringLiteral("fields"), QStringLiteral("F"));
    p.add(QStringLiteral("at"), QStringLiteral("ISO"));
    p.add(QStringLiteral("account-id"), QStringLiteral("ID"));
    p.add(QStringLiteral("pin"), QStringLiteral("PIN"));
    if (!p.parse(args))
        return usage(p.parser.errorText(), p.help);
    if (p.parser.isSet(QStringLiteral("help")))
        return m_out << p.help, Done;
    const QStringList pos = p.parser.positionalArguments();

    auto caseId = [&](qint64 *id) {
        bool ok = false;
        *id = pos.size() > 1 ? pos.at(1).toLongLong(&ok) : 0;
        return ok && *id > 0;
    };

    if (sub == QLatin1String("list")) {
        if (pos.size() != 1)
            return usage(QCoreApplication::translate("CliApp", "case list takes no arguments besides --state."), help);
        CaseState state = CaseState::Submitted;
        const bool filtered = p.parser.isSet(QStringLiteral("state"));
        if (filtered && !caseStateFromString(p.parser.value(QStringLiteral("state")), &state))
            return usage(QCoreApplication::translate("CliApp", "Unknown state \"%1\".").arg(p.parser.value(QStringLiteral("state"))), help);
        if (const int status = openStore(ctx))
            return status;
        StoreStatus status;
        const QList<CaseSummary> cases = ctx.service->cases.listCases(filtered ? &state : nullptr, &status);
        if (!status.ok())
            return storeFailure(status.message);
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
                m_out << c.id << '\t' << toString(c.kind) << '\t' << toString(c.state) << '\t'
                      << c.numberCount << '\t' << (c.customerName.isEmpty() ? QStringLiteral("-") : c.customerName)
                      << '\t' << (c.focAt.isValid() ? iso(c.focAt) : QStringLiteral("-")) << '\n';
            }
        }
        if (ctx.json)
            m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Done;
    }

    if (sub == QLatin1String("show")) {
        qint64 id = 0;
        if (pos.size() != 2 || !caseId(&id))
            return usage(QCoreApplication::translate("CliApp", "case show needs a case id (a positive integer)."), help);
        CaseRecord record;
        if (const int status = openStore(ctx))
            return status;
        if (const int status = loadCase(ctx, id, &record))
            return status;
        const QJsonObject json = caseJson(record, p.parser.isSet(QStringLiteral("reveal")));
        if (ctx.json) {
            m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
            return Done;
        }
        m_out << QCoreApplication::translate("CliApp", "Case %1 (%2): %3 [order status %4]")
                     .arg(id)
                     .arg(toString(record.kind), displayName(record.state), orderStatus(record.state))
              << '\n';
        m_out << QCoreApplication::translate("CliApp", "Product type: %1").arg(toString(record.productType)) << '\n';
        m_out << QCoreApplication::translate("CliApp", "Admin email: %1").arg(record.adminEmail) << '\n';
        if (record.kind == CaseKind::PortIn) {
            if (!record.portIn.voiceConnector.isEmpty())
                m_out << QCoreApplication::translate("CliApp", "Voice Connector: %1").arg(record.portIn.voiceConnector) << '\n';
            m_out << QCoreApplication::translate("CliApp", "Requested port: %1").arg(json.value(QStringLiteral("requestedPortAt")).toString()) << '\n';
            m_out << QCoreApplication::translate("CliApp", "BTN option: %1").arg(toString(record.portIn.btnOption));
            if (!record.portIn.newBtn.isEmpty())
                m_out << QCoreApplication::translate("CliApp", " (new BTN %1)").arg(record.portIn.newBtn);
            m_out << '\n';
            const QJsonArray groups = json.value(QStringLiteral("carriers")).toArray();
            for (qsizetype i = 0; i < groups.size(); ++i) {
                const QJsonObject g = groups.at(i).toObject();
                const QJsonObject a = g.value(QStringLiteral("serviceAddress")).toObject();
                m_out << QCoreApplication::translate("CliApp", "Carrier group %1: %2").arg(i + 1).arg(g.value(QStringLiteral("carrier")).toString()) << '\n'
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
                m_out << QCoreApplication::translate("CliApp", "  Numbers (%1): %2").arg(numbers.size()).arg(numbers.join(QStringLiteral(", "))) << '\n';
            }
        } else {
            m_out << QCoreApplication::translate("CliApp", "Numbers (%1): %2").arg(record.numbers.size()).arg(record.numbers.join(QStringLiteral(", "))) << '\n';
            if (!record.portOutAccountId.isEmpty())
                m_out << QCoreApplication::translate("CliApp", "Port-out account ID: %1  PIN: %2")
                             .arg(json.value(QStringLiteral("portOutAccountId")).toString(),
                                  json.value(QStringLiteral("portOutPin")).toString()) << '\n';
        }
        m_out << QCoreApplication::translate("CliApp", "FOC: %1").arg(record.focAt.isValid() ? iso(record.focAt) : QStringLiteral("-")) << '\n';
        m_out << QCoreApplication::translate("CliApp", "Events:") << '\n';
        for (const QJsonValue &v : json.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            m_out << "  " << e.value(QStringLiteral("seq")).toInt() << '\t' << e.value(QStringLiteral("at")).toString()
                  << '\t' << e.value(QStringLiteral("actor")).toString() << '\t' << e.value(QStringLiteral("event")).toString();
            const QJsonObject eventArgs = e.value(QStringLiteral("args")).toObject();
            if (!eventArgs.isEmpty())
                m_out << '\t' << QString::fromUtf8(QJsonDocument(eventArgs).toJson(QJsonDocument::Compact));
            m_out << '\n';
        }
        m_out << QCoreApplication::translate("CliApp", "Timeline:") << '\n';
        for (const QJsonValue &v : json.value(QStringLiteral("timeline")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString when = m.value(QStringLiteral("at")).toString();
            m_out << "  " << (m.value(QStringLiteral("projected")).toBool() ? QCoreApplication::translate("CliApp", "projected") : QCoreApplication::translate("CliApp", "done     "))
                  << '\t' << (when.isEmpty() ? QStringLiteral("-") : when) << '\t'
                  << m.value(QStringLiteral("label")).toString()
                  << (m.value(QStringLiteral("overdue")).toBool() ? QCoreApplication::translate("CliApp", "  (overdue)") : QString()) << '\n';
        }
        return Done;
    }

    if (advance) {
        qint64 id = 0;
        if (pos.size() != 3 || !caseId(&id))
            return usage(QCoreApplication::translate("CliApp", "case advance needs a case id and an event."), p.help);
        CaseEvent event = CaseEvent::Submit;
        if (!caseEventFromString(pos.at(2), &event) || event == CaseEvent::Submit)
            return usage(QCoreApplication::translate("CliApp", "Unknown event \"%1\".").arg(pos.at(2)), p.help);
        if (CaseStateMachine::roleFor(event) == Role::System)
            return usage(QCoreApplication::translate("CliApp", "\"%1\" is taken by the clock, not by a person: use clock tick.").arg(pos.at(2)), QString());
        Role role = CaseStateMachine::roleFor(event);
        if (p.parser.isSet(QStringLiteral("as"))) {
            const QString r = p.parser.value(QStringLiteral("as"));
            if (!roleFromString(r, &role) || role == Role::System)
                return usage(QCoreApplication::translate("CliApp", "--as must be admin or support."), p.help);
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
                return usage(QCoreApplication::translate("CliApp", "--%1 does not belong to %2.").arg(option, pos.at(2)), p.help);
            if (!given && required.value(event).contains(option))
                return usage(QCoreApplication::translate("CliApp", "%1 needs --%2.").arg(pos.at(2), option), p.help);
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
                return usage(QCoreApplication::translate("CliApp", "--at needs a date and time with its offset, such as "
                                "2026-12-15T10:00:00-05:00."), p.help);
        }
        eventArgs.accountId = p.parser.value(QStringLiteral("account-id"));
        eventArgs.pin = p.parser.value(QStringLiteral("pin"));
        if (const int status = openStore(ctx))
            return status;
        const ChangeResult result = ctx.service->cases.advance(id, event, role, eventArgs);
        const int code = reportResult(result, m_err);
        if (code == Refused)
            loaSignHint(result, id, QString(), m_err);
        if (code == Done) {
            if (ctx.json)
                m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                   {QStringLiteral("state"), toString(result.state)},
                                                   {QStringLiteral("orderStatus"), orderStatus(result.state)}})
                             .toJson(QJsonDocument::Compact) << '\n';
            else
                m_out << toString(result.state) << '\n';
        }
        return code;
    }

    if (sub == QLatin1String("correct")) {
        qint64 id = 0;
        if (pos.size() != 3 || !caseId(&id))
            return usage(QCoreApplication::translate("CliApp", "case correct needs a case id and a request file."), help);
        QJsonObject json;
        QString error;
        if (!readJsonFile(pos.at(2), &json, &error))
            return usage(error, QString());
        Violations problems;
        const PortInRequest request = PortInRequest::fromJson(json, &problems);
        if (const int status = openStore(ctx))
            return status;
        if (hasErrors(problems)) {
            ChangeResult shape;
            shape.violations = problems;
            return reportResult(shape, m_err);
        }
        const ChangeResult result = ctx.service->cases.correctPortIn(id, request, Role::Admin);
        const int code = reportResult(result, m_err);
        if (code == Refused)
            loaSignHint(result, id, pos.at(2), m_err);
        if (code == Done)
            m_out << toString(result.state) << '\n';
        return code;
    }
    return usage(QCoreApplication::translate("CliApp", "Unknown case subcommand \"%1\".").arg(sub), help);
}

int CliApp::cmdLoa(Context &ctx, const QStringList &args)
{
    if (!args.isEmpty()
        && (args.first() == QLatin1String("sign") || args.first() == QLatin1String("status")))
        return cmdLoaSign(ctx, args);
    if (!args.isEmpty()
        && (args.first() == QLatin1String("files") || args.first() == QLatin1String("attach")
            || args.first() == QLatin1String("delete-file") || args.first() == QLatin1String("restore-file")))
        return cmdLoaFiles(ctx, args);
    const QString help = QStringLiteral(
        "Usage: portdesk-cli loa export ID --out DIR [--lang en|es]\n"
        "       portdesk-cli loa sign ID --name NAME --title TITLE [...]   (loa sign --help)\n"
        "       portdesk-cli loa status ID\n"
        "       portdesk-cli loa files ID | attach ID FILE [--kind K] | delete-file ID FILE_ID\n"
        "                    | restore-file ID FILE_ID                 (loa files --help)\n\n"
        "Writes one Letter of Authorization PDF per carrier group of a port-in case,\n"
        "in any state, and prints each file's path. A group whose LOA is signed, and\n"
        "still shows the request as it is, carries its newest signature; any other\n"
        "group gets blank lines to sign by hand. The case's attachments are named.\n"
        "  --lang en|es   the language of the letters (default: en)\n");
    CommandParser p(help);
    p.add(QStringLiteral("out"), QStringLiteral("DIR"));
    p.add(QStringLiteral("lang"), QStringLiteral("LANG"));
    if (!p.parse(args))
        return usage(p.parser.errorText(), help);
    if (p.parser.isSet(QStringLiteral("help")))
        return m_out << help, Done;
    const QStringList pos = p.parser.positionalArguments();
    bool ok = false;
    const qint64 id = pos.size() == 2 ? pos.at(1).toLongLong(&ok) : 0;
    if (pos.size() != 2 || pos.first() != QLatin1String("export") || !ok || id <= 0
        || !p.parser.isSet(QStringLiteral("out")))
        return usage(QCoreApplication::translate("CliApp", "loa needs: export ID --out DIR, sign ID ... or status ID"), help);
    LoaOptions options;
    if (p.parser.isSet(QStringLiteral("lang"))
        && !loaLanguageFromString(p.parser.value(QStringLiteral("lang")), &options.language)) {
        return usage(QCoreApplication::translate("CliApp", "--lang is en or es, not \"%1\".")
                         .arg(p.parser.value(QStringLiteral("lang"))),
                     help);
    }
    CaseRecord record;
    if (const int status = openStore(ctx))
        return status;
    if (const int status = loadCase(ctx, id, &record))
        return status;
    if (record.kind != CaseKind::PortIn) {
        m_err << QCoreApplication::translate("CliApp", "Case %1 is a port-out: LOAs belong to port-in cases.").arg(id) << '\n';
        return Refused;
    }
    StoreStatus status;
    options.attachmentNames = ctx.service->loas.attachmentNames(id, &status);
    if (!status.ok())
        return storeFailure(status.message);
    const QList<LoaGroupStatus> signing = ctx.service->loas.loaStatus(id, &status);
    if (!status.ok())
        return storeFailure(status.message);
    const QString dir = p.parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(dir))
        return usage(QCoreApplication::translate("CliApp", "Cannot create the folder %1.").arg(dir), QString());
    QJsonArray files;
    for (qsizetype i = 0; i < record.portIn.carriers.size(); ++i) {
        LoaOptions group = options;
        for (const LoaGroupStatus &s : signing) {
            // Only a signature that signed what the letter now shows.
            if (s.carrierIndex != int(i) || !LoaContent::signatureFits(s, record.portIn))
                continue;
            group.version = s.version.version;
            group.signature.name = s.version.signer.name;
            group.signature.title = s.version.signer.title;
            group.signature.drawing = QImage::fromData(s.version.signer.drawing, "PNG");
            group.signature.signedAt = s.version.signedAt;
        }
        const QString path = QDir(dir).filePath(LoaDocument::fileName(id, int(i)));
        QString error;
        if (!LoaDocument::writePdf(record.portIn, int(i), id, group, path, &error)) {
            m_err << error << '\n';
            return Refused;
        }
        files.append(path);
        if (!ctx.json)
            m_out << path << '\n';
    }
    if (ctx.json)
        m_out << QJsonDocument(files).toJson(QJsonDocument::Compact) << '\n';
    return Done;
}

// loa sign / loa status: the admin signs each carrier group's LOA before
// submit-loa, which is refused until every group has a current signature.
int CliApp::cmdLoaFiles(Context &ctx, const QStringList &args)
{
    const QString help = QStringLiteral(
        "Usage: portdesk-cli loa files ID\n"
        "       portdesk-cli loa attach ID FILE [--kind carrier-invoice|customer-service-record]\n"
        "       portdesk-cli loa delete-file ID FILE_ID\n"
        "       portdesk-cli loa restore-file ID FILE_ID\n\n"
        "The files kept with a case, named on its LOAs: a recent carrier invoice or\n"
        "customer service record, PDF, PNG or JPEG (judged by content), at most 10 MiB.\n"
        "files: one line each: file id, kind, name, size, added, and \"deleted\" with\n"
        "the time for a file deleted from the case (restorable for 7 days, then\n"
        "purged by the clock). attach: prints the new file's id (--kind defaults to\n"
        "carrier-invoice). delete-file / restore-file: take a file off the case or\n"
        "put it back (not on a closed case). These are the admin's.\n");
    CommandParser p(help);
    p.add(QStringLiteral("kind"), QStringLiteral("KIND"));
    if (!p.parse(args))
        return usage(p.parser.errorText(), help);
    if (p.parser.isSet(QStringLiteral("help")))
        return m_out << help, Done;
    const QStringList pos = p.parser.positionalArguments();
    const QString sub = pos.value(0);
    bool ok = false;
    const qint64 id = pos.value(1).toLongLong(&ok);
    const int wanted = sub == QLatin1String("files") ? 2 : 3;
    if (pos.size() != wanted || !ok || id <= 0)
        return usage(QCoreApplication::translate("CliApp", "loa %1 needs: %2.")
                         .arg(sub,
                             sub == QLatin1String("files")    ? QStringLiteral("a case id")
                                 : sub == QLatin1String("attach") ? QStringLiteral("a case id and a file")
                                                                  : QStringLiteral("a case id and a file id")),
            help);
    if (p.parser.isSet(QStringLiteral("kind")) && sub != QLatin1String("attach"))
        return usage(QCoreApplication::translate("CliApp", "--kind belongs to loa attach."), help);
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
    if (p.parser.isSet(QStringLiteral("kind")) && !attachmentKindFromString(p.parser.value(QStringLiteral("kind")), &kind))
        return usage(QCoreApplication::translate("CliApp", "--kind is carrier-invoice or customer-service-record, not \"%1\".")
                         .arg(p.parser.value(QStringLiteral("kind"))),
            help);
    qint64 fileId = 0;
    if (sub == QLatin1String("delete-file") || sub == QLatin1String("restore-file")) {
        fileId = pos.at(2).toLongLong(&ok);
        if (!ok || fileId <= 0)
            return usage(QCoreApplication::translate("CliApp", "A file id is a positive integer (see loa files)."), help);
    }
    if (const int status = openStore(ctx))
        return status;
    CaseRecord record;
    if (const int status = loadCase(ctx, id, &record))
        return status;

    if (sub == QLatin1String("files")) {
        StoreStatus status;
        const QList<CaseAttachment> files = ctx.service->loas.listAttachments(id, &status, AttachmentScope::All);
        if (!status.ok())
            return storeFailure(status.message);
        QJsonArray json;
        for (const CaseAttachment &a : std::as_const(files)) {
            if (ctx.json) {
                json.append(QJsonObject{{QStringLiteral("id"), a.id},
                                        {QStringLiteral("kind"), toString(a.kind)},
                                        {QStringLiteral("fileName"), a.fileName},
                                        {QStringLiteral("mimeType"), a.mimeType},
                                        {QStringLiteral("sizeBytes"), a.sizeBytes},
                                        {QStringLiteral("addedAt"), isoOrNull(a.addedAt)},
                                        {QStringLiteral("deletedAt"), isoOrNull(a.removedAt)}});
                continue;
            }
            m_out << a.id << '\t' << toString(a.kind) << '\t' << a.fileName << '\t' << a.sizeBytes << '\t'
                  << iso(a.addedAt);
            if (a.removedAt.isValid())
                m_out << '\t' << QCoreApplication::translate("CliApp", "deleted %1").arg(iso(a.removedAt));
            m_out << '\n';
        }
        if (ctx.json)
            m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return Done;
    }
    if (sub == QLatin1String("attach")) {
        const ChangeResult result = ctx.service->loas.addAttachmentFile(id, kind, pos.at(2), Role::Admin);
        const int code = reportResult(result, m_err);
        if (code != Done)
            return code;
        if (ctx.json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), result.id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << result.id << '\n';
        return Done;
    }
    const ChangeResult result = sub == QLatin1String("delete-file")
        ? ctx.service->loas.removeAttachment(id, fileId, Role::Admin)
        : ctx.service->loas.restoreAttachment(id, fileId, Role::Admin);
    return reportResult(result, m_err);
}

int CliApp::cmdLoaSign(Context &ctx, const QStringList &args)
{
    const QString help = QStringLiteral(
        "Usage: portdesk-cli loa sign ID --name NAME --title TITLE [--carrier N|NAME]\n"
        "                             [--signature PNG] [--request CORRECTED.json]\n"
        "       portdesk-cli loa status ID\n\n"
        "sign: the authorizing person signs the LOA of one carrier group (--carrier:\n"
        "its number 1, 2, ... or its carrier's name; default: every group whose LOA\n"
        "is not signed, expired or shows an older request) as the request stands, or\n"
        "as CORRECTED.json will make it: after a change request, sign the corrected\n"
        "LOAs with --request, then run case correct with the same file. Each\n"
        "signature is a new version, good for 90 days; submit-loa needs every group\n"
        "signed. Prints \"carrier N: version V\" for each LOA signed.\n"
        "  --signature PNG   a drawn signature (PNG, at most 1 MiB)\n"
        "status: each carrier group's LOA: unsigned, signed, expired or\n"
        "needs-resigning, with its version, signer and validity, then whether\n"
        "submit-loa may go ahead (and if not, why).\n");
    CommandParser p(help);
    p.add(QStringLiteral("name"), QStringLiteral("NAME"));
    p.add(QStringLiteral("title"), QStringLiteral("TITLE"));
    p.add(QStringLiteral("carrier"), QStringLiteral("N"));
    p.add(QStringLiteral("signature"), QStringLiteral("PNG"));
    p.add(QStringLiteral("request"), QStringLiteral("FILE"));
    if (!p.parse(args))
        return usage(p.parser.errorText(), help);
    if (p.parser.isSet(QStringLiteral("help")))
        return m_out << help, Done;
    const QStringList pos = p.parser.positionalArguments();
    const bool sign = pos.value(0) == QLatin1String("sign");
    bool ok = false;
    const qint64 id = pos.size() == 2 ? pos.at(1).toLongLong(&ok) : 0;
    if (pos.size() != 2 || !ok || id <= 0)
        return usage(QCoreApplication::translate("CliApp", "loa %1 needs a case id (a positive integer).")
                         .arg(pos.value(0)),
                     help);

    if (!sign) {
        for (const QString &option : {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("carrier"),
                                      QStringLiteral("signature"), QStringLiteral("request")}) {
            if (p.parser.isSet(option))
                return usage(QCoreApplication::translate("CliApp", "--%1 belongs to loa sign, not loa status.").arg(option), help);
        }
        if (const int status = openStore(ctx))
            return status;
        CaseRecord record;
        if (const int status = loadCase(ctx, id, &record))
            return status;
        if (record.kind != CaseKind::PortIn) {
            m_err << QCoreApplication::translate("CliApp", "Case %1 is a port-out: LOAs belong to port-in cases.").arg(id) << '\n';
            return Refused;
        }
        StoreStatus status;
        const QList<LoaGroupStatus> groups = ctx.service->loas.loaStatus(id, &status);
        if (!status.ok())
            return storeFailure(status.message);
        const Violations blockers = ctx.service->loas.loaSubmitBlockers(id, &status);
        if (!status.ok())
            return storeFailure(status.message);
        QJsonArray json;
        for (const LoaGroupStatus &g : groups) {
            QJsonObject o{{QStringLiteral("carrier"), g.carrierIndex + 1},
                          {QStringLiteral("carrierName"), g.carrier},
                          {QStringLiteral("state"), toString(g.state)},
                          {QStringLiteral("version"), g.version.version},
                          {QStringLiteral("versions"), int(g.versions.size())}};
            const bool hasVersion = g.version.version > 0;
            o.insert(QStringLiteral("signedAt"), hasVersion ? isoOrNull(g.version.signedAt) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("expiresAt"), hasVersion ? isoOrNull(g.version.expiresAt()) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("signer"), hasVersion ? QJsonValue(g.version.signer.name) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("signerTitle"), hasVersion ? QJsonValue(g.version.signer.title) : QJsonValue(QJsonValue::Null));
            json.append(o);
            if (ctx.json)
                continue;
            const QString label = g.carrier.trimmed().isEmpty()
                ? QCoreApplication::translate("CliApp", "carrier %1").arg(g.carrierIndex + 1)
                : QCoreApplication::translate("CliApp", "carrier %1 (%2)").arg(g.carrierIndex + 1).arg(g.carrier.trimmed());
            m_out << label << '\t' << toString(g.state);
            if (hasVersion) {
                m_out << '\t'
                      << QCoreApplication::translate("CliApp", "version %1 signed %2 by %3 (%4), valid until %5")
                             .arg(g.version.version)
                             .arg(iso(g.version.signedAt), g.version.signer.name, g.version.signer.title,
                                  iso(g.version.expiresAt()));
            }
            m_out << '\n';
        }
        if (ctx.json) {
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                               {QStringLiteral("readyToSubmit"), !hasErrors(blockers)},
                                               {QStringLiteral("groups"), json},
                                               {QStringLiteral("blockers"), violationsJson(blockers)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
            return Done;
        }
        if (!hasErrors(blockers))
            m_out << QCoreApplication::translate("CliApp", "Every LOA is signed and current: submit-loa may go ahead.") << '\n';
        for (const Violation &v : blockers)
            m_out << v.message << '\n';
        return Done;
    }

    if (!p.parser.isSet(QStringLiteral("name")) || !p.parser.isSet(QStringLiteral("title")))
        return usage(QCoreApplication::translate("CliApp", "loa sign needs --name and --title: the authorizing person signs."), help);
    LoaSigner signer{p.parser.value(QStringLiteral("name")), p.parser.value(QStringLiteral("title")), QByteArray()};
    if (p.parser.isSet(QStringLiteral("signature"))) {
        QFile png(p.parser.value(QStringLiteral("signature")));
        if (!png.open(QIODevice::ReadOnly))
            return usage(QCoreApplication::translate("CliApp", "Cannot read %1: %2").arg(png.fileName(), png.errorString()),
                         QString());
        signer.drawing = png.readAll();
    }
    const QString carrierText = p.parser.value(QStringLiteral("carrier")).trimmed();
    const bool oneCarrier = p.parser.isSet(QStringLiteral("carrier"));
    bool carrierIsNumber = false;
    const int carrierNumber = carrierText.toInt(&carrierIsNumber);
    if (oneCarrier && (carrierText.isEmpty() || (carrierIsNumber && carrierNumber <= 0)))
        return usage(QCoreApplication::translate("CliApp", "--carrier needs a carrier group number (1, 2, ...) or a carrier name."), help);
    PortInRequest pending;
    const bool hasPending = p.parser.isSet(QStringLiteral("request"));
    if (hasPending) {
        QJsonObject json;
        QString error;
        if (!readJsonFile(p.parser.value(QStringLiteral("request")), &json, &error))
            return usage(error, QString());
        Violations problems;
        pending = PortInRequest::fromJson(json, &problems);
        if (hasErrors(problems)) {
            ChangeResult shape;
            shape.violations = problems;
            return reportResult(shape, m_err);
        }
    }
    if (const int status = openStore(ctx))
        return status;
    CaseRecord record;
    if (const int status = loadCase(ctx, id, &record))
        return status;
    if (record.kind != CaseKind::PortIn) {
        m_err << QCoreApplication::translate("CliApp", "Case %1 is a port-out: LOAs belong to port-in cases.").arg(id) << '\n';
        return Refused;
    }
    const PortInRequest &request = hasPending ? pending : record.portIn;

    QList<int> groups; // 0-based
    if (oneCarrier) {
        if (carrierIsNumber) {
            groups << carrierNumber - 1; // signLoa refuses a group the case does not have
        } else {
            QStringList names;
            for (qsizetype i = 0; i < request.carriers.size(); ++i) {
                const QString name = request.carriers.at(i).carrier.trimmed();
                names << QStringLiteral("%1 (%2)").arg(i + 1).arg(name.isEmpty() ? QStringLiteral("-") : name);
                if (name.compare(carrierText, Qt::CaseInsensitive) == 0)
                    groups << int(i);
            }
            if (groups.size() != 1) {
                m_err << (groups.isEmpty()
                              ? QCoreApplication::translate("CliApp", "Case %1 has no carrier group with the carrier \"%2\"; its groups: %3.")
                              : QCoreApplication::translate("CliApp", "Case %1 has more than one carrier group with the carrier \"%2\": give the group's number instead (%3)."))
                             .arg(id)
                             .arg(carrierText, names.join(QStringLiteral(", ")))
                      << '\n';
                return Refused;
            }
        }
    } else {
        StoreStatus status;
        const Violations blockers = hasPending ? ctx.service->loas.loaSubmitBlockers(id, pending, &status)
                                               : ctx.service->loas.loaSubmitBlockers(id, &status);
        if (!status.ok())
            return storeFailure(status.message);
        static const QRegularExpression groupField(QStringLiteral("^carriers\\[(\\d+)\\]$"));
        for (const Violation &v : blockers) {
            const QRegularExpressionMatch m = groupField.match(v.field);
            if (!m.hasMatch()) {
                ChangeResult refusal;
                refusal.violations.append(v);
                return reportResult(refusal, m_err);
            }
            groups << m.captured(1).toInt();
        }
    }

    QJsonArray signedVersions;
    for (const int group : std::as_const(groups)) {
        const ChangeResult result = ctx.service->loas.signLoa(id, group, signer, Role::Admin, hasPending ? &pending : nullptr);
        if (const int code = reportResult(result, m_err))
            return code;
        signedVersions.append(QJsonObject{{QStringLiteral("carrier"), group + 1},
                                          {QStringLiteral("carrierName"), request.carriers.value(group).carrier},
                                          {QStringLiteral("version"), result.id}});
        if (!ctx.json)
            m_out << QCoreApplication::translate("CliApp", "carrier %1: version %2").arg(group + 1).arg(result.id) << '\n';
    }
    if (ctx.json)
        m_out << QJsonDocument(signedVersions).toJson(QJsonDocument::Compact) << '\n';
    else if (groups.isEmpty())
        m_out << QCoreApplication::translate("CliApp", "Every LOA is signed and current: nothing to sign.") << '\n';
    return Done;
}

// Reports a bulk action: the summary on stdout (--json: an object), each
// refused number on stderr; exit 1 when any was refused.
static int reportBulk(const BulkResult &result, bool json, QTextStream &out, QTextStream &err)
{
    if (!result.status.ok()) {
        err << result.status.message << '\n';
        return CliApp::StoreUnavailable;
    }
    for (const Violation &v : result.violations)
        if (v.isError())
            err << violationLine(v) << '\n';
    if (hasErrors(result.violations))
        return CliApp::Refused;
    for (const NumberRefusal &r : result.refused)
        err << r.e164 << ": " << r.reason << " [" << r.rule << "]\n";
    if (json) {
        QJsonArray refused;
        for (const NumberRefusal &r : result.refused)
            refused.append(QJsonObject{{QStringLiteral("e164"), r.e164},
                                       {QStringLiteral("rule"), r.rule},
                                       {QStringLiteral("message"), r.reason}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("requested"), result.requested},
                                         {QStringLiteral("changed"), result.changed},
                                         {QStringLiteral("refused"), refused}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else if (result.requested > 1 || !result.refused.isEmpty()) {
        out << QCoreApplication::translate("CliApp", "%1 of %2 numbers changed, %3 refused.")
                   .arg(result.changed)
                   .arg(result.requested)
                   .arg(result.refused.size())
            << '\n';
    }
    return result.refused.isEmpty() ? CliApp::Done : CliApp::Refused;
}

int CliApp::cmdInventory(Context &ctx, const QStringList &args)
{
    const QString help = QStringLiteral(
        "Usage: portdesk-cli inventory list [--status S] [--prefix +1206] [--product-type T]\n"
        "                                   [--assignee TEXT] [--case ID] [--ported-out]\n"
        "                                   [--sort KEY] [--desc] [--limit N]\n"
        "       portdesk-cli inventory show NUMBER           the number and its history\n"
        "       portdesk-cli inventory assign NUMBER... (--user EMAIL | --voice-connector NAME) [--partial]\n"
        "       portdesk-cli inventory unassign NUMBER... [--partial]\n"
        "       portdesk-cli inventory delete NUMBER... [--partial]\n"
        "       portdesk-cli inventory restore NUMBER... [--partial]\n"
        "       portdesk-cli inventory unassign-delete (NUMBER... [--partial] | --case ID)\n"
        "       portdesk-cli inventory export --format json|csv [--out FILE] [list filters]\n"
        "       portdesk-cli inventory import FILE.json [--create-voice-connectors]\n\n"
        "Statuses: PortinInProgress, Unassigned, Assigned, PortoutInProgress,\n"
        "DeleteInProgress. Deleted numbers stay restorable for 7 days.\n"
        "Sort keys: number (default), status, product-type, created, updated, case.\n"
        "Several numbers change in one transaction, all or nothing; with --partial\n"
        "every acceptable number changes and the refused ones are listed (exit 1).\n"
        "unassign-delete unassigns and deletes (the end of a port-out); --case ID does\n"
        "it for every number of a ported-out port-out case.\n"
        "export writes the ListPhoneNumbers JSON shape or CSV (stdout without --out).\n"
        "import is all or nothing: every refused row is listed by index and reason.\n");
    if (args.isEmpty())
        return usage(QCoreApplication::translate("CliApp", "inventory needs a subcommand."), help);
    CommandParser p(help);
    p.add(QStringLiteral("status"), QStringLiteral("S"));
    p.add(QStringLiteral("prefix"), QStringLiteral("P"));
    p.add(QStringLiteral("product-type"), QStringLiteral("T"));
    p.add(QStringLiteral("assignee"), QStringLiteral("TEXT"));
    p.add(QStringLiteral("case"), QStringLiteral("ID"));
    p.add(QStringLiteral("ported-out"));
    p.add(QStringLiteral("sort"), QStringLiteral("KEY"));
    p.add(QStringLiteral("desc"));
    p.add(QStringLiteral("limit"), QStringLiteral("N"));
    p.add(QStringLiteral("user"), QStringLiteral("EMAIL"));
    p.add(QStringLiteral("voice-connector"), QStringLiteral("NAME"));
    p.add(QStringLiteral("partial"));
    p.add(QStringLiteral("format"), QStringLiteral("FORMAT"));
    p.add(QStringLiteral("out"), QStringLiteral("FILE"));
    p.add(QStringLiteral("create-voice-connectors"));
    if (!p.parse(args))
        return usage(p.parser.errorText(), help);
    if (p.parser.isSet(QStringLiteral("help")))
        return m_out << help, Done;
    const QStringList pos = p.parser.positionalArguments();
    const QString sub = pos.value(0);

    // Numbers on the command line may be in any notation; the store keys E.164.
    auto toE164 = [&](const QStringList &inputs, QStringList *out) {
        bool ok = true;
        for (const NumberCheck &c : PhoneNumbers::checkAll(inputs)) {
            if (c.e164.isEmpty()) {
                m_err << c.input << ": " << c.message << " [" << c.rule << "]\n";
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
            return usage(bad, help);
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
                return usage(QCoreApplication::translate("CliApp", "Unknown sort key \"%1\".").arg(key), help);
            filter.sort = sorts.value(key);
        }
        filter.descending = p.parser.isSet(QStringLiteral("desc"));
        if (p.parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = p.parser.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || filter.limit <= 0)
                return usage(QCoreApplication::translate("CliApp", "--limit needs a positive number."), help);
        }
        if (const int status = openStore(ctx))
            return status;
        StoreStatus status;
        const QList<InventoryNumber> numbers = ctx.service->inventory.listInventory(filter, &status);
        if (!status.ok())
            return storeFailure(status.message);
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
                m_out << n.e164 << '\t' << toString(n.productType) << '\t' << toString(n.status) << '\t'
                      << (n.assignedTo().isEmpty() ? QStringLiteral("-") : n.assignedTo()) << '\t'
                      << (n.caseId > 0 ? QString::number(n.caseId) : QStringLiteral("-"))
                      << (n.portedOut ? QCoreApplication::translate("CliApp", "\tported out: unassign and delete") : QString()) << '\n';
        }
        if (ctx.json)
            m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Done;
    }
    if (sub == QLatin1String("show")) {
        if (pos.size() != 2)
            return usage(QCoreApplication::translate("CliApp", "inventory show needs one number."), help);
        QStringList e164;
        if (!toE164({pos.at(1)}, &e164))
            return Refused;
        if (const int status = openStore(ctx))
            return status;
        StoreStatus status;
        InventoryNumber n;
        const bool found = ctx.service->inventory.findNumber(e164.first(), &n, &status);
        const QList<InventoryEvent> history = status.ok() ? ctx.service->inventory.numberHistory(e164.first(), &status)
                                                          : QList<InventoryEvent>();
        if (!status.ok())
            return storeFailure(status.message);
        if (!found && history.isEmpty()) {
            m_err << QCoreApplication::translate("CliApp", "%1 is not in the phone number inventory and has no history.")
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
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return Done;
        }
        m_out << PhoneNumbers::formatNational(e164.first()) << " (" << e164.first() << ")\n";
        if (found)
            m_out << toString(n.productType) << '\t' << toString(n.status) << '\t'
                  << (n.assignedTo().isEmpty() ? QStringLiteral("-") : n.assignedTo()) << '\n';
        else
            m_out << QCoreApplication::translate("CliApp", "Not in the inventory any more.") << '\n';
        for (const InventoryEvent &e : history)
            m_out << iso(e.at) << '\t' << InventoryService::describe(e) << '\n';
        return Done;
    }
    const bool partial = p.parser.isSet(QStringLiteral("partial"));
    const BulkPolicy policy = partial ? BulkPolicy::ApplyAcceptable : BulkPolicy::AllOrNothing;
    if (sub == QLatin1String("assign") || sub == QLatin1String("unassign")) {
        if (pos.size() < 2)
            return usage(QCoreApplication::translate("CliApp", "inventory %1 needs at least one number.").arg(sub), help);
        const bool user = p.parser.isSet(QStringLiteral("user"));
        const bool vc = p.parser.isSet(QStringLiteral("voice-connector"));
        if (sub == QLatin1String("assign") && user == vc)
            return usage(QCoreApplication::translate("CliApp", "inventory assign needs exactly one of --user EMAIL or --voice-connector NAME."), help);
        QStringList e164;
        if (!toE164(pos.mid(1), &e164))
            return Refused;
        if (const int status = openStore(ctx))
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
            return reportResult(result, m_err);
        }
        BulkResult result;
        if (sub == QLatin1String("unassign"))
            result = ctx.service->inventory.unassignSelected(e164, policy);
        else if (user)
            result = ctx.service->inventory.assignSelectedToUser(e164, p.parser.value(QStringLiteral("user")), policy);
        else
            result = ctx.service->inventory.assignSelectedToVoiceConnector(e164, p.parser.value(QStringLiteral("voice-connector")), policy);
        return reportBulk(result, ctx.json, m_out, m_err);
    }
    if (sub == QLatin1String("delete") || sub == QLatin1String("restore")) {
        if (pos.size() < 2)
            return usage(QCoreApplication::translate("CliApp", "inventory %1 needs at least one number.").arg(sub), help);
        QStringList e164;
        if (!toE164(pos.mid(1), &e164))
            return Refused;
        if (const int status = openStore(ctx))
            return status;
        if (!partial) {
            // All or nothing, each refusal by its position on the command line.
            const ChangeResult result = sub == QLatin1String("delete") ? ctx.service->inventory.deleteNumbers(e164)
                                                                       : ctx.service->inventory.restoreNumbers(e164);
            return reportResult(result, m_err);
        }
        const BulkResult result = sub == QLatin1String("delete") ? ctx.service->inventory.deleteSelected(e164, policy)
                                                                 : ctx.service->inventory.restoreSelected(e164, policy);
        return reportBulk(result, ctx.json, m_out, m_err);
    }
    if (sub == QLatin1String("unassign-delete")) {
        const bool byCase = p.parser.isSet(QStringLiteral("case"));
        if (byCase == (pos.size() >= 2))
            return usage(QCoreApplication::translate("CliApp", "inventory unassign-delete needs numbers or --case ID, not both."), help);
        qint64 caseId = 0;
        QStringList e164;
        if (byCase) {
            bool ok = false;
            caseId = p.parser.value(QStringLiteral("case")).toLongLong(&ok);
            if (!ok || caseId <= 0)
                return usage(QCoreApplication::translate("CliApp", "--case needs a case id (a positive integer)."), help);
        } else if (!toE164(pos.mid(1), &e164)) {
            return Refused;
        }
        if (const int status = openStore(ctx))
            return status;
        const BulkResult result = byCase ? ctx.service->inventory.finishPortOut(caseId)
                                         : ctx.service->inventory.unassignAndDeleteSelected(e164, policy);
        const int code = reportBulk(result, ctx.json, m_out, m_err);
        if (code == Done) {
            // The port-out closes once none of its numbers is left: the clock's step.
            StoreStatus status;
            const QList<AppliedStep> steps = ctx.service->clock.tick(&status);
            if (!status.ok())
                return storeFailure(status.message);
            for (const AppliedStep &s : steps)
                if (s.what == QLatin1String("close") && !ctx.json)
                    m_out << QCoreApplication::translate("CliApp", "Case %1 closed.").arg(s.caseId) << '\n';
        }
        return code;
    }
    if (sub == QLatin1String("export")) {
        const QString format = p.parser.value(QStringLiteral("format"));
        if (pos.size() != 1 || (format != QLatin1String("json") && format != QLatin1String("csv")))
            return usage(QCoreApplication::translate("CliApp", "inventory export needs --format json or --format csv."), help);
        InventoryFilter filter;
        const QString bad = readFilter(&filter);
        if (!bad.isEmpty())
            return usage(bad, help);
        if (const int status = openStore(ctx))
            return status;
        InventoryExchange exchange(*ctx.store);
        const auto kind = format == QLatin1String("json") ? InventoryExchange::Format::Json
                                                          : InventoryExchange::Format::Csv;
        StoreStatus status;
        if (p.parser.isSet(QStringLiteral("out"))) {
            if (!exchange.exportToFile(p.parser.value(QStringLiteral("out")), kind, filter, &status))
                return storeFailure(status.message);
            return Done;
        }
        // Straight to the output's device, page by page; a string stream gets a copy.
        m_out.flush();
        if (QIODevice *device = m_out.device()) {
            if (!exchange.exportTo(device, kind, filter, &status))
                return storeFailure(status.message);
            return Done;
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!exchange.exportTo(&buffer, kind, filter, &status))
            return storeFailure(status.message);
        m_out << QString::fromUtf8(buffer.data());
        return Done;
    }
    if (sub == QLatin1String("import")) {
        if (pos.size() != 2)
            return usage(QCoreApplication::translate("CliApp", "inventory import needs one file: inventory import FILE.json"), help);
        if (const int status = openStore(ctx))
            return status;
        InventoryExchange::ImportOptions options;
        options.createMissingVoiceConnectors = p.parser.isSet(QStringLiteral("create-voice-connectors"));
        const ImportResult result = InventoryExchange(*ctx.store).importJsonFile(pos.at(1), options);
        if (!result.status.ok())
            return storeFailure(result.status.message);
        for (const Violation &v : result.violations)
            m_err << violationLine(v) << '\n';
        if (hasErrors(result.violations))
            return Refused;
        for (const ImportRefusal &r : result.refused)
            m_err << QCoreApplication::translate("CliApp", "row %1").arg(r.row)
                  << (r.e164.isEmpty() ? QString() : QStringLiteral(" (") + r.e164 + QLatin1Char(')'))
                  << ": " << r.reason << " [" << r.rule << "]\n";
        if (!result.refused.isEmpty()) {
            m_err << QCoreApplication::translate("CliApp", "%1 of %2 rows refused: nothing was imported.")
                         .arg(result.refused.size())
                         .arg(result.rows)
                  << '\n';
            return Refused;
        }
        if (ctx.json) {
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("rows"), result.rows},
                                               {QStringLiteral("imported"), result.imported},
                                               {QStringLiteral("usersCreated"), QJsonArray::fromStringList(result.usersCreated)},
                                               {QStringLiteral("voiceConnectorsCreated"), QJsonArray::fromStringList(result.voiceConnectorsCreated)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            m_out << QCoreApplication::translate("CliApp", "Imported %1 numbers.").arg(result.imported) << '\n';
            if (!result.usersCreated.isEmpty())
                m_out << QCoreApplication::translate("CliApp", "Users created: %1").arg(result.usersCreated.join(QStringLiteral(", "))) << '\n';
            if (!result.voiceConnectorsCreated.isEmpty())
                m_out << QCoreApplication::translate("CliApp", "Voice Connectors created: %1").arg(result.voiceConnectorsCreated.join(QStringLiteral(", "))) << '\n';
        }
        return Done;
    }
    return usage(QCoreApplication::translate("CliApp", "Unknown inventory subcommand \"%1\".").arg(sub), help);
}

int CliApp::cmdVoiceConnector(Context &ctx, const QStringList &args)
{
    const QString help = QStringLiteral(
        "Usage: portdesk-cli voice-connector create NAME [--region R] [--encryption]\n"
        "       portdesk-cli voice-connector edit NAME [--name NEW] [--region R]\n"
        "                                     [--encryption | --no-encryption]\n"
        "       portdesk-cli voice-connector delete NAME\n"
        "       portdesk-cli voice-connector list\n\n"
        "A Voice Connector port needs its Voice Connector first. Default region:\n"
        "us-east-1. A connector with numbers assigned cannot be deleted; one that\n"
        "an open port-in names cannot be renamed or deleted.\n");
    CommandParser p(help);
    p.add(QStringLiteral("region"), QStringLiteral("R"));
    p.add(QStringLiteral("encryption"));
    p.add(QStringLiteral("no-encryption"));
    p.add(QStringLiteral("name"), QStringLiteral("NEW"));
    if (!p.parse(args))
        return usage(p.parser.errorText(), help);
    if (p.parser.isSet(QStringLiteral("help")))
        return m_out << help, Done;
    const QStringList pos = p.parser.positionalArguments();
    if (pos.value(0) == QLatin1String("create")) {
        if (pos.size() != 2)
            return usage(QCoreApplication::translate("CliApp", "voice-connector create needs a name."), help);
        if (const int status = openStore(ctx))
            return status;
        const QString region = p.parser.isSet(QStringLiteral("region")) ? p.parser.value(QStringLiteral("region"))
                                                                        : QStringLiteral("us-east-1");
        const ChangeResult result = ctx.service->directory.createVoiceConnector(
            pos.at(1), region, p.parser.isSet(QStringLiteral("encryption")));
        const int code = reportResult(result, m_err);
        if (code == Done && ctx.json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), result.id}, {QStringLiteral("name"), pos.at(1)}})
                         .toJson(QJsonDocument::Compact) << '\n';
        return code;
    }
    if (pos.value(0) == QLatin1String("edit") || pos.value(0) == QLatin1String("delete")) {
        const bool edit = pos.value(0) == QLatin1String("edit");
        if (pos.size() != 2)
            return usage(QCoreApplication::translate("CliApp", "voice-connector %1 needs the connector's name.").arg(pos.value(0)), help);
        if (p.parser.isSet(QStringLiteral("encryption")) && p.parser.isSet(QStringLiteral("no-encryption")))
            return usage(QCoreApplication::translate("CliApp", "Give --encryption or --no-encryption, not both."), help);
        if (const int status = openStore(ctx))
            return status;
        StoreStatus status;
        VoiceConnector current;
        if (!ctx.service->directory.findVoiceConnector(pos.at(1), &current, &status)) {
            if (!status.ok())
                return storeFailure(status.message);
            m_err << QCoreApplication::translate("CliApp", "There is no Voice Connector named \"%1\".").arg(pos.at(1))
                  << " [voiceConnector.not-found]\n";
            return Refused;
        }
        if (!edit)
            return reportResult(ctx.service->directory.deleteVoiceConnector(current.id), m_err);
        const QString name = p.parser.isSet(QStringLiteral("name")) ? p.parser.value(QStringLiteral("name")) : current.name;
        const QString region = p.parser.isSet(QStringLiteral("region")) ? p.parser.value(QStringLiteral("region")) : current.region;
        const bool encryption = p.parser.isSet(QStringLiteral("encryption"))
            || (current.encryption && !p.parser.isSet(QStringLiteral("no-encryption")));
        return reportResult(ctx.service->directory.editVoiceConnector(current.id, name, region, encryption), m_err);
    }
    if (pos.value(0) == QLatin1String("list")) {
        if (const int status = openStore(ctx))
            return status;
        StoreStatus status;
        const QList<VoiceConnector> list = ctx.service->directory.listVoiceConnectors(&status);
        if (!status.ok())
            return storeFailure(status.message);
        QJsonArray json;
        for (const VoiceConnector &vc : list) {
            if (ctx.json)
                json.append(QJsonObject{{QStringLiteral("id"), vc.id},
                                        {QStringLiteral("name"), vc.name},
                                        {QStringLiteral("region"), vc.region},
                                        {QStringLiteral("encryption"), vc.encryption},
                                        {QStringLiteral("numbers"), vc.numberCount},
                                        {QStringLiteral("createdAt"), isoOrNull(vc.createdAt)}});
            else
                m_out << vc.name << '\t' << vc.region << '\t'
                      << (vc.encryption ? QCoreApplication::translate("CliApp", "encrypted") : QCoreApplication::translate("CliApp", "unencrypted"))
                      << '\t' << QCoreApplication::translate("CliApp", "%n number(s)", nullptr, vc.numberCount) << '\n';
        }
        if (ctx.json)
            m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Done;
    }
    return usage(QCoreApplication::translate("CliApp", "voice-connector needs: create, edit, delete or list."), help);
}

int CliApp::cmdUser(Context &ctx, const QStringList &args)
{
    const QString help = QStringLiteral(
        "Usage: portdesk-cli user add EMAIL [--name NAME]\n"
        "       portdesk-cli user edit EMAIL [--email NEW] [--name NAME]\n"
        "       portdesk-cli user list [--contains TEXT]\n\n"
        "The Business Calling users numbers are assigned to. Emails are unique\n"
        "(ignoring case); inventory assign --user creates a user that is new.\n");
    CommandParser p(help);
    p.add(QStringLiteral("name"), QStringLiteral("NAME"));
    p.add(QStringLiteral("email"), QStringLiteral("NEW"));
    p.add(QStringLiteral("contains"), QStringLiteral("TEXT"));
    if (!p.parse(args))
        return usage(p.parser.errorText(), help);
    if (p.parser.isSet(QStringLiteral("help")))
        return m_out << help, Done;
    const QStringList pos = p.parser.positionalArguments();
    const QString sub = pos.value(0);
    if (sub == QLatin1String("add")) {
        if (pos.size() != 2)
            return usage(QCoreApplication::translate("CliApp", "user add needs an email address."), help);
        if (const int status = openStore(ctx))
            return status;
        const ChangeResult result = ctx.service->directory.addUser(pos.at(1), p.parser.value(QStringLiteral("name")));
        const int code = reportResult(result, m_err);
        if (code == Done && ctx.json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), result.id}}).toJson(QJsonDocument::Compact) << '\n';
        return code;
    }
    if (sub == QLatin1String("edit")) {
        if (pos.size() != 2)
            return usage(QCoreApplication::translate("CliApp", "user edit needs the user's email address."), help);
        if (const int status = openStore(ctx))
            return status;
        StoreStatus status;
        const QList<User> users = ctx.service->directory.listUsers(pos.at(1), &status);
        if (!status.ok())
            return storeFailure(status.message);
        const QString key = pos.at(1).trimmed().toLower();
        const auto it = std::find_if(users.cbegin(), users.cend(), [&](const User &u) { return u.email == key; });
        if (it == users.cend()) {
            m_err << QCoreApplication::translate("CliApp", "There is no user with the email address %1.").arg(key)
                  << " [user.not-found]\n";
            return Refused;
        }
        const QString email = p.parser.isSet(QStringLiteral("email")) ? p.parser.value(QStringLiteral("email")) : it->email;
        const QString name = p.parser.isSet(QStringLiteral("name")) ? p.parser.value(QStringLiteral("name")) : it->name;
        return reportResult(ctx.service->directory.editUser(it->id, email, name), m_err);
    }
    if (sub == QLatin1String("list")) {
        if (const int status = openStore(ctx))
            return status;
        StoreStatus status;
        const QList<User> users = ctx.service->directory.listUsers(p.parser.value(QStringLiteral("contains")), &status);
        if (!status.ok())
            return storeFailure(status.message);
        QJsonArray json;
        for (const User &u : users) {
            if (ctx.json)
                json.append(QJsonObject{{QStringLiteral("id"), u.id},
                                        {QStringLiteral("email"), u.email},
                                        {QStringLiteral("name"), u.name},
                                        {QStringLiteral("numbers"), u.numberCount},
                                        {QStringLiteral("createdAt"), isoOrNull(u.createdAt)}});
            else
                m_out << u.email << '\t' << (u.name.isEmpty() ? QStringLiteral("-") : u.name) << '\t'
                      << QCoreApplication::translate("CliApp", "%n number(s)", nullptr, u.numberCount) << '\n';
        }
        if (ctx.json)
            m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Done;
    }
    return usage(QCoreApplication::translate("CliApp", "user needs: add, edit or list."), help);
}

int CliApp::cmdClock(Context &ctx, const QStringList &args)
{
    const QString help = QStringLiteral(
        "Usage: portdesk-cli [--now ISO] clock tick\n\n"
        "Applies every transition that has come due, once: numbers enter the\n"
        "inventory one day before the FOC, are activated at the FOC, ported-out\n"
        "cases close when their numbers are deleted, and numbers (and files\n"
        "deleted from a case) deleted more than 7 days ago are purged. Prints each\n"
        "step applied: case, step (inventory, activate, close, purge, purge-file)\n"
        "and detail (a number, a file name).\n");
    if (args.contains(QStringLiteral("--help")))
        return m_out << help, Done;
    if (args != QStringList{QStringLiteral("tick")})
        return usage(QCoreApplication::translate("CliApp", "clock needs: tick"), help);
    QList<AppliedStep> steps;
    if (const int status = openStore(ctx, &steps))
        return status;
    QJsonArray json;
    for (const AppliedStep &s : steps) {
        if (ctx.json)
            json.append(QJsonObject{{QStringLiteral("caseId"), s.caseId > 0 ? QJsonValue(s.caseId) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("step"), s.what},
                                    {QStringLiteral("detail"), s.detail}});
        else
            m_out << (s.caseId > 0 ? QString::number(s.caseId) : QStringLiteral("-")) << '\t' << s.what
                  << (s.detail.isEmpty() ? QString() : QLatin1Char('\t') + s.detail) << '\n';
    }
    if (ctx.json)
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Done;
}

} // namespace portdesk
