// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/InventoryNumber.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QListWidget;

namespace portdesk {

class Services;

// The details of the current number and its history (arrived, assigned,
// deleted, restored... with the case behind each step). A ported-out number
// offers the one action that ends its port-out.
class NumberDetailsPanel : public QWidget {
    Q_OBJECT

public:
    explicit NumberDetailsPanel(Services &service, QWidget *parent = nullptr);

    // Reads the number and its history from the store; an empty number clears the panel.
    void showNumber(const QString &e164);
    // Reads the shown number again (after a change).
    void reload() { showNumber(m_e164); }
    QString shownNumber() const { return m_e164; }
    const InventoryNumber &number() const { return m_number; }
    QListWidget *history() const { return m_history; }

Q_SIGNALS:
    // "Ported out: unassign and delete" for this number.
    void unassignAndDeleteRequested(const QString &e164);
    // The same for every number of the port-out case still to delete.
    void finishPortOutRequested(qint64 caseId);

private:
    Services &m_service;
    QString m_e164;
    InventoryNumber m_number;
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_fields;
    QLabel *m_status;
    QLabel *m_product;
    QLabel *m_assigned;
    QLabel *m_cases;
    QLabel *m_times;
    QWidget *m_portedOut;
    QLabel *m_portedOutText;
    QPushButton *m_finishNumber;
    QPushButton *m_finishCase;
    QListWidget *m_history;
};

} // namespace portdesk
