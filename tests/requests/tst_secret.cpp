// SPDX-License-Identifier: Apache-2.0
// Secret owns masking: a mask never shows a secret's length or characters,
// but for the last two characters of a long enough account number.

#include "core/CaseSecrets.h"
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

    // CaseSecrets::masked: a case's secrets in free text (a reason stored
    // before such text was refused) replaced by their masks wherever the
    // refusal would have found them, and nothing else touched.
    void maskedInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString pin = Secret::dots(); // the PIN 46183's mask
        const QString account = Secret::dots() + QStringLiteral("15"); // 830417992615's
        QTest::newRow("the PIN") << QStringLiteral("PIN 46183 wrong") << QStringLiteral("PIN %1 wrong").arg(pin);
        QTest::newRow("the account, grouped")
            << QStringLiteral("acct 8304 1799 2615.") << QStringLiteral("acct %1.").arg(account);
        QTest::newRow("both, one run") << QStringLiteral("830417992615 46183")
                                       << QStringLiteral("%1 %2").arg(account, pin);
        QTest::newRow("twice") << QStringLiteral("46183/46183") << QStringLiteral("%1/%1").arg(pin);
        QTest::newRow("inside a phone number: kept")
            << QStringLiteral("Call (206) 444-6183") << QStringLiteral("Call (206) 444-6183");
        QTest::newRow("inside a longer number: kept") << QStringLiteral("Ticket 946183")
                                                      << QStringLiteral("Ticket 946183");
        QTest::newRow("a word secret, any case")
            << QStringLiteral("id acc-7781, ok") << QStringLiteral("id %1, ok").arg(Secret::dots() + QStringLiteral("81"));
        QTest::newRow("nothing") << QString() << QString();
    }

    void maskedInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        CaseRecord record;
        record.kind = CaseKind::PortIn;
        CarrierGroup g;
        g.carrier = QStringLiteral("Verizon");
        g.accountNumber = QStringLiteral("830417992615");
        g.pin = QStringLiteral("46183");
        record.portIn.carriers << g;
        QList<CaseSecret> secrets = CaseSecrets::guarded(record);
        secrets.append({ CaseSecret::Field::PortOutAccountId, 0, QString(), QStringLiteral("ACC-7781") });
        QCOMPARE(CaseSecrets::masked(text, secrets), expected);
        QCOMPARE(CaseSecrets::foundIn(expected, secrets).isEmpty(), true);
    }

    // Who may reveal what: the one table of it.
    void mayReveal_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("may");
        using F = CaseSecret::Field;
        QTest::newRow("admin, account number") << int(Role::Admin) << int(F::AccountNumber) << true;
        QTest::newRow("admin, PIN") << int(Role::Admin) << int(F::Pin) << true;
        QTest::newRow("admin, port-out PIN") << int(Role::Admin) << int(F::PortOutPin) << true;
        QTest::newRow("support, account number") << int(Role::Support) << int(F::AccountNumber) << true;
        QTest::newRow("support, PIN") << int(Role::Support) << int(F::Pin) << false;
        QTest::newRow("support, port-out account ID") << int(Role::Support) << int(F::PortOutAccountId) << true;
        QTest::newRow("support, port-out PIN") << int(Role::Support) << int(F::PortOutPin) << true;
        QTest::newRow("the clock, account number") << int(Role::System) << int(F::AccountNumber) << false;
    }

    void mayReveal()
    {
        QFETCH(int, role);
        QFETCH(int, field);
        QFETCH(bool, may);
        QCOMPARE(CaseSecrets::mayReveal(Role(role), CaseSecret::Field(field)), may);
        CaseSecret s;
        s.field = CaseSecret::Field(field);
        s.group = 1;
        QCOMPARE(CaseSecrets::whyNot(Role(role), s).isEmpty(), may);
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
