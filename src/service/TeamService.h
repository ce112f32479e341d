// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/TeamIdentity.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// Setting up a team store (issue 14): accounts, the logins of admins and
// support agents, and the row-level security that keeps each admin to its
// account. Run by the database owner on a PostgreSQL store; a SQLite store
// has one user and refuses (team.needs-postgresql).
//
// Rule ids: team.needs-postgresql, team.owner-only (the login does not own
// the store's tables), team.not-initialized (team init first),
// team.account-name (empty or too long), team.unknown-account,
// team.bad-login (not a usable PostgreSQL login name), team.bad-email.
class TeamService {
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    explicit TeamService(Store &store) : m_store(store) { }

    // Who the store's login is (never a team store on SQLite).
    const TeamIdentity &identity() const;

    // team.needs-postgresql on a SQLite store, else none.
    Violations unsupported() const;
    ChangeResult init();
    // result.id: the account's id (the existing one when the name is taken:
    // *existed is then true and nothing is written).
    ChangeResult addAccount(const QString &name, bool *existed);
    // account: an id or a name (admins only). *createdLogin: the PostgreSQL
    // login did not exist and was created (without a password).
    ChangeResult addMember(TeamMember member, const QString &account, bool *createdLogin);
    bool list(QList<TeamAccount> *accounts, QList<TeamMember> *members, StoreStatus *status);

private:
    bool refusedBeforeWriting(bool needsInit, ChangeResult *result) const;
    Store &m_store;
};

} // namespace portdesk
