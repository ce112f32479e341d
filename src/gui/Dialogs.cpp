// SPDX-License-Identifier: Apache-2.0
#include "Dialogs.h"

#include <QFileDialog>
#include <QQueue>

namespace portdesk {

namespace {
QQueue<QString> g_fileAnswers;
QQueue<QMessageBox::StandardButton> g_buttonAnswers;
QStringList g_shown;
bool g_scripted = false;   // once a test queues answers, nothing modal is shown
} // namespace

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (g_scripted)
        return g_fileAnswers.isEmpty() ? QString() : g_fileAnswers.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    if (g_scripted)
        return g_fileAnswers.isEmpty() ? QString() : g_fileAnswers.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (g_scripted) {
        g_shown.append(text);
        return g_buttonAnswers.isEmpty() ? defaultButton : g_buttonAnswers.dequeue();
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (g_scripted) {
        g_shown.append(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    if (g_scripted) {
        g_shown.append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void Dialogs::queueFileAnswer(const QString &path)
{
    g_scripted = true;
    g_fileAnswers.enqueue(path);
}

void Dialogs::queueButtonAnswer(QMessageBox::StandardButton button)
{
    g_scripted = true;
    g_buttonAnswers.enqueue(button);
}

QStringList Dialogs::takeShownMessages()
{
    g_scripted = true;
    const QStringList shown = g_shown;
    g_shown.clear();
    return shown;
}

void Dialogs::reset()
{
    g_fileAnswers.clear();
    g_buttonAnswers.clear();
    g_shown.clear();
    g_scripted = false;
}

} // namespace portdesk
