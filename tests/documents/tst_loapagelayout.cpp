// SPDX-License-Identifier: Apache-2.0
// Where the LOA's pages break (LoaPageLayout), read back from the PDF with
// pdftotext: the text is cut between lines, never through one (a cut line
// would be drawn, clipped, on both pages and read twice); the numbers'
// heading stays with the first numbers; the signature section is not split;
// the table's header row tops every page of numbers.
#include "documents/LoaDocument.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portdesk;

namespace {

PortInRequest request(int numbers)
{
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.requestedPortAt = QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::OffsetFromUTC, -5 * 3600);
    CarrierGroup g;
    g.carrier = QStringLiteral("Example Telecom");
    g.btn = QStringLiteral("+12064440100");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    for (int i = 0; i < numbers; ++i)
        g.numbers << QStringLiteral("+1425%1").arg(5550000 + i);
    r.carriers = { g };
    return r;
}

QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
            QStringLiteral("-") });
    if (!p.waitForFinished(120000))
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pageOf(const QStringList &pages, const QString &text)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(text))
            return i;
    }
    return -1;
}

} // namespace

class TestLoaPageLayout : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
            "pdftotext is missing: install poppler-utils (tools/quickstart.sh)");
    }

    // Numbers that end anywhere on a page, with attachments enough to
    // flow over a page break of their own.
    void breaks_data()
    {
        QTest::addColumn<int>("numbers");
        QTest::addColumn<int>("attachments");
        QTest::newRow("no numbers, 120 attachments") << 0 << 120;
        QTest::newRow("2,000 numbers, 3 attachments") << 2000 << 3;
        QTest::newRow("2,000 numbers, 120 attachments") << 2000 << 120;
        for (int n : { 170, 180, 190, 200, 210 })
            QTest::addRow("%d numbers, 40 attachments", n) << n << 40;
    }

    void breaks()
    {
        QFETCH(int, numbers);
        QFETCH(int, attachments);
        LoaOptions options;
        for (int i = 0; i < attachments; ++i)
            options.attachmentNames
                << QStringLiteral("attachment-%1.pdf").arg(i + 1, 3, 10, QLatin1Char('0'));
        const QString path
            = QDir(m_tmp.path())
                  .filePath(QStringLiteral("%1-%2.pdf").arg(numbers).arg(attachments));
        QString error;
        int pageCount = 0;
        QVERIFY2(LoaDocument::writePdf(request(numbers), 0, 7, options, path, &error, &pageCount),
            qPrintable(error));
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), pageCount);
        const QString all = pages.join(QLatin1Char('\n'));

        // Every attachment once, in order.
        qsizetype from = 0;
        for (int i = 0; i < attachments; ++i) {
            const QString name = QStringLiteral("%1. attachment-%2.pdf")
                                     .arg(i + 1)
                                     .arg(i + 1, 3, 10, QLatin1Char('0'));
            QVERIFY2(all.count(name) == 1, qPrintable(name));
            const qsizetype at = all.indexOf(name, from);
            QVERIFY2(at >= 0, qPrintable(name + QStringLiteral(" out of order")));
            from = at;
        }

        // Every number once, in order; the header row above them on each page.
        static const QRegularExpression pair(QStringLiteral("(\\d+)\\s+(425-\\d{3}-\\d{4})"));
        static const QRegularExpression header(QStringLiteral("(No\\. +Number *){4}\n"));
        int expected = 1;
        for (int p = 0; p < pages.size(); ++p) {
            auto it = pair.globalMatch(pages.at(p));
            qsizetype first = -1;
            while (it.hasNext()) {
                const auto m = it.next();
                QCOMPARE(m.captured(1).toInt(), expected++);
                if (first < 0)
                    first = m.capturedStart();
            }
            if (first >= 0) {
                const auto h = header.match(pages.at(p));
                QVERIFY2(h.hasMatch() && h.capturedStart() < first,
                    qPrintable(
                        QStringLiteral("page %1: no header row above the numbers").arg(p + 1)));
            }
        }
        QCOMPARE(expected, numbers + 1);

        // The numbers' heading with the first number; the signature section
        // (heading to printed name and title) on one page.
        if (numbers > 0) {
            const int heading = pageOf(pages, QStringLiteral("Telephone numbers to be ported"));
            QCOMPARE(pageOf(pages, QStringLiteral("425-555-0000")), heading);
        }
        const int signature = pageOf(pages, QStringLiteral("Authorization and signature"));
        QVERIFY(signature >= 0);
        QVERIFY(pages.at(signature).contains(QStringLiteral("Printed name")));
        for (int p = 0; p < pages.size(); ++p)
            QVERIFY(
                pages.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pageCount)));
    }
};

QTEST_MAIN(TestLoaPageLayout)
#include "tst_loapagelayout.moc"
