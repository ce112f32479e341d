#pragma once

#include "FieldMessages.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VoiceConnectorDialog;
}

namespace portdesk {

class PortingService;

// Creates a Voice Connector (name, region, encryption) from wherever one is
// needed, e.g. inline in the port-in wizard. OK creates it in the store; a
// refusal keeps the dialog open with the reason beside the field.
class VoiceConnectorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VoiceConnectorDialog(PortingService &service, QWidget *parent = nullptr);
    ~VoiceConnectorDialog() override;

    // The name of the connector created (after Accepted).
    QString createdName() const { return m_created; }

    void setName(const QString &name);
    void setRegion(const QString &region);
    void setEncryption(bool on);

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::VoiceConnectorDialog> m_ui;
    PortingService &m_service;
    FieldMessages m_messages;
    QString m_created;
};

} // namespace portdesk
