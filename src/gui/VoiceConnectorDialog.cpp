// SPDX-License-Identifier: Apache-2.0
#include "VoiceConnectorDialog.h"

#include "ui_VoiceConnectorDialog.h"

#include "service/Services.h"

#include <QPushButton>

namespace portdesk {

VoiceConnectorDialog::VoiceConnectorDialog(Services &service, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VoiceConnectorDialog>())
    , m_service(service)
{
    m_ui->setupUi(this);
    m_ui->regionCombo->addItems(DirectoryService::voiceConnectorRegions());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VoiceConnectorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &VoiceConnectorDialog::reject);
    m_messages.bind(QStringLiteral("name"), m_ui->nameMessage, m_ui->nameEdit);
    m_messages.bind(QStringLiteral("region"), m_ui->regionMessage, m_ui->regionCombo);
    m_messages.bind(QStringLiteral("store"), m_ui->generalMessage);
    m_ui->nameEdit->setFocus();
}

VoiceConnectorDialog::VoiceConnectorDialog(Services &service, const VoiceConnector &editing, QWidget *parent)
    : VoiceConnectorDialog(service, parent)
{
    m_editingId = editing.id;
    setWindowTitle(tr("Edit Voice Connector"));
    m_ui->introLabel->setText(tr("Numbers assigned to this Voice Connector stay assigned to it."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->nameEdit->setText(editing.name);
    // A region no longer offered stays as it was.
    if (m_ui->regionCombo->findText(editing.region) < 0)
        m_ui->regionCombo->addItem(editing.region);
    m_ui->regionCombo->setCurrentText(editing.region);
    m_ui->encryptionCheck->setChecked(editing.encryption);
    m_ui->nameEdit->selectAll();
}

VoiceConnectorDialog::~VoiceConnectorDialog() = default;

void VoiceConnectorDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void VoiceConnectorDialog::setRegion(const QString &region)
{
    m_ui->regionCombo->setCurrentText(region);
}

void VoiceConnectorDialog::setEncryption(bool on)
{
    m_ui->encryptionCheck->setChecked(on);
}

void VoiceConnectorDialog::accept()
{
    const ChangeResult result = m_editingId > 0
        ? m_service.directory.editVoiceConnector(m_editingId, m_ui->nameEdit->text(), m_ui->regionCombo->currentText(),
                                       m_ui->encryptionCheck->isChecked())
        : m_service.directory.createVoiceConnector(m_ui->nameEdit->text(), m_ui->regionCombo->currentText(),
                                         m_ui->encryptionCheck->isChecked());
    if (!result.status.ok()) {
        m_messages.show({{QStringLiteral("store"), QStringLiteral("store.unavailable"),
                          result.status.message, Violation::Severity::Error}});
        return;
    }
    if (result.refused()) {
        const Violations shown = m_messages.show(result.violations);
        if (shown.size() < result.violations.size()) {
            // Anything without a field of its own goes under the form.
            Violations rest;
            for (const Violation &v : result.violations)
                if (v.field != QLatin1String("name") && v.field != QLatin1String("region"))
                    rest.append({QStringLiteral("store"), v.rule, v.message, v.severity});
            m_messages.show(result.violations + rest);
        }
        if (!m_messages.focusFirstError())
            m_ui->nameEdit->setFocus();
        return;
    }
    m_created = m_ui->nameEdit->text().trimmed();
    QDialog::accept();
}

} // namespace portdesk
