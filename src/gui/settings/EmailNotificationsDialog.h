// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace portdesk {

class NotificationService;

// File ▸ Email notifications…: one person's address and, for each kind
// of notification, a check box (checked: the address receives it). Saved
// through NotificationService::setOptOuts in one transaction, the same
// opt-outs `portdesk-cli notify opt-out|opt-in|opt-outs` keeps.
class EmailNotificationsDialog : public QDialog {
    Q_OBJECT

public:
    EmailNotificationsDialog(
        NotificationService &service, const QString &email, QWidget *parent = nullptr);

    QString email() const;
    // The kinds left unchecked (opted out), in Notifications::kinds() order.
    QStringList optedOut() const;
    // The address the dialog saved last (this machine's settings).
    static QString rememberedEmail();

public Q_SLOTS:
    void accept() override; // saves; stays open and says why when refused

private:
    void loadChoices(); // the opt-outs of the address typed
    void showProblem(const QString &text);

    NotificationService &m_service;
    QLineEdit *m_email;
    QLabel *m_message;
    QMap<QString, QCheckBox *> m_kinds;
    QString m_loaded; // the address whose opt-outs the boxes show
};

} // namespace portdesk
