// SPDX-License-Identifier: Apache-2.0
#include "ReasonDialog.h"

#include "gui/MessageLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace portdesk {

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation,
    const QString &reasonLabel, const QString &okText, bool required, QWidget *parent)
    : ActionDialog(parent), m_reason(new QLineEdit(this)), m_required(required)
{
    setWindowTitle(title);
    auto *intro = new MessageLabel(this);
    intro->setWordWrap(true);
    intro->setText(explanation);
    body()->addWidget(intro);
    auto *form = new QFormLayout;
    auto *label = new QLabel(reasonLabel, this);
    label->setBuddy(m_reason);
    form->addRow(label, m_reason);
    body()->addLayout(form);
    auto *message = new MessageLabel(this);
    form->addRow(QString(), message);
    fieldMessages().bind(QStringLiteral("reason"), message, m_reason);
    m_reason->setPlaceholderText(required ? tr("Required") : tr("Optional"));
    m_reason->setMaxLength(1000);
    setOkText(okText);
    setReady(!required);
    connect(m_reason, &QLineEdit::textChanged, this,
        [this](const QString &text) { setReady(!m_required || !text.trimmed().isEmpty()); });
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().simplified();
}

} // namespace portdesk
