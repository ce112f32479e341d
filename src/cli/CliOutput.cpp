// SPDX-License-Identifier: Apache-2.0
#include "CliOutput.h"

#include <QCoreApplication>

namespace portdesk::cli {

QString iso(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    // Second precision with an explicit offset: the one the time was given
    // with or the zone's it is shown in (a case's times are in the
    // customer's), else UTC.
    const bool keep = at.timeSpec() == Qt::OffsetFromUTC || at.timeSpec() == Qt::TimeZone;
    const QDateTime shown = keep ? at : at.toUTC();
    const int offset = keep ? shown.offsetFromUtc() : 0;
    const int minutes = qAbs(offset) / 60;
    return shown.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
        + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonValue isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(iso(at)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString violationLine(const Violation &v)
{
    const QString tail = v.message + QStringLiteral(" [") + v.rule + QLatin1Char(']');
    return v.field.isEmpty() ? tail : v.field + QStringLiteral(": ") + tail;
}

QJsonArray violationsJson(const Violations &vs)
{
    QJsonArray out;
    for (const Violation &v : vs)
        out.append(QJsonObject { { QStringLiteral("field"), v.field },
            { QStringLiteral("rule"), v.rule }, { QStringLiteral("message"), v.message },
            { QStringLiteral("severity"),
                v.isError() ? QStringLiteral("error") : QStringLiteral("warning") } });
    return out;
}

namespace {

// A store failure (3) or the errors of a refusal (1), each said; -1 when
// there is neither.
int failedOrRefused(CliContext &ctx, const StoreStatus &status, const Violations &violations)
{
    if (!status.ok())
        return ctx.storeFailure(status);
    if (!hasErrors(violations))
        return -1;
    // Refused: every error, and the warnings with them, so that one round
    // fixes all (a misspelt member is worth knowing about now, too).
    for (const Violation &v : violations)
        if (v.isError())
            ctx.report(v);
    for (const Violation &v : violations)
        if (!v.isError())
            ctx.report(v);
    return Refused;
}

} // namespace

int reportResult(CliContext &ctx, const ChangeResult &result)
{
    if (const int status = failedOrRefused(ctx, result.status, result.violations); status >= 0)
        return status;
    for (const Violation &v : result.violations)
        if (!v.isError())
            ctx.report(v);
    return Done;
}

int reportChange(
    CliContext &ctx, const ChangeResult &result, const QJsonObject &json, const QString &text)
{
    if (const int status = reportResult(ctx, result))
        return status;
    if (ctx.json)
        writeJson(ctx.out, json, QJsonDocument::Compact);
    else if (!text.isEmpty())
        ctx.out << text << '\n';
    return Done;
}

int reportViolations(CliContext &ctx, const Violations &violations)
{
    ChangeResult result;
    result.violations = violations;
    return reportResult(ctx, result);
}

int reportBulk(CliContext &ctx, const BulkResult &result)
{
    if (const int status = failedOrRefused(ctx, result.status, result.violations); status >= 0)
        return status;
    // Each refused number as a violation on the number: "e164: reason [rule]".
    for (const NumberRefusal &r : result.refused)
        ctx.report(Violation { r.e164, r.rule, r.reason });
    if (ctx.json) {
        QJsonArray refused;
        for (const NumberRefusal &r : result.refused)
            refused.append(QJsonObject { { QStringLiteral("e164"), r.e164 },
                { QStringLiteral("rule"), r.rule }, { QStringLiteral("message"), r.reason } });
        writeJson(ctx.out,
            QJsonObject { { QStringLiteral("requested"), result.requested },
                { QStringLiteral("changed"), result.changed },
                { QStringLiteral("refused"), refused } },
            QJsonDocument::Compact);
    } else if (result.requested > 1 || !result.refused.isEmpty()) {
        ctx.out << QCoreApplication::translate("CliApp", "%1 of %2 numbers changed, %3 refused.")
                       .arg(result.changed)
                       .arg(result.requested)
                       .arg(result.refused.size())
                << '\n';
    }
    return result.refused.isEmpty() ? Done : Refused;
}

void loaSignHint(
    CliContext &ctx, const ChangeResult &result, qint64 caseId, const QString &requestFile)
{
    for (const Violation &v : result.violations) {
        if (v.isError() && v.rule.startsWith(QLatin1String("loa."))) {
            ctx.note(requestFile.isEmpty()
                    ? QCoreApplication::translate("CliApp",
                        "Sign them with: portdesk-cli loa sign %1 --name NAME --title TITLE")
                          .arg(caseId)
                    : QCoreApplication::translate("CliApp",
                        "Sign the corrected LOAs with: portdesk-cli loa sign "
                        "%1 --name NAME --title TITLE --request %2")
                          .arg(caseId)
                          .arg(requestFile));
            return;
        }
    }
}

namespace {

void writeDocument(QTextStream &out, const QJsonDocument &json, QJsonDocument::JsonFormat format)
{
    out << json.toJson(format);
    if (format == QJsonDocument::Compact)
        out << '\n'; // an indented document ends its last line itself
}

} // namespace

void writeJson(QTextStream &out, const QJsonObject &json, QJsonDocument::JsonFormat format)
{
    writeDocument(out, QJsonDocument(json), format);
}

void writeJson(QTextStream &out, const QJsonArray &json, QJsonDocument::JsonFormat format)
{
    writeDocument(out, QJsonDocument(json), format);
}

} // namespace portdesk::cli
