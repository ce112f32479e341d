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

const char kLoaFilesHelp[] = R"(Usage: portdesk-cli loa files ID
       portdesk-cli loa attach ID FILE [--kind carrier-invoice|customer-service-record]
       portdesk-cli loa delete-file ID FILE_ID
       portdesk-cli loa restore-file ID FILE_ID

The files kept with a case, named on its LOAs: a recent carrier invoice or
customer service record, PDF, PNG or JPEG (judged by content), at most 10 MiB.
files: one line each: file id, kind, name, size, added, and "deleted" with
the time for a file deleted from the case (restorable for 7 days, then
purged by the clock). attach: prints the new file's id (--kind defaults to
carrier-invoice). delete-file / restore-file: take a file off the case or
put it back (not on a closed case). These are the admin's.
)";

const char kLoaSignHelp[] = R"(Usage: portdesk-cli loa sign ID --name NAME --title TITLE [--carrier N|NAME]
                             [--signature PNG] [--request CORRECTED.json]
       portdesk-cli loa status ID

sign: the authorizing person signs the LOA of one carrier group (--carrier:
its number 1, 2, ... or its carrier's name; default: every group whose LOA
is not signed, expired or shows an older request) as the request stands, or
as CORRECTED.json will make it: after a change request, sign the corrected
LOAs with --request, then run case correct with the same file. Each
signature is a new version, good for 90 days; submit-loa needs every group
signed. Prints "carrier N: version V" for each LOA signed.
  --signature PNG   a drawn signature (PNG, at most 1 MiB)
status: each carrier group's LOA: unsigned, signed, expired or
needs-resigning, with its version, signer and validity, then whether
submit-loa may go ahead (and if not, why).
)";

// Opens the store and loads port-in case `id` (a port-out has no LOAs: 1).
int openPortIn(CliContext &ctx, qint64 id, CaseRecord *record)
{
    if (const int status = ctx.openStore())
        return status;
    if (const int status = ctx.loadCase(id, record))
        return status;
    if (record->kind != CaseKind::PortIn) {
        ctx.err << QCoreApplication::translate("CliApp", "Case %1 is a port-out: LOAs belong to port-in cases.").arg(id) << '\n';
        return Refused;
    }
    return Done;
}

int cmdLoaFiles(CliContext &ctx, const QStringList &args);
int cmdLoaSign(CliContext &ctx, const QStringList &args);

int cmdLoaFiles(CliContext &ctx, const QStringList &args)
{
    const QString help = QString::fromUtf8(kLoaFilesHelp);
    CommandParser p(help, { { "kind", "KIND" } });
    int answer = Done;
    if (p.answered(ctx, args, &answer))
        return answer;
    const QStringList pos = p.parser.positionalArguments();
    const QString sub = pos.value(0);
    bool ok = false;
    const qint64 id = pos.value(1).toLongLong(&ok);
    const int wanted = sub == QLatin1String("files") ? 2 : 3;
    if (pos.size() != wanted || !ok || id <= 0)
        return ctx.usage(QCoreApplication::translate("CliApp", "loa %1 needs: %2.")
                         .arg(sub,
                             sub == QLatin1String("files")    ? QStringLiteral("a case id")
                                 : sub == QLatin1String("attach") ? QStringLiteral("a case id and a file")
                                                                  : QStringLiteral("a case id and a file id")),
            help);
    if (p.parser.isSet(QStringLiteral("kind")) && sub != QLatin1String("attach"))
        return ctx.usage(QCoreApplication::translate("CliApp", "--kind belongs to loa attach."), help);
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
    if (p.parser.isSet(QStringLiteral("kind")) && !attachmentKindFromString(p.parser.value(QStringLiteral("kind")), &kind))
        return ctx.usage(QCoreApplication::translate("CliApp", "--kind is carrier-invoice or customer-service-record, not \"%1\".")
                         .arg(p.parser.value(QStringLiteral("kind"))),
            help);
    qint64 fileId = 0;
    if (sub == QLatin1String("delete-file") || sub == QLatin1String("restore-file")) {
        fileId = pos.at(2).toLongLong(&ok);
        if (!ok || fileId <= 0)
            return ctx.usage(QCoreApplication::translate("CliApp", "A file id is a positive integer (see loa files)."), help);
    }
    if (const int status = ctx.openStore())
        return status;
    CaseRecord record;
    if (const int status = ctx.loadCase(id, &record))
        return status;

    if (sub == QLatin1String("files")) {
        StoreStatus status;
        const QList<CaseAttachment> files = ctx.service->loas.listAttachments(id, &status, AttachmentScope::All);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        QJsonArray json;
        for (const CaseAttachment &a : std::as_const(files)) {
            if (ctx.json) {
                json.append(QJsonObject{{QStringLiteral("id"), a.id},
                                        {QStringLiteral("kind"), toString(a.kind)},
                                        {QStringLiteral("fileName"), a.fileName},
                                        {QStringLiteral("mimeType"), a.mimeType},
                                        {QStringLiteral("sizeBytes"), a.sizeBytes},
                                        {QStringLiteral("addedAt"), isoOrNull(a.addedAt)},
                                        {QStringLiteral("deletedAt"), isoOrNull(a.removedAt)}});
                continue;
            }
            ctx.out << a.id << '\t' << toString(a.kind) << '\t' << a.fileName << '\t' << a.sizeBytes << '\t'
                  << iso(a.addedAt);
            if (a.removedAt.isValid())
                ctx.out << '\t' << QCoreApplication::translate("CliApp", "deleted %1").arg(iso(a.removedAt));
            ctx.out << '\n';
        }
        if (ctx.json)
            ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return Done;
    }
    if (sub == QLatin1String("attach")) {
        const ChangeResult result = ctx.service->loas.addAttachmentFile(id, kind, pos.at(2), Role::Admin);
        const int code = reportResult(result, ctx.err);
        if (code != Done)
            return code;
        if (ctx.json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), result.id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            ctx.out << result.id << '\n';
        return Done;
    }
    const ChangeResult result = sub == QLatin1String("delete-file")
        ? ctx.service->loas.removeAttachment(id, fileId, Role::Admin)
        : ctx.service->loas.restoreAttachment(id, fileId, Role::Admin);
    return reportResult(result, ctx.err);
}

int cmdLoaSign(CliContext &ctx, const QStringList &args)
{
    const QString help = QString::fromUtf8(kLoaSignHelp);
    CommandParser p(help, { { "name", "NAME" }, { "title", "TITLE" }, { "carrier", "N" }, { "signature", "PNG" }, { "request", "FILE" } });
    int answer = Done;
    if (p.answered(ctx, args, &answer))
        return answer;
    const QStringList pos = p.parser.positionalArguments();
    const bool sign = pos.value(0) == QLatin1String("sign");
    bool ok = false;
    const qint64 id = pos.size() == 2 ? pos.at(1).toLongLong(&ok) : 0;
    if (pos.size() != 2 || !ok || id <= 0)
        return ctx.usage(QCoreApplication::translate("CliApp", "loa %1 needs a case id (a positive integer).")
                         .arg(pos.value(0)),
                     help);

    if (!sign) {
        for (const QString &option : {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("carrier"),
                                      QStringLiteral("signature"), QStringLiteral("request")}) {
            if (p.parser.isSet(option))
                return ctx.usage(QCoreApplication::translate("CliApp", "--%1 belongs to loa sign, not loa status.").arg(option), help);
        }
        CaseRecord record;
        if (const int status = openPortIn(ctx, id, &record))
            return status;
        StoreStatus status;
        const QList<LoaGroupStatus> groups = ctx.service->loas.loaStatus(id, &status);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        const Violations blockers = ctx.service->loas.loaSubmitBlockers(id, &status);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        QJsonArray json;
        for (const LoaGroupStatus &g : groups) {
            QJsonObject o{{QStringLiteral("carrier"), g.carrierIndex + 1},
                          {QStringLiteral("carrierName"), g.carrier},
                          {QStringLiteral("state"), toString(g.state)},
                          {QStringLiteral("version"), g.version.version},
                          {QStringLiteral("versions"), int(g.versions.size())}};
            const bool hasVersion = g.version.version > 0;
            o.insert(QStringLiteral("signedAt"), hasVersion ? isoOrNull(g.version.signedAt) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("expiresAt"), hasVersion ? isoOrNull(g.version.expiresAt()) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("signer"), hasVersion ? QJsonValue(g.version.signer.name) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("signerTitle"), hasVersion ? QJsonValue(g.version.signer.title) : QJsonValue(QJsonValue::Null));
            json.append(o);
            if (ctx.json)
                continue;
            const QString label = g.carrier.trimmed().isEmpty()
                ? QCoreApplication::translate("CliApp", "carrier %1").arg(g.carrierIndex + 1)
                : QCoreApplication::translate("CliApp", "carrier %1 (%2)").arg(g.carrierIndex + 1).arg(g.carrier.trimmed());
            ctx.out << label << '\t' << toString(g.state);
            if (hasVersion) {
                ctx.out << '\t'
                      << QCoreApplication::translate("CliApp", "version %1 signed %2 by %3 (%4), valid until %5")
                             .arg(g.version.version)
                             .arg(iso(g.version.signedAt), g.version.signer.name, g.version.signer.title,
                                  iso(g.version.expiresAt()));
            }
            ctx.out << '\n';
        }
        if (ctx.json) {
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                               {QStringLiteral("readyToSubmit"), !hasErrors(blockers)},
                                               {QStringLiteral("groups"), json},
                                               {QStringLiteral("blockers"), violationsJson(blockers)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
            return Done;
        }
        if (!hasErrors(blockers))
            ctx.out << QCoreApplication::translate("CliApp", "Every LOA is signed and current: submit-loa may go ahead.") << '\n';
        for (const Violation &v : blockers)
            ctx.out << v.message << '\n';
        return Done;
    }

    if (!p.parser.isSet(QStringLiteral("name")) || !p.parser.isSet(QStringLiteral("title")))
        return ctx.usage(QCoreApplication::translate("CliApp", "loa sign needs --name and --title: the authorizing person signs."), help);
    LoaSigner signer{p.parser.value(QStringLiteral("name")), p.parser.value(QStringLiteral("title")), QByteArray()};
    if (p.parser.isSet(QStringLiteral("signature"))) {
        QFile png(p.parser.value(QStringLiteral("signature")));
        if (!png.open(QIODevice::ReadOnly))
            return ctx.usage(QCoreApplication::translate("CliApp", "Cannot read %1: %2").arg(png.fileName(), png.errorString()),
                         QString());
        signer.drawing = png.readAll();
    }
    const QString carrierText = p.parser.value(QStringLiteral("carrier")).trimmed();
    const bool oneCarrier = p.parser.isSet(QStringLiteral("carrier"));
    bool carrierIsNumber = false;
    const int carrierNumber = carrierText.toInt(&carrierIsNumber);
    if (oneCarrier && (carrierText.isEmpty() || (carrierIsNumber && carrierNumber <= 0)))
        return ctx.usage(QCoreApplication::translate("CliApp", "--carrier needs a carrier group number (1, 2, ...) or a carrier name."), help);
    PortInRequest pending;
    const bool hasPending = p.parser.isSet(QStringLiteral("request"));
    if (hasPending) {
        QJsonObject json;
        QString error;
        if (!readJsonFile(p.parser.value(QStringLiteral("request")), &json, &error))
            return ctx.usage(error, QString());
        Violations problems;
        pending = PortInRequest::fromJson(json, &problems);
        if (hasErrors(problems)) {
            ChangeResult shape;
            shape.violations = problems;
            return reportResult(shape, ctx.err);
        }
    }
    CaseRecord record;
    if (const int status = openPortIn(ctx, id, &record))
        return status;
    const PortInRequest &request = hasPending ? pending : record.portIn;

    QList<int> groups; // 0-based
    if (oneCarrier) {
        if (carrierIsNumber) {
            groups << carrierNumber - 1; // signLoa refuses a group the case does not have
        } else {
            QStringList names;
            for (qsizetype i = 0; i < request.carriers.size(); ++i) {
                const QString name = request.carriers.at(i).carrier.trimmed();
                names << QStringLiteral("%1 (%2)").arg(i + 1).arg(name.isEmpty() ? QStringLiteral("-") : name);
                if (name.compare(carrierText, Qt::CaseInsensitive) == 0)
                    groups << int(i);
            }
            if (groups.size() != 1) {
                ctx.err << (groups.isEmpty()
                              ? QCoreApplication::translate("CliApp", "Case %1 has no carrier group with the carrier \"%2\"; its groups: %3.")
                              : QCoreApplication::translate("CliApp", "Case %1 has more than one carrier group with the carrier \"%2\": give the group's number instead (%3)."))
                             .arg(id)
                             .arg(carrierText, names.join(QStringLiteral(", ")))
                      << '\n';
                return Refused;
            }
        }
    } else {
        StoreStatus status;
        const Violations blockers = hasPending ? ctx.service->loas.loaSubmitBlockers(id, pending, &status)
                                               : ctx.service->loas.loaSubmitBlockers(id, &status);
        if (!status.ok())
            return ctx.storeFailure(status.message);
        static const QRegularExpression groupField(QStringLiteral("^carriers\\[(\\d+)\\]$"));
        for (const Violation &v : blockers) {
            const QRegularExpressionMatch m = groupField.match(v.field);
            if (!m.hasMatch()) {
                ChangeResult refusal;
                refusal.violations.append(v);
                return reportResult(refusal, ctx.err);
            }
            groups << m.captured(1).toInt();
        }
    }

    QJsonArray signedVersions;
    for (const int group : std::as_const(groups)) {
        const ChangeResult result = ctx.service->loas.signLoa(id, group, signer, Role::Admin, hasPending ? &pending : nullptr);
        if (const int code = reportResult(result, ctx.err))
            return code;
        signedVersions.append(QJsonObject{{QStringLiteral("carrier"), group + 1},
                                          {QStringLiteral("carrierName"), request.carriers.value(group).carrier},
                                          {QStringLiteral("version"), result.id}});
        if (!ctx.json)
            ctx.out << QCoreApplication::translate("CliApp", "carrier %1: version %2").arg(group + 1).arg(result.id) << '\n';
    }
    if (ctx.json)
        ctx.out << QJsonDocument(signedVersions).toJson(QJsonDocument::Compact) << '\n';
    else if (groups.isEmpty())
        ctx.out << QCoreApplication::translate("CliApp", "Every LOA is signed and current: nothing to sign.") << '\n';
    return Done;
}

} // namespace

int cmdLoa(CliContext &ctx, const QStringList &args)
{
    if (!args.isEmpty()
        && (args.first() == QLatin1String("sign") || args.first() == QLatin1String("status")))
        return cmdLoaSign(ctx, args);
    if (!args.isEmpty()
        && (args.first() == QLatin1String("files") || args.first() == QLatin1String("attach")
            || args.first() == QLatin1String("delete-file") || args.first() == QLatin1String("restore-file")))
        return cmdLoaFiles(ctx, args);
    const QString help = QStringLiteral(
        "Usage: portdesk-cli loa export ID --out DIR [--lang en|es]\n"
        "       portdesk-cli loa sign ID --name NAME --title TITLE [...]   (loa sign --help)\n"
        "       portdesk-cli loa status ID\n"
        "       portdesk-cli loa files ID | attach ID FILE [--kind K] | delete-file ID FILE_ID\n"
        "                    | restore-file ID FILE_ID                 (loa files --help)\n\n"
        "Writes one Letter of Authorization PDF per carrier group of a port-in case,\n"
        "in any state, and prints each file's path. A group whose LOA is signed, and\n"
        "still shows the request as it is, carries its newest signature; any other\n"
        "group gets blank lines to sign by hand. The case's attachments are named.\n"
        "  --lang en|es   the language of the letters (default: en)\n");
    CommandParser p(help, { { "out", "DIR" }, { "lang", "LANG" } });
    int answer = Done;
    if (p.answered(ctx, args, &answer))
        return answer;
    const QStringList pos = p.parser.positionalArguments();
    bool ok = false;
    const qint64 id = pos.size() == 2 ? pos.at(1).toLongLong(&ok) : 0;
    if (pos.size() != 2 || pos.first() != QLatin1String("export") || !ok || id <= 0
        || !p.parser.isSet(QStringLiteral("out")))
        return ctx.usage(QCoreApplication::translate("CliApp", "loa needs: export ID --out DIR, sign ID ... or status ID"), help);
    LoaOptions options;
    if (p.parser.isSet(QStringLiteral("lang"))
        && !loaLanguageFromString(p.parser.value(QStringLiteral("lang")), &options.language)) {
        return ctx.usage(QCoreApplication::translate("CliApp", "--lang is en or es, not \"%1\".")
                         .arg(p.parser.value(QStringLiteral("lang"))),
                     help);
    }
    CaseRecord record;
    if (const int status = openPortIn(ctx, id, &record))
        return status;
    StoreStatus status;
    options.attachmentNames = ctx.service->loas.attachmentNames(id, &status);
    if (!status.ok())
        return ctx.storeFailure(status.message);
    const QList<LoaGroupStatus> signing = ctx.service->loas.loaStatus(id, &status);
    if (!status.ok())
        return ctx.storeFailure(status.message);
    const QString dir = p.parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(dir))
        return ctx.usage(QCoreApplication::translate("CliApp", "Cannot create the folder %1.").arg(dir), QString());
    QJsonArray files;
    for (qsizetype i = 0; i < record.portIn.carriers.size(); ++i) {
        LoaOptions group = options;
        for (const LoaGroupStatus &s : signing) {
            // Only a signature that signed what the letter now shows.
            if (s.carrierIndex != int(i) || !LoaContent::signatureFits(s, record.portIn))
                continue;
            group.version = s.version.version;
            group.signature.name = s.version.signer.name;
            group.signature.title = s.version.signer.title;
            group.signature.drawing = QImage::fromData(s.version.signer.drawing, "PNG");
            group.signature.signedAt = s.version.signedAt;
        }
        const QString path = QDir(dir).filePath(LoaDocument::fileName(id, int(i)));
        QString error;
        if (!LoaDocument::writePdf(record.portIn, int(i), id, group, path, &error)) {
            ctx.err << error << '\n';
            return Refused;
        }
        files.append(path);
        if (!ctx.json)
            ctx.out << path << '\n';
    }
    if (ctx.json)
        ctx.out << QJsonDocument(files).toJson(QJsonDocument::Compact) << '\n';
    return Done;
}

// loa sign / loa status: the admin signs each carrier group's LOA before

// submit-loa, which is refused until every group has a current signature.

} // namespace portdesk::cli
