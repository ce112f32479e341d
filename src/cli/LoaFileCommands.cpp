// SPDX-License-Identifier: Apache-2.0
#include "Commands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "core/AttachmentRules.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QFile>

namespace portdesk::cli {

namespace {

const char kLoaFilesHelp[] = QT_TRANSLATE_NOOP("CliApp", R"(Usage: portdesk-cli loa files ID
       portdesk-cli loa attach ID FILE [--kind carrier-invoice|customer-service-record]
       portdesk-cli loa delete-file ID FILE_ID
       portdesk-cli loa restore-file ID FILE_ID

The files kept with a case, named on its LOAs: a recent carrier invoice or
customer service record, PDF, PNG or JPEG (judged by content), at most 10 MiB.
attach ID - reads the file from standard input, as bytes, and names it after
its kind and type (carrier-invoice.pdf).
files: one line each: file id, kind, name, size, added, and "deleted" with
the time for a file deleted from the case (restorable for 7 days, then
purged by the clock). attach: prints the new file's id (--kind defaults to
carrier-invoice). delete-file / restore-file: take a file off the case or
put it back (not on a closed case). These are the admin's.
)");

// What every loa file command reads first: the case (and for delete-file
// and restore-file the file), with the store open and the case loaded.
struct FileCall {
    qint64 caseId = 0;
    qint64 fileId = 0;
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
};

int openFileCall(CliContext &ctx, const CommandCall &call, FileCall *file)
{
    const QString sub = call.word();
    const QStringList pos = call.positional();
    const int wanted = sub == QLatin1String("files") ? 1 : 2;
    if (pos.size() != wanted || !parseId(pos.first(), &file->caseId))
        return call.usage(
            QCoreApplication::translate("CliApp", "loa %1 needs: %2.")
                .arg(sub,
                    sub == QLatin1String("files")
                        ? QCoreApplication::translate("CliApp", "a case id")
                        : sub == QLatin1String("attach")
                        ? QCoreApplication::translate("CliApp", "a case id and a file")
                        : QCoreApplication::translate("CliApp", "a case id and a file id")));
    if (call.isSet("kind") && sub != QLatin1String("attach"))
        return call.usage(QCoreApplication::translate("CliApp", "--kind belongs to loa attach."));
    if (call.isSet("kind") && !attachmentKindFromString(call.value("kind"), &file->kind))
        return call.usage(QCoreApplication::translate(
            "CliApp", "--kind is carrier-invoice or customer-service-record, not \"%1\".")
                              .arg(call.value("kind")));
    const bool namesFile
        = sub == QLatin1String("delete-file") || sub == QLatin1String("restore-file");
    if (namesFile && !parseId(pos.at(1), &file->fileId))
        return call.usage(QCoreApplication::translate(
            "CliApp", "A file id is a positive integer (see loa files)."));
    if (const int status = ctx.openStore())
        return status;
    CaseRecord record;
    return ctx.loadCase(file->caseId, &record);
}

int loaFiles(CliContext &ctx, const CommandCall &call)
{
    FileCall file;
    if (const int status = openFileCall(ctx, call, &file))
        return status;
    StoreStatus status;
    const QList<CaseAttachment> files
        = ctx.service->loas.listAttachments(file.caseId, &status, AttachmentScope::All);
    return writeList(
        ctx, files, status, QJsonDocument::Compact,
        [](const CaseAttachment &a) {
            return QJsonObject { { QStringLiteral("id"), a.id },
                { QStringLiteral("kind"), toString(a.kind) },
                { QStringLiteral("fileName"), a.fileName },
                { QStringLiteral("mimeType"), a.mimeType },
                { QStringLiteral("sizeBytes"), a.sizeBytes },
                { QStringLiteral("addedAt"), isoOrNull(a.addedAt) },
                { QStringLiteral("deletedAt"), isoOrNull(a.removedAt) } };
        },
        [](QTextStream &out, const CaseAttachment &a) {
            out << a.id << '\t' << toString(a.kind) << '\t' << a.fileName << '\t' << a.sizeBytes
                << '\t' << iso(a.addedAt);
            if (a.removedAt.isValid())
                out << '\t'
                    << QCoreApplication::translate("CliApp", "deleted %1").arg(iso(a.removedAt));
            out << '\n';
        });
}

// The file on standard input (loa attach ID -), as bytes: at most the
// attachments' limit, named after its kind and its content's type
// ("carrier-invoice.pdf"), which the rules judge as a file's.
ChangeResult attachStandardInput(CliContext &ctx, const FileCall &file, int *usage)
{
    QFile in;
    QString error;
    if (!claimStandardInput(QStringLiteral("loa attach"), &in, &error)) {
        *usage = ctx.usage(error, QString());
        return ChangeResult();
    }
    const QByteArray data = in.read(AttachmentRules::maxBytes + 1);
    if (data.size() > AttachmentRules::maxBytes) {
        ChangeResult refused;
        refused.violations.append(Violation::error(QStringLiteral("attachment"),
            "attachment.too-large",
            QCoreApplication::translate("CliApp",
                "Standard input holds more than %1: attachments may be at most that.")
                .arg(AttachmentRules::sizeText(AttachmentRules::maxBytes))));
        return refused;
    }
    const QString suffix = data.startsWith("%PDF") ? QStringLiteral(".pdf")
        : AttachmentRules::isPng(data)             ? QStringLiteral(".png")
        : data.startsWith("\xff\xd8\xff")           ? QStringLiteral(".jpg")
                                                   : QString();
    return ctx.service->loas.addAttachment(
        file.caseId, file.kind, toString(file.kind) + suffix, data, ctx.actingRole(Role::Admin));
}

int loaAttach(CliContext &ctx, const CommandCall &call)
{
    FileCall file;
    if (const int status = openFileCall(ctx, call, &file))
        return status;
    int usage = Done;
    const ChangeResult result = call.positional().at(1) == QLatin1String("-")
        ? attachStandardInput(ctx, file, &usage)
        : ctx.service->loas.addAttachmentFile(
            file.caseId, file.kind, call.positional().at(1), ctx.actingRole(Role::Admin));
    if (usage != Done)
        return usage;
    return reportChange(ctx, result, QJsonObject { { QStringLiteral("id"), result.id } },
        QString::number(result.id));
}

// delete-file and restore-file: take a file off the case or put it back.
int loaDeleteFile(CliContext &ctx, const CommandCall &call)
{
    FileCall file;
    if (const int status = openFileCall(ctx, call, &file))
        return status;
    LoaService &loas = ctx.service->loas;
    return reportResult(ctx, call.word() == QLatin1String("restore-file")
            ? loas.restoreAttachment(file.caseId, file.fileId, ctx.actingRole(Role::Admin))
            : loas.removeAttachment(file.caseId, file.fileId, ctx.actingRole(Role::Admin)));
}

} // namespace

QList<Command> loaFileCommands()
{
    const QList<Command::Option> options { { "kind", "KIND" } };
    return Command::family(kLoaFilesHelp, { { "kind", "KIND" } },
        { { "loa files", loaFiles }, { "loa attach", loaAttach },
            { "loa delete-file", loaDeleteFile }, { "loa restore-file", loaDeleteFile } });
}

} // namespace portdesk::cli
