// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ActionDialog.h"

class QLabel;
class QLineEdit;

namespace portdesk {

// A step that carries a reason: not portable, cancel, ask for another FOC
// date. When required, OK stays disabled until a reason is written.
class ReasonDialog : public ActionDialog {
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &explanation, const QString &reasonLabel,
        const QString &okText, bool required, QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }
    QString reason() const;

private:
    QLineEdit *m_reason;
    bool m_required;
};

} // namespace portdesk
