// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/TeamIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace portdesk {

class Store;

// The team store's accounts, logins, grants and row-level security
// (PostgreSQL only). Everything here runs inside the caller's write
// transaction; the role and login statements need a login that owns the
// store's tables and may create roles (the database owner with CREATEROLE,
// or a superuser).
class TeamRepository {
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)

public:
    explicit TeamRepository(const Store &store);

    // The group roles every member gets one of.
    static QString adminGroup() { return QStringLiteral("portdesk_admin"); }
    static QString supportGroup() { return QStringLiteral("portdesk_support"); }

    // Who the store's login is (read at open; a SQLite store or a PostgreSQL
    // store without team init is not a team store).
    static bool readIdentity(const Store &store, TeamIdentity *out, StoreStatus *status);

    // Does this login own the store's tables (may it run team init)?
    bool ownsStore(bool *owns, StoreStatus *status) const;
    // Row-level security, groups, grants, functions, policies and triggers;
    // may run again (it replaces what it made before).
    bool init(StoreStatus *status) const;
    bool findAccount(const QString &idOrName, TeamAccount *out, bool *found,
        StoreStatus *status) const;
    bool addAccount(const QString &name, const QDateTime &now, qint64 *id, StoreStatus *status) const;
    // Creates the PostgreSQL login when it does not exist (no password: the
    // team sets one with psql's \password or uses its auth method), grants
    // the role's group (and takes the other's back), and records the member.
    bool addMember(const TeamMember &member, const QDateTime &now, bool *createdLogin,
        StoreStatus *status) const;
    bool listAccounts(QList<TeamAccount> *out, StoreStatus *status) const;
    bool listMembers(QList<TeamMember> *out, StoreStatus *status) const;

    // The statements of init (for a reader of the README and the tests).
    static QStringList initStatements(const QString &schema);

private:
    const Store &m_store;
};

} // namespace portdesk
