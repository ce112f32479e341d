// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace portdesk {

// Help ▸ About PortDesk: the version, the versions of the data it reads and
// writes, the store it has open and the licences of PortDesk and of what it
// is built on.
class AboutBox {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    // storeName: the store as people read it (a path, or a URL without its
    // password).
    static QString text(const QString &storeName);
    static void show(QWidget *parent, const QString &storeName);
};

} // namespace portdesk
