// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

namespace portdesk {

// Loads PortDesk's own translation (compiled into the program) and Qt's for
// the locale; English needs none. Returns true when PortDesk's was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace portdesk
