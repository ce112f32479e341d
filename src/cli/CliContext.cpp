#include "CliContext.h"

#include "core/Clock.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace portdesk::cli {

CliContext::CliContext(QTextStream &o, QTextStream &e) : out(o), err(e) { }

CliContext::~CliContext() = default;

int CliContext::usage(const QString &message, const QString &help)
{
    if (!message.isEmpty())
        err << message << '\n';
    if (!help.isEmpty())
        err << help;
    err.flush();
    return BadUsage;
}

int CliContext::storeFailure(const QString &message)
{
    err << message << '\n';
    err.flush();
    return StoreUnavailable;
}

int CliContext::openStore(QList<AppliedStep> *applied)
{
    StoreStatus status;
    const QString url = dbUrl.isEmpty() ? Store::defaultUrl() : dbUrl;
    store = Store::open(url, &status);
    if (!store)
        return storeFailure(status.message.isEmpty()
                ? QCoreApplication::translate("CliApp", "The store %1 cannot be opened.").arg(url)
                : status.message);
    service = std::make_unique<Services>(*store);
    // Whenever PortDesk runs it applies every transition that has come due.
    StoreStatus tickStatus;
    const QList<AppliedStep> steps = service->clock.tick(&tickStatus);
    if (!tickStatus.ok())
        return storeFailure(tickStatus.message);
    if (applied)
        *applied = steps;
    return Done;
}

int CliContext::loadCase(qint64 id, CaseRecord *record)
{
    StoreStatus status;
    if (service->cases.loadCase(id, record, &status))
        return Done;
    if (!status.ok())
        return storeFailure(status.message);
    err << QCoreApplication::translate("CliApp", "Case %1 does not exist.").arg(id) << '\n';
    return Refused;
}

} // namespace portdesk::cli
