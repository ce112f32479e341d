// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace portdesk {

// Help ▸ Keyboard shortcuts: every shortcut of the window's menus, read from
// their actions (so the list cannot drift from them), then the keys that
// work inside the views, the wizard and the fields.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    // The rows shown: the keys, and what they do.
    QList<QPair<QString, QString>> rows() const;

private:
    void addRow(const QString &keys, const QString &does);

    QTableWidget *m_table;
};

} // namespace portdesk
