// SPDX-License-Identifier: Apache-2.0
#include "EditMenu.h"

#include "views/InventoryView.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace portdesk {

QMenu *installEditMenu(QMenuBar *bar, QAction *before, InventoryView *inventory)
{
    auto *menu = new QMenu(InventoryView::tr("&Edit"), bar);
    menu->setObjectName(QStringLiteral("menuEdit"));
    QUndoStack *stack = inventory->undoStack();

    auto *undo = new QAction(menu);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    auto *redo = new QAction(menu);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo); // Ctrl+Shift+Z and Ctrl+Y
    menu->addAction(undo);
    menu->addAction(redo);

    const auto update = [stack, inventory, undo, redo] {
        const bool idle = !inventory->isBusy();
        undo->setEnabled(idle && stack->canUndo());
        redo->setEnabled(idle && stack->canRedo());
        undo->setText(stack->canUndo() ? InventoryView::tr("&Undo %1").arg(stack->undoText())
                                       : InventoryView::tr("&Undo"));
        redo->setText(stack->canRedo() ? InventoryView::tr("&Redo %1").arg(stack->redoText())
                                       : InventoryView::tr("&Redo"));
        undo->setToolTip(undo->text().remove(QLatin1Char('&')));
        redo->setToolTip(redo->text().remove(QLatin1Char('&')));
    };
    QObject::connect(undo, &QAction::triggered, stack, [stack, inventory] {
        if (!inventory->isBusy() && stack->canUndo())
            stack->undo();
    });
    QObject::connect(redo, &QAction::triggered, stack, [stack, inventory] {
        if (!inventory->isBusy() && stack->canRedo())
            stack->redo();
    });
    QObject::connect(stack, &QUndoStack::indexChanged, menu, update);
    QObject::connect(stack, &QUndoStack::cleanChanged, menu, update);
    QObject::connect(inventory, &InventoryView::busyChanged, menu, update);
    update();
    bar->insertMenu(before, menu);
    return menu;
}

} // namespace portdesk
