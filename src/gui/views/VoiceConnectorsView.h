// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace portdesk {

class Services;
class VoiceConnectorsModel;

// The Voice Connectors: a Voice Connector port needs one first. Create
// (name, region, encryption), edit, delete (refused while numbers are
// assigned to it, with their count).
class VoiceConnectorsView : public QWidget {
    Q_OBJECT

public:
    explicit VoiceConnectorsView(Services &service, QWidget *parent = nullptr);
    bool refresh(QString *error = nullptr);
    QTableView *table() const { return m_table; }
    VoiceConnectorsModel *model() const { return m_model; }
    // Selects the connector of this name; false if there is none.
    bool selectConnector(const QString &name);

public Q_SLOTS:
    void createConnector();
    void editCurrentConnector();
    void deleteCurrentConnector();

Q_SIGNALS:
    // Kept for source compatibility; the view opens its own dialog now.
    void createRequested();
    // A connector was created, edited or deleted here.
    void changed();

private:
    void updateButtons();

    Services &m_service;
    VoiceConnectorsModel *m_model;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace portdesk
