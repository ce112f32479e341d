// SPDX-License-Identifier: Apache-2.0
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace portdesk {

namespace {

// "New &port-in request…" -> "New port-in request…"
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collect(const QList<QAction *> &actions, QList<const QAction *> &into)
{
    for (const QAction *action : actions) {
        if (action->menu())
            collect(action->menu()->actions(), into);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            into += action;
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutList"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);

    QList<const QAction *> actions;
    collect(window->menuBar()->actions(), actions);
    QSet<QString> taken;
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys += key.toString(QKeySequence::NativeText);
        for (const QString &key : keys)
            taken.insert(key);
        addRow(keys.join(tr(" or ")), plainText(action));
    }
    // Keys that are no menu's: inside a view, a dialog or a field. A key a
    // menu already names is not listed twice.
    const QList<QPair<QKeySequence, QString>> fixed = {
        {QKeySequence(QKeySequence::HelpContents), tr("The guide, at the page of the current view")},
        {QKeySequence(QKeySequence::WhatsThis), tr("What's This? Then click a field to learn what it needs")},
        {QKeySequence(QKeySequence::Undo), tr("Undo")},
        {QKeySequence(QKeySequence::Redo), tr("Redo")},
    };
    for (const auto &[key, does] : fixed) {
        const QString text = key.toString(QKeySequence::NativeText);
        if (!taken.contains(text))
            addRow(text, does);
    }
    const QList<QPair<QString, QString>> inViews = {
        {tr("Ctrl+F or Alt+R"), tr("Cases: the queue's search field")},
        {tr("Enter or Down"), tr("In the queue's search: opens the first case found")},
        {tr("Esc"), tr("In the queue's search: clears it")},
        {tr("Ctrl+PgDn / Ctrl+PgUp"), tr("The next / previous tab inside a view")},
        {tr("Ctrl+Enter"), tr("Posts the comment being written")},
        {tr("Alt+N / Alt+B"), tr("Port-in wizard: Next / Back")},
        {tr("Ctrl+Enter"), tr("Port-in wizard: Go to review, Next through every page already right")},
        {tr("Space"), tr("Port-in wizard, BTN page: chooses the option (replace: then the new BTN)")},
        {tr("Ctrl+Z"), tr("Port-in wizard, numbers list: puts removed numbers back")},
        {tr("Ctrl+Shift+H"), tr("In an account number or PIN field: shows or hides it")},
        {tr("Ctrl+C"), tr("Inventory: copies the selected numbers in E.164")},
        {tr("Delete"), tr("Inventory: moves the selected unassigned numbers to the deletion queue")},
        {tr("Menu"), tr("Inventory: the actions for the selection")},
    };
    for (const auto &[keys, does] : inViews)
        addRow(keys, does);
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 560);
}

void ShortcutsDialog::addRow(const QString &keys, const QString &does)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(keys));
    m_table->setItem(row, 1, new QTableWidgetItem(does));
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> rows;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rows.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    return rows;
}

} // namespace portdesk
