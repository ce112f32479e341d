// SPDX-License-Identifier: Apache-2.0
// File ▸ Email notifications… (issue 14, gap 3): the real dialog opened
// from the main window's menu, its check boxes driven with the mouse and
// keyboard, saved through NotificationService; the store's opt-outs and
// `portdesk-cli notify opt-outs` agree. Both engines.

#include "ModalDialogs.h"
#include "ProgramRun.h"
#include "TestDatabase.h"
#include "WidgetLookup.h"

#include "core/Clock.h"
#include "core/Notification.h"
#include "gui/MainWindow.h"
#include "gui/settings/EmailNotificationsDialog.h"
#include "service/NotificationService.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace portdesk;
using portdesk::testsupport::child;
using portdesk::testsupport::whenModal;

namespace {

QCheckBox *kindBox(QDialog *dialog, const QString &kind)
{
    auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("notifyKind_") + kind);
    if (!box)
        qFatal("no check box for %s", qPrintable(kind));
    return box;
}

void typeEmail(QDialog *dialog, const QString &text)
{
    auto *email = child<QLineEdit>(dialog, "notifyEmail");
    email->setFocus();
    email->selectAll();
    QTest::keyClick(email, Qt::Key_Backspace);
    QTest::keyClicks(email, text);
    QTest::keyClick(email, Qt::Key_Tab); // editing finished: its choices load
}

void save(QDialog *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "notifyButtons")
                          ->button(QDialogButtonBox::Save),
        Qt::LeftButton);
}

QStringList optOutsOf(const QList<OptOut> &all, const QString &email)
{
    QStringList kinds;
    for (const OptOut &o : all)
        if (o.email == email)
            kinds << o.kind;
    kinds.sort();
    return kinds;
}

} // namespace

class TestEmailNotifications : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        Clock::setInstance(&m_clock);
        QSettings().remove(QStringLiteral("notifications"));
    }
    void cleanup()
    {
        QSettings().remove(QStringLiteral("notifications"));
        Clock::setInstance(nullptr);
    }
    void savesTheCheckedKinds_data();
    void savesTheCheckedKinds();
    void badAddressIsRefusedAndKept();

private:
    ProgramRun cli(const TestDatabase &db, const QStringList &args)
    {
        return runProgram(QStringLiteral(PORTDESK_CLI_PATH),
            QStringList { QStringLiteral("--db"), db.url() } + args,
            { { QStringLiteral("XDG_CONFIG_HOME"), db.folder() },
                { QStringLiteral("XDG_DATA_HOME"), db.folder() } });
    }

    FixedClock m_clock { QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC) };
};

void TestEmailNotifications::savesTheCheckedKinds_data()
{
    QTest::addColumn<QStringList>("before"); // opted out already (by the CLI)
    QTest::addColumn<QStringList>("toggled"); // boxes the user clicks
    QTest::addColumn<QStringList>("after"); // opted out once saved

    const auto l = [](std::initializer_list<const char *> kinds) {
        QStringList out;
        for (const char *k : kinds)
            out << QLatin1String(k);
        out.sort();
        return out;
    };
    QTest::newRow("nothing before, one off") << QStringList() << l({ "foc-set" }) << l({ "foc-set" });
    QTest::newRow("one back on, two off")
        << l({ "loa-requested" }) << l({ "loa-requested", "completed", "pin-issued" })
        << l({ "completed", "pin-issued" });
    QTest::newRow("every kind off") << QStringList() << Notifications::kinds()
                                    << l({ "portable", "not-portable", "loa-requested",
                                           "change-requested", "foc-set", "in-inventory",
                                           "completed", "pin-issued", "port-out-requested",
                                           "submitted", "loa-submitted", "foc-confirmed" });
    QTest::newRow("nothing changed") << l({ "submitted" }) << QStringList() << l({ "submitted" });
}

void TestEmailNotifications::savesTheCheckedKinds()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, toggled);
    QFETCH(QStringList, after);
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    const QString email = QStringLiteral("ana@example.com");
    for (const QString &kind : before) {
        const ProgramRun r = cli(db,
            { QStringLiteral("notify"), QStringLiteral("opt-out"), kind, QStringLiteral("--email"),
                email });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *open = child<QAction>(&window, "actionEmailNotifications");
    bool ran = false;
    QStringList shownBefore;
    whenModal<QDialog>(
        [&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("emailNotificationsDialog"));
            typeEmail(dialog, QStringLiteral("Ana@Example.com"));
            for (const QString &kind : Notifications::kinds())
                if (!kindBox(dialog, kind)->isChecked())
                    shownBefore << kind;
            for (const QString &kind : toggled) {
                QCheckBox *box = kindBox(dialog, kind);
                box->setFocus();
                QTest::keyClick(box, Qt::Key_Space); // by keyboard, as a user can
            }
            save(dialog);
        },
        &ran);
    open->trigger();
    QVERIFY(ran);
    shownBefore.sort();
    QCOMPARE(shownBefore, before);

    // The store has exactly the kinds left unchecked...
    NotificationService notifications(*store);
    QCOMPARE(optOutsOf(notifications.optOuts(), email), after);
    // ...and portdesk-cli says the same.
    const ProgramRun r = cli(db, { QStringLiteral("--json"), QStringLiteral("notify"),
                                     QStringLiteral("opt-outs") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList fromCli;
    for (const QJsonValue &v : r.json().array()) {
        QCOMPARE(v.toObject().value(QStringLiteral("email")).toString(), email);
        fromCli << v.toObject().value(QStringLiteral("kind")).toString();
    }
    fromCli.sort();
    QCOMPARE(fromCli, after);

    // Opened again: the address remembered, the boxes as saved.
    ran = false;
    QString offered;
    QStringList unchecked;
    whenModal<QDialog>(
        [&](QDialog *dialog) {
            offered = child<QLineEdit>(dialog, "notifyEmail")->text();
            for (const QString &kind : Notifications::kinds())
                if (!kindBox(dialog, kind)->isChecked())
                    unchecked << kind;
            dialog->reject();
        },
        &ran);
    open->trigger();
    QVERIFY(ran);
    QCOMPARE(offered, QStringLiteral("Ana@Example.com"));
    unchecked.sort();
    QCOMPARE(unchecked, after);
}

void TestEmailNotifications::badAddressIsRefusedAndKept()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    MainWindow window(*store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool ran = false;
    bool stillOpen = false;
    QString message;
    QString kept;
    bool boxKept = false;
    whenModal<QDialog>(
        [&](QDialog *dialog) {
            typeEmail(dialog, QStringLiteral("ana@"));
            QCheckBox *box = kindBox(dialog, QStringLiteral("foc-set"));
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
            save(dialog);
            stillOpen = dialog->isVisible();
            message = child<QLabel>(dialog, "notifyMessage")->text();
            kept = child<QLineEdit>(dialog, "notifyEmail")->text();
            boxKept = !box->isChecked();
            dialog->reject();
        },
        &ran);
    child<QAction>(&window, "actionEmailNotifications")->trigger();
    QVERIFY(ran);
    QVERIFY(stillOpen);
    QVERIFY2(message.startsWith(QLatin1String("Email address:")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("notify.bad-email")), qPrintable(message));
    QCOMPARE(kept, QStringLiteral("ana@"));
    QVERIFY(boxKept);
    QVERIFY(NotificationService(*store).optOuts().isEmpty());
}

QTEST_MAIN(TestEmailNotifications)
#include "tst_emailnotifications.moc"
