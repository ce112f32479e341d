// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/InventoryNumber.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace portdesk {

class Services;

// Adds a Business Calling user (name and email), or edits one. OK saves in
// the store; a refusal keeps the dialog open with the reason beside the field.
class UserDialog : public QDialog {
    Q_OBJECT

public:
    // A new user.
    explicit UserDialog(Services &service, QWidget *parent = nullptr);
    // Editing `user`.
    UserDialog(Services &service, const User &user, QWidget *parent = nullptr);

    void setName(const QString &name);
    void setEmail(const QString &email);
    // After Accepted: the user as saved.
    qint64 userId() const { return m_id; }
    QString email() const;
    QString name() const;
    // The messages shown now (tests).
    QStringList messages() const;

public Q_SLOTS:
    void accept() override;

private:
    void build();

    Services &m_service;
    qint64 m_id = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLabel *m_emailMessage = nullptr;
    QLabel *m_generalMessage = nullptr;
};

} // namespace portdesk
