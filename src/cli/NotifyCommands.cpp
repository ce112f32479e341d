// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "core/Clock.h"
#include "core/Notification.h"
#include "core/RequestValidator.h"
#include "notify/NotifySettings.h"
#include "notify/SmtpMailer.h"
#include "service/NotificationService.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace portdesk::cli {

namespace {

const char kNotifyHelp[] = QT_TRANSLATE_NOOP("CliApp",
    R"(Usage: portdesk-cli [--now ISO] [--json] notify send [--limit N]
       portdesk-cli [--json] notify list [--pending] [--limit N]
       portdesk-cli notify opt-out KIND --email E
       portdesk-cli notify opt-in KIND --email E
       portdesk-cli [--json] notify opt-outs
       portdesk-cli [--json] notify settings [--server URL] [--sender ADDR] [--user U]
           [--password-file F] [--starttls required|optional|off]
           [--support-address A] [--timeout SECONDS]

Email notifications. Every case event that concerns someone puts a message
in the store's outbox, in the event's own transaction: to the case's admin
(and the account's admins on a team store) when the numbers are portable
or not, the LOA is requested, a change is requested, the FOC is set, the
numbers are in the inventory, the port is completed or a port-out PIN is
issued; to every admin of the account on a port-out request; to support on
a submission, an LOA submitted and a FOC confirmed. No message holds a PIN,
an account number or a port-out account ID.

send      sends what is due over SMTP (the settings below) and prints the
          counts: sent, failed (tried again later: after 1, 2, 4 ... minutes,
          at most an hour), gave up (after 10 attempts), pending. For cron or
          the systemd timer portdesk-notify.timer. Two senders never send the
          same message.
list      the outbox: id, case, kind, recipient, status (sent, pending,
          gave-up), attempts, next attempt, last error; --pending: unsent only.
opt-out   KIND --email E: E gets no more messages of KIND; opt-in undoes it.
          KIND is one of: portable, not-portable, loa-requested,
          change-requested, foc-set, in-inventory, completed, pin-issued,
          port-out-requested, submitted, loa-submitted, foc-confirmed.
opt-outs  every opt-out of the store.
settings  this machine's SMTP settings, shared with the PortDesk app;
          without options, prints them.
  --server URL          smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT]
  --sender ADDR         the From address
  --user U              the SMTP login (an empty value: no authentication)
  --password-file F     a file readable by you alone (chmod 600) whose first
                        line is the password; its path is kept, never the
                        password. Or set PORTDESK_SMTP_PASSWORD.
  --starttls MODE       required (the default), optional or off (smtp:// only)
  --support-address A   support's address on a store without support members
  --timeout SECONDS     connect timeout (the whole message: twice that)

Rules (exit 1): notify.unknown-kind, notify.bad-email, notify.bad-server,
notify.bad-starttls, notify.password-file, notify.not-configured.
)");

int notifyNeeds(CliContext &, const CommandCall &call)
{
    return call.usage(QCoreApplication::translate(
        "CliApp", "notify needs: send, list, opt-out, opt-in, opt-outs or settings"));
}

int refuse(CliContext &ctx, const Violations &violations)
{
    return reportViolations(ctx, violations);
}

bool limitOf(const CommandCall &call, int *limit)
{
    *limit = 0;
    if (!call.isSet("limit"))
        return true;
    bool ok = false;
    *limit = call.value("limit").toInt(&ok);
    return ok && *limit > 0;
}

QString statusOf(const OutboxMessage &m)
{
    if (m.sentAt.isValid())
        return QStringLiteral("sent");
    return m.attempts >= NotificationService::maxAttempts ? QStringLiteral("gave-up")
                                                           : QStringLiteral("pending");
}

int notifySend(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(
            QCoreApplication::translate("CliApp", "notify send takes no arguments."));
    int limit = 0;
    if (!limitOf(call, &limit))
        return call.usage(QCoreApplication::translate("CliApp", "--limit needs a positive number."));
    const NotifySettings settings = NotifySettings::load();
    if (!settings.configured()) {
        return refuse(ctx,
            { Violation::error(QStringLiteral("server"), "notify.not-configured",
                QCoreApplication::translate("CliApp",
                    "No SMTP server is set: portdesk-cli notify settings --server URL --sender "
                    "ADDR first.")) });
    }
    QString password;
    QString error;
    if (!settings.password(&password, &error))
        return refuse(ctx,
            { Violation::error(QStringLiteral("password-file"), "notify.password-file", error) });
    if (const int status = ctx.openStore())
        return status;
    SmtpMailer mailer(settings, password);
    NotificationService notifications(*ctx.store);
    const SendReport report = notifications.sendDue(mailer, Clock::now(), limit);
    if (!report.status.ok())
        return ctx.storeFailure(report.status);
    if (ctx.json) {
        writeJson(ctx.out,
            QJsonObject { { QStringLiteral("sent"), report.sent },
                { QStringLiteral("failed"), report.failed },
                { QStringLiteral("gaveUp"), report.gaveUp },
                { QStringLiteral("pending"), report.pending } },
            QJsonDocument::Compact);
    } else {
        ctx.out << QCoreApplication::translate(
            "CliApp", "sent %1, failed %2, gave up %3, pending %4")
                       .arg(report.sent)
                       .arg(report.failed)
                       .arg(report.gaveUp)
                       .arg(report.pending)
                << '\n';
    }
    if (report.failed + report.gaveUp > 0) {
        ctx.err << QCoreApplication::translate(
            "CliApp", "Some messages did not go; portdesk-cli notify list --pending says why.")
                << '\n';
    }
    return Done;
}

int notifyList(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(
            QCoreApplication::translate("CliApp", "notify list takes no arguments."));
    int limit = 0;
    if (!limitOf(call, &limit))
        return call.usage(QCoreApplication::translate("CliApp", "--limit needs a positive number."));
    const bool pending = call.isSet("pending");
    return listFromStore(
        ctx,
        [&](StoreStatus *status) {
            return NotificationService(*ctx.store).list(pending, limit, status);
        },
        QJsonDocument::Compact,
        [](const OutboxMessage &m) {
            return QJsonObject { { QStringLiteral("id"), m.id },
                { QStringLiteral("caseId"), orNull(m.caseId) },
                { QStringLiteral("kind"), m.kind }, { QStringLiteral("recipient"), m.recipient },
                { QStringLiteral("subject"), m.subject }, { QStringLiteral("status"), statusOf(m) },
                { QStringLiteral("attempts"), m.attempts },
                { QStringLiteral("createdAt"), isoOrNull(m.createdAt) },
                { QStringLiteral("nextAttemptAt"),
                    m.sentAt.isValid() ? QJsonValue() : isoOrNull(m.nextAttemptAt) },
                { QStringLiteral("sentAt"), isoOrNull(m.sentAt) },
                { QStringLiteral("lastError"), orNull(m.lastError) } };
        },
        [](QTextStream &out, const OutboxMessage &m) {
            out << m.id << '\t' << (m.caseId > 0 ? QString::number(m.caseId) : QStringLiteral("-"))
                << '\t' << m.kind << '\t' << m.recipient << '\t' << statusOf(m) << '\t'
                << m.attempts << '\t'
                << (m.sentAt.isValid() ? iso(m.sentAt) : iso(m.nextAttemptAt)) << '\t'
                << (m.lastError.isEmpty() ? QStringLiteral("-") : m.lastError) << '\n';
        });
}

int notifyOpt(CliContext &ctx, const CommandCall &call, bool out)
{
    if (call.positional().size() != 1 || !call.isSet("email"))
        return call.usage(QCoreApplication::translate(
            "CliApp", "notify opt-out and opt-in need a KIND and --email E."));
    if (const int status = ctx.openStore())
        return status;
    NotificationService notifications(*ctx.store);
    const QString kind = call.positional().first();
    const QString email = call.value("email");
    const ChangeResult result
        = out ? notifications.optOut(kind, email) : notifications.optIn(kind, email);
    return reportChange(ctx, result,
        QJsonObject { { QStringLiteral("kind"), kind },
            { QStringLiteral("email"), email.trimmed().toLower() },
            { QStringLiteral("optedOut"), out } },
        QString());
}

int notifyOptOut(CliContext &ctx, const CommandCall &call)
{
    return notifyOpt(ctx, call, true);
}

int notifyOptIn(CliContext &ctx, const CommandCall &call)
{
    return notifyOpt(ctx, call, false);
}

int notifyOptOuts(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(
            QCoreApplication::translate("CliApp", "notify opt-outs takes no arguments."));
    return listFromStore(
        ctx,
        [&](StoreStatus *status) { return NotificationService(*ctx.store).optOuts(status); },
        QJsonDocument::Compact,
        [](const OptOut &o) {
            return QJsonObject { { QStringLiteral("email"), o.email },
                { QStringLiteral("kind"), o.kind } };
        },
        [](QTextStream &out, const OptOut &o) { out << o.email << '\t' << o.kind << '\n'; });
}

QJsonObject settingsJson(const NotifySettings &s)
{
    return QJsonObject { { QStringLiteral("server"), orNull(s.url) },
        { QStringLiteral("sender"), orNull(s.sender) }, { QStringLiteral("user"), orNull(s.user) },
        { QStringLiteral("passwordFile"), orNull(s.passwordFile) },
        { QStringLiteral("starttls"), NotifySettings::toString(s.startTls) },
        // The same in the camelCase of every other key ("starttls" stays for
        // the scripts that read it).
        { QStringLiteral("startTls"), NotifySettings::toString(s.startTls) },
        { QStringLiteral("supportAddress"), orNull(s.supportAddress) },
        { QStringLiteral("timeoutSeconds"), s.timeoutSeconds },
        { QStringLiteral("configured"), s.configured() } };
}

int notifySettings(CliContext &ctx, const CommandCall &call)
{
    if (!call.positional().isEmpty())
        return call.usage(QCoreApplication::translate(
            "CliApp", "notify settings takes no arguments, only options."));
    NotifySettings s = NotifySettings::load();
    Violations violations;
    const auto bad = [&violations](const char *field, const char *rule, const QString &message) {
        violations.append(Violation::error(QLatin1String(field), rule, message));
    };
    if (call.isSet("server")) {
        s.url = call.value("server").trimmed();
        const QString problem = s.url.isEmpty() ? QString() : NotifySettings::checkUrl(s.url);
        if (!problem.isEmpty())
            bad("server", "notify.bad-server", problem);
    }
    if (call.isSet("sender")) {
        s.sender = call.value("sender").trimmed();
        if (!s.sender.isEmpty() && !RequestValidator::isValidEmail(s.sender))
            bad("sender", "notify.bad-email",
                QCoreApplication::translate("CliApp", "--sender \"%1\" is not a valid email address.")
                    .arg(s.sender));
    }
    if (call.isSet("support-address")) {
        s.supportAddress = call.value("support-address").trimmed();
        if (!s.supportAddress.isEmpty() && !RequestValidator::isValidEmail(s.supportAddress))
            bad("support-address", "notify.bad-email",
                QCoreApplication::translate(
                    "CliApp", "--support-address \"%1\" is not a valid email address.")
                    .arg(s.supportAddress));
    }
    if (call.isSet("user"))
        s.user = call.value("user").trimmed();
    if (call.isSet("password-file")) {
        const QString file = call.value("password-file").trimmed();
        s.passwordFile = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
        if (file == QLatin1String("-")) {
            // The file is read at every send, long after this run's input.
            bad("password-file", "notify.password-file",
                QCoreApplication::translate("CliApp",
                    "--password-file names a file that every notify send reads again; standard "
                    "input (-) cannot be kept: give the file's path."));
        } else if (!s.passwordFile.isEmpty()) {
            // Checked now as a send would: missing, or readable by others.
            QString password;
            QString error;
            if (!NotifySettings::readPasswordFile(s.passwordFile, &password, &error))
                bad("password-file", "notify.password-file", error);
        }
    }
    if (call.isSet("starttls")
        && !NotifySettings::startTlsFromString(call.value("starttls").trimmed(), &s.startTls))
        bad("starttls", "notify.bad-starttls",
            QCoreApplication::translate(
                "CliApp", "--starttls is one of required, optional and off, not \"%1\".")
                .arg(call.value("starttls")));
    if (call.isSet("timeout")) {
        bool ok = false;
        const int seconds = call.value("timeout").toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return call.usage(QCoreApplication::translate(
                "CliApp", "--timeout needs a number of seconds from 1 to 600."));
        s.timeoutSeconds = seconds;
    }
    if (!violations.isEmpty())
        return refuse(ctx, violations); // nothing saved
    const bool setting = call.isSet("server") || call.isSet("sender") || call.isSet("user")
        || call.isSet("password-file") || call.isSet("starttls") || call.isSet("support-address")
        || call.isSet("timeout");
    if (setting)
        s.save();
    const NotifySettings shown = NotifySettings::load();
    if (ctx.json) {
        writeJson(ctx.out, settingsJson(shown), QJsonDocument::Compact);
        return Done;
    }
    const auto line = [&ctx](const char *name, const QString &value) {
        ctx.out << QCoreApplication::translate("CliApp", name) << '\t'
                << (value.isEmpty() ? QStringLiteral("-") : value) << '\n';
    };
    line(QT_TRANSLATE_NOOP("CliApp", "server"), shown.url);
    line(QT_TRANSLATE_NOOP("CliApp", "sender"), shown.sender);
    line(QT_TRANSLATE_NOOP("CliApp", "user"), shown.user);
    line(QT_TRANSLATE_NOOP("CliApp", "password file"), shown.passwordFile);
    line(QT_TRANSLATE_NOOP("CliApp", "starttls"), NotifySettings::toString(shown.startTls));
    line(QT_TRANSLATE_NOOP("CliApp", "support address"), shown.supportAddress);
    line(QT_TRANSLATE_NOOP("CliApp", "timeout"), QString::number(shown.timeoutSeconds));
    return Done;
}

} // namespace

QList<Command> notifyCommands()
{
    const QList<Command::Option> options { { "limit", "N" }, { "pending" }, { "email", "E" },
        { "server", "URL" }, { "sender", "ADDR" }, { "user", "U" }, { "password-file", "F" },
        { "starttls", "MODE" }, { "support-address", "A" }, { "timeout", "SECONDS" } };
    return Command::family(kNotifyHelp, options,
        { { "notify", notifyNeeds }, { "notify send", notifySend }, { "notify list", notifyList },
            { "notify opt-out", notifyOptOut }, { "notify opt-in", notifyOptIn },
            { "notify opt-outs", notifyOptOuts }, { "notify settings", notifySettings } });
}

} // namespace portdesk::cli
