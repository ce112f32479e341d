// SPDX-License-Identifier: Apache-2.0
// No mnemonic used twice in one window (issue 16, item 5): the main window
// in each of its views (the Cases view with a case in every state shown, so
// that all its action buttons are there; each inner tab), every page of the
// port-in wizard, and the dialogs, each tab page of them. Two visible
// controls with the same Alt+letter make Qt cycle between them or do
// nothing; the menu bar's titles count too.

#include "TestDatabase.h"
#include "Translations.h"

#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/PortOutDialog.h"
#include "gui/VoiceConnectorDialog.h"
#include "gui/actions/IssuePinDialog.h"
#include "gui/actions/RequestChangeDialog.h"
#include "gui/actions/SetFocDialog.h"
#include "gui/inventory/UserDialog.h"
#include "gui/inventory/UsersDialog.h"
#include "gui/settings/EmailNotificationsDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/views/CasesView.h"
#include "gui/wizard/PortInWizard.h"
#include "keyring/DesktopKeyring.h"
#include "models/CaseQueueModel.h"
#include "sample/SampleStore.h"
#include "service/NotificationService.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QWizard>
#include <QtTest>

using namespace portdesk;

namespace {

// Alt+letter of a text ("S&tate:" -> "Alt+T"), empty when it has none.
QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString();
}

// Every mnemonic that acts in `window` now: visible and enabled buttons,
// labels whose buddy is, group boxes, the tabs of visible tab bars, the
// menu bar.
QMultiMap<QString, QString> mnemonics(QWidget *window)
{
    QMultiMap<QString, QString> out;
    const auto add = [&out](const QString &text, const QString &where) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            out.insert(key, where + QStringLiteral(" \"") + text + QLatin1Char('"'));
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // A disabled control's mnemonic does nothing: only those that act count.
        if (!w->isVisibleTo(window) || !w->isEnabled())
            continue;
        const QString name = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
            + w->objectName();
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // A toolbar's buttons show their action's text without mnemonics.
            if (!qobject_cast<QToolBar *>(w->parentWidget()))
                add(button->text(), name);
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy() && label->buddy()->isVisibleTo(window) && label->buddy()->isEnabled())
                add(label->text(), name);
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(box->title(), name);
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i) && bar->isTabEnabled(i))
                    add(bar->tabText(i), name + QStringLiteral(" tab"));
            }
        } else if (auto *menus = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : menus->actions())
                add(a->text(), QStringLiteral("menu"));
        }
    }
    return out;
}

// "Alt+A: QLabel stateLabel "St&ate:", QPushButton approve "&Approve"".
QStringList clashes(QWidget *window, const QString &state)
{
    const QMultiMap<QString, QString> all = mnemonics(window);
    if (qEnvironmentVariableIsSet("PORTDESK_MNEMONIC_DUMP")) {
        // Which letters are taken where: for choosing a free one.
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            qInfo("%s | %s | %s", qPrintable(state), qPrintable(it.key()), qPrintable(it.value()));
    }
    QStringList out;
    for (const QString &key : all.uniqueKeys()) {
        const QStringList owners = all.values(key);
        if (owners.size() > 1)
            out << state + QStringLiteral(": ") + key + QStringLiteral(": ")
                    + owners.join(QStringLiteral(", "));
    }
    return out;
}

// The window as it is, then each page of each tab widget in it shown in turn.
QStringList clashesInEveryTab(QWidget *window, const QString &state)
{
    QStringList out = clashes(window, state);
    const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(window) || tabs->objectName() == QLatin1String("views"))
            continue;
        const int before = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            out << clashes(window, state + QStringLiteral(" / ") + tabs->tabText(i));
        }
        tabs->setCurrentIndex(before);
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow();
    void wizardPages();
    void dialogs();

private:
    FixedClock m_clock { QDateTime(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC) };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // tst_mnemonics_es: the same walk in Spanish (the catalogue's mnemonics
    // and Qt's own, such as the wizard's "Siguie&nte").
    const QString language = qEnvironmentVariable("PORTDESK_TEST_LANGUAGE");
    if (!language.isEmpty())
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(language)));
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    Services service(*m_store);
    QString error;
    QVERIFY2(SampleStore::populate(service, Clock::now(), &error) > 20, qPrintable(error));
}

void TestMnemonics::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
}

void TestMnemonics::mainWindow()
{
    MainWindow window(*m_store);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
    QVERIFY(views);
    QStringList found;
    for (int view = 0; view < views->count(); ++view) {
        views->setCurrentIndex(view);
        QCoreApplication::processEvents();
        const QString name = views->tabText(view);
        if (view != MainWindow::CasesViewIndex) {
            found << clashesInEveryTab(&window, name);
            continue;
        }
        // Each case of the sample (every state, both kinds), as admin and as
        // support: whatever buttons the case view shows together.
        auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 20);
        for (const Role role : { Role::Admin, Role::Support }) {
            window.setRole(role);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                table->setCurrentIndex(table->model()->index(row, 0));
                QCoreApplication::processEvents();
                found << clashesInEveryTab(&window,
                    name + (role == Role::Admin ? QStringLiteral(" / admin") : QStringLiteral(" / support"))
                        + QStringLiteral(" / case ") + table->model()->index(row, 0).data().toString());
            }
        }
    }
    found.removeDuplicates();
    for (const QString &clash : std::as_const(found))
        qWarning("%s", qPrintable(clash));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 clashes (listed above)").arg(found.size())));
}

void TestMnemonics::wizardPages()
{
    Services service(*m_store);
    PortInWizard wizard(service);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QStringList found;
    // Each page with the wizard's own buttons (only the current page is
    // visible: each is shown in turn).
    for (const int id : wizard.pageIds()) {
        QWizardPage *page = wizard.page(id);
        const QList<QWizardPage *> all = wizard.findChildren<QWizardPage *>();
        for (QWizardPage *other : all)
            other->setVisible(other == page);
        for (const QWizard::WizardButton which : { QWizard::BackButton, QWizard::NextButton,
                 QWizard::FinishButton, QWizard::CommitButton })
            wizard.button(which)->setVisible(true);
        found << clashesInEveryTab(&wizard, page->title());
    }
    found.removeDuplicates();
    for (const QString &clash : std::as_const(found))
        qWarning("%s", qPrintable(clash));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 clashes (listed above)").arg(found.size())));
}

void TestMnemonics::dialogs()
{
    Services service(*m_store);
    QStringList found;
    const auto check = [&found](QDialog *dialog, const QString &name) {
        dialog->show();
        QCoreApplication::processEvents();
        found << clashesInEveryTab(dialog, name);
        dialog->hide();
    };
    {
        SettingsDialog d { PasswordKeyring {} };
        check(&d, QStringLiteral("Settings"));
    }
    {
        PortOutDialog d(service);
        check(&d, QStringLiteral("Port out"));
    }
    {
        VoiceConnectorDialog d(service);
        check(&d, QStringLiteral("Voice Connector"));
    }
    {
        IssuePinDialog d;
        check(&d, QStringLiteral("Issue PIN"));
    }
    {
        SetFocDialog d(Clock::now().addDays(10), QTimeZone("America/New_York"));
        check(&d, QStringLiteral("Set FOC"));
    }
    {
        UserDialog d(service);
        check(&d, QStringLiteral("User"));
    }
    {
        UsersDialog d(service);
        check(&d, QStringLiteral("Users"));
    }
    {
        NotificationService notifications(*m_store);
        EmailNotificationsDialog d(notifications, QStringLiteral("it@example.com"));
        check(&d, QStringLiteral("Email notifications"));
    }
    found.removeDuplicates();
    for (const QString &clash : std::as_const(found))
        qWarning("%s", qPrintable(clash));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 clashes (listed above)").arg(found.size())));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
