// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QProgressBar;

namespace portdesk {

class Services;
class StoreCheckJob;

// The store's full check from the window: Help ▸ Check store (every page and
// index, the answer in a message), and by itself after PortDesk ended with
// the store open (the pages; a word in the status bar, or a warning when
// damage is found). The check runs on a thread of its own, with a busy bar
// in the status bar, so the window stays usable meanwhile.
class StoreHealth : public QObject {
    Q_OBJECT

public:
    StoreHealth(Services &services, QMainWindow *window);
    ~StoreHealth() override;

    void checkNow();
    void checkAfterCrash();
    bool isChecking() const;

Q_SIGNALS:
    void checked(bool ok);

private:
    void start(bool everything, bool asked);
    void done(const StoreStatus &status, const QString &summary, bool asked);

    Services &m_services;
    QMainWindow *m_window;
    StoreCheckJob *m_job = nullptr;
    QPointer<QProgressBar> m_busy;
};

} // namespace portdesk
