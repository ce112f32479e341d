// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableView;

namespace portdesk {

class Services;
class UsersModel;

// The Business Calling users: find, add, edit (name and email).
class UsersDialog : public QDialog {
    Q_OBJECT

public:
    explicit UsersDialog(Services &service, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void addUser();
    void editCurrentUser();

private:
    void reload();
    void updateButtons();

    Services &m_service;
    UsersModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QPushButton *m_edit;
};

} // namespace portdesk
