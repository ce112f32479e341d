// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CaseView.h"
#include "Dialogs.h"
#include "NotificationCenter.h"
#include "PortOutDialog.h"
#include "StoreHealth.h"
#include "help/AboutBox.h"
#include "help/HelpMenu.h"
#include "settings/EmailNotificationsDialog.h"
#include "settings/SettingsDialog.h"
#include "settings/WindowMemory.h"
#include "VoiceConnectorDialog.h"
#include "views/CasesView.h"
#include "EditMenu.h"
#include "views/InventoryView.h"
#include "views/PortInView.h"
#include "views/VoiceConnectorsView.h"
#include "wizard/PortInWizard.h"

#include "keyring/DesktopKeyring.h"
#include "models/CaseQueueModel.h"
#include "service/Services.h"
#include "service/StoreChanges.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QMessageBox>
#include <QStatusBar>
#include <QProcess>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace portdesk {

namespace {

// The window's group in the settings (windows/main).
const QString kWindowName = QStringLiteral("main");

} // namespace

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_service(std::make_unique<Services>(store))
{
    m_ui->setupUi(this);
    // The store's name: the desktop adds "— PortDesk" (the application's
    // display name) after it.
    setWindowTitle(m_service->storeName());

    m_portInView = new PortInView(*m_service, this);
    // The case queue and the case view are built when first shown (or
    // asked for): most of the work of a start that does not show them.
    m_casesPage = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(m_casesPage);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    m_inventoryView = new InventoryView(*m_service, this);
    m_voiceConnectorsView = new VoiceConnectorsView(*m_service, this);
    m_ui->views->addTab(m_portInView, tr("Port in"));
    m_ui->views->addTab(m_casesPage, tr("Cases"));
    m_ui->views->addTab(m_inventoryView, tr("Inventory"));
    m_ui->views->addTab(m_voiceConnectorsView, tr("Voice Connectors"));

    connect(m_ui->actionNewPortIn, &QAction::triggered, this, [this] { openPortInWizard(); });
    connect(m_ui->actionNewPortOut, &QAction::triggered, this, &MainWindow::openPortOutDialog);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowPortIn, &QAction::triggered, this, [this] { showView(PortInViewIndex); });
    connect(m_ui->actionShowCases, &QAction::triggered, this, [this] { showView(CasesViewIndex); });
    connect(m_ui->actionShowInventory, &QAction::triggered, this, [this] { showView(InventoryViewIndex); });
    connect(m_ui->actionShowVoiceConnectors, &QAction::triggered, this,
            [this] { showView(VoiceConnectorsViewIndex); });
    // The sample store opens in a program of its own, never mixed into this one.
    connect(m_ui->actionOpenSample, &QAction::triggered, this, [this] {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--sample")}))
            Dialogs::warning(this, tr("Open sample store"), tr("The sample store could not be started."));
    });
    m_health = new StoreHealth(*m_service, this);
    connect(m_ui->actionCheckStore, &QAction::triggered, m_health, &StoreHealth::checkNow);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    HelpMenu::install(this, m_ui->menuHelp); // the guide (F1), What's This?, Keyboard shortcuts
    connect(m_portInView, &PortInView::newPortInRequested, this, [this] { openPortInWizard(); });
    connect(m_portInView, &PortInView::resumeDraftRequested, this, &MainWindow::openPortInWizard);
    connect(m_portInView, &PortInView::portOutRequested, this, &MainWindow::openPortOutDialog);
    connect(m_inventoryView, &InventoryView::portOutRequested, this, &MainWindow::openPortOutDialog);
    // A change made in the inventory ticks the clock too: a port-out whose
    // last number was just deleted closes, and the queue shows it.
    connect(m_inventoryView, &InventoryView::changed, this, &MainWindow::refresh);
    connect(m_voiceConnectorsView, &VoiceConnectorsView::changed, this, &MainWindow::refreshViews);
    connect(m_ui->views, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->views->currentWidget() == m_casesPage)
            casesView();
        if (!m_inventoryStale || m_ui->views->currentWidget() != m_inventoryView)
            return;
        QString error;
        m_inventoryStale = !m_inventoryView->refresh(&error);
        if (m_inventoryStale)
            statusBar()->showMessage(error);
    });
    m_ui->menuFile->insertActions(m_ui->actionQuit,
                                  {m_inventoryView->importAction(), m_inventoryView->exportAction(),
                                   m_inventoryView->usersAction()});
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    buildEmailNotificationsEntry();
    buildSettingsEntry();
    installEditMenu(menuBar(), m_ui->menuView->menuAction(), m_inventoryView);

    buildRoleSwitch();

    // The clock keeps working while the window is open: due steps every minute.
    auto *clockTimer = new QTimer(this);
    clockTimer->setInterval(60 * 1000);
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::refresh);
    clockTimer->start();

    // Another PortDesk or portdesk-cli changed the store: show it. A burst of
    // changes (a script advancing many cases) makes one refresh.
    m_watcher = new StoreChanges(store, this);
    m_changedElsewhere = new QTimer(this);
    m_changedElsewhere->setSingleShot(true);
    m_changedElsewhere->setInterval(250);
    connect(m_watcher, &StoreChanges::changedElsewhere, m_changedElsewhere,
            qOverload<>(&QTimer::start));
    // Due mail goes in the background; the events of this store concern
    // the role shown: they are announced on the desktop.
    m_notifications = new NotificationCenter(store, m_service->storeUrl(), statusBar(), this);
    m_notifications->setRole(m_role);
    connect(m_changedElsewhere, &QTimer::timeout, this, [this] {
        const QString updated = tr("Updated with changes made by another program.");
        const bool ok = refreshViews();
        if (ok)
            statusBar()->showMessage(updated, 5000);
        m_notifications->announceNew(ok ? updated : QString());
    });
    if (!m_service->readOnlyReason().isEmpty()) {
        m_readOnlyNote = new QLabel(this);
        m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
        statusBar()->addPermanentWidget(m_readOnlyNote);
        setWindowTitle(tr("%1 (read-only)").arg(m_service->storeName()));
        // Nothing can be filed: the menu and toolbar say so at once.
        for (QAction *file : { m_ui->actionNewPortIn, m_ui->actionNewPortOut }) {
            file->setEnabled(false);
            file->setToolTip(tr("The store is open read-only: nothing can be filed."));
        }
    }
    if (!m_service->secretsProblem().isEmpty()) {
        // The store's key is not this person's: cases list and open, their
        // secrets show as unreadable, and no new port-in can seal its own.
        auto *note = new QLabel(tr("Account numbers and PINs cannot be read: %1")
                                    .arg(m_service->secretsProblem()),
            this);
        note->setObjectName(QStringLiteral("secretsNote"));
        note->setWordWrap(true);
        statusBar()->addPermanentWidget(note, 1);
        m_ui->actionNewPortIn->setEnabled(false);
        m_ui->actionNewPortIn->setToolTip(
            tr("This store's key is not available to you: a port-in's account number and PIN "
               "could not be kept."));
    }
    // The page's buttons do what the actions do, and are offered when they are.
    const std::pair<QAction *, const char *> pageButtons[]
        = { { m_ui->actionNewPortIn, "newPortIn" }, { m_ui->actionNewPortOut, "portOutNumbers" } };
    for (const auto &[action, name] : pageButtons) {
        if (auto *button = m_portInView->findChild<QPushButton *>(QLatin1String(name))) {
            button->setEnabled(action->isEnabled());
            if (!action->isEnabled())
                button->setToolTip(action->toolTip());
        }
    }
    refresh();
    // Opening read the store's header and schema only: after a PortDesk
    // ended with it open, every page is checked, in the background.
    if (m_service->previousSessionEndedAbruptly())
        m_health->checkAfterCrash();
}

MainWindow::~MainWindow()
{
    // An open wizard goes first, keeping its draft, while the service it
    // uses still exists.
    if (m_wizard) {
        m_wizard->saveDraft();
        disconnect(m_wizard, nullptr, this, nullptr);
        delete m_wizard;
    }
}

CaseQueueModel *MainWindow::caseModel()
{
    return casesView()->model();
}

CasesView *MainWindow::casesView()
{
    if (m_casesView)
        return m_casesView;
    m_casesView = new CasesView(*m_service, m_casesPage);
    m_casesPage->layout()->addWidget(m_casesView);
    m_casesView->show(); // now, not at the next event loop turn
    m_casesView->setRole(m_role);
    if (m_remembersLayout)
        WindowMemory::restoreParts(m_casesView, this, kWindowName);
    // A case step can move numbers (ported out, cancelled port-out).
    connect(m_casesView->caseView(), &CaseView::caseChanged, this, [this] {
        m_inventoryView->refresh();
        m_portInView->refresh();
    });
    QString error;
    if (!m_casesView->refresh(&error))
        statusBar()->showMessage(error);
    return m_casesView;
}

// File ▸ Email notifications…: what this person receives by email. In the
// File menu, whose mnemonics are its own: a new menu's would meet the
// views' (U&sers…, S&tatus) in the window.
void MainWindow::buildEmailNotificationsEntry()
{
    auto *emails = new QAction(tr("Email &notifications…"), this);
    emails->setObjectName(QStringLiteral("actionEmailNotifications"));
    emails->setToolTip(tr("Choose the notifications your address receives by email"));
    connect(emails, &QAction::triggered, this, &MainWindow::openEmailNotifications);
    m_ui->menuFile->insertAction(m_ui->actionQuit, emails);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
}

void MainWindow::openEmailNotifications()
{
    EmailNotificationsDialog dialog(
        m_notifications->service(), EmailNotificationsDialog::rememberedEmail(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("Email notifications saved for %1.").arg(dialog.email()), 5000);
}

// File ▸ Settings… (Ctrl+,), next to the email notifications.
void MainWindow::buildSettingsEntry()
{
    auto *settings = new QAction(tr("Settin&gs…"), this);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setToolTip(tr("The store, language, time zone, LOA, email and calendar settings"));
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    m_ui->menuFile->insertAction(m_ui->actionQuit, settings);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(desktopPasswordKeyring(), this);
    connect(&dialog, &SettingsDialog::emailNotificationsRequested, this,
        &MainWindow::openEmailNotifications);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.note().isEmpty())
        Dialogs::warning(this, tr("Settings"), dialog.note());
    statusBar()->showMessage(dialog.languageChanged()
            ? tr("Settings saved. The new language applies at the next start.")
            : tr("Settings saved."),
        5000);
    refreshViews(); // the calendar's extra days, the time zone shown
    if (dialog.storeChanged()
        && Dialogs::question(this, tr("Settings"),
               tr("PortDesk opens the new store at its next start. Restart PortDesk now?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes
        && QProcess::startDetached(QCoreApplication::applicationFilePath(), {}))
        close();
}

// The window as it was left: its size, the splitters and columns of the
// views built (the queue's when it is built) and the view shown last.
void MainWindow::restoreLayout()
{
    m_remembersLayout = true;
    WindowMemory::restoreWindow(this, kWindowName);
    WindowMemory::restoreParts(this, this, kWindowName);
    const int view = WindowMemory::value(kWindowName, QStringLiteral("view"), PortInViewIndex);
    if (view >= PortInViewIndex && view <= VoiceConnectorsViewIndex)
        showView(View(view));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_remembersLayout)
        return QMainWindow::closeEvent(event);
    WindowMemory::saveWindow(this, kWindowName);
    WindowMemory::saveParts(this, kWindowName);
    WindowMemory::setValue(kWindowName, QStringLiteral("view"), m_ui->views->currentIndex());
    QMainWindow::closeEvent(event);
}

// On a local store one person may act for both sides: the role decides which
// case actions are offered and whether support's internal notes show. The
// View menu and the toolbar switch it (Ctrl+Alt+A / Ctrl+Alt+S); it is kept
// for the next start.
void MainWindow::buildRoleSwitch()
{
    auto *group = new QActionGroup(this);
    m_actAsAdmin = new QAction(tr("Act as &admin"), group);
    m_actAsAdmin->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_actAsSupport = new QAction(tr("Act as &support agent"), group);
    m_actAsSupport->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    for (QAction *action : {m_actAsAdmin, m_actAsSupport}) {
        action->setCheckable(true);
        addAction(action); // the shortcut works whatever has focus
    }
    m_ui->menuView->insertSeparator(m_ui->actionRefresh);
    m_ui->menuView->insertActions(m_ui->actionRefresh, {m_actAsAdmin, m_actAsSupport});
    m_ui->menuView->insertSeparator(m_ui->actionRefresh);

    m_roleBox = new QComboBox(this);
    m_roleBox->setObjectName(QStringLiteral("roleBox"));
    m_roleBox->addItem(tr("Admin"), int(Role::Admin));
    m_roleBox->addItem(tr("Support agent"), int(Role::Support));
    m_roleBox->setToolTip(tr("Whose steps the case view offers (Ctrl+Alt+A: admin, Ctrl+Alt+S: support)"));
    auto *label = new QLabel(tr("Acting as:"), this);
    label->setContentsMargins(8, 0, 4, 0);
    label->setBuddy(m_roleBox);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addWidget(label);
    m_ui->toolBar->addWidget(m_roleBox);

    connect(m_actAsAdmin, &QAction::triggered, this, [this] { setRole(Role::Admin); });
    connect(m_actAsSupport, &QAction::triggered, this, [this] { setRole(Role::Support); });
    connect(m_roleBox, &QComboBox::activated, this,
            [this](int index) { setRole(Role(m_roleBox->itemData(index).toInt())); });

    // On a team store the login is the role: the switch shows it, the
    // login and its account, and cannot be changed.
    const TeamIdentity &team = m_service->team.identity();
    if (team.roleFromLogin()) {
        setRole(team.role);
        for (QAction *action : {m_actAsAdmin, m_actAsSupport})
            action->setEnabled(false);
        m_roleBox->setEnabled(false);
        const QString who = team.role == Role::Admin
            ? tr("%1, admin of %2").arg(team.login, team.accountName)
            : tr("%1, support agent (every account)").arg(team.login);
        m_roleBox->setToolTip(tr("Team store: the role comes from the login (%1).").arg(who));
        label->setText(tr("Signed in as:"));
        auto *login = new QLabel(who, this);
        login->setObjectName(QStringLiteral("teamLogin"));
        login->setContentsMargins(4, 0, 4, 0);
        m_ui->toolBar->addWidget(login);
        return;
    }
    Role saved = Role::Admin;
    roleFromString(QSettings().value(QStringLiteral("role")).toString(), &saved);
    setRole(saved == Role::Support ? Role::Support : Role::Admin);
}

void MainWindow::setRole(Role role)
{
    const TeamIdentity &team = m_service->team.identity();
    if (team.roleFromLogin() && role != team.role)
        return; // the login's role, always
    m_role = role;
    m_actAsAdmin->setChecked(role == Role::Admin);
    m_actAsSupport->setChecked(role == Role::Support);
    m_roleBox->setCurrentIndex(m_roleBox->findData(int(role)));
    if (m_casesView)
        m_casesView->setRole(role);
    if (m_notifications)
        m_notifications->setRole(role);
    if (team.roleFromLogin())
        return; // not the choice kept for the single-user store
    QSettings settings;
    if (settings.value(QStringLiteral("role")).toString() != toString(role))
        settings.setValue(QStringLiteral("role"), toString(role));
}

void MainWindow::showView(View view)
{
    m_ui->views->setCurrentIndex(view);
}

void MainWindow::refresh()
{
    // Not while a bulk inventory action runs: its progress dialog lets
    // events through inside its write transaction. It refreshes when done.
    if (m_inventoryView->isBusy())
        return;
    // Transitions that have come due are applied whenever PortDesk runs;
    // on a store open read-only they are only counted.
    StoreStatus status;
    if (m_readOnlyNote) {
        const ClockService::Due due = m_service->clock.due(&status);
        m_readOnlyNote->setText(due.any()
                ? tr("Read-only (%1): steps the clock has made due are not applied (%n case(s) "
                     "wait for one).",
                      nullptr, due.cases)
                      .arg(m_service->readOnlyReason())
                : tr("Read-only (%1): nothing is written.").arg(m_service->readOnlyReason()));
    } else {
        m_service->clock.tick(&status);
    }
    if (!status.ok()) {
        statusBar()->showMessage(status.message);
        return;
    }
    if (refreshViews())
        statusBar()->showMessage(tr("Store: %1").arg(m_service->storeName()));
    m_notifications->announceNew();
    m_notifications->sendDue();
}

bool MainWindow::refreshViews()
{
    if (m_inventoryView->isBusy())
        return false;
    QString error;
    // The inventory is read when it is on screen: on a store of a million
    // numbers its reload is most of the work of a start or a tick.
    const bool inventoryShown = m_ui->views->currentWidget() == m_inventoryView;
    m_inventoryStale = !inventoryShown;
    const bool ok = (!m_casesView || m_casesView->refresh(&error)) && m_portInView->refresh(&error)
        && (!inventoryShown || m_inventoryView->refresh(&error))
        && m_voiceConnectorsView->refresh(&error);
    if (!ok)
        statusBar()->showMessage(error);
    return ok;
}

bool MainWindow::refusedAsReadOnly(const QString &title)
{
    if (m_service->readOnlyReason().isEmpty())
        return false;
    Dialogs::warning(this, title,
        tr("The store is open read-only (%1): nothing can be filed or changed. Open it with "
           "write access to file a request.")
            .arg(m_service->readOnlyReason()));
    return true;
}

void MainWindow::openPortInWizard(qint64 draftId)
{
    if (refusedAsReadOnly(tr("Port numbers in")))
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (draftId == 0) {
        // A request left half-done is offered first: resume it or discard it.
        const QList<Draft> drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
        if (!drafts.isEmpty()) {
            const Draft &latest = drafts.first();
            const QMessageBox::StandardButton answer = Dialogs::question(
                this, tr("Port numbers in"),
                tr("You have an unfinished port-in request: %1. Resume it, or discard it and "
                   "start a new one?").arg(latest.title),
                QMessageBox::Open | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Open);
            if (answer == QMessageBox::Cancel)
                return;
            if (answer == QMessageBox::Open)
                draftId = latest.id;
            else
                m_service->drafts.discardDraft(latest.id);
        }
    }
    Draft draft;
    if (draftId > 0) {
        StoreStatus status;
        if (!m_service->drafts.loadDraft(draftId, &draft, &status)) {
            Dialogs::warning(this, tr("Port numbers in"),
                             status.ok() ? tr("That draft no longer exists: it may have been "
                                              "discarded or pruned meanwhile.")
                                         : status.message);
            m_portInView->refresh();
            return;
        }
    }
    m_wizard = new PortInWizard(*m_service, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (draft.id > 0) {
        m_wizard->restoreDraft(draft.content);
        m_wizard->setDraftId(draft.id);
    }
    connect(m_wizard, &PortInWizard::submitted, this, [this](qint64 caseId) {
        refresh();
        showView(CasesViewIndex);
        casesView()->showCase(caseId);
        statusBar()->showMessage(tr("Port-in request submitted: case %1.").arg(caseId));
    });
    connect(m_wizard, &QObject::destroyed, this, [this] {
        m_wizard = nullptr;
        m_portInView->refresh();
    });
    m_wizard->show();
}

void MainWindow::openPortOutDialog()
{
    if (refusedAsReadOnly(tr("Port numbers out")))
        return;
    PortOutDialog dialog(*m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showView(CasesViewIndex);
    casesView()->showCase(dialog.submittedCaseId());
    statusBar()->showMessage(tr("Port-out request submitted: case %1.").arg(dialog.submittedCaseId()));
}

void MainWindow::createVoiceConnector()
{
    VoiceConnectorDialog dialog(*m_service, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshViews();
}

// Version, data versions, the store, and the licences (help/AboutBox).
void MainWindow::showAbout()
{
    AboutBox::show(this, m_service->storeName());
}

} // namespace portdesk
