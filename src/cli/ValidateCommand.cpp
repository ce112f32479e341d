#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"

#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "core/Secret.h"
#include "documents/LoaContent.h"
#include "documents/LoaDocument.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace portdesk::cli {

namespace {

const char kValidateHelp[] = R"(Usage: portdesk-cli validate NUMBER...

Checks each number: one line each with its E.164 form (or the input when it
cannot be read), the verdict (valid, toll-free or refused) and the reason.
Exit status 1 when any number is refused.
)";

} // namespace

int cmdValidate(CliContext &ctx, const QStringList &args)
{
    const QString help = QString::fromUtf8(kValidateHelp);
    if (args.contains(QStringLiteral("--help")))
        return ctx.out << help, Done;
    if (args.isEmpty())
        return ctx.usage(QCoreApplication::translate("CliApp", "validate needs at least one number."), help);
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(args);
    bool anyRefused = false;
    QJsonArray json;
    for (const NumberCheck &c : checks) {
        anyRefused = anyRefused || !c.ok;
        const QString verdict = !c.ok ? QStringLiteral("refused")
                                      : (c.tollFree ? QStringLiteral("toll-free") : QStringLiteral("valid"));
        if (ctx.json) {
            json.append(QJsonObject{{QStringLiteral("input"), c.input},
                                    {QStringLiteral("e164"), c.e164.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.e164)},
                                    {QStringLiteral("verdict"), verdict},
                                    {QStringLiteral("valid"), c.ok},
                                    {QStringLiteral("tollFree"), c.tollFree},
                                    {QStringLiteral("region"), c.region},
                                    {QStringLiteral("rule"), c.rule.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.rule)},
                                    {QStringLiteral("reason"), c.message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.message)}});
        } else {
            ctx.out << (c.e164.isEmpty() ? c.input : c.e164) << '\t' << verdict << '\t'
                  << (c.ok ? (c.region == QLatin1String("US") ? QString() : PhoneNumbers::regionName(c.region))
                           : c.message + QStringLiteral(" [") + c.rule + QLatin1Char(']'))
                  << '\n';
        }
    }
    if (ctx.json)
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return anyRefused ? Refused : Done;
}

} // namespace portdesk::cli
