// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace portdesk {

class Store;

// The running app's mail sender: lives in a QThread of its own with its own
// connection to the store (Qt's SQL connections belong to the thread that
// opened them), opened on first use. sendDue() sends what the outbox has
// due, as portdesk-cli notify send does, when the settings name an SMTP
// server; nothing otherwise.
class MailWorker : public QObject {
    Q_OBJECT

public:
    // storeUrl: Services::storeUrl(), password included.
    explicit MailWorker(const QString &storeUrl, QObject *parent = nullptr);
    ~MailWorker() override;

public Q_SLOTS:
    void sendDue();

Q_SIGNALS:
    // After a send that tried anything: how many went and how many failed;
    // problem: why nothing could be tried (settings, store), else empty.
    void done(int sent, int failed, const QString &problem);

private:
    QString m_url;
    std::unique_ptr<Store> m_store;
};

} // namespace portdesk
