// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace portdesk {

class Store;

// The store's data key, kept in the table store_keys sealed to the public
// key of each person's key (PersonalKey) that may read the secrets:
//   store_keys (public_key PRIMARY KEY, login, wrapped_key, created_at, granted_by)
// A row without wrapped_key is a person's request for access (a team store's
// login that connected before it was granted the key).
class StoreSecrets {
    Q_DECLARE_TR_FUNCTIONS(StoreSecrets)

public:
    // At open: opens the store's SecretBox with this person's key, or notes
    // why it stays locked (Store::secretsProblem). A missing or other key
    // is not a failure: the store opens and its secrets stay sealed.
    static bool unlock(Store &store, StoreStatus *status);

    // Schema step 15: the table, a new data key wrapped for this person's
    // key (made if they have none), and every secret already in the store
    // sealed: requests, port-out credentials, event payloads, drafts and LOA
    // versions. Called inside the step's transaction.
    static bool sealStore(Store &store, StoreStatus *status);

    struct Holder {
        QString login;
        QString publicKey; // base64
        bool granted = false;
        QDateTime createdAt;
        QString grantedBy;
    };
    static bool holders(const Store &store, QList<Holder> *out, StoreStatus *status);
    // Wraps the open data key for every person who asked for it and is a
    // member of the team (or every asking key, on a store without a team).
    // *granted: their logins. Needs an open box.
    static bool grantPending(const Store &store, QStringList *granted, StoreStatus *status);
};

} // namespace portdesk
