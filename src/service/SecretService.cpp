// SPDX-License-Identifier: Apache-2.0
#include "SecretService.h"

#include "CaseSteps.h"
#include "ServiceSupport.h"

#include "core/Clock.h"
#include "store/CaseRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <algorithm>

namespace portdesk {

using namespace service;

ChangeResult SecretService::reveal(
    qint64 caseId, Role role, const QList<CaseSecret> &wanted, QList<CaseSecret> *revealed)
{
    ChangeResult result;
    result.id = caseId;
    if (revealed)
        revealed->clear();
    if (wanted.isEmpty()) {
        result.violations.append(refusal(QStringLiteral("secret"), "reveal.nothing",
            tr("Name the secret to reveal.")));
        return result;
    }
    if (!roleOfLogin(m_store, role, &result))
        return result;
    // Nothing is revealed (or recorded as revealed) that cannot be read.
    if (!m_store.secretsReadable()) {
        result.violations.append(refusal(QStringLiteral("store"), "store.key-unavailable",
            tr("This store's account numbers and PINs cannot be read with your key: %1")
                .arg(m_store.secretsProblem())));
        return result;
    }
    WriteTransaction transaction(m_store);
    CaseRow row;
    if (!openCase(m_store, &transaction, caseId, true, 0, &row, &result))
        return result;
    const QList<CaseSecret> held = CaseSecrets::of(row.toRecord());
    QList<CaseSecret> shown;
    for (const CaseSecret &w : wanted) {
        const auto it = std::find_if(
            held.cbegin(), held.cend(), [&w](const CaseSecret &h) { return h.sameAs(w); });
        if (it == held.cend()) {
            result.violations.append(refusal(w.key(), "reveal.no-such-secret",
                tr("Case %1 holds no such secret: %2.").arg(caseId).arg(w.name())));
            continue;
        }
        const QString why = CaseSecrets::whyNot(role, *it);
        if (!why.isEmpty()) {
            result.violations.append(refusal(it->key(), "reveal.not-permitted", why));
            continue;
        }
        if (!std::any_of(shown.cbegin(), shown.cend(), [&](const CaseSecret &s) { return s.sameAs(*it); }))
            shown.append(*it);
    }
    if (hasErrors(result.violations))
        return result;
    EventArgs args;
    args.revealed = CaseSecrets::toJson(shown);
    if (!applyEvent(m_store, &row, CaseEvent::Reveal, role, args, row.state, Clock::now(), {},
            &result.status)
        || !transaction.commit(&result.status))
        return failedWith(result.status);
    result.state = row.state;
    if (revealed)
        *revealed = shown;
    return result;
}

namespace service {

Violations secretsInText(const CaseRecord &record, const QString &text, const QString &field,
    const QString &rule, const QString &what)
{
    Violations found;
    if (text.trimmed().isEmpty())
        return found;
    for (const CaseSecret &s : CaseSecrets::foundIn(text, CaseSecrets::guarded(record))) {
        found.append(Violation { field, rule,
            SecretService::tr("%1 contains %2. Account numbers and PINs stay masked in the case "
                              "(Reveal shows them); take it out of the text.")
                .arg(what, s.name()),
            Violation::Severity::Error });
    }
    return found;
}

void maskFreeText(CaseRecord *record)
{
    const QList<CaseSecret> secrets = CaseSecrets::guarded(*record);
    if (secrets.isEmpty())
        return;
    for (CaseEventRecord &e : record->events)
        e.event.args.reason = CaseSecrets::masked(e.event.args.reason, secrets);
    for (PortNumber &n : record->numberStatus)
        n.reason = CaseSecrets::masked(n.reason, secrets);
}

} // namespace service
} // namespace portdesk
