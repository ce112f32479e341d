// SPDX-License-Identifier: Apache-2.0
// The print entry points: what the preview paints is the LOAs, each with its
// own page numbering, on Letter pages; the dialog is usable by keyboard.
#include "documents/LoaDocument.h"
#include "gui/LoaPrintPreview.h"

#include <QDir>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portdesk;

namespace {

PortInRequest request(int firstGroupNumbers)
{
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.requestedPortAt = QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::OffsetFromUTC, -8 * 3600);
    for (int g = 0; g < 2; ++g) {
        CarrierGroup c;
        c.carrier
            = g == 0 ? QStringLiteral("Example Telecom") : QStringLiteral("Northwind Wireless");
        c.btn = g == 0 ? QStringLiteral("+12064440100") : QStringLiteral("+15032261000");
        c.authorizingPerson = QStringLiteral("Jane Roe");
        c.customerName = g == 0 ? QStringLiteral("Example Corp") : QStringLiteral("Contoso LLC");
        c.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
            QStringLiteral("WA"), QStringLiteral("98101") };
        const int count = g == 0 ? firstGroupNumbers : 3;
        for (int i = 0; i < count; ++i)
            c.numbers << QStringLiteral("+1%1%2").arg(g == 0 ? 206 : 503).arg(4450000 + i);
        r.carriers << c;
    }
    return r;
}

int pdfPageCount(const PortInRequest &r, int group)
{
    QTemporaryDir dir;
    int pages = 0;
    QString error;
    LoaDocument::writePdf(
        r, group, 1, LoaOptions(), dir.filePath(QStringLiteral("x.pdf")), &error, &pages);
    return pages;
}

} // namespace

class TestLoaPrintPreview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // print() puts each LOA on its own pages, numbered from 1 each.
    void printsEveryGroupWithItsOwnNumbering()
    {
        const PortInRequest r = request(600);
        const int first = pdfPageCount(r, 0);
        const int second = pdfPageCount(r, 1);
        QVERIFY(first > 1);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = dir.filePath(QStringLiteral("job.pdf"));
        printer.setOutputFileName(path);
        LoaDocument::setUpPage(&printer);
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::Letter);
        QCOMPARE(LoaPrintPreview::print(&printer, r, { 0, 1 }, 31, { LoaOptions(), LoaOptions() }),
            first + second);

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess p;
        p.start(pdftotext, { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY(p.waitForFinished());
        const QStringList pages = QString::fromUtf8(p.readAllStandardOutput())
                                      .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= first + second);
        for (int i = 0; i < first; ++i) {
            QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(first)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Example Telecom")));
        }
        for (int i = 0; i < second; ++i) {
            QVERIFY(pages.at(first + i).contains(
                QStringLiteral("Page %1 of %2").arg(i + 1).arg(second)));
            QVERIFY(pages.at(first + i).contains(QStringLiteral("Northwind Wireless")));
            QVERIFY(!pages.at(first + i).contains(QStringLiteral("Example Telecom")));
        }
    }

    // The dialog previews the pages the PDF has, and Esc closes it.
    void dialogPreviewsAndClosesByKeyboard_data()
    {
        QTest::addColumn<QList<int>>("groups");
        QTest::newRow("one group") << QList<int> { 1 };
        QTest::newRow("every group") << QList<int> { 0, 1 };
    }

    void dialogPreviewsAndClosesByKeyboard()
    {
        QFETCH(QList<int>, groups);
        const PortInRequest r = request(400);
        int expected = 0;
        QList<LoaOptions> options;
        for (int g : groups) {
            expected += pdfPageCount(r, g);
            options << LoaOptions();
        }
        std::unique_ptr<QPrintPreviewDialog> dialog(
            LoaPrintPreview::createDialog(nullptr, r, groups, 44, options));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("44")));
        if (groups.size() == 1)
            QVERIFY(dialog->windowTitle().contains(QStringLiteral("Northwind Wireless")));
        QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::Letter);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        QTRY_COMPARE(preview->pageCount(), expected);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestLoaPrintPreview)
#include "tst_loaprintpreview.moc"
