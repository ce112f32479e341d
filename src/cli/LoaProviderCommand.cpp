// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "documents/GainingProviderSettings.h"

#include <QCoreApplication>

namespace portdesk::cli {

namespace {

const char kProviderHelp[] = QT_TRANSLATE_NOOP("CliApp",
    R"(Usage: portdesk-cli loa provider [--name NAME] [--provider-id ID] [--contact TEXT]
       portdesk-cli loa provider --reset

The gaining provider every LOA names: the company the numbers move to (its
name in the authorization, with its provider ID and porting contact when
given). Kept in this machine's settings, shared with the PortDesk app; the
default is Amazon Chime. Without options, prints it; with options, sets
them (an empty value clears --provider-id or --contact; an empty --name
goes back to the default name).
  --name NAME          the gaining provider's company name
  --provider-id ID     optional: its provider ID (e.g. SPID/OCN, RespOrg ID)
  --contact TEXT       optional: its porting contact (phone or email)
  --reset              back to the default
)");

QJsonObject providerJson(const GainingProvider &p)
{
    return QJsonObject { { QStringLiteral("name"), p.name },
        { QStringLiteral("providerId"), orNull(p.providerId) },
        { QStringLiteral("contact"), orNull(p.contact) } };
}

int loaProvider(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(QCoreApplication::translate(
            "CliApp", "loa provider takes no arguments, only options."));
    const bool setting = call.isSet("name") || call.isSet("provider-id") || call.isSet("contact");
    if (call.isSet("reset")) {
        if (setting)
            return call.usage(QCoreApplication::translate(
                "CliApp", "--reset goes alone: it restores the default gaining provider."));
        GainingProviderSettings::reset();
    } else if (setting) {
        GainingProvider provider = GainingProviderSettings::load();
        if (call.isSet("name"))
            provider.name = call.value("name").trimmed();
        if (call.isSet("provider-id"))
            provider.providerId = call.value("provider-id").trimmed();
        if (call.isSet("contact"))
            provider.contact = call.value("contact").trimmed();
        GainingProviderSettings::save(provider);
    }
    const GainingProvider shown = GainingProviderSettings::load();
    if (ctx.json) {
        writeJson(ctx.out, providerJson(shown), QJsonDocument::Compact);
        return Done;
    }
    ctx.out << QCoreApplication::translate("CliApp", "name") << '\t' << shown.name << '\n'
            << QCoreApplication::translate("CliApp", "provider ID") << '\t'
            << (shown.providerId.isEmpty() ? QStringLiteral("-") : shown.providerId) << '\n'
            << QCoreApplication::translate("CliApp", "contact") << '\t'
            << (shown.contact.isEmpty() ? QStringLiteral("-") : shown.contact) << '\n';
    return Done;
}

} // namespace

QList<Command> loaProviderCommands()
{
    const QList<Command::Option> options { { "name", "NAME" }, { "provider-id", "ID" },
        { "contact", "TEXT" }, { "reset" } };
    return Command::family(kProviderHelp, options, { { "loa provider", loaProvider } });
}

} // namespace portdesk::cli
