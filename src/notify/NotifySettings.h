// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace portdesk {

// How PortDesk sends its email, kept in this machine's settings (QSettings,
// shared by the app and portdesk-cli): keys "notify/smtp/url", ".../sender",
// ".../user", ".../passwordFile", ".../starttls", ".../timeoutSeconds" and
// "notify/supportAddress". The password itself is never kept here: it is
// read from PORTDESK_SMTP_PASSWORD, the desktop keyring (Settings ▸ Email
// keeps it there) or the file named (mode 0600).
struct NotifySettings {
    Q_DECLARE_TR_FUNCTIONS(NotifySettings)

public:
    enum class StartTls { Required, Optional, Off };

    QString url; // smtp://host[:port] or smtps://host[:port]
    QString sender;
    QString user;
    QString passwordFile;
    StartTls startTls = StartTls::Required;
    int timeoutSeconds = 30;
    QString supportAddress; // support's address on a store without support members

    // A server and a sender: mail can go.
    bool configured() const { return !url.isEmpty() && !sender.isEmpty(); }

    static NotifySettings load();
    void save() const;

    static QString toString(StartTls value); // "required", "optional", "off"
    static bool startTlsFromString(const QString &text, StartTls *out);
    // Problems with the URL, or empty: scheme smtp or smtps, a host, and no
    // user or password in it (those go in --user and the password file).
    static QString checkUrl(const QString &url);

    // The password for user: PORTDESK_SMTP_PASSWORD when set, else the
    // keyring's (passwordEntry()), else the first line of passwordFile, refused (with *error) when the file can be
    // read by anyone else than its owner. Empty without user.
    bool password(QString *out, QString *error) const;
    // The password file's first line, refused (false, *error) when the file
    // is missing, unreadable, or readable by anyone else than its owner.
    static bool readPasswordFile(const QString &path, QString *out, QString *error);

    // The keyring entry of the password: "smtp-password:USER@SERVER_URL".
    QString passwordEntry() const;
    // Where password() finds a password kept in the keyring: set once at
    // start (installDesktopKeyring) when the session has a keyring.
    using KeyringReader = std::function<bool(const QString &entry, QString *password)>;
    static void setKeyringReader(const KeyringReader &reader);

    // The environment variable the password may come in.
    static constexpr char passwordVariable[] = "PORTDESK_SMTP_PASSWORD";
};

} // namespace portdesk
