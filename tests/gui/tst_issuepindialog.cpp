// SPDX-License-Identifier: Apache-2.0
// The issue-PIN dialog through its real widgets: it opens with a generated
// PIN shown to support, Copy puts that PIN on the clipboard, Generate makes
// another, and a weak PIN typed over it is refused beside the field, naming
// the rule, without the submitter being asked.

#include "core/PortOutPin.h"
#include "gui/actions/IssuePinDialog.h"
#include "WidgetLookup.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace portdesk;
using portdesk::testsupport::child;

class TestIssuePinDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensWithAGeneratedPinShown();
    void copyPutsThePinOnTheClipboard();
    void generateMakesAnother();
    void weakTypedPinRefused_data();
    void weakTypedPinRefused();
    void strongTypedPinSubmitted();

private:
    // The dialog as the case view opens it, with a submitter that records
    // what it was sent (and succeeds).
    std::unique_ptr<IssuePinDialog> open();

    int m_submitted = 0;
    QString m_sentPin;
};

std::unique_ptr<IssuePinDialog> TestIssuePinDialog::open()
{
    auto dialog = std::make_unique<IssuePinDialog>();
    dialog->setSubmitter([this, d = dialog.get()] {
        ++m_submitted;
        m_sentPin = d->pin();
        return ActionOutcome { true, {} };
    });
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("the dialog was not exposed");
    return dialog;
}

void TestIssuePinDialog::init()
{
    m_submitted = 0;
    m_sentPin.clear();
    QGuiApplication::clipboard()->clear();
}

void TestIssuePinDialog::opensWithAGeneratedPinShown()
{
    auto dialog = open();
    auto *pin = child<QLineEdit>(dialog.get(), "pinEdit");
    const QString proposed = pin->text();
    QCOMPARE(proposed.size(), PortOutPin::minimumLength);
    QVERIFY2(PortOutPin::isStrong(proposed), qPrintable(proposed));
    QVERIFY(dialog->pinGenerated());
    QCOMPARE(pin->echoMode(), QLineEdit::Normal);
    QVERIFY(child<QToolButton>(dialog.get(), "revealPinButton")->isChecked());
    QVERIFY(child<QLabel>(dialog.get(), "pinHint")->text().contains(QStringLiteral("generated")));
    QVERIFY(child<QLineEdit>(dialog.get(), "accountIdEdit")->hasFocus());
    // Only the account ID is left to type.
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "accountIdEdit"), QStringLiteral("PD-88"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClick(child<QLineEdit>(dialog.get(), "accountIdEdit"), Qt::Key_Return);
    QCOMPARE(m_submitted, 1);
    QCOMPARE(m_sentPin, proposed);
    QCOMPARE(dialog->accountId(), QStringLiteral("PD-88"));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    // Two dialogs never propose the same PIN (but once in a million).
    auto other = open();
    QVERIFY(other->pin() != proposed);
}

void TestIssuePinDialog::copyPutsThePinOnTheClipboard()
{
    auto dialog = open();
    auto *copy = child<QPushButton>(dialog.get(), "copyPinButton");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->pin());
    // Marked as a secret for clipboard managers.
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(child<QLabel>(dialog.get(), "pinHint")->text().contains(QStringLiteral("clipboard")));
    // Nothing to copy, nothing copied.
    child<QLineEdit>(dialog.get(), "pinEdit")->clear();
    QVERIFY(!copy->isEnabled());
    QVERIFY(!child<QLabel>(dialog.get(), "pinHint")->text().contains(QStringLiteral("clipboard")));
}

void TestIssuePinDialog::generateMakesAnother()
{
    auto dialog = open();
    auto *pin = child<QLineEdit>(dialog.get(), "pinEdit");
    // Hidden by support, then a new one: shown again.
    QTest::mouseClick(child<QToolButton>(dialog.get(), "revealPinButton"), Qt::LeftButton);
    QCOMPARE(pin->echoMode(), QLineEdit::Password);
    QSet<QString> seen { pin->text() };
    for (int i = 0; i < 5; ++i) {
        QTest::mouseClick(child<QPushButton>(dialog.get(), "generatePinButton"), Qt::LeftButton);
        QVERIFY(PortOutPin::isStrong(pin->text()));
        seen.insert(pin->text());
    }
    QVERIFY(seen.size() >= 5);
    QCOMPARE(pin->echoMode(), QLineEdit::Normal);
    QVERIFY(dialog->pinGenerated());
    // Typed over: support's own PIN, and the hint says the rule.
    pin->clear();
    QTest::keyClicks(pin, QStringLiteral("5"));
    QVERIFY(!dialog->pinGenerated());
    QVERIFY(child<QLabel>(dialog.get(), "pinHint")->text().contains(QStringLiteral("at least 6")));
}

void TestIssuePinDialog::weakTypedPinRefused_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("says");
    QTest::newRow("too short") << QStringLiteral("5150") << QStringLiteral("at least 6 digits");
    // (Not the PINs the messages give as examples: the message never says the PIN.)
    QTest::newRow("repeated") << QStringLiteral("222222") << QStringLiteral("repeats one digit");
    QTest::newRow("sequential up") << QStringLiteral("234567") << QStringLiteral("in sequence");
    QTest::newRow("sequential down") << QStringLiteral("876543") << QStringLiteral("in sequence");
    QTest::newRow("not digits") << QStringLiteral("48a915") << QStringLiteral("digits only");
}

void TestIssuePinDialog::weakTypedPinRefused()
{
    QFETCH(QString, pin);
    QFETCH(QString, says);
    auto dialog = open();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "accountIdEdit"), QStringLiteral("PD-88"));
    auto *edit = child<QLineEdit>(dialog.get(), "pinEdit");
    edit->selectAll();
    QTest::keyClicks(edit, pin);
    QCOMPARE(edit->text(), pin);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    // Still open, nothing sent, the reason beside the PIN.
    QCOMPARE(m_submitted, 0);
    QVERIFY(dialog->isVisible());
    auto *message = child<QLabel>(dialog.get(), "pinMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(says), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("PIN")));
    QVERIFY(!message->text().contains(pin));
    QCOMPARE(dialog->messages(), QStringList { message->text() });
    QVERIFY(edit->hasFocus());

    // Editing the PIN clears the refusal; a generated one goes through.
    QTest::mouseClick(child<QPushButton>(dialog.get(), "generatePinButton"), Qt::LeftButton);
    QVERIFY(message->isHidden());
    QVERIFY(dialog->messages().isEmpty());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(m_submitted, 1);
    QVERIFY(PortOutPin::isStrong(m_sentPin));
}

void TestIssuePinDialog::strongTypedPinSubmitted()
{
    auto dialog = open();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "accountIdEdit"), QStringLiteral("PD-88"));
    auto *edit = child<QLineEdit>(dialog.get(), "pinEdit");
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("112233"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_submitted, 1);
    QCOMPARE(m_sentPin, QStringLiteral("112233"));
}

QTEST_MAIN(TestIssuePinDialog)
#include "tst_issuepindialog.moc"
