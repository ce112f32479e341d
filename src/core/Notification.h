// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaseStateMachine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace portdesk {

// Who hears of an event by email (issue 14): the case's admin (its admin
// email, plus the account's admins on a team store), every admin of the
// account, or support.
enum class NotificationAudience { CaseAdmin, AccountAdmins, Support };

// One kind of notification an event raises, by its stable id ("foc-set").
struct RaisedNotification {
    QString kind;
    NotificationAudience audience = NotificationAudience::CaseAdmin;
};

// What a message may say about a case: nothing secret is in here (no PIN,
// account number or port-out account ID), so nothing secret can be written.
struct NotificationFacts {
    qint64 caseId = 0;
    CaseKind caseKind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    QDateTime focAt; // invalid when none
    QTimeZone zone; // the customer's zone (UTC when unknown)
    QStringList numbers; // E.164
    QString customerName;
};

// One row of notification_outbox (schema 13).
struct OutboxMessage {
    qint64 id = 0;
    qint64 caseId = 0;
    int eventSeq = 0;
    QString kind;
    QString recipient;
    QString subject;
    QString body;
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime sentAt; // invalid while pending
    QString lastError;
};

struct OptOut {
    QString email;
    QString kind;
};

struct NotificationMessage {
    QString subject;
    QString body;
};

// The kinds, what raises them, and their text.
class Notifications {
    Q_DECLARE_TR_FUNCTIONS(Notifications)

public:
    // Every kind id, in flow order: portable, not-portable, loa-requested,
    // change-requested, foc-set, in-inventory, completed, pin-issued,
    // port-out-requested, submitted, loa-submitted, foc-confirmed.
    static QStringList kinds();
    static bool isKind(const QString &kind);
    // The kinds an event of a case of this kind raises (none for most of
    // approve, cancel, reject-foc, reject-numbers, ported-out, close).
    static QList<RaisedNotification> raisedBy(CaseKind caseKind, CaseEvent event);
    // Whom a kind is for.
    static NotificationAudience audienceOf(const QString &kind);
    // The subject's words for kind, translated ("the FOC date is set").
    static QString title(const QString &kind);
    // Subject and body in plain words, for kind about facts.
    static NotificationMessage compose(const QString &kind, const NotificationFacts &facts);
    // How many numbers a message names before "and N more".
    static constexpr int numbersShown = 5;
};

} // namespace portdesk
