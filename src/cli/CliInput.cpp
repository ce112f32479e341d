// SPDX-License-Identifier: Apache-2.0
#include "CliInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace portdesk::cli {

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
        at.setTimeSpec(Qt::UTC); // no offset given: read as UTC, not the machine's zone
    *out = at;
    return true;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

bool claimStandardInput(const QString &what, QFile *in, QString *error)
{
    // Who read standard input first in this run (one command a process).
    static QString claimedBy;
    if (!claimedBy.isEmpty()) {
        *error = QCoreApplication::translate("CliApp",
            "%1: standard input (-) is read once, and %2 reads it already; give one of them a "
            "file.")
                     .arg(what, claimedBy);
        return false;
    }
    if (!in->open(stdin, QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CliApp", "%1: cannot read standard input: %2")
                     .arg(what, in->errorString());
        return false;
    }
    claimedBy = what;
    return true;
}

bool readInputFile(const QString &path, const QString &what, qint64 maxBytes, QByteArray *data,
    QString *error)
{
    QFile file(path);
    if (path == QLatin1String("-")) {
        if (!claimStandardInput(what, &file, error))
            return false;
    } else if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CliApp", "Cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    // One byte more than allowed tells a file too large without reading it all.
    *data = maxBytes > 0 ? file.read(maxBytes + 1) : file.readAll();
    if (maxBytes > 0 && data->size() > maxBytes) {
        *error = QCoreApplication::translate("CliApp", "%1: %2 is larger than %3 bytes.")
                     .arg(what, path == QLatin1String("-")
                             ? QCoreApplication::translate("CliApp", "standard input")
                             : path)
                     .arg(maxBytes);
        data->clear();
        return false;
    }
    return true;
}

bool readJsonFile(const QString &path, QJsonObject *out, QString *error, const QString &what)
{
    QByteArray data;
    if (!readInputFile(path, what.isEmpty() ? path : what, 0, &data, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    // The file as the command line gave it: "--request FILE", or the path.
    const QString named = what.isEmpty() ? path : what + QLatin1Char(' ') + path;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("CliApp", "%1 is not valid JSON: %2 at offset %3.")
                  .arg(named, parseError.errorString())
                  .arg(parseError.offset)
            : QCoreApplication::translate("CliApp", "%1 must hold one JSON object (the request).")
                  .arg(named);
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace portdesk::cli
