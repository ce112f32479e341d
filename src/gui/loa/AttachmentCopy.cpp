// SPDX-License-Identifier: Apache-2.0
#include "AttachmentCopy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace portdesk {

namespace {

// Removes the copies opened more than a day before `newest` (a copy just
// written: file times are the file system's, not the app's Clock): their
// viewers have long read them, and they hold a customer's documents.
void pruneOpened(const QDir &dir, const QString &newest)
{
    const QDateTime cutoff = QFileInfo(newest).lastModified().addDays(-1);
    const QFileInfoList files = dir.entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.lastModified() < cutoff)
            QFile::remove(file.filePath());
    }
}

} // namespace

bool AttachmentCopy::write(
    const CaseAttachment &meta, const QByteArray &bytes, QString *path, QString *error)
{
    // A folder only this user can read, as the files are the customer's.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QDir dir(QDir(base).filePath(QStringLiteral("portdesk-attachments")));
    if (!QDir().mkpath(dir.path())
        || !QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = tr("Cannot create the folder %1 to open %2.")
                     .arg(QDir::toNativeSeparators(dir.path()), meta.fileName);
        return false;
    }
    // The stored type decides the extension, so the right program opens it.
    const QString suffix = meta.mimeType == QLatin1String("application/pdf") ? QStringLiteral("pdf")
        : meta.mimeType == QLatin1String("image/png")                        ? QStringLiteral("png")
                                                      : QStringLiteral("jpg");
    QString stem = QFileInfo(meta.fileName).completeBaseName();
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    QTemporaryFile file(dir.filePath(stem.left(60) + QStringLiteral("-XXXXXX.") + suffix));
    file.setAutoRemove(false);
    // QTemporaryFile creates the file readable and writable by its owner only.
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = tr("Cannot write %1 to open it: %2").arg(meta.fileName, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    pruneOpened(dir, file.fileName());
    *path = file.fileName();
    return true;
}

} // namespace portdesk
