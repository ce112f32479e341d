// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "store/Store.h"
#include "store/StoreCheck.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace portdesk::cli {

namespace {

const char kStoreHelp[] = QT_TRANSLATE_NOOP(
    "CliApp", R"(Usage: portdesk-cli [--db URL] [--read-only] store check [--quick]

Checks the whole store for damage, which opening a store does not (opening
looks at the file's header and schema only, so that it takes the same time
for a small store and a large one). Runs in one read transaction: other
programs may go on writing meanwhile, and nothing is written.

SQLite: every page and every index (--quick: the pages only, several times
faster). PostgreSQL: every row of every table is read.

Prints what was checked. Exit status 0: no damage found; 3: the store is
damaged (what was found on stderr) or cannot be opened.
)");

int storeNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(QCoreApplication::translate("CliApp", "store needs: check"));
}

// Opened without the clock's tick: a check writes nothing.
int storeCheck(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(QCoreApplication::translate("CliApp", "store check takes no arguments."));
    StoreStatus status;
    const QString url = ctx.dbUrl.isEmpty() ? Store::defaultUrl() : ctx.dbUrl;
    ctx.store
        = Store::open(url, &status, ctx.readOnly ? StoreAccess::ReadOnly : StoreAccess::ReadWrite);
    if (!ctx.store)
        return ctx.storeFailure(status.message);
    const bool quick = call.isSet("quick");
    QString summary;
    status = StoreCheck::run(
        *ctx.store, quick ? StoreCheck::Depth::Pages : StoreCheck::Depth::Everything, &summary);
    if (ctx.json) {
        writeJson(ctx.out,
            QJsonObject { { QStringLiteral("store"), ctx.store->displayName() },
                { QStringLiteral("ok"), status.ok() },
                { QStringLiteral("depth"),
                    quick ? QStringLiteral("pages") : QStringLiteral("all") },
                { QStringLiteral("summary"), status.ok() ? summary : status.message } },
            QJsonDocument::Indented);
    } else if (status.ok()) {
        ctx.out << summary << '\n';
    }
    if (!status.ok()) {
        ctx.err << status.message << '\n';
        if (!summary.isEmpty() && summary != status.message)
            ctx.err << summary << '\n';
        return StoreUnavailable;
    }
    return Done;
}

} // namespace

QList<Command> storeCommands()
{
    return Command::family(
        kStoreHelp, { { "quick" } }, { { "store", storeNeeds }, { "store check", storeCheck } });
}

} // namespace portdesk::cli
