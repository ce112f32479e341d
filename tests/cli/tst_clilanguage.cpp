// SPDX-License-Identifier: Apache-2.0
// portdesk-cli speaks the language of the system locale (LANG, LC_ALL,
// LC_MESSAGES): its help and messages are Spanish under es_US; its --json
// output, errors included, is the same in every locale (issue 16, item 4).

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // One run with exactly these locale variables (the test's own, set to
    // the C locale by ctest, are dropped).
    Run run(const QStringList &locale, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
            env.remove(QLatin1String(name));
        for (const QString &assignment : locale)
            env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("PORTDESK_DB"), m_dir.filePath(QStringLiteral("store.sqlite")));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PORTDESK_CLI_PATH), arguments);
        Run r;
        if (!cli.waitForFinished(60000))
            return r;
        r.exitCode = cli.exitCode();
        r.out = QString::fromUtf8(cli.readAllStandardOutput());
        r.err = QString::fromUtf8(cli.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void help_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("notShown");
        const QStringList c { QStringLiteral("LANG=C") };
        const QStringList es { QStringLiteral("LANG=es_US.UTF-8") };
        QTest::newRow("C") << c << QStringList { QStringLiteral("--help") }
                           << QStringLiteral("Global options (before or after the command")
                           << QStringLiteral("Opciones globales");
        QTest::newRow("LANG=es_US") << es << QStringList { QStringLiteral("--help") }
                                    << QStringLiteral("Opciones globales (antes o despu\u00e9s del comando")
                                    << QStringLiteral("Global options");
        QTest::newRow("LC_ALL=es_US over LANG=C")
            << QStringList { QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=es_US.UTF-8") }
            << QStringList { QStringLiteral("--help") } << QStringLiteral("Uso: portdesk-cli")
            << QStringLiteral("Usage:");
        QTest::newRow("LC_MESSAGES=es_MX") << QStringList { QStringLiteral("LC_MESSAGES=es_MX.UTF-8") }
                                           << QStringList { QStringLiteral("--help") }
                                           << QStringLiteral("Uso: portdesk-cli")
                                           << QStringLiteral("Usage:");
        QTest::newRow("LC_ALL=C over LANG=es_US")
            << QStringList { QStringLiteral("LANG=es_US.UTF-8"), QStringLiteral("LC_ALL=C") }
            << QStringList { QStringLiteral("--help") } << QStringLiteral("Usage: portdesk-cli")
            << QStringLiteral("Uso:");
        // A command's own help, with the command names and options as typed.
        QTest::newRow("case advance --help")
            << es << QStringList { QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("--help") }
            << QStringLiteral("Eventos de portabilidad entrante (rol):\n  portable (support)")
            << QStringLiteral("Port-in events");
    }

    void help()
    {
        QFETCH(QStringList, locale);
        QFETCH(QStringList, arguments);
        QFETCH(QString, shown);
        QFETCH(QString, notShown);
        const Run r = run(locale, arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(shown), qPrintable(r.out.left(400)));
        QVERIFY2(!r.out.contains(notShown), qPrintable(r.out.left(400)));
    }

    // Messages for people translate; the rule ids in them do not.
    void messagesInSpanish()
    {
        const Run r = run({ QStringLiteral("LANG=es_US.UTF-8") }, { QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Comando desconocido \"frobnicate\".")), qPrintable(r.err));
        const Run v = run({ QStringLiteral("LANG=es_US.UTF-8") },
            { QStringLiteral("validate"), QStringLiteral("+1 206 555 0100") });
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.out.contains(QStringLiteral("es un n\u00famero ficticio")), qPrintable(v.out));
    }

    // Machine-readable output is a contract: byte for byte the same under
    // the C locale and a Spanish one, errors and rule ids included.
    void jsonIsTheSameInEveryLocale_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("validate") << QStringList { QStringLiteral("--json"), QStringLiteral("validate"),
            QStringLiteral("(206) 444-0100"), QStringLiteral("+1 206 555 0100"), QStringLiteral("12"),
            QStringLiteral("1-800-555-0199") };
        QTest::newRow("case list") << QStringList { QStringLiteral("case"), QStringLiteral("list"),
            QStringLiteral("--json") };
        QTest::newRow("a case that does not exist")
            << QStringList { QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"),
                   QStringLiteral("99") };
        QTest::newRow("bad usage") << QStringList { QStringLiteral("--json"), QStringLiteral("frobnicate") };
        QTest::newRow("a bad global option after the command")
            << QStringList { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"),
                   QStringLiteral("--now"), QStringLiteral("yesterday") };
    }

    void jsonIsTheSameInEveryLocale()
    {
        QFETCH(QStringList, arguments);
        const Run c = run({ QStringLiteral("LANG=C") }, arguments);
        const Run es = run({ QStringLiteral("LANG=es_US.UTF-8") }, arguments);
        QVERIFY(c.exitCode >= 0);
        QVERIFY2(!c.out.isEmpty() || !c.err.isEmpty(), "no output at all");
        QCOMPARE(es.exitCode, c.exitCode);
        QCOMPARE(es.out, c.out);
        QCOMPARE(es.err, c.err);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
