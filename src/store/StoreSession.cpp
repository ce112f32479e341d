// SPDX-License-Identifier: Apache-2.0
#include "StoreSession.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace portdesk {

namespace {

bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    // Signal 0 only asks: EPERM means it runs under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // no way to tell: never call a live program crashed
#endif
}

} // namespace

StoreSession::StoreSession(const QString &storePath, bool leaveMark)
{
    // One folder for every PortDesk program (the app, portdesk-cli, a
    // script's own build): not the program's own data folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/PortDesk/sessions");
    // A store opened read-only neither leaves a mark nor takes one away:
    // the next writable open (which may write on top of damage) checks.
    if (!leaveMark || !QDir().mkpath(folder))
        return; // no mark, no crash detection: the store still opens
    // The store's path, hashed: the same file whatever the current folder.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(storePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
    const qint64 self = QCoreApplication::applicationPid();
    const QDir dir(folder);
    const QStringList marks = dir.entryList({ key + QStringLiteral("-*.open") }, QDir::Files);
    for (const QString &mark : marks) {
        // KEY-PID-N.open
        const qint64 pid = mark.section(QLatin1Char('-'), 1, 1).toLongLong();
        if (pid <= 0 || pid == self || processRuns(pid))
            continue;
        // Only a mark still there is a crash's: a program that closed the
        // store and ended between the listing and the question took its
        // mark away first. Of two programs finding the same crash, the one
        // that removes the mark says so.
        if (QFile::remove(dir.filePath(mark)))
            m_abrupt = true;
    }
    static QAtomicInteger<quint64> counter;
    m_file = dir.filePath(QStringLiteral("%1-%2-%3.open").arg(key).arg(self).arg(++counter));
    QFile file(m_file);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(storePath.toUtf8() + '\n');
    else
        m_file.clear();
}

StoreSession::~StoreSession()
{
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

} // namespace portdesk
