#pragma once

#include <QStringList>

// portdesk-cli's command families, one file each: each function runs one
// command word (its sub-commands and options follow in args).
namespace portdesk::cli {

struct CliContext;

int cmdValidate(CliContext &ctx, const QStringList &args); // validate NUMBER...
int cmdPortIn(CliContext &ctx, const QStringList &args); // port-in submit
int cmdPortOut(CliContext &ctx, const QStringList &args); // port-out submit
int cmdCase(CliContext &ctx, const QStringList &args); // case list|show|advance|correct
int cmdLoa(CliContext &ctx, const QStringList &args); // loa export|sign|status|files|attach|...
int cmdInventory(CliContext &ctx, const QStringList &args); // inventory ...
int cmdVoiceConnector(CliContext &ctx, const QStringList &args); // voice-connector ...
int cmdUser(CliContext &ctx, const QStringList &args); // user add|edit|list
int cmdClock(CliContext &ctx, const QStringList &args); // clock tick

} // namespace portdesk::cli
