// SPDX-License-Identifier: Apache-2.0
#include "StoreFile.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <unistd.h>

namespace portdesk {

void keepToOwner(const QString &path)
{
    constexpr QFileDevice::Permissions ownerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup
        | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileInfo info(path);
    if (!info.exists()) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            file.close();
        return;
    }
    if (info.ownerId() != ::getuid() || !(info.permissions() & others))
        return;
    const QStringList files
        = { path, QString(path + QStringLiteral("-wal")), QString(path + QStringLiteral("-shm")) };
    for (const QString &name : files) {
        if (QFileInfo::exists(name))
            QFile::setPermissions(name, QFile::permissions(name) & ~others & ~QFileDevice::ExeOwner);
    }
}

} // namespace portdesk
