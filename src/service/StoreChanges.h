// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace portdesk {

class Store;
class StoreWatcher;

// Tells the GUI when another program (another PortDesk, portdesk-cli)
// changed the store, so that open views show it without a restart. Changes
// made through this program's own connection do not signal: the views that
// made them refresh themselves. (The watching itself is the store's:
// StoreWatcher.)
class StoreChanges : public QObject
{
    Q_OBJECT

public:
    explicit StoreChanges(const Store &store, QObject *parent = nullptr);
    ~StoreChanges() override;

Q_SIGNALS:
    void changedElsewhere();

private:
    StoreWatcher *m_watcher;
};

} // namespace portdesk
