// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keyring/DesktopKeyring.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace portdesk {

class StoreSettingsPage;

// File ▸ Settings… (Ctrl+,): this machine's settings, shared by the app and
// portdesk-cli (QSettings, organization PortDesk). Pages: Store, General
// (language, default time zone, extra non-business days), LOA (the gaining
// provider, as `loa provider`), Email (SMTP, as `notify settings`; its
// password in the keyring). OK checks every field first: a refused value
// is named, with its rule, and everything typed stays.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const PasswordKeyring &keyring, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // After OK: the store chosen differs from the one saved before.
    bool storeChanged() const { return m_storeChanged; }
    // After OK: the language changed (it applies at the next start).
    bool languageChanged() const { return m_languageChanged; }
    // What saving could not do (a password without keyring), or empty.
    QString note() const { return m_note; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // Emails you receive… : the main window opens its opt-out dialog.
    void emailNotificationsRequested();

private:
    QWidget *buildGeneralPage();
    QWidget *buildLoaPage();
    QWidget *buildEmailPage();
    void load();
    // The first problem of any page, with its page shown and its field focused.
    bool showProblem();

    PasswordKeyring m_keyring;
    QTabWidget *m_pages;
    StoreSettingsPage *m_storePage;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QPlainTextEdit *m_extraDays;
    QLabel *m_extraDaysProblems;
    QLineEdit *m_providerName;
    QLineEdit *m_providerId;
    QLineEdit *m_providerContact;
    QLineEdit *m_smtpUrl;
    QLineEdit *m_smtpSender;
    QLineEdit *m_smtpUser;
    QComboBox *m_startTls;
    QLineEdit *m_supportAddress;
    QLineEdit *m_smtpPassword;
    QLabel *m_problem;
    QString m_note;
    bool m_storeChanged = false;
    bool m_languageChanged = false;
};

} // namespace portdesk
