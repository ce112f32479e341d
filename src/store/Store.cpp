// SPDX-License-Identifier: Apache-2.0
#include "Store.h"

#include "core/AppSettings.h"
#include "TeamRepository.h"

#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "StoreAddress.h"
#include "StoreFile.h"
#include "SecretBox.h"
#include "StoreSecrets.h"
#include "StoreSession.h"
#include "StorePrivate.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <cstdio>

#include <unordered_map>
#include <vector>

namespace portdesk {

namespace {

constexpr int busyTimeoutMs = 10000;

QString newConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("portdesk-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

StoreStatus makeStatus(StoreStatus::Code code, const QString &message)
{
    StoreStatus status;
    status.code = code;
    status.message = message;
    return status;
}

// Looks at an existing SQLite file's header without changing a byte of it:
// is it a SQLite database, and is it as long as the header says. A file that
// fails this is never opened for writing. It costs the same at 1 MB and at
// 1 GB: the full check of every page is StoreCheck's, on demand, in the
// background and after a crash.
//
// It takes no lock, so it must hold while other programs write: the magic
// never changes, and the three facts are read in the one order that a live
// store cannot fool. A checkpoint (SQLite copying the write-ahead log into
// the file; the last program to close the store does one, then deletes the
// log) writes the header with the new page count first and the pages after
// it, and the file only ever grows. So: the header first, then whether a log
// is pending, and the file's size last. A size read before the header could
// be older than it (a checkpoint finished in between, the log gone): that
// was a false "damaged" under four programs at once.
bool checkHeader(const ParsedUrl &url, StoreStatus *status)
{
    const QFileInfo info(url.path);
    if (!info.exists())
        return true;
    if (!info.isFile()) {
        *status = makeStatus(StoreStatus::Code::Failed,
            Store::tr("%1 is not a file: give the path of a PortDesk store file.")
                .arg(url.display));
        return false;
    }

    QFile file(url.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *status = makeStatus(StoreStatus::Code::Unavailable,
            Store::tr("The store %1 cannot be read: %2.").arg(url.display, file.errorString()));
        return false;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return true; // SQLite treats an empty file as an empty database
    static const char magic[] = "SQLite format 3"; // 16 bytes with the NUL
    if (header.size() < 100 || !header.startsWith(QByteArray(magic, sizeof magic))) {
        *status = makeStatus(StoreStatus::Code::Damaged,
            Store::tr("The file %1 is damaged or is not a PortDesk store (it is not a "
                      "SQLite database). It was left as it is.")
                .arg(url.display));
        return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const bool sizeKnown = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0 && pageCount > 0
        && validFor == changeCounter;
    if (!sizeKnown)
        return true;
    // With a write-ahead log pending, the file may legitimately be shorter
    // than the header says until the next checkpoint.
    const QFileInfo wal(url.path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return true;
    const qint64 size = QFileInfo(url.path).size(); // now, not the size seen above
    if (quint64(size) < quint64(pageSize) * pageCount) {
        *status = makeStatus(StoreStatus::Code::Damaged,
            Store::tr("The file %1 is damaged: it is shorter than its own header says "
                      "(%2 of %3 bytes), as if cut off. It was left as it is.")
                .arg(url.display)
                .arg(size)
                .arg(quint64(pageSize) * pageCount));
        return false;
    }
    return true;
}

// Reads the schema (SQLite parses every table's definition) and the version,
// through SQLite's locks like any reader: a writer at work is waited for,
// never read half-way. Nothing is written.
bool readSqliteVersion(
    const QSqlDatabase &db, const ParsedUrl &url, int *version, StoreStatus *status)
{
    const auto dialect = SqlDialect::sqlite();
    bool foreign = false;
    QSqlError error;
    if (!migrations::readVersion(db, *dialect, version, &foreign, &error)) {
        const int code = error.nativeErrorCode().toInt() & 0xff;
        // Busy, locked, or SQLite's locking protocol losing a race with
        // other programs (SQLITE_PROTOCOL): the store is whole, just taken.
        if (code == 5 || code == 6 || code == 15) {
            *status = makeStatus(StoreStatus::Code::Unavailable,
                Store::tr("The store %1 is busy: another program holds it (%2).")
                    .arg(url.display, error.databaseText()));
        } else if (code == 14 || code == 10) { // cannot open, I/O error
            *status = makeStatus(StoreStatus::Code::Unavailable,
                Store::tr("The store %1 cannot be opened: %2.")
                    .arg(url.display, error.databaseText()));
        } else {
            *status = makeStatus(StoreStatus::Code::Damaged,
                Store::tr("The file %1 is damaged: %2. It was left as it is.")
                    .arg(url.display, error.databaseText()));
        }
        return false;
    }
    if (foreign) {
        *status = makeStatus(StoreStatus::Code::Damaged,
            Store::tr("The file %1 is a database but not a PortDesk store. It "
                      "was left as it is.")
                .arg(url.display));
        return false;
    }
    return true;
}

// Why a store must be opened read-only although read-write was asked, or
// an empty string: the file or its folder cannot be written by this user
// (file mode, another user's store, a read-only medium). SQLite needs the
// folder too, for the write-ahead log next to the file.
QString readOnlyBecause(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return QString();
    if (!file.isWritable())
        return Store::tr("the file is read-only for you");
    if (!QFileInfo(file.absolutePath()).isWritable())
        return Store::tr("its folder is read-only for you");
    return QString();
}

int profileStatement(unsigned, void *, void *statement, void *nanoseconds)
{
    static const double thresholdMs = qEnvironmentVariable("PORTDESK_SQL_PROFILE").toDouble();
    const double ms = double(*static_cast<sqlite3_int64 *>(nanoseconds)) / 1e6;
    if (ms >= thresholdMs)
        std::fprintf(stderr, "[sql %.1f ms] %s\n", ms,
            sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
    return 0;
}

StoreStatus tooNew(const QString &display, int version)
{
    return makeStatus(StoreStatus::Code::TooNew,
        Store::tr("The store %1 was written by a newer PortDesk (schema %2; this one "
                  "knows up to %3). Open it with that version or a later one.")
            .arg(display)
            .arg(version)
            .arg(migrations::latestVersion()));
}

// Who writes to a SQLite store: the OS user, as the shell knows them.
QString osLogin()
{
    for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("local");
}

} // namespace

// Store::Private is in StorePrivate.h (the statement cache is StoreStatements.cpp).

Store::Store() : d(std::make_unique<Private>()) { }

Store::~Store()
{
    // Before the connection goes: SQLite will not close a handle that still
    // has statements.
    d->statements.clear();
    d->finalizeNative();
    {
        QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
}

const TeamIdentity &Store::team() const
{
    return d->team;
}

const SecretBox &Store::secretBox() const
{
    return d->secrets;
}

SecretBox &Store::secretBox()
{
    return d->secrets;
}

bool Store::secretsReadable() const
{
    return d->secrets.isOpen();
}

QString Store::secretsProblem() const
{
    return d->secretsProblem;
}

void Store::setSecretsProblem(const QString &problem)
{
    d->secretsProblem = problem;
}

std::unique_ptr<Store> Store::open(const QString &url, StoreStatus *status, StoreAccess access)
{
    return openAtVersion(url, latestSchemaVersion(), status, access);
}

std::unique_ptr<Store> Store::openAtVersion(
    const QString &url, int targetVersion, StoreStatus *status, StoreAccess access)
{
    StoreStatus local;
    StoreStatus &st = status ? *status : local;
    st = StoreStatus();

    ParsedUrl parsed;
    if (!parseUrl(url, &parsed, &st))
        return nullptr;

    std::unique_ptr<Store> store(new Store);
    store->d->url = url;
    store->d->display = parsed.display;
    store->d->postgres = parsed.postgres;
    store->d->connectionName = newConnectionName("store");

    int version = 0;
    if (!parsed.postgres) {
        store->d->sqlitePath = parsed.path;
        store->d->dialect = SqlDialect::sqlite();
        // A cheap look first: a damaged file must stay untouched, so no
        // pragma or write reaches it before this says yes.
        if (!checkHeader(parsed, &st))
            return nullptr;
        if (access == StoreAccess::ReadOnly)
            store->d->readOnlyReason = Store::tr("as asked");
        else
            store->d->readOnlyReason = readOnlyBecause(parsed.path);
        const bool readOnly = !store->d->readOnlyReason.isEmpty();
        if (readOnly && !QFileInfo::exists(parsed.path)) {
            st = makeStatus(StoreStatus::Code::Unavailable,
                Store::tr("The store %1 does not exist (a store opened read-only is never "
                          "created).")
                    .arg(parsed.display));
            return nullptr;
        }
        if (!readOnly)
            keepToOwner(parsed.path);
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->d->connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        db.setDatabaseName(parsed.path);
        if (readOnly) {
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
            // A folder nobody here can write and no shared-memory index in
            // it: SQLite can read the file only as immutable (no program
            // can be writing it through this folder either).
            if (!QFileInfo(QFileInfo(parsed.path).absolutePath()).isWritable()
                && !QFileInfo::exists(parsed.path + QStringLiteral("-shm"))) {
                QUrl uri = QUrl::fromLocalFile(parsed.path);
                uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
                db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
                options += QStringLiteral(";QSQLITE_OPEN_URI");
            }
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            st = makeStatus(StoreStatus::Code::Unavailable,
                Store::tr("The store %1 cannot be opened: %2.")
                    .arg(parsed.display, db.lastError().text()));
            return nullptr;
        }
        if (!readSqliteVersion(db, parsed, &version, &st))
            return nullptr;
        if (version > migrations::latestVersion()) {
            st = tooNew(parsed.display, version);
            return nullptr;
        }
        // WAL: readers do not block the writer; FULL: a commit survives power
        // loss; busy timeout: a second program waits instead of failing.
        QStringList pragmas = {
            QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
            QStringLiteral("PRAGMA foreign_keys = ON"),
            // Each page is checked as it is first read: damage is found
            // before a write builds on it, without reading the whole file at
            // open.
            QStringLiteral("PRAGMA cell_size_check = ON"),
            // A page cache of up to 16 MiB (SQLite's default is 2 MiB): a
            // 20,000-number port-in dirties about 4 MiB of pages, and with
            // the default SQLite spilled them to the log before the commit,
            // which doubled the insert (40 -> 20 ms on an empty store, 60 ->
            // 30 ms on a year's store). Pages are taken only as read.
            QStringLiteral("PRAGMA cache_size = -16384"),
        };
        if (readOnly)
            pragmas << QStringLiteral("PRAGMA query_only = ON");
        else
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                    << QStringLiteral("PRAGMA synchronous = FULL");
        for (const QString &pragma : std::as_const(pragmas)) {
            if (!sql::run(*store, pragma, &st))
                return nullptr;
        }
        store->d->session = std::make_unique<StoreSession>(parsed.path, !readOnly);
        store->d->login = osLogin();
        // For finding slow statements: PORTDESK_SQL_PROFILE=MS prints each
        // statement that took longer, as written (never its bound values).
        if (qEnvironmentVariableIsSet("PORTDESK_SQL_PROFILE") && store->hasNativeStatements())
            sqlite3_trace_v2(store->d->handle, SQLITE_TRACE_PROFILE, profileStatement, nullptr);
    } else {
        store->d->dialect = SqlDialect::postgresql();
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->d->connectionName);
        if (!db.isValid()) {
            st = makeStatus(StoreStatus::Code::Unavailable,
                Store::tr("The store %1 cannot be reached: this PortDesk has no PostgreSQL "
                          "driver (install the Qt PostgreSQL plugin).")
                    .arg(parsed.display));
            return nullptr;
        }
        db.setHostName(parsed.url.host());
        db.setPort(parsed.url.port(5432));
        db.setUserName(parsed.url.userName());
        db.setPassword(parsed.url.password());
        db.setDatabaseName(parsed.url.path().mid(1));
        // libpq settings given in the URL (?sslmode=require&...) pass through;
        // anything that is not a plain keyword=value is ignored.
        QStringList options
            = { QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=portdesk") };
        static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
        const QList<QPair<QString, QString>> items
            = QUrlQuery(parsed.url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (keyword.match(item.first).hasMatch() && !item.second.contains(QLatin1Char(';'))
                && item.first != QLatin1String("password"))
                options << item.first + QLatin1Char('=') + item.second;
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            st = makeStatus(StoreStatus::Code::Unavailable,
                Store::tr("The store %1 cannot be reached: %2")
                    .arg(parsed.display, db.lastError().databaseText().trimmed()));
            return nullptr;
        }
        // Session settings only; nothing is written before the version check.
        if (access == StoreAccess::ReadOnly)
            store->d->readOnlyReason = Store::tr("as asked");
        if (!sql::run(*store, QStringLiteral("SET client_min_messages TO WARNING"), &st))
            return nullptr;
        if (!store->readLogin(&st))
            return nullptr;
        if (access == StoreAccess::ReadOnly
            && !sql::run(*store,
                QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), &st))
            return nullptr;
        bool foreign = false;
        QSqlError error;
        if (!migrations::readVersion(db, *store->d->dialect, &version, &foreign, &error)) {
            st = sql::statusFromError(*store, error);
            return nullptr;
        }
        if (foreign) {
            st = makeStatus(StoreStatus::Code::Damaged,
                Store::tr("The database %1 holds tables but is not a PortDesk store. It was "
                          "left as it is.")
                    .arg(parsed.display));
            return nullptr;
        }
        if (version > migrations::latestVersion()) {
            st = tooNew(parsed.display, version);
            return nullptr;
        }
    }

    const int wanted = qMin(targetVersion, migrations::latestVersion());
    if (!store->d->readOnlyReason.isEmpty() && version < wanted) {
        st = makeStatus(StoreStatus::Code::ReadOnly,
            version == 0
                ? Store::tr("The store %1 is open read-only (%2) and is not a PortDesk store yet.")
                      .arg(parsed.display, store->d->readOnlyReason)
                : Store::tr("The store %1 is open read-only (%2) and has schema %3, which this "
                            "PortDesk reads only after upgrading it to %4: open it once with "
                            "write access.")
                      .arg(parsed.display, store->d->readOnlyReason)
                      .arg(version)
                      .arg(wanted));
        return nullptr;
    }
    int reached = version;
    if (!migrations::upgrade(
            *store, qMin(targetVersion, migrations::latestVersion()), &reached, &st))
        return nullptr;
    if (reached > migrations::latestVersion()) {
        st = tooNew(parsed.display, reached); // upgraded by a newer PortDesk meanwhile
        return nullptr;
    }
    store->d->version = reached;
    store->dropStatements(); // none prepared against an older schema
    if (store->d->postgres && reached >= 13
        && !TeamRepository::readIdentity(*store, &store->d->team, &st))
        return nullptr;
    if (reached >= 15 && !StoreSecrets::unlock(*store, &st))
        return nullptr;
    return store;
}

bool Store::isStoreAddress(const QString &url, QString *problem)
{
    ParsedUrl parsed;
    StoreStatus status;
    if (parseUrl(url, &parsed, &status))
        return true;
    if (problem)
        *problem = status.message;
    return false;
}

QString Store::login() const
{
    return d->login;
}

void Store::noteConnectionLost() const
{
    d->connectionLost = true;
}

bool Store::takeConnectionLost() const
{
    const bool lost = d->connectionLost;
    d->connectionLost = false;
    return lost;
}

QString Store::requestKey() const
{
    return d->requestKey;
}

void Store::setRequestKey(const QString &key) const
{
    d->requestKey = key;
}

bool Store::readLogin(StoreStatus *status)
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next()) {
        *status = sql::statusFromError(*this, q.lastError());
        return false;
    }
    d->login = q.value(0).toString();
    return true;
}

bool Store::reconnect(StoreStatus *status)
{
    if (!d->postgres)
        return true;
    // Statements of the lost connection go first: they belong to its driver.
    d->statements.clear();
    d->cachedStatements = 0;
    d->statementRuns.clear();
    d->writing = false;
    QSqlDatabase db = database();
    db.close();
    if (!db.open()) {
        status->code = StoreStatus::Code::Unavailable;
        status->message = Store::tr("The store %1 cannot be reached: %2")
                              .arg(d->display, db.lastError().databaseText().trimmed());
        return false;
    }
    if (!sql::run(*this, QStringLiteral("SET client_min_messages TO WARNING"), status))
        return false;
    if (isReadOnly()
        && !sql::run(
            *this, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), status))
        return false;
    return readLogin(status);
}

namespace {
Store::TestHooks &hooks()
{
    static Store::TestHooks h;
    return h;
}
} // namespace

void Store::setTestHooks(const TestHooks &h)
{
    hooks() = h;
}

const Store::TestHooks &Store::testHooks()
{
    return hooks();
}

QString Store::defaultUrl()
{
    // ~/.local/share/PortDesk, the same folder whatever the organization name.
    const QString dir = AppSettings::dataFolder();
    // The store's own folder: nobody else lists or reads what is in it.
    if (QDir().mkpath(dir))
        QFile::setPermissions(dir,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return AppSettings::defaultStorePath();
}

int Store::latestSchemaVersion()
{
    return migrations::latestVersion();
}

int Store::schemaVersion() const
{
    return d->version;
}

bool Store::isPostgres() const
{
    return d->postgres;
}

QString Store::url() const
{
    return d->url;
}

QString Store::displayName() const
{
    return d->display;
}


QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(d->connectionName, false);
}

const SqlDialect &Store::dialect() const
{
    return *d->dialect;
}

bool Store::isReadOnly() const
{
    return !d->readOnlyReason.isEmpty();
}

QString Store::readOnlyReason() const
{
    return d->readOnlyReason;
}

bool Store::previousSessionEndedAbruptly() const
{
    return d->session && d->session->previousEndedAbruptly();
}

QString Store::sqlitePath() const
{
    return d->sqlitePath;
}

const StoreStatus &Store::damage() const
{
    return d->damage;
}

void Store::noteDamage(const StoreStatus &status) const
{
    if (d->damage.ok())
        d->damage = status;
}

} // namespace portdesk
