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

} // namespace portdesk
