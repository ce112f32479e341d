// SPDX-License-Identifier: Apache-2.0
#include "Services.h"

#include "store/Store.h"

namespace portdesk {

Services::Services(Store &store)
    : cases(store)
    , clock(store)
    , inventory(store)
    , exchange(store)
    , directory(store)
    , drafts(store)
    , comments(store)
    , loas(store)
    , secrets(store)
    , team(store)
    , m_store(store)
{
}

QString Services::storeName() const
{
    return m_store.displayName();
}

QString Services::storeUrl() const
{
    return m_store.url();
}

QString Services::readOnlyReason() const
{
    return m_store.readOnlyReason();
}

QString Services::secretsProblem() const
{
    return m_store.secretsReadable() ? QString() : m_store.secretsProblem();
}

bool Services::previousSessionEndedAbruptly() const
{
    return m_store.previousSessionEndedAbruptly();
}

void Services::noteDamage(const StoreStatus &status)
{
    m_store.noteDamage(status);
}

} // namespace portdesk
