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

const char kClockHelp[] = R"(Usage: portdesk-cli [--now ISO] clock tick

Applies every transition that has come due, once: numbers enter the
inventory one day before the FOC, are activated at the FOC, ported-out
cases close when their numbers are deleted, and numbers (and files
deleted from a case) deleted more than 7 days ago are purged. Prints each
step applied: case, step (inventory, activate, close, purge, purge-file)
and detail (a number, a file name).
)";

} // namespace

int cmdClock(CliContext &ctx, const QStringList &args)
{
    const QString help = QString::fromUtf8(kClockHelp);
    if (args.contains(QStringLiteral("--help")))
        return ctx.out << help, Done;
    if (args != QStringList{QStringLiteral("tick")})
        return ctx.usage(QCoreApplication::translate("CliApp", "clock needs: tick"), help);
    QList<AppliedStep> steps;
    if (const int status = ctx.openStore(&steps))
        return status;
    QJsonArray json;
    for (const AppliedStep &s : steps) {
        if (ctx.json)
            json.append(QJsonObject{{QStringLiteral("caseId"), s.caseId > 0 ? QJsonValue(s.caseId) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("step"), s.what},
                                    {QStringLiteral("detail"), s.detail}});
        else
            ctx.out << (s.caseId > 0 ? QString::number(s.caseId) : QStringLiteral("-")) << '\t' << s.what
                  << (s.detail.isEmpty() ? QString() : QLatin1Char('\t') + s.detail) << '\n';
    }
    if (ctx.json)
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Done;
}

} // namespace portdesk::cli
