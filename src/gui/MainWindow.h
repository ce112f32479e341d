#pragma once

#include <QMainWindow>

#include <memory>

class QTimer;

namespace Ui {
class MainWindow;
}

namespace portdesk {

class CaseListModel;
class CasesView;
class InventoryView;
class PortInView;
class PortInWizard;
class PortingService;
class Store;
class StoreWatcher;
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

    CaseListModel *caseModel() const;
    CasesView *casesView() const { return m_casesView; }
    PortInView *portInView() const { return m_portInView; }
    PortingService &service() const { return *m_service; }
    // The open port-in wizard, if any (tests drive it).
    PortInWizard *portInWizard() const { return m_wizard; }
    void showView(View view);

public Q_SLOTS:
    void refresh();
    // Opens the port-in wizard, new or resuming a draft (0: new).
    void openPortInWizard(qint64 draftId = 0);
    void openPortOutDialog();
    void createVoiceConnector();

private:
    // Reads the store again into every view (no clock step); false with the
    // reason in the status bar when the store failed.
    bool refreshViews();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    std::unique_ptr<PortingService> m_service;
    PortInView *m_portInView = nullptr;
    CasesView *m_casesView = nullptr;
    InventoryView *m_inventoryView = nullptr;
    VoiceConnectorsView *m_voiceConnectorsView = nullptr;
    PortInWizard *m_wizard = nullptr;
    StoreWatcher *m_watcher = nullptr;
    QTimer *m_changedElsewhere = nullptr;
};

} // namespace portdesk
