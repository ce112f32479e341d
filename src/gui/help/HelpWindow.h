// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QAction;

namespace portdesk {

class GuideBrowser;

// The guide in a window of its own, beside the one it was opened from (not
// modal): Back, Forward, Home, and the links of the pages.
class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Opens a page of the guide: "confirm-a-foc.md", "file-a-port-in.md#btn".
    void open(const QString &topic);
    GuideBrowser *browser() const { return m_browser; }

    // The guide's address in the program (qrc:/help/guide/index.md, ...).
    static QUrl topicUrl(const QString &topic);
    // Shows the page in the help window of from's window (made on first
    // use). In a modal dialog the guide opens over the dialog, which would
    // otherwise block it.
    static HelpWindow *showTopic(QWidget *from, const QString &topic);
    // F1 in a modal dialog (where the main window's F1 cannot reach) opens
    // the dialog's page; installed once for the whole program.
    static void installDialogKey();

private:
    void updateTitle();

    GuideBrowser *m_browser;
};

} // namespace portdesk
