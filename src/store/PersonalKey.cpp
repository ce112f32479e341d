// SPDX-License-Identifier: Apache-2.0
#include "PersonalKey.h"

#include "SecretBox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace portdesk {

namespace {

PersonalKey::Keyring &installedKeyring()
{
    static PersonalKey::Keyring keyring;
    return keyring;
}

PersonalKey fromSourceText(const QString &text, const QString &where)
{
    PersonalKey key;
    key.where = where;
    key.bytes = PersonalKey::fromText(text);
    if (!key.isValid())
        key.problem = PersonalKey::tr("%1 does not hold a PortDesk key (the base64 of 32 bytes).")
                          .arg(where);
    return key;
}

// Writes the key file so that no other program ever sees a partial or
// readable one: a 0600 file of its own, linked into place only if no key file
// is there yet (two programs starting at once keep the first one's key).
bool writeKeyFile(const QString &path, const QByteArray &key)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile::setPermissions(QFileInfo(path).absolutePath(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray final = QFile::encodeName(path);
    const QByteArray temp = final + ".new-" + QByteArray::number(::getpid());
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const QByteArray text = PersonalKey::toText(key).toLatin1() + '\n';
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size()
        && ::fsync(fd) == 0;
    ::close(fd);
    const bool linked = written && ::link(temp.constData(), final.constData()) == 0;
    ::unlink(temp.constData());
    return linked;
}

} // namespace

void PersonalKey::setKeyring(const Keyring &keyring)
{
    installedKeyring() = keyring;
}

QString PersonalKey::keyFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/portdesk/store.key");
}

QString PersonalKey::toText(const QByteArray &key)
{
    return QString::fromLatin1(key.toBase64());
}

QByteArray PersonalKey::fromText(const QString &text)
{
    const QByteArray bytes = QByteArray::fromBase64(text.trimmed().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    return bytes.size() == SecretBox::keyBytes ? bytes : QByteArray();
}

PersonalKey PersonalKey::find()
{
    const QString env = qEnvironmentVariable("PORTDESK_STORE_KEY");
    if (!env.isEmpty())
        return fromSourceText(env, environmentVariable());
    const Keyring &keyring = installedKeyring();
    if (keyring.read) {
        QString text;
        if (keyring.read(&text) && !text.isEmpty())
            return fromSourceText(text, keyring.name);
    }
    const QString path = keyFilePath();
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            PersonalKey key;
            key.where = path;
            key.problem = tr("The key file %1 cannot be read: %2.").arg(path, file.errorString());
            return key;
        }
        if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return fromSourceText(QString::fromLatin1(file.readLine(128)), path);
    }
    return {};
}

PersonalKey PersonalKey::obtain()
{
    PersonalKey found = find();
    if (found.isValid() || !found.problem.isEmpty())
        return found;
    const QByteArray key = SecretBox::newKey();
    const Keyring &keyring = installedKeyring();
    if (keyring.write && keyring.write(toText(key))) {
        PersonalKey made;
        made.bytes = key;
        made.where = keyring.name;
        return made;
    }
    const QString path = keyFilePath();
    if (!writeKeyFile(path, key)) {
        // Another program made it first: use theirs.
        PersonalKey theirs = find();
        if (theirs.isValid() || !theirs.problem.isEmpty())
            return theirs;
        PersonalKey none;
        none.problem = tr("No key could be kept: %1 cannot be written.").arg(path);
        return none;
    }
    PersonalKey made;
    made.bytes = key;
    made.where = path;
    return made;
}

} // namespace portdesk
