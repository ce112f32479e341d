// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace portdesk {

// Message boxes and file dialogs go through here, so that a test can answer
// them in advance instead of blocking on a modal window.
class Dialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next dialogs return these answers, first in first out,
    // without showing anything. A file answer is a path ("" = cancelled).
    static void queueFileAnswer(const QString &path);
    static void queueButtonAnswer(QMessageBox::StandardButton button);
    // Tests: the texts of the message boxes answered or shown since the last call.
    static QStringList takeShownMessages();
    static void reset();
};

} // namespace portdesk
