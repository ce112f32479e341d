// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseComment.h"
#include "core/ChangeResult.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// Notes on a case by role. Internal notes are written and read by support
// only. Comments are not case events: they do not move the case.
class CommentService {
    Q_DECLARE_TR_FUNCTIONS(CommentService)

public:
    explicit CommentService(Store &store) : m_store(store) { }

    // A note by role (Admin or Support), signed with author (free text, may
    // be empty); an empty body is refused.
    ChangeResult addComment(qint64 caseId, Role role, const QString &author, bool internal,
                            const QString &body);
    // The case's comments, oldest first; internal ones only when asked for
    // (support's view).
    QList<CaseComment> listComments(qint64 caseId, bool includeInternal,
                                    StoreStatus *status = nullptr) const;

    // The longest comment accepted, in characters.
    static constexpr int maxCommentLength = 10000;
    // A comment that repeats one of its case's account numbers or PINs
    // (CaseSecrets::repeats) is refused (comment.contains-secret).

private:
    // One attempt; addComment retries once after a lost connection.
    ChangeResult addCommentOnce(qint64 caseId, Role role, const QString &author, bool internal,
                                const QString &body);

    Store &m_store;
};

} // namespace portdesk
