// SPDX-License-Identifier: Apache-2.0
#include "DesktopKeyring.h"

#include "notify/NotifySettings.h"
#include "store/PersonalKey.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace portdesk {

namespace {

const QString kService = QStringLiteral("io.github.portdesk.PortDesk");
const QString kEntry = QStringLiteral("store-key");
// A keyring that does not answer (a locked one waiting for a password
// nobody types, a bus without the service) is given up on.
constexpr int kWaitMs = 20000;

bool runJob(QKeychain::Job &job, const QString &entry)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(entry);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return true;
}

bool readEntry(const QString &entry, QString *text)
{
    QKeychain::ReadPasswordJob job(kService);
    runJob(job, entry);
    if (job.error() == QKeychain::NoError) {
        *text = job.textData();
        return true;
    }
    text->clear();
    return job.error() == QKeychain::EntryNotFound;
}

bool writeEntry(const QString &entry, const QString &text)
{
    if (text.isEmpty()) {
        QKeychain::DeletePasswordJob job(kService);
        runJob(job, entry);
        return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    }
    QKeychain::WritePasswordJob job(kService);
    job.setTextData(text);
    runJob(job, entry);
    return job.error() == QKeychain::NoError;
}

bool hasSessionKeyring()
{
    return qEnvironmentVariable("PORTDESK_KEYRING") != QLatin1String("off")
        && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

void installDesktopKeyring()
{
    if (!hasSessionKeyring())
        return;
    PersonalKey::Keyring keyring;
    keyring.name = QCoreApplication::translate("PersonalKey", "the desktop keyring");
    keyring.read = [](QString *text) { return readEntry(kEntry, text); };
    keyring.write = [](const QString &text) { return writeEntry(kEntry, text); };
    PersonalKey::setKeyring(keyring);
    // The SMTP password that Settings ▸ Email keeps there.
    NotifySettings::setKeyringReader(readEntry);
}

PasswordKeyring desktopPasswordKeyring()
{
    PasswordKeyring keyring;
    if (!hasSessionKeyring())
        return keyring;
    keyring.name = QCoreApplication::translate("PersonalKey", "the desktop keyring");
    keyring.read = readEntry;
    keyring.write = writeEntry;
    return keyring;
}

} // namespace portdesk
