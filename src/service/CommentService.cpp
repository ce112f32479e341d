// SPDX-License-Identifier: Apache-2.0
#include "CommentService.h"

#include "CaseSteps.h"
#include "ServiceSupport.h"

#include "core/Clock.h"
#include "store/CaseRepository.h"
#include "store/CommentRepository.h"
#include "store/Transaction.h"

#include <algorithm>

namespace portdesk {

namespace {

// Whether `secret` stands in `text` as a token of its own: not inside a
// longer run of letters or digits.
bool containsToken(const QString &text, const QString &secret)
{
    for (qsizetype from = text.indexOf(secret, 0, Qt::CaseInsensitive); from >= 0;
         from = text.indexOf(secret, from + 1, Qt::CaseInsensitive)) {
        const qsizetype end = from + secret.size();
        if ((from == 0 || !text.at(from - 1).isLetterOrNumber())
            && (end >= text.size() || !text.at(end).isLetterOrNumber()))
            return true;
    }
    return false;
}

// The numbers written in `text`, each as its groups of digits: groups that
// one or two of space, dash, dot or parenthesis join ("8304 1799 2615",
// "(206) 444-0101") are one number; anything else ends it.
QList<QStringList> numbersIn(const QString &text)
{
    const auto joins = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('(') || c == QLatin1Char(')');
    };
    QList<QStringList> numbers;
    QStringList groups;
    QString group;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isDigit()) {
            group += text.at(i++);
            continue;
        }
        if (!group.isEmpty()) {
            groups << group;
            group.clear();
        }
        qsizetype gap = 0;
        while (i + gap < text.size() && joins(text.at(i + gap)))
            ++gap;
        const bool sameNumber
            = !groups.isEmpty() && gap >= 1 && gap <= 2 && i + gap < text.size() && text.at(i + gap).isDigit();
        if (!sameNumber && !groups.isEmpty()) {
            numbers << groups;
            groups.clear();
        }
        i += std::max<qsizetype>(gap, 1);
    }
    if (!group.isEmpty())
        groups << group;
    if (!groups.isEmpty())
        numbers << groups;
    return numbers;
}

// Whether a comment repeats `secret`. A secret of digits (grouped or not)
// is found as a whole number of the text, or as consecutive groups of one
// ("830417992615 4821" holds both an account number and a PIN), except
// inside a phone number: ten digits, or eleven from a 1 ("(206) 444-0101"
// holds no PIN 0101). Any other secret is found as a word of its own.
bool repeats(const QString &text, const QString &secret)
{
    QString digits;
    for (const QChar c : secret) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return containsToken(text, secret);
    }
    if (digits.isEmpty())
        return false;
    for (const QStringList &groups : numbersIn(text)) {
        const QString whole = groups.join(QString());
        if (whole == digits)
            return true;
        const bool phoneNumber = whole.size() == 10 || (whole.size() == 11 && whole.startsWith(QLatin1Char('1')));
        if (phoneNumber)
            continue;
        for (qsizetype first = 0; first < groups.size(); ++first) {
            QString run;
            for (qsizetype last = first; last < groups.size() && run.size() < digits.size(); ++last) {
                run += groups.at(last);
                if (run == digits)
                    return true;
            }
        }
    }
    return false;
}

// The case's secrets a comment must not repeat, each with what to call it.
QList<QPair<QString, QString>> secretsOf(const CaseRecord &record)
{
    QList<QPair<QString, QString>> secrets;
    const auto add = [&secrets](const QString &value, const QString &name) {
        const QString v = value.trimmed();
        if (v.size() >= CommentService::minGuardedSecretLength)
            secrets.append({ v, name });
    };
    if (record.kind == CaseKind::PortIn) {
        const QList<CarrierGroup> &groups = record.portIn.carriers;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString group = groups.at(i).carrier.trimmed().isEmpty()
                ? CommentService::tr("carrier group %1").arg(i + 1)
                : CommentService::tr("carrier group %1 (%2)").arg(i + 1).arg(groups.at(i).carrier.trimmed());
            add(groups.at(i).accountNumber, CommentService::tr("the account number of %1").arg(group));
            add(groups.at(i).pin, CommentService::tr("the PIN of %1").arg(group));
        }
    } else {
        add(record.portOutAccountId, CommentService::tr("the port-out account ID"));
        add(record.portOutPin, CommentService::tr("the port-out PIN"));
    }
    return secrets;
}

} // namespace

ChangeResult CommentService::addComment(
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
    for (const auto &secret : secretsOf(row.toRecord())) {
        if (repeats(text, secret.first)) {
            result.violations.append(service::refusal(QStringLiteral("body"), "comment.contains-secret",
                CommentService::tr("The comment contains %1. Account numbers and PINs stay masked "
                                   "in the case (Reveal shows them); take it out of the comment.")
                    .arg(secret.second)));
        }
    }
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
