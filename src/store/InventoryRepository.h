// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PortRequest.h"
#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"

#include <QHash>
#include <QSet>
#include <QVariantList>

namespace portdesk {

class SqlDialect;

class Store;

// The phone-number inventory, its history and the users numbers are
// assigned to. SQL for the inventory, inventory_events and users tables;
// callers hold the write transaction. Every change to a number appends its
// history row here, in the same transaction.
class InventoryRepository {
public:
    explicit InventoryRepository(const Store &store);

    bool find(const QString &e164, InventoryNumber *out, bool *found, StoreStatus *status) const;
    bool findMany(
        const QStringList &e164, QHash<QString, InventoryNumber> *out, StoreStatus *status) const;
    // Filtered, sorted, paged by key (InventoryFilter); the prefix as E.164.
    bool list(
        const InventoryFilter &filter, QList<InventoryNumber> *out, StoreStatus *status) const;
    // SQL text with the values its placeholders take, in order.
    struct Statement {
        QString text;
        QVariantList values;
    };
    // The statement list() runs for a filter without an offset. (Public for
    // the benchmarks' libpq / C API baselines, so that they run this very SQL.)
    Statement listStatement(const InventoryFilter &filter) const;
    // Rows the filter selects, ignoring its cursor and limit.
    bool count(const InventoryFilter &filter, int *out, StoreStatus *status) const;
    bool counts(InventoryCounts *out, StoreStatus *status) const;
    // Of these numbers, those in the inventory (any status).
    // The SQL of existing() (public for bench_submit's raw baseline).
    static QString existingSql(const SqlDialect &dialect);
    bool existing(const QStringList &e164, QSet<QString> *out, StoreStatus *status) const;
    // Numbers of a port-out case not yet deleted.
    bool notDeletedOfPortOut(qint64 caseId, QStringList *out, StoreStatus *status) const;

    // Clock steps of a port-in: its numbers arrive (PortinInProgress), then go live.
    bool addPortIn(qint64 caseId, ProductType type, const QDateTime &now, StoreStatus *status);
    bool activatePortIn(qint64 caseId, const QDateTime &now, StoreStatus *status);
    bool dropPortIn(qint64 caseId, const QDateTime &now, StoreStatus *status);

    // Port-out: numbers enter it keeping their assignment, leave it if it is
    // cancelled, and are marked once the carrier took them.
    bool beginPortOut(
        const QStringList &e164, qint64 caseId, const QDateTime &now, StoreStatus *status);
    bool endPortOut(qint64 caseId, const QDateTime &now, StoreStatus *status);
    bool markPortedOut(qint64 caseId, const QDateTime &now, StoreStatus *status);
    bool countNotDeleted(qint64 portOutCaseId, int *count, StoreStatus *status) const;

    bool assign(qint64 numberId, qint64 userId, qint64 voiceConnectorId, const QDateTime &now,
        StoreStatus *status);
    bool unassign(qint64 numberId, const QDateTime &now, StoreStatus *status);
    // The same for many numbers (one statement per chunk); `detail` is the
    // history's "user:EMAIL" / "voice-connector:NAME".
    bool assignMany(const QList<qint64> &ids, qint64 userId, qint64 voiceConnectorId,
        const QString &detail, const QDateTime &now, StoreStatus *status);
    bool unassignMany(const QList<qint64> &ids, const QDateTime &now, StoreStatus *status);
    bool markDeleted(const QList<qint64> &ids, const QDateTime &now, StoreStatus *status);
    bool restore(const QList<qint64> &ids, const QDateTime &now, StoreStatus *status);
    // Is any number deleted at or before cutoff? Read only.
    bool purgeDue(const QDateTime &cutoff, bool *due, StoreStatus *status) const;
    // Removes numbers deleted at or before cutoff; their numbers in *purged.
    bool purge(const QDateTime &cutoff, QStringList *purged, StoreStatus *status);

    // Numbers brought in from a file (every rule checked before): the rows
    // as given (assignedUser / assignedVoiceConnector resolved through the
    // maps: lower-case email / exact name to id), each with an "imported" history
    // row whose detail is the file's status.
    bool insertImported(const QList<InventoryNumber> &rows, const QHash<QString, qint64> &userIds,
        const QHash<QString, qint64> &connectorIds, const QDateTime &now, StoreStatus *status);

    // History
    bool history(const QString &e164, QList<InventoryEvent> *out, StoreStatus *status) const;

    // Users
    // The user with this email (lower case), created if new.
    bool ensureUser(const QString &email, const QDateTime &now, qint64 *id, StoreStatus *status,
        bool *created = nullptr);
    bool findUser(const QString &email, User *out, bool *found, StoreStatus *status) const;
    bool findUserById(qint64 id, User *out, bool *found, StoreStatus *status) const;
    bool listUsers(const QString &contains, QList<User> *out, StoreStatus *status) const;
    bool addUser(User *user, StoreStatus *status);
    bool updateUser(const User &user, StoreStatus *status);

private:
    const Store &m_store;
};

} // namespace portdesk
