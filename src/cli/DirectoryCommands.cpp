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

const char kVoiceConnectorHelp[] = R"(Usage: portdesk-cli voice-connector create NAME [--region R] [--encryption]
       portdesk-cli voice-connector edit NAME [--name NEW] [--region R]
                                     [--encryption | --no-encryption]
       portdesk-cli voice-connector delete NAME
       portdesk-cli voice-connector list

A Voice Connector port needs its Voice Connector first. Default region:
us-east-1. A connector with numbers assigned cannot be deleted; one that
an open port-in names cannot be renamed or deleted.
)";

const char kUserHelp[] = R"(Usage: portdesk-cli user add EMAIL [--name NAME]
       portdesk-cli user edit EMAIL [--email NEW] [--name NAME]
       portdesk-cli user list [--contains TEXT]

The Business Calling users numbers are assigned to. Emails are unique
(ignoring case); inventory assign --user creates a user that is new.
)";

} // namespace

int cmdVoiceConnector(CliContext &ctx, const QStringList &args)
{
    const QString help = QString::fromUtf8(kVoiceConnectorHelp);
    CommandParser p(help, { { "region", "R" }, { "encryption" }, { "no-encryption" }, { "name", "NEW" } });
    int answer = Done;
    if (p.answered(ctx, args, &answer))
        return answer;
    const QStringList pos = p.parser.positionalArguments();
    if (pos.value(0) == QLatin1String("create")) {
        if (pos.size() != 2)
            return ctx.usage(QCoreApplication::translate("CliApp", "voice-connector create needs a name."), help);
        if (const int status = ctx.openStore())
            return status;
        const QString region = p.parser.isSet(QStringLiteral("region")) ? p.parser.value(QStringLiteral("region"))
                                                                        : QStringLiteral("us-east-1");
        const ChangeResult result = ctx.service->directory.createVoiceConnector(
            pos.at(1), region, p.parser.isSet(QStringLiteral("encryption")));
        const int code = reportResult(result, ctx.err);
        if (code == Done && ctx.json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), result.id}, {QStringLiteral("name"), pos.at(1)}})
                         .toJson(QJsonDocument::Compact) << '\n';
        return code;
    }
    if (pos.value(0) == QLatin1String("edit") || pos.value(0) == QLatin1String("delete")) {
        const bool edit = pos.value(0) == QLatin1String("edit");
        if (pos.size() != 2)
            return ctx.usage(QCoreApplication::translate("CliApp", "voice-connector %1 needs the connector's name.").arg(pos.value(0)), help);
        if (p.parser.isSet(QStringLiteral("encryption")) && p.parser.isSet(QStringLiteral("no-encryption")))
            return ctx.usage(QCoreApplication::translate("CliApp", "Give --encryption or --no-encryption, not both."), help);
        if (const int status = ctx.openStore())
            return status;
        StoreStatus status;
        VoiceConnector current;
        if (!ctx.service->directory.findVoiceConnector(pos.at(1), &current, &status)) {
            if (!status.ok())
                return ctx.storeFailure(status.message);
            ctx.err << QCoreApplication::translate("CliApp", "There is no Voice Connector named \"%1\".").arg(pos.at(1))
                  << " [voiceConnector.not-found]\n";
            return Refused;
        }
        if (!edit)
            return reportResult(ctx.service->directory.deleteVoiceConnector(current.id), ctx.err);
        const QString name = p.parser.isSet(QStringLiteral("name")) ? p.parser.value(QStringLiteral("name")) : current.name;
        const QString region = p.parser.isSet(QStringLiteral("region")) ? p.parser.value(QStringLiteral("region")) : current.region;
        const bool encryption = p.parser.isSet(QStringLiteral("encryption"))
            || (current.encryption && !p.parser.isSet(QStringLiteral("no-encryption")));
        return reportResult(ctx.service->directory.editVoiceConnector(current.id, name, region, encryption), ctx.err);
    }
    if (pos.value(0) == QLatin1String("list")) {
        if (const int status = ctx.openStore())
            return status;
        StoreStatus status;
        const QList<VoiceConnector> list = ctx.service->directory.listVoiceConnectors(&status);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        QJsonArray json;
        for (const VoiceConnector &vc : list) {
            if (ctx.json)
                json.append(QJsonObject{{QStringLiteral("id"), vc.id},
                                        {QStringLiteral("name"), vc.name},
                                        {QStringLiteral("region"), vc.region},
                                        {QStringLiteral("encryption"), vc.encryption},
                                        {QStringLiteral("numbers"), vc.numberCount},
                                        {QStringLiteral("createdAt"), isoOrNull(vc.createdAt)}});
            else
                ctx.out << vc.name << '\t' << vc.region << '\t'
                      << (vc.encryption ? QCoreApplication::translate("CliApp", "encrypted") : QCoreApplication::translate("CliApp", "unencrypted"))
                      << '\t' << QCoreApplication::translate("CliApp", "%n number(s)", nullptr, vc.numberCount) << '\n';
        }
        if (ctx.json)
            ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Done;
    }
    return ctx.usage(QCoreApplication::translate("CliApp", "voice-connector needs: create, edit, delete or list."), help);
}

int cmdUser(CliContext &ctx, const QStringList &args)
{
    const QString help = QString::fromUtf8(kUserHelp);
    CommandParser p(help, { { "name", "NAME" }, { "email", "NEW" }, { "contains", "TEXT" } });
    int answer = Done;
    if (p.answered(ctx, args, &answer))
        return answer;
    const QStringList pos = p.parser.positionalArguments();
    const QString sub = pos.value(0);
    if (sub == QLatin1String("add")) {
        if (pos.size() != 2)
            return ctx.usage(QCoreApplication::translate("CliApp", "user add needs an email address."), help);
        if (const int status = ctx.openStore())
            return status;
        const ChangeResult result = ctx.service->directory.addUser(pos.at(1), p.parser.value(QStringLiteral("name")));
        const int code = reportResult(result, ctx.err);
        if (code == Done && ctx.json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), result.id}}).toJson(QJsonDocument::Compact) << '\n';
        return code;
    }
    if (sub == QLatin1String("edit")) {
        if (pos.size() != 2)
            return ctx.usage(QCoreApplication::translate("CliApp", "user edit needs the user's email address."), help);
        if (const int status = ctx.openStore())
            return status;
        StoreStatus status;
        const QList<User> users = ctx.service->directory.listUsers(pos.at(1), &status);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        const QString key = pos.at(1).trimmed().toLower();
        const auto it = std::find_if(users.cbegin(), users.cend(), [&](const User &u) { return u.email == key; });
        if (it == users.cend()) {
            ctx.err << QCoreApplication::translate("CliApp", "There is no user with the email address %1.").arg(key)
                  << " [user.not-found]\n";
            return Refused;
        }
        const QString email = p.parser.isSet(QStringLiteral("email")) ? p.parser.value(QStringLiteral("email")) : it->email;
        const QString name = p.parser.isSet(QStringLiteral("name")) ? p.parser.value(QStringLiteral("name")) : it->name;
        return reportResult(ctx.service->directory.editUser(it->id, email, name), ctx.err);
    }
    if (sub == QLatin1String("list")) {
        if (const int status = ctx.openStore())
            return status;
        StoreStatus status;
        const QList<User> users = ctx.service->directory.listUsers(p.parser.value(QStringLiteral("contains")), &status);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        QJsonArray json;
        for (const User &u : users) {
            if (ctx.json)
                json.append(QJsonObject{{QStringLiteral("id"), u.id},
                                        {QStringLiteral("email"), u.email},
                                        {QStringLiteral("name"), u.name},
                                        {QStringLiteral("numbers"), u.numberCount},
                                        {QStringLiteral("createdAt"), isoOrNull(u.createdAt)}});
            else
                ctx.out << u.email << '\t' << (u.name.isEmpty() ? QStringLiteral("-") : u.name) << '\t'
                      << QCoreApplication::translate("CliApp", "%n number(s)", nullptr, u.numberCount) << '\n';
        }
        if (ctx.json)
            ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Done;
    }
    return ctx.usage(QCoreApplication::translate("CliApp", "user needs: add, edit or list."), help);
}

} // namespace portdesk::cli
