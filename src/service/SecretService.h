// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseSecrets.h"
#include "core/ChangeResult.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// Revealing a case's secrets: who may (CaseSecrets::mayReveal), and the
// reveal event every reveal leaves in the case's history.
class SecretService {
    Q_DECLARE_TR_FUNCTIONS(SecretService)

public:
    explicit SecretService(Store &store) : m_store(store) { }

    // Records that role revealed these secrets of the case (named by field
    // and group; their values are not read from `wanted`): one reveal event
    // in one write transaction, the case's state unchanged. Gives their
    // values, read in that transaction, in *revealed. Refused, nothing
    // recorded nor given, when the role may not reveal one of them
    // (reveal.not-permitted, on the secret's field path), the case has no
    // such secret (reveal.no-such-secret) or none is asked (reveal.nothing).
    ChangeResult reveal(qint64 caseId, Role role, const QList<CaseSecret> &wanted,
        QList<CaseSecret> *revealed = nullptr);

private:
    Store &m_store;
};

namespace service {

// The refusals of a free text about a case (a reason, a comment) that
// repeats one of the case's secrets: one per secret, on `field`, with rule
// `rule`, naming the secret ("the PIN of carrier group 1"), never showing
// it. `what` is the text as the message names it ("The reason").
Violations secretsInText(const CaseRecord &record, const QString &text, const QString &field,
    const QString &rule, const QString &what);
// A case as read, its free text (every event's reason, the rejected
// numbers' reasons) with any of its secrets masked: text stored before it
// was refused, shown masked everywhere.
void maskFreeText(CaseRecord *record);

} // namespace service
} // namespace portdesk
