// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "NotifySettings.h"
#include "service/NotificationService.h"

#include <QByteArray>
#include <QCoreApplication>

namespace portdesk {

// Mail over SMTP through libcurl: smtp:// with STARTTLS required, tried or
// off, or smtps://; authentication by user and password; the timeouts of
// the settings. One connection per message (a send is a few messages a
// minute at most).
class SmtpMailer : public MailTransport {
    Q_DECLARE_TR_FUNCTIONS(SmtpMailer)

public:
    // password: NotifySettings::password()'s (kept in memory only).
    SmtpMailer(const NotifySettings &settings, const QString &password);

    bool send(const OutgoingMail &mail, QString *error) override;

    // The message as it goes on the wire (CRLF lines, UTF-8 text): public
    // for the tests.
    static QByteArray messageText(const OutgoingMail &mail, const QString &sender);
    // <portdesk.outbox.ID@DOMAIN>, DOMAIN the sender's.
    static QByteArray messageId(qint64 outboxId, const QString &sender);

private:
    NotifySettings m_settings;
    QString m_password;
};

} // namespace portdesk
