// SPDX-License-Identifier: Apache-2.0
#include "CliApp.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CommandTable.h"

#include "core/Clock.h"

#include <QCoreApplication>

namespace portdesk {

using namespace cli;

namespace {

const char kMainHelp[] = QT_TRANSLATE_NOOP(
    "CliApp", R"(Usage: portdesk-cli [--db URL] [--read-only] [--now ISO-8601] [--json] COMMAND ...

Port United States phone numbers into and out of the cloud calling service.

Global options (before the command):
  --db URL        the store: sqlite:PATH, a file path, or
                  postgresql://user@host:port/db (default: $PORTDESK_DB, else
                  the per-user store of the PortDesk app)
  --read-only     write nothing (a store you cannot write opens so by
                  itself): lists and shows work, changes are refused, and
                  steps the clock has made due are only reported
  --now ISO-8601  the clock for this run, e.g. 2026-12-14T10:00:00-05:00
  --json          machine-readable output on stdout
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

Exit status: 0 done, 1 refused by a rule (reasons on stderr, one a line),
2 bad usage, 3 store unavailable or damaged.
)");

QString mainHelp()
{
    return QCoreApplication::translate("CliApp", kMainHelp);
}

int dispatch(CliContext &ctx, const QStringList &words)
{
    static const CommandTable table;
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
    CliContext ctx(m_out, m_err);
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
        } else if (a == QLatin1String("--read-only")) {
            ctx.readOnly = true;
        } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            // An empty URL (an unset variable in a script) must not fall
            // back to the per-user store.
            if (!value(&ctx.dbUrl) || ctx.dbUrl.trimmed().isEmpty())
                return ctx.usage(
                    QCoreApplication::translate("CliApp", "--db needs a store URL."), QString());
        } else if (a == QLatin1String("--now") || a.startsWith(QLatin1String("--now="))) {
            QString text;
            QDateTime at;
            if (!value(&text) || !parseNow(text, &at))
                return ctx.usage(QCoreApplication::translate("CliApp",
                                     "--now needs a date and time in ISO 8601 form, such as "
                                     "2026-12-14T10:00:00-05:00."),
                    QString());
            ctx.clock = std::make_unique<FixedClock>(at);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << mainHelp();
            return Done;
        } else if (a == QLatin1String("--version")) {
            m_out << "portdesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return Done;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return ctx.usage(
                QCoreApplication::translate("CliApp", "Unknown global option %1.").arg(a),
                mainHelp());
        } else {
            break;
        }
    }
    if (i >= arguments.size())
        return ctx.usage(QCoreApplication::translate("CliApp", "No command given."), mainHelp());
    if (ctx.clock)
        Clock::setInstance(ctx.clock.get());
    const int status = dispatch(ctx, arguments.mid(i));
    Clock::setInstance(nullptr);
    m_out.flush();
    m_err.flush();
    return status;
}

} // namespace portdesk
