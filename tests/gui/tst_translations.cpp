// SPDX-License-Identifier: Apache-2.0
// The translation plumbing: the Spanish catalogue is compiled into the
// program and a Spanish locale (or the language setting) loads it with Qt's
// own Spanish strings; English needs none. The LOA's language is the
// document's, whatever the application's is.

#include "TestDatabase.h"
#include "Translations.h"

#include "documents/LoaText.h"
#include "gui/MainWindow.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
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

    // The LOA's words come from its own (private) translator: a Spanish LOA
    // under an English UI and an English LOA under a Spanish one. Runs first,
    // before a test below installs the Spanish catalogue.
    void loaLanguageIsTheDocuments_data()
    {
        QTest::addColumn<QString>("uiLanguage");
        QTest::newRow("English UI") << QStringLiteral("en_US");
        QTest::newRow("Spanish UI") << QStringLiteral("es_US");
    }

    void loaLanguageIsTheDocuments()
    {
        QFETCH(QString, uiLanguage);
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(uiLanguage)));
        const LoaText &en = LoaText::forLanguage(LoaLanguage::English);
        const LoaText &es = LoaText::forLanguage(LoaLanguage::Spanish);
        QCOMPARE(en.title, QStringLiteral("Letter of Authorization"));
        QCOMPARE(es.title, QStringLiteral("Carta de autorizaci\u00f3n"));
        QCOMPARE(es.btn, QStringLiteral("N\u00famero telef\u00f3nico de facturaci\u00f3n (BTN)"));
        QCOMPARE(es.pageFooter.arg(1).arg(2), QStringLiteral("P\u00e1gina 1 de 2"));
        QCOMPARE(en.caseLabel(12), QStringLiteral("Case 12"));
        QCOMPARE(es.caseLabel(12), QStringLiteral("Caso 12"));
        // Through the installed translator the LOA's English stays English
        // only where the UI is English: the LOA never asks it.
        const QString viaUi = QCoreApplication::translate("LoaText", "Letter of Authorization");
        QCOMPARE(viaUi == en.title, uiLanguage.startsWith(QLatin1String("en")));
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
        // The menus, the actions the code adds to them, and Qt's own strings.
        const auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file);
        QCOMPARE(file->title(), QStringLiteral("&Archivo"));
        const auto *settings = window.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(settings);
        QCOMPARE(settings->text(), QStringLiteral("Confi&guraci\u00f3n\u2026"));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancelar"));
    }

    // The program itself: the system locale, or the language setting over
    // it, picks the language of portdesk --help (which needs no display):
    // its own words and Qt's ("Uso:", "Opciones:").
    void programLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("spanish");
        QTest::newRow("C locale") << QStringLiteral("C") << QString() << false;
        QTest::newRow("LANG=es_US.UTF-8") << QStringLiteral("es_US.UTF-8") << QString() << true;
        QTest::newRow("setting es") << QStringLiteral("C") << QStringLiteral("es") << true;
        QTest::newRow("setting en over es_US") << QStringLiteral("es_US.UTF-8") << QStringLiteral("en")
                                               << false;
    }

    void programLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, setting);
        QFETCH(bool, spanish);
        QTemporaryDir config;
        QVERIFY(config.isValid());
        if (!setting.isEmpty()) {
            QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("PortDesk"))));
            QFile conf(config.filePath(QStringLiteral("PortDesk/PortDesk.conf")));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            const QByteArray ini = QByteArray("[ui]\nlanguage=") + setting.toLatin1() + '\n';
            conf.write(ini);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY" })
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PORTDESK_APP_PATH), { QStringLiteral("--help") });
        QVERIFY(app.waitForFinished(60000));
        const QString help = QString::fromUtf8(app.readAllStandardOutput());
        QCOMPARE(app.exitCode(), 0);
        const QString ours = QStringLiteral("Portabilidad de n\u00fameros telef\u00f3nicos de Estados Unidos");
        QCOMPARE(help.contains(ours), spanish);
        QCOMPARE(help.contains(QLatin1String("Uso: ")), spanish);
        QCOMPARE(help.contains(QLatin1String("Usage: ")), !spanish);
        QCOMPARE(help.contains(QLatin1String("Opciones:")), spanish);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
