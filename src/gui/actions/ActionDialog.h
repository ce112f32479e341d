// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Violation.h"
#include "gui/FieldMessages.h"

#include <QDialog>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace portdesk {

// What a case action came to: done, or refused with the reasons (a store
// failure is one more reason, on the field "store").
struct ActionOutcome {
    bool done = false;
    Violations violations;
};

// The frame of the case actions' dialogs: the fields (subclasses), a line
// for refusals, and OK / Cancel. OK runs the submitter the case view gave;
// the dialog closes only when the action was done, so that a refusal can be
// read and the input corrected. Enter is OK, Esc closes.
class ActionDialog : public QDialog {
    Q_OBJECT

public:
    using Submitter = std::function<ActionOutcome()>;

    explicit ActionDialog(QWidget *parent = nullptr);
    ~ActionDialog() override;

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    QPushButton *okButton() const;
    QPushButton *cancelButton() const;
    void setCancelText(const QString &text);
    // Refusals shown now (beside fields and in the dialog's message line).
    QStringList messages() const;

public Q_SLOTS:
    void accept() override;

protected:
    // Where subclasses add their fields.
    QVBoxLayout *body() const { return m_body; }
    FieldMessages &fieldMessages() const { return *m_fieldMessages; }
    void setOkText(const QString &text);
    // OK is enabled only when the input is complete (subclasses call this
    // after every edit).
    void setReady(bool ready);
    void showOutcome(const Violations &violations);

private:
    QVBoxLayout *m_body;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<FieldMessages> m_fieldMessages;
    Submitter m_submitter;
};

} // namespace portdesk
