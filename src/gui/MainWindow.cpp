#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "models/CaseListModel.h"
#include "store/PortingService.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>

namespace portdesk {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_service(std::make_unique<PortingService>(store))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("PortDesk — %1").arg(store.displayName()));

    m_cases = new CaseListModel(*m_service, this);
    m_ui->caseTable->setModel(m_cases);
    m_ui->caseTable->horizontalHeader()->setSectionResizeMode(CaseListModel::Customer, QHeaderView::Stretch);
    m_ui->caseTable->verticalHeader()->hide();

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About PortDesk"),
                           tr("<b>PortDesk %1</b><p>Port United States phone numbers into and "
                              "out of the cloud calling service.</p>")
                               .arg(QStringLiteral(PORTDESK_VERSION)));
    });
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    // Transitions that have come due are applied whenever PortDesk runs.
    StoreStatus status;
    m_service->tick(&status);
    if (status.ok())
        m_cases->reload(&status);
    if (!status.ok()) {
        statusBar()->showMessage(status.message);
        return;
    }
    m_ui->caseTable->resizeColumnsToContents();
    statusBar()->showMessage(tr("Cases: %1 · store: %2")
                                 .arg(m_cases->rowCount())
                                 .arg(m_store.displayName()));
}

} // namespace portdesk
