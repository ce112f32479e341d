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

bool readJsonFile(const QString &path, QJsonObject *out, QString *error)
{
    QFile file(path);
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : file.open(QIODevice::ReadOnly);
    if (!ok) {
        *error = QCoreApplication::translate("CliApp", "Cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("CliApp", "%1 is not valid JSON: %2 at offset %3.")
                  .arg(path, parseError.errorString())
                  .arg(parseError.offset)
            : QCoreApplication::translate("CliApp", "%1 must hold one JSON object (the request).")
                  .arg(path);
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace portdesk::cli
