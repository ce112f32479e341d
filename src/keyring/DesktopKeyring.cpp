// SPDX-License-Identifier: Apache-2.0
#include "DesktopKeyring.h"

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

bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(kEntry);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return true;
}

bool readKey(QString *text)
{
    QKeychain::ReadPasswordJob job(kService);
    runJob(job);
    if (job.error() == QKeychain::NoError) {
        *text = job.textData();
        return true;
    }
    text->clear();
    return job.error() == QKeychain::EntryNotFound;
}

bool writeKey(const QString &text)
{
    QKeychain::WritePasswordJob job(kService);
    job.setTextData(text);
    runJob(job);
    return job.error() == QKeychain::NoError;
}

} // namespace

void installDesktopKeyring()
{
    if (qEnvironmentVariable("PORTDESK_KEYRING") == QLatin1String("off")
        || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    PersonalKey::Keyring keyring;
    keyring.name = QCoreApplication::translate("PersonalKey", "the desktop keyring");
    keyring.read = readKey;
    keyring.write = writeKey;
    PersonalKey::setKeyring(keyring);
}

} // namespace portdesk
