// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "service/Services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace portdesk::cli {

namespace {

const char kTeamHelp[] = QT_TRANSLATE_NOOP("CliApp",
    R"(Usage: portdesk-cli [--db URL] team init
       portdesk-cli [--db URL] team add-account NAME
       portdesk-cli [--db URL] team add-admin LOGIN --account A [--email E] [--name N]
       portdesk-cli [--db URL] team add-support LOGIN [--email E] [--name N]
       portdesk-cli [--db URL] [--json] team list

URL: postgresql://LOGIN@HOST[:PORT]/DB (the owner's login for all but list).

A team store is a PostgreSQL store shared by the admins of several accounts
(customer organizations) and the support agents who serve them all; each
person connects with a PostgreSQL login of their own. Run by the owner of the
store's tables (who may create roles):

  init         makes the store a team store: row-level security on every
               table with an account, the groups portdesk_admin and
               portdesk_support, their grants, and the checks that let a
               login take only its own role's steps. Safe to run again (after
               an upgrade, run it again).
  add-account  adds an account and prints its id (an existing name: its id)
  add-admin    makes LOGIN an admin of account A (an id or a name)
  add-support  makes LOGIN a support agent (reads every account)
  list         the accounts and the members

add-admin and add-support create the PostgreSQL login when it does not exist,
without a password: set one with psql's \password LOGIN, or use the
server's own authentication (peer, certificates). Running one again changes
the member's role, account, email or name.

On a team store the role comes from the login: case advance's --as may only
repeat it. A SQLite store is for one person and refuses these commands
(exit 1, team.needs-postgresql).
)");

int teamNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(QCoreApplication::translate(
        "CliApp", "team needs: init, add-account, add-admin, add-support or list."));
}

int teamInit(CliContext &ctx, const CommandCall &call)
{
    if (const int status
        = call.openStore(0, QCoreApplication::translate("CliApp", "team init takes no arguments.")))
        return status;
    const ChangeResult result = ctx.service->team.init();
    return reportChange(ctx, result,
        QJsonObject { { QStringLiteral("store"), ctx.service->storeName() },
            { QStringLiteral("teamStore"), true } },
        QCoreApplication::translate("CliApp",
            "%1 is a team store: add accounts, admins and support agents.")
            .arg(ctx.service->storeName()));
}

int teamAddAccount(CliContext &ctx, const CommandCall &call)
{
    if (const int status = call.openStore(
            1, QCoreApplication::translate("CliApp", "team add-account needs a name.")))
        return status;
    bool existed = false;
    const ChangeResult result = ctx.service->team.addAccount(call.positional().first(), &existed);
    if (result.ok() && existed)
        ctx.err << QCoreApplication::translate("CliApp", "The account \"%1\" exists already.")
                       .arg(call.positional().first().trimmed())
                << '\n';
    return reportChange(ctx, result,
        QJsonObject { { QStringLiteral("id"), result.id },
            { QStringLiteral("name"), call.positional().first().trimmed() },
            { QStringLiteral("existed"), existed } },
        QString::number(result.id));
}

int addMember(CliContext &ctx, const CommandCall &call, Role role)
{
    const bool admin = role == Role::Admin;
    const QString needs = admin
        ? QCoreApplication::translate("CliApp", "team add-admin needs a login and --account.")
        : QCoreApplication::translate("CliApp", "team add-support needs a login.");
    if (admin && !call.isSet("account"))
        return call.usage(needs);
    if (!admin && call.isSet("account"))
        return call.usage(QCoreApplication::translate(
            "CliApp", "A support agent serves every account: add-support takes no --account."));
    if (const int status = call.openStore(1, needs))
        return status;
    TeamMember member;
    member.login = call.positional().first();
    member.role = role;
    member.email = call.value("email");
    member.displayName = call.value("name");
    bool created = false;
    const ChangeResult result
        = ctx.service->team.addMember(member, call.value("account"), &created);
    if (result.ok() && created)
        ctx.err << QCoreApplication::translate("CliApp",
            "Created the login %1 without a password: set one with psql's \\password %1 (or "
            "use the server's own authentication).")
                       .arg(member.login.trimmed())
                << '\n';
    QJsonObject json { { QStringLiteral("login"), member.login.trimmed() },
        { QStringLiteral("role"), toString(role) },
        { QStringLiteral("createdLogin"), created } };
    if (admin)
        json.insert(QStringLiteral("accountId"), result.id);
    return reportChange(ctx, result, json,
        admin ? QCoreApplication::translate("CliApp", "%1: admin of account %2")
                    .arg(member.login.trimmed())
                    .arg(result.id)
              : QCoreApplication::translate("CliApp", "%1: support").arg(member.login.trimmed()));
}

int teamAddAdmin(CliContext &ctx, const CommandCall &call)
{
    return addMember(ctx, call, Role::Admin);
}

int teamAddSupport(CliContext &ctx, const CommandCall &call)
{
    return addMember(ctx, call, Role::Support);
}

int teamList(CliContext &ctx, const CommandCall &call)
{
    if (const int status
        = call.openStore(0, QCoreApplication::translate("CliApp", "team list takes no arguments.")))
        return status;
    if (const int status = reportViolations(ctx, ctx.service->team.unsupported()))
        return status;
    QList<TeamAccount> accounts;
    QList<TeamMember> members;
    StoreStatus status;
    if (!ctx.service->team.list(&accounts, &members, &status))
        return ctx.storeFailure(status);
    const TeamIdentity &me = ctx.service->team.identity();
    if (ctx.json) {
        QJsonArray a;
        for (const TeamAccount &account : std::as_const(accounts))
            a.append(QJsonObject { { QStringLiteral("id"), account.id },
                { QStringLiteral("name"), account.name } });
        QJsonArray m;
        for (const TeamMember &member : std::as_const(members))
            m.append(QJsonObject { { QStringLiteral("login"), member.login },
                { QStringLiteral("role"), toString(member.role) },
                { QStringLiteral("accountId"), orNull(member.accountId) },
                { QStringLiteral("account"), orNull(member.accountName) },
                { QStringLiteral("email"), member.email },
                { QStringLiteral("name"), member.displayName } });
        writeJson(ctx.out,
            QJsonObject { { QStringLiteral("teamStore"), me.teamStore },
                { QStringLiteral("login"), me.login }, { QStringLiteral("accounts"), a },
                { QStringLiteral("members"), m } },
            QJsonDocument::Compact);
        return Done;
    }
    if (!me.teamStore)
        ctx.out << QCoreApplication::translate(
            "CliApp", "Not a team store yet (team init makes it one).")
                << '\n';
    ctx.out << QCoreApplication::translate("CliApp", "Accounts:") << '\n';
    for (const TeamAccount &account : std::as_const(accounts))
        ctx.out << "  " << account.id << '\t' << account.name << '\n';
    ctx.out << QCoreApplication::translate("CliApp", "Members:") << '\n';
    for (const TeamMember &member : std::as_const(members)) {
        ctx.out << "  " << member.login << '\t' << toString(member.role) << '\t'
                << (member.role == Role::Admin
                           ? QStringLiteral("%1 %2").arg(member.accountId).arg(member.accountName)
                           : QStringLiteral("*"))
                << '\t' << member.email << '\t' << member.displayName << '\n';
    }
    return Done;
}

} // namespace

QList<Command> teamCommands()
{
    return Command::family(kTeamHelp,
        { { "account", "A" }, { "email", "E" }, { "name", "N" } },
        { { "team", teamNeeds }, { "team init", teamInit }, { "team add-account", teamAddAccount },
            { "team add-admin", teamAddAdmin }, { "team add-support", teamAddSupport },
            { "team list", teamList } });
}

} // namespace portdesk::cli
