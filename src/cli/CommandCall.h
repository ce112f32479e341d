// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCommandLineParser>
#include <QStringList>

namespace portdesk::cli {

// One run of a command-table row: its arguments read by the options its row
// names (one parser set-up for every command), what the command needs of
// them, and bad usage said with the command's own help.
class CommandCall {
public:
    // arguments: what follows the command's words on the command line.
    CommandCall(CliContext &ctx, const Command &command, const QStringList &arguments);

    // True when the command ends here, with *status set: bad usage (the
    // parser's error and the help on stderr) or --help (the help on stdout).
    bool answered(int *status);

    // The word after the family's ("show" of "case show"); empty for a family's own row.
    QString word() const;
    // The arguments as given.
    const QStringList &arguments() const { return m_arguments; }
    // The arguments that are not options.
    const QStringList &positional() const { return m_positional; }
    bool isSet(const char *option) const;
    QString value(const char *option) const;
    // The command's help, in the user's language where a catalogue has it.
    QString help() const;
    // Bad usage (2): the message, then the command's help (field: the
    // option at fault, for --json's error object).
    int usage(const QString &message, const QString &field = QString()) const;
    // For a command of `count` arguments: bad usage (the message) when it has
    // another number, else the store opened (CliContext::openStore).
    int openStore(qsizetype count, const QString &message) const;

private:
    CliContext &m_ctx;
    const Command &m_command;
    QStringList m_arguments;
    QStringList m_positional;
    QCommandLineParser m_parser;
};

} // namespace portdesk::cli
