// SPDX-License-Identifier: Apache-2.0
// bench_loa: how long a 20,000-number Letter of Authorization takes to render
// to PDF through LoaDocument (the finished letter: fields, the numbers table
// with its header repeated on every page, painted header and footer with
// "Page N of M", signature block), compared in the same run with the
// strongest simple way to do the same work: the same content laid out by hand
// with QPainter straight onto a QPdfWriter (same page, margins, fonts, row
// height, text drawn as text so that it stays extractable). The target is at
// most 1.5x the baseline's time, with the same number of pages.
//
// Usage: bench_loa [COUNT [ROUNDS [KEEP_DIR]]]   (defaults 20000, 5, a temporary folder)
// Each round renders both from the same request to a file, in alternating
// order (paired, so that a burst of load on the shared machine hits both);
// the best round of each counts. Pages are counted in the written PDFs and
// must be equal. The last line says whether the target was met:
//   bench_loa: baseline=T ms loa=T ms ratio=R target=1.5 PASS|FAIL
// and the exit status is 1 on FAIL (a PDF that cannot be read back counts
// 0 pages, which is a FAIL too).
// No store: the letter is laid out from the case's request, already in
// memory when the user asks for it. Reading that request is one row by its
// key, the same on an empty and on the full store (bench_fullstore and
// bench_queue time the reads), and the full store holds no 20,000-number
// case; rendering one read from it would time the same layout.

#include "documents/LoaDocument.h"
#include "documents/LoaText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

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

// The baseline: the LOA's content painted by hand, top to bottom, with
// QPainter on a QPdfWriter. Same page (Letter, 19 mm sides, 8 mm top and
// bottom, 8.5 mm header and footer bands), same fonts and sizes, the numbers
// four pairs a row with the same row height; what it leaves out is only
// generality (no wrapping beyond the one paragraph, no keep-together rules
// beyond the signature block).
class DirectLoa {
public:
    DirectLoa(QPdfWriter *writer, const PortInRequest &request)
        : m_writer(writer)
        , m_request(request)
        , m_group(request.carriers.first())
        , m_text(LoaText::forLanguage(LoaLanguage::English))
        , m_dpi(writer->logicalDpiY())
        , m_area(0, 0, writer->width(), writer->height())
        , m_body(m_area.adjusted(0, mm(8.5), 0, -mm(8.5)))
    {
    }

    int paint(QPainter *p)
    {
        // Plan first, then paint: the footer needs the page count.
        m_painter = nullptr;
        const qreal front = frontMatter(0);
        const qreal back = backMatter(0);
        const qreal head = rowHeight(true);
        const qreal row = rowHeight(false);
        const int rows = int((m_group.numbers.size() + 3) / 4);
        QList<int> firstRowOfPage { 0 };
        qreal y = front + head;
        for (int r = 0; r < rows; ++r) {
            if (y + row > m_body.height()) {
                firstRowOfPage << r;
                y = head;
            }
            y += row;
        }
        const bool backOnNewPage = y + back > m_body.height();
        const int pages = int(firstRowOfPage.size()) + (backOnNewPage ? 1 : 0);

        m_painter = p;
        for (int page = 0; page < int(firstRowOfPage.size()); ++page) {
            if (page > 0)
                m_writer->newPage();
            frame(page + 1, pages);
            y = page == 0 ? frontMatter(0) : 0;
            const int last = page + 1 < firstRowOfPage.size() ? firstRowOfPage.at(page + 1) : rows;
            y = numbers(y, firstRowOfPage.at(page), last);
        }
        if (backOnNewPage) {
            m_writer->newPage();
            frame(pages, pages);
            y = 0;
        }
        backMatter(y);
        return pages;
    }

private:
    qreal mm(qreal v) const { return v * m_dpi / 25.4; }
    // Paddings are given in the 96-dpi units of a screen layout.
    qreal px(qreal v) const { return v * m_dpi / 96.0; }

    QFont font(qreal points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    // One paragraph at y (relative to the body), wrapped to the width;
    // painted when painting, measured always. Returns its height.
    qreal text(qreal y, const QString &s, const QFont &f, const QColor &color, int flags,
        qreal left = 0, qreal width = -1)
    {
        const QRectF box(m_body.left() + left, m_body.top() + y,
            width < 0 ? m_body.width() - left : width, m_body.height());
        const QFontMetricsF metrics(f, m_writer);
        const QRectF used = metrics.boundingRect(box, flags | Qt::TextWordWrap, s);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            m_painter->drawText(box, flags | Qt::TextWordWrap, s);
        }
        return used.height();
    }

    qreal band(qreal y, const QString &heading)
    {
        y += px(6);
        const qreal h = QFontMetricsF(font(10.5, true), m_writer).height() + 2 * px(3);
        if (m_painter)
            m_painter->fillRect(QRectF(m_body.left(), m_body.top() + y, m_body.width(), h),
                QColor(0xe2, 0xe8, 0xef));
        text(y + px(3), heading, font(10.5, true), QColor(0x1f, 0x3a, 0x5f), Qt::AlignLeft, px(3));
        return y + h + px(2);
    }

    qreal fields(qreal y, const QList<std::pair<QString, QString>> &rows)
    {
        const qreal labelWidth = m_body.width() * 0.33;
        for (const auto &[label, value] : rows) {
            const qreal top = y + px(1.5);
            const qreal h = std::max(text(top, label, font(9), QColor(0x55, 0x5d, 0x69),
                                         Qt::AlignLeft, px(1.5), labelWidth),
                text(top, value, font(10, true), QColor(0x1a, 0x1a, 0x1a), Qt::AlignLeft,
                    labelWidth + px(1.5), m_body.width() - labelWidth - px(3)));
            y = top + h + px(1.5);
            if (m_painter) {
                m_painter->setPen(QPen(QColor(0xd3, 0xd9, 0xe1), px(0.5)));
                m_painter->drawLine(QPointF(m_body.left(), m_body.top() + y),
                    QPointF(m_body.right(), m_body.top() + y));
            }
        }
        return y;
    }

    // Title, authorization, the three field sections and the numbers'
    // heading; returns where the numbers table starts.
    qreal frontMatter(qreal y)
    {
        const QColor ink(0x1a, 0x1a, 0x1a);
        y += text(y, m_text.title, font(18, true), QColor(0x1f, 0x3a, 0x5f), Qt::AlignHCenter);
        y += text(y, m_text.subtitle, font(10), QColor(0x55, 0x5d, 0x69), Qt::AlignHCenter);
        y += px(4);
        y += text(y, m_text.caseLine.arg(m_text.caseLabel(1)).arg(1).arg(1), font(9.5, true), ink,
            Qt::AlignHCenter);
        y += px(8);
        const QString sentence
            = m_text.authorization.arg(m_group.customerName, m_text.providerUnnamed,
                m_text.carrierNamed.arg(m_group.carrier), m_text.releaseToUnnamed);
        const qreal h = text(
            y + px(6), sentence, font(9.5), ink, Qt::AlignJustify, px(6), m_body.width() - px(12));
        if (m_painter) {
            m_painter->setPen(QPen(QColor(0xa9, 0xb4, 0xc2), px(0.75)));
            m_painter->drawRect(
                QRectF(m_body.left(), m_body.top() + y, m_body.width(), h + px(12)));
        }
        y += h + px(12) + px(4);
        y = band(y, m_text.sectionCustomer);
        y = fields(y,
            { { m_text.customerName, m_group.customerName },
                { m_text.serviceAddress,
                    m_group.serviceAddress.street + QLatin1Char('\n') + m_group.serviceAddress.city
                        + QStringLiteral(", ") + m_group.serviceAddress.state + QLatin1Char(' ')
                        + m_group.serviceAddress.zip },
                { m_text.authorizingPerson, m_group.authorizingPerson },
                { m_text.authorizingTitle, m_group.authorizingTitle } });
        y = band(y, m_text.sectionAccount);
        y = fields(y,
            { { m_text.currentCarrier, m_group.carrier }, { m_text.btn, dashed(m_group.btn) },
                { m_text.accountNumber, m_group.accountNumber }, { m_text.pin, m_group.pin } });
        y = band(y, m_text.sectionPort);
        y = fields(y,
            { { m_text.numberType, QStringLiteral("Voice Connector") },
                { m_text.requestedAt, m_text.dateTime(m_request.requestedPortAt) },
                { m_text.btnOption, m_text.btnOptionText(BtnOption::None) } });
        return band(y, m_text.sectionNumbers.arg(m_group.numbers.size()));
    }

    qreal rowHeight(bool header) const
    {
        if (header)
            return QFontMetricsF(font(8.5, true), m_writer).height() + 2 * px(2.5);
        const QFontMetricsF index(font(9), m_writer);
        const QFontMetricsF number(font(9.5), m_writer);
        return std::max(index.ascent(), number.ascent())
            + std::max(index.descent(), number.descent()) + 2 * px(2.5);
    }

    // The table header, then rows [first, last) of four pairs each.
    qreal numbers(qreal y, int first, int last)
    {
        QPainter *p = m_painter;
        const qreal pair = (m_body.width() - 2 * px(2.5)) / 4;
        const qreal left = m_body.left() + px(2.5);
        const qreal head = rowHeight(true);
        p->fillRect(QRectF(m_body.left(), m_body.top() + y, m_body.width(), head),
            QColor(0xe2, 0xe8, 0xef));
        const QFont headFont = font(8.5, true);
        const QFontMetricsF headMetrics(headFont, m_writer);
        p->setFont(headFont);
        p->setPen(QColor(0x1f, 0x3a, 0x5f));
        const qreal headBase = m_body.top() + y + px(2.5) + headMetrics.ascent();
        for (int i = 0; i < 4; ++i) {
            p->drawText(QPointF(left + i * pair + 0.30 * pair
                                - headMetrics.horizontalAdvance(m_text.numberIndexHeader),
                            headBase),
                m_text.numberIndexHeader);
            p->drawText(QPointF(left + i * pair + 0.36 * pair, headBase), m_text.numberHeader);
        }
        y += head;

        const QFont indexFont = font(9);
        const QFont numberFont = font(9.5);
        const QFontMetricsF indexMetrics(indexFont, m_writer);
        const QFontMetricsF numberMetrics(numberFont, m_writer);
        const qreal row = rowHeight(false);
        const qreal ascent = std::max(indexMetrics.ascent(), numberMetrics.ascent());
        const QStringList &all = m_group.numbers;
        for (int r = first; r < last; ++r) {
            const qreal base = m_body.top() + y + px(2.5) + ascent;
            for (int i = r * 4; i < std::min<int>(int(all.size()), r * 4 + 4); ++i) {
                const qreal x = left + (i % 4) * pair;
                const QString index = QString::number(i + 1);
                p->setFont(indexFont);
                p->setPen(QColor(0x55, 0x5d, 0x69));
                p->drawText(
                    QPointF(x + 0.30 * pair - indexMetrics.horizontalAdvance(index), base), index);
                p->setFont(numberFont);
                p->setPen(QColor(0x1a, 0x1a, 0x1a));
                p->drawText(QPointF(x + 0.36 * pair, base), dashed(all.at(i)));
            }
            y += row;
        }
        return y;
    }

    // Attachments and the signature block; returns its height.
    qreal backMatter(qreal y)
    {
        const qreal top = y;
        y = band(y, m_text.sectionAttachments);
        y += text(y, m_text.attachmentsNone, font(9.5), QColor(0x1a, 0x1a, 0x1a), Qt::AlignLeft);
        y = band(y, m_text.sectionSignature);
        y += text(y, m_text.declaration, font(9.5), QColor(0x1a, 0x1a, 0x1a), Qt::AlignJustify);
        y += px(6) + px(34);
        const qreal sigWidth = m_body.width() * 0.58;
        const qreal dateLeft = m_body.width() * 0.64;
        for (int line = 0; line < 2; ++line) {
            if (m_painter) {
                m_painter->setPen(QPen(QColor(0x1a, 0x1a, 0x1a), px(0.9)));
                m_painter->drawLine(QPointF(m_body.left(), m_body.top() + y),
                    QPointF(m_body.left() + sigWidth, m_body.top() + y));
                m_painter->drawLine(QPointF(m_body.left() + dateLeft, m_body.top() + y),
                    QPointF(m_body.right(), m_body.top() + y));
            }
            const QFont caption = font(8);
            const QColor muted(0x55, 0x5d, 0x69);
            const qreal h = text(y + px(2), line == 0 ? m_text.signature : m_text.printedName,
                caption, muted, Qt::AlignLeft, 0, sigWidth);
            text(y + px(2), line == 0 ? m_text.date : m_text.signerTitle, caption, muted,
                Qt::AlignLeft, dateLeft);
            y += h + px(4);
            if (line == 0) {
                const qreal v = text(y + px(8), m_group.authorizingPerson, font(10.5),
                    QColor(0x1a, 0x1a, 0x1a), Qt::AlignLeft, 0, sigWidth);
                text(y + px(8), m_group.authorizingTitle, font(10.5), QColor(0x1a, 0x1a, 0x1a),
                    Qt::AlignLeft, dateLeft);
                y += px(8) + v + px(4);
            }
        }
        return y - top;
    }

    // Header and footer bands: rules, case and carrier, customer and BTN,
    // "Page N of M".
    void frame(int page, int pages)
    {
        QPainter *p = m_painter;
        const QFont small = font(8);
        const QFont bold = font(8, true);
        const qreal headerRule = m_area.top() + mm(8.5) - mm(3);
        const qreal footerRule = m_area.bottom() - mm(8.5) + mm(3);
        p->setPen(QPen(QColor(0xa9, 0xb4, 0xc2), mm(0.25)));
        p->drawLine(QPointF(m_area.left(), headerRule), QPointF(m_area.right(), headerRule));
        p->drawLine(QPointF(m_area.left(), footerRule), QPointF(m_area.right(), footerRule));
        const QRectF headerBox(
            m_area.left(), m_area.top(), m_area.width(), headerRule - m_area.top() - mm(1.25));
        const QRectF footerBox(m_area.left(), footerRule + mm(1.25), m_area.width(),
            m_area.bottom() - footerRule - mm(1.25));
        p->setFont(bold);
        p->setPen(QColor(0x1f, 0x3a, 0x5f));
        p->drawText(
            headerBox, Qt::AlignLeft | Qt::AlignBottom, m_text.pageHeader.arg(m_text.caseLabel(1)));
        p->setFont(small);
        p->setPen(QColor(0x55, 0x5d, 0x69));
        p->drawText(headerBox, Qt::AlignRight | Qt::AlignBottom,
            m_text.pageHeaderCarrier.arg(
                m_group.carrier, QStringLiteral("1"), QStringLiteral("1")));
        p->drawText(footerBox, Qt::AlignLeft | Qt::AlignTop,
            m_group.customerName + QStringLiteral(" \u00b7 BTN ") + dashed(m_group.btn));
        p->setFont(bold);
        p->setPen(QColor(0x1a, 0x1a, 0x1a));
        p->drawText(
            footerBox, Qt::AlignRight | Qt::AlignTop, m_text.pageFooter.arg(page).arg(pages));
    }

    QPdfWriter *m_writer;
    QPainter *m_painter = nullptr;
    const PortInRequest &m_request;
    const CarrierGroup &m_group;
    const LoaText &m_text;
    qreal m_dpi;
    QRectF m_area;
    QRectF m_body;
};

bool renderBaseline(const PortInRequest &request, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
        QMarginsF(19, 8, 19, 8), QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("Letter of Authorization, Case 1, carrier group 1"));
    writer.setCreator(QStringLiteral("PortDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    DirectLoa(&writer, request).paint(&painter);
    return painter.end() && QFileInfo(path).size() > 0;
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
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    QTemporaryDir temporary;
    const QDir dir(argc > 3 ? QString::fromLocal8Bit(argv[3]) : temporary.path());
    const PortInRequest request = bigRequest(count);
    const QString basePath = dir.filePath(QStringLiteral("baseline.pdf"));
    const QString loaPath = dir.filePath(QStringLiteral("loa.pdf"));

    const auto timeBaseline = [&]() {
        const auto start = std::chrono::steady_clock::now();
        if (!renderBaseline(request, basePath)) {
            std::printf("baseline: no PDF written\n");
            std::exit(1);
        }
        return seconds(start);
    };
    int loaPages = 0;
    const auto timeLoa = [&]() {
        const auto start = std::chrono::steady_clock::now();
        QString error;
        if (!LoaDocument::writePdf(request, 0, 1, LoaOptions(), loaPath, &error, &loaPages)) {
            std::printf("loa: %s\n", qPrintable(error));
            std::exit(1);
        }
        return seconds(start);
    };

    double bestBase = 1e9;
    double bestLoa = 1e9;
    for (int round = 0; round < rounds; ++round) {
        // Alternate which side goes first, so that neither always follows
        // the other's freed memory or a burst of load.
        double base = 0;
        double loa = 0;
        if (round % 2 == 0) {
            base = timeBaseline();
            loa = timeLoa();
        } else {
            loa = timeLoa();
            base = timeBaseline();
        }
        std::printf("round %d: baseline %.0f ms, loa %.0f ms (%.2fx)\n", round + 1, base * 1000,
            loa * 1000, loa / base);
        bestBase = std::min(bestBase, base);
        bestLoa = std::min(bestLoa, loa);
    }

    const int basePages = countPages(basePath);
    const int pdfLoaPages = countPages(loaPath);
    const double ratio = bestLoa / bestBase;
    const bool samePages = basePages == pdfLoaPages && pdfLoaPages == loaPages && basePages > 0;
    const bool pass = samePages && ratio <= target;
    std::printf("%d numbers, best of %d rounds\n", count, rounds);
    std::printf("baseline (direct QPainter on QPdfWriter): %.0f ms, %d pages, %.0f KiB\n",
        bestBase * 1000, basePages, QFileInfo(basePath).size() / 1024.0);
    std::printf("LoaDocument::writePdf (the finished LOA): %.0f ms, %d pages (%d in the PDF), "
                "%.0f KiB\n",
        bestLoa * 1000, loaPages, pdfLoaPages, QFileInfo(loaPath).size() / 1024.0);
    if (!samePages)
        std::printf(
            "pages differ: baseline %d, loa %d: not the same work\n", basePages, pdfLoaPages);
    std::printf("bench_loa: baseline=%.0f ms loa=%.0f ms ratio=%.2f target=%.1f %s\n",
        bestBase * 1000, bestLoa * 1000, ratio, target, pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
