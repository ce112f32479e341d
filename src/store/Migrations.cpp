// SPDX-License-Identifier: Apache-2.0
#include "Migrations.h"
#include "MigrationSupport.h"

#include "CaseRepository.h"
#include "core/CustomerTime.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"
#include "StoreSecrets.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

#include <functional>

namespace portdesk::migrations {

// DDL is written once with these words for the engine's types.
QString ddl(const SqlDialect &dialect, QString text)
{
    text.replace(QLatin1String("%ID%"), dialect.identityPrimaryKey());
    text.replace(QLatin1String("%BIGINT%"), dialect.bigint());
    text.replace(QLatin1String("%KEYTEXT%"), dialect.bytewiseText());
    text.replace(QLatin1String("%BLOB%"), dialect.blob());
    return text;
}

bool runAll(const Store &store, const QStringList &statements, StoreStatus *status)
{
    for (const QString &statement : statements) {
        if (!sql::run(store, ddl(store.dialect(), statement), status))
            return false;
    }
    return true;
}

namespace {

// v1: cases with their append-only event log and the numbers of each case.
bool toV1(Store &store, StoreStatus *status)
{
    return runAll(store,
        {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE cases ("
                           " id %ID%,"
                           " kind TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " product_type TEXT NOT NULL,"
                           " admin_email TEXT NOT NULL,"
                           " customer_name TEXT NOT NULL DEFAULT '',"
                           " requested_port_at %BIGINT%,"
                           " foc_at %BIGINT%,"
                           " request TEXT NOT NULL,"
                           " port_out_account_id TEXT,"
                           " port_out_pin TEXT,"
                           " last_seq INTEGER NOT NULL,"
                           " created_at %BIGINT% NOT NULL,"
                           " updated_at %BIGINT% NOT NULL)"),
            QStringLiteral("CREATE TABLE case_events ("
                           " id %ID%,"
                           " case_id %BIGINT% NOT NULL REFERENCES cases (id),"
                           " seq INTEGER NOT NULL,"
                           " event TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " at %BIGINT% NOT NULL,"
                           " state_after TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " UNIQUE (case_id, seq))"),
            QStringLiteral("CREATE TABLE case_numbers ("
                           " case_id %BIGINT% NOT NULL REFERENCES cases (id),"
                           " e164 %KEYTEXT% NOT NULL,"
                           " PRIMARY KEY (case_id, e164))"),
        },
        status);
}

// v2: the phone-number inventory, its users and the Voice Connectors.
bool toV2(Store &store, StoreStatus *status)
{
    return runAll(store,
        {
            QStringLiteral("CREATE TABLE users ("
                           " id %ID%,"
                           " email TEXT NOT NULL UNIQUE,"
                           " created_at %BIGINT% NOT NULL)"),
            QStringLiteral("CREATE TABLE voice_connectors ("
                           " id %ID%,"
                           " name TEXT NOT NULL UNIQUE,"
                           " region TEXT NOT NULL,"
                           " encryption INTEGER NOT NULL DEFAULT 0,"
                           " created_at %BIGINT% NOT NULL)"),
            QStringLiteral("CREATE TABLE inventory ("
                           " id %ID%,"
                           " e164 %KEYTEXT% NOT NULL UNIQUE,"
                           " product_type TEXT NOT NULL,"
                           " toll_free INTEGER NOT NULL DEFAULT 0,"
                           " status TEXT NOT NULL,"
                           " user_id %BIGINT% REFERENCES users (id),"
                           " voice_connector_id %BIGINT% REFERENCES voice_connectors (id),"
                           " assigned_at %BIGINT%,"
                           " case_id %BIGINT% REFERENCES cases (id),"
                           " port_out_case_id %BIGINT% REFERENCES cases (id),"
                           " ported_out INTEGER NOT NULL DEFAULT 0,"
                           " created_at %BIGINT% NOT NULL,"
                           " updated_at %BIGINT% NOT NULL,"
                           " deleted_at %BIGINT%)"),
        },
        status);
}

// v3: columns the case queue and the clock filter on (filled in from the data
// already there), the indexes for the lists, and the event log made
// append-only by the database itself.
//
// A step does forever what it did when it shipped: every rule it applies is
// written out here as it stood then, never asked of the live core (a state
// renamed or a number rule changed later must not change what v3 does to an
// old store).
bool toV3(Store &store, StoreStatus *status)
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE cases ADD COLUMN is_open INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN number_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE case_numbers ADD COLUMN toll_free INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE cases SET number_count ="
                       " (SELECT COUNT(*) FROM case_numbers n WHERE n.case_id = cases.id)"),
        // The terminal states of schema v1-v3.
        QStringLiteral("UPDATE cases SET is_open = 0"
                       " WHERE state IN ('not-portable', 'completed', 'cancelled', 'closed')"),
        // Toll-free as PortDesk judged the numbers it accepts when v3 shipped
        // (libphonenumber 8.12's TOLL_FREE type): the codes 800, 833, 844,
        // 855, 866, 877, 888, and an exchange of 2-9 as every valid number has.
        QStringLiteral("UPDATE case_numbers SET toll_free = 1 WHERE length(e164) = 12"
                       " AND substr(e164, 1, 5) IN"
                       " ('+1800', '+1833', '+1844', '+1855', '+1866', '+1877', '+1888')"
                       " AND substr(e164, 6, 1) BETWEEN '2' AND '9'"),
        QStringLiteral("CREATE INDEX case_numbers_e164 ON case_numbers (e164)"),
        QStringLiteral("CREATE INDEX cases_state ON cases (state, id)"),
        QStringLiteral("CREATE INDEX cases_open ON cases (is_open, kind, state)"),
        QStringLiteral("CREATE INDEX inventory_status_e164 ON inventory (status, e164)"),
        QStringLiteral("CREATE INDEX inventory_case ON inventory (case_id)"),
        QStringLiteral("CREATE INDEX inventory_port_out_case ON inventory (port_out_case_id)"),
        QStringLiteral("CREATE INDEX inventory_deleted_at ON inventory (deleted_at)"),
        QStringLiteral("CREATE INDEX inventory_user ON inventory (user_id)"),
        QStringLiteral("CREATE INDEX inventory_voice_connector ON inventory (voice_connector_id)"),
    };
    // The event log refuses UPDATE and DELETE.
    if (store.isPostgres()) {
        statements << QStringLiteral(
            "CREATE OR REPLACE FUNCTION portdesk_refuse_change() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', "
            "TG_TABLE_NAME; END $$")
                   << QStringLiteral("CREATE TRIGGER case_events_append_only BEFORE UPDATE OR "
                                     "DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION "
                                     "portdesk_refuse_change()");
    } else {
        statements << QStringLiteral("CREATE TRIGGER case_events_no_update BEFORE UPDATE ON "
                                     "case_events BEGIN SELECT RAISE(ABORT, 'case_events is "
                                     "append-only'); END")
                   << QStringLiteral("CREATE TRIGGER case_events_no_delete BEFORE DELETE ON "
                                     "case_events BEGIN SELECT RAISE(ABORT, 'case_events is "
                                     "append-only'); END");
    }
    return runAll(store, statements, status);
}

// v4: drafts of requests not yet submitted (the wizard saves on every page).
bool toV4(Store &store, StoreStatus *status)
{
    return runAll(store,
        {
            QStringLiteral("CREATE TABLE drafts ("
                           " id %ID%,"
                           " kind TEXT NOT NULL,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " content TEXT NOT NULL,"
                           " created_at %BIGINT% NOT NULL,"
                           " updated_at %BIGINT% NOT NULL)"),
            QStringLiteral("CREATE INDEX drafts_kind_updated ON drafts (kind, updated_at)"),
            QStringLiteral("CREATE INDEX drafts_updated ON drafts (updated_at)"),
        },
        status);
}

// v5: what the case queue searches (customer and carrier names, the admin's
// email, lower case: never an account number or PIN), comments on a case,
// names for the users numbers are assigned to, the signed LOA versions, and
// attachments (carrier invoice, customer service record), and each inventory
// number's history.
//
// The search text of the cases already there is written here as v5 defines
// it, from the request JSON: "adminEmail", then each carrier group's
// "customerName" and "carrier", lower case, one a line.
bool toV5(Store &store, StoreStatus *status)
{
    if (!runAll(store,
            {
                QStringLiteral("ALTER TABLE cases ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX cases_updated ON cases (updated_at, id)"),
                QStringLiteral("CREATE TABLE case_comments ("
                               " id %ID%,"
                               " case_id %BIGINT% NOT NULL REFERENCES cases (id),"
                               " author_role TEXT NOT NULL,"
                               " author TEXT NOT NULL DEFAULT '',"
                               " internal INTEGER NOT NULL DEFAULT 0,"
                               " body TEXT NOT NULL,"
                               " created_at %BIGINT% NOT NULL)"),
                QStringLiteral("CREATE INDEX case_comments_case ON case_comments (case_id, id)"),
                QStringLiteral("ALTER TABLE users ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE TABLE loa_versions ("
                               " id %ID%,"
                               " case_id %BIGINT% NOT NULL REFERENCES cases (id),"
                               " carrier_index INTEGER NOT NULL,"
                               " version INTEGER NOT NULL,"
                               " content TEXT NOT NULL,"
                               " signer_name TEXT NOT NULL,"
                               " signer_title TEXT NOT NULL,"
                               " signature %BLOB%,"
                               " signed_at %BIGINT% NOT NULL,"
                               " UNIQUE (case_id, carrier_index, version))"),
                QStringLiteral("CREATE TABLE case_attachments ("
                               " id %ID%,"
                               " case_id %BIGINT% NOT NULL REFERENCES cases (id),"
                               " kind TEXT NOT NULL,"
                               " file_name TEXT NOT NULL,"
                               " mime_type TEXT NOT NULL,"
                               " size_bytes %BIGINT% NOT NULL,"
                               " data %BLOB% NOT NULL,"
                               " added_at %BIGINT% NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX case_attachments_case ON case_attachments (case_id, id)"),
                // What happened to a number in the inventory (arrived,
                // assigned, unassigned, deleted, restored, imported...): the
                // details panel's history. Kept after a purge.
                QStringLiteral("CREATE TABLE inventory_events ("
                               " id %ID%,"
                               " e164 %KEYTEXT% NOT NULL,"
                               " at %BIGINT% NOT NULL,"
                               " what TEXT NOT NULL,"
                               " detail TEXT NOT NULL DEFAULT '',"
                               " case_id %BIGINT%)"),
                QStringLiteral("CREATE INDEX inventory_events_e164 ON inventory_events (e164, id)"),
                // The inventory view sorts by these and pages by (value, number).
                QStringLiteral(
                    "CREATE INDEX inventory_updated_e164 ON inventory (updated_at, e164)"),
                QStringLiteral(
                    "CREATE INDEX inventory_created_e164 ON inventory (created_at, e164)"),
                QStringLiteral(
                    "CREATE INDEX inventory_product_e164 ON inventory (product_type, e164)"),
                QStringLiteral("CREATE INDEX inventory_case_e164 ON inventory (case_id, e164)"),
            },
            status))
        return false;

    QList<QPair<qint64, QString>> texts;
    {
        sql::Query read(store, QStringLiteral("SELECT id, request FROM cases"));
        if (!read.exec(status))
            return false;
        while (read.next()) {
            const QJsonObject request = sql::jsonObjectFrom(read.value(1).toString());
            QStringList parts { request.value(QLatin1String("adminEmail")).toString() };
            const QJsonArray carriers = request.value(QLatin1String("carriers")).toArray();
            for (const QJsonValue &group : carriers) {
                parts << group.toObject().value(QLatin1String("customerName")).toString()
                      << group.toObject().value(QLatin1String("carrier")).toString();
            }
            texts.append({ sql::idFrom(read.value(0)), parts.join(QLatin1Char('\n')).toLower() });
        }
        if (!read.done(status))
            return false;
    }
    for (const auto &[id, text] : std::as_const(texts)) {
        sql::Query write(store, QStringLiteral("UPDATE cases SET search_text = ? WHERE id = ?"));
        write << sql::text(text) << id;
        if (!write.exec(status))
            return false;
    }
    return true;
}

// v6: an attachment deleted from a case is kept for a while, marked removed,
// so that the admin can restore it; the clock purges it after the deletion
// queue's days. What happened to each file (attached, deleted, restored,
// purged) is a log of its own, append-only like the case events, with the
// file's name and kind, so the case's history keeps it after a purge. The
// files already attached get their "attached" line at the time added.
bool toV6(Store &store, StoreStatus *status)
{
    QStringList statements {
        QStringLiteral("ALTER TABLE case_attachments ADD COLUMN removed_at %BIGINT%"),
        QStringLiteral("CREATE INDEX case_attachments_removed ON case_attachments (removed_at)"),
        QStringLiteral("CREATE TABLE case_file_events ("
                       " id %ID%,"
                       " case_id %BIGINT% NOT NULL REFERENCES cases (id),"
                       " attachment_id %BIGINT% NOT NULL,"
                       " what TEXT NOT NULL,"
                       " at %BIGINT% NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " file_name TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_file_events_case ON case_file_events (case_id, id)"),
        QStringLiteral(
            "INSERT INTO case_file_events (case_id, attachment_id, what, at, kind, file_name) "
            "SELECT case_id, id, 'attached', added_at, kind, file_name "
            "FROM case_attachments ORDER BY id"),
    };
    if (store.isPostgres()) {
        statements << QStringLiteral("CREATE TRIGGER case_file_events_append_only BEFORE UPDATE OR "
                                     "DELETE ON case_file_events FOR EACH ROW EXECUTE FUNCTION "
                                     "portdesk_refuse_change()");
    } else {
        statements << QStringLiteral(
            "CREATE TRIGGER case_file_events_no_update BEFORE UPDATE ON "
            "case_file_events BEGIN SELECT RAISE(ABORT, 'case_file_events is "
            "append-only'); END")
                   << QStringLiteral(
                          "CREATE TRIGGER case_file_events_no_delete BEFORE DELETE ON "
                          "case_file_events BEGIN SELECT RAISE(ABORT, 'case_file_events is "
                          "append-only'); END");
    }
    return runAll(store, statements, status);
}

// v7: the case queue's text search through an index instead of a scan of
// every case. The rows found stay those of "search_text LIKE '%text%'".
//
// SQLite: an FTS5 table with the trigram tokenizer over cases.search_text
// (external content: the text is not stored twice). Triggers keep it in step
// with the column, so that every writer (this PortDesk, an older one's
// statements, a later step) keeps it right inside its own transaction
// without the repositories having to remember it. The cases already there
// are indexed here ("rebuild").
//
// PostgreSQL: a pg_trgm GIN index on the column, which the planner uses for
// the same LIKE. pg_trgm is an extension: when the login may not create it
// (or it cannot be created here), the step leaves the index out and says so
// in the log; the search then scans as before, with the same rows, until a
// database owner adds the extension and the index (see docs/guide/case-queue.md).
bool toV7(Store &store, StoreStatus *status)
{
    if (!store.isPostgres()) {
        return runAll(store,
            {
                QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(search_text,"
                               " content='cases', content_rowid='id', tokenize='trigram')"),
                QStringLiteral("CREATE TRIGGER case_search_insert AFTER INSERT ON cases BEGIN"
                               " INSERT INTO case_search (rowid, search_text)"
                               " VALUES (new.id, new.search_text); END"),
                QStringLiteral("CREATE TRIGGER case_search_delete AFTER DELETE ON cases BEGIN"
                               " INSERT INTO case_search (case_search, rowid, search_text)"
                               " VALUES ('delete', old.id, old.search_text); END"),
                QStringLiteral("CREATE TRIGGER case_search_update AFTER UPDATE OF search_text"
                               " ON cases BEGIN"
                               " INSERT INTO case_search (case_search, rowid, search_text)"
                               " VALUES ('delete', old.id, old.search_text);"
                               " INSERT INTO case_search (rowid, search_text)"
                               " VALUES (new.id, new.search_text); END"),
                QStringLiteral("INSERT INTO case_search (case_search) VALUES ('rebuild')"),
            },
            status);
    }
    // A failed statement spoils a PostgreSQL transaction: the savepoint
    // lets the step go on without the index.
    if (!sql::run(store, QStringLiteral("SAVEPOINT v7_trigram"), status))
        return false;
    StoreStatus indexStatus;
    if (runAll(store,
            {
                QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                QStringLiteral("CREATE INDEX cases_search_trgm ON cases"
                               " USING gin (search_text gin_trgm_ops)"),
            },
            &indexStatus))
        return sql::run(store, QStringLiteral("RELEASE SAVEPOINT v7_trigram"), status);
    qWarning("PortDesk: schema 7 without the trigram index of the case search (%s); the "
             "queue's text search scans every case instead.",
        qPrintable(indexStatus.message));
    return sql::run(store, QStringLiteral("ROLLBACK TO SAVEPOINT v7_trigram"), status);
}

// v8: the inventory's counts per status (and of numbers ported out), kept by
// triggers in the same transaction as every change, so that the inventory
// view's counts read a few rows instead of 1,000,000 index entries; and the
// indexes that let the clock's checks on every run (a purge due, a case
// with a step due) read what is due instead of every deleted number or
// every open case.
// ported_out is 1 for a number ported out of the service (port_out_case_id
// set and ported_out = 1), as InventoryRepository::counts has counted it.
bool toV8(Store &store, StoreStatus *status)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE inventory_counts ("
                       " status TEXT NOT NULL,"
                       " ported_out INTEGER NOT NULL,"
                       " n %BIGINT% NOT NULL,"
                       " PRIMARY KEY (status, ported_out))"),
        QStringLiteral("INSERT INTO inventory_counts (status, ported_out, n)"
                       " SELECT status, CASE WHEN port_out_case_id IS NOT NULL AND ported_out = 1"
                       " THEN 1 ELSE 0 END, COUNT(*) FROM inventory GROUP BY 1, 2"),
        QStringLiteral("CREATE INDEX inventory_purge ON inventory (status, deleted_at)"),
        QStringLiteral("CREATE INDEX cases_due ON cases (state, foc_at)"),
    };
    const QString flagNew = QStringLiteral(
        "CASE WHEN NEW.port_out_case_id IS NOT NULL AND NEW.ported_out = 1 THEN 1 ELSE 0 END");
    const QString flagOld = QStringLiteral(
        "CASE WHEN OLD.port_out_case_id IS NOT NULL AND OLD.ported_out = 1 THEN 1 ELSE 0 END");
    const QString add = QStringLiteral(
        "INSERT INTO inventory_counts (status, ported_out, n) VALUES (NEW.status, %1, 0)"
        " ON CONFLICT (status, ported_out) DO NOTHING; "
        "UPDATE inventory_counts SET n = n + 1 WHERE status = NEW.status AND ported_out = %1;")
                            .arg(flagNew);
    const QString remove = QStringLiteral(
        "UPDATE inventory_counts SET n = n - 1 WHERE status = OLD.status AND ported_out = %1;")
                               .arg(flagOld);
    const QString changed
        = QStringLiteral("OLD.status <> NEW.status OR %1 <> %2").arg(flagOld, flagNew);
    if (store.isPostgres()) {
        statements << QStringLiteral(
            "CREATE FUNCTION portdesk_inventory_count() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "IF TG_OP IN ('UPDATE', 'DELETE') THEN %1 END IF; "
            "IF TG_OP IN ('UPDATE', 'INSERT') THEN %2 END IF; "
            "RETURN NULL; END $$")
                          .arg(remove, add)
                   << QStringLiteral("CREATE TRIGGER inventory_count_insert_delete AFTER INSERT OR "
                                     "DELETE ON inventory FOR EACH ROW EXECUTE FUNCTION "
                                     "portdesk_inventory_count()")
                   << QStringLiteral(
                          "CREATE TRIGGER inventory_count_update AFTER UPDATE OF status, "
                          "port_out_case_id, ported_out ON inventory FOR EACH ROW WHEN (%1) "
                          "EXECUTE FUNCTION portdesk_inventory_count()")
                          .arg(changed);
    } else {
        statements << QStringLiteral("CREATE TRIGGER inventory_count_insert AFTER INSERT ON "
                                     "inventory BEGIN %1 END")
                          .arg(add)
                   << QStringLiteral("CREATE TRIGGER inventory_count_delete AFTER DELETE ON "
                                     "inventory BEGIN %1 END")
                          .arg(remove)
                   << QStringLiteral(
                          "CREATE TRIGGER inventory_count_update AFTER UPDATE OF status, "
                          "port_out_case_id, ported_out ON inventory WHEN %1 BEGIN %2 %3 "
                          "END")
                          .arg(changed, remove, add);
    }
    return runAll(store, statements, status);
}

// v9: the cases' counts per kind and state, kept by triggers in the same
// transaction as every change, so that the queue's counts (its state filter,
// and the tally under the table) read a few rows instead of 100,000 index
// entries when no text filters the queue; with a text, they are counted.
bool toV9(Store &store, StoreStatus *status)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE case_counts ("
                       " kind TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " n %BIGINT% NOT NULL,"
                       " PRIMARY KEY (kind, state))"),
        QStringLiteral("INSERT INTO case_counts (kind, state, n)"
                       " SELECT kind, state, COUNT(*) FROM cases GROUP BY kind, state"),
    };
    const QString add = QStringLiteral(
        "INSERT INTO case_counts (kind, state, n) VALUES (NEW.kind, NEW.state, 0)"
        " ON CONFLICT (kind, state) DO NOTHING; "
        "UPDATE case_counts SET n = n + 1 WHERE kind = NEW.kind AND state = NEW.state;");
    const QString remove = QStringLiteral(
        "UPDATE case_counts SET n = n - 1 WHERE kind = OLD.kind AND state = OLD.state;");
    const QString changed = QStringLiteral("OLD.kind <> NEW.kind OR OLD.state <> NEW.state");
    if (store.isPostgres()) {
        statements << QStringLiteral(
            "CREATE FUNCTION portdesk_case_count() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "IF TG_OP IN ('UPDATE', 'DELETE') THEN %1 END IF; "
            "IF TG_OP IN ('UPDATE', 'INSERT') THEN %2 END IF; "
            "RETURN NULL; END $$")
                          .arg(remove, add)
                   << QStringLiteral("CREATE TRIGGER case_count_insert_delete AFTER INSERT OR "
                                     "DELETE ON cases FOR EACH ROW EXECUTE FUNCTION "
                                     "portdesk_case_count()")
                   << QStringLiteral("CREATE TRIGGER case_count_update AFTER UPDATE OF kind, "
                                     "state ON cases FOR EACH ROW WHEN (%1) EXECUTE FUNCTION "
                                     "portdesk_case_count()")
                          .arg(changed);
    } else {
        statements << QStringLiteral(
            "CREATE TRIGGER case_count_insert AFTER INSERT ON cases BEGIN %1 END")
                          .arg(add)
                   << QStringLiteral(
                          "CREATE TRIGGER case_count_delete AFTER DELETE ON cases BEGIN %1 END")
                          .arg(remove)
                   << QStringLiteral("CREATE TRIGGER case_count_update AFTER UPDATE OF kind, "
                                     "state ON cases WHEN %1 BEGIN %2 %3 END")
                          .arg(changed, remove, add);
    }
    return runAll(store, statements, status);
}

// v10: each case's next milestone (CaseTimeline::next: its key, change
// round and projected time), written with every event, so that the queue
// reads it with the page instead of every shown case's history; computed
// here for the cases there are.
bool toV10(Store &store, StoreStatus *status)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE cases ADD COLUMN next_milestone TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN next_round INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN next_at %BIGINT%"),
    };
    return runAll(store, statements, status)
        && CaseRepository(store).refreshNextMilestones(status);
}

// v11: each port-in's customer time zone (an IANA id, issue 13): a request
// now names it ("timeZone"); a case filed before gets the zone of its
// service address (and area codes) whose offset at the requested port date is
// the offset the date was given with, so that every case keeps its offset
// (inferredTimeZoneId). The requests and the event log stay as written.
bool toV11(Store &store, StoreStatus *status)
{
    if (!runAll(store, { QStringLiteral("ALTER TABLE cases ADD COLUMN time_zone TEXT") }, status))
        return false;
    QList<QPair<qint64, QByteArray>> zones;
    {
        sql::Query q(store, QStringLiteral("SELECT id, request FROM cases WHERE kind = ?"));
        q << toString(CaseKind::PortIn);
        if (!q.exec(status))
            return false;
        while (q.next()) {
            const PortInRequest request
                = PortInRequest::fromJson(sql::jsonObjectFrom(q.value(1).toString()), nullptr);
            zones.append({ q.value(0).toLongLong(), customerTimeZoneId(request) });
        }
        if (!q.done(status))
            return false;
    }
    for (const auto &[id, zone] : std::as_const(zones)) {
        if (zone.isEmpty())
            continue; // no US zone has the offset: it stays a bare offset
        sql::Query update(store, QStringLiteral("UPDATE cases SET time_zone = ? WHERE id = ?"));
        update << QString::fromLatin1(zone) << qlonglong(id);
        if (!update.exec(status))
            return false;
    }
    return true;
}

// Schema 12: each number's status in its case (pending, rejected with a
// reason code and text, ported, not-ported): support rejects single numbers
// of a port-in. Existing cases' numbers follow their case's state.
bool toV12(Store &store, StoreStatus *status)
{
    const QString inCases = QStringLiteral(
        "UPDATE case_numbers SET status = '%1' WHERE case_id IN "
        "(SELECT id FROM cases WHERE state IN (%2))");
    return runAll(store,
        {
            QStringLiteral(
                "ALTER TABLE case_numbers ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'"),
            QStringLiteral("ALTER TABLE case_numbers ADD COLUMN reason_code TEXT"),
            QStringLiteral("ALTER TABLE case_numbers ADD COLUMN reason TEXT"),
            inCases.arg(QLatin1String("ported"),
                QLatin1String("'completed', 'ported-out', 'closed'")),
            inCases.arg(QLatin1String("not-ported"), QLatin1String("'not-portable', 'cancelled'")),
        },
        status);
}

struct Step {
    int version;
    std::function<bool(Store &, StoreStatus *)> apply;
};

const QList<Step> &ladder()
{
    static const QList<Step> steps = { { 1, toV1 }, { 2, toV2 }, { 3, toV3 }, { 4, toV4 },
        { 5, toV5 }, { 6, toV6 }, { 7, toV7 }, { 8, toV8 }, { 9, toV9 }, { 10, toV10 },
        { 11, toV11 }, { 12, toV12 }, { 13, toV13 }, { 14, toV14 }, { 15, StoreSecrets::sealStore },
        { 16, toV16 } };
    return steps;
}

} // namespace

int latestVersion()
{
    return ladder().last().version;
}

bool readVersion(const QSqlDatabase &db, const SqlDialect &dialect, int *version, bool *foreign,
    QSqlError *error)
{
    *version = 0;
    *foreign = false;
    QSqlQuery exists(db);
    exists.setForwardOnly(true);
    if (!exists.prepare(dialect.tableExistsQuery())) {
        *error = exists.lastError();
        return false;
    }
    exists.addBindValue(QStringLiteral("schema_version"));
    if (!exists.exec() || !exists.next()) {
        *error = exists.lastError();
        return false;
    }
    if (exists.value(0).toInt() == 0) {
        // No version table: a new, empty store, or somebody else's database.
        QSqlQuery tables(db);
        const QString countTables = dialect.name() == QLatin1String("sqlite")
            ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                             "WHERE table_schema = current_schema()");
        if (!tables.exec(countTables) || !tables.next()) {
            *error = tables.lastError();
            return false;
        }
        *foreign = tables.value(0).toInt() > 0;
        return true;
    }
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        *error = read.lastError();
        return false;
    }
    if (read.next()) {
        *version = read.value(0).toInt();
    } else if (read.lastError().type() != QSqlError::NoError) {
        *error = read.lastError();
        return false;
    }
    return true;
}

bool upgrade(Store &store, int targetVersion, int *reached, StoreStatus *status)
{
    for (const Step &step : ladder()) {
        if (step.version > targetVersion)
            break;
        if (step.version <= *reached)
            continue; // versions only grow: no need to look inside a transaction
        WriteTransaction transaction(store);
        if (!transaction.begin(status))
            return false;
        int version = 0;
        bool foreign = false;
        QSqlError error;
        if (!readVersion(store.database(), store.dialect(), &version, &foreign, &error)) {
            *status = sql::statusFromError(store, error);
            return false;
        }
        *reached = version;
        if (version >= step.version)
            continue; // done already, possibly by another program just now
        if (version != step.version - 1 || foreign) {
            status->code = StoreStatus::Code::Failed;
            status->message
                = Store::tr("The store %1 is at schema %2 and cannot be upgraded to %3.")
                      .arg(store.displayName())
                      .arg(version)
                      .arg(step.version);
            return false;
        }
        if (!step.apply(store, status))
            return false;
        sql::Query bump(store, QStringLiteral("UPDATE schema_version SET version = ?"));
        bump << step.version;
        if (!bump.exec(status) || !transaction.commit(status))
            return false;
        *reached = step.version;
    }
    return true;
}

} // namespace portdesk::migrations
