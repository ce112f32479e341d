// SPDX-License-Identifier: Apache-2.0
#include "TeamRepository.h"

#include "SqlSupport.h"
#include "Store.h"

#include "core/CaseStateMachine.h"

#include <QRegularExpression>

namespace portdesk {

namespace {

// Tables whose rows carry an account but get it from the statement that
// writes them (the counts' triggers), not from the login or the case.
bool accountGivenByWriter(const QString &table)
{
    return table == QLatin1String("case_counts") || table == QLatin1String("inventory_counts");
}

QString quoted(const QString &identifier)
{
    QString text = identifier;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The state machine's steps as rows (kind, from, event, to, role): the
// database checks every event a member's login inserts against them.
QStringList transitionRows()
{
    QStringList rows;
    const auto literal = [](const QString &text) -> QString {
        QString t = text;
        t.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + t + QLatin1Char('\'');
    };
    for (const CaseKind kind : { CaseKind::PortIn, CaseKind::PortOut }) {
        for (int s = int(CaseState::Submitted); s <= int(CaseState::Closed); ++s) {
            const CaseState from = CaseState(s);
            for (const CaseEvent event : CaseStateMachine::events(kind)) {
                CaseState to = from;
                if (!CaseStateMachine::transition(kind, from, event, &to))
                    continue;
                const QString role = toString(CaseStateMachine::roleFor(event));
                rows << QStringLiteral("(%1, %2, %3, %4, %5)")
                            .arg(literal(toString(kind)), literal(toString(from)),
                                literal(toString(event)), literal(toString(to)), literal(role));
                // decide() ends a port-in whose last numbers support rejects.
                if (event == CaseEvent::RejectNumbers && to != CaseState::NotPortable)
                    rows << QStringLiteral("(%1, %2, %3, %4, %5)")
                                .arg(literal(toString(kind)), literal(toString(from)),
                                    literal(toString(event)),
                                    literal(toString(CaseState::NotPortable)), literal(role));
            }
        }
    }
    return rows;
}

} // namespace

TeamRepository::TeamRepository(const Store &store) : m_store(store) { }

bool TeamRepository::readIdentity(const Store &store, TeamIdentity *out, StoreStatus *status)
{
    *out = TeamIdentity();
    if (!store.isPostgres())
        return true;
    {
        sql::Query q(store,
            QStringLiteral("SELECT to_regprocedure('portdesk_team_role()') IS NOT NULL, "
                           "CAST(session_user AS TEXT)"));
        if (!q.exec(status) || !q.single(status))
            return false;
        out->teamStore = q.value(0).toBool();
        out->login = q.value(1).toString();
    }
    if (!out->teamStore)
        return true;
    sql::Query q(store,
        QStringLiteral("SELECT m.role, m.account_id, COALESCE(a.name, ''), m.display_name "
                       "FROM team_members m LEFT JOIN accounts a ON a.id = m.account_id "
                       "WHERE m.login = session_user"));
    if (!q.exec(status))
        return false;
    if (q.next()) {
        out->member = true;
        Role role = Role::Admin;
        roleFromString(q.value(0).toString(), &role);
        out->role = role;
        out->accountId = sql::idFrom(q.value(1));
        out->accountName = q.value(2).toString();
        out->displayName = q.value(3).toString();
    }
    return q.done(status);
}

bool TeamRepository::ownsStore(bool *owns, StoreStatus *status) const
{
    *owns = false;
    if (!m_store.isPostgres())
        return true;
    sql::Query q(m_store,
        QStringLiteral("SELECT pg_has_role(session_user, t.tableowner, 'USAGE') "
                       "FROM pg_tables t WHERE t.schemaname = current_schema() "
                       "AND t.tablename = 'cases'"));
    if (!q.exec(status))
        return false;
    if (q.next())
        *owns = q.value(0).toBool();
    return q.done(status);
}

QStringList TeamRepository::initStatements(const QString &schema)
{
    const QString admin = adminGroup();
    const QString support = supportGroup();
    const QString definer = QStringLiteral(
        "STABLE SECURITY DEFINER SET search_path = %1, pg_temp").arg(quoted(schema));
    QStringList s;
    // The two groups, once per cluster.
    for (const QString &group : { admin, support }) {
        s << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                            "'%1') THEN CREATE ROLE %1 NOLOGIN; END IF; END $$")
                 .arg(group);
    }
    // Who the login is, read by session_user from team_members (the owner's
    // rights: the functions see every member whatever the policies say).
    s << QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_team_role() RETURNS text "
                        "LANGUAGE sql %1 AS $$ SELECT role FROM team_members "
                        "WHERE login = session_user $$")
             .arg(definer)
      << QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_team_account() RETURNS bigint "
                        "LANGUAGE sql %1 AS $$ SELECT account_id FROM team_members "
                        "WHERE login = session_user $$")
             .arg(definer)
      // The accounts a login reads and writes: an admin its own, support
      // every one, anybody else none. The policies compare with it through a
      // scalar subquery, evaluated once per statement, and "= ANY" lets the
      // planner use the account indexes.
      << QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_team_accounts() RETURNS bigint[] "
                        "LANGUAGE sql %1 AS $$ SELECT COALESCE((SELECT CASE m.role "
                        "WHEN 'support' THEN (SELECT array_agg(a.id) FROM accounts a) "
                        "ELSE ARRAY[m.account_id] END FROM team_members m "
                        "WHERE m.login = session_user), CAST('{}' AS bigint[])) $$")
             .arg(definer)
      << QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_case_account(p_case bigint) "
                        "RETURNS bigint LANGUAGE sql %1 AS $$ SELECT account_id FROM cases "
                        "WHERE id = p_case $$")
             .arg(definer)
      << QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_number_account(p_e164 text) "
                        "RETURNS bigint LANGUAGE sql %1 AS $$ SELECT account_id FROM inventory "
                        "WHERE e164 = p_e164 $$")
             .arg(definer)
      // The checks that must see across accounts answer only what they are
      // asked: which of these numbers are in the inventory, and which are in
      // an open port-in (the case's id only when the login may read it).
      << QStringLiteral("CREATE OR REPLACE FUNCTION portdesk_numbers_in_inventory(p_numbers text) "
                        "RETURNS SETOF text LANGUAGE sql %1 AS $$ SELECT CAST(i.e164 AS text) "
                        "FROM json_array_elements_text(CAST(p_numbers AS json)) j(value) "
                        "JOIN inventory i ON i.e164 = j.value $$")
             .arg(definer)
      << QStringLiteral(
             "CREATE OR REPLACE FUNCTION portdesk_numbers_in_open_port_in(p_numbers text, "
             "p_kind text, p_except bigint, p_rejected text) RETURNS TABLE (e164 text, case_id "
             "bigint) LANGUAGE sql %1 AS $$ SELECT CAST(n.e164 AS text), CASE WHEN c.account_id "
             "= ANY (portdesk_team_accounts()) THEN c.id ELSE 0 END "
             "FROM json_array_elements_text(CAST(p_numbers AS json)) j(value) "
             "JOIN case_numbers n ON n.e164 = j.value JOIN cases c ON c.id = n.case_id "
             "WHERE c.kind = p_kind AND c.is_open = 1 AND c.id <> p_except "
             "AND n.status <> p_rejected $$")
             .arg(definer)
      // The steps of the state machine, and who takes each.
      << QStringLiteral("CREATE TABLE IF NOT EXISTS portdesk_transitions (kind TEXT NOT NULL, "
                        "from_state TEXT NOT NULL, event TEXT NOT NULL, to_state TEXT NOT NULL, "
                        "role TEXT NOT NULL, PRIMARY KEY (kind, from_state, event, to_state))")
      << QStringLiteral("DELETE FROM portdesk_transitions")
      << QStringLiteral("INSERT INTO portdesk_transitions (kind, from_state, event, to_state, "
                        "role) VALUES ")
             + transitionRows().join(QStringLiteral(", "))
      // A row gets its account: a case's rows their case's, a number of the
      // inventory its case's (or, imported, the admin's), anything else an
      // admin writes its admin's. Support's and the owner's rows keep what
      // they name (by default 1, "Default").
      << QStringLiteral(
             "CREATE OR REPLACE FUNCTION portdesk_account_from_case() RETURNS trigger "
             "LANGUAGE plpgsql AS $$ BEGIN "
             "IF NEW.case_id IS NOT NULL THEN "
             "NEW.account_id := COALESCE(portdesk_case_account(NEW.case_id), NEW.account_id); "
             "ELSIF portdesk_team_role() = 'admin' THEN "
             "NEW.account_id := portdesk_team_account(); END IF; RETURN NEW; END $$")
      << QStringLiteral(
             "CREATE OR REPLACE FUNCTION portdesk_account_from_number() RETURNS trigger "
             "LANGUAGE plpgsql AS $$ BEGIN "
             "IF NEW.case_id IS NOT NULL THEN "
             "NEW.account_id := COALESCE(portdesk_case_account(NEW.case_id), NEW.account_id); "
             "ELSIF portdesk_number_account(NEW.e164) IS NOT NULL THEN "
             "NEW.account_id := portdesk_number_account(NEW.e164); "
             "ELSIF portdesk_team_role() = 'admin' THEN "
             "NEW.account_id := portdesk_team_account(); END IF; RETURN NEW; END $$")
      << QStringLiteral(
             "CREATE OR REPLACE FUNCTION portdesk_account_of_login() RETURNS trigger "
             "LANGUAGE plpgsql AS $$ BEGIN "
             "IF portdesk_team_role() = 'admin' THEN "
             "NEW.account_id := portdesk_team_account(); END IF; RETURN NEW; END $$")
      // Every event a member inserts is a step of the state machine from the
      // case's state, taken by the role that owns it, and that role is the
      // login's (the clock's steps, by either). Not --as: the login.
      << QStringLiteral(
             "CREATE OR REPLACE FUNCTION portdesk_check_event() RETURNS trigger "
             "LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1, pg_temp AS $$ "
             "DECLARE r text := portdesk_team_role(); k text; st text; owner text; "
             "BEGIN "
             "IF r IS NULL THEN RETURN NEW; END IF; "
             "SELECT c.kind, c.state INTO k, st FROM cases c WHERE c.id = NEW.case_id; "
             "IF NEW.event = 'submit' THEN owner := 'admin'; "
             // A reveal is no step: the case stays in its state, and either
             // role records its own (who may reveal what is the service's).
             "ELSIF NEW.event = 'reveal' THEN owner := r; "
             "IF NEW.state_after IS DISTINCT FROM st THEN RAISE EXCEPTION 'team.illegal-step: "
             "reveal of case % keeps its state %', NEW.case_id, st "
             "USING ERRCODE = 'check_violation'; END IF; "
             "ELSE SELECT t.role INTO owner FROM portdesk_transitions t WHERE t.kind = k "
             "AND t.from_state = st AND t.event = NEW.event AND t.to_state = NEW.state_after; "
             "IF owner IS NULL THEN RAISE EXCEPTION 'team.illegal-step: % of case % does not "
             "lead from % to %', NEW.event, NEW.case_id, st, NEW.state_after "
             "USING ERRCODE = 'check_violation'; END IF; END IF; "
             "IF owner = 'system' AND NEW.actor = 'system' THEN RETURN NEW; END IF; "
             "IF owner <> r OR NEW.actor <> r THEN RAISE EXCEPTION 'team.wrong-role: % is a "
             "step of %, and the login % is %', NEW.event, owner, session_user, r "
             "USING ERRCODE = 'insufficient_privilege'; END IF; "
             "RETURN NEW; END $$")
             .arg(quoted(schema))
      // A case's state moves only with an event that the check above let in.
      << QStringLiteral(
             "CREATE OR REPLACE FUNCTION portdesk_check_case_update() RETURNS trigger "
             "LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1, pg_temp AS $$ "
             "BEGIN "
             "IF portdesk_team_role() IS NULL THEN RETURN NEW; END IF; "
             "IF NEW.account_id <> OLD.account_id OR NEW.kind <> OLD.kind THEN "
             "RAISE EXCEPTION 'team.case-moved: case % keeps its account and kind', OLD.id "
             "USING ERRCODE = 'insufficient_privilege'; END IF; "
             "IF NEW.state IS DISTINCT FROM OLD.state OR NEW.last_seq <> OLD.last_seq "
             "OR NEW.is_open <> OLD.is_open THEN "
             "IF NEW.last_seq <= OLD.last_seq OR NOT EXISTS (SELECT 1 FROM case_events e "
             "WHERE e.case_id = NEW.id AND e.seq = NEW.last_seq "
             "AND e.state_after = NEW.state) THEN "
             "RAISE EXCEPTION 'team.state-without-event: case % cannot become % without "
             "its event', OLD.id, NEW.state USING ERRCODE = 'insufficient_privilege'; "
             "END IF; END IF; RETURN NEW; END $$")
             .arg(quoted(schema))
      << QStringLiteral("DROP TRIGGER IF EXISTS portdesk_team_event ON case_events")
      << QStringLiteral("CREATE TRIGGER portdesk_team_event BEFORE INSERT ON case_events "
                        "FOR EACH ROW EXECUTE FUNCTION portdesk_check_event()")
      << QStringLiteral("DROP TRIGGER IF EXISTS portdesk_team_case_update ON cases")
      << QStringLiteral("CREATE TRIGGER portdesk_team_case_update BEFORE UPDATE ON cases "
                        "FOR EACH ROW EXECUTE FUNCTION portdesk_check_case_update()")
      // Who may use what. Row-level security decides which rows.
      << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(quoted(schema), admin, support)
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2, %3")
             .arg(quoted(schema), admin, support)
      << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_version, accounts, "
                        "team_members, portdesk_transitions FROM %1, %2")
             .arg(admin, support)
      << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2, %3")
             .arg(quoted(schema), admin, support)
      << QStringLiteral("ALTER TABLE accounts ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS portdesk_account ON accounts")
      << QStringLiteral("CREATE POLICY portdesk_account ON accounts FOR SELECT "
                        "USING (id = ANY (CAST((SELECT portdesk_team_accounts()) AS bigint[])))")
      << QStringLiteral("DROP TRIGGER IF EXISTS portdesk_team_account ON team_members")
      << QStringLiteral("ALTER TABLE team_members ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS portdesk_account ON team_members")
      << QStringLiteral("CREATE POLICY portdesk_account ON team_members FOR SELECT "
                        "USING (login = session_user "
                        "OR (SELECT portdesk_team_role()) = 'support')")
      // The store's key, sealed to each member's key (StoreSecrets): a
      // login may ask for it for itself only, and a request is answered
      // once; nobody removes another's.
      << QStringLiteral("REVOKE DELETE ON store_keys FROM %1, %2").arg(admin, support)
      << QStringLiteral("ALTER TABLE store_keys ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS portdesk_keys_read ON store_keys")
      << QStringLiteral("CREATE POLICY portdesk_keys_read ON store_keys FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS portdesk_keys_ask ON store_keys")
      << QStringLiteral("CREATE POLICY portdesk_keys_ask ON store_keys FOR INSERT "
                        "WITH CHECK (login = session_user AND wrapped_key IS NULL)")
      << QStringLiteral("DROP POLICY IF EXISTS portdesk_keys_grant ON store_keys")
      << QStringLiteral("CREATE POLICY portdesk_keys_grant ON store_keys FOR UPDATE "
                        "USING (wrapped_key IS NULL) WITH CHECK (wrapped_key IS NOT NULL)");
    return s;
}

bool TeamRepository::init(StoreStatus *status) const
{
    QString schema;
    {
        sql::Query q(m_store, QStringLiteral("SELECT CAST(current_schema() AS TEXT)"));
        if (!q.exec(status) || !q.single(status))
            return false;
        schema = q.value(0).toString();
    }
    // Every table with an account (today's, and any a later schema adds),
    // and whether its rows belong to a case.
    QList<QPair<QString, bool>> tables;
    {
        sql::Query q(m_store,
            QStringLiteral("SELECT CAST(a.table_name AS TEXT), EXISTS (SELECT 1 FROM "
                           "information_schema.columns c WHERE c.table_schema = a.table_schema "
                           "AND c.table_name = a.table_name AND c.column_name = 'case_id') "
                           "FROM information_schema.columns a JOIN information_schema.tables t "
                           "ON t.table_schema = a.table_schema AND t.table_name = a.table_name "
                           "AND t.table_type = 'BASE TABLE' "
                           "WHERE a.table_schema = current_schema() "
                           "AND a.column_name = 'account_id' ORDER BY 1"));
        if (!q.exec(status))
            return false;
        while (q.next())
            tables.append({ q.value(0).toString(), q.value(1).toBool() });
        if (!q.done(status))
            return false;
    }
    QStringList statements = initStatements(schema);
    for (const auto &[table, ofCase] : std::as_const(tables)) {
        if (table == QLatin1String("team_members"))
            continue; // its own policy above: an admin's account is what it says
        const QString t = quoted(table);
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
                   << QStringLiteral("DROP POLICY IF EXISTS portdesk_account ON %1").arg(t)
                   << QStringLiteral("CREATE POLICY portdesk_account ON %1 "
                                     "USING (account_id = ANY (CAST((SELECT portdesk_team_accounts()) AS bigint[]))) "
                                     "WITH CHECK (account_id = ANY (CAST((SELECT "
                                     "portdesk_team_accounts()) AS bigint[])))")
                          .arg(t)
                   << QStringLiteral("DROP TRIGGER IF EXISTS portdesk_team_account ON %1").arg(t);
        if (accountGivenByWriter(table))
            continue;
        const QString function = table == QLatin1String("inventory_events")
            ? QStringLiteral("portdesk_account_from_number")
            : ofCase ? QStringLiteral("portdesk_account_from_case")
                     : QStringLiteral("portdesk_account_of_login");
        statements << QStringLiteral("CREATE TRIGGER portdesk_team_account BEFORE INSERT ON %1 "
                                     "FOR EACH ROW EXECUTE FUNCTION %2()")
                          .arg(t, function);
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!sql::run(m_store, statement, status))
            return false;
    }
    return true;
}

bool TeamRepository::findAccount(
    const QString &idOrName, TeamAccount *out, bool *found, StoreStatus *status) const
{
    *found = false;
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    sql::Query q(m_store,
        numeric ? QStringLiteral("SELECT id, name FROM accounts WHERE id = ?")
                : QStringLiteral("SELECT id, name FROM accounts WHERE name = ?"));
    if (numeric)
        q << qlonglong(id);
    else
        q << sql::text(idOrName);
    if (!q.exec(status))
        return false;
    if (q.next()) {
        *found = true;
        out->id = sql::idFrom(q.value(0));
        out->name = q.value(1).toString();
    }
    return q.done(status);
}

bool TeamRepository::addAccount(
    const QString &name, const QDateTime &now, qint64 *id, StoreStatus *status) const
{
    sql::Query q(m_store,
        QStringLiteral("INSERT INTO accounts (name, created_at) VALUES (?, ?) RETURNING id"));
    q << sql::text(name) << sql::timeValue(now);
    if (!q.exec(status) || !q.single(status))
        return false;
    *id = sql::idFrom(q.value(0));
    return true;
}

bool TeamRepository::addMember(
    const TeamMember &member, const QDateTime &now, bool *createdLogin, StoreStatus *status) const
{
    *createdLogin = false;
    // A role's name cannot be bound: the server quotes it.
    QString ident;
    {
        sql::Query q(m_store,
            QStringLiteral("SELECT quote_ident(?), EXISTS (SELECT 1 FROM pg_roles "
                           "WHERE rolname = ?)"));
        q << sql::text(member.login) << sql::text(member.login);
        if (!q.exec(status) || !q.single(status))
            return false;
        ident = q.value(0).toString();
        *createdLogin = !q.value(1).toBool();
    }
    const bool admin = member.role == Role::Admin;
    const QString other = admin ? supportGroup() : adminGroup();
    bool inOther = false;
    if (!*createdLogin) {
        sql::Query q(m_store,
            QStringLiteral("SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = "
                           "m.roleid JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? "
                           "AND u.rolname = ?"));
        q << other << sql::text(member.login);
        if (!q.exec(status) || !q.single(status))
            return false;
        inOther = q.value(0).toInt() > 0;
    }
    QStringList statements;
    if (*createdLogin)
        statements << QStringLiteral("CREATE ROLE %1 LOGIN").arg(ident);
    statements << QStringLiteral("GRANT %1 TO %2").arg(admin ? adminGroup() : supportGroup(), ident);
    // A member who changes role leaves the other group.
    if (inOther)
        statements << QStringLiteral("REVOKE %1 FROM %2").arg(other, ident);
    for (const QString &statement : std::as_const(statements)) {
        if (!sql::run(m_store, statement, status))
            return false;
    }
    sql::Query q(m_store,
        QStringLiteral("INSERT INTO team_members (login, role, account_id, email, display_name, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET "
                       "role = EXCLUDED.role, account_id = EXCLUDED.account_id, "
                       "email = EXCLUDED.email, display_name = EXCLUDED.display_name"));
    q << sql::text(member.login) << toString(member.role)
      << (admin ? sql::idValue(member.accountId) : sql::idValue(0)) << sql::text(member.email)
      << sql::text(member.displayName) << sql::timeValue(now);
    return q.exec(status);
}

bool TeamRepository::listAccounts(QList<TeamAccount> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store, QStringLiteral("SELECT id, name FROM accounts ORDER BY id"));
    if (!q.exec(status))
        return false;
    while (q.next())
        out->append({ sql::idFrom(q.value(0)), q.value(1).toString() });
    return q.done(status);
}

bool TeamRepository::listMembers(QList<TeamMember> *out, StoreStatus *status) const
{
    out->clear();
    sql::Query q(m_store,
        QStringLiteral("SELECT m.login, m.role, m.account_id, COALESCE(a.name, ''), m.email, "
                       "m.display_name FROM team_members m LEFT JOIN accounts a "
                       "ON a.id = m.account_id ORDER BY m.role, m.login"));
    if (!q.exec(status))
        return false;
    while (q.next()) {
        TeamMember m;
        m.login = q.value(0).toString();
        roleFromString(q.value(1).toString(), &m.role);
        m.accountId = sql::idFrom(q.value(2));
        m.accountName = q.value(3).toString();
        m.email = q.value(4).toString();
        m.displayName = q.value(5).toString();
        out->append(m);
    }
    return q.done(status);
}

} // namespace portdesk
