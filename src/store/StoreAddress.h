// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QString>
#include <QUrl>

// A store's address read: a SQLite path (bare, sqlite:, sqlite://) or a
// PostgreSQL URL. Internal to src/store.
namespace portdesk {

struct ParsedUrl {
    bool postgres = false;
    QString path; // SQLite
    QUrl url; // PostgreSQL
    QString display;
};

// False, with *status saying what is wrong (never quoting a password), for
// another scheme or a malformed PostgreSQL URL.
bool parseUrl(const QString &text, ParsedUrl *out, StoreStatus *status);

} // namespace portdesk
