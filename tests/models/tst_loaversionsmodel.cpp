// SPDX-License-Identifier: Apache-2.0
// The signed versions of one carrier group's LOA as a model: newest first,
// and what each version is now.

#include "core/LoaVersion.h"
#include "core/PortRequest.h"
#include "documents/LoaContent.h"
#include "models/LoaVersionsModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace portdesk;

namespace {

PortInRequest request(const QString &account)
{
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    CarrierGroup g;
    g.carrier = QStringLiteral("Example Telecom");
    g.btn = QStringLiteral("+12064440100");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.accountNumber = account;
    g.customerName = QStringLiteral("Example Corp");
    g.numbers = QStringList { QStringLiteral("+12064440101") };
    r.carriers = { g };
    return r;
}

LoaVersion version(int number, const QJsonObject &content, const QDateTime &signedAt, bool drawn)
{
    LoaVersion v;
    v.version = number;
    v.content = content;
    v.signedAt = signedAt;
    v.signer = LoaSigner { QStringLiteral("Jane Roe"), QStringLiteral("CFO"),
        drawn ? QByteArray("png") : QByteArray() };
    return v;
}

} // namespace

class TestLoaVersionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notes_data()
    {
        QTest::addColumn<int>("ageDays"); // of version 1, signed for the request as it stands
        QTest::addColumn<bool>("corrected"); // version 2 signed a correction not submitted
        QTest::addColumn<QStringList>("expected"); // notes, newest first
        QTest::newRow("one, in force") << 1 << false << QStringList { QStringLiteral("in force") };
        QTest::newRow("one, expired") << 91 << false << QStringList { QStringLiteral("expired") };
        QTest::newRow("a later version for another request")
            << 1 << true
            << QStringList { QStringLiteral("shows another request"), QStringLiteral("in force") };
    }

    void notes()
    {
        QFETCH(int, ageDays);
        QFETCH(bool, corrected);
        QFETCH(QStringList, expected);
        const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        const PortInRequest asItStands = request(QStringLiteral("12345"));
        LoaGroupStatus group;
        group.content = LoaContent::forGroup(asItStands, 0);
        group.versions << version(1, group.content, now.addDays(-ageDays), true);
        if (corrected) {
            group.versions << version(
                2, LoaContent::forGroup(request(QStringLiteral("99999")), 0), now.addSecs(-60), false);
        }
        group = LoaContent::statuses(asItStands, group.versions, now).constFirst();

        LoaVersionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroup(group, now);
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(model.columnCount(), int(LoaVersionsModel::ColumnCount));
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(model.index(row, LoaVersionsModel::NoteColumn).data().toString(), expected.at(row));
            // Newest first, the number under Qt::UserRole on every column.
            const int number = int(expected.size()) - row;
            QCOMPARE(model.versionAt(row), number);
            QCOMPARE(model.index(row, LoaVersionsModel::SignerColumn).data(Qt::UserRole).toInt(), number);
            QCOMPARE(model.index(row, LoaVersionsModel::VersionColumn).data().toString(),
                QStringLiteral("Version %1").arg(number));
        }
        QCOMPARE(model.index(expected.size() - 1, LoaVersionsModel::SignatureColumn).data().toString(),
            QStringLiteral("drawn"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.versionAt(0), 0);
    }
};

QTEST_MAIN(TestLoaVersionsModel)
#include "tst_loaversionsmodel.moc"
