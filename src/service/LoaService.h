// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseAttachment.h"
#include "core/ChangeResult.h"
#include "core/LoaVersion.h"
#include "core/PortRequest.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// Signing the LOAs of a port-in, their versions, and the case's files (a
// carrier invoice, a customer service record). Signing and attachments are
// the admin's; anyone may read them. What an LOA shows and whether a
// signature fits it: LoaContent (src/documents).
class LoaService {
    Q_DECLARE_TR_FUNCTIONS(LoaService)

public:
    explicit LoaService(Store &store) : m_store(store) { }

    // Signs carrier group carrierIndex's LOA as the case's request stands
    // (or as `pending` would make it: a correction about to be submitted
    // after a change request is signed first). Each signature is a new
    // version (result.id: the version number). Refused on a closed case, for
    // a port-out, without a name or title. `shown`: the LOA content the
    // signer was shown (LoaContent::forGroup); when the request has changed
    // since (another program corrected the case meanwhile), nothing is
    // signed (loa.changed-while-signing).
    ChangeResult signLoa(qint64 caseId, int carrierIndex, const LoaSigner &signer,
        Role actor = Role::Admin, const PortInRequest *pending = nullptr,
        const QJsonObject *shown = nullptr);
    // Every signed version of the case, by carrier group then version.
    QList<LoaVersion> loaVersions(qint64 caseId, StoreStatus *status = nullptr) const;
    // Each carrier group's LOA state against the request as it is now.
    QList<LoaGroupStatus> loaStatus(qint64 caseId, StoreStatus *status = nullptr) const;
    // Why the admin cannot submit the LOAs now (LoaContent::submitBlockers).
    // Empty when every group is signed, and for a port-out. Reads only: safe
    // inside the caller's write transaction.
    Violations loaSubmitBlockers(qint64 caseId, StoreStatus *status = nullptr) const;
    // The same against a request about to be submitted (a correction).
    Violations loaSubmitBlockers(
        qint64 caseId, const PortInRequest &asSubmitted, StoreStatus *status = nullptr) const;

    // Attachments, checked by AttachmentRules.
    ChangeResult addAttachment(qint64 caseId, AttachmentKind kind, const QString &fileName,
        const QByteArray &data, Role actor = Role::Admin);
    // Reads the file (checking its size first) and adds it.
    ChangeResult addAttachmentFile(
        qint64 caseId, AttachmentKind kind, const QString &path, Role actor = Role::Admin);
    // The files attached to the case (removed: those deleted from it, which
    // restoreAttachment attaches again), in the order added.
    QList<CaseAttachment> listAttachments(qint64 caseId, StoreStatus *status = nullptr,
        AttachmentScope scope = AttachmentScope::Attached) const;
    // One attached file's bytes; false when it does not exist, was removed,
    // or the store failed.
    bool loadAttachment(qint64 attachmentId, CaseAttachment *meta, QByteArray *data,
        StoreStatus *status = nullptr) const;
    // Deletes a file from the case: kept, marked removed, restorable (the
    // LOA no longer names it). The admin's, as adding.
    ChangeResult removeAttachment(qint64 caseId, qint64 attachmentId, Role actor = Role::Admin);
    // Restoring is refused once the case is closed (nothing more is attached
    // to it); deleting is not (a wrong file can always be taken off). A
    // deleted file is purged by the clock after InventoryService::deletionQueueDays.
    ChangeResult restoreAttachment(qint64 caseId, qint64 attachmentId, Role actor = Role::Admin);
    // What happened to the case's files, oldest first (kept after a purge).
    QList<CaseFileEvent> listFileEvents(qint64 caseId, StoreStatus *status = nullptr) const;
    // The file names the LOA document lists, in the order added.
    QStringList attachmentNames(qint64 caseId, StoreStatus *status = nullptr) const;

private:
    ChangeResult changeAttachment(qint64 caseId, qint64 attachmentId, Role actor, bool restore);
    // One attempt of each write; the public ones retry once after a lost
    // connection (runChange) without writing twice.
    ChangeResult signLoaOnce(qint64 caseId, int carrierIndex, const LoaSigner &signer,
        Role actor, const PortInRequest *pending, const QJsonObject *shown);
    ChangeResult addAttachmentOnce(qint64 caseId, AttachmentKind kind, const QString &fileName,
        const QByteArray &data, Role actor);
    ChangeResult changeAttachmentOnce(qint64 caseId, qint64 attachmentId, Role actor, bool restore);
    Violations submitBlockers(
        qint64 caseId, const PortInRequest *asSubmitted, StoreStatus *status) const;

    Store &m_store;
};

} // namespace portdesk
