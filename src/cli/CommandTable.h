// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QHash>
#include <QStringList>

namespace portdesk::cli {

// portdesk-cli's commands, one row each (Commands.h: one list per command
// family), and the one way a command line reaches its row.
class CommandTable {
public:
    CommandTable();

    // True when a family of commands has this word ("case", "loa", ...).
    bool hasFamily(const QString &word) const;
    // Runs the command the words name, the family's word first: its row's
    // options parsed, --help and bad usage answered with its help.
    int run(CliContext &ctx, const QStringList &words) const;
    // Takes out of a command's words (the family's word first) the global
    // options that follow it (names: whether each takes a value), in their
    // order with their values, and returns them. A command's own option of
    // the same name stays its own, and so do the value of a command's option
    // ("--reason --json" is a reason) and everything after "--".
    QStringList takeGlobalOptions(QStringList *words, const QHash<QString, bool> &globals) const;

private:
    // The row for the words and the arguments that follow its words: the
    // sub-command is the first argument that is neither an option nor an
    // option's value; without a known one, the family's own row.
    const Command *find(const QStringList &words, QStringList *arguments) const;

    QList<Command> m_rows;
};

} // namespace portdesk::cli
