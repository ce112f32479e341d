// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/Draft.h"

namespace portdesk {

class Store;

// The drafts table. Used by src/service only: DraftService is the way in.
class DraftRepository
{
public:
    explicit DraftRepository(const Store &store);

    // Inserts (draft->id == 0, id set on return) or updates a draft; false
    // with found == false when an id to update does not exist.
    bool save(Draft *draft, bool *found, StoreStatus *status);
    bool list(const QString &kind, QList<Draft> *out, StoreStatus *status) const;
    bool load(qint64 id, Draft *out, bool *found, StoreStatus *status) const;
    bool remove(qint64 id, bool *found, StoreStatus *status);
    bool anyOlderThan(const QDateTime &cutoff, bool *any, StoreStatus *status) const;
    bool removeOlderThan(const QDateTime &cutoff, QList<Draft> *removed, StoreStatus *status);

private:
    const Store &m_store;
};

} // namespace portdesk
