#include "CliOutput.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace portdesk::cli {

QString iso(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    // Second precision with an explicit offset: the one the time was given
    // with (a requested port date keeps the customer's), else UTC.
    const QDateTime shown = at.timeSpec() == Qt::OffsetFromUTC ? at : at.toUTC();
    const int offset = shown.timeSpec() == Qt::OffsetFromUTC ? shown.offsetFromUtc() : 0;
    const int minutes = qAbs(offset) / 60;
    return shown.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonValue isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(iso(at)) : QJsonValue(QJsonValue::Null);
}

bool parseNow(const QString &text, QDateTime *out)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (!at.isValid())
        return false;
    if (at.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('Z'))
        && !text.contains(QLatin1Char('+')) && text.count(QLatin1Char('-')) <= 2)
        at.setTimeSpec(Qt::UTC);   // no offset given: read as UTC, not the machine's zone
    *out = at;
    return true;
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
        out.append(QJsonObject{{QStringLiteral("field"), v.field},
                               {QStringLiteral("rule"), v.rule},
                               {QStringLiteral("message"), v.message},
                               {QStringLiteral("severity"), v.isError() ? QStringLiteral("error")
                                                                        : QStringLiteral("warning")}});
    return out;
}

namespace {

// A store failure (3) or the errors of a refusal (1), each said on err; -1
// when there is neither.
int failedOrRefused(const StoreStatus &status, const Violations &violations, QTextStream &err)
{
    if (!status.ok()) {
        err << status.message << '\n';
        return StoreUnavailable;
    }
    for (const Violation &v : violations)
        if (v.isError())
            err << violationLine(v) << '\n';
    return hasErrors(violations) ? Refused : -1;
}

} // namespace

int reportResult(const ChangeResult &result, QTextStream &err)
{
    if (const int status = failedOrRefused(result.status, result.violations, err); status >= 0)
        return status;
    for (const Violation &v : result.violations)
        if (!v.isError())
            err << QCoreApplication::translate("CliApp", "warning: ") << violationLine(v) << '\n';
    return Done;
}

int reportBulk(const BulkResult &result, bool json, QTextStream &out, QTextStream &err)
{
    if (const int status = failedOrRefused(result.status, result.violations, err); status >= 0)
        return status;
    for (const NumberRefusal &r : result.refused)
        err << r.e164 << ": " << r.reason << " [" << r.rule << "]\n";
    if (json) {
        QJsonArray refused;
        for (const NumberRefusal &r : result.refused)
            refused.append(QJsonObject{{QStringLiteral("e164"), r.e164},
                                       {QStringLiteral("rule"), r.rule},
                                       {QStringLiteral("message"), r.reason}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("requested"), result.requested},
                                         {QStringLiteral("changed"), result.changed},
                                         {QStringLiteral("refused"), refused}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else if (result.requested > 1 || !result.refused.isEmpty()) {
        out << QCoreApplication::translate("CliApp", "%1 of %2 numbers changed, %3 refused.")
                   .arg(result.changed)
                   .arg(result.requested)
                   .arg(result.refused.size())
            << '\n';
    }
    return result.refused.isEmpty() ? Done : Refused;
}

void loaSignHint(const ChangeResult &result, qint64 caseId, const QString &requestFile, QTextStream &err)
{
    for (const Violation &v : result.violations) {
        if (v.isError() && v.rule.startsWith(QLatin1String("loa."))) {
            err << (requestFile.isEmpty()
                        ? QCoreApplication::translate("CliApp", "Sign them with: portdesk-cli loa sign %1 --name NAME --title TITLE")
                              .arg(caseId)
                        : QCoreApplication::translate("CliApp", "Sign the corrected LOAs with: portdesk-cli loa sign %1 --name NAME --title TITLE --request %2")
                              .arg(caseId)
                              .arg(requestFile))
                << '\n';
            return;
        }
    }
}

bool readJsonFile(const QString &path, QJsonObject *out, QString *error)
{
    QFile file(path);
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : file.open(QIODevice::ReadOnly);
    if (!ok) {
        *error = QCoreApplication::translate("CliApp", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("CliApp", "%1 is not valid JSON: %2 at offset %3.")
                  .arg(path, parseError.errorString())
                  .arg(parseError.offset)
            : QCoreApplication::translate("CliApp", "%1 must hold one JSON object (the request).").arg(path);
        return false;
    }
    *out = doc.object();
    return true;
}

CommandParser::CommandParser(const QString &helpText, std::initializer_list<Option> options)
    : help(helpText)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringLiteral("help")));
    for (const Option &option : options)
        add(option);
}

void CommandParser::add(const Option &option)
{
    parser.addOption(QCommandLineOption(QString::fromLatin1(option.name), QString(),
        option.value ? QString::fromLatin1(option.value) : QString()));
}

bool CommandParser::answered(CliContext &ctx, const QStringList &args, int *status)
{
    // "portdesk-cli" stands for the argv[0] QCommandLineParser expects.
    if (!parser.parse(QStringList { QStringLiteral("portdesk-cli") } + args)) {
        *status = ctx.usage(parser.errorText(), help);
        return true;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << help;
        *status = Done;
        return true;
    }
    return false;
}

} // namespace portdesk::cli
