#pragma once

#include "core/BulkResult.h"
#include "core/ChangeResult.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <initializer_list>

namespace portdesk::cli {

struct CliContext;

// How portdesk-cli writes: times (ISO 8601 with the offset they were given
// with, else UTC), refusals (one a line on stderr: field, message, rule),
// and the outcome of a change or a bulk action as an exit status.
QString iso(const QDateTime &at);
QJsonValue isoOrNull(const QDateTime &at);
// --now and other times typed on the command line; no offset: UTC.
bool parseNow(const QString &text, QDateTime *out);
QString violationLine(const Violation &v);
QJsonArray violationsJson(const Violations &vs);
// A change's outcome: 0 done, 1 refused (every violation on err), 3 the store failed.
int reportResult(const ChangeResult &result, QTextStream &err);
// A bulk action's outcome: counts and refused numbers, text or JSON.
int reportBulk(const BulkResult &result, bool json, QTextStream &out, QTextStream &err);
// After a refusal for want of signed LOAs: the command that signs them.
void loaSignHint(const ChangeResult &result, qint64 caseId, const QString &requestFile, QTextStream &err);
bool readJsonFile(const QString &path, QJsonObject *out, QString *error);

// One row of a command's option table: the option's name and, for an
// option that takes a value, the value's name in the help.
struct Option {
    const char *name;
    const char *value = nullptr;
};

// One command's own option parser, made from its option table; --help is
// always there.
struct CommandParser
{
    QCommandLineParser parser;
    QString help;

    CommandParser(const QString &helpText, std::initializer_list<Option> options);
    void add(const Option &option);
    // Parses args. True when the command ends here, with *status set: bad
    // usage (the parser's error and the help on stderr) or --help (the help
    // on stdout).
    bool answered(CliContext &ctx, const QStringList &args, int *status);
};

} // namespace portdesk::cli
