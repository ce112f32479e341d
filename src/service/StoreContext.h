// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/RequestValidator.h"

namespace portdesk {

class Store;

// The rules' view of the store, read inside the caller's transaction.
class StoreContext final : public PortingContext {
public:
    StoreContext(const Store &store, qint64 exceptCase) : m_store(store), m_exceptCase(exceptCase)
    {
    }

    bool voiceConnectorExists(const QString &name) const override;
    QSet<QString> numbersInInventory(const QStringList &e164) const override;
    QHash<QString, qint64> numbersInOpenPortIn(const QStringList &e164) const override;

    const StoreStatus &status() const { return m_status; }

private:
    const Store &m_store;
    qint64 m_exceptCase;
    mutable StoreStatus m_status; // the first failed read, if any
};

} // namespace portdesk
