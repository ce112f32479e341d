// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace portdesk {

class CaseQueueModel;
class CasesView;
class InventoryView;
class NotificationCenter;
class PortInView;
class StoreHealth;
class PortInWizard;
class Services;
class Store;
class StoreChanges;
class VoiceConnectorsView;

// Hosts the feature views (Port in, Cases, Inventory, Voice Connectors), the
// menus, toolbar and status bar; each feature lives in its own widget.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View { PortInViewIndex, CasesViewIndex, InventoryViewIndex, VoiceConnectorsViewIndex };

    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The case queue and its view, built on first use.
    CaseQueueModel *caseModel();
    CasesView *casesView();
    PortInView *portInView() const { return m_portInView; }
    Services &service() const { return *m_service; }
    // The open port-in wizard, if any (tests drive it).
    PortInWizard *portInWizard() const { return m_wizard; }
    // Email sending and desktop notifications (tests read its announcements).
    NotificationCenter *notifications() const { return m_notifications; }
    void showView(View view);
    // Admin or support agent: whose case actions are offered.
    void setRole(Role role);
    Role role() const { return m_role; }

public Q_SLOTS:
    void refresh();
    // Opens the port-in wizard, new or resuming a draft (0: new).
    void openPortInWizard(qint64 draftId = 0);
    void openPortOutDialog();
    void createVoiceConnector();
    // File ▸ Email notifications…: the kinds the user's address receives.
    void openEmailNotifications();
    // File ▸ Settings… (Ctrl+,).
    void openSettings();
    // The size, splitters, columns and view of the last session (the app
    // calls it at start); from then on they are kept when the window closes.
    void restoreLayout();

protected:
    // Keeps the window's size, layout and view for the next start.
    void closeEvent(QCloseEvent *event) override;

private:
    void showAbout();
    // Reads the store again into every view (no clock step); false with the
    // reason in the status bar when the store failed.
    bool refreshViews();
    void buildRoleSwitch();
    void buildEmailNotificationsEntry();
    void buildSettingsEntry();
    // On a store open read-only: says why nothing can be filed; true then.
    bool refusedAsReadOnly(const QString &title);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Services> m_service;
    PortInView *m_portInView = nullptr;
    QWidget *m_casesPage = nullptr; // the Cases tab, which holds m_casesView once built
    CasesView *m_casesView = nullptr;
    InventoryView *m_inventoryView = nullptr;
    VoiceConnectorsView *m_voiceConnectorsView = nullptr;
    PortInWizard *m_wizard = nullptr;
    StoreChanges *m_watcher = nullptr;
    NotificationCenter *m_notifications = nullptr;
    Role m_role = Role::Admin;
    QAction *m_actAsAdmin = nullptr;
    QAction *m_actAsSupport = nullptr;
    QComboBox *m_roleBox = nullptr;
    QTimer *m_changedElsewhere = nullptr;
    StoreHealth *m_health = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    bool m_inventoryStale = true; // read again when its tab is shown
    bool m_remembersLayout = false; // restoreLayout() was called
};

} // namespace portdesk
