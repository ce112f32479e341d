// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QMainWindow;
class QWidget;

namespace portdesk {

// A window's size, place and layout, kept in the settings for the next
// start (group "windows/NAME"): the geometry and dock/toolbar state of a
// main window, and the positions of the splitters and the column widths,
// order and visibility of the table headers inside it. A saved value that
// does not fit (damaged, from another version with other columns) is
// ignored: that part keeps its defaults.
class WindowMemory
{
public:
    // False when nothing usable was saved (the window keeps its size).
    static bool restoreWindow(QMainWindow *window, const QString &name);
    static void saveWindow(const QMainWindow *window, const QString &name);
    // The splitters and horizontal table headers in part, named by their
    // place under root (a part built later, such as the case queue, is
    // restored when built).
    static void restoreParts(QWidget *part, const QWidget *root, const QString &name);
    static void saveParts(const QWidget *root, const QString &name);
    // A number kept with the window (e.g. the view shown last); fallback
    // when none or not a number.
    static int value(const QString &name, const QString &key, int fallback);
    static void setValue(const QString &name, const QString &key, int value);
};

} // namespace portdesk
