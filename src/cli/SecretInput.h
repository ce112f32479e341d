// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QTextStream>

namespace portdesk::cli {

class CommandCall;
struct CliContext;

// A secret that a command takes (issue-pin's PIN and account ID), read so
// that it need not stand on the command line, where other users of the
// machine see it (ps) and the shell keeps it (history):
//   --NAME-file FILE   the file's first line; a warning when the file may be
//                      read by its group or others (NAME-file.readable-by-others);
//                      --NAME-file - reads one line of standard input
//   --NAME -           one line of standard input
//   neither            a prompt without echo when standard input is a terminal
//                      and `prompt` is not empty; else nothing (*given false)
//   --NAME VALUE       still accepted (scripts rely on it), with a warning on
//                      err that the value is visible (NAME.on-command-line)
struct SecretOption {
    const char *name; // "pin"
    const char *fileOption; // "pin-file"
    QString label; // "PIN", as the messages name it
    QString prompt; // "Account ID: "; empty: never prompt
};

// False with *error (bad usage: the message) when the options are wrong
// (both forms given, a file that cannot be read, an empty line); else true,
// *given telling whether a value came.
// Warnings go to ctx.report, a prompt to the terminal.
bool readSecret(const CommandCall &call, const SecretOption &option, CliContext &ctx,
    QString *value, bool *given, QString *error);

} // namespace portdesk::cli
