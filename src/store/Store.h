// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/TeamIdentity.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3_stmt;

namespace portdesk {

class SecretBox;
class SqlDialect;

// ReadOnly: nothing is written, not even the clock's due steps; a store that
// the user cannot write (file mode, folder, medium) opens so by itself.
enum class StoreAccess { ReadWrite, ReadOnly };

// An open PortDesk store: a SQLite file (the default) or a PostgreSQL
// database. Owns one named connection for the thread that opened it.
class Store {
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // url: "sqlite:PATH", a bare path, or "postgresql://user[:pw]@host[:port]/db".
    // A SQLite file that does not exist becomes a new store. The schema is
    // upgraded to the latest version; a store from a newer PortDesk, a damaged
    // file, or an unreachable server gives nullptr and a status saying why.
    //
    // Opening costs the same at 1 MB and at 1 GB: a SQLite file's header and
    // schema are checked, not every page (StoreCheck does that, on demand,
    // in the background, and after previousSessionEndedAbruptly()).
    static std::unique_ptr<Store> open(
        const QString &url, StoreStatus *status, StoreAccess access = StoreAccess::ReadWrite);
    // For migration tests: create or upgrade only up to targetVersion.
    static std::unique_ptr<Store> openAtVersion(const QString &url, int targetVersion,
        StoreStatus *status, StoreAccess access = StoreAccess::ReadWrite);

    // Whether url has the form of a store address (a SQLite path, sqlite:,
    // postgresql://user@host/db); else *problem says what is wrong with it.
    // Nothing is opened.
    static bool isStoreAddress(const QString &url, QString *problem);

    // The per-user default: AppSettings::dataFolder()/portdesk.sqlite (the folder is
    // created if missing).
    static QString defaultUrl();
    static int latestSchemaVersion();

    int schemaVersion() const;
    // Who is writing: on PostgreSQL the connection's session_user, on SQLite
    // the OS user name ("local" when there is none). Every event and every
    // inventory change records it.
    QString login() const;
    // PostgreSQL: closes the connection and opens it again (after a lost
    // connection), with the session settings of open(). Statements prepared
    // on the old connection are dropped. False, with *status, when the
    // server stays unreachable. SQLite: nothing to do, true.
    bool reconnect(StoreStatus *status);
    // A statement failed because the PostgreSQL connection was lost (SQLSTATE
    // class 08 or 57, the driver's ConnectionError): noted by the statement,
    // taken (and cleared) by the service that may retry the change.
    void noteConnectionLost() const;
    bool takeConnectionLost() const;
    // The idempotency key of the change being written (a UUID per user
    // action; empty: none): every event the change appends records it
    // (case_events.request_key, inventory_events.request_key), so that a
    // retry after a lost connection can tell whether the first try committed.
    QString requestKey() const;
    void setRequestKey(const QString &key) const;
    // Test seams, never set by PortDesk itself: called on this thread just
    // before a write transaction's COMMIT (beforeCommit) and just after it
    // (afterCommit, which may ask that the commit's answer be treated as
    // lost by returning true).
    struct TestHooks {
        std::function<void(const Store &)> beforeCommit;
        std::function<bool(const Store &)> afterCommit;
    };
    static void setTestHooks(const TestHooks &hooks);
    static const TestHooks &testHooks();
    bool isPostgres() const;
    QString displayName() const; // the URL without any password
    // The URL as given, password included: for a second connection to the
    // same store (a worker thread's). Never shown or written to a log.
    QString url() const;
    QSqlDatabase database() const;
    // Prepared statements kept for their next use (sql::Query): a page of a
    // list then costs one bind and step, not a prepare. *prepared is false
    // when the text did not prepare (the query's lastError says why).
    QSqlQuery takeStatement(const QString &text, bool *prepared) const;
    // maxRuns > 0: the statements of this text are dropped once they have
    // run that many times in all (PostgreSQL plans a prepared statement's
    // first five runs for their values; see sql::Query::Planning).
    void returnStatement(const QString &text, QSqlQuery query, int maxRuns = 0) const;
    // SQLite: statements prepared on the connection's own sqlite3 handle,
    // which sql::Query steps itself: a row's values are read only when
    // asked for, and text stays UTF-8, where Qt's driver turns every column
    // of every row into a QVariant (text converted to UTF-16) first. Null on
    // PostgreSQL, or when the text did not prepare (*error says why).
    bool hasNativeStatements() const;
    sqlite3_stmt *takeNativeStatement(const QString &text, QSqlError *error) const;
    void returnNativeStatement(const QString &text, sqlite3_stmt *statement) const;
    // After a schema change: statements are prepared afresh.
    void dropStatements() const;
    // One write transaction at a time on this connection (WriteTransaction):
    // PostgreSQL would take a nested BEGIN as a warning and let the inner
    // COMMIT end the outer transaction half-way.
    bool writeInProgress() const;
    void setWriteInProgress(bool active) const;
    const SqlDialect &dialect() const;
    QString sqlitePath() const; // the file of a SQLite store, else empty
    // Read-only: asked for, or the file cannot be written by this user.
    // Every write transaction is refused with a ReadOnly status.
    bool isReadOnly() const;
    QString readOnlyReason() const; // e.g. "the file is read-only for you"; empty if writable
    // SQLite: a PortDesk that had this store open ended without closing it
    // (a crash, a kill, a power cut): the store deserves its full check.
    bool previousSessionEndedAbruptly() const;

    // Damage found while the store is open (a statement ran into a damaged
    // page): from then on no write transaction starts, so that nothing is
    // written on top of it. Ok until then.
    const StoreStatus &damage() const;
    // Who the login is on a team store (read at open; see TeamIdentity).
    // A SQLite store, or a PostgreSQL one where team init never ran, is not
    // a team store: the role is then the user's choice, as it always was.
    const TeamIdentity &team() const;
    void noteDamage(const StoreStatus &status) const;

    // The store's secrets (account numbers, PINs, port-out account IDs) are
    // sealed at rest with a data key the store keeps only wrapped for each
    // person's key (SecretBox, PersonalKey, StoreSecrets). The box is open
    // when this person's key unwrapped it; else secretsProblem() says why
    // ("no key was found ...", "the key ... is not one this store was
    // sealed for"), the secrets read stay sealed and a change that brings a
    // new one is refused.
    const SecretBox &secretBox() const;
    SecretBox &secretBox();
    bool secretsReadable() const;
    QString secretsProblem() const;
    void setSecretsProblem(const QString &problem);

private:
    Store();
    bool readLogin(StoreStatus *status);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace portdesk
