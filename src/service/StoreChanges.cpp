#include "StoreChanges.h"

#include "store/StoreWatcher.h"

namespace portdesk {

StoreChanges::StoreChanges(const Store &store, QObject *parent)
    : QObject(parent), m_watcher(new StoreWatcher(store, this))
{
    connect(m_watcher, &StoreWatcher::changedElsewhere, this, &StoreChanges::changedElsewhere);
}

StoreChanges::~StoreChanges() = default;

void StoreChanges::setPollInterval(int ms)
{
    m_watcher->setPollInterval(ms);
}

bool StoreChanges::isWatching() const
{
    return m_watcher->isWatching();
}

bool StoreChanges::poll()
{
    return m_watcher->poll();
}

} // namespace portdesk
