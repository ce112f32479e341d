// SPDX-License-Identifier: Apache-2.0
// The port-out PIN rule: at least six digits, digits only, not one digit
// repeated, not a run up or down (0 follows 9, as on a keypad row); and the
// PINs PortDesk generates always pass it.

#include "core/PortOutPin.h"

#include <QHash>
#include <QSet>
#include <QtTest>

using namespace portdesk;

class TestPortOutPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("rule"); // empty: strong
        const QString strong;
        const QString tooShort = QStringLiteral("pin.too-short");
        const QString repeated = QStringLiteral("pin.repeated");
        const QString sequential = QStringLiteral("pin.sequential");
        const QString notDigits = QStringLiteral("pin.not-digits");

        QTest::newRow("empty") << QString() << tooShort;
        QTest::newRow("four digits") << QStringLiteral("5150") << tooShort;
        QTest::newRow("five digits") << QStringLiteral("48291") << tooShort;
        QTest::newRow("short and repeated: too short") << QStringLiteral("1111") << tooShort;
        QTest::newRow("six digits") << QStringLiteral("482915") << strong;
        QTest::newRow("leading zero kept") << QStringLiteral("048291") << strong;
        QTest::newRow("ten digits") << QStringLiteral("4829150736") << strong;
        QTest::newRow("pairs repeated") << QStringLiteral("112233") << strong;
        QTest::newRow("two digits alternating") << QStringLiteral("121212") << strong;
        QTest::newRow("run broken at the end") << QStringLiteral("123457") << strong;
        QTest::newRow("run up then down") << QStringLiteral("123432") << strong;
        QTest::newRow("steps of two") << QStringLiteral("135791") << strong;

        QTest::newRow("ones") << QStringLiteral("111111") << repeated;
        QTest::newRow("zeros") << QStringLiteral("000000") << repeated;
        QTest::newRow("eight nines") << QStringLiteral("99999999") << repeated;

        QTest::newRow("up") << QStringLiteral("123456") << sequential;
        QTest::newRow("up from zero") << QStringLiteral("012345") << sequential;
        QTest::newRow("up to nine") << QStringLiteral("456789") << sequential;
        QTest::newRow("up past nine (keypad row)") << QStringLiteral("567890") << sequential;
        QTest::newRow("up across zero") << QStringLiteral("890123") << sequential;
        QTest::newRow("down") << QStringLiteral("987654") << sequential;
        QTest::newRow("down from zero (keypad row)") << QStringLiteral("098765") << sequential;
        QTest::newRow("down to zero") << QStringLiteral("543210") << sequential;
        QTest::newRow("ten up") << QStringLiteral("1234567890") << sequential;

        QTest::newRow("letter") << QStringLiteral("48291a") << notDigits;
        QTest::newRow("inner space") << QStringLiteral("482 915") << notDigits;
        QTest::newRow("leading space") << QStringLiteral(" 482915") << notDigits;
        QTest::newRow("dash") << QStringLiteral("482-915") << notDigits;
        QTest::newRow("sign") << QStringLiteral("+482915") << notDigits;
        // Digits of another script are not the 0-9 a carrier's form takes.
        QTest::newRow("arabic-indic digits")
            << QString::fromUtf8("\u0664\u0668\u0662\u0669\u0661\u0665") << notDigits;
        QTest::newRow("fullwidth digits")
            << QString::fromUtf8("\uFF14\uFF18\uFF12\uFF19\uFF11\uFF15") << notDigits;
        QTest::newRow("short with a letter: not digits") << QStringLiteral("12a") << notDigits;
    }

    void check()
    {
        QFETCH(QString, pin);
        QFETCH(QString, rule);
        const Violations found = PortOutPin::check(pin, QStringLiteral("portOut.pin"));
        QCOMPARE(PortOutPin::isStrong(pin), rule.isEmpty());
        if (rule.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).rule));
            return;
        }
        QCOMPARE(found.size(), 1);
        const Violation &v = found.first();
        QCOMPARE(v.rule, rule);
        QCOMPARE(v.field, QStringLiteral("portOut.pin"));
        QVERIFY(v.isError());
        QVERIFY(v.message.contains(QStringLiteral("PIN")));
        // The message says the rule, never the PIN itself: the same
        // sentence for every PIN that breaks the rule.
        const QHash<QString, QString> another { { QStringLiteral("pin.too-short"), QStringLiteral("90") },
            { QStringLiteral("pin.repeated"), QStringLiteral("4444444") },
            { QStringLiteral("pin.sequential"), QStringLiteral("3456789") },
            { QStringLiteral("pin.not-digits"), QStringLiteral("x") } };
        QCOMPARE(v.message, PortOutPin::check(another.value(rule)).value(0).message);
    }

    void defaultFieldIsPin()
    {
        const Violations found = PortOutPin::check(QStringLiteral("123456"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().field, QStringLiteral("pin"));
    }

    void generatedPinsAreStrongAndVary()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString pin = PortOutPin::generate();
            QCOMPARE(pin.size(), PortOutPin::minimumLength);
            QVERIFY2(PortOutPin::isStrong(pin), qPrintable(pin));
            seen.insert(pin);
        }
        // 2,000 draws from a million: a repeat or two at most, never a pattern.
        QVERIFY2(seen.size() > 1990, qPrintable(QString::number(seen.size())));
        // Every digit turns up in every position sooner or later.
        for (int position = 0; position < PortOutPin::minimumLength; ++position) {
            QSet<QChar> digits;
            for (const QString &pin : std::as_const(seen))
                digits.insert(pin.at(position));
            QCOMPARE(digits.size(), 10);
        }
    }

    void generatedLength_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("length");
        QTest::newRow("six") << 6 << 6;
        QTest::newRow("eight") << 8 << 8;
        QTest::newRow("never under the minimum") << 4 << PortOutPin::minimumLength;
    }

    void generatedLength()
    {
        QFETCH(int, asked);
        QFETCH(int, length);
        const QString pin = PortOutPin::generate(asked);
        QCOMPARE(pin.size(), length);
        QVERIFY(PortOutPin::isStrong(pin));
    }
};

QTEST_GUILESS_MAIN(TestPortOutPin)
#include "tst_portoutpin.moc"
