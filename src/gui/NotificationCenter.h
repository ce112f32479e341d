// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QStatusBar;
class QSystemTrayIcon;
class QThread;
class QTimer;

namespace portdesk {

class MailWorker;
class NotificationService;
class Store;

// The app's side of the email notifications (issue 14): a worker thread
// that sends due mail every minute while an SMTP server is set, and a
// desktop notification for each new event that concerns the role shown in
// the window (support: submissions, LOAs submitted, FOCs confirmed; admin:
// the rest), through the system tray when there is one, else the status bar.
class NotificationCenter : public QObject {
    Q_OBJECT

public:
    NotificationCenter(Store &store, const QString &storeUrl, QStatusBar *statusBar,
        QObject *parent = nullptr);
    ~NotificationCenter() override;

    void setRole(Role role) { m_role = role; }
    // Announces what the outbox gained since the last look (the first look,
    // at start, only notes where the outbox stands).
    // lead: what the status bar said just before (kept in front of it).
    void announceNew(const QString &lead = QString());
    // The last announcement made (tests read it).
    QString lastAnnouncement() const { return m_last; }
    // The store's outbox and opt-outs (File ▸ Email notifications…).
    NotificationService &service() const { return *m_service; }

public Q_SLOTS:
    // Asks the worker to send what is due, if an SMTP server is set.
    void sendDue();

private:
    void announce(const QString &title, const QString &text, const QString &lead);

    std::unique_ptr<NotificationService> m_service;
    QStatusBar *m_statusBar;
    QThread *m_thread = nullptr;
    MailWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    Role m_role = Role::Admin;
    qint64 m_seen = -1; // the newest outbox id looked at; -1: not looked yet
    QString m_last;
};

} // namespace portdesk
