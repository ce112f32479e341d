// SPDX-License-Identifier: Apache-2.0
// The LOA's fields in the real wizard, offscreen: the carrier page asks
// whether the account is a business or a residential one, the authorizing
// person's phone and email, and whether every number on the account moves;
// a partial port asks which numbers stay, each checked as a NANP number with
// a message naming the field; a toll-free group asks for its RespOrgs.
#include "TestDatabase.h"

#include "CarrierGroupForm.h"
#include "core/Clock.h"
#include "core/PortRequest.h"
#include "gui/Dialogs.h"
#include "service/Services.h"
#include "store/Store.h"
#include "wizard/CarriersPage.h"
#include "wizard/NumbersPage.h"
#include "wizard/PortInWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace portdesk;

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QtMessageHandler g_testHandler = nullptr;
void quietPlatformHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    g_testHandler(type, context, message);
}

} // namespace

class TestLoaFieldsForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_testHandler = qInstallMessageHandler(quietPlatformHandler); }
    void init();
    void cleanup();

    void businessOrResidential();
    void partialPortNumbersThatStay();
    void tollFreeAsksForTheRespOrg();
    void secretsShownByKeyboard();
    void refusedNextFocusesFirstFieldInError();

private:
    CarriersPage *carriersPage() const
    {
        return qobject_cast<CarriersPage *>(m_wizard->page(PortInWizard::CarriersPageId));
    }
    CarrierGroupForm *form() const { return carriersPage()->form(); }
    void toCarrierPage(const QString &numbers, bool voiceConnector);
    void type(const char *name, const QString &text);
    void choose(const char *comboName, int index);
    // The carrier page's Next: false when it stayed (messages shown).
    bool next();
    QString messageOf(const char *labelName) const;
    void fillSeedFields();

    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC) };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
    std::unique_ptr<PortInWizard> m_wizard;
};

void TestLoaFieldsForm::init()
{
    Clock::setInstance(&m_clock);
    Dialogs::reset();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);
    m_wizard = std::make_unique<PortInWizard>(*m_service);
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void TestLoaFieldsForm::cleanup()
{
    m_wizard.reset();
    m_service.reset();
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
    Dialogs::reset();
}

void TestLoaFieldsForm::toCarrierPage(const QString &numbers, bool voiceConnector)
{
    auto *numbersPage = qobject_cast<NumbersPage *>(m_wizard->page(PortInWizard::NumbersPageId));
    if (voiceConnector) {
        QVERIFY(m_service->directory.createVoiceConnector(QStringLiteral("pbx-east"), QString(), true).ok());
        m_wizard->restart();
        child<QRadioButton>(numbersPage, "voiceConnectorRadio")->click();
        auto *combo = child<QComboBox>(numbersPage, "connectorCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("pbx-east")));
    }
    auto *edit = child<QPlainTextEdit>(numbersPage, "pasteEdit");
    edit->setFocus();
    edit->insertPlainText(numbers);
    QTRY_VERIFY_WITH_TIMEOUT(!numbersPage->isValidating(), 60000);
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(PortInWizard::CarriersPageId));
}

void TestLoaFieldsForm::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(form(), name);
    QVERIFY(edit);
    QVERIFY2(edit->isEnabled(), name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestLoaFieldsForm::choose(const char *comboName, int index)
{
    auto *combo = child<QComboBox>(form(), comboName);
    QVERIFY(combo);
    combo->setFocus();
    // As a person does with the keyboard: Home, then Down to the entry.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

bool TestLoaFieldsForm::next()
{
    m_wizard->button(QWizard::NextButton)->click();
    return m_wizard->currentId() != int(PortInWizard::CarriersPageId);
}

QString TestLoaFieldsForm::messageOf(const char *labelName) const
{
    auto *label = child<QLabel>(form(), labelName);
    return label && label->isVisible() ? label->text() : QString();
}

void TestLoaFieldsForm::fillSeedFields()
{
    type("carrierEdit", QStringLiteral("Example Telecom"));
    type("btnEdit", QStringLiteral("(206) 444-0100"));
    type("customerNameEdit", QStringLiteral("Example Corp"));
    type("streetEdit", QStringLiteral("1 Main St"));
    type("cityEdit", QStringLiteral("Seattle"));
    auto *state = child<QComboBox>(form(), "stateCombo");
    state->setCurrentIndex(state->findText(QStringLiteral("WA")));
    Q_EMIT state->activated(state->currentIndex());
    type("zipEdit", QStringLiteral("98101"));
    type("authorizingPersonEdit", QStringLiteral("Jane Roe"));
    type("authorizingPhoneEdit", QStringLiteral("(206) 444-9911"));
    type("authorizingEmailEdit", QStringLiteral("jane.roe@example.com"));
}

void TestLoaFieldsForm::businessOrResidential()
{
    toCarrierPage(QStringLiteral("206-444-0101"), false);
    fillSeedFields();
    choose("portTypeCombo", int(PortScope::Full));

    // Not chosen: Next stays, the message is beside the field.
    QVERIFY(!next());
    QVERIFY2(messageOf("customerTypeMessage").contains(QLatin1String("business or a residential")),
        qPrintable(messageOf("customerTypeMessage")));

    // Business: the title is asked for, once, by its field.
    choose("customerTypeCombo", int(CustomerType::Business));
    QCOMPARE(toString(m_wizard->request().carriers.at(0).customerType), toString(CustomerType::Business));
    QVERIFY(!next());
    QVERIFY(messageOf("customerTypeMessage").isEmpty());
    QVERIFY2(messageOf("authorizingTitleMessage").contains(QLatin1String("title is required")),
        qPrintable(messageOf("authorizingTitleMessage")));

    // Residential: no title needed, and the page lets the admin on.
    choose("customerTypeCombo", int(CustomerType::Residential));
    QCOMPARE(toString(m_wizard->request().carriers.at(0).customerType), toString(CustomerType::Residential));
    QVERIFY2(next(), qPrintable(carriersPage()->messages().join(QLatin1Char('\n'))));
    const CarrierGroup &g = m_wizard->request().carriers.at(0);
    QCOMPARE(g.authorizingPhone, QStringLiteral("(206) 444-9911"));
    QCOMPARE(g.authorizingEmail, QStringLiteral("jane.roe@example.com"));
    QCOMPARE(toString(g.customerType), QStringLiteral("residential"));
}

void TestLoaFieldsForm::partialPortNumbersThatStay()
{
    toCarrierPage(QStringLiteral("206-444-0101\n206-444-0102"), false);
    fillSeedFields();
    choose("customerTypeCombo", int(CustomerType::Business));
    type("authorizingTitleEdit", QStringLiteral("Office Manager"));
    auto *remaining = child<QLineEdit>(form(), "remainingNumbersEdit");

    // Full or partial is asked; the numbers that stay only for a partial port.
    QVERIFY(!next());
    QVERIFY2(messageOf("portTypeMessage").contains(QLatin1String("full port")),
        qPrintable(messageOf("portTypeMessage")));
    choose("portTypeCombo", int(PortScope::Full));
    QVERIFY(!remaining->isEnabled());
    choose("portTypeCombo", int(PortScope::Partial));
    QVERIFY(remaining->isEnabled());
    QVERIFY(!next());
    QVERIFY2(messageOf("remainingNumbersMessage").contains(QLatin1String("must list the numbers")),
        qPrintable(messageOf("remainingNumbersMessage")));

    // A number that is not a NANP number, and one that is also being ported:
    // each named beside the field.
    type("remainingNumbersEdit", QStringLiteral("206-444-0150, 12345, 206.444.0102"));
    QVERIFY(!next());
    const QString message = messageOf("remainingNumbersMessage");
    QVERIFY2(message.contains(QLatin1String("Numbers that stay with the carrier, number 2 (\"12345\")")),
        qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("(206) 444-0102 is listed as staying")), qPrintable(message));

    // Corrected: typed with commas, kept as a list, and the page goes on.
    type("remainingNumbersEdit", QStringLiteral("206-444-0150, (206) 444-0151"));
    QCOMPARE(remaining->text(), QStringLiteral("206-444-0150, (206) 444-0151"));
    QCOMPARE(m_wizard->request().carriers.at(0).remainingNumbers,
        (QStringList { QStringLiteral("206-444-0150"), QStringLiteral("(206) 444-0151") }));
    QCOMPARE(toString(m_wizard->request().carriers.at(0).portScope), toString(PortScope::Partial));
    // PORTDESK_SCREENSHOT_DIR: the page as drawn, to look at.
    const QString shots = qEnvironmentVariable("PORTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_wizard->grab().save(QDir(shots).filePath(QStringLiteral("carrier-page-partial.png"))));
    QVERIFY2(next(), qPrintable(carriersPage()->messages().join(QLatin1Char('\n'))));

    // Back again: the form shows what the request holds.
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(PortInWizard::CarriersPageId));
    QCOMPARE(child<QComboBox>(form(), "portTypeCombo")->currentIndex(), int(PortScope::Partial));
    QCOMPARE(remaining->text(), QStringLiteral("206-444-0150, (206) 444-0151"));
}

void TestLoaFieldsForm::tollFreeAsksForTheRespOrg()
{
    toCarrierPage(QStringLiteral("1-888-234-5678"), true);
    auto *target = child<QLineEdit>(form(), "targetRespOrgIdEdit");
    QVERIFY(target->isVisibleTo(form()));
    fillSeedFields();
    choose("customerTypeCombo", int(CustomerType::Residential));
    choose("portTypeCombo", int(PortScope::Full));
    QVERIFY(!next());
    QVERIFY2(messageOf("targetRespOrgIdMessage").contains(QLatin1String("target RespOrg ID")),
        qPrintable(messageOf("targetRespOrgIdMessage")));
    type("targetRespOrgIdEdit", QStringLiteral("JYT1"));
    QVERIFY(!next());
    QVERIFY2(messageOf("targetRespOrgIdMessage").contains(QLatin1String("is not a RespOrg ID")),
        qPrintable(messageOf("targetRespOrgIdMessage")));
    type("targetRespOrgIdEdit", QStringLiteral("JYT01"));
    type("currentRespOrgEdit", QStringLiteral("TFR01"));
    QVERIFY2(next(), qPrintable(carriersPage()->messages().join(QLatin1Char('\n'))));
    QCOMPARE(m_wizard->request().carriers.at(0).targetRespOrgId, QStringLiteral("JYT01"));
    QCOMPARE(m_wizard->request().carriers.at(0).currentRespOrg, QStringLiteral("TFR01"));
}


void TestLoaFieldsForm::secretsShownByKeyboard()
{
    toCarrierPage(QStringLiteral("206-444-0101"), false);
    type("accountNumberEdit", QStringLiteral("12345678"));
    type("pinEdit", QStringLiteral("9876"));
    auto *account = child<QLineEdit>(form(), "accountNumberEdit");
    auto *pin = child<QLineEdit>(form(), "pinEdit");
    QCOMPARE(account->echoMode(), QLineEdit::Password);
    QCOMPARE(pin->echoMode(), QLineEdit::Password);

    // Tab goes from the account number to the PIN, past the Show button.
    account->setFocus();
    QTest::keyClick(account, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pin));

    // Ctrl+Shift+H in a field shows it, again hides it; the other stays hidden.
    QTest::keyClick(pin, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pin->echoMode(), QLineEdit::Normal);
    QCOMPARE(account->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QToolButton>(form(), "pinReveal")->text(), QStringLiteral("Hide"));
    QCOMPARE(pin->text(), QStringLiteral("9876"));   // nothing typed into the field
    QTest::keyClick(pin, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pin->echoMode(), QLineEdit::Password);
    account->setFocus();
    QTest::keyClick(account, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(account->echoMode(), QLineEdit::Normal);
    QCOMPARE(account->text(), QStringLiteral("12345678"));
    // The mouse still has its button.
    child<QToolButton>(form(), "accountNumberReveal")->click();
    QCOMPARE(account->echoMode(), QLineEdit::Password);
}

void TestLoaFieldsForm::refusedNextFocusesFirstFieldInError()
{
    toCarrierPage(QStringLiteral("206-444-0101"), false);
    fillSeedFields();
    choose("portTypeCombo", int(PortScope::Full));
    child<QLineEdit>(form(), "carrierEdit")->setFocus();

    // The account type is missing: Next stays and the keyboard is in it.
    QVERIFY(!next());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(child<QComboBox>(form(), "customerTypeCombo")));

    // Two fields in error: the one Tab reaches first (the ZIP code comes
    // before the authorizing person's title in the form).
    choose("customerTypeCombo", int(CustomerType::Business));
    type("zipEdit", QStringLiteral("9810"));
    child<QLineEdit>(form(), "carrierEdit")->setFocus();
    QVERIFY(!next());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(child<QLineEdit>(form(), "zipEdit")));
    QVERIFY(!messageOf("authorizingTitleMessage").isEmpty());
    // What was typed is kept.
    QCOMPARE(child<QLineEdit>(form(), "zipEdit")->text(), QStringLiteral("9810"));
}

QTEST_MAIN(TestLoaFieldsForm)
#include "tst_loafieldsform.moc"
