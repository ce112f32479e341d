// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

#include <initializer_list>
#include <utility>

namespace portdesk::cli {

class CommandCall;
struct CliContext;

// One row of portdesk-cli's command table: the words that name a command, its
// help, its options and the function that runs it. CommandTable reads the
// rows and sets up one parser for whichever runs, so no command repeats the
// parser's set-up. A family's word alone (e.g. "case") is the row for that
// family without a known sub-command: it says what the family needs.
struct Command {
    struct Option {
        const char *name;
        const char *value = nullptr; // the value's name in the help; none: a flag
        // The sub-commands that take it ("list export"), when a family's
        // commands share one option list; none: every command of the row.
        // Any other refuses it as bad usage.
        const char *takenBy = nullptr;
    };
    // Parsed: options by the table; AsGiven: the arguments are the command's
    // own (numbers may start with a dash), only --help is looked for.
    enum class Arguments { Parsed, AsGiven };

    using Run = int (*)(CliContext &ctx, const CommandCall &call);

    const char *words; // "case show"
    const char *help; // marked with QT_TRANSLATE_NOOP("CliApp", ...)
    QList<Option> options;
    Run run;
    Arguments arguments = Arguments::Parsed;

    // The rows of commands that share one help and one set of options, each
    // by its words and what runs it.
    static QList<Command> family(const char *help, const QList<Option> &options,
        std::initializer_list<std::pair<const char *, Run>> rows,
        Arguments arguments = Arguments::Parsed)
    {
        QList<Command> out;
        for (const auto &[words, run] : rows)
            out.append({ words, help, options, run, arguments });
        return out;
    }
};

} // namespace portdesk::cli
