// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FieldMessages.h"

#include <QTimer>
#include <QWizardPage>

#include <memory>

class QMenu;
class QStringListModel;

namespace Ui {
class CarriersPage;
}

namespace portdesk {

class CarrierGroupForm;
class CarrierGroupsModel;
class PortInWizard;

// "Carrier accounts": the request's carrier groups (one LOA each) in a list,
// the selected group's fields in a CarrierGroupForm, and its numbers, which
// can be moved to a new group or to another group of the same kind. Every
// edit goes straight into the wizard's request.
class CarriersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CarriersPage(PortInWizard *wizard);
    ~CarriersPage() override;

    void initializePage() override;
    bool validatePage() override;

    CarrierGroupsModel *groups() const { return m_groups; }
    CarrierGroupForm *form() const;
    int currentGroup() const { return m_current; }
    void setCurrentGroup(int row);
    // The messages shown beside the fields now.
    QStringList messages() const { return m_messages.shownTexts(); }

public Q_SLOTS:
    void moveSelectedToNewGroup();
    void moveSelectedToGroup(int target);

private:
    void groupChanged(int row);
    void showNumbers();
    void updateHeading();
    void updateMoveButtons();
    void buildMoveMenu();
    void bindMessages();
    QStringList selectedNumbers() const;
    // Shows the carrier rules' verdict; with selectFailing, a group with
    // errors is selected when the current one has none. True when clean.
    bool showProblems(bool selectFailing);

    PortInWizard *m_wizard;
    std::unique_ptr<Ui::CarriersPage> m_ui;
    CarrierGroupsModel *m_groups;
    QStringListModel *m_numbers;
    QStringList m_shownNumbers;   // the current group's numbers as stored
    QMenu *m_moveMenu;
    FieldMessages m_messages;
    QTimer m_recheck;             // after an edit, while messages are shown
    bool m_checked = false;       // Next was tried: keep the messages current
    int m_current = -1;
};

} // namespace portdesk
