// SPDX-License-Identifier: Apache-2.0
#include "AboutBox.h"

#include "core/PhoneNumber.h"
#include "service/StoreProbe.h"

#include <QApplication>
#include <QMessageBox>

namespace portdesk {

QString AboutBox::text(const QString &storeName)
{
    const auto row = [](const QString &what, const QString &licence) {
        return QStringLiteral("<li>%1: %2</li>").arg(what, licence);
    };
    QString licences = row(tr("PortDesk"),
                           tr("Apache License 2.0 (the LICENSE file; "
                              "/usr/share/doc/portdesk/copyright when installed)"));
    licences += row(tr("Qt %1").arg(QString::fromLatin1(qVersion())),
                    tr("GNU LGPL version 3 (Help \u25b8 About Qt)"));
    licences += row(tr("libphonenumber"), tr("Apache License 2.0"));
    licences += row(tr("Google's numbering metadata, through libphonenumber-js"),
                    tr("Apache License 2.0 (the metadata), MIT (the package)"));
    licences += row(tr("libsodium"), tr("ISC licence"));
    licences += row(tr("QtKeychain"), tr("BSD 2-Clause licence (its CMake files BSD 3-Clause)"));
    licences += row(tr("SQLite"), tr("public domain"));
    licences += row(tr("PostgreSQL's client library libpq"), tr("PostgreSQL Licence"));
    return tr("<h3>PortDesk %1</h3>"
              "<p>Port United States phone numbers into and out of the cloud calling service.</p>"
              "<p>Store: %2<br>"
              "Store schema written: version %3<br>"
              "Numbering data: %4</p>"
              "<p>Licences:</p><ul>%5</ul>")
        .arg(QStringLiteral(PORTDESK_VERSION), storeName.toHtmlEscaped(),
             QString::number(StoreProbe::schemaVersionWritten()),
             PhoneNumbers::numberingDataName().toHtmlEscaped(), licences);
}

void AboutBox::show(QWidget *parent, const QString &storeName)
{
    QMessageBox box(QMessageBox::Information, tr("About PortDesk"), text(storeName), QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!qApp->windowIcon().isNull())
        box.setIconPixmap(qApp->windowIcon().pixmap(64, 64));
    box.exec();
}

} // namespace portdesk
