// SPDX-License-Identifier: Apache-2.0
#include "MailWorker.h"

#include "NotifySettings.h"
#include "SmtpMailer.h"
#include "core/Clock.h"
#include "service/NotificationService.h"
#include "store/Store.h"

namespace portdesk {

MailWorker::MailWorker(const QString &storeUrl, QObject *parent)
    : QObject(parent), m_url(storeUrl)
{
}

MailWorker::~MailWorker() = default;

void MailWorker::sendDue()
{
    const NotifySettings settings = NotifySettings::load();
    if (!settings.configured())
        return;
    QString password;
    QString problem;
    if (!settings.password(&password, &problem)) {
        Q_EMIT done(0, 0, problem);
        return;
    }
    if (!m_store) {
        StoreStatus status;
        m_store = Store::open(m_url, &status);
        if (!m_store) {
            Q_EMIT done(0, 0, status.message);
            return;
        }
    }
    if (m_store->isReadOnly())
        return; // nothing can be marked sent: portdesk-cli notify send elsewhere
    SmtpMailer mailer(settings, password);
    const SendReport report = NotificationService(*m_store).sendDue(mailer, Clock::now());
    if (!report.status.ok()) {
        Q_EMIT done(report.sent, report.failed + report.gaveUp, report.status.message);
        return;
    }
    if (report.sent + report.failed + report.gaveUp > 0)
        Q_EMIT done(report.sent, report.failed + report.gaveUp, QString());
}

} // namespace portdesk
