// SPDX-License-Identifier: Apache-2.0
#pragma once

class QAction;
class QMenu;
class QMenuBar;

namespace portdesk {

class InventoryView;

// The main window's Edit menu: Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) of the
// inventory's actions, named by what they take back ("Undo delete 3
// numbers"), disabled while an action runs. A text field with the focus keeps
// its own Ctrl+Z. Inserted into the menu bar before `before`.
QMenu *installEditMenu(QMenuBar *bar, QAction *before, InventoryView *inventory);

} // namespace portdesk
