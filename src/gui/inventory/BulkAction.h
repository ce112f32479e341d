// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/BulkResult.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace portdesk {

// Runs an action on many numbers with a progress dialog (cancel changes
// nothing) and words its outcome: how many changed, and each refusal with its
// reason.
class BulkAction {
    Q_DECLARE_TR_FUNCTIONS(BulkAction)

public:
    using Action = std::function<BulkResult(const BulkProgress &progress)>;

    // `label` says what is being done ("Assigning 10,000 numbers…").
    static BulkResult run(QWidget *parent, const QString &label, const Action &action);
    // The same for any long step that reports progress (import, export).
    static void runWithProgress(QWidget *parent, const QString &label,
        const std::function<void(const BulkProgress &)> &step);

    // The summary of a result. `changedText` has %n for the numbers changed
    // ("%n number(s) assigned"). At most `listed` refusals are written out.
    static QString summary(const BulkResult &result, const char *changedText, int listed = 20);
    // One line per refusal reason (rule), with its count: for the status line.
    static QString refusalCounts(const BulkResult &result);
};

} // namespace portdesk
