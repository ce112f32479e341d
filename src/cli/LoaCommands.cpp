// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "documents/LoaContent.h"
#include "documents/GainingProviderSettings.h"
#include "documents/LoaDocument.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace portdesk::cli {

namespace {

const char kLoaHelp[]
    = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli loa export ID --out DIR [--lang en|es]
       portdesk-cli loa sign ID --name NAME --title TITLE [...]   (loa sign --help)
       portdesk-cli loa status ID
       portdesk-cli loa files ID | attach ID FILE [--kind K] | delete-file ID FILE_ID
                    | restore-file ID FILE_ID                 (loa files --help)

Writes one Letter of Authorization PDF per carrier group of a port-in case,
in any state, and prints each file's path. A group whose LOA is signed, and
still shows the request as it is, carries its newest signature; any other
group gets blank lines to sign by hand. The case's attachments are named.
  --lang en|es   the language of the letters (default: en)
)");

const char kLoaSignHelp[] = QT_TRANSLATE_NOOP(
    "CliApp", R"(Usage: portdesk-cli loa sign ID --name NAME --title TITLE [--carrier N|NAME]
                             [--signature PNG] [--request CORRECTED.json]
       portdesk-cli loa status ID

sign: the authorizing person signs the LOA of one carrier group (--carrier:
its number 1, 2, ... or its carrier's name; default: every group whose LOA
is not signed, expired or shows an older request) as the request stands, or
as CORRECTED.json will make it: after a change request, sign the corrected
LOAs with --request, then run case correct with the same file. Each
signature is a new version, good for 90 days; submit-loa needs every group
signed. Prints "carrier N: version V" for each LOA signed.
  --signature PNG   a drawn signature (PNG, at most 1 MiB; - reads it from
                    standard input, as bytes)
  --request FILE    the corrected request (- reads standard input; only one
                    of --signature and --request may read it)
status: each carrier group's LOA: unsigned, signed, expired or
needs-resigning, with its version, signer and validity, then whether
submit-loa may go ahead (and if not, why).
)");

// Opens the store and loads port-in case `id` (a port-out has no LOAs: 1).
int openPortIn(CliContext &ctx, qint64 id, CaseRecord *record)
{
    if (const int status = ctx.openStore())
        return status;
    if (const int status = ctx.loadCase(id, record))
        return status;
    if (record->kind != CaseKind::PortIn) {
        ctx.err << QCoreApplication::translate(
            "CliApp", "Case %1 is a port-out: LOAs belong to port-in cases.")
                       .arg(id)
                << '\n';
        return Refused;
    }
    return Done;
}

QString loaNeeds()
{
    return QCoreApplication::translate(
        "CliApp", "loa needs: export ID --out DIR, sign ID ... or status ID");
}

// loa alone, or with a sub-command it does not have.
int loaAlone(CliContext &, const CommandCall &call)
{
    return call.usage(loaNeeds());
}

// The signature a group's letter carries: only one that signed what the letter now shows.
LoaOptions groupOptions(const LoaOptions &options, const QList<LoaGroupStatus> &signing,
    const CaseRecord &record, int group)
{
    LoaOptions shown = options;
    for (const LoaGroupStatus &s : signing) {
        if (s.carrierIndex != group || !LoaContent::signatureFits(s, record.loaRequest()))
            continue;
        shown.version = s.version.version;
        shown.signature.name = s.version.signer.name;
        shown.signature.title = s.version.signer.title;
        shown.signature.drawing = QImage::fromData(s.version.signer.drawing, "PNG");
        shown.signature.signedAt = s.version.signedAt;
    }
    return shown;
}

int loaExport(CliContext &ctx, const CommandCall &call)
{
    qint64 id = 0;
    if (call.positional().size() != 1 || !parseId(call.positional().first(), &id)
        || !call.isSet("out"))
        return call.usage(loaNeeds());
    LoaOptions options;
    options.provider = GainingProviderSettings::load();
    if (call.isSet("lang") && !loaLanguageFromString(call.value("lang"), &options.language))
        return call.usage(QCoreApplication::translate("CliApp", "--lang is en or es, not \"%1\".")
                              .arg(call.value("lang")));
    CaseRecord record;
    if (const int status = openPortIn(ctx, id, &record))
        return status;
    // The LOA prints the account number and PIN the carrier checks.
    if (!ctx.service->secretsProblem().isEmpty()) {
        ctx.err << QCoreApplication::translate("CliApp",
                       "store.key-unavailable: no LOA is made: this store's account numbers and "
                       "PINs cannot be read with your key: %1")
                       .arg(ctx.service->secretsProblem())
                << '\n';
        return Refused;
    }
    StoreStatus status;
    options.attachmentNames = ctx.service->loas.attachmentNames(id, &status);
    if (!status.ok())
        return ctx.storeFailure(status);
    const QList<LoaGroupStatus> signing = ctx.service->loas.loaStatus(id, &status);
    if (!status.ok())
        return ctx.storeFailure(status);
    const QString dir = call.value("out");
    if (!QDir().mkpath(dir))
        return ctx.usage(
            QCoreApplication::translate("CliApp", "Cannot create the folder %1.").arg(dir),
            QString());
    QJsonArray files;
    // Only the numbers still porting: a rejected number is not asked for again.
    const PortInRequest shown = record.loaRequest();
    for (int i = 0; i < int(shown.carriers.size()); ++i) {
        const QString path = QDir(dir).filePath(LoaDocument::fileName(id, i));
        QString error;
        if (!LoaDocument::writePdf(
                shown, i, id, groupOptions(options, signing, record, i), path, &error)) {
            ctx.err << error << '\n';
            return Refused;
        }
        files.append(path);
        if (!ctx.json)
            ctx.out << path << '\n';
    }
    if (ctx.json)
        writeJson(ctx.out, files, QJsonDocument::Compact);
    return Done;
}

// The case id of loa sign and loa status, or bad usage.
int signingCase(const CommandCall &call, qint64 *id)
{
    if (call.positional().size() != 1 || !parseId(call.positional().first(), id))
        return call.usage(
            QCoreApplication::translate("CliApp", "loa %1 needs a case id (a positive integer).")
                .arg(call.word()));
    return Done;
}

QJsonObject groupJson(const LoaGroupStatus &g)
{
    const bool hasVersion = g.version.version > 0;
    const QJsonValue none(QJsonValue::Null);
    return QJsonObject { { QStringLiteral("carrier"), g.carrierIndex + 1 },
        { QStringLiteral("carrierName"), g.carrier },
        { QStringLiteral("state"), toString(g.state) },
        { QStringLiteral("version"), g.version.version },
        { QStringLiteral("versions"), int(g.versions.size()) },
        { QStringLiteral("signedAt"), hasVersion ? isoOrNull(g.version.signedAt) : none },
        { QStringLiteral("expiresAt"), hasVersion ? isoOrNull(g.version.expiresAt()) : none },
        { QStringLiteral("signer"), hasVersion ? QJsonValue(g.version.signer.name) : none },
        { QStringLiteral("signerTitle"), hasVersion ? QJsonValue(g.version.signer.title) : none } };
}

void writeGroup(QTextStream &out, const LoaGroupStatus &g)
{
    const QString carrier = g.carrier.trimmed();
    out << (carrier.isEmpty()
            ? QCoreApplication::translate("CliApp", "carrier %1").arg(g.carrierIndex + 1)
            : QCoreApplication::translate("CliApp", "carrier %1 (%2)")
                  .arg(g.carrierIndex + 1)
                  .arg(carrier))
        << '\t' << toString(g.state);
    if (g.version.version > 0)
        out << '\t'
            << QCoreApplication::translate(
                   "CliApp", "version %1 signed %2 by %3 (%4), valid until %5")
                   .arg(g.version.version)
                   .arg(iso(g.version.signedAt), g.version.signer.name, g.version.signer.title,
                       iso(g.version.expiresAt()));
    out << '\n';
}

int loaStatus(CliContext &ctx, const CommandCall &call)
{
    qint64 id = 0;
    if (const int status = signingCase(call, &id))
        return status;
    for (const char *option : { "name", "title", "carrier", "signature", "request" }) {
        if (call.isSet(option))
            return call.usage(
                QCoreApplication::translate("CliApp", "--%1 belongs to loa sign, not loa status.")
                    .arg(QLatin1String(option)));
    }
    CaseRecord record;
    if (const int status = openPortIn(ctx, id, &record))
        return status;
    StoreStatus status;
    const QList<LoaGroupStatus> groups = ctx.service->loas.loaStatus(id, &status);
    if (!status.ok())
        return ctx.storeFailure(status);
    const Violations blockers = ctx.service->loas.loaSubmitBlockers(id, &status);
    if (!status.ok())
        return ctx.storeFailure(status);
    if (ctx.json) {
        QJsonArray json;
        for (const LoaGroupStatus &g : groups)
            json.append(groupJson(g));
        writeJson(ctx.out,
            QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("readyToSubmit"), !hasErrors(blockers) },
                { QStringLiteral("groups"), json },
                { QStringLiteral("blockers"), violationsJson(blockers) } },
            QJsonDocument::Compact);
        return Done;
    }
    for (const LoaGroupStatus &g : groups)
        writeGroup(ctx.out, g);
    if (!hasErrors(blockers))
        ctx.out << QCoreApplication::translate(
            "CliApp", "Every LOA is signed and current: submit-loa may go ahead.")
                << '\n';
    for (const Violation &v : blockers)
        ctx.out << v.message << '\n';
    return Done;
}

// The groups --carrier names (a number, or a carrier's name that one group
// has): 0-based. A number the case does not have is for signLoa to refuse.
int namedGroups(CliContext &ctx, qint64 id, const QString &carrier, const PortInRequest &request,
    QList<int> *groups)
{
    bool isNumber = false;
    const int number = carrier.toInt(&isNumber);
    if (isNumber) {
        groups->append(number - 1);
        return Done;
    }
    QStringList names;
    for (int i = 0; i < int(request.carriers.size()); ++i) {
        const QString name = request.carriers.at(i).carrier.trimmed();
        names << QStringLiteral("%1 (%2)").arg(i + 1).arg(
            name.isEmpty() ? QStringLiteral("-") : name);
        if (name.compare(carrier, Qt::CaseInsensitive) == 0)
            groups->append(i);
    }
    if (groups->size() == 1)
        return Done;
    ctx.err << (groups->isEmpty() ? QCoreApplication::translate("CliApp",
                    "Case %1 has no carrier group with the carrier \"%2\"; its groups: %3.")
                                  : QCoreApplication::translate("CliApp",
                                      "Case %1 has more than one carrier group with the carrier "
                                      "\"%2\": give the group's number instead (%3)."))
                   .arg(id)
                   .arg(carrier, names.join(QStringLiteral(", ")))
            << '\n';
    return Refused;
}

// Without --carrier: every group whose LOA submit-loa finds wanting.
int wantingGroups(CliContext &ctx, qint64 id, const PortInRequest *pending, QList<int> *groups)
{
    StoreStatus status;
    const Violations blockers = pending ? ctx.service->loas.loaSubmitBlockers(id, *pending, &status)
                                        : ctx.service->loas.loaSubmitBlockers(id, &status);
    if (!status.ok())
        return ctx.storeFailure(status);
    static const QRegularExpression groupField(QStringLiteral("^carriers\\[(\\d+)\\]$"));
    for (const Violation &v : blockers) {
        const QRegularExpressionMatch m = groupField.match(v.field);
        if (!m.hasMatch())
            return reportViolations(ctx, { v });
        groups->append(m.captured(1).toInt());
    }
    return Done;
}

// The signer from --name, --title and --signature, or bad usage.
int readSigner(CliContext &ctx, const CommandCall &call, LoaSigner *signer)
{
    if (!call.isSet("name") || !call.isSet("title"))
        return call.usage(QCoreApplication::translate(
            "CliApp", "loa sign needs --name and --title: the authorizing person signs."));
    *signer = LoaSigner { call.value("name"), call.value("title"), QByteArray() };
    if (!call.isSet("signature"))
        return Done;
    // A PNG, read as bytes (- reads standard input).
    QString error;
    if (!readInputFile(call.value("signature"), QStringLiteral("--signature"), 0, &signer->drawing,
            &error))
        return ctx.usage(error, QString(), QStringLiteral("--signature"));
    return Done;
}

int loaSign(CliContext &ctx, const CommandCall &call)
{
    qint64 id = 0;
    if (const int status = signingCase(call, &id))
        return status;
    LoaSigner signer;
    if (const int status = readSigner(ctx, call, &signer))
        return status;
    const QString carrier = call.value("carrier").trimmed();
    const bool oneCarrier = call.isSet("carrier");
    bool isNumber = false;
    const int number = carrier.toInt(&isNumber);
    if (oneCarrier && (carrier.isEmpty() || (isNumber && number <= 0)))
        return call.usage(QCoreApplication::translate(
            "CliApp", "--carrier needs a carrier group number (1, 2, ...) or a carrier name."));
    PortInRequest pending;
    const bool hasPending = call.isSet("request");
    if (hasPending) {
        QJsonObject json;
        QString error;
        if (!readJsonFile(call.value("request"), &json, &error, QStringLiteral("--request")))
            return ctx.usage(error, QString(), QStringLiteral("--request"));
        Violations problems;
        pending = PortInRequest::fromJson(json, &problems);
        if (hasErrors(problems))
            return reportViolations(ctx, problems);
    }
    CaseRecord record;
    if (const int status = openPortIn(ctx, id, &record))
        return status;
    const PortInRequest request
        = withoutRejected(hasPending ? pending : record.portIn, record.rejectedNumbers());
    QList<int> groups;
    if (const int status = oneCarrier
            ? namedGroups(ctx, id, carrier, request, &groups)
            : wantingGroups(ctx, id, hasPending ? &pending : nullptr, &groups))
        return status;

    QJsonArray signedVersions;
    for (const int group : std::as_const(groups)) {
        const ChangeResult result = ctx.service->loas.signLoa(
            id, group, signer, ctx.actingRole(Role::Admin), hasPending ? &pending : nullptr);
        if (const int code = reportResult(ctx, result))
            return code;
        signedVersions.append(QJsonObject { { QStringLiteral("carrier"), group + 1 },
            { QStringLiteral("carrierName"), request.carriers.value(group).carrier },
            { QStringLiteral("version"), result.id } });
        if (!ctx.json)
            ctx.out << QCoreApplication::translate("CliApp", "carrier %1: version %2")
                           .arg(group + 1)
                           .arg(result.id)
                    << '\n';
    }
    if (ctx.json)
        writeJson(ctx.out, signedVersions, QJsonDocument::Compact);
    else if (groups.isEmpty())
        ctx.out << QCoreApplication::translate(
            "CliApp", "Every LOA is signed and current: nothing to sign.")
                << '\n';
    return Done;
}

} // namespace

QList<Command> loaCommands()
{
    const QList<Command::Option> exportOptions { { "out", "DIR" }, { "lang", "LANG" } };
    const QList<Command::Option> signOptions { { "name", "NAME" }, { "title", "TITLE" },
        { "carrier", "N" }, { "signature", "PNG" }, { "request", "FILE" } };
    return Command::family(
               kLoaHelp, exportOptions, { { "loa", loaAlone }, { "loa export", loaExport } })
        + Command::family(
            kLoaSignHelp, signOptions, { { "loa sign", loaSign }, { "loa status", loaStatus } });
}

} // namespace portdesk::cli
