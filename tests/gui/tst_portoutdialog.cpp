// SPDX-License-Identifier: Apache-2.0
// The port-out request dialog through its real widgets: numbers picked from
// the inventory (filter, multi-select) or pasted, refusals beside the fields,
// and the case it makes.

#include "../store/StoreTestSupport.h"

#include "gui/Dialogs.h"
#include "gui/PortOutDialog.h"
#include "WidgetLookup.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QtTest>

using namespace portdesk;
using namespace storetest;
using portdesk::testsupport::child;

class TestPortOutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOnlyNumbersThatCanLeave();
    void filterAndMultiSelectSubmit();
    void hiddenNumbersNeverGo();
    void pastedNumbersAndRefusals();
    void copyAsSupportRequest();

private:
    FixedClock m_clock{startTime()};
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
};

void TestPortOutDialog::init()
{
    Dialogs::reset();
    m_clock.set(startTime());
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);

    // Three Business Calling numbers arrive through a completed port-in.
    const ChangeResult in = m_service->cases.submitPortIn(portIn(seattleRange(1, 3)));
    QVERIFY2(in.ok(), qPrintable(describe(in)));
    EventArgs foc;
    foc.focAt = focTime();
    for (const auto &step : QList<QPair<CaseEvent, Role>>{{CaseEvent::Portable, Role::Support},
                                                         {CaseEvent::RequestLoa, Role::Support},
                                                         {CaseEvent::SubmitLoa, Role::Admin},
                                                         {CaseEvent::Approve, Role::Support},
                                                         {CaseEvent::SetFoc, Role::Support},
                                                         {CaseEvent::ConfirmFoc, Role::Admin}}) {
        if (step.first == CaseEvent::SubmitLoa)
            VERIFY_OK(signAllLoas(*m_service, in.id)); // signed before it is submitted
        const ChangeResult r = m_service->cases.advance(in.id, step.first, step.second,
                                                  step.first == CaseEvent::SetFoc ? foc : EventArgs());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
    }
    m_clock.set(focTime().addSecs(60));
    m_service->clock.tick();
    QVERIFY(m_service->inventory.assignToUser(seattle(1), QStringLiteral("pat@example.com")).ok());
    // One number is already leaving in another port-out.
    QVERIFY(m_service->cases.submitPortOut(portOut({seattle(3)})).ok());
}

void TestPortOutDialog::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
    Dialogs::reset();
}

void TestPortOutDialog::listsOnlyNumbersThatCanLeave()
{
    PortOutDialog dialog(*m_service);
    QListWidget *list = child<QListWidget>(&dialog, "portOutNumbers");
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown << list->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(shown, (QStringList{seattle(1), seattle(2)}));
    QVERIFY(list->item(0)->text().contains(QLatin1String("pat@example.com")));
    // Voice Connector: none of these.
    child<QComboBox>(&dialog, "portOutProductType")->setCurrentIndex(1);
    QCOMPARE(child<QListWidget>(&dialog, "portOutNumbers")->count(), 0);
}

void TestPortOutDialog::filterAndMultiSelectSubmit()
{
    PortOutDialog dialog(*m_service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "portOutFilter"), seattle(2).right(4));
    QListWidget *list = child<QListWidget>(&dialog, "portOutNumbers");
    QVERIFY(list->item(0)->isHidden());
    QVERIFY(!list->item(1)->isHidden());
    child<QLineEdit>(&dialog, "portOutFilter")->clear();
    list->selectAll();
    QTest::keyClicks(child<QLineEdit>(&dialog, "portOutEmail"), QStringLiteral("admin@example.com"));
    QTest::keyClick(child<QLineEdit>(&dialog, "portOutEmail"), Qt::Key_Return);   // Submit is the default button
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.submittedCaseId() > 0);
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(dialog.submittedCaseId(), &record));
    QVERIFY(record.kind == CaseKind::PortOut);
    QCOMPARE(record.numbers, (QStringList{seattle(1), seattle(2)}));
    QCOMPARE(record.adminEmail, QStringLiteral("admin@example.com"));
}

void TestPortOutDialog::hiddenNumbersNeverGo()
{
    PortOutDialog dialog(*m_service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Selected first, then filtered out of sight: no longer part of the request.
    child<QListWidget>(&dialog, "portOutNumbers")->item(0)->setSelected(true);
    QTest::keyClicks(child<QLineEdit>(&dialog, "portOutFilter"), seattle(2).right(4));
    QVERIFY(dialog.request().numbers.isEmpty());
    // Ctrl+A in the filtered list takes only what shows.
    child<QListWidget>(&dialog, "portOutNumbers")->setFocus();
    QTest::keyClick(child<QListWidget>(&dialog, "portOutNumbers"), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(dialog.request().numbers, QStringList{seattle(2)});
}

void TestPortOutDialog::pastedNumbersAndRefusals()
{
    PortOutDialog dialog(*m_service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A number not held, one already leaving, and a bad email: all at once,
    // beside their fields; the dialog stays open and keeps what was typed.
    child<QPlainTextEdit>(&dialog, "portOutPasted")->setPlainText(QStringLiteral("(206) 444-0150\n") + seattle(3));
    QTest::keyClicks(child<QLineEdit>(&dialog, "portOutEmail"), QStringLiteral("admin@"));
    QTest::keyClick(child<QLineEdit>(&dialog, "portOutEmail"), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    const QString messages = dialog.messages().join(QLatin1Char('\n'));
    QVERIFY2(messages.contains(QLatin1String("not in the phone number inventory")), qPrintable(messages));
    QVERIFY2(messages.contains(QLatin1String("already in an open port-out")), qPrintable(messages));
    QVERIFY2(messages.contains(QLatin1String("not a valid email")), qPrintable(messages));
    QCOMPARE(child<QLineEdit>(&dialog, "portOutEmail")->text(), QStringLiteral("admin@"));
    QCOMPARE(m_service->cases.listCases().size(), 2);   // nothing new

    // Many per line, and a number both picked and pasted goes once.
    child<QListWidget>(&dialog, "portOutNumbers")->item(1)->setSelected(true);
    child<QPlainTextEdit>(&dialog, "portOutPasted")->setPlainText(QStringLiteral("206.444.") + seattle(2).right(4) + QStringLiteral(" ") + seattle(1));
    QCOMPARE(dialog.request().numbers.size(), 2);
    child<QLineEdit>(&dialog, "portOutEmail")->setText(QStringLiteral("admin@example.com"));
    dialog.accept();
    QVERIFY(dialog.submittedCaseId() > 0);
}

void TestPortOutDialog::copyAsSupportRequest()
{
    const QString path = QDir(m_db->folder()).filePath(QStringLiteral("out.txt"));
    Dialogs::queueFileAnswer(path);
    PortOutDialog dialog(*m_service);
    child<QListWidget>(&dialog, "portOutNumbers")->item(1)->setSelected(true);
    child<QLineEdit>(&dialog, "portOutEmail")->setText(QStringLiteral("admin@example.com"));
    dialog.copyAsSupportRequest();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(QLatin1String("Porting phone numbers out")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("444-") + seattle(2).right(4)) || text.contains(seattle(2)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("admin@example.com")));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), text);
}

QTEST_MAIN(TestPortOutDialog)
#include "tst_portoutdialog.moc"
