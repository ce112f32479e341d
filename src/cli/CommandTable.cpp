// SPDX-License-Identifier: Apache-2.0
#include "CommandTable.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "Commands.h"

#include <QSet>

#include <algorithm>

namespace portdesk::cli {

namespace {

QString familyOf(const Command &row)
{
    return QString::fromLatin1(row.words).section(QLatin1Char(' '), 0, 0);
}

// Where the sub-command stands among a family's arguments, or -1: options
// (and the values of those that take one) may come before it.
qsizetype subCommandAt(const QStringList &arguments, const QSet<QString> &takingValues)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (a.size() < 2 || !a.startsWith(QLatin1Char('-')))
            return i;
        const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        if (takingValues.contains(name))
            ++i;
    }
    return -1;
}

} // namespace

CommandTable::CommandTable()
{
    for (const QList<Command> &family :
        { validateCommands(), caseCommands(), loaCommands(), loaFileCommands(), loaProviderCommands(), inventoryCommands(),
            directoryCommands(), clockCommands(), storeCommands(), teamCommands(),
            notifyCommands() })
        m_rows += family;
}

bool CommandTable::hasFamily(const QString &word) const
{
    return std::any_of(
        m_rows.cbegin(), m_rows.cend(), [&](const Command &row) { return familyOf(row) == word; });
}

const Command *CommandTable::find(const QStringList &words, QStringList *arguments) const
{
    const QString family = words.first();
    *arguments = words.mid(1);
    QSet<QString> takingValues;
    for (const Command &row : m_rows) {
        if (familyOf(row) != family)
            continue;
        for (const Command::Option &option : row.options)
            if (option.value)
                takingValues.insert(QString::fromLatin1(option.name));
    }
    const qsizetype at = subCommandAt(*arguments, takingValues);
    const QString named = family + QLatin1Char(' ') + arguments->value(at);
    for (const Command &row : m_rows) {
        if (at >= 0 && named == QLatin1String(row.words)) {
            arguments->removeAt(at);
            return &row;
        }
    }
    for (const Command &row : m_rows)
        if (family == QLatin1String(row.words))
            return &row;
    return nullptr;
}

QStringList CommandTable::takeGlobalOptions(
    QStringList *words, const QHash<QString, bool> &globals) const
{
    const QString family = words->first();
    QSet<QString> own;
    QSet<QString> takingValues;
    bool asGiven = false;
    for (const Command &row : m_rows) {
        if (familyOf(row) != family)
            continue;
        asGiven = asGiven || row.arguments == Command::Arguments::AsGiven;
        for (const Command::Option &option : row.options) {
            own.insert(QString::fromLatin1(option.name));
            if (option.value)
                takingValues.insert(QString::fromLatin1(option.name));
        }
    }
    QStringList taken;
    for (qsizetype i = 1; i < words->size();) {
        const QString a = words->at(i);
        if (a == QLatin1String("--"))
            break;
        const bool dashes = a.startsWith(QLatin1String("--"));
        const QString name = a.mid(dashes ? 2 : 1).section(QLatin1Char('='), 0, 0);
        if (dashes && globals.contains(name) && !own.contains(name)) {
            taken << words->takeAt(i);
            if (globals.value(name) && !a.contains(QLatin1Char('=')) && i < words->size())
                taken << words->takeAt(i);
            continue;
        }
        // A command's option and its value: the value is never a global option.
        const bool option = !asGiven && a.size() > 1 && a.startsWith(QLatin1Char('-'));
        i += option && !a.contains(QLatin1Char('=')) && takingValues.contains(name) ? 2 : 1;
    }
    return taken;
}

int CommandTable::run(CliContext &ctx, const QStringList &words) const
{
    QStringList arguments;
    const Command *row = find(words, &arguments);
    if (!row)
        return BadUsage;
    CommandCall call(ctx, *row, arguments);
    int status = Done;
    if (call.answered(&status))
        return status;
    return row->run(ctx, call);
}

} // namespace portdesk::cli
