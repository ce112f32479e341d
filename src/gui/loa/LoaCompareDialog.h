// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseSecrets.h"
#include "core/LoaVersion.h"

#include <QDialog>

#include <functional>

namespace portdesk {

// What changed between two versions of a carrier group's LOA (or a version
// and the request as it stands): one row per field, before and after, the
// account number and PIN masked until "Reveal" is ticked: only those the
// role may reveal (CaseSecrets), each reveal recorded first through the
// reveal hook (which may refuse: they stay masked). Closes itself (deleted
// on close).
class LoaCompareDialog : public QDialog {
    Q_OBJECT

public:
    using RevealHook = std::function<bool(const QList<CaseSecret> &secrets, QString *why)>;

    // from, to: the two sides as people read them ("version 2 (signed ...)").
    LoaCompareDialog(qint64 caseId, int group, const QString &from, const QString &to,
        const QList<LoaFieldChange> &changes, Role role, const RevealHook &reveal,
        QWidget *parent = nullptr);

    // Group g's LOA compared as the panel's Compare… asks: two versions
    // picked (by number), with each other; one, with the request as it
    // stands; none, the last listed with the request. Opened, deleted on close.
    static LoaCompareDialog *compare(qint64 caseId, int group, const LoaGroupStatus &g,
        QList<int> picked, Role role, const RevealHook &reveal, QWidget *parent);
};

} // namespace portdesk
