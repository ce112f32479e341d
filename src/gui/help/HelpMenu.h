// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

class QMainWindow;
class QMenu;

namespace portdesk {

// The top of the Help menu: PortDesk guide (F1, at the page of whatever
// window has the focus: the main window, the wizard, a dialog), What's This?
// (Shift+F1) and Keyboard shortcuts.
class HelpMenu {
    Q_DECLARE_TR_FUNCTIONS(HelpMenu)

public:
    static void install(QMainWindow *window, QMenu *menu);
};

} // namespace portdesk
