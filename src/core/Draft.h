// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace portdesk {

struct Draft
{
    qint64 id = 0;
    QString kind;            // "port-in" / "port-out"
    QString title;           // e.g. the first customer name and the count of numbers
    QJsonObject content;     // the editor's own JSON (request, page, extras)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;     // updatedAt + retention: pruned by the clock then
    bool expiresSoon = false;   // within the last week before expiresAt
};

} // namespace portdesk
