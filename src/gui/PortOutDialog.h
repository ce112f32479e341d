// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/PortRequest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace portdesk {

class FieldMessages;
class Services;

// The admin's port-out request: numbers picked from the inventory (filter,
// multi-select) or pasted, the product type and the admin email. Submit
// makes a port-out case; support then gives the account ID and PIN.
class PortOutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortOutDialog(Services &service, QWidget *parent = nullptr);
    ~PortOutDialog() override;

    qint64 submittedCaseId() const { return m_caseId; }
    // The request as the form stands (selected and pasted numbers together).
    PortOutRequest request() const;

    QStringList messages() const;

public Q_SLOTS:
    void accept() override;
    void copyAsSupportRequest();

private:
    void reloadNumbers();
    void applyFilter(const QString &text);

    Services &m_service;
    QComboBox *m_productType;
    QLineEdit *m_filter;
    QListWidget *m_numbers;
    QPlainTextEdit *m_pasted;
    QLineEdit *m_email;
    QLabel *m_numbersMessage;
    QLabel *m_emailMessage;
    QLabel *m_selectionSummary;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldMessages> m_messages;
    qint64 m_caseId = 0;
};

} // namespace portdesk
