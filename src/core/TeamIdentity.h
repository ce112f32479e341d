// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"

#include <QList>
#include <QString>

namespace portdesk {

// Who the store's login is on a team store (PostgreSQL after `portdesk-cli
// team init`): an admin of one account or a support agent, as the
// team_members table says for the login (session_user). On a single-user
// store (SQLite, or PostgreSQL without team init) teamStore is false and the
// role is chosen by the user (--as, the role switcher).
struct TeamIdentity {
    bool teamStore = false;
    QString login; // the PostgreSQL login (session_user)
    bool member = false; // the login is in team_members
    Role role = Role::Admin; // valid when member
    qint64 accountId = 0; // an admin's account; 0 for support
    QString accountName; // an admin's account's name
    QString displayName;

    // On a team store a member's role is the login's, never a chosen one.
    bool roleFromLogin() const { return teamStore && member; }
};

struct TeamAccount {
    qint64 id = 0;
    QString name;
};

struct TeamMember {
    QString login;
    Role role = Role::Admin;
    qint64 accountId = 0; // admins only
    QString accountName;
    QString email;
    QString displayName;
};

} // namespace portdesk
