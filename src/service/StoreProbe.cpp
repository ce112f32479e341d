// SPDX-License-Identifier: Apache-2.0
#include "StoreProbe.h"

#include "store/Store.h"

#include <QFileInfo>
#include <QUrl>

namespace portdesk {

namespace {

// A message never quotes the password, whatever a driver put in it.
QString withoutPassword(QString message, const QString &url)
{
    const QString password = QUrl(url).password();
    if (password.size() >= 3)
        message.replace(password, QStringLiteral("•••"));
    return message;
}

} // namespace

QString StoreProbe::addressProblem(const QString &url)
{
    QString problem;
    if (Store::isStoreAddress(url, &problem))
        return {};
    return withoutPassword(problem, url);
}

StoreProbe StoreProbe::run(const QString &url)
{
    StoreProbe probe;
    QString problem;
    if (url.trimmed().isEmpty() || !Store::isStoreAddress(url, &problem)) {
        probe.message = problem.isEmpty()
            ? tr("No store given: choose a SQLite file or give a postgresql:// URL.")
            : withoutPassword(problem, url);
        return probe;
    }
    if (!url.startsWith(QLatin1String("postgresql:"))) {
        const QString path
            = url.startsWith(QLatin1String("sqlite:")) ? url.mid(int(qstrlen("sqlite:"))) : url;
        if (!QFileInfo::exists(path)) {
            probe.ok = true;
            probe.message
                = tr("No store there yet: PortDesk makes a new one in %1 when it opens it.")
                      .arg(path);
            return probe;
        }
    }
    StoreStatus status;
    const std::unique_ptr<Store> store = Store::open(url, &status, StoreAccess::ReadOnly);
    if (!store) {
        probe.message = withoutPassword(status.message, url);
        return probe;
    }
    probe.ok = true;
    const TeamIdentity &team = store->team();
    if (!store->isPostgres())
        probe.message = tr("Connected: schema %1, the SQLite file %2")
                            .arg(store->schemaVersion())
                            .arg(store->sqlitePath());
    else if (team.teamStore)
        probe.message = tr("Connected: schema %1, team store as %2")
                            .arg(store->schemaVersion())
                            .arg(store->login());
    else
        probe.message = tr("Connected: schema %1, single-user store as %2")
                            .arg(store->schemaVersion())
                            .arg(store->login());
    return probe;
}

int StoreProbe::schemaVersionWritten()
{
    return Store::latestSchemaVersion();
}

} // namespace portdesk
