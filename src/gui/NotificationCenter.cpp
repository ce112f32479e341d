// SPDX-License-Identifier: Apache-2.0
#include "NotificationCenter.h"

#include "core/Notification.h"
#include "notify/MailWorker.h"
#include "notify/NotifySettings.h"
#include "service/NotificationService.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>

namespace portdesk {

NotificationCenter::NotificationCenter(
    Store &store, const QString &storeUrl, QStatusBar *statusBar, QObject *parent)
    : QObject(parent),
      m_service(std::make_unique<NotificationService>(store)),
      m_statusBar(statusBar)
{
    // Support's address for this window's events, where the store has no
    // support member (portdesk-cli notify settings --support-address).
    NotificationService::setSupportFallback(NotifySettings::load().supportAddress);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("mailWorker"));
    m_worker = new MailWorker(storeUrl);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MailWorker::done, this,
        [this](int sent, int failed, const QString &problem) {
            if (!problem.isEmpty())
                m_statusBar->showMessage(tr("Email notifications: %1").arg(problem), 10000);
            else if (failed > 0)
                m_statusBar->showMessage(
                    tr("Email notifications: %1 sent, %2 not sent (tried again later).")
                        .arg(sent)
                        .arg(failed),
                    10000);
        });
    m_thread->start();
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &NotificationCenter::sendDue);
    m_timer->start();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("PortDesk"));
        m_tray->show();
    }
}

NotificationCenter::~NotificationCenter()
{
    m_thread->quit();
    m_thread->wait();
}

void NotificationCenter::sendDue()
{
    if (!NotifySettings::load().configured())
        return;
    QMetaObject::invokeMethod(m_worker, &MailWorker::sendDue, Qt::QueuedConnection);
}

void NotificationCenter::announceNew(const QString &lead)
{
    StoreStatus status;
    if (m_seen < 0) {
        m_seen = m_service->latestId(&status);
        return;
    }
    const QList<OutboxMessage> rows = m_service->since(m_seen, &status);
    if (!status.ok())
        return;
    // One announcement per event and kind, however many recipients.
    QSet<QString> said;
    QStringList lines;
    for (const OutboxMessage &m : rows) {
        m_seen = std::max(m_seen, m.id);
        const bool forSupport
            = Notifications::audienceOf(m.kind) == NotificationAudience::Support;
        if (forSupport != (m_role == Role::Support))
            continue;
        const QString key = QStringLiteral("%1/%2/%3").arg(m.caseId).arg(m.eventSeq).arg(m.kind);
        if (said.contains(key))
            continue;
        said.insert(key);
        lines << tr("Case %1: %2").arg(m.caseId).arg(Notifications::title(m.kind));
    }
    if (!lines.isEmpty())
        announce(tr("PortDesk"), lines.join(QStringLiteral("; ")), lead);
}

void NotificationCenter::announce(const QString &title, const QString &text, const QString &lead)
{
    m_last = text;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    else
        m_statusBar->showMessage(lead.isEmpty() ? text : lead + QLatin1Char(' ') + text, 15000);
}

} // namespace portdesk
