#pragma once

#include "StoreTypes.h"

#include <QHash>
#include <QSet>

namespace portdesk {

class Store;

// The phone-number inventory and the users numbers are assigned to. SQL for
// the inventory and users tables; callers hold the write transaction.
class InventoryRepository {
public:
    explicit InventoryRepository(const Store &store);

    bool find(const QString &e164, InventoryNumber *out, bool *found, StoreStatus *status) const;
    bool findMany(
        const QStringList &e164, QHash<QString, InventoryNumber> *out, StoreStatus *status) const;
    bool list(
        const InventoryFilter &filter, QList<InventoryNumber> *out, StoreStatus *status) const;
    // Of these numbers, those in the inventory (any status).
    bool existing(const QStringList &e164, QSet<QString> *out, StoreStatus *status) const;

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
    bool markDeleted(const QList<qint64> &ids, const QDateTime &now, StoreStatus *status);
    bool restore(const QList<qint64> &ids, const QDateTime &now, StoreStatus *status);
    // Is any number deleted at or before cutoff? Read only.
    bool purgeDue(const QDateTime &cutoff, bool *due, StoreStatus *status) const;
    // Removes numbers deleted at or before cutoff; their numbers in *purged.
    bool purge(const QDateTime &cutoff, QStringList *purged, StoreStatus *status);

    // The user with this email (lower case), created if new.
    bool ensureUser(const QString &email, const QDateTime &now, qint64 *id, StoreStatus *status);

private:
    const Store &m_store;
};

} // namespace portdesk
