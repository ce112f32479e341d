// SPDX-License-Identifier: Apache-2.0
// Help (issue 16, item 3): the guide of docs/guide built into the program
// with every link and image resolving, F1 opening the page of the current
// view, case, wizard page or dialog, What's This on every field of the
// wizard, the shortcut list read from the menus, and About.

#include "TestDatabase.h"

#include "core/Clock.h"
#include "gui/CaseView.h"
#include "gui/MainWindow.h"
#include "gui/PortOutDialog.h"
#include "gui/VoiceConnectorDialog.h"
#include "gui/actions/IssuePinDialog.h"
#include "gui/actions/SetFocDialog.h"
#include "gui/help/AboutBox.h"
#include "gui/help/GuideBrowser.h"
#include "gui/help/HelpTopics.h"
#include "gui/help/HelpWindow.h"
#include "gui/help/ShortcutsDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/views/CasesView.h"
#include "gui/wizard/PortInWizard.h"
#include "keyring/DesktopKeyring.h"
#include "sample/SampleStore.h"
#include "service/Services.h"
#include "service/StoreProbe.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QWizard>
#include <QtTest>

using namespace portdesk;

namespace {

QStringList guidePages()
{
    return QDir(QStringLiteral(PORTDESK_SOURCE_DIR "/docs/guide"))
        .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

// The targets of a page's links and images, outside its code blocks.
QStringList linkTargets(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    QStringList targets;
    bool inCode = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.trimmed().startsWith(QLatin1String("```")))
            inCode = !inCode;
        if (inCode)
            continue;
        auto it = link.globalMatch(line);
        while (it.hasNext())
            targets << it.next().captured(1);
    }
    return targets;
}

// The anchors a page has once shown (its headings').
QStringList anchorsOf(const QUrl &page)
{
    GuideBrowser browser;
    browser.setSource(page);
    return browser.anchors();
}

} // namespace

class TestHelp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPageInResource();
    void linksResolve_data();
    void linksResolve();
    void browserFollowsLinks();
    void caseTopics_data();
    void caseTopics();
    void wizardPagesHaveSections();
    void dialogTopics();
    void f1InEachView();
    void f1InWizard();
    void f1InModalDialog();
    void wizardFieldsHaveWhatsThis();
    void shortcutListHasMenuShortcuts();
    void aboutNamesStoreAndLicences();

private:
    FixedClock m_clock { QDateTime(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC) };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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

void TestHelp::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
}

void TestHelp::everyPageInResource()
{
    const QStringList pages = guidePages();
    QVERIFY(pages.size() >= 15);
    for (const QString &page : pages) {
        QFile source(QStringLiteral(PORTDESK_SOURCE_DIR "/docs/guide/") + page);
        QFile built(QStringLiteral(":/help/guide/") + page);
        QVERIFY2(built.open(QIODevice::ReadOnly), qPrintable(page));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(built.readAll(), source.readAll());
    }
    // The pages the task list and F1 name.
    for (const char *task : {"index.md", "file-a-port-in.md", "answer-a-change-request.md", "confirm-a-foc.md",
                             "reject-numbers.md", "assign-numbers.md", "port-out.md", "team-store.md",
                             "case-queue.md", "case-view.md", "settings.md", "command-line.md", "rules.md",
                             "keyboard-shortcuts.md"})
        QVERIFY2(pages.contains(QString::fromLatin1(task)), task);
}

void TestHelp::linksResolve_data()
{
    QTest::addColumn<QString>("page");
    for (const QString &page : guidePages())
        QTest::newRow(qPrintable(page)) << page;
}

// Every relative link and image of a page resolves in the program's copy,
// and a #section names a heading of the page it points to.
void TestHelp::linksResolve()
{
    QFETCH(QString, page);
    QFile file(QStringLiteral(":/help/guide/") + page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QUrl base = HelpWindow::topicUrl(page);
    QStringList broken;
    int checked = 0;
    for (const QString &target : linkTargets(QString::fromUtf8(file.readAll()))) {
        const QUrl url = base.resolved(QUrl(target));
        if (url.scheme() != QLatin1String("qrc"))
            continue; // https: outside the guide
        ++checked;
        if (!QFile::exists(u':' + url.path())) {
            broken << target + QStringLiteral(" (no file)");
            continue;
        }
        if (url.hasFragment() && url.path().endsWith(QLatin1String(".md"))) {
            QUrl pageUrl = url;
            pageUrl.setFragment(QString());
            if (!anchorsOf(pageUrl).contains(url.fragment()))
                broken << target + QStringLiteral(" (no such section)");
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
    if (page != QLatin1String("index.md"))
        QVERIFY2(checked > 0, "every page links back to the contents");
}

void TestHelp::browserFollowsLinks()
{
    HelpWindow help;
    help.open(QStringLiteral("index.md"));
    GuideBrowser *browser = help.browser();
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/guide/index.md")));
    // Read as Markdown: the first heading is a heading, not "# The ...".
    QVERIFY(browser->anchors().contains(QStringLiteral("the-portdesk-guide")));
    QVERIFY(help.windowTitle().contains(QStringLiteral("The PortDesk guide")));
    // A relative link with a section, as a click follows it (resolved
    // against the page shown).
    browser->setSource(browser->source().resolved(QUrl(QStringLiteral("file-a-port-in.md#schedule"))));
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/guide/file-a-port-in.md#schedule")));
    QVERIFY(browser->verticalScrollBar()->value() > 0 || browser->verticalScrollBar()->maximum() == 0);
    QVERIFY(browser->isBackwardAvailable());
    browser->backward();
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/guide/index.md")));
    // Screenshots fit the page.
    const QVariant image = browser->loadResource(QTextDocument::ImageResource,
                                                 QUrl(QStringLiteral("qrc:/help/main-window-cases.png")));
    QCOMPARE(image.typeId(), int(QMetaType::QImage));
    QCOMPARE(image.value<QImage>().width(), GuideBrowser::maxImageWidth);
}

void TestHelp::caseTopics_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("topic");
    const auto in = int(CaseKind::PortIn);
    QTest::newRow("submitted") << in << int(CaseState::Submitted) << QStringLiteral("case-view.md");
    QTest::newRow("loa requested") << in << int(CaseState::LoaRequested)
                                   << QStringLiteral("file-a-port-in.md#sign-and-export-the-loas");
    QTest::newRow("change requested") << in << int(CaseState::ChangeRequested)
                                      << QStringLiteral("answer-a-change-request.md");
    QTest::newRow("approved") << in << int(CaseState::CarrierApproved) << QStringLiteral("confirm-a-foc.md");
    QTest::newRow("foc received") << in << int(CaseState::FocReceived) << QStringLiteral("confirm-a-foc.md");
    QTest::newRow("foc confirmed") << in << int(CaseState::FocConfirmed) << QStringLiteral("confirm-a-foc.md");
    QTest::newRow("in inventory") << in << int(CaseState::InInventory) << QStringLiteral("assign-numbers.md");
    QTest::newRow("completed") << in << int(CaseState::Completed) << QStringLiteral("assign-numbers.md");
    QTest::newRow("cancelled") << in << int(CaseState::Cancelled) << QStringLiteral("case-view.md");
    const auto out = int(CaseKind::PortOut);
    QTest::newRow("port-out submitted") << out << int(CaseState::Submitted) << QStringLiteral("port-out.md");
    QTest::newRow("pin issued") << out << int(CaseState::PinIssued) << QStringLiteral("port-out.md");
}

void TestHelp::caseTopics()
{
    QFETCH(int, kind);
    QFETCH(int, state);
    QFETCH(QString, topic);
    QCOMPARE(HelpTopics::forCase(CaseKind(kind), CaseState(state)), topic);
}

// Each page of the real wizard has a section of its own on the guide's page.
void TestHelp::wizardPagesHaveSections()
{
    Services service(*m_store);
    PortInWizard wizard(service);
    const QStringList anchors = anchorsOf(HelpWindow::topicUrl(QStringLiteral("file-a-port-in.md")));
    QStringList sections;
    for (const int id : wizard.pageIds()) {
        const QString topic = HelpTopics::forWizardPage(wizard.page(id)->objectName());
        const QString section = QUrl(topic).fragment();
        QVERIFY2(!section.isEmpty(), qPrintable(wizard.page(id)->objectName()));
        QVERIFY2(anchors.contains(section), qPrintable(topic));
        sections << section;
    }
    QCOMPARE(sections, (QStringList {QStringLiteral("numbers"), QStringLiteral("carriers"), QStringLiteral("btn"),
                                     QStringLiteral("schedule"), QStringLiteral("contact"), QStringLiteral("review")}));
}

// The dialogs are found by their class (the names in HelpTopics must match).
void TestHelp::dialogTopics()
{
    Services service(*m_store);
    {
        PortOutDialog d(service);
        QCOMPARE(HelpTopics::forWindow(&d), QStringLiteral("port-out.md"));
    }
    {
        IssuePinDialog d;
        QCOMPARE(HelpTopics::forWindow(&d), QStringLiteral("port-out.md#support-issue-the-account-id-and-pin"));
    }
    {
        SetFocDialog d(Clock::now().addDays(10), QTimeZone("America/New_York"));
        QCOMPARE(HelpTopics::forWindow(&d), QStringLiteral("confirm-a-foc.md"));
    }
    {
        VoiceConnectorDialog d(service);
        QCOMPARE(HelpTopics::forWindow(&d), QStringLiteral("assign-numbers.md#voice-connectors"));
    }
    {
        SettingsDialog d {PasswordKeyring {}};
        QCOMPARE(HelpTopics::forWindow(&d), QStringLiteral("settings.md"));
    }
    QCOMPARE(HelpTopics::forWindow(nullptr), QStringLiteral("index.md"));
}

// F1 in the main window: the page of its view and, in Cases, of the case.
void TestHelp::f1InEachView()
{
    MainWindow window(*m_store);
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const auto pressF1 = [&window]() -> QString {
        QTest::keyClick(&window, Qt::Key_F1);
        auto *help = window.findChild<HelpWindow *>();
        if (!help)
            return QStringLiteral("(no help window)");
        const QString shown = help->browser()->source().toString();
        help->hide();
        QApplication::setActiveWindow(&window);
        return shown.mid(QStringLiteral("qrc:/help/guide/").size());
    };
    window.showView(MainWindow::PortInViewIndex);
    QCOMPARE(pressF1(), QStringLiteral("file-a-port-in.md"));
    window.showView(MainWindow::InventoryViewIndex);
    QCOMPARE(pressF1(), QStringLiteral("assign-numbers.md"));
    window.showView(MainWindow::CasesViewIndex);
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 20);
    // A case waiting for the admin's correction, one waiting for the FOC, a port-out.
    QSet<QString> seen;
    CaseView *caseView = window.casesView()->caseView();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        QCoreApplication::processEvents();
        QVERIFY(caseView->caseLoaded());
        const CaseRecord &record = caseView->caseRecord();
        QString expected;
        if (record.kind == CaseKind::PortOut)
            expected = QStringLiteral("port-out.md");
        else if (record.state == CaseState::ChangeRequested)
            expected = QStringLiteral("answer-a-change-request.md");
        else if (record.state == CaseState::FocReceived)
            expected = QStringLiteral("confirm-a-foc.md");
        if (expected.isEmpty() || seen.contains(expected))
            continue;
        QCOMPARE(pressF1(), expected);
        seen.insert(expected);
    }
    QCOMPARE(seen.size(), 3);
}

void TestHelp::f1InWizard()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPortInWizard();
    PortInWizard *wizard = window.portInWizard();
    QVERIFY(wizard);
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QTest::keyClick(wizard->currentPage()->focusWidget() ? wizard->currentPage()->focusWidget() : wizard,
                    Qt::Key_F1);
    auto *help = window.findChild<HelpWindow *>();
    QVERIFY(help);
    QCOMPARE(help->browser()->source(), QUrl(QStringLiteral("qrc:/help/guide/file-a-port-in.md#numbers")));
    wizard->close();
}

// A modal dialog blocks the main window's F1: the dialog's own key opens
// its page over it.
void TestHelp::f1InModalDialog()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString shown;
    QTimer::singleShot(0, &window, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        QTest::keyClick(modal, Qt::Key_F1);
        // A child of the dialog: usable while the dialog blocks the rest.
        if (auto *help = modal->findChild<HelpWindow *>()) {
            shown = help->browser()->source().toString();
            help->close();
        }
        static_cast<QDialog *>(modal)->reject();
    });
    window.openPortOutDialog();
    QCOMPARE(shown, QStringLiteral("qrc:/help/guide/port-out.md"));
}

// Every input of every wizard page says, on What's This, what it needs.
void TestHelp::wizardFieldsHaveWhatsThis()
{
    Services service(*m_store);
    PortInWizard wizard(service);
    QStringList missing;
    QStringList found;
    for (const int id : wizard.pageIds()) {
        QWizardPage *page = wizard.page(id);
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)
                || (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QComboBox *>(w->parentWidget()));
            // The line edit inside a date, time or combo box is part of it.
            const bool part = qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QAbstractItemView *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget())
                || (w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()->parentWidget()));
            // Qt's own parts (a date edit's calendar) are named qt_*.
            if (!input || part || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const QString name = page->objectName() + u'/' + w->objectName();
            found << name;
            if (w->whatsThis().trimmed().size() < 20)
                missing << name;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    for (const char *field : {"NumbersPage/pasteEdit", "CarriersPage/accountNumberEdit", "CarriersPage/pinEdit",
                              "CarriersPage/targetRespOrgIdEdit", "BtnPage/newBtnEdit", "SchedulePage/dateEdit",
                              "SchedulePage/zoneCombo", "ContactPage/emailEdit"})
        QVERIFY2(found.contains(QString::fromLatin1(field)), field);
}

void TestHelp::shortcutListHasMenuShortcuts()
{
    MainWindow window(*m_store);
    ShortcutsDialog dialog(&window);
    const auto rows = dialog.rows();
    QStringList keys;
    for (const auto &row : rows)
        keys << row.first.split(QStringLiteral(" or "));
    int menuShortcuts = 0;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->menu()) {
                walk(action->menu()->actions());
                continue;
            }
            for (const QKeySequence &key : action->shortcuts()) {
                ++menuShortcuts;
                QVERIFY2(keys.contains(key.toString(QKeySequence::NativeText)), qPrintable(action->text()));
            }
        }
    };
    walk(window.menuBar()->actions());
    QVERIFY(menuShortcuts >= 10);
    // The guide and What's This are the Help menu's, the rest fixed.
    for (const QKeySequence &key : {QKeySequence(QKeySequence::HelpContents), QKeySequence(QKeySequence::WhatsThis),
                                    QKeySequence(QStringLiteral("Ctrl+N")), QKeySequence(QStringLiteral("Ctrl+,"))})
        QVERIFY2(keys.contains(key.toString(QKeySequence::NativeText)), qPrintable(key.toString()));
    for (const char *fixed : {"Ctrl+F or Alt+R", "Ctrl+PgDn / Ctrl+PgUp", "Ctrl+Shift+H", "Enter or Down"})
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                             [fixed](const auto &row) { return row.first == QLatin1String(fixed); }),
                 fixed);
}

void TestHelp::aboutNamesStoreAndLicences()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString text;
    QTimer::singleShot(0, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    const QString store = Services(*m_store).storeName();
    QVERIFY(!store.isEmpty());
    QVERIFY2(text.contains(store.toHtmlEscaped()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(PORTDESK_VERSION)));
    QVERIFY(text.contains(QStringLiteral("version %1").arg(StoreProbe::schemaVersionWritten())));
    for (const char *licence : {"Apache License 2.0", "GNU LGPL version 3", "libphonenumber", "libsodium", "ISC",
                                "QtKeychain", "BSD", "SQLite", "public domain", "libpq", "PostgreSQL Licence"})
        QVERIFY2(text.contains(QLatin1String(licence)), licence);
    QVERIFY(text.contains(QStringLiteral("Numbering data:")));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
