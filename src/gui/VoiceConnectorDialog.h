// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FieldMessages.h"

#include "core/InventoryNumber.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VoiceConnectorDialog;
}

namespace portdesk {

class Services;

// Creates a Voice Connector (name, region, encryption) from wherever one is
// needed, e.g. inline in the port-in wizard, or edits one. OK saves it in the
// store; a refusal keeps the dialog open with the reason beside the field.
class VoiceConnectorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VoiceConnectorDialog(Services &service, QWidget *parent = nullptr);
    // Edits `editing` (its numbers stay assigned to it, renamed or not).
    VoiceConnectorDialog(Services &service, const VoiceConnector &editing, QWidget *parent = nullptr);
    ~VoiceConnectorDialog() override;

    // The name of the connector created or edited (after Accepted).
    QString createdName() const { return m_created; }
    bool isEditing() const { return m_editingId > 0; }

    void setName(const QString &name);
    void setRegion(const QString &region);
    void setEncryption(bool on);

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::VoiceConnectorDialog> m_ui;
    Services &m_service;
    FieldMessages m_messages;
    QString m_created;
    qint64 m_editingId = 0;
};

} // namespace portdesk
