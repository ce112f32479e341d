// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QObject>
#include <QThread>

namespace portdesk {

// The full check of a store (StoreCheck) on a thread of its own, with its
// own read-only connection: the window stays responsive for the seconds a
// large store takes. finished() arrives on the thread that started it.
class StoreCheckJob : public QObject {
    Q_OBJECT

public:
    // everything: pages and indexes; else the pages only (after a crash).
    StoreCheckJob(const QString &storeUrl, bool everything, QObject *parent = nullptr);
    ~StoreCheckJob() override;

    void start();
    bool isRunning() const;

Q_SIGNALS:
    // status: ok, or the damage (or why the check could not run); summary:
    // what was checked.
    void finished(const portdesk::StoreStatus &status, const QString &summary);

private:
    QString m_url;
    bool m_everything = false;
    QThread *m_thread = nullptr;
};

} // namespace portdesk

Q_DECLARE_METATYPE(portdesk::StoreStatus)
