// SPDX-License-Identifier: Apache-2.0
// A whole port-in request through the main window, with the keyboard alone:
// Ctrl+N opens the wizard, every page is filled by typing and Tab, Alt+N goes
// on, Submit makes the case, and the Cases view shows it. Also: a draft
// survives the wizard being destroyed mid-way, and Back/Next keep input.

#include "TestDatabase.h"

#include "core/PortRequest.h"
#include "core/Clock.h"
#include "gui/Dialogs.h"
#include "gui/MainWindow.h"
#include "gui/views/CasesView.h"
#include "gui/wizard/ContactPage.h"
#include "gui/wizard/NumbersPage.h"
#include "gui/wizard/PortInWizard.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QJsonObject>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace portdesk;

namespace {

// Keys pressed that are not data: Tab, Alt+letter, Ctrl+key, Space on an
// option. What is typed into a field (and Enter between pasted numbers) is
// data and is not counted.
int g_navigationKeys = 0;

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

// Types into whatever has the keyboard focus, as a person does.
void type(const QString &text)
{
    if (QWidget *focus = QApplication::focusWidget())
        QTest::keyClicks(focus, text);
    else
        QFAIL("nothing has the keyboard focus");
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    ++g_navigationKeys;
    if (QWidget *focus = QApplication::focusWidget())
        QTest::keyClick(focus, key, modifiers);
    else
        QFAIL("nothing has the keyboard focus");
}

void tab(int times = 1)
{
    for (int i = 0; i < times; ++i)
        press(Qt::Key_Tab);
}

QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

} // namespace

class TestPortInFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardOnlyRequestBecomesACase();
    void fullPortInInTwentyKeys();
    void draftSurvivesADestroyedWizard();
    void resumingNeverSubmits_data();
    void resumingNeverSubmits();

private:
    PortInWizard *openWizardWithKeyboard();
    void next(PortInWizard *wizard, int expectedPage);
    void back(PortInWizard *wizard, int expectedPage);
    void fillNumbers(PortInWizard *wizard);
    void fillCarrier(PortInWizard *wizard, const QString &btn = QStringLiteral("206-444-0100"));

    // Monday 2 November 2026, 15:00 UTC.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC)};
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestPortInFlow::init()
{
    // Settings (the remembered admin email) in a folder of the test's own, empty.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("wizard/adminEmail"));
    QSettings().remove(QStringLiteral("wizard/productType"));
    g_navigationKeys = 0;
    Dialogs::reset();
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPortInFlow::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
    Dialogs::reset();
}

PortInWizard *TestPortInFlow::openWizardWithKeyboard()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    ++g_navigationKeys;
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    PortInWizard *wizard = m_window->portInWizard();
    if (!wizard)
        return nullptr;
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard))
        return nullptr;
    QTest::qWait(20);   // the page puts the focus on its first field
    return wizard;
}

void TestPortInFlow::next(PortInWizard *wizard, int expectedPage)
{
    // Alt+N clicks Next the way a mnemonic does: an animated click, done a
    // moment later.
    ++g_navigationKeys;
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), expectedPage, 2000);
}

void TestPortInFlow::back(PortInWizard *wizard, int expectedPage)
{
    QTest::keyClick(wizard, Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), expectedPage, 2000);
}

void TestPortInFlow::fillNumbers(PortInWizard *wizard)
{
    QCOMPARE(focusName(), QStringLiteral("pasteEdit"));
    type(QStringLiteral("206 444 0101"));
    press(Qt::Key_Return);
    type(QStringLiteral("(206) 444-0102, 206.444.0103"));
    auto *page = qobject_cast<NumbersPage *>(wizard->currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isValidating(), 20000);
    QCOMPARE(page->lines()->rowCount(), 3);
}

void TestPortInFlow::fillCarrier(PortInWizard *wizard, const QString &btn)
{
    Q_UNUSED(wizard)
    QTRY_COMPARE(focusName(), QStringLiteral("carrierEdit"));
    type(QStringLiteral("Example Telecom"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("accountNumberEdit"));
    type(QStringLiteral("12345678"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("pinEdit"));
    type(QStringLiteral("9876"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("btnEdit"));
    type(btn);
    tab();
    QCOMPARE(focusName(), QStringLiteral("customerTypeCombo"));
    type(QStringLiteral("B"));   // Business
    tab();
    type(QStringLiteral("Example Corp"));
    tab();
    type(QStringLiteral("1 Main St"));
    tab();
    type(QStringLiteral("Seattle"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("stateCombo"));
    type(QStringLiteral("WA"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("zipEdit"));
    type(QStringLiteral("98101"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("authorizingPersonEdit"));
    type(QStringLiteral("Jane Roe"));
    tab();
    type(QStringLiteral("CFO"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("authorizingPhoneEdit"));
    type(QStringLiteral("206-444-9911"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("authorizingEmailEdit"));
    type(QStringLiteral("jane.roe@example.com"));
    tab();
    QCOMPARE(focusName(), QStringLiteral("portTypeCombo"));
    type(QStringLiteral("F"));   // Full port
}

void TestPortInFlow::keyboardOnlyRequestBecomesACase()
{
    PortInWizard *wizard = openWizardWithKeyboard();
    QVERIFY(wizard);
    fillNumbers(wizard);
    next(wizard, PortInWizard::CarriersPageId);
    fillCarrier(wizard);
    next(wizard, PortInWizard::BtnPageId);
    // The BTN is not among the numbers: nothing to choose.
    next(wizard, PortInWizard::SchedulePageId);
    // The proposed date is a business day at least three weeks away.
    next(wizard, PortInWizard::ContactPageId);
    QTRY_COMPARE(focusName(), QStringLiteral("emailEdit"));
    type(QStringLiteral("admin@example"));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(PortInWizard::ContactPageId));   // refused: no domain dot
    type(QStringLiteral(".com"));
    press(Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(PortInWizard::ReviewPageId));

    // Back and Next keep what was typed.
    back(wizard, PortInWizard::ContactPageId);
    back(wizard, PortInWizard::SchedulePageId);
    back(wizard, PortInWizard::BtnPageId);
    next(wizard, PortInWizard::SchedulePageId);
    next(wizard, PortInWizard::ContactPageId);
    QCOMPARE(child<QLineEdit>(wizard->currentPage(), "emailEdit")->text(), QStringLiteral("admin@example.com"));
    next(wizard, PortInWizard::ReviewPageId);

    // Submit (Alt+S): the wizard closes and the Cases view shows the case.
    QPointer<PortInWizard> guard(wizard);
    QTest::keyClick(wizard, Qt::Key_S, Qt::AltModifier);   // an animated click too
    const auto closed = [&guard] {
        const PortInWizard *w = guard.data();
        return w == nullptr || !w->isVisible();
    };
    QTRY_VERIFY(closed());
    const QList<CaseSummary> cases = m_window->service().cases.listCases();
    QCOMPARE(cases.size(), 1);
    CaseRecord c;
    QVERIFY(m_window->service().cases.loadCase(cases.first().id, &c));
    QCOMPARE(c.numbers, (QStringList{QStringLiteral("+12064440101"), QStringLiteral("+12064440102"),
                                     QStringLiteral("+12064440103")}));
    QCOMPARE(c.adminEmail, QStringLiteral("admin@example.com"));
    QCOMPARE(c.portIn.carriers.size(), 1);
    const CarrierGroup &g = c.portIn.carriers.first();
    QCOMPARE(g.carrier, QStringLiteral("Example Telecom"));
    QCOMPARE(g.accountNumber, QStringLiteral("12345678"));
    QCOMPARE(g.pin, QStringLiteral("9876"));
    QCOMPARE(g.customerName, QStringLiteral("Example Corp"));
    QCOMPARE(g.serviceAddress.state, QStringLiteral("WA"));
    QCOMPARE(g.serviceAddress.zip, QStringLiteral("98101"));
    QCOMPARE(g.authorizingPerson, QStringLiteral("Jane Roe"));
    QCOMPARE(g.authorizingTitle, QStringLiteral("CFO"));
    QCOMPARE(toString(g.customerType), toString(CustomerType::Business));
    QCOMPARE(g.authorizingPhone, QStringLiteral("+12064449911"));
    QCOMPARE(g.authorizingEmail, QStringLiteral("jane.roe@example.com"));
    QCOMPARE(toString(g.portScope), toString(PortScope::Full));
    QVERIFY(c.portIn.requestedPortAt > Clock::now().addDays(20));
    QVERIFY(m_window->casesView()->detailsText().contains(QLatin1String("Example Corp")));
    // Submitted: no draft is left behind.
    const QList<Draft> left = m_window->service().drafts.listDrafts(QStringLiteral("port-in"));
    QVERIFY2(left.isEmpty(), qPrintable(left.value(0).title + QStringLiteral(" page ") + QString::number(left.value(0).content.value(QStringLiteral("page")).toInt())));
}

// The target: three local numbers with the BTN among them and
// replaced, one carrier, the existing Voice Connector, from the main window
// to the new case in at most 20 keys beyond the data typed. The admin filed
// a Voice Connector request before (its product type and email are offered).
void TestPortInFlow::fullPortInInTwentyKeys()
{
    QVERIFY(m_window->service().directory.createVoiceConnector(QStringLiteral("pbx-east"), QString(), true).ok());
    PortInWizard::rememberProductType(ProductType::VoiceConnector);
    ContactPage::rememberAdminEmail(QStringLiteral("admin@example.com"));

    PortInWizard *wizard = openWizardWithKeyboard();
    QVERIFY(wizard);
    QCOMPARE(focusName(), QStringLiteral("pasteEdit"));
    // One number a line: Enter between them is part of the data.
    const QStringList lines{QStringLiteral("206 444 0101"), QStringLiteral("206 444 0102"),
                            QStringLiteral("206 444 0103")};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        type(lines.at(i));
    }
    auto *numbers = qobject_cast<NumbersPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!numbers->isValidating(), 20000);
    next(wizard, PortInWizard::CarriersPageId);
    fillCarrier(wizard, QStringLiteral("206-444-0101"));   // the BTN is one of the numbers
    next(wizard, PortInWizard::BtnPageId);

    // The keyboard is on the options: Space chooses "replace", and the new
    // BTN is where the typing goes.
    QTRY_COMPARE(focusName(), QStringLiteral("optionReplace"));
    press(Qt::Key_Space);
    QTRY_COMPARE(focusName(), QStringLiteral("newBtnEdit"));
    type(QStringLiteral("206-444-0190"));

    // Ctrl+Enter: past the proposed date and the remembered email, to the review.
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(wizard->currentId(), int(PortInWizard::ReviewPageId));
    QPointer<PortInWizard> guard(wizard);
    ++g_navigationKeys;
    QTest::keyClick(wizard, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());

    qInfo("navigation keys for the whole port-in: %d", g_navigationKeys);
    QVERIFY2(g_navigationKeys <= 20, qPrintable(QString::number(g_navigationKeys)));
    const QList<CaseSummary> cases = m_window->service().cases.listCases();
    QCOMPARE(cases.size(), 1);
    CaseRecord c;
    QVERIFY(m_window->service().cases.loadCase(cases.first().id, &c));
    QCOMPARE(c.numbers.size(), 3);
    QCOMPARE(toString(c.portIn.productType), toString(ProductType::VoiceConnector));
    QCOMPARE(c.portIn.voiceConnector, QStringLiteral("pbx-east"));
    QCOMPARE(toString(c.portIn.btnOption), toString(BtnOption::Replace));
    QVERIFY2(c.portIn.newBtn.contains(QLatin1String("444")) && c.portIn.newBtn.contains(QLatin1String("0190")),
             qPrintable(c.portIn.newBtn));
    QCOMPARE(c.adminEmail, QStringLiteral("admin@example.com"));
}

void TestPortInFlow::draftSurvivesADestroyedWizard()
{
    PortInWizard *wizard = openWizardWithKeyboard();
    QVERIFY(wizard);
    fillNumbers(wizard);
    next(wizard, PortInWizard::CarriersPageId);
    fillCarrier(wizard);
    next(wizard, PortInWizard::BtnPageId);
    // The program dies here: no close, no done(); what the page change saved is all there is.
    delete wizard;
    QVERIFY(!m_window->portInWizard());
    const QList<Draft> drafts = m_window->service().drafts.listDrafts(QStringLiteral("port-in"));
    QCOMPARE(drafts.size(), 1);
    QVERIFY2(drafts.first().title.contains(QLatin1String("Example Corp")), qPrintable(drafts.first().title));

    // Opening the wizard again offers the draft; resuming lands on the page
    // the admin was on, with everything typed.
    Dialogs::queueButtonAnswer(QMessageBox::Open);
    wizard = openWizardWithKeyboard();
    QVERIFY(wizard);
    const QStringList asked = Dialogs::takeShownMessages();
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QLatin1String("Example Corp")));
    QCOMPARE(wizard->currentId(), int(PortInWizard::BtnPageId));
    QCOMPARE(wizard->request().carriers.first().customerName, QStringLiteral("Example Corp"));
    QCOMPARE(wizard->request().carriers.first().pin, QStringLiteral("9876"));
    back(wizard, PortInWizard::CarriersPageId);
    back(wizard, PortInWizard::NumbersPageId);
    QCOMPARE(child<QPlainTextEdit>(wizard->currentPage(), "pasteEdit")->toPlainText(),
             QStringLiteral("206 444 0101\n(206) 444-0102, 206.444.0103"));

    // Closing keeps the draft; discarding it on the next start removes it.
    wizard->reject();
    QTRY_VERIFY(!m_window->portInWizard());
    QCOMPARE(m_window->service().drafts.listDrafts(QStringLiteral("port-in")).size(), 1);
    Dialogs::queueButtonAnswer(QMessageBox::Discard);
    wizard = openWizardWithKeyboard();
    QVERIFY(wizard);
    QVERIFY(m_window->service().drafts.listDrafts(QStringLiteral("port-in")).isEmpty());
    QCOMPARE(wizard->currentId(), int(PortInWizard::NumbersPageId));
    QVERIFY(child<QPlainTextEdit>(wizard->currentPage(), "pasteEdit")->toPlainText().isEmpty());
}

void TestPortInFlow::resumingNeverSubmits_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("expected");
    QTest::newRow("review page") << int(PortInWizard::ReviewPageId) << int(PortInWizard::ReviewPageId);
    QTest::newRow("closed wizard (-1)") << -1 << int(PortInWizard::NumbersPageId);
    QTest::newRow("unknown page") << 42 << int(PortInWizard::NumbersPageId);
}

void TestPortInFlow::resumingNeverSubmits()
{
    QFETCH(int, page);
    QFETCH(int, expected);
    // A complete, valid request saved as a draft.
    PortInRequest r;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = QDateTime::fromString(QStringLiteral("2026-12-15T10:00:00-05:00"), Qt::ISODate);
    CarrierGroup g;
    g.btn = QStringLiteral("+12064440100");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = {QStringLiteral("1 Main St"), QStringLiteral("Seattle"), QStringLiteral("WA"), QStringLiteral("98101")};
    g.numbers = {QStringLiteral("+12064440101")};
    r.carriers = {g};
    const QJsonObject content{{QStringLiteral("request"), r.toJson()}, {QStringLiteral("page"), page},
                              {QStringLiteral("pages"), QJsonObject{{QStringLiteral("numbersText"), QStringLiteral("+12064440101")}}}};
    const qint64 id = m_window->service().drafts.saveDraft(0, QStringLiteral("port-in"), QStringLiteral("saved"), content).id;
    QVERIFY(id > 0);
    m_window->openPortInWizard(id);
    PortInWizard *wizard = m_window->portInWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), expected);
    QVERIFY(m_window->service().cases.listCases().isEmpty());   // only Submit submits
}

QTEST_MAIN(TestPortInFlow)
#include "tst_portinflow.moc"
