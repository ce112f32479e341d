// SPDX-License-Identifier: Apache-2.0
#include "StoreChanges.h"

#include "store/StoreWatcher.h"

namespace portdesk {

StoreChanges::StoreChanges(const Store &store, QObject *parent)
    : QObject(parent), m_watcher(new StoreWatcher(store, this))
{
    connect(m_watcher, &StoreWatcher::changedElsewhere, this, &StoreChanges::changedElsewhere);
}

StoreChanges::~StoreChanges() = default;

} // namespace portdesk
