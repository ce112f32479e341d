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

    void englishNeedsNone()
    {
        QVERIFY(!installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("portdesk::MainWindow", "Cases"), QStringLiteral("Cases"));
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
