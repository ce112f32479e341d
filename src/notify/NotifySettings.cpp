// SPDX-License-Identifier: Apache-2.0
#include "NotifySettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace portdesk {

namespace {

const QString kUrl = QStringLiteral("notify/smtp/url");
const QString kSender = QStringLiteral("notify/smtp/sender");
const QString kUser = QStringLiteral("notify/smtp/user");
const QString kPasswordFile = QStringLiteral("notify/smtp/passwordFile");
const QString kStartTls = QStringLiteral("notify/smtp/starttls");
const QString kTimeout = QStringLiteral("notify/smtp/timeoutSeconds");
const QString kSupport = QStringLiteral("notify/supportAddress");

NotifySettings::KeyringReader &keyringReader()
{
    static NotifySettings::KeyringReader reader;
    return reader;
}

} // namespace

NotifySettings NotifySettings::load()
{
    const QSettings settings;
    NotifySettings s;
    s.url = settings.value(kUrl).toString().trimmed();
    s.sender = settings.value(kSender).toString().trimmed();
    s.user = settings.value(kUser).toString().trimmed();
    s.passwordFile = settings.value(kPasswordFile).toString().trimmed();
    startTlsFromString(settings.value(kStartTls).toString(), &s.startTls);
    const int timeout = settings.value(kTimeout, 30).toInt();
    s.timeoutSeconds = timeout > 0 ? timeout : 30;
    s.supportAddress = settings.value(kSupport).toString().trimmed();
    return s;
}

void NotifySettings::save() const
{
    QSettings settings;
    const auto put = [&settings](const QString &key, const QString &value) {
        if (value.trimmed().isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value.trimmed());
    };
    put(kUrl, url);
    put(kSender, sender);
    put(kUser, user);
    put(kPasswordFile, passwordFile);
    settings.setValue(kStartTls, toString(startTls));
    settings.setValue(kTimeout, timeoutSeconds);
    put(kSupport, supportAddress);
    settings.sync();
}

QString NotifySettings::toString(StartTls value)
{
    switch (value) {
    case StartTls::Required:
        return QStringLiteral("required");
    case StartTls::Optional:
        return QStringLiteral("optional");
    case StartTls::Off:
        return QStringLiteral("off");
    }
    return QStringLiteral("required");
}

bool NotifySettings::startTlsFromString(const QString &text, StartTls *out)
{
    for (StartTls v : { StartTls::Required, StartTls::Optional, StartTls::Off }) {
        if (text == toString(v)) {
            *out = v;
            return true;
        }
    }
    return false;
}

QString NotifySettings::checkUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The SMTP server \"%1\" is not a URL such as smtp://mail.example.com:587.")
            .arg(text);
    if (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps"))
        return tr("The SMTP server's URL must start with smtp:// or smtps://.");
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return tr("The SMTP server's URL must not hold a user or a password: give the user with "
                  "--user and the password in a file (--password-file) or in %1.")
            .arg(QLatin1String(passwordVariable));
    return {};
}

bool NotifySettings::password(QString *out, QString *error) const
{
    out->clear();
    if (user.isEmpty())
        return true;
    const QByteArray fromEnvironment = qgetenv(passwordVariable);
    if (!fromEnvironment.isEmpty()) {
        *out = QString::fromUtf8(fromEnvironment);
        return true;
    }
    QString kept;
    if (keyringReader() && keyringReader()(passwordEntry(), &kept) && !kept.isEmpty()) {
        *out = kept;
        return true;
    }
    if (passwordFile.isEmpty()) {
        *error = tr("The SMTP user %1 needs a password: in a file (notify settings "
                    "--password-file) or in %2.")
                     .arg(user, QLatin1String(passwordVariable));
        return false;
    }
    return readPasswordFile(passwordFile, out, error);
}

QString NotifySettings::passwordEntry() const
{
    return QStringLiteral("smtp-password:") + user + QLatin1Char('@') + url;
}

void NotifySettings::setKeyringReader(const KeyringReader &reader)
{
    keyringReader() = reader;
}

bool NotifySettings::readPasswordFile(const QString &passwordFile, QString *out, QString *error)
{
    out->clear();
    const QFileInfo info(passwordFile);
    if (!info.isFile()) {
        *error = tr("The SMTP password file %1 does not exist.").arg(passwordFile);
        return false;
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    if (info.permissions() & others) {
        *error = tr("The SMTP password file %1 can be read by others: make it readable by you "
                    "alone (chmod 600).")
                     .arg(passwordFile);
        return false;
    }
    QFile file(passwordFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The SMTP password file %1 cannot be read: %2.")
                     .arg(passwordFile, file.errorString());
        return false;
    }
    const QByteArray line = file.readLine();
    *out = QString::fromUtf8(line).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    return true;
}

} // namespace portdesk
