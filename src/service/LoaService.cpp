// SPDX-License-Identifier: Apache-2.0
#include "LoaService.h"

#include "store/Store.h"

#include "core/TextLimits.h"

#include "core/PortNumberStatus.h"

#include "CaseSteps.h"
#include "SecretService.h"
#include "ServiceSupport.h"

#include "core/AttachmentRules.h"
#include "core/Clock.h"
#include "documents/LoaContent.h"
#include "store/CaseRepository.h"
#include "store/LoaRepository.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace portdesk {

using namespace service;

namespace {

// Reads a case's request and LOA versions, without a transaction of its own
// (safe inside the caller's).
bool readCase(const Store &store, qint64 caseId, CaseRow *row, bool *found,
    QList<LoaVersion> *versions, StoreStatus *status)
{
    if (!CaseRepository(store).load(caseId, false, row, found, status))
        return false;
    if (!*found || row->kind != CaseKind::PortIn)
        return true;
    return LoaRepository(store).versions(caseId, versions, status);
}

// The request as the case's LOAs show it: without the numbers the carrier
// rejected (a later round lists only the numbers still porting).
PortInRequest loaRequest(const CaseRow &row, const PortInRequest *pending = nullptr)
{
    QSet<QString> rejected;
    for (auto it = row.rejected.cbegin(); it != row.rejected.cend(); ++it)
        rejected.insert(it.key());
    return withoutRejected(
        pending ? *pending : PortInRequest::fromJson(row.request, nullptr), rejected);
}

constexpr qint64 kSignatureMaxBytes = 1024 * 1024;

// A closed case takes no more LOA changes: refused on the field "case" with
// `message` ("Case %1 is %2: ..."), filled with the case and its state.
bool refusedClosed(const CaseRow &row, const char *rule, const QString &message, ChangeResult *result)
{
    if (!CaseStateMachine::isTerminal(row.state))
        return false;
    result->violations.append(
        refusal(QStringLiteral("case"), rule, message.arg(row.id).arg(displayName(row.state))));
    return true;
}

} // namespace

// ---------------------------------------------------------------------------
// Signing

namespace {

// The write a retry found committed: what its first try would have answered.
ChangeResult committedWrite(
    const Store &store, CaseRepository::KeyedWrite write, qint64 caseId)
{
    ChangeResult result;
    result.id = CaseRepository(store).rowOfRequestKey(write, store.requestKey(), &result.status);
    if (result.status.ok() && result.id == 0)
        result.id = caseId;
    return result;
}

} // namespace

ChangeResult LoaService::signLoa(qint64 caseId, int carrierIndex, const LoaSigner &signer,
    Role actor, const PortInRequest *pending, const QJsonObject *shown)
{
    return runChange(
        m_store, QString(),
        [&] { return signLoaOnce(caseId, carrierIndex, signer, actor, pending, shown); },
        [&] { return committedWrite(m_store, CaseRepository::KeyedWrite::LoaVersion, caseId); });
}

ChangeResult LoaService::signLoaOnce(qint64 caseId, int carrierIndex, const LoaSigner &signer,
    Role actor, const PortInRequest *pending, const QJsonObject *shown)
{
    const QDateTime now = Clock::now();
    if (actor != Role::Admin) {
        return refusedWith(caseId,
            refusal(QStringLiteral("actor"), "loa.wrong-role",
                tr("Only an admin can sign an LOA: support can read the LOAs and their "
                   "versions.")));
    }
    ChangeResult result;
    if (signer.name.trimmed().isEmpty()) {
        result.violations.append(refusal(QStringLiteral("signerName"), "loa.signer-name.required",
            tr("Type the signer's name: the authorizing person signs the LOA.")));
    }
    if (signer.title.trimmed().isEmpty()) {
        result.violations.append(refusal(QStringLiteral("signerTitle"), "loa.signer-title.required",
            tr("Type the signer's title, such as Office Manager: the carrier checks that the "
               "signer may authorize the port.")));
    }
    textlimits::checkText(result.violations, signer.name, QStringLiteral("signerName"),
        QStringLiteral("loa.signer-name"), tr("The signer's name"), textlimits::maxSigner);
    textlimits::checkText(result.violations, signer.title, QStringLiteral("signerTitle"),
        QStringLiteral("loa.signer-title"), tr("The signer's title"), textlimits::maxSigner);
    if (!signer.drawing.isEmpty()) {
        if (!AttachmentRules::isPng(signer.drawing)) {
            result.violations.append(refusal(QStringLiteral("signature"), "loa.signature.not-png",
                tr("The drawn signature must be a PNG image.")));
        } else if (signer.drawing.size() > kSignatureMaxBytes) {
            result.violations.append(refusal(QStringLiteral("signature"), "loa.signature.too-large",
                tr("The drawn signature is %1; at most %2 is kept.")
                    .arg(AttachmentRules::sizeText(signer.drawing.size()), AttachmentRules::sizeText(kSignatureMaxBytes))));
        }
    }
    // The signer signs the account number and PIN the carrier will check:
    // not what a store whose key is missing cannot read.
    if (!m_store.secretsReadable()) {
        result.violations.append(refusal(QStringLiteral("case"), "store.key-unavailable",
            tr("The LOA cannot be signed: this store's account numbers and PINs cannot be read "
               "(%1)")
                .arg(m_store.secretsProblem())));
    }
    WriteTransaction transaction(m_store);
    CaseRow row;
    if (hasErrors(result.violations)
        || !openCase(m_store, &transaction, caseId, true, caseId, &row, &result))
        return result;
    if (row.kind != CaseKind::PortIn) {
        result.violations.append(refusal(QStringLiteral("case"), "loa.port-out",
            tr("Case %1 is a port-out: LOAs belong to port-in cases.").arg(caseId)));
        return result;
    }
    if (refusedClosed(row, "loa.case-closed", tr("Case %1 is %2: its LOAs can no longer be signed."),
            &result))
        return result;
    const PortInRequest request = loaRequest(row, pending);
    if (carrierIndex < 0 || carrierIndex >= request.carriers.size()) {
        result.violations.append(refusal(QStringLiteral("carrierIndex"), "loa.no-such-group",
            tr("Case %1 has no carrier group %2.").arg(caseId).arg(carrierIndex + 1)));
        return result;
    }
    // The signer's name and title are printed on the LOA and shown in the
    // history to everyone who opens the case, as typed.
    result.violations += secretsInText(row.toRecord(), signer.name, QStringLiteral("signerName"),
                             QStringLiteral("loa.signer-name.contains-secret"), tr("The signer's name"))
        + secretsInText(row.toRecord(), signer.title, QStringLiteral("signerTitle"),
            QStringLiteral("loa.signer-title.contains-secret"), tr("The signer's title"));
    if (hasErrors(result.violations))
        return result;
    const QString authorizing = request.carriers.at(carrierIndex).authorizingPerson.trimmed();
    if (!authorizing.isEmpty()
        && signer.name.trimmed().compare(authorizing, Qt::CaseInsensitive) != 0) {
        result.violations.append(Violation { QStringLiteral("signerName"),
            QStringLiteral("loa.signer-not-authorizing-person"),
            tr("%1 signs, but the request names %2 as the authorizing person: the carrier may "
               "refuse an LOA signed by someone else.")
                .arg(signer.name.trimmed(), authorizing),
            Violation::Severity::Warning });
    }

    LoaVersion version;
    version.caseId = caseId;
    version.carrierIndex = carrierIndex;
    version.content = LoaContent::forGroup(request, carrierIndex);
    if (shown && !LoaContent::same(*shown, version.content)) {
        // Checked inside the write transaction: what is signed is what was read.
        result.violations.append(refusal(QStringLiteral("carriers[%1]").arg(carrierIndex),
            "loa.changed-while-signing",
            tr("Case %1's request changed while the LOA was open for signing (%2): nothing was "
               "signed. Look at the LOA as it is now and sign again.")
                .arg(caseId)
                .arg(LoaContent::changedFieldsText(*shown, version.content))));
        return result;
    }
    version.signer = LoaSigner { signer.name.trimmed(), signer.title.trimmed(), signer.drawing };
    version.signedAt = now;
    if (!LoaRepository(m_store).addVersion(&version, &result.status)
        || !transaction.commit(&result.status)) {
        ChangeResult failed = failedWith(result.status);
        failed.violations = result.violations;
        return failed;
    }
    result.id = version.version;
    return result;
}

QList<LoaVersion> LoaService::loaVersions(qint64 caseId, StoreStatus *status) const
{
    return readList<LoaVersion>(status, [&](QList<LoaVersion> *out, StoreStatus *st) {
        return LoaRepository(m_store).versions(caseId, out, st);
    });
}

QList<LoaGroupStatus> LoaService::loaStatus(qint64 caseId, StoreStatus *status) const
{
    const StatusOut st(status);
    CaseRow row;
    bool found = false;
    QList<LoaVersion> versions;
    if (!readCase(m_store, caseId, &row, &found, &versions, st) || !found
        || row.kind != CaseKind::PortIn)
        return {};
    return LoaContent::statuses(loaRequest(row), versions, Clock::now());
}

Violations LoaService::loaSubmitBlockers(qint64 caseId, StoreStatus *status) const
{
    return submitBlockers(caseId, nullptr, status);
}

Violations LoaService::loaSubmitBlockers(
    qint64 caseId, const PortInRequest &asSubmitted, StoreStatus *status) const
{
    return submitBlockers(caseId, &asSubmitted, status);
}

Violations LoaService::submitBlockers(
    qint64 caseId, const PortInRequest *asSubmitted, StoreStatus *status) const
{
    const StatusOut st(status);
    CaseRow row;
    bool found = false;
    QList<LoaVersion> versions;
    if (!readCase(m_store, caseId, &row, &found, &versions, st))
        return {};
    if (!found)
        return { caseNotFound(caseId) };
    if (row.kind != CaseKind::PortIn)
        return {};
    return LoaContent::submitBlockers(loaRequest(row, asSubmitted), versions, Clock::now());
}

// ---------------------------------------------------------------------------
// Attachments

ChangeResult LoaService::addAttachment(
    qint64 caseId, AttachmentKind kind, const QString &fileName, const QByteArray &data, Role actor)
{
    return runChange(
        m_store, QString(), [&] { return addAttachmentOnce(caseId, kind, fileName, data, actor); },
        [&] { return committedWrite(m_store, CaseRepository::KeyedWrite::FileEvent, caseId); });
}

ChangeResult LoaService::addAttachmentOnce(
    qint64 caseId, AttachmentKind kind, const QString &fileName, const QByteArray &data, Role actor)
{
    const QDateTime now = Clock::now();
    if (actor != Role::Admin) {
        return refusedWith(caseId,
            refusal(QStringLiteral("actor"), "attachment.wrong-role",
                tr("Only an admin can attach files to a case: support can open them.")));
    }
    ChangeResult result;
    QString mimeType;
    result.violations = AttachmentRules::check(fileName, data.size(), data.left(16), &mimeType);
    WriteTransaction transaction(m_store);
    CaseRow row;
    if (hasErrors(result.violations)
        || !openCase(m_store, &transaction, caseId, true, caseId, &row, &result))
        return result;
    if (refusedClosed(row, "attachment.case-closed",
            tr("Case %1 is %2: nothing more can be attached to it."), &result))
        return result;
    CaseAttachment attachment;
    attachment.caseId = caseId;
    attachment.kind = kind;
    attachment.fileName = QFileInfo(fileName).fileName();
    attachment.mimeType = mimeType;
    attachment.addedAt = now;
    if (!LoaRepository(m_store).addAttachment(&attachment, data, &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.id = attachment.id;
    return result;
}

ChangeResult LoaService::addAttachmentFile(
    qint64 caseId, AttachmentKind kind, const QString &path, Role actor)
{
    if (actor != Role::Admin)
        return addAttachment(caseId, kind, path, QByteArray(), actor); // the role's refusal
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return refusedWith(caseId,
            refusal(QStringLiteral("attachment"), "attachment.unreadable",
                tr("Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(path),
                        !info.exists()   ? tr("there is no such file.")
                            : !info.isFile() ? tr("it is not a file.")
                                             : file.errorString())));
    }
    // Size and type before reading a file that may be huge.
    ChangeResult result;
    result.violations = AttachmentRules::check(info.fileName(), file.size(), file.peek(16));
    if (hasErrors(result.violations))
        return result;
    const QByteArray data = file.readAll();
    if (data.size() != file.size()) {
        return refusedWith(caseId,
            refusal(QStringLiteral("attachment"), "attachment.unreadable",
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    }
    return addAttachment(caseId, kind, info.fileName(), data, actor);
}

QList<CaseAttachment> LoaService::listAttachments(
    qint64 caseId, StoreStatus *status, AttachmentScope scope) const
{
    return readList<CaseAttachment>(status, [&](QList<CaseAttachment> *out, StoreStatus *st) {
        return LoaRepository(m_store).attachments(caseId, out, st, scope);
    });
}

bool LoaService::loadAttachment(
    qint64 attachmentId, CaseAttachment *meta, QByteArray *data, StoreStatus *status) const
{
    const StatusOut st(status);
    bool found = false;
    return LoaRepository(m_store).attachment(attachmentId, meta, data, &found, st) && found;
}

ChangeResult LoaService::removeAttachment(qint64 caseId, qint64 attachmentId, Role actor)
{
    return changeAttachment(caseId, attachmentId, actor, false);
}

ChangeResult LoaService::restoreAttachment(qint64 caseId, qint64 attachmentId, Role actor)
{
    return changeAttachment(caseId, attachmentId, actor, true);
}

ChangeResult LoaService::changeAttachment(qint64 caseId, qint64 attachmentId, Role actor, bool restore)
{
    return runChange(
        m_store, QString(),
        [&] { return changeAttachmentOnce(caseId, attachmentId, actor, restore); },
        [&] { return committedWrite(m_store, CaseRepository::KeyedWrite::FileEvent, caseId); });
}

ChangeResult LoaService::changeAttachmentOnce(
    qint64 caseId, qint64 attachmentId, Role actor, bool restore)
{
    if (actor != Role::Admin) {
        return refusedWith(caseId,
            refusal(QStringLiteral("actor"), "attachment.wrong-role",
                restore ? tr("Only an admin can restore a case's attachments.")
                        : tr("Only an admin can remove a case's attachments.")));
    }
    ChangeResult result;
    result.id = attachmentId;
    WriteTransaction transaction(m_store);
    CaseRow row;
    if (!openCase(m_store, &transaction, caseId, true, caseId, &row, &result))
        return result;
    if (restore
        && refusedClosed(row, "attachment.case-closed",
            tr("Case %1 is %2: nothing more can be attached to it, so a deleted file stays "
               "deleted."),
            &result))
        return result;
    LoaRepository files(m_store);
    const QDateTime now = Clock::now();
    bool found = false;
    if (!(restore ? files.restoreAttachment(caseId, attachmentId, now, &found, &result.status)
                  : files.removeAttachment(caseId, attachmentId, now, &found, &result.status)))
        return failedWith(result.status);
    if (!found) {
        result.violations.append(refusal(QStringLiteral("attachment"), "attachment.not-found",
            restore ? tr("Case %1 has no removed attachment %2 to restore.").arg(caseId).arg(attachmentId)
                    : tr("Case %1 has no attachment %2.").arg(caseId).arg(attachmentId)));
        return result;
    }
    if (!transaction.commit(&result.status))
        return failedWith(result.status);
    return result;
}

QList<CaseFileEvent> LoaService::listFileEvents(qint64 caseId, StoreStatus *status) const
{
    return readList<CaseFileEvent>(status, [&](QList<CaseFileEvent> *out, StoreStatus *st) {
        return LoaRepository(m_store).fileEvents(caseId, out, st);
    });
}

QStringList LoaService::attachmentNames(qint64 caseId, StoreStatus *status) const
{
    QStringList names;
    const QList<CaseAttachment> attachments = listAttachments(caseId, status);
    for (const CaseAttachment &a : attachments)
        names << a.fileName;
    return names;
}

} // namespace portdesk
