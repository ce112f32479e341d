// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include <QCoreApplication>

namespace portdesk::cli {

namespace {

const char kClockHelp[] = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli [--now ISO] clock tick

Applies every transition that has come due, once: numbers enter the
inventory one day before the FOC, are activated at the FOC, ported-out
cases close when their numbers are deleted, and numbers (and files
deleted from a case) deleted more than 7 days ago are purged. Prints each
step applied: case, step (inventory, activate, close, purge, purge-file)
and detail (a number, a file name).
)");

// clock alone, or with anything but tick.
int clockNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(QCoreApplication::translate("CliApp", "clock needs: tick"));
}

// Opening the store applies what has come due (CliContext::openStore): tick
// only says what that was.
int clockTick(CliContext &ctx, const CommandCall &call)
{
    if (!call.arguments().isEmpty())
        return clockNeeds(ctx, call);
    QList<AppliedStep> steps;
    if (const int status = ctx.openStore(&steps))
        return status;
    writeRows(
        ctx, steps, QJsonDocument::Compact,
        [](const AppliedStep &s) {
            return QJsonObject { { QStringLiteral("caseId"), orNull(s.caseId) },
                { QStringLiteral("step"), s.what }, { QStringLiteral("detail"), s.detail } };
        },
        [](QTextStream &out, const AppliedStep &s) {
            out << (s.caseId > 0 ? QString::number(s.caseId) : QStringLiteral("-")) << '\t'
                << s.what << (s.detail.isEmpty() ? QString() : QLatin1Char('\t') + s.detail)
                << '\n';
        });
    return Done;
}

} // namespace

QList<Command> clockCommands()
{
    return Command::family(kClockHelp, {}, { { "clock", clockNeeds }, { "clock tick", clockTick } },
        Command::Arguments::AsGiven);
}

} // namespace portdesk::cli
