// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QTimer;

namespace portdesk {

class Store;

// Tells when another program (another PortDesk, portdesk-cli) changed the
// store, so that open views can show it without a restart: on SQLite by
// watching PRAGMA data_version, which moves when another connection commits;
// on PostgreSQL by LISTENing to the channel every write transaction NOTIFYs
// (notifications from this very connection are ignored). Changes made
// through this program's own connection do not signal: the views that made
// them refresh themselves.
class StoreWatcher : public QObject {
    Q_OBJECT

public:
    explicit StoreWatcher(const Store &store, QObject *parent = nullptr);
    ~StoreWatcher() override;

    // How often SQLite's data_version is read (ms); PostgreSQL is pushed.
    void setPollInterval(int ms);
    bool isWatching() const { return m_watching; }

    // Reads data_version now (SQLite); returns true and signals if it moved.
    bool poll();

Q_SIGNALS:
    void changedElsewhere();

private:
    bool readDataVersion(qint64 *version) const;

    const Store &m_store;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    bool m_watching = false;
};

} // namespace portdesk
