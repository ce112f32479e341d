// SPDX-License-Identifier: Apache-2.0
#include "StoreHealth.h"

#include "Dialogs.h"

#include "service/Services.h"
#include "service/StoreCheckJob.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

namespace portdesk {

StoreHealth::StoreHealth(Services &services, QMainWindow *window)
    : QObject(window), m_services(services), m_window(window)
{
}

StoreHealth::~StoreHealth() = default;

bool StoreHealth::isChecking() const
{
    return m_job && m_job->isRunning();
}

void StoreHealth::checkNow()
{
    start(true, true);
}

void StoreHealth::checkAfterCrash()
{
    start(false, false);
}

void StoreHealth::start(bool everything, bool asked)
{
    if (isChecking()) {
        m_window->statusBar()->showMessage(tr("The store is being checked already."), 5000);
        return;
    }
    delete m_job;
    m_job = new StoreCheckJob(m_services.storeUrl(), everything, this);
    connect(m_job, &StoreCheckJob::finished, this,
        [this, asked](
            const StoreStatus &status, const QString &summary) { done(status, summary, asked); });
    auto *busy = new QProgressBar(m_window);
    busy->setObjectName(QStringLiteral("storeCheckBusy"));
    busy->setRange(0, 0); // no share of the work is known: busy
    busy->setMaximumWidth(160);
    busy->setFormat(QString());
    busy->setAccessibleName(tr("Checking the store"));
    m_busy = busy;
    m_window->statusBar()->addPermanentWidget(busy);
    m_window->statusBar()->showMessage(asked
            ? tr("Checking every page of the store; PortDesk stays usable meanwhile…")
            : tr("PortDesk ended the last time without closing this store: checking its "
                 "pages…"));
    m_job->start();
}

void StoreHealth::done(const StoreStatus &status, const QString &summary, bool asked)
{
    delete m_busy;
    m_window->statusBar()->clearMessage();
    if (!status.ok()) {
        if (status.code == StoreStatus::Code::Damaged)
            m_services.noteDamage(status);
        Dialogs::warning(m_window, tr("Check store"), status.message);
    } else if (asked) {
        Dialogs::information(m_window, tr("Check store"), summary);
    } else {
        m_window->statusBar()->showMessage(summary, 15000);
    }
    Q_EMIT checked(status.ok());
}

} // namespace portdesk
