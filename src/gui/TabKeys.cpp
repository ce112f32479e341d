// SPDX-License-Identifier: Apache-2.0
#include "TabKeys.h"

#include <QShortcut>
#include <QTabWidget>

namespace portdesk {

namespace {

// The next enabled tab `step` away, wrapping; the current one if none.
int stepped(const QTabWidget *tabs, int step)
{
    const int count = tabs->count();
    for (int i = 1; i < count; ++i) {
        const int index = ((tabs->currentIndex() + step * i) % count + count) % count;
        if (tabs->isTabEnabled(index) && tabs->isTabVisible(index))
            return index;
    }
    return tabs->currentIndex();
}

} // namespace

void installTabKeys(QTabWidget *tabs)
{
    for (const auto &[key, step] : { std::pair { Qt::Key_PageDown, 1 }, std::pair { Qt::Key_PageUp, -1 } }) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), tabs);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, tabs, [tabs, step = step] {
            tabs->setCurrentIndex(stepped(tabs, step));
            // The focus follows into the page when it was on the tab bar's side.
            if (QWidget *page = tabs->currentWidget(); page && !page->isAncestorOf(tabs->focusWidget()))
                page->setFocus(Qt::TabFocusReason);
        });
    }
}

} // namespace portdesk
