// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "core/PhoneNumber.h"

#include <QCoreApplication>

#include <algorithm>

namespace portdesk::cli {

namespace {

const char kValidateHelp[] = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli validate NUMBER...

Checks each number: one line each with its E.164 form (or the input when it
cannot be read), the verdict (valid, toll-free or refused) and the reason.
Area codes and countries follow today's numbering plan: the data compiled
into PortDesk (with --json, each row's "numberingData" names its version).
Exit status 1 when any number is refused.
)");

QString verdictOf(const NumberCheck &c)
{
    return !c.ok ? QStringLiteral("refused")
                 : (c.tollFree ? QStringLiteral("toll-free") : QStringLiteral("valid"));
}

// The input as a line shows it: a number too long to be one is cut, and a
// control character (which would garble the terminal) shown as U+FFFD.
QString shownInput(const NumberCheck &c)
{
    if (c.rule == QLatin1String("number.too-long"))
        return c.input.trimmed().left(12) + QStringLiteral("…");
    QString shown = c.input;
    for (QChar &ch : shown)
        if (ch.unicode() < 0x20 || (ch.unicode() >= 0x7f && ch.unicode() < 0xa0))
            ch = QChar::ReplacementCharacter;
    return shown;
}

int validate(CliContext &ctx, const CommandCall &call)
{
    const QStringList numbers = call.arguments();
    if (numbers.isEmpty())
        return call.usage(
            QCoreApplication::translate("CliApp", "validate needs at least one number."));
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(numbers);
    // Which numbering plan judged them: each row says so (the output stays a list).
    const NumberingDataSource source = PhoneNumbers::numberingData();
    const QJsonObject numberingData { { QStringLiteral("source"), source.source },
        { QStringLiteral("version"), orNull(source.version) },
        { QStringLiteral("metadataVersion"), orNull(source.metadataVersion) },
        { QStringLiteral("date"), orNull(source.published) } };
    writeRows(
        ctx, checks, QJsonDocument::Compact,
        [&numberingData](const NumberCheck &c) {
            return QJsonObject { { QStringLiteral("input"), c.input },
                { QStringLiteral("e164"), orNull(c.e164) },
                { QStringLiteral("verdict"), verdictOf(c) }, { QStringLiteral("valid"), c.ok },
                { QStringLiteral("tollFree"), c.tollFree }, { QStringLiteral("region"), c.region },
                { QStringLiteral("rule"), orNull(c.rule) },
                { QStringLiteral("reason"), orNull(c.message) },
                { QStringLiteral("numberingData"), numberingData } };
        },
        [](QTextStream &out, const NumberCheck &c) {
            // A number of another NANP region names its region; a US one says nothing more.
            const QString region
                = c.region == QLatin1String("US") ? QString() : PhoneNumbers::regionName(c.region);
            out << (c.e164.isEmpty() ? shownInput(c) : c.e164) << '\t' << verdictOf(c) << '\t'
                << (c.ok ? region : c.message + QStringLiteral(" [") + c.rule + QLatin1Char(']'))
                << '\n';
        });
    // Under --json the refusals are also the errors of stderr's object (the
    // text keeps them on stdout only, as ever).
    if (ctx.json)
        for (const NumberCheck &c : checks)
            if (!c.ok)
                ctx.report(Violation { shownInput(c), c.rule, c.message });
    const bool anyRefused
        = std::any_of(checks.cbegin(), checks.cend(), [](const NumberCheck &c) { return !c.ok; });
    return anyRefused ? Refused : Done;
}

} // namespace

QList<Command> validateCommands()
{
    // Numbers may start with a dash: the arguments are validate's own.
    return Command::family(
        kValidateHelp, {}, { { "validate", validate } }, Command::Arguments::AsGiven);
}

} // namespace portdesk::cli
