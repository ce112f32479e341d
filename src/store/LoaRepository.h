#pragma once

#include "StoreTypes.h"

namespace portdesk {

class Store;

// The signed LOA versions and the case attachments: SQL on the loa_versions
// and case_attachments tables. Internal to src/store: PortingService is the
// way in; writers hold the write transaction.
class LoaRepository {
public:
    explicit LoaRepository(const Store &store);

    // Every version of a case, by carrier group then version.
    bool versions(qint64 caseId, QList<LoaVersion> *out, StoreStatus *status) const;
    // Adds the next version of version->carrierIndex (version->version and
    // version->id are set here).
    bool addVersion(LoaVersion *version, StoreStatus *status);

    // The case's attachments without their bytes, in the order added.
    bool attachments(qint64 caseId, QList<CaseAttachment> *out, StoreStatus *status) const;
    bool attachment(
        qint64 id, CaseAttachment *meta, QByteArray *data, bool *found, StoreStatus *status) const;
    bool addAttachment(CaseAttachment *attachment, const QByteArray &data, StoreStatus *status);
    // Removes one attachment of this case; found false when there is none.
    bool removeAttachment(qint64 caseId, qint64 id, bool *found, StoreStatus *status);

private:
    const Store &m_store;
};

} // namespace portdesk
