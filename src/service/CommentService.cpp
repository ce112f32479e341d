// SPDX-License-Identifier: Apache-2.0
#include "CommentService.h"

#include "CaseSteps.h"
#include "SecretService.h"
#include "ServiceSupport.h"

#include "core/Clock.h"
#include "store/CaseRepository.h"
#include "store/CommentRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

namespace portdesk {

ChangeResult CommentService::addComment(
    qint64 caseId, Role role, const QString &author, bool internal, const QString &body)
{
    return service::runChange(
        m_store, QString(), [&] { return addCommentOnce(caseId, role, author, internal, body); },
        [&] {
            ChangeResult done;
            done.id = CaseRepository(m_store).rowOfRequestKey(
                CaseRepository::KeyedWrite::Comment, m_store.requestKey(), &done.status);
            return done;
        });
}

ChangeResult CommentService::addCommentOnce(
    qint64 caseId, Role role, const QString &author, bool internal, const QString &body)
{
    ChangeResult result;
    result.id = 0;
    const QString text = body.trimmed();
    if (role == Role::System) {
        result.violations.append(service::refusal(QStringLiteral("role"), "comment.wrong-role",
            CommentService::tr("Comments are written by the admin or support.")));
    }
    if (internal && role != Role::Support) {
        result.violations.append(service::refusal(QStringLiteral("internal"), "comment.internal-support-only",
            CommentService::tr("Only support can write internal notes.")));
    }
    if (text.isEmpty()) {
        result.violations.append(service::refusal(QStringLiteral("body"), "comment.empty",
            CommentService::tr("Write something before adding the comment.")));
    } else if (text.size() > maxCommentLength) {
        result.violations.append(service::refusal(QStringLiteral("body"), "comment.too-long",
            CommentService::tr("A comment can be at most %1 characters long; this one has %2.")
                .arg(maxCommentLength)
                .arg(text.size())));
    }
    if (hasErrors(result.violations))
        return result;

    WriteTransaction transaction(m_store);
    CaseRow row;
    if (!service::openCase(m_store, &transaction, caseId, false, 0, &row, &result))
        return result;
    // Account numbers and PINs stay masked in the case; a comment is shown
    // to everyone who opens it, as written.
    result.violations += service::secretsInText(row.toRecord(), text, QStringLiteral("body"),
        QStringLiteral("comment.contains-secret"), CommentService::tr("The comment"));
    if (hasErrors(result.violations))
        return result;

    CaseComment comment;
    comment.caseId = caseId;
    comment.authorRole = role;
    comment.author = author.trimmed();
    comment.internal = internal;
    comment.body = text;
    comment.createdAt = Clock::now();
    if (!CommentRepository(m_store).add(&comment, &result.status)
        || !transaction.commit(&result.status))
        return service::failedWith(result.status);
    result.id = comment.id;
    return result;
}

QList<CaseComment> CommentService::listComments(
    qint64 caseId, bool includeInternal, StoreStatus *status) const
{
    return service::readList<CaseComment>(status, [&](QList<CaseComment> *out, StoreStatus *st) {
        return CommentRepository(m_store).list(caseId, includeInternal, out, st);
    });
}

} // namespace portdesk
