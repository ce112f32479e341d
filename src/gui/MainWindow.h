#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace portdesk {

class CaseListModel;
class PortingService;
class Store;

// Hosts the feature views; for now the case list, read-only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListModel *caseModel() const { return m_cases; }

public Q_SLOTS:
    void refresh();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    std::unique_ptr<PortingService> m_service;
    CaseListModel *m_cases = nullptr;
};

} // namespace portdesk
