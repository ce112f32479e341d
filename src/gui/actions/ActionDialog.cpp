// SPDX-License-Identifier: Apache-2.0
#include "ActionDialog.h"

#include "models/CaseTerms.h"

#include "gui/FieldMessages.h"
#include "gui/MessageLabel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace portdesk {

ActionDialog::ActionDialog(QWidget *parent)
    : QDialog(parent)
    , m_body(new QVBoxLayout)
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_fieldMessages(std::make_unique<FieldMessages>())
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Refusal"));
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, CaseTerms::alertColor(palette()));
    m_message->setPalette(pal);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // Enter is OK, never Cancel: a button that takes the focus must not
    // become the default (autoDefault), or Enter with OK disabled would
    // close the dialog.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    okButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
}

ActionDialog::~ActionDialog() = default;

QPushButton *ActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *ActionDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

void ActionDialog::setCancelText(const QString &text)
{
    cancelButton()->setText(text);
}

QStringList ActionDialog::messages() const
{
    QStringList out = m_fieldMessages->shownTexts();
    if (!m_message->isHidden() && !m_message->text().isEmpty())
        out << m_message->text();
    return out;
}

void ActionDialog::setOkText(const QString &text)
{
    okButton()->setText(text);
}

void ActionDialog::setReady(bool ready)
{
    okButton()->setEnabled(ready);
    okButton()->setDefault(true);
}

void ActionDialog::accept()
{
    if (!okButton()->isEnabled())
        return; // Enter in a field while the input is incomplete
    if (!m_submitter) {
        QDialog::accept();
        return;
    }
    const ActionOutcome outcome = m_submitter();
    if (outcome.done) {
        QDialog::accept();
        return;
    }
    showOutcome(outcome.violations);
}

void ActionDialog::showOutcome(const Violations &violations)
{
    const Violations beside = m_fieldMessages->show(violations);
    m_fieldMessages->focusFirstError();
    QStringList rest;
    for (const Violation &v : violations) {
        bool shown = false;
        for (const Violation &b : beside)
            shown = shown || (b.field == v.field && b.message == v.message);
        if (!shown)
            rest << v.message;
    }
    m_message->setText(rest.join(QLatin1Char('\n')));
    m_message->setAccessibleDescription(m_message->text());
    m_message->setVisible(!rest.isEmpty());
}

} // namespace portdesk
