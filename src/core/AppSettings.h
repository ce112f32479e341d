// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace portdesk {

// Where PortDesk keeps this machine's settings and its files, shared by the
// app and portdesk-cli.
//
// Settings: QSettings under the organization "PortDesk"
// (~/.config/PortDesk/PortDesk.conf). Before, they were in
// ~/.config/Unknown Organization/PortDesk.conf: setUp() moves that file's
// keys once. Data: ~/.local/share/PortDesk, as before the organization had a
// name (QStandardPaths::AppDataLocation would now add a second PortDesk).
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // The organization name and domain, then the move of the old settings
    // and the calendar's extra non-business days (CalendarSettings). Call
    // once, after setApplicationName. Returns the problems met in the
    // settings (translated, one a line): each value named and ignored.
    static QStringList setUp();

    // Moves the keys of the old settings file (the one QSettings used when
    // PortDesk had no organization name) into the current one when the
    // current one has none yet, then removes the old file. True when keys
    // moved.
    static bool moveOldSettings();
    static QString oldSettingsPath();

    // ~/.local/share/PortDesk ($XDG_DATA_HOME/PortDesk), made if missing.
    static QString dataFolder();
    // dataFolder()/portdesk.sqlite: the store of a person who chose none.
    static QString defaultStorePath();

    // The store the settings name (empty: none chosen), without password.
    static QString storeUrl();
    static void setStoreUrl(const QString &url);

    // "" (the system's language), "en" or "es".
    static QString language();
    static void setLanguage(const QString &language);

    // The customer's time zone used when a request gives none and its
    // address does not tell (an IANA id; empty: the system's zone).
    static QByteArray defaultTimeZone();
    static void setDefaultTimeZone(const QByteArray &ianaId);
};

// Where the app's store comes from, first found: --db, PORTDESK_DB, the
// settings, the default file.
struct StoreChoice {
    enum class Source { Option, Environment, Settings, Default };
    QString url;
    Source source = Source::Default;

    static StoreChoice choose(const QString &option, const QString &environment,
        const QString &settings, const QString &defaultUrl);
};

// url with password put in its user part (a postgresql:// URL without one);
// url unchanged otherwise.
QString storeUrlWithPassword(const QString &url, const QString &password);
// The keyring entry of a store URL's password ("store-password:" and the URL
// without password).
QString storePasswordEntry(const QString &url);

} // namespace portdesk
