// SPDX-License-Identifier: Apache-2.0
#include "StoreAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace portdesk {

namespace {

StoreStatus failed(const QString &message)
{
    StoreStatus status;
    status.code = StoreStatus::Code::Failed;
    status.message = message;
    return status;
}

// A store address as a message may show it: any password left out.
QString withoutPassword(const QString &address)
{
    static const QRegularExpression password(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:@/]*):[^@/]*@"));
    QString shown = address;
    shown.replace(password, QStringLiteral("\\1@"));
    return shown.left(200);
}

} // namespace

bool parseUrl(const QString &text, ParsedUrl *out, StoreStatus *status)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("postgresql://"))
        || trimmed.startsWith(QLatin1String("postgres://"))) {
        QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            // QUrl's own error quotes the whole address, password and all.
            const QString why = !url.isValid()
                ? (url.errorString().contains(QLatin1String("port"))
                          ? QCoreApplication::translate("Store", "the port is not a number from 1 to 65535")
                          : QCoreApplication::translate("Store", "it is not a valid URL"))
                : url.host().isEmpty() ? QCoreApplication::translate("Store", "no host")
                                       : QCoreApplication::translate("Store", "no database name");
            *status = failed(
                QCoreApplication::translate("Store", "\"%1\" is not a PostgreSQL store address (%2): use "
                          "postgresql://user@host:port/database.")
                    .arg(withoutPassword(trimmed), why));
            return false;
        }
        out->postgres = true;
        out->url = url;
        QUrl shown = url;
        shown.setPassword(QString());
        shown.setQuery(QString());
        out->display = shown.toDisplayString();
        return true;
    }
    // Any other scheme is not a path that happens to hold "://".
    static const QRegularExpression otherScheme(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*)://"));
    const QRegularExpressionMatch scheme = otherScheme.match(trimmed);
    if (scheme.hasMatch() && scheme.captured(1) != QLatin1String("sqlite")) {
        *status = failed(
            QCoreApplication::translate("Store", "\"%1\": %2 is not a kind of store PortDesk uses. A store is a SQLite file "
                      "(a path, or sqlite:PATH) or a PostgreSQL database "
                      "(postgresql://user@host:port/database).")
                .arg(withoutPassword(trimmed), scheme.captured(1)));
        return false;
    }
    QString path = trimmed;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = path.mid(9);
    else if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    if (path.isEmpty()) {
        *status = failed( QCoreApplication::translate("Store", "No store file was given."));
        return false;
    }
    out->postgres = false;
    out->path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    out->display = QDir::toNativeSeparators(out->path);
    return true;
}

} // namespace portdesk
