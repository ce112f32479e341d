// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ActionDialog.h"

#include "core/PortNumberStatus.h"

class QComboBox;
class QLineEdit;
class QListWidget;

namespace portdesk {

// Support records that the carrier rejected some of a port-in's numbers:
// which (a checkable list of the numbers still porting), the reason code and
// the reason in words. The other numbers go on; rejecting them all ends the
// case as not portable (said before OK). Fields by objectName: "numbers",
// "reasonCode", "reason".
class RejectNumbersDialog : public ActionDialog {
    Q_OBJECT

public:
    // stillPorting: E.164, in the case's order.
    RejectNumbersDialog(qint64 caseId, const QStringList &stillPorting, QWidget *parent = nullptr);

    QStringList numbers() const; // the checked ones, E.164
    QString reasonCode() const;
    QString reason() const;

private:
    void update();

    QListWidget *m_numbers;
    QComboBox *m_reasonCode;
    QLineEdit *m_reason;
    QLabel *m_effect;
};

} // namespace portdesk
