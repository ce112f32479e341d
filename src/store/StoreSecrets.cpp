// SPDX-License-Identifier: Apache-2.0
#include "StoreSecrets.h"

#include "MigrationSupport.h"
#include "PersonalKey.h"
#include "SecretBox.h"
#include "SecretFields.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSet>

namespace portdesk {

namespace {

struct KeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
};

bool keyPairOf(const PersonalKey &key, KeyPair *pair)
{
    return SecretBox::keyPairFromSeed(key.bytes, &pair->publicKey, &pair->secretKey);
}

QString text64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool insertWrap(const Store &store, const QString &login, const QByteArray &publicKey,
    const QByteArray &wrapped, const QString &grantedBy, StoreStatus *status)
{
    sql::Query q(store,
        QStringLiteral("INSERT INTO store_keys (public_key, login, wrapped_key, created_at, "
                       "granted_by) VALUES (?, ?, ?, ?, ?)"));
    q << text64(publicKey) << sql::text(login)
      << (wrapped.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text64(wrapped)))
      << sql::timeValue(QDateTime::currentDateTimeUtc()) << sql::text(grantedBy);
    return q.exec(status);
}

// A secret already in the store, sealed where it lies. Rows are read first
// and written after (a table is not updated under its own open cursor).
struct Pending {
    QVariant id;
    QStringList values;
};

bool readRows(const Store &store, const QString &select, int columns, QList<Pending> *out,
    StoreStatus *status)
{
    sql::Query q(store, select);
    if (!q.exec(status))
        return false;
    while (q.next()) {
        Pending row;
        row.id = q.value(0);
        for (int c = 1; c <= columns; ++c)
            row.values << q.value(c).toString();
        out->append(row);
    }
    return q.done(status);
}

// Seals a JSON text's secret members; false only when sealing failed.
bool sealJsonText(const SecretBox &box, QString *text)
{
    QJsonObject json = sql::jsonObjectFrom(*text);
    if (!secretfields::seal(box, &json))
        return false;
    *text = sql::jsonText(json);
    return true;
}

bool sealJsonColumn(const Store &store, const QString &table, const QString &idColumn,
    const QString &column, StoreStatus *status)
{
    // Only rows whose text names a secret member are read at all.
    const QString like = QStringLiteral(" LIKE '%\"%1\":\"_%'");
    const QString select = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2").arg(idColumn, column, table)
        + like.arg(QLatin1String("accountNumber")) + QStringLiteral(" OR ") + column
        + like.arg(QLatin1String("pin")) + QStringLiteral(" OR ") + column
        + like.arg(QLatin1String("accountId"));
    QList<Pending> rows;
    if (!readRows(store, select, 1, &rows, status))
        return false;
    const QString update
        = QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, column, idColumn);
    for (Pending &row : rows) {
        QString text = row.values.first();
        if (!sealJsonText(store.secretBox(), &text)) {
            *status = secretfields::lockedStatus(store);
            return false;
        }
        if (text == row.values.first())
            continue;
        sql::Query q(store, update);
        q << text << row.id;
        if (!q.exec(status))
            return false;
    }
    return true;
}

bool sealPortOutColumns(const Store &store, StoreStatus *status)
{
    QList<Pending> rows;
    if (!readRows(store,
            QStringLiteral("SELECT id, port_out_account_id, port_out_pin FROM cases WHERE "
                           "port_out_account_id IS NOT NULL OR port_out_pin IS NOT NULL"),
            2, &rows, status))
        return false;
    for (const Pending &row : std::as_const(rows)) {
        QString account;
        QString pin;
        if (!secretfields::sealText(store.secretBox(), row.values.at(0), &account)
            || !secretfields::sealText(store.secretBox(), row.values.at(1), &pin)) {
            *status = secretfields::lockedStatus(store);
            return false;
        }
        sql::Query q(store,
            QStringLiteral(
                "UPDATE cases SET port_out_account_id = ?, port_out_pin = ? WHERE id = ?"));
        const auto orNull = [](const QString &v) {
            return v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v);
        };
        q << orNull(account) << orNull(pin) << row.id;
        if (!q.exec(status))
            return false;
    }
    return true;
}

// The event log is append-only in the database; its secrets are sealed
// once, here, with that guard lifted for the step's transaction only.
bool sealEventPayloads(const Store &store, StoreStatus *status)
{
    const bool postgres = store.isPostgres();
    const QString guardOff = postgres
        ? QStringLiteral("ALTER TABLE case_events DISABLE TRIGGER case_events_append_only")
        : QStringLiteral("DROP TRIGGER case_events_no_update");
    const QString guardOn = postgres
        ? QStringLiteral("ALTER TABLE case_events ENABLE TRIGGER case_events_append_only")
        : QStringLiteral("CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events "
                         "BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END");
    return sql::run(store, guardOff, status)
        && sealJsonColumn(store, QStringLiteral("case_events"), QStringLiteral("id"),
            QStringLiteral("payload"), status)
        && sql::run(store, guardOn, status);
}

} // namespace

bool StoreSecrets::sealStore(Store &store, StoreStatus *status)
{
    if (!migrations::runAll(store,
            { QStringLiteral("CREATE TABLE store_keys ("
                             " public_key TEXT PRIMARY KEY,"
                             " login TEXT NOT NULL,"
                             " wrapped_key TEXT,"
                             " created_at %BIGINT% NOT NULL,"
                             " granted_by TEXT NOT NULL DEFAULT '')") },
            status))
        return false;
    // A team store set up before this step: its members may read the keys
    // and ask for theirs (team init, run again, adds the policies).
    if (store.isPostgres()
        && !sql::run(store,
            QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                           "'portdesk_admin') AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                           "'portdesk_support') THEN GRANT SELECT, INSERT, UPDATE ON store_keys "
                           "TO portdesk_admin, portdesk_support; END IF; END $$"),
            status))
        return false;
    const PersonalKey key = PersonalKey::obtain();
    KeyPair pair;
    if (!key.isValid() || !keyPairOf(key, &pair)) {
        status->code = StoreStatus::Code::Failed;
        status->message = tr("The store %1 cannot be upgraded: its account numbers and PINs "
                             "are now sealed with a key of yours, and none could be had. %2")
                              .arg(store.displayName(),
                                  key.problem.isEmpty()
                                      ? tr("Set %1 to a key (the base64 of 32 bytes).")
                                            .arg(PersonalKey::environmentVariable())
                                      : key.problem);
        return false;
    }
    const QByteArray dataKey = SecretBox::newKey();
    store.secretBox().setKey(dataKey);
    if (!insertWrap(store, store.login(), pair.publicKey,
            SecretBox::wrapKey(dataKey, pair.publicKey), store.login(), status))
        return false;
    return sealJsonColumn(store, QStringLiteral("cases"), QStringLiteral("id"),
               QStringLiteral("request"), status)
        && sealPortOutColumns(store, status) && sealEventPayloads(store, status)
        && sealJsonColumn(store, QStringLiteral("drafts"), QStringLiteral("id"),
            QStringLiteral("content"), status)
        && sealJsonColumn(store, QStringLiteral("loa_versions"), QStringLiteral("id"),
            QStringLiteral("content"), status);
}

bool StoreSecrets::unlock(Store &store, StoreStatus *status)
{
    if (store.secretBox().isOpen())
        return true; // sealed just now, by this program's upgrade
    const PersonalKey key = PersonalKey::find();
    KeyPair pair;
    if (!key.isValid() || !keyPairOf(key, &pair)) {
        store.setSecretsProblem(!key.problem.isEmpty()
                ? key.problem
                : tr("no key of yours was found (%1, the keyring, or the key file %2).")
                      .arg(PersonalKey::environmentVariable(), PersonalKey::keyFilePath()));
        return true;
    }
    sql::Query q(store,
        QStringLiteral("SELECT wrapped_key FROM store_keys WHERE public_key = ?"));
    q << text64(pair.publicKey);
    // A store whose keys this login may not read still opens.
    StoreStatus read;
    if (!q.exec(&read)) {
        store.setSecretsProblem(tr("the store's keys cannot be read: %1").arg(read.message));
        return true;
    }
    const bool known = q.next();
    const QString wrapped = known ? q.value(0).toString() : QString();
    if (!q.done(status))
        return false;
    q.finish();
    QByteArray dataKey;
    if (!wrapped.isEmpty()
        && SecretBox::unwrapKey(QByteArray::fromBase64(wrapped.toLatin1()), pair.publicKey,
            pair.secretKey, &dataKey)) {
        store.secretBox().setKey(dataKey);
        store.setSecretsProblem(QString());
        return true;
    }
    if (known) {
        store.setSecretsProblem(tr("your key (%1) has asked for this store's key and has not "
                                   "been given it yet (portdesk-cli store grant-keys).")
                                    .arg(key.where));
        return true;
    }
    store.setSecretsProblem(tr("the key in %1 is not one this store's secrets were sealed for.")
                                .arg(key.where));
    // On a store several people share, ask for access: whoever holds the
    // key can then grant it (nothing is asked of a store opened read-only).
    if (store.isPostgres() && !store.isReadOnly()) {
        WriteTransaction transaction(store);
        StoreStatus ignored;
        if (transaction.begin(&ignored)
            && insertWrap(store, store.login(), pair.publicKey, {}, QString(), &ignored))
            transaction.commit(&ignored);
    }
    return true;
}

bool StoreSecrets::holders(const Store &store, QList<Holder> *out, StoreStatus *status)
{
    out->clear();
    sql::Query q(store,
        QStringLiteral("SELECT login, public_key, wrapped_key, created_at, granted_by FROM "
                       "store_keys ORDER BY created_at, login"));
    if (!q.exec(status))
        return false;
    while (q.next()) {
        Holder h;
        h.login = q.value(0).toString();
        h.publicKey = q.value(1).toString();
        h.granted = !q.value(2).isNull() && !q.value(2).toString().isEmpty();
        h.createdAt = sql::timeFrom(q.value(3));
        h.grantedBy = q.value(4).toString();
        out->append(h);
    }
    return q.done(status);
}

bool StoreSecrets::grantPending(const Store &store, QStringList *granted, StoreStatus *status)
{
    granted->clear();
    if (!store.secretsReadable()) {
        status->code = StoreStatus::Code::Failed;
        status->message = tr("Only someone who can read the store's secrets can grant its key: %1")
                              .arg(store.secretsProblem());
        return false;
    }
    QList<Holder> all;
    if (!holders(store, &all, status))
        return false;
    // On a team store, only its members (whom the owner named) get the key.
    QSet<QString> members;
    bool team = false;
    {
        sql::Query q(store, QStringLiteral("SELECT login FROM team_members"));
        if (!q.exec(status))
            return false;
        while (q.next()) {
            team = true;
            members.insert(q.value(0).toString());
        }
        if (!q.done(status))
            return false;
    }
    // Recovering the data key from the open box: it is the box's key.
    const QByteArray dataKey = store.secretBox().key();
    for (const Holder &h : std::as_const(all)) {
        if (h.granted || (team && !members.contains(h.login)))
            continue;
        const QByteArray wrapped
            = SecretBox::wrapKey(dataKey, QByteArray::fromBase64(h.publicKey.toLatin1()));
        if (wrapped.isEmpty())
            continue;
        sql::Query q(store,
            QStringLiteral("UPDATE store_keys SET wrapped_key = ?, granted_by = ? "
                           "WHERE public_key = ? AND wrapped_key IS NULL"));
        q << text64(wrapped) << sql::text(store.login()) << h.publicKey;
        if (!q.exec(status))
            return false;
        granted->append(h.login);
    }
    return true;
}

} // namespace portdesk
