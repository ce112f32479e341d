// SPDX-License-Identifier: Apache-2.0
#include "HelpMenu.h"

#include "HelpTopics.h"
#include "HelpWindow.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QWhatsThis>

namespace portdesk {

void HelpMenu::install(QMainWindow *window, QMenu *menu)
{
    QAction *first = menu->actions().value(0);

    auto *guide = new QAction(tr("PortDesk &guide"), window);
    guide->setObjectName(QStringLiteral("actionGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    // Also in the wizard, a window of its own.
    guide->setShortcutContext(Qt::ApplicationShortcut);
    QObject::connect(guide, &QAction::triggered, window, [window] {
        QWidget *from = QApplication::activeWindow();
        if (!from)
            from = window;
        HelpWindow::showTopic(from, HelpTopics::forWindow(from));
    });

    QAction *whatsThis = QWhatsThis::createAction(window);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    whatsThis->setText(tr("What's &This?"));
    whatsThis->setShortcutContext(Qt::ApplicationShortcut);

    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), window);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    QObject::connect(shortcuts, &QAction::triggered, window, [window] {
        auto *dialog = new ShortcutsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    menu->insertActions(first, {guide, whatsThis, shortcuts});
    menu->insertSeparator(first);
    // Actions of a menu bar's menus work as shortcuts only when the window
    // holds them too.
    window->addActions({guide, whatsThis});
    HelpWindow::installDialogKey();
}

} // namespace portdesk
