// bench_loa: how long a 20,000-number Letter of Authorization takes to render
// to PDF through LoaDocument (the finished letter: fields, the numbers table
// with its header repeated on every page, painted header and footer with
// "Page N of M", signature block), compared in the same run with the bare
// baseline: the same numbers table (four "No. | Number" pairs per row, a
// repeated <thead>) as QTextDocument HTML, printed to QPdfWriter with
// QTextDocument::print. The target is at most 1.5x the baseline's time.
//
// Usage: bench_loa [COUNT [ROUNDS [KEEP_DIR]]]   (defaults 20000, 3, a temporary folder)
// Each round renders both from the same list of E.164 numbers to a file;
// the best round of each counts. Pages are counted in the written PDFs.
// The last line says whether the target was met:
//   bench_loa: baseline=T ms loa=T ms ratio=R target=1.5 PASS|FAIL

#include "documents/LoaDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace portdesk;

namespace {

constexpr double target = 1.5;

PortInRequest bigRequest(int count)
{
    PortInRequest r;
    r.productType = ProductType::VoiceConnector;
    r.voiceConnector = QStringLiteral("pbx-east");
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::OffsetFromUTC, -5 * 3600);
    CarrierGroup g;
    g.carrier = QStringLiteral("Example Telecom");
    g.btn = QStringLiteral("+12064440100");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Chief Financial Officer");
    g.accountNumber = QStringLiteral("ACCT-778812");
    g.pin = QStringLiteral("9876");
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    // Spread over area codes and exchanges like a large enterprise port.
    static const int npas[] = { 206, 253, 360, 425, 509 };
    for (int i = 0; i < count; ++i) {
        const int npa = npas[i % 5];
        const int nxx = 200 + (i / 5) % 700;
        const int line = (i * 37) % 10000;
        g.numbers
            << QStringLiteral("+1%1%2%3").arg(npa).arg(nxx).arg(line, 4, 10, QLatin1Char('0'));
    }
    r.carriers = { g };
    return r;
}

QString dashed(const QString &e164)
{
    return e164.mid(2, 3) + QLatin1Char('-') + e164.mid(5, 3) + QLatin1Char('-') + e164.mid(8, 4);
}

// The baseline: the numbers table alone, as bare HTML.
bool renderBaseline(const QStringList &numbers, const QString &path)
{
    QString html;
    html.reserve(numbers.size() * 48 + 512);
    html += QStringLiteral("<table cellpadding=\"2\"><thead><tr>");
    for (int i = 0; i < 4; ++i)
        html += QStringLiteral("<th align=\"right\">No.</th><th align=\"left\">Number</th>");
    html += QStringLiteral("</tr></thead>");
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i % 4 == 0)
            html += QStringLiteral("<tr>");
        html += QStringLiteral("<td nowrap align=\"right\">") + QString::number(i + 1)
            + QStringLiteral("</td><td nowrap>") + dashed(numbers.at(i)) + QStringLiteral("</td>");
        if (i % 4 == 3 || i + 1 == numbers.size())
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(19, 10, 19, 10), QPageLayout::Millimeter);
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setUseDesignMetrics(true);
    doc.setHtml(html);
    // Paginated to the printable area (in the document's 96-dpi units), the
    // usual way to print a QTextDocument: print() then draws this layout
    // scaled to the printer. Left unpaginated, print() relays it out on a
    // copy and wraps 5-digit running numbers.
    doc.setPageSize(QSizeF(writer.width(), writer.height()) * 96.0 / writer.resolution());
    doc.print(&writer);
    return QFileInfo(path).size() > 0;
}

int countPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray data = f.readAll();
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(data).count(page));
}

double seconds(std::chrono::steady_clock::time_point from)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 20000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    QTemporaryDir temporary;
    const QDir dir(argc > 3 ? QString::fromLocal8Bit(argv[3]) : temporary.path());
    const PortInRequest request = bigRequest(count);
    const QString basePath = dir.filePath(QStringLiteral("baseline.pdf"));
    const QString loaPath = dir.filePath(QStringLiteral("loa.pdf"));

    double bestBase = 1e9;
    double bestLoa = 1e9;
    int loaPages = 0;
    for (int round = 0; round < rounds; ++round) {
        auto start = std::chrono::steady_clock::now();
        if (!renderBaseline(request.carriers.first().numbers, basePath)) {
            std::printf("baseline: no PDF written\n");
            return 1;
        }
        const double base = seconds(start);
        start = std::chrono::steady_clock::now();
        QString error;
        if (!LoaDocument::writePdf(request, 0, 1, LoaOptions(), loaPath, &error, &loaPages)) {
            std::printf("loa: %s\n", qPrintable(error));
            return 1;
        }
        const double loa = seconds(start);
        std::printf("round %d: baseline %.0f ms, loa %.0f ms (%.2fx)\n", round + 1, base * 1000,
            loa * 1000, loa / base);
        bestBase = std::min(bestBase, base);
        bestLoa = std::min(bestLoa, loa);
    }

    const double ratio = bestLoa / bestBase;
    std::printf("%d numbers, best of %d rounds\n", count, rounds);
    std::printf("baseline (bare HTML table, QTextDocument::print): %.0f ms, %d pages, %.0f KiB\n",
        bestBase * 1000, countPages(basePath), QFileInfo(basePath).size() / 1024.0);
    std::printf("LoaDocument::writePdf (the finished LOA):         %.0f ms, %d pages (%d in the "
                "PDF), %.0f KiB\n",
        bestLoa * 1000, loaPages, countPages(loaPath), QFileInfo(loaPath).size() / 1024.0);
    std::printf("bench_loa: baseline=%.0f ms loa=%.0f ms ratio=%.2f target=%.1f %s\n",
        bestBase * 1000, bestLoa * 1000, ratio, target, ratio <= target ? "PASS" : "FAIL");
    return 0;
}
