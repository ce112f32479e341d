// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "service/Services.h"

#include <QCoreApplication>

#include <algorithm>

namespace portdesk::cli {

namespace {

const char kVoiceConnectorHelp[] = QT_TRANSLATE_NOOP(
    "CliApp", R"(Usage: portdesk-cli voice-connector create NAME [--region R] [--encryption]
       portdesk-cli voice-connector edit NAME [--name NEW] [--region R]
                                     [--encryption | --no-encryption]
       portdesk-cli voice-connector delete NAME
       portdesk-cli voice-connector list

A Voice Connector port needs its Voice Connector first. Default region:
us-east-1. A connector with numbers assigned cannot be deleted; one that
an open port-in names cannot be renamed or deleted.
)");

const char kUserHelp[]
    = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli user add EMAIL [--name NAME]
       portdesk-cli user edit EMAIL [--email NEW] [--name NAME]
       portdesk-cli user list [--contains TEXT]

The Business Calling users numbers are assigned to. Emails are unique
(ignoring case); inventory assign --user creates a user that is new.
)");

QString numbersText(int count)
{
    return QCoreApplication::translate("CliApp", "%n number(s)", nullptr, count);
}

// voice-connector alone, or with a sub-command it does not have.
int voiceConnectorNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(QCoreApplication::translate(
        "CliApp", "voice-connector needs: create, edit, delete or list."));
}

int voiceConnectorCreate(CliContext &ctx, const CommandCall &call)
{
    if (const int status = call.openStore(
            1, QCoreApplication::translate("CliApp", "voice-connector create needs a name.")))
        return status;
    const QString name = call.positional().first();
    const QString region
        = call.isSet("region") ? call.value("region") : QStringLiteral("us-east-1");
    const ChangeResult result
        = ctx.service->directory.createVoiceConnector(name, region, call.isSet("encryption"));
    return reportChange(ctx, result,
        QJsonObject { { QStringLiteral("id"), result.id }, { QStringLiteral("name"), name } },
        QString());
}

// edit and delete: the connector by its name, then the change.
int voiceConnectorEdit(CliContext &ctx, const CommandCall &call)
{
    if (call.positional().size() != 1)
        return call.usage(
            QCoreApplication::translate("CliApp", "voice-connector %1 needs the connector's name.")
                .arg(call.word()));
    if (call.isSet("encryption") && call.isSet("no-encryption"))
        return call.usage(QCoreApplication::translate(
            "CliApp", "Give --encryption or --no-encryption, not both."));
    if (const int status = ctx.openStore())
        return status;
    StoreStatus status;
    VoiceConnector current;
    if (!ctx.service->directory.findVoiceConnector(call.positional().first(), &current, &status)) {
        if (!status.ok())
            return ctx.storeFailure(status);
        ctx.err << QCoreApplication::translate(
            "CliApp", "There is no Voice Connector named \"%1\".")
                       .arg(call.positional().first())
                << " [voiceConnector.not-found]\n";
        return Refused;
    }
    if (call.word() == QLatin1String("delete"))
        return reportResult(ctx, ctx.service->directory.deleteVoiceConnector(current.id));
    const QString name = call.isSet("name") ? call.value("name") : current.name;
    const QString region = call.isSet("region") ? call.value("region") : current.region;
    const bool encryption
        = call.isSet("encryption") || (current.encryption && !call.isSet("no-encryption"));
    return reportResult(ctx, 
        ctx.service->directory.editVoiceConnector(current.id, name, region, encryption));
}

int voiceConnectorList(CliContext &ctx, const CommandCall &)
{
    return listFromStore(
        ctx,
        [&](StoreStatus *status) { return ctx.service->directory.listVoiceConnectors(status); },
        QJsonDocument::Compact,
        [](const VoiceConnector &vc) {
            return QJsonObject { { QStringLiteral("id"), vc.id },
                { QStringLiteral("name"), vc.name }, { QStringLiteral("region"), vc.region },
                { QStringLiteral("encryption"), vc.encryption },
                { QStringLiteral("numbers"), vc.numberCount },
                { QStringLiteral("createdAt"), isoOrNull(vc.createdAt) } };
        },
        [](QTextStream &out, const VoiceConnector &vc) {
            out << vc.name << '\t' << vc.region << '\t'
                << (vc.encryption ? QCoreApplication::translate("CliApp", "encrypted")
                                  : QCoreApplication::translate("CliApp", "unencrypted"))
                << '\t' << numbersText(vc.numberCount) << '\n';
        });
}

// user alone, or with a sub-command it does not have.
int userNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(QCoreApplication::translate("CliApp", "user needs: add, edit or list."));
}

int userAdd(CliContext &ctx, const CommandCall &call)
{
    if (const int status = call.openStore(
            1, QCoreApplication::translate("CliApp", "user add needs an email address.")))
        return status;
    const ChangeResult result
        = ctx.service->directory.addUser(call.positional().first(), call.value("name"));
    return reportChange(
        ctx, result, QJsonObject { { QStringLiteral("id"), result.id } }, QString());
}

int userEdit(CliContext &ctx, const CommandCall &call)
{
    if (const int status = call.openStore(
            1, QCoreApplication::translate("CliApp", "user edit needs the user's email address.")))
        return status;
    StoreStatus status;
    const QList<User> users = ctx.service->directory.listUsers(call.positional().first(), &status);
    if (!status.ok())
        return ctx.storeFailure(status);
    const QString key = call.positional().first().trimmed().toLower();
    const auto it
        = std::find_if(users.cbegin(), users.cend(), [&](const User &u) { return u.email == key; });
    if (it == users.cend()) {
        ctx.err << QCoreApplication::translate(
            "CliApp", "There is no user with the email address %1.")
                       .arg(key)
                << " [user.not-found]\n";
        return Refused;
    }
    const QString email = call.isSet("email") ? call.value("email") : it->email;
    const QString name = call.isSet("name") ? call.value("name") : it->name;
    return reportResult(ctx, ctx.service->directory.editUser(it->id, email, name));
}

int userList(CliContext &ctx, const CommandCall &call)
{
    return listFromStore(
        ctx,
        [&](StoreStatus *status) {
            return ctx.service->directory.listUsers(call.value("contains"), status);
        },
        QJsonDocument::Compact,
        [](const User &u) {
            return QJsonObject { { QStringLiteral("id"), u.id },
                { QStringLiteral("email"), u.email }, { QStringLiteral("name"), u.name },
                { QStringLiteral("numbers"), u.numberCount },
                { QStringLiteral("createdAt"), isoOrNull(u.createdAt) } };
        },
        [](QTextStream &out, const User &u) {
            out << u.email << '\t' << (u.name.isEmpty() ? QStringLiteral("-") : u.name) << '\t'
                << numbersText(u.numberCount) << '\n';
        });
}

} // namespace

QList<Command> directoryCommands()
{
    const QList<Command::Option> connectorOptions { { "region", "R" }, { "encryption" },
        { "no-encryption" }, { "name", "NEW" } };
    const QList<Command::Option> userOptions { { "name", "NAME" }, { "email", "NEW" },
        { "contains", "TEXT" } };
    return Command::family(kVoiceConnectorHelp, connectorOptions,
               { { "voice-connector", voiceConnectorNeeds },
                   { "voice-connector create", voiceConnectorCreate },
                   { "voice-connector edit", voiceConnectorEdit },
                   { "voice-connector delete", voiceConnectorEdit },
                   { "voice-connector list", voiceConnectorList } })
        + Command::family(kUserHelp, userOptions,
            { { "user", userNeeds }, { "user add", userAdd }, { "user edit", userEdit },
                { "user list", userList } });
}

} // namespace portdesk::cli
