// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "store/Store.h"
#include "store/StoreCheck.h"
#include "store/StoreSecrets.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace portdesk::cli {

namespace {

const char kStoreHelp[] = QT_TRANSLATE_NOOP(
    "CliApp", R"(Usage: portdesk-cli [--db URL] [--read-only] store check [--quick]
       portdesk-cli [--db URL] [--json] store keys
       portdesk-cli [--db URL] store grant-keys

Checks the whole store for damage, which opening a store does not (opening
looks at the file's header and schema only, so that it takes the same time
for a small store and a large one). Runs in one read transaction: other
programs may go on writing meanwhile, and nothing is written.

SQLite: every page and every index (--quick: the pages only, several times
faster). PostgreSQL: every row of every table is read.

Prints what was checked. Exit status 0: no damage found; 3: the store is
damaged (what was found on stderr) or cannot be opened.

Account numbers, PINs and port-out account IDs are sealed in the store with
the store's data key, which the store keeps only sealed to each person's own
key (PORTDESK_STORE_KEY, the desktop keyring, or the key file
~/.config/portdesk/store.key). store keys lists the keys that may read the
secrets (and those that asked to), and whether yours can now. store
grant-keys, run by someone who can read them, gives the store's key to every
key that asked for it (on a team store: of a member of the team). Exit
status 1 (store.key-unavailable) when your key cannot read the secrets.
)");

int storeNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(
        QCoreApplication::translate("CliApp", "store needs: check, keys or grant-keys"));
}

bool openPlain(CliContext &ctx, StoreStatus *status)
{
    const QString url = ctx.dbUrl.isEmpty() ? Store::defaultUrl() : ctx.dbUrl;
    ctx.store
        = Store::open(url, status, ctx.readOnly ? StoreAccess::ReadOnly : StoreAccess::ReadWrite);
    return ctx.store != nullptr;
}

int storeKeys(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(QCoreApplication::translate("CliApp", "store keys takes no arguments."));
    StoreStatus status;
    if (!openPlain(ctx, &status))
        return ctx.storeFailure(status);
    QList<StoreSecrets::Holder> holders;
    if (!StoreSecrets::holders(*ctx.store, &holders, &status))
        return ctx.storeFailure(status);
    const bool readable = ctx.store->secretsReadable();
    if (ctx.json) {
        QJsonArray keys;
        for (const StoreSecrets::Holder &h : std::as_const(holders))
            keys.append(QJsonObject { { QStringLiteral("login"), h.login },
                { QStringLiteral("publicKey"), h.publicKey },
                { QStringLiteral("granted"), h.granted },
                { QStringLiteral("grantedBy"), h.grantedBy },
                { QStringLiteral("createdAt"), isoOrNull(h.createdAt) } });
        QJsonObject out { { QStringLiteral("store"), ctx.store->displayName() },
            { QStringLiteral("readable"), readable }, { QStringLiteral("keys"), keys } };
        if (!readable)
            out.insert(QStringLiteral("problem"), ctx.store->secretsProblem());
        writeJson(ctx.out, out, QJsonDocument::Compact);
    } else {
        for (const StoreSecrets::Holder &h : std::as_const(holders))
            ctx.out << QCoreApplication::translate("CliApp", "%1  %2  %3")
                           .arg(h.login, h.publicKey.left(12) + QStringLiteral("..."),
                               h.granted ? QCoreApplication::translate("CliApp", "granted")
                                         : QCoreApplication::translate("CliApp", "asked"))
                    << '\n';
        if (readable)
            ctx.out << QCoreApplication::translate("CliApp", "Your key reads this store's secrets.")
                    << '\n';
    }
    if (!readable) {
        ctx.err << QCoreApplication::translate("CliApp",
                       "store.key-unavailable: this store's secrets cannot be read: %1")
                       .arg(ctx.store->secretsProblem())
                << '\n';
        return Refused;
    }
    return Done;
}

int storeGrantKeys(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(
            QCoreApplication::translate("CliApp", "store grant-keys takes no arguments."));
    StoreStatus status;
    if (!openPlain(ctx, &status))
        return ctx.storeFailure(status);
    if (!ctx.store->secretsReadable()) {
        ctx.err << QCoreApplication::translate("CliApp",
                       "store.key-unavailable: only someone who can read this store's secrets "
                       "can grant its key: %1")
                       .arg(ctx.store->secretsProblem())
                << '\n';
        return Refused;
    }
    QStringList granted;
    WriteTransaction transaction(*ctx.store);
    if (!transaction.begin(&status) || !StoreSecrets::grantPending(*ctx.store, &granted, &status)
        || !transaction.commit(&status))
        return ctx.storeFailure(status);
    if (granted.isEmpty())
        ctx.out << QCoreApplication::translate("CliApp", "No key has asked for this store's key.")
                << '\n';
    else
        ctx.out << QCoreApplication::translate("CliApp", "Granted the store's key to: %1")
                       .arg(granted.join(QStringLiteral(", ")))
                << '\n';
    return Done;
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
        return ctx.storeFailure(status);
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
            QJsonDocument::Compact);
    } else if (status.ok()) {
        ctx.out << summary << '\n';
    }
    if (!status.ok()) {
        ctx.storeFailure(status);
        if (!summary.isEmpty() && summary != status.message)
            ctx.note(summary);
        return StoreUnavailable;
    }
    return Done;
}

} // namespace

QList<Command> storeCommands()
{
    return Command::family(
        kStoreHelp, { { "quick", nullptr, "check" } },
        { { "store", storeNeeds }, { "store check", storeCheck }, { "store keys", storeKeys },
            { "store grant-keys", storeGrantKeys } });
}

} // namespace portdesk::cli
