// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keyring/DesktopKeyring.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace portdesk {

// Settings ▸ Store: the store PortDesk opens when neither --db nor
// PORTDESK_DB names one: PortDesk's own SQLite file, another SQLite file, or
// a PostgreSQL URL whose password is kept in the keyring (never in the
// settings file), with Test connection.
class StoreSettingsPage : public QWidget
{
    Q_OBJECT

public:
    StoreSettingsPage(const PasswordKeyring &keyring, QWidget *parent = nullptr);
    ~StoreSettingsPage() override;

    // The store chosen: empty for the default file; a postgresql:// URL
    // without password.
    QString url() const;
    // What is wrong with the choice (empty: nothing); focus goes to the field.
    QString problem();
    // Saves the URL in the settings and the password in the keyring (when
    // there is one). True when the store differs from the one saved before.
    bool save(QString *note);

Q_SIGNALS:
    // Test connection's answer (ok: it connected).
    void tested(bool ok, const QString &message);

private:
    void load();
    void testConnection();
    void updateEnabled();
    // The URL as typed, a password in it moved to the password field.
    QString typedUrl() const;

    PasswordKeyring m_keyring;
    QString m_savedUrl;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QLabel *m_keyringNote;
    QPushButton *m_test;
    QLabel *m_result;
    bool m_testing = false;
};

} // namespace portdesk
