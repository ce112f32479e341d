// SPDX-License-Identifier: Apache-2.0
#include "TeamService.h"

#include "ServiceSupport.h"

#include "core/Clock.h"
#include "store/Store.h"
#include "store/TeamRepository.h"
#include "store/Transaction.h"

#include <QRegularExpression>

namespace portdesk {

using service::failedWith;
using service::refusal;

const TeamIdentity &TeamService::identity() const
{
    return m_store.team();
}

Violations TeamService::unsupported() const
{
    if (m_store.isPostgres())
        return {};
    return { refusal(QStringLiteral("store"), "team.needs-postgresql",
        tr("A team store is a PostgreSQL store: %1 is a single-user SQLite store, where the "
           "role is chosen with --as or the toolbar.")
            .arg(m_store.displayName())) };
}

bool TeamService::refusedBeforeWriting(bool needsInit, ChangeResult *result) const
{
    result->violations = unsupported();
    if (!result->violations.isEmpty())
        return true;
    bool owns = false;
    if (!TeamRepository(m_store).ownsStore(&owns, &result->status))
        return true;
    if (!owns) {
        result->violations.append(refusal(QStringLiteral("login"), "team.owner-only",
            tr("Only the owner of the store's tables sets up the team; the login %1 is not "
               "the owner.")
                .arg(m_store.team().login)));
        return true;
    }
    // Asked afresh: team init may have run on this connection since the open.
    TeamIdentity now;
    if (needsInit && !TeamRepository::readIdentity(m_store, &now, &result->status))
        return true;
    if (needsInit && !now.teamStore) {
        result->violations.append(refusal(QStringLiteral("store"), "team.not-initialized",
            tr("%1 is not a team store yet: run portdesk-cli team init first.")
                .arg(m_store.displayName())));
        return true;
    }
    return false;
}

ChangeResult TeamService::init()
{
    ChangeResult result;
    if (refusedBeforeWriting(false, &result))
        return result;
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    if (!TeamRepository(m_store).init(&result.status) || !transaction.commit(&result.status))
        return failedWith(result.status);
    // Statements prepared before now may name what init replaced.
    m_store.dropStatements();
    return result;
}

ChangeResult TeamService::addAccount(const QString &typed, bool *existed)
{
    *existed = false;
    ChangeResult result;
    const QString name = typed.trimmed();
    if (name.isEmpty() || name.size() > 200) {
        result.violations.append(refusal(QStringLiteral("name"), "team.account-name",
            tr("An account needs a name of 1 to 200 characters.")));
        return result;
    }
    bool numeric = false;
    name.toLongLong(&numeric);
    if (numeric) {
        result.violations.append(refusal(QStringLiteral("name"), "team.account-name",
            tr("An account's name is not a number (--account takes an id or a name).")));
        return result;
    }
    if (refusedBeforeWriting(false, &result))
        return result;
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    TeamRepository team(m_store);
    TeamAccount account;
    bool found = false;
    if (!team.findAccount(name, &account, &found, &result.status))
        return failedWith(result.status);
    if (found) {
        *existed = true;
        result.id = account.id;
        return result;
    }
    if (!team.addAccount(name, Clock::now(), &result.id, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

ChangeResult TeamService::addMember(TeamMember member, const QString &account, bool *createdLogin)
{
    *createdLogin = false;
    ChangeResult result;
    member.login = member.login.trimmed();
    member.email = member.email.trimmed();
    member.displayName = member.displayName.trimmed();
    // A name PostgreSQL takes as a login and people can type in a URL.
    static const QRegularExpression loginPattern(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    if (!loginPattern.match(member.login).hasMatch() || member.login.startsWith(QLatin1String("pg_"))
        || member.login.startsWith(QLatin1String("portdesk_"))) {
        result.violations.append(refusal(QStringLiteral("login"), "team.bad-login",
            tr("\"%1\" cannot be a login: use 1 to 63 letters, digits, '_', '.' or '-', "
               "starting with a letter or '_' (not pg_ or portdesk_).")
                .arg(member.login)));
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!member.email.isEmpty() && !emailPattern.match(member.email).hasMatch()) {
        result.violations.append(refusal(QStringLiteral("email"), "team.bad-email",
            tr("\"%1\" is not an email address.").arg(member.email)));
    }
    if (hasErrors(result.violations) || refusedBeforeWriting(true, &result))
        return result;
    WriteTransaction transaction(m_store);
    if (!transaction.begin(&result.status))
        return result;
    TeamRepository team(m_store);
    if (member.role == Role::Admin) {
        TeamAccount found;
        bool exists = false;
        if (!team.findAccount(account.trimmed(), &found, &exists, &result.status))
            return failedWith(result.status);
        if (!exists) {
            result.violations.append(refusal(QStringLiteral("account"), "team.unknown-account",
                tr("There is no account \"%1\" (team list shows them; team add-account "
                   "adds one).")
                    .arg(account.trimmed())));
            return result;
        }
        member.accountId = found.id;
        member.accountName = found.name;
    } else {
        member.accountId = 0;
    }
    if (!team.addMember(member, Clock::now(), createdLogin, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = member.accountId;
    return result;
}

bool TeamService::list(QList<TeamAccount> *accounts, QList<TeamMember> *members, StoreStatus *status)
{
    service::StatusOut out(status);
    accounts->clear();
    members->clear();
    if (!m_store.isPostgres())
        return true;
    ReadTransaction read(m_store);
    TeamRepository team(m_store);
    return team.listAccounts(accounts, out) && team.listMembers(members, out);
}

} // namespace portdesk
