// SPDX-License-Identifier: Apache-2.0
#include "CliApp.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CliOutput.h"
#include "CommandTable.h"

#include "core/Clock.h"

#include <QCoreApplication>

namespace portdesk {

using namespace cli;

namespace {

const char kMainHelp[] = QT_TRANSLATE_NOOP(
    "CliApp", R"(Usage: portdesk-cli [--db URL] [--read-only] [--now ISO-8601] [--json] COMMAND ...

Port United States phone numbers into and out of the cloud calling service.

Global options (before or after the command, e.g. case list --json):
  --db URL        the store: sqlite:PATH, a file path, or
                  postgresql://user@host:port/db (default: $PORTDESK_DB, else
                  the per-user store of the PortDesk app)
  --read-only     write nothing (a store you cannot write opens so by
                  itself): lists and shows work, changes are refused, and
                  steps the clock has made due are only reported
  --now ISO-8601  the clock for this run, e.g. 2026-12-14T10:00:00-05:00
  --json          machine-readable output on stdout; errors and warnings as
                  one JSON object on stderr: {"exit": N, "errors": [{"rule",
                  "field", "message"}, ...], "warnings": [...]}
  --help          this help; COMMAND --help for a command's own help
  --version       the PortDesk version

Commands:
  validate NUMBER...                     one line each: E.164, verdict, reason
  port-in submit REQUEST.json            prints the new case id
  port-out submit REQUEST.json           prints the new case id
  case list [--state S] [--limit N]
  case show ID [--reveal [--as ROLE]]   fields, events, projected timeline; --reveal: the
                                         secrets the role may see, recorded in the history
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
  store check [--quick]                  check the whole store for damage
  team init | team add-account NAME      a team store (PostgreSQL, by its owner):
  team add-admin LOGIN --account A [--email E] [--name N]
  team add-support LOGIN [--email E] [--name N] | team list
  notify send [--limit N]                send the email notifications that are due
  notify list [--pending] [--limit N]    the outbox, newest first
  notify opt-out KIND --email E | notify opt-in KIND --email E | notify opt-outs
  notify settings [--server URL] [--sender ADDR] [--user U] [--password-file F]
                  [--starttls required|optional|off] [--support-address A] [--timeout S]

A file argument or option that names a file to read takes - for standard
input (request files, inventory import, loa attach, --signature, --request,
--pin-file, --account-id-file).

Exit status: 0 done, 1 refused by a rule (reasons on stderr, one a line),
2 bad usage, 3 store unavailable or damaged.
)");

QString mainHelp()
{
    return QCoreApplication::translate("CliApp", kMainHelp);
}

const CommandTable &commandTable()
{
    static const CommandTable table;
    return table;
}

int dispatch(CliContext &ctx, const QStringList &words)
{
    const CommandTable &table = commandTable();
    const QString command = words.first();
    if (table.hasFamily(command))
        return table.run(ctx, words);
    if (command == QLatin1String("help")) {
        ctx.out << mainHelp();
        return Done;
    }
    return ctx.usage(
        QCoreApplication::translate("CliApp", "Unknown command \"%1\".").arg(command), mainHelp());
}

// The global options as read, before and after the command.
struct GlobalOptions {
    bool json = false;
    bool readOnly = false;
    bool help = false;
    bool version = false;
    QString db; // set: dbGiven
    bool dbGiven = false;
    QString nowText;
    QDateTime now; // set: nowGiven
    bool nowGiven = false;
    QString error; // bad usage: the first problem, on errorField
    QString errorField;
    bool errorWithHelp = false;
};

// Global options and whether each takes a value: what may also follow the command.
const QHash<QString, bool> &globalOptionNames()
{
    static const QHash<QString, bool> names { { QStringLiteral("db"), true },
        { QStringLiteral("now"), true }, { QStringLiteral("json"), false },
        { QStringLiteral("read-only"), false } };
    return names;
}

// Reads global options from arguments at *i on, up to the first argument
// that is not an option (the command); the first problem goes to g->error,
// and reading stops there. Given twice, the last one counts (a wrapper's
// default, then the caller's own), as it always did before the command.
void readGlobalOptions(const QStringList &arguments, qsizetype *i, GlobalOptions *g)
{
    const auto fail = [g](const QString &field, const QString &message, bool withHelp = false) {
        g->errorField = field;
        g->error = message;
        g->errorWithHelp = withHelp;
    };
    for (; *i < arguments.size() && g->error.isEmpty(); ++*i) {
        const QString &a = arguments.at(*i);
        auto value = [&](QString *out) {
            if (a.contains(QLatin1Char('='))) {
                *out = a.section(QLatin1Char('='), 1);
                return true;
            }
            if (*i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++*i);
            return true;
        };
        if (a == QLatin1String("--json")) {
            g->json = true;
        } else if (a == QLatin1String("--read-only")) {
            g->readOnly = true;
        } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            // An empty URL (an unset variable in a script) must not fall
            // back to the per-user store.
            QString url;
            if (!value(&url) || url.trimmed().isEmpty()) {
                fail(QStringLiteral("--db"),
                    QCoreApplication::translate("CliApp", "--db needs a store URL."));
            } else {
                g->db = url;
                g->dbGiven = true;
            }
        } else if (a == QLatin1String("--now") || a.startsWith(QLatin1String("--now="))) {
            QString text;
            QDateTime at;
            if (!value(&text) || !parseNow(text, &at)) {
                fail(QStringLiteral("--now"),
                    QCoreApplication::translate("CliApp",
                        "--now needs a date and time in ISO 8601 form, such as "
                        "2026-12-14T10:00:00-05:00."));
            } else {
                g->nowText = text;
                g->now = at;
                g->nowGiven = true;
            }
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            g->help = true;
            return;
        } else if (a == QLatin1String("--version")) {
            g->version = true;
            return;
        } else if (a.startsWith(QLatin1Char('-'))) {
            fail(a.section(QLatin1Char('='), 0, 0),
                QCoreApplication::translate("CliApp", "Unknown global option %1.").arg(a), true);
        } else {
            return;
        }
    }
}

// The options given after the command joined to those before it: one given
// in both places must say the same, else which was meant is not clear (a
// script's --db and a user's, say).
void mergeAfter(const GlobalOptions &after, GlobalOptions *g)
{
    const auto conflict = [g](const char *name) {
        g->errorField = QLatin1String(name);
        g->error = QCoreApplication::translate("CliApp",
            "%1 is given before and after the command with different values: give it once.")
                       .arg(QLatin1String(name));
    };
    if (!after.error.isEmpty()) {
        g->error = after.error;
        g->errorField = after.errorField;
        g->errorWithHelp = after.errorWithHelp;
    } else if (after.dbGiven && g->dbGiven && after.db != g->db) {
        conflict("--db");
    } else if (after.nowGiven && g->nowGiven && after.nowText != g->nowText) {
        conflict("--now");
    }
    g->json = g->json || after.json;
    g->readOnly = g->readOnly || after.readOnly;
    if (after.dbGiven) {
        g->db = after.db;
        g->dbGiven = true;
    }
    if (after.nowGiven) {
        g->nowText = after.nowText;
        g->now = after.now;
        g->nowGiven = true;
    }
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

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

int CliApp::run(const QStringList &arguments)
{
    GlobalOptions g;
    qsizetype i = 0;
    readGlobalOptions(arguments, &i, &g);
    if (g.error.isEmpty() && g.help) {
        m_out << mainHelp();
        return Done;
    }
    if (g.error.isEmpty() && g.version) {
        m_out << "portdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return Done;
    }
    // The same options after the command (case list --json), where the
    // command has no option of that name.
    QStringList words = arguments.mid(i);
    if (g.error.isEmpty() && !words.isEmpty() && commandTable().hasFamily(words.first())) {
        GlobalOptions after;
        qsizetype j = 0;
        readGlobalOptions(
            commandTable().takeGlobalOptions(&words, globalOptionNames()), &j, &after);
        mergeAfter(after, &g);
    }
    // Errors as JSON when --json is asked for, even after a bad global option.
    CliContext ctx(m_out, m_err,
        g.json || (!g.error.isEmpty() && arguments.contains(QStringLiteral("--json"))));
    ctx.dbUrl = g.dbGiven ? g.db : qEnvironmentVariable("PORTDESK_DB");
    ctx.readOnly = g.readOnly;
    int status = Done;
    if (!g.error.isEmpty()) {
        status = ctx.usage(g.error, g.errorWithHelp ? mainHelp() : QString(), g.errorField);
    } else if (words.isEmpty()) {
        status = ctx.usage(QCoreApplication::translate("CliApp", "No command given."), mainHelp());
    } else {
        if (g.nowGiven) {
            ctx.clock = std::make_unique<FixedClock>(g.now);
            Clock::setInstance(ctx.clock.get());
        }
        status = dispatch(ctx, words);
        Clock::setInstance(nullptr);
    }
    m_out.flush();
    if (ctx.json) {
        const QJsonObject diagnostics = ctx.diagnostics(status);
        if (!diagnostics.isEmpty())
            writeJson(m_err, diagnostics, QJsonDocument::Compact);
    }
    m_err.flush();
    return status;
}

} // namespace portdesk
