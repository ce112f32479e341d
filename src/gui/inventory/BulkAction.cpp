// SPDX-License-Identifier: Apache-2.0
#include "BulkAction.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QProgressDialog>

namespace portdesk {

BulkResult BulkAction::run(QWidget *parent, const QString &label, const Action &action)
{
    BulkResult result;
    runWithProgress(
        parent, label, [&](const BulkProgress &progress) { result = action(progress); });
    return result;
}

void BulkAction::runWithProgress(
    QWidget *parent, const QString &label, const std::function<void(const BulkProgress &)> &step)
{
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("bulkProgress"));
    progress.setWindowTitle(tr("Working"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QElapsedTimer sinceUpdate;
    sinceUpdate.start();
    const BulkProgress report = [&progress, &sinceUpdate](int done, int total) {
        // The dialog repaints at most every 50 ms: a long action stays fast.
        if (done < total && sinceUpdate.elapsed() < 50)
            return !progress.wasCanceled();
        sinceUpdate.restart();
        if (progress.maximum() != total)
            progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    step(report);
    progress.close();
}

QString BulkAction::summary(const BulkResult &result, const char *changedText, int listed)
{
    if (!result.status.ok())
        return result.status.message;
    QStringList lines;
    if (result.cancelled)
        return tr("Cancelled: nothing was changed.");
    if (hasErrors(result.violations)) {
        for (const Violation &v : result.violations)
            lines << v.message;
        lines << tr("Nothing was changed.");
        return lines.join(QLatin1Char('\n'));
    }
    const QLocale locale;
    QString head = tr(changedText, nullptr, result.changed);
    if (result.requested != result.changed)
        head = tr("%1 of %2.").arg(head, locale.toString(result.requested));
    else
        head += QLatin1Char('.');
    lines << head;
    if (!result.refused.isEmpty()) {
        lines << tr("%n number(s) refused:", nullptr, int(result.refused.size()));
        for (int i = 0; i < result.refused.size() && i < listed; ++i)
            lines << QStringLiteral("• ") + result.refused.at(i).reason;
        if (result.refused.size() > listed)
            lines << tr("…and %n more.", nullptr, int(result.refused.size()) - listed);
    }
    return lines.join(QLatin1Char('\n'));
}

QString BulkAction::refusalCounts(const BulkResult &result)
{
    QMap<QString, int> byRule;
    for (const NumberRefusal &r : result.refused)
        ++byRule[r.rule];
    QStringList parts;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        parts << tr("%1: %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral("; "));
}

} // namespace portdesk
