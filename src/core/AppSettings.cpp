// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include "CalendarSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace portdesk {

namespace {

const QString kStoreUrl = QStringLiteral("store/url");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTimeZone = QStringLiteral("customer/defaultTimeZone");

void putOrRemove(const QString &key, const QString &value)
{
    QSettings settings;
    if (value.trimmed().isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value.trimmed());
    settings.sync();
}

} // namespace

QStringList AppSettings::setUp()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("portdesk.github.io"));
    moveOldSettings();
    return CalendarSettings::install();
}

QString AppSettings::oldSettingsPath()
{
    // Where QSettings put them with no organization name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/Unknown Organization/") + QCoreApplication::applicationName()
        + QStringLiteral(".conf");
}

bool AppSettings::moveOldSettings()
{
    const QString oldPath = oldSettingsPath();
    if (!QFileInfo::exists(oldPath))
        return false;
    QSettings current;
    if (!current.allKeys().isEmpty())
        return false; // already moved, or set anew: the old file stays as it is
    bool moved = false;
    {
        const QSettings old(oldPath, QSettings::IniFormat);
        for (const QString &key : old.allKeys()) {
            current.setValue(key, old.value(key));
            moved = true;
        }
    }
    current.sync();
    if (current.status() != QSettings::NoError)
        return false; // keep the old file: nothing is lost
    QFile::remove(oldPath);
    QDir().rmdir(QFileInfo(oldPath).absolutePath()); // only when empty
    return moved;
}

QString AppSettings::dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1Char('/') + QCoreApplication::applicationName();
    QDir().mkpath(folder);
    return folder;
}

QString AppSettings::defaultStorePath()
{
    return dataFolder() + QStringLiteral("/portdesk.sqlite");
}

QString AppSettings::storeUrl()
{
    return QSettings().value(kStoreUrl).toString().trimmed();
}

void AppSettings::setStoreUrl(const QString &url)
{
    putOrRemove(kStoreUrl, url);
}

QString AppSettings::language()
{
    const QString language = QSettings().value(kLanguage).toString();
    return language == QLatin1String("en") || language == QLatin1String("es") ? language
                                                                                 : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    putOrRemove(kLanguage, language);
}

QByteArray AppSettings::defaultTimeZone()
{
    return QSettings().value(kTimeZone).toString().trimmed().toLatin1();
}

void AppSettings::setDefaultTimeZone(const QByteArray &ianaId)
{
    putOrRemove(kTimeZone, QString::fromLatin1(ianaId));
}

StoreChoice StoreChoice::choose(const QString &option, const QString &environment,
    const QString &settings, const QString &defaultUrl)
{
    if (!option.trimmed().isEmpty())
        return { option.trimmed(), Source::Option };
    if (!environment.trimmed().isEmpty())
        return { environment.trimmed(), Source::Environment };
    if (!settings.trimmed().isEmpty())
        return { settings.trimmed(), Source::Settings };
    return { defaultUrl, Source::Default };
}

QString storeUrlWithPassword(const QString &url, const QString &password)
{
    QUrl parsed(url, QUrl::StrictMode);
    if (password.isEmpty() || parsed.scheme() != QLatin1String("postgresql")
        || !parsed.password().isEmpty())
        return url;
    parsed.setPassword(password);
    return parsed.toString();
}

QString storePasswordEntry(const QString &url)
{
    QUrl parsed(url);
    parsed.setPassword(QString());
    return QStringLiteral("store-password:") + parsed.toString();
}

} // namespace portdesk
