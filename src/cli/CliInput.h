// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonObject>

namespace portdesk::cli {

// What portdesk-cli reads from its command line and files.

// --now and other times typed on the command line; no offset: UTC.
bool parseNow(const QString &text, QDateTime *out);
// A case's, a file's or a row's id: a positive integer.
bool parseId(const QString &text, qint64 *id);
// A request file (- reads stdin): one JSON object, or why not in *error;
// `what` names the option that gave it, if any ("--request").
bool readJsonFile(
    const QString &path, QJsonObject *out, QString *error, const QString &what = QString());

// "-" for a file that is read: standard input, opened on *in (binary, as
// it comes). A run reads standard input once: a second use (loa sign
// --request - --signature -) is refused with *error naming the first;
// `what` names this use (an option, or a command's file argument).
bool claimStandardInput(const QString &what, QFile *in, QString *error);
// A file's bytes, at most maxBytes (0: no limit; a larger file sets *error),
// "-" reading standard input (claimStandardInput); `what` names the option
// in the messages ("--signature").
bool readInputFile(const QString &path, const QString &what, qint64 maxBytes, QByteArray *data,
    QString *error);

} // namespace portdesk::cli
