// SPDX-License-Identifier: Apache-2.0
// The team store's schema steps (issue 14): accounts, the row version and
// the idempotency key (13), the counts per account (14), the idempotency key
// of the writes that record no case event (16).
#include "MigrationSupport.h"

#include "SqlDialect.h"
#include "Store.h"

#include <utility>

namespace portdesk::migrations {

// Schema 13: the team store (issue 14). Accounts (the customer
// organizations) and the logins of a team store; every row of a case, a
// number, a user, a Voice Connector, an LOA, a file or a comment belongs to
// one account (a single-user store has one: 1, "Default"). Each case's
// last_seq is the version a change names; inventory numbers get their own
// row_version and who changed them last. Events keep the login that took
// them and an idempotency key (request_key: a write retried after a lost
// connection is applied once). The outbox holds the notifications written in
// the same transaction as their event; opt-outs are per address and kind.
bool toV13(Store &store, StoreStatus *status)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE accounts ("
                       " id %ID%,"
                       " name TEXT NOT NULL UNIQUE,"
                       " created_at %BIGINT% NOT NULL)"),
        QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('Default', 0)"),
        QStringLiteral("CREATE TABLE team_members ("
                       " login TEXT PRIMARY KEY,"
                       " role TEXT NOT NULL CHECK (role IN ('admin', 'support')),"
                       " account_id %BIGINT%,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " created_at %BIGINT% NOT NULL,"
                       " CHECK ((role = 'admin') = (account_id IS NOT NULL)))"),
        QStringLiteral("CREATE TABLE notification_outbox ("
                       " id %ID%,"
                       " account_id %BIGINT% NOT NULL DEFAULT 1,"
                       " case_id %BIGINT%,"
                       " event_seq INTEGER,"
                       " kind TEXT NOT NULL,"
                       " recipient TEXT NOT NULL,"
                       " subject TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " created_at %BIGINT% NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at %BIGINT% NOT NULL,"
                       " sent_at %BIGINT%,"
                       " last_error TEXT,"
                       " UNIQUE (case_id, event_seq, kind, recipient))"),
        QStringLiteral("CREATE INDEX notification_outbox_due"
                       " ON notification_outbox (sent_at, next_attempt_at, id)"),
        QStringLiteral("CREATE TABLE notification_opt_outs ("
                       " email TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " PRIMARY KEY (email, kind))"),
        QStringLiteral("ALTER TABLE inventory ADD COLUMN row_version %BIGINT% NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE inventory ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE case_events ADD COLUMN login TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE case_events ADD COLUMN request_key TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX case_events_request_key ON case_events (request_key)"
                       " WHERE request_key IS NOT NULL"),
        QStringLiteral("ALTER TABLE inventory_events ADD COLUMN login TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE inventory_events ADD COLUMN request_key TEXT"),
        QStringLiteral("CREATE INDEX inventory_events_request_key ON inventory_events (request_key)"
                       " WHERE request_key IS NOT NULL"),
    };
    // A constant default: no table is rewritten, not even a million numbers.
    for (const char *table : { "cases", "case_events", "case_numbers", "users",
             "voice_connectors", "inventory", "inventory_events", "case_comments",
             "loa_versions", "case_attachments", "case_file_events", "drafts" }) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN account_id %BIGINT% NOT NULL DEFAULT 1")
                          .arg(QLatin1String(table));
    }
    statements << QStringLiteral("CREATE INDEX cases_account ON cases (account_id, id)");
    return runAll(store, statements, status);
}

// Schema 14: the case and inventory counts of schemas 8 and 9 per account,
// so that on a team store an admin reads only its own account's figures
// (row-level security on the counts like on the rows they count) while the
// queue's and the inventory's counts still read a few rows. The readers sum
// over accounts already (SUM ... GROUP BY state; += per status): a
// single-account store reads what it read before. The tables are built anew
// (SQLite cannot change a primary key) from the rows they count, and the
// triggers of schemas 8 and 9 are replaced by ones that keep the account.
bool toV14(Store &store, StoreStatus *status)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE case_counts_v14 ("
                       " account_id %BIGINT% NOT NULL DEFAULT 1,"
                       " kind TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " n %BIGINT% NOT NULL,"
                       " PRIMARY KEY (account_id, kind, state))"),
        QStringLiteral("INSERT INTO case_counts_v14 (account_id, kind, state, n)"
                       " SELECT account_id, kind, state, COUNT(*) FROM cases"
                       " GROUP BY account_id, kind, state"),
        QStringLiteral("DROP TABLE case_counts"),
        QStringLiteral("ALTER TABLE case_counts_v14 RENAME TO case_counts"),
        QStringLiteral("CREATE TABLE inventory_counts_v14 ("
                       " account_id %BIGINT% NOT NULL DEFAULT 1,"
                       " status TEXT NOT NULL,"
                       " ported_out INTEGER NOT NULL,"
                       " n %BIGINT% NOT NULL,"
                       " PRIMARY KEY (account_id, status, ported_out))"),
        QStringLiteral("INSERT INTO inventory_counts_v14 (account_id, status, ported_out, n)"
                       " SELECT account_id, status, CASE WHEN port_out_case_id IS NOT NULL"
                       " AND ported_out = 1 THEN 1 ELSE 0 END, COUNT(*) FROM inventory"
                       " GROUP BY 1, 2, 3"),
        QStringLiteral("DROP TABLE inventory_counts"),
        QStringLiteral("ALTER TABLE inventory_counts_v14 RENAME TO inventory_counts"),
    };
    const QString caseAdd = QStringLiteral(
        "INSERT INTO case_counts (account_id, kind, state, n)"
        " VALUES (NEW.account_id, NEW.kind, NEW.state, 0)"
        " ON CONFLICT (account_id, kind, state) DO NOTHING; "
        "UPDATE case_counts SET n = n + 1 WHERE account_id = NEW.account_id"
        " AND kind = NEW.kind AND state = NEW.state;");
    const QString caseRemove = QStringLiteral(
        "UPDATE case_counts SET n = n - 1 WHERE account_id = OLD.account_id"
        " AND kind = OLD.kind AND state = OLD.state;");
    const QString caseChanged = QStringLiteral(
        "OLD.kind <> NEW.kind OR OLD.state <> NEW.state OR OLD.account_id <> NEW.account_id");
    const QString flagNew = QStringLiteral(
        "CASE WHEN NEW.port_out_case_id IS NOT NULL AND NEW.ported_out = 1 THEN 1 ELSE 0 END");
    const QString flagOld = QStringLiteral(
        "CASE WHEN OLD.port_out_case_id IS NOT NULL AND OLD.ported_out = 1 THEN 1 ELSE 0 END");
    const QString numberAdd
        = QStringLiteral("INSERT INTO inventory_counts (account_id, status, ported_out, n)"
                         " VALUES (NEW.account_id, NEW.status, %1, 0)"
                         " ON CONFLICT (account_id, status, ported_out) DO NOTHING; "
                         "UPDATE inventory_counts SET n = n + 1 WHERE account_id = NEW.account_id"
                         " AND status = NEW.status AND ported_out = %1;")
              .arg(flagNew);
    const QString numberRemove
        = QStringLiteral("UPDATE inventory_counts SET n = n - 1 WHERE account_id = OLD.account_id"
                         " AND status = OLD.status AND ported_out = %1;")
              .arg(flagOld);
    const QString numberChanged
        = QStringLiteral("OLD.status <> NEW.status OR %1 <> %2 OR OLD.account_id <> NEW.account_id")
              .arg(flagOld, flagNew);
    if (store.isPostgres()) {
        const QString function = QStringLiteral(
            "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "IF TG_OP IN ('UPDATE', 'DELETE') THEN %2 END IF; "
            "IF TG_OP IN ('UPDATE', 'INSERT') THEN %3 END IF; "
            "RETURN NULL; END $$");
        statements << function.arg(QLatin1String("portdesk_case_count"), caseRemove, caseAdd)
                   << function.arg(
                          QLatin1String("portdesk_inventory_count"), numberRemove, numberAdd)
                   << QStringLiteral("DROP TRIGGER case_count_update ON cases")
                   << QStringLiteral("CREATE TRIGGER case_count_update AFTER UPDATE OF kind, "
                                     "state, account_id ON cases FOR EACH ROW WHEN (%1) EXECUTE "
                                     "FUNCTION portdesk_case_count()")
                          .arg(caseChanged)
                   << QStringLiteral("DROP TRIGGER inventory_count_update ON inventory")
                   << QStringLiteral(
                          "CREATE TRIGGER inventory_count_update AFTER UPDATE OF status, "
                          "port_out_case_id, ported_out, account_id ON inventory FOR EACH ROW "
                          "WHEN (%1) EXECUTE FUNCTION portdesk_inventory_count()")
                          .arg(numberChanged);
    } else {
        // SQLite checks every trigger when a table is renamed: the old ones,
        // which name the old tables, go first.
        statements = QStringList { QStringLiteral("DROP TRIGGER case_count_insert"),
                         QStringLiteral("DROP TRIGGER case_count_delete"),
                         QStringLiteral("DROP TRIGGER case_count_update"),
                         QStringLiteral("DROP TRIGGER inventory_count_insert"),
                         QStringLiteral("DROP TRIGGER inventory_count_delete"),
                         QStringLiteral("DROP TRIGGER inventory_count_update") }
            + statements;
        statements << QStringLiteral(
                          "CREATE TRIGGER case_count_insert AFTER INSERT ON cases BEGIN %1 END")
                          .arg(caseAdd)
                   << QStringLiteral(
                          "CREATE TRIGGER case_count_delete AFTER DELETE ON cases BEGIN %1 END")
                          .arg(caseRemove)
                   << QStringLiteral("CREATE TRIGGER case_count_update AFTER UPDATE OF kind, "
                                     "state, account_id ON cases WHEN %1 BEGIN %2 %3 END")
                          .arg(caseChanged, caseRemove, caseAdd)
                   << QStringLiteral("CREATE TRIGGER inventory_count_insert AFTER INSERT ON "
                                     "inventory BEGIN %1 END")
                          .arg(numberAdd)
                   << QStringLiteral("CREATE TRIGGER inventory_count_delete AFTER DELETE ON "
                                     "inventory BEGIN %1 END")
                          .arg(numberRemove)
                   << QStringLiteral(
                          "CREATE TRIGGER inventory_count_update AFTER UPDATE OF status, "
                          "port_out_case_id, ported_out, account_id ON inventory WHEN %1 "
                          "BEGIN %2 %3 END")
                          .arg(numberChanged, numberRemove, numberAdd);
    }
    return runAll(store, statements, status);
}

// Schema 16: the idempotency key (schema 13's request_key) on the writes
// that record no case event: a comment, an LOA signature, a file added,
// removed or restored. A retry after a lost connection looks for it, so that
// none is written twice.
bool toV16(Store &store, StoreStatus *status)
{
    // A comment and a signature are one row per change; a change may purge
    // several files (one event each), as it may change several numbers.
    QStringList statements;
    for (const auto &[table, unique] : { std::pair { "case_comments", true },
             std::pair { "loa_versions", true }, std::pair { "case_file_events", false } }) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN request_key TEXT").arg(QLatin1String(table))
                   << QStringLiteral("CREATE %2INDEX %1_request_key ON %1 (request_key)"
                                     " WHERE request_key IS NOT NULL")
                          .arg(QLatin1String(table),
                              unique ? QStringLiteral("UNIQUE ") : QString());
    }
    return runAll(store, statements, status);
}

} // namespace portdesk::migrations
