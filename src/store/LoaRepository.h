// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseAttachment.h"
#include "core/ChangeResult.h"
#include "core/LoaVersion.h"

namespace portdesk {

class Store;

// The signed LOA versions and the case attachments: SQL on the loa_versions
// and case_attachments tables. Used by src/service only (LoaService, the
// clock); writers hold the write transaction.
class LoaRepository {
public:
    explicit LoaRepository(const Store &store);

    // Every version of a case, by carrier group then version.
    bool versions(qint64 caseId, QList<LoaVersion> *out, StoreStatus *status) const;
    // Adds the next version of version->carrierIndex (version->version and
    // version->id are set here).
    bool addVersion(LoaVersion *version, StoreStatus *status);

    // The case's attachments in `scope`, without their bytes, in the order added.
    bool attachments(qint64 caseId, QList<CaseAttachment> *out, StoreStatus *status,
        AttachmentScope scope = AttachmentScope::Attached) const;
    bool attachment(
        qint64 id, CaseAttachment *meta, QByteArray *data, bool *found, StoreStatus *status) const;
    bool addAttachment(CaseAttachment *attachment, const QByteArray &data, StoreStatus *status);
    // Marks one attached file of this case removed at `at` (restore: attached
    // again); found false when there is no such file to remove (restore).
    bool removeAttachment(
        qint64 caseId, qint64 id, const QDateTime &at, bool *found, StoreStatus *status);
    // (Each change to a file appends its line to the case's file log.)
    bool restoreAttachment(
        qint64 caseId, qint64 id, const QDateTime &at, bool *found, StoreStatus *status);
    // The case's file log, oldest first.
    bool fileEvents(qint64 caseId, QList<CaseFileEvent> *out, StoreStatus *status) const;
    // Files removed at or before `cutoff`: whether any is there, and their
    // purge (gone for good, a "purged" line each at `at`).
    bool purgeDue(const QDateTime &cutoff, bool *due, StoreStatus *status) const;
    bool purge(const QDateTime &cutoff, const QDateTime &at, QList<CaseFileEvent> *purged,
        StoreStatus *status);

private:
    bool setRemoved(qint64 caseId, qint64 id, const QDateTime &at, CaseFileEvent::What what, bool *found,
        StoreStatus *status);
    static bool appendFileEvent(const LoaRepository &repository, const CaseFileEvent &event, StoreStatus *status);

    const Store &m_store;
};

} // namespace portdesk
