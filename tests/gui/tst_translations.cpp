// SPDX-License-Identifier: Apache-2.0
// The translation plumbing: the Spanish catalogue is compiled into the
// program and a Spanish locale loads it; English needs none.

#include "TestDatabase.h"
#include "Translations.h"

#include "gui/MainWindow.h"
#include "store/Store.h"

#include <QTabWidget>
#include <QtTest>

using namespace portdesk;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsCompiledIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/portdesk_es.qm")));
    }

    // English needs no words translated, only the plurals of "%n ...(s)".
    void englishPlurals_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("shown");
        QTest::newRow("one number") << QStringLiteral("portdesk::InventoryView")
                                    << QStringLiteral("%n number(s) shown") << 1 << QStringLiteral("1 number shown");
        QTest::newRow("three numbers") << QStringLiteral("portdesk::InventoryView")
                                       << QStringLiteral("%n number(s) shown") << 3 << QStringLiteral("3 numbers shown");
        QTest::newRow("one day") << QStringLiteral("portdesk::InventoryModel") << QStringLiteral("%n day(s)")
                                 << 1 << QStringLiteral("1 day");
        QTest::newRow("a verb that agrees") << QStringLiteral("portdesk::MainWindow")
            << QStringLiteral("Read-only (%1): steps the clock has made due are not applied (%n case(s) wait for one).")
            << 1 << QStringLiteral("Read-only (%1): steps the clock has made due are not applied (1 case waits for one).");
        QTest::newRow("already plural") << QStringLiteral("portdesk::CaseRequestSection") << QStringLiteral("%n numbers")
                                        << 1 << QStringLiteral("1 number");
    }

    void englishPlurals()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, shown);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/portdesk_en.qm")));
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("portdesk::MainWindow", "Cases"), QStringLiteral("Cases"));
        QCOMPARE(QCoreApplication::translate(context.toLatin1().constData(), source.toUtf8().constData(), nullptr, count), shown);
    }

    void spanishWindow()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Spain)));
        QCOMPARE(QCoreApplication::translate("portdesk::MainWindow", "Cases"), QStringLiteral("Casos"));
        TestDatabase db;
        StoreStatus status;
        std::unique_ptr<Store> store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        MainWindow window(*store);
        auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
        QVERIFY(views);
        QCOMPARE(views->tabText(MainWindow::CasesViewIndex), QStringLiteral("Casos"));
        QCOMPARE(views->tabText(MainWindow::InventoryViewIndex), QStringLiteral("Inventario"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
