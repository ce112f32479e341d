// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace portdesk {

class Services;

// Where selected numbers go: Business Calling numbers to a user (picked, or
// added here with name and email), Voice Connector numbers to a Voice
// Connector. Toll-free numbers go to a Voice Connector only: the user choice
// is disabled, with the reason, when the selection holds any.
class AssignDialog : public QDialog {
    Q_OBJECT

public:
    // What is selected, by kind (read from the inventory by the caller).
    struct Selection {
        int count = 0;
        int businessCalling = 0;
        int voiceConnector = 0;
        int tollFree = 0;
    };
    enum class Target { User, VoiceConnector };

    AssignDialog(Services &service, const Selection &selection, QWidget *parent = nullptr);

    Target target() const;
    QString userEmail() const; // Target::User
    QString voiceConnectorName() const; // Target::VoiceConnector
    // Tests and callers: choose without clicking.
    bool chooseUser(const QString &email);
    bool chooseVoiceConnector(const QString &name);
    bool isUserChoiceEnabled() const;
    bool isVoiceConnectorChoiceEnabled() const;
    QString explanation() const; // why a choice is disabled, or what will be refused

public Q_SLOTS:
    void accept() override;
    void addUser();

private:
    void reloadUsers(const QString &select = QString());
    void reloadVoiceConnectors();
    void updateState();

    Services &m_service;
    Selection m_selection;
    QRadioButton *m_toUser;
    QRadioButton *m_toConnector;
    QComboBox *m_users;
    QComboBox *m_connectors;
    QPushButton *m_newUser;
    QLabel *m_explanation;
    QLabel *m_message;
    QPushButton *m_ok = nullptr;
};

} // namespace portdesk
