// SPDX-License-Identifier: Apache-2.0
#include "SqlSupport.h"

#include "SqlDialect.h"
#include "Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>

namespace portdesk::sql {

QVariant timeValue(const QDateTime &at)
{
    if (!at.isValid())
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(qlonglong(at.toMSecsSinceEpoch()));
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

qint64 idFrom(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QVariant idValue(qint64 id)
{
    if (id == 0)
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(qlonglong(id));
}

QString jsonArrayText(const QStringList &values)
{
    // Written by hand: a 20,000-number list goes through here several times
    // per submit, and QJsonDocument takes ten times as long.
    qsizetype size = 2;
    for (const QString &value : values)
        size += value.size() + 3;
    QString out;
    out.reserve(size);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        const QString &value = values.at(i);
        const auto needsEscape = [](QChar c) {
            return c.unicode() == u'"' || c.unicode() == u'\\' || c.unicode() < 0x20;
        };
        out += QLatin1Char('"');
        if (std::none_of(value.cbegin(), value.cend(), needsEscape)) {
            out += value;
        } else {
            for (const QChar c : value) {
                if (c.unicode() < 0x20)
                    out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
                else if (needsEscape(c))
                    out += QLatin1Char('\\') + c;
                else
                    out += c;
            }
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char(']');
    return out;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant requestKeyValue(const Store &store)
{
    const QString key = store.requestKey();
    return key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key);
}

QVariant text(const QString &value)
{
    // A null QString binds as SQL NULL; an empty text is still a text.
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QJsonObject jsonObjectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: SQLITE_CONSTRAINT (19) / SQLITE_CONSTRAINT_UNIQUE (2067);
    // PostgreSQL: unique_violation (23505).
    return code == QLatin1String("2067") || code == QLatin1String("1555")
        || code == QLatin1String("23505")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

StoreStatus statusFromError(const Store &store, const QSqlError &error)
{
    StoreStatus status;
    const QString storeName = store.displayName();
    const QString code = error.nativeErrorCode();
    // The first line only: PostgreSQL adds DETAIL lines that can quote a
    // failing row, request and secrets included.
    const QString full = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString text = full.section(QLatin1Char('\n'), 0, 0).trimmed();
    bool busy = false, damaged = false, unreachable = false, readOnly = false;
    if (store.isPostgres()) {
        readOnly = code == QLatin1String("25006"); // read_only_sql_transaction
        // SQLSTATE classes 08 (connection) and 57 (operator intervention).
        unreachable = error.type() == QSqlError::ConnectionError
            || code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57"));
        busy = code == QLatin1String("55P03"); // lock_not_available
        damaged = code.startsWith(QLatin1String("XX"));
    } else {
        // The driver may give extended result codes: the low byte is the primary one.
        const int primary = code.toInt() & 0xff;
        busy = primary == 5 || primary == 6; // SQLITE_BUSY, SQLITE_LOCKED
        damaged = primary == 11 || primary == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
        // An error that lost its code on the way still names the damage.
        damaged = damaged || text.contains(QLatin1String("database disk image is malformed"))
            || text.contains(QLatin1String("file is not a database"));
        // (Qt's driver reports every failed step as a ConnectionError: the code decides.)
        unreachable = primary == 14; // SQLITE_CANTOPEN
        readOnly = primary == 8; // SQLITE_READONLY
    }
    if (readOnly) {
        status.code = StoreStatus::Code::ReadOnly;
        status.message = Store::tr("The store %1 is open read-only (%2): nothing was changed.")
                             .arg(storeName, store.readOnlyReason());
    } else if (busy) {
        status.code = StoreStatus::Code::Unavailable;
        status.message = Store::tr("The store %1 is busy: another program is writing to it (%2).")
                             .arg(storeName, text);
    } else if (damaged) {
        status.code = StoreStatus::Code::Damaged;
        status.message = Store::tr("The store %1 is damaged: %2. Nothing more is written to it; "
                                   "restore it from a backup.")
                             .arg(storeName, text);
        store.noteDamage(status);
    } else if (unreachable) {
        status.code = StoreStatus::Code::Unavailable;
        status.message = Store::tr("The store %1 cannot be reached: %2.").arg(storeName, text);
        if (store.isPostgres())
            store.noteConnectionLost();
    } else {
        status.code = StoreStatus::Code::Failed;
        status.message = Store::tr("The store %1 refused a change: %2.").arg(storeName, text);
    }
    return status;
}

namespace {

bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    default:
        return false;
    }
}

} // namespace

Query::Query(const Store &store, const QString &text, Planning planning)
    : m_store(store)
    , m_text(text)
    , m_native(store.hasNativeStatements())
{
    if (m_native) {
        m_statement = store.takeNativeStatement(text, &m_nativeError);
        m_prepared = m_statement != nullptr;
    } else {
        m_query = store.takeStatement(text, &m_prepared);
        // PostgreSQL plans a prepared statement's first five runs for their
        // values (the PREPARE documentation), and may keep one generic plan
        // after that: such a statement is dropped after its fifth run.
        if (planning == Planning::ForItsValues && store.isPostgres())
            m_maxRuns = 5;
    }
}

Query::~Query()
{
    // A statement that worked goes back for its next use, unless it holds
    // a big value (a 20,000-number request) that would stay in memory.
    if (m_native) {
        if (!m_statement)
            return;
        if (!m_bigValue && lastError().type() == QSqlError::NoError)
            m_store.returnNativeStatement(m_text, m_statement);
        else
            sqlite3_finalize(m_statement);
        return;
    }
    if (m_prepared && !m_bigValue && m_query.lastError().type() == QSqlError::NoError)
        m_store.returnStatement(m_text, std::move(m_query), m_maxRuns);
    else
        m_query.finish();
}

Query &Query::bind(const QVariant &value)
{
    constexpr qsizetype bigValue = 4096;
    if ((value.typeId() == QMetaType::QString && value.toString().size() > bigValue)
        || (value.typeId() == QMetaType::QByteArray && value.toByteArray().size() > bigValue))
        m_bigValue = true;
    if (!m_native) {
        m_query.bindValue(m_bound++, value);
        return *this;
    }
    const int at = ++m_bound;
    if (!m_statement)
        return *this;
    // The types Qt's SQLite driver binds, the same way; what it takes for
    // NULL too (a null QString is NULL, where QVariant::isNull() says no).
    int rc = SQLITE_OK;
    if (isNullValue(value)) {
        rc = sqlite3_bind_null(m_statement, at);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
            rc = sqlite3_bind_int64(m_statement, at, value.toLongLong());
            break;
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_statement, at, qint64(value.toULongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_statement, at, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(m_statement, at, bytes.constData(), sqlite3_uint64(bytes.size()),
                SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QDateTime:
            // As the driver: ISO text (PortDesk itself binds times as numbers).
            rc = bindText(at, value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        default:
            rc = bindText(at, value.toString());
            break;
        }
    }
    if (rc != SQLITE_OK && m_nativeError.type() == QSqlError::NoError)
        m_nativeError = nativeError(rc);
    return *this;
}

int Query::bindText(int at, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(m_statement, at, utf8.constData(), sqlite3_uint64(utf8.size()),
        SQLITE_TRANSIENT, SQLITE_UTF8);
}

QSqlError Query::nativeError(int code) const
{
    sqlite3 *db = m_statement ? sqlite3_db_handle(m_statement) : nullptr;
    const int extended = db ? sqlite3_extended_errcode(db) : code;
    // Qt's driver names the same: the code, SQLite's message, and a step
    // error as a ConnectionError (statusFromError reads the code).
    return QSqlError(QStringLiteral("Unable to fetch row"),
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code)),
        QSqlError::ConnectionError,
        QString::number((extended & 0xff) == (code & 0xff) ? extended : code));
}

bool Query::exec(StoreStatus *status)
{
    if (!m_native) {
        if (m_prepared && m_query.exec())
            return true;
        if (status && status->ok())
            *status = statusFromError(m_store, m_query.lastError());
        return false;
    }
    m_execError = m_stepError = QSqlError();
    if (m_statement && m_nativeError.type() == QSqlError::NoError) {
        sqlite3_reset(m_statement);
        m_hasRow = m_rowPending = false;
        m_changes = -1;
        // As Qt's driver: every placeholder bound, no more, no fewer.
        if (m_bound != sqlite3_bind_parameter_count(m_statement)) {
            m_execError = QSqlError(QStringLiteral("Parameter count mismatch"),
                QStringLiteral("%1 values bound for %2 placeholders")
                    .arg(m_bound)
                    .arg(sqlite3_bind_parameter_count(m_statement)),
                QSqlError::StatementError);
        } else {
            // The first step runs the statement (and finds its first row).
            const int rc = sqlite3_step(m_statement);
            if (rc == SQLITE_ROW) {
                m_rowPending = true;
                return true;
            }
            if (rc == SQLITE_DONE) {
                if (!sqlite3_stmt_readonly(m_statement))
                    m_changes = sqlite3_changes(sqlite3_db_handle(m_statement));
                sqlite3_reset(m_statement);
                return true;
            }
            m_execError = nativeError(rc);
            sqlite3_reset(m_statement);
        }
    }
    if (status && status->ok())
        *status = statusFromError(m_store, lastError());
    return false;
}

bool Query::next()
{
    if (!m_native) {
        if (m_query.next())
            return true;
        if (m_query.lastError().type() != QSqlError::NoError
            && m_stepError.type() == QSqlError::NoError)
            m_stepError = m_query.lastError();
        return false;
    }
    if (m_rowPending) {
        m_rowPending = false;
        m_hasRow = true;
        return true;
    }
    if (!m_hasRow)
        return false; // done, failed, or never run
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_hasRow = false;
    if (rc != SQLITE_DONE && m_stepError.type() == QSqlError::NoError)
        m_stepError = nativeError(rc);
    sqlite3_reset(m_statement);
    return false;
}

QVariant Query::value(int column) const
{
    if (!m_native)
        return m_query.value(column);
    if (!m_hasRow || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(m_statement, column);
        return QVariant(QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL:
        // As the driver: a null of type QString.
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    }
}

void Query::finish()
{
    if (!m_native) {
        m_query.finish();
        return;
    }
    m_hasRow = m_rowPending = false;
    if (m_statement)
        sqlite3_reset(m_statement);
}

bool Query::done(StoreStatus *status) const
{
    if (m_stepError.type() == QSqlError::NoError)
        return true;
    if (status && status->ok())
        *status = statusFromError(m_store, m_stepError);
    return false;
}

bool Query::single(StoreStatus *status)
{
    if (next())
        return true;
    if (done(status) && status && status->ok()) {
        status->code = StoreStatus::Code::Failed;
        status->message
            = Store::tr("The store %1 did not confirm a change.").arg(m_store.displayName());
    }
    return false;
}

bool run(const Store &store, const QString &text, StoreStatus *status)
{
    QSqlQuery query(store.database());
    if (query.exec(text))
        return true;
    if (status && status->ok())
        *status = statusFromError(store, query.lastError());
    return false;
}

} // namespace portdesk::sql
