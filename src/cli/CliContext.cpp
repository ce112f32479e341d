// SPDX-License-Identifier: Apache-2.0
#include "CliContext.h"

#include "core/Clock.h"
#include "notify/NotifySettings.h"
#include "service/NotificationService.h"
#include "service/Services.h"
#include "store/Store.h"
#include "store/StoreCheck.h"

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
    // Support's address for the notifications of this run's events, where
    // the store has no support member (notify settings --support-address).
    NotificationService::setSupportFallback(NotifySettings::load().supportAddress);
    const QString url = dbUrl.isEmpty() ? Store::defaultUrl() : dbUrl;
    QString problem;
    if (!Store::isStoreAddress(url, &problem))
        return usage(problem, QString()); // a malformed address is bad usage, not an outage
    store = Store::open(url, &status, readOnly ? StoreAccess::ReadOnly : StoreAccess::ReadWrite);
    if (!store)
        return storeFailure(status.message.isEmpty()
                ? QCoreApplication::translate("CliApp", "The store %1 cannot be opened.").arg(url)
                : status.message);
    if (store->previousSessionEndedAbruptly()) {
        // Opening checks the header and the schema only; after a PortDesk
        // ended with the store open, every page is checked before any use.
        QString summary;
        const StoreStatus check = StoreCheck::run(*store, StoreCheck::Depth::Pages, &summary);
        if (!check.ok())
            return storeFailure(check.message);
        err << QCoreApplication::translate(
            "CliApp", "PortDesk ended the last time without closing this store. %1")
                   .arg(summary)
            << '\n';
    }
    service = std::make_unique<Services>(*store);
    if (store->isReadOnly()) {
        // Nothing is written: what the clock would apply is only said.
        StoreStatus dueStatus;
        const ClockService::Due due = service->clock.due(&dueStatus);
        if (!dueStatus.ok())
            return storeFailure(dueStatus.message);
        if (due.any())
            err << QCoreApplication::translate("CliApp",
                "The store is open read-only (%1): steps the clock has made due were "
                "not applied (%n case(s) wait for one; purges: %2).",
                nullptr, due.cases)
                       .arg(store->readOnlyReason(),
                           due.purges ? QCoreApplication::translate("CliApp", "due")
                                      : QCoreApplication::translate("CliApp", "none"))
                << '\n';
        return Done;
    }
    // Whenever PortDesk runs it applies every transition that has come due.
    StoreStatus tickStatus;
    const QList<AppliedStep> steps = service->clock.tick(&tickStatus);
    if (!tickStatus.ok())
        return storeFailure(tickStatus.message);
    if (applied)
        *applied = steps;
    return Done;
}

Role CliContext::actingRole(Role chosen) const
{
    if (store && store->team().roleFromLogin())
        return store->team().role;
    return chosen;
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
