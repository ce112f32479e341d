// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace portdesk::cli {

// What portdesk-cli reads from its command line and files.

// --now and other times typed on the command line; no offset: UTC.
bool parseNow(const QString &text, QDateTime *out);
// A case's, a file's or a row's id: a positive integer.
bool parseId(const QString &text, qint64 *id);
// A request file (- reads stdin): one JSON object, or why not in *error.
bool readJsonFile(const QString &path, QJsonObject *out, QString *error);

} // namespace portdesk::cli
