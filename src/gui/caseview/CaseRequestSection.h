// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"

#include <QScrollArea>
#include <QSet>

class QVBoxLayout;

namespace portdesk {

class Secret;

// A case's request, read only: the port-in's details and carrier groups or
// the port-out's, with their numbers. Secrets (account numbers, PINs, the
// port-out account ID) are masked by Secret until the reader reveals one;
// each secret's label is named by its field path ("carriers[0].pin",
// "portOut.accountId") and its reveal toggle by the path and ".reveal".
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

private:
    QWidget *secretField(const QString &key, const Secret &secret, const QString &what);
    // The request's boxes, added to the content's layout.
    void addPortIn(const CaseRecord &record, QVBoxLayout *layout);
    void addPortOut(const CaseRecord &record, QVBoxLayout *layout);

    QSet<QString> m_revealed;
    QString m_signature;
};

} // namespace portdesk
