#include "SqlSupport.h"

#include "SqlDialect.h"
#include "Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    bool busy = false, damaged = false, unreachable = false;
    if (store.isPostgres()) {
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
    }
    if (busy) {
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
    } else {
        status.code = StoreStatus::Code::Failed;
        status.message = Store::tr("The store %1 refused a change: %2.").arg(storeName, text);
    }
    return status;
}

Query::Query(const Store &store, const QString &text)
    : m_store(store)
    , m_text(text)
    , m_query(store.takeStatement(text, &m_prepared))
{
}

Query::~Query()
{
    // A statement that worked goes back for its next use, unless it holds
    // a big value (a 20,000-number request) that would stay in memory.
    if (m_prepared && !m_bigValue && m_query.lastError().type() == QSqlError::NoError)
        m_store.returnStatement(m_text, std::move(m_query));
    else
        m_query.finish();
}

Query &Query::bind(const QVariant &value)
{
    constexpr qsizetype bigValue = 4096;
    if ((value.typeId() == QMetaType::QString && value.toString().size() > bigValue)
        || (value.typeId() == QMetaType::QByteArray && value.toByteArray().size() > bigValue))
        m_bigValue = true;
    m_query.bindValue(m_bound++, value);
    return *this;
}

bool Query::exec(StoreStatus *status)
{
    if (m_prepared && m_query.exec())
        return true;
    if (status && status->ok())
        *status = statusFromError(m_store, m_query.lastError());
    return false;
}

bool Query::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().type() != QSqlError::NoError
        && m_stepError.type() == QSqlError::NoError)
        m_stepError = m_query.lastError();
    return false;
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

WriteTransaction::WriteTransaction(const Store &store) : m_store(store) { }

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::begin(StoreStatus *status)
{
    if (!m_store.damage().ok()) {
        if (status && status->ok())
            *status = m_store.damage();
        return false;
    }
    if (m_store.writeInProgress()) {
        // Something ran while a change was being written (an event loop
        // inside a long change): refused, the change in progress goes on.
        if (status && status->ok()) {
            status->code = StoreStatus::Code::Unavailable;
            status->message = Store::tr("The store %1 is busy with another change of this "
                                        "program; try again when it is done.")
                                  .arg(m_store.displayName());
        }
        return false;
    }
    const QStringList statements = m_store.dialect().beginWrite();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!run(m_store, statements.at(i), status)) {
            if (i > 0)
                run(m_store, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    m_active = true;
    m_store.setWriteInProgress(true);
    return true;
}

bool WriteTransaction::commit(StoreStatus *status)
{
    if (!m_active)
        return false;
    // Other PortDesks on a PostgreSQL store hear of the change (StoreWatcher);
    // delivered at the commit, dropped with a rollback. SQLite needs nothing:
    // its readers see PRAGMA data_version move.
    if (m_store.isPostgres()
        && !run(m_store, QStringLiteral("NOTIFY ") + QLatin1String(changeChannel), status)) {
        rollback();
        return false;
    }
    if (!run(m_store, QStringLiteral("COMMIT"), status)) {
        rollback();
        return false;
    }
    m_active = false;
    m_store.setWriteInProgress(false);
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_store.setWriteInProgress(false);
    run(m_store, QStringLiteral("ROLLBACK"), nullptr);
}

} // namespace portdesk::sql
