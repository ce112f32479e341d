// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

// portdesk-cli's command families, one file each: each gives its rows of the
// command table (CommandTable), its own row for the family's word alone first.
namespace portdesk::cli {

QList<Command> validateCommands(); // validate NUMBER...
QList<Command> caseCommands(); // port-in/port-out submit, case list|show|advance|correct
QList<Command> loaCommands(); // loa export|sign|status
QList<Command> loaFileCommands(); // loa files|attach|delete-file|restore-file
QList<Command> loaProviderCommands(); // loa provider: the gaining provider the LOAs name
QList<Command> inventoryCommands(); // inventory ..., its import and export
QList<Command> directoryCommands(); // user add|edit|list, voice-connector ...
QList<Command> clockCommands(); // clock tick
QList<Command> storeCommands(); // store check
QList<Command> teamCommands(); // team init|add-account|add-admin|add-support|list
QList<Command> notifyCommands(); // notify send|list|opt-out|opt-in|opt-outs|settings

} // namespace portdesk::cli
