// SPDX-License-Identifier: Apache-2.0
#include "UsersDialog.h"

#include "UserDialog.h"

#include "Dialogs.h"
#include "models/UsersModel.h"
#include "service/Services.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk {

UsersDialog::UsersDialog(Services &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new UsersModel(service, this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
{
    setWindowTitle(tr("Users"));
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Part of a name or email"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);

    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(UsersModel::Email, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Users"));

    auto *add = new QPushButton(tr("&New user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the search field or the list must not close the dialog or add
    // a user: Enter (or a double click) on a user edits it, Esc closes.
    for (QPushButton *b : { add, m_edit, buttons->button(QDialogButtonBox::Close) }) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editCurrentUser);
    connect(m_table, &QTableView::activated, this, &UsersDialog::editCurrentUser);

    // Typing filters in SQL, once the typing pauses.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &UsersDialog::reload);

    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_edit);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(560, 380);

    reload();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &UsersDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersDialog::updateButtons);
    updateButtons();
    m_search->setFocus();
}

void UsersDialog::reload()
{
    StoreStatus status;
    if (!m_model->reload(m_search->text().trimmed(), &status))
        Dialogs::warning(this, windowTitle(), status.message);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(
        UsersModel::Name, std::max(160, m_table->columnWidth(UsersModel::Name) + 24));
    m_table->setColumnWidth(UsersModel::Numbers, m_table->columnWidth(UsersModel::Numbers) + 16);
}

void UsersDialog::updateButtons()
{
    m_edit->setEnabled(m_table->currentIndex().isValid());
}

void UsersDialog::addUser()
{
    UserDialog dialog(m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const int row = m_model->rowOfId(dialog.userId());
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void UsersDialog::editCurrentUser()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->userAt(current.row()).id;
    UserDialog dialog(m_service, m_model->userAt(current.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

} // namespace portdesk
