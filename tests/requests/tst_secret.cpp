// SPDX-License-Identifier: Apache-2.0
// Secret owns masking: a mask never shows a secret's length or characters,
// but for the last two characters of a long enough account number.

#include "core/Secret.h"

#include <QtTest>

using namespace portdesk;

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masked_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const QString d = Secret::dots();
        const int account = int(Secret::Kind::AccountNumber);
        const int pin = int(Secret::Kind::Pin);
        QTest::newRow("empty account") << account << QString() << QString();
        QTest::newRow("blank pin") << pin << QStringLiteral("  ") << QString();
        QTest::newRow("pin of 4") << pin << QStringLiteral("1234") << d;
        QTest::newRow("pin of 10") << pin << QStringLiteral("1234567890") << d;
        QTest::newRow("pin never shows a tail") << pin << QStringLiteral("98765432") << d;
        QTest::newRow("account of 4: nothing shown") << account << QStringLiteral("1234") << d;
        QTest::newRow("account of 5: last two") << account << QStringLiteral("12345") << d + QStringLiteral("45");
        QTest::newRow("account of 12: last two") << account << QStringLiteral("ACCT-0099887766")
                                                 << d + QStringLiteral("66");
        QTest::newRow("account trimmed") << account << QStringLiteral(" 55501234 ") << d + QStringLiteral("34");
    }

    void masked()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const Secret secret(Secret::Kind(kind), value);
        QCOMPARE(secret.masked(), expected);
        QCOMPARE(secret.shown(false), expected);
        QCOMPARE(secret.shown(true), value);
        QCOMPARE(secret.revealed(), value);
    }

    // Two secrets of different lengths mask to the same text but for the
    // account number's tail: the length is never given away.
    void lengthNeverShows()
    {
        QCOMPARE(Secret::pin(QStringLiteral("12")).masked(), Secret::pin(QStringLiteral("123456789")).masked());
        const QString shortOne = Secret::accountNumber(QStringLiteral("10099")).masked();
        const QString longOne = Secret::accountNumber(QStringLiteral("1000000000099")).masked();
        QCOMPARE(shortOne, longOne);
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
