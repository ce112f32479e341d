// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

namespace portdesk {

// Loads PortDesk's own translation (compiled into the program) and Qt's for
// the locale. English has one too, of plural forms only ("1 number" for
// "%n number(s)"). Returns true when PortDesk's was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace portdesk
