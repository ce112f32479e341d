// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/CaseSecrets.h"

#include <QScrollArea>
#include <QSet>

#include <functional>

class QVBoxLayout;

namespace portdesk {

// A case's request, read only: the port-in's details and carrier groups or
// the port-out's, with their numbers. Secrets (account numbers, PINs, the
// port-out account ID) are masked by Secret until the reader reveals one;
// each secret's label is named by its field path ("carriers[0].pin",
// "portOut.accountId") and its reveal toggle by the path and ".reveal".
// A toggle is disabled, its tooltip saying why, for a secret the role may
// not reveal (CaseSecrets); revealing one goes through the reveal hook,
// which records it (and may refuse: the secret then stays masked).
class CaseRequestSection : public QScrollArea {
    Q_OBJECT

public:
    explicit CaseRequestSection(QWidget *parent = nullptr);

    // Shows the case; rebuilt only when it changed, so that a reload from
    // elsewhere keeps the reader's scroll position and what was revealed.
    void showCase(const CaseRecord &record);
    // No case: nothing shown (what was revealed stays for the same case).
    void clear();
    // Another case is shown: its secrets start masked, its request is built anew.
    void startOver();
    // The role reading the case: which secrets it may reveal.
    void setRole(Role role);
    // Records a reveal before the secret is shown: false (with why) keeps it masked.
    using RevealHook = std::function<bool(const CaseSecret &secret, QString *why)>;
    void setRevealHook(RevealHook hook) { m_revealHook = std::move(hook); }

private:
    QWidget *secretField(const QString &key, const QList<CaseSecret> &held, const QString &what);
    // The request's boxes, added to the content's layout.
    void addPortIn(const CaseRecord &record, QVBoxLayout *layout);
    void addPortOut(const CaseRecord &record, QVBoxLayout *layout);

    QSet<QString> m_revealed;
    QString m_signature;
    Role m_role = Role::Admin;
    RevealHook m_revealHook;
};

} // namespace portdesk
