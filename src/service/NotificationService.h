// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/Notification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

class Store;

// One email as it leaves the outbox.
struct OutgoingMail {
    qint64 outboxId = 0; // the Message-ID is made from it
    QString recipient;
    QString subject;
    QString body;
    QDateTime date;
};

// How mail leaves (SMTP through libcurl in src/notify; a fake in tests).
class MailTransport {
public:
    virtual ~MailTransport() = default;
    // Sends one message; false with *error (what went wrong, never a
    // password) when it did not go.
    virtual bool send(const OutgoingMail &mail, QString *error) = 0;
};

// What one send did.
struct SendReport {
    int sent = 0;
    int failed = 0; // tried and failed, to be tried again later
    int gaveUp = 0; // failed for the last time (maxAttempts reached)
    int pending = 0; // unsent after the send, due or not (given up ones excluded)
    StoreStatus status;
};

// The email outbox (issue 14): rows are written with the events (the store
// does it, in the event's transaction); this sends them, lists them and keeps
// each person's opt-outs.
class NotificationService {
    Q_DECLARE_TR_FUNCTIONS(NotificationService)

public:
    explicit NotificationService(Store &store) : m_store(store) { }

    // A message that failed this many times is not tried again.
    static constexpr int maxAttempts = 10;
    // The back-off after the n-th failed attempt: 1, 2, 4, ... minutes,
    // at most an hour.
    static qint64 backoffSeconds(int attempts);

    // Sends every row due at now, oldest first, each claimed so that no
    // other sender (another PortDesk, a timer's portdesk-cli) sends it too,
    // and marked sent (or failed, with its next attempt) before the claim
    // ends. limit > 0: that many rows at most.
    SendReport sendDue(MailTransport &transport, const QDateTime &now, int limit = 0);

    QList<OutboxMessage> list(bool pendingOnly, int limit, StoreStatus *status = nullptr) const;
    // What the outbox gained after afterId, oldest first (a window's
    // desktop notifications), and its newest id (0: empty).
    QList<OutboxMessage> since(qint64 afterId, StoreStatus *status = nullptr) const;
    qint64 latestId(StoreStatus *status = nullptr) const;
    // Refused: notify.unknown-kind (field "kind"), notify.bad-email ("email").
    ChangeResult optOut(const QString &kind, const QString &email);
    ChangeResult optIn(const QString &kind, const QString &email);
    QList<OptOut> optOuts(StoreStatus *status = nullptr) const;
    // The kinds one address opted out of (any case of the address), in
    // Notifications::kinds() order.
    QStringList optedOutKinds(const QString &email, StoreStatus *status = nullptr) const;
    // One person's choices at once (the app's Email notifications dialog):
    // email opts out of exactly the kinds in optedOut and in to every other,
    // in one transaction. Refused as optOut is, for each kind named.
    ChangeResult setOptOuts(const QString &email, const QStringList &optedOut);

    // Support's address for the stores this process opens that have no
    // support member with an email (the settings' --support-address).
    static void setSupportFallback(const QString &address);

private:
    ChangeResult checkOptArguments(const QString &kind, const QString &email) const;

    Store &m_store;
};

} // namespace portdesk
