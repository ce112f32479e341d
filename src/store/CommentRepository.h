// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseComment.h"
#include "core/ChangeResult.h"

namespace portdesk {

class Store;

// The case_comments table. Used by src/service only: CommentService is the
// way in (it checks who may write what). Callers hold the write transaction
// for add().
class CommentRepository {
public:
    explicit CommentRepository(const Store &store);

    // Inserts the comment and sets comment->id.
    bool add(CaseComment *comment, StoreStatus *status);
    // Oldest first; internal notes only when includeInternal.
    bool list(
        qint64 caseId, bool includeInternal, QList<CaseComment> *out, StoreStatus *status) const;

private:
    const Store &m_store;
};

} // namespace portdesk
