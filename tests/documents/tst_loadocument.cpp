// SPDX-License-Identifier: Apache-2.0
// The LOA as a carrier reads it: the PDF's own text (pdftotext), checked
// field by field and number by number, plus what poppler and qpdf say about
// the file. Set PORTDESK_KEEP_LOA_DIR to keep the generated PDFs.
#include "documents/LoaDocument.h"
#include "documents/LoaText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace portdesk;

namespace {

// Two carrier groups that share nothing, so that a value of one found on the
// other's LOA is a leak. Numbers deliberately out of sorted order, one of
// them typed in another notation.
PortInRequest twoGroupRequest()
{
    PortInRequest r;
    r.productType = ProductType::VoiceConnector;
    r.voiceConnector = QStringLiteral("pbx-east");
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::OffsetFromUTC, -5 * 3600);
    r.btnOption = BtnOption::Replace;
    r.newBtn = QStringLiteral("+12064449999");

    CarrierGroup a;
    a.carrier = QStringLiteral("Example Telecom");
    a.btn = QStringLiteral("+12064440100");
    a.authorizingPerson = QStringLiteral("Jane Roe");
    a.authorizingTitle = QStringLiteral("Chief Financial Officer");
    a.accountNumber = QStringLiteral("ACCT-778812");
    a.pin = QStringLiteral("9876");
    a.customerName = QStringLiteral("Example Corp");
    a.serviceAddress = { QStringLiteral("1 Main St Suite 400"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    a.numbers = { QStringLiteral("+12064440107"), QStringLiteral("(206) 444-0102"),
        QStringLiteral("+12064440100"), QStringLiteral("+12064440155") };

    CarrierGroup b;
    b.carrier = QStringLiteral("Northwind Wireless");
    b.btn = QStringLiteral("+15032261000");
    b.authorizingPerson = QStringLiteral("Rafael Ortiz");
    b.authorizingTitle = QStringLiteral("Office Manager");
    b.accountNumber = QStringLiteral("NW-44120");
    b.pin = QStringLiteral("5150");
    b.customerName = QStringLiteral("Contoso Logistics LLC");
    b.serviceAddress = { QStringLiteral("88 Harbor Way"), QStringLiteral("Portland"),
        QStringLiteral("OR"), QStringLiteral("97201") };
    b.numbers = { QStringLiteral("+15032261001"), QStringLiteral("+15032261003") };

    r.carriers = { a, b };
    return r;
}

// Every value of a group that the LOA must show.
QStringList groupValues(const CarrierGroup &g)
{
    return { g.customerName, g.serviceAddress.street, g.serviceAddress.city, g.serviceAddress.zip,
        g.authorizingPerson, g.authorizingTitle, g.carrier, g.accountNumber, g.pin };
}

QString dashedForm(const QString &number)
{
    // The test's own NPA-NXX-XXXX, independent of the code under test.
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    return digits.left(3) + QLatin1Char('-') + digits.mid(3, 3) + QLatin1Char('-') + digits.mid(6);
}

QString collapsed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString &program, const QStringList &args)
{
    ToolRun run;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        run.err = program
            + QStringLiteral(
                " is not installed (tools/quickstart.sh installs poppler-utils and qpdf)");
        return run;
    }
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        run.err = program + QStringLiteral(" did not finish");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

// pdftotext -layout: the text as laid out on the pages, pages split by \f.
QString pdfText(const QString &path)
{
    const ToolRun run = runTool(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
            QStringLiteral("-") });
    if (run.exitCode != 0)
        qWarning("pdftotext: %s", qPrintable(run.err));
    return run.out;
}

QStringList pdfPages(const QString &path)
{
    QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Index of each needle in order, or the first needle not found after the previous one.
QString firstOutOfOrder(const QString &haystack, const QStringList &needles)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return needle;
        from = at + needle.size();
    }
    return {};
}

// The numbers table as read: (index, number) pairs in reading order, from
// the text with each page's header and footer lines removed.
QList<std::pair<int, QString>> tableNumbers(const QString &text)
{
    QList<std::pair<int, QString>> rows;
    static const QRegularExpression pair(
        QStringLiteral("(?:^|\\s)(\\d+)\\s+(\\d{3}-\\d{3}-\\d{4})(?=\\s|$)"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("BTN")))
            continue; // the BTN field and the footer's "Customer · BTN ..."
        auto it = pair.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            rows.append({ m.captured(1).toInt(), m.captured(2) });
        }
    }
    return rows;
}

} // namespace

class TestLoaDocument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_keep;

    QString write(const PortInRequest &request, int group, qint64 caseId, const LoaOptions &options,
        const QString &tag, int *pages = nullptr)
    {
        const QString dir = m_keep.isEmpty() ? m_tmp.path() : m_keep;
        const QString path = QDir(dir).filePath(tag + QStringLiteral(".pdf"));
        QString error;
        const bool ok = LoaDocument::writePdf(request, group, caseId, options, path, &error, pages);
        if (!ok)
            qWarning("writePdf: %s", qPrintable(error));
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_keep = qEnvironmentVariable("PORTDESK_KEEP_LOA_DIR");
        if (!m_keep.isEmpty())
            QDir().mkpath(m_keep);
        for (const char *tool : { "pdftotext", "pdfinfo", "pdffonts", "pdfimages" }) {
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                qPrintable(
                    QStringLiteral("%1 is missing: install poppler-utils (tools/quickstart.sh)")
                        .arg(QString::fromLatin1(tool))));
        }
    }

    // Every field, in the document's order, and every number of the group
    // in request order, with nothing of the other group.
    void fieldsAndNumbersInOrder_data()
    {
        QTest::addColumn<int>("group");
        QTest::newRow("first carrier") << 0;
        QTest::newRow("second carrier") << 1;
    }

    void fieldsAndNumbersInOrder()
    {
        QFETCH(int, group);
        const PortInRequest request = twoGroupRequest();
        const CarrierGroup &g = request.carriers.at(group);
        const QString path
            = write(request, group, 4711, LoaOptions(), QStringLiteral("fields-%1").arg(group));
        QVERIFY(!path.isEmpty());
        const QString raw = pdfText(path);
        const QString text = collapsed(raw);

        const QStringList inOrder = {
            QStringLiteral("Letter of Authorization"),
            QStringLiteral("Case 4711"),
            QStringLiteral("Carrier group %1 of 2").arg(group + 1),
            // the authorization sentence names customer and carrier
            QStringLiteral("The customer named below, %1, authorizes Amazon Chime to "
                           "act as its agent")
                .arg(g.customerName),
            QStringLiteral("authorizes %1, its current carrier, to release these numbers")
                .arg(g.carrier),
            QStringLiteral("Customer name ") + g.customerName,
            QStringLiteral("Service address ") + g.serviceAddress.street,
            g.serviceAddress.city + QStringLiteral(", ") + g.serviceAddress.state + QLatin1Char(' ')
                + g.serviceAddress.zip,
            QStringLiteral("Authorizing person ") + g.authorizingPerson,
            QStringLiteral("Title ") + g.authorizingTitle,
            QStringLiteral("Current carrier ") + g.carrier,
            QStringLiteral("Billing telephone number (BTN) ") + dashedForm(g.btn),
            QStringLiteral("Account number ") + g.accountNumber,
            QStringLiteral("Account PIN ") + g.pin,
            QStringLiteral("New service provider Amazon Chime"),
            QStringLiteral("Number type Local"),
            QStringLiteral(
                "Requested port date and time Tuesday, December 15, 2026, 10:00 AM (EST, UTC-05:00)"),
            // the seed's wording, as core keeps it
            collapsed(btnOptionSentence(BtnOption::Replace)),
            QStringLiteral("New BTN ") + dashedForm(request.newBtn),
            QStringLiteral("Telephone numbers to be ported (%1)").arg(g.numbers.size()),
            QStringLiteral("Attachments"),
            QStringLiteral("Authorization and signature"),
            QStringLiteral("Signature of the authorizing person"),
        };
        const QString missing = firstOutOfOrder(text, inOrder);
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("not found in order: ") + missing + QStringLiteral("\n") + raw));

        // The numbers: 1..N, each the request's number in NPA-NXX-XXXX form.
        const auto rows = tableNumbers(raw);
        QCOMPARE(rows.size(), g.numbers.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).first, i + 1);
            QCOMPARE(rows.at(i).second, dashedForm(g.numbers.at(i)));
        }

        // Nothing of the other group: none of its values, none of its numbers.
        const CarrierGroup &other = request.carriers.at(1 - group);
        QStringList foreign = groupValues(other);
        foreign << dashedForm(other.btn);
        for (const QString &n : other.numbers)
            foreign << dashedForm(n);
        for (const QString &value : std::as_const(foreign))
            QVERIFY2(!text.contains(value),
                qPrintable(QStringLiteral("other group's value on the LOA: ") + value));
    }

    // pdfinfo and qpdf accept the file; Letter pages; the title is set.
    void pdfIsValid()
    {
        int pages = 0;
        const QString path
            = write(twoGroupRequest(), 0, 12, LoaOptions(), QStringLiteral("valid"), &pages);
        QVERIFY(!path.isEmpty());
        const ToolRun info = runTool(QStringLiteral("pdfinfo"), { path });
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY2(info.out.contains(QRegularExpression(
                     QStringLiteral("Page size:\\s+612 x 792 pts \\(letter\\)"))),
            qPrintable(info.out));
        const auto pagesLine
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        QVERIFY(pagesLine.hasMatch());
        QCOMPARE(pagesLine.captured(1).toInt(), pages);
        QVERIFY2(
            info.out.contains(QStringLiteral("Letter of Authorization, Case 12, carrier group 1")),
            qPrintable(info.out));

        if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
            QSKIP("qpdf is not installed; pdfinfo accepted the file");
        const ToolRun check = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // Every font embedded, so that the carrier sees the same letter.
    void fontsEmbedded()
    {
        const QString path = write(twoGroupRequest(), 0, 12, LoaOptions(), QStringLiteral("fonts"));
        QVERIFY(!path.isEmpty());
        const ToolRun fonts = runTool(QStringLiteral("pdffonts"), { path });
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 2, qPrintable(fonts.out)); // header, rule, at least one font
        for (const QString &line : lines.mid(2)) {
            // name type encoding emb sub uni object ID
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7, qPrintable(line));
            QVERIFY2(cols.at(cols.size() - 5) == QLatin1String("yes"),
                qPrintable(QStringLiteral("not embedded: ") + line));
            QVERIFY2(cols.at(cols.size() - 3) == QLatin1String("yes"),
                qPrintable(QStringLiteral("no ToUnicode map: ") + line));
        }
    }

    // A long LOA: the table header on every page that holds numbers, "Page N
    // of M" on every page, every number once and in order.
    void multiPage_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("language");
        QTest::newRow("2,000 numbers, English") << 2000 << int(LoaLanguage::English);
        QTest::newRow("500 numbers, Spanish") << 500 << int(LoaLanguage::Spanish);
    }

    void multiPage()
    {
        QFETCH(int, count);
        QFETCH(int, language);
        PortInRequest request = twoGroupRequest();
        QStringList numbers;
        for (int i = 0; i < count; ++i)
            numbers << QStringLiteral("+1206%1").arg(
                5550200 + i * 7 % 4000000, 7, 10, QLatin1Char('0'));
        request.carriers[0].numbers = numbers;
        LoaOptions options;
        options.language = LoaLanguage(language);
        int pageCount = 0;
        const QString path = write(request, 0, 99, options,
            QStringLiteral("long-%1-%2").arg(count).arg(language), &pageCount);
        QVERIFY(!path.isEmpty());
        QVERIFY2(pageCount > 1, "a long LOA spans several pages");

        const bool spanish = options.language == LoaLanguage::Spanish;
        const QString footer
            = spanish ? QStringLiteral("P\u00e1gina %1 de %2") : QStringLiteral("Page %1 of %2");
        // All four "No. | Number" pairs of the header row, on one line.
        const QRegularExpression header(spanish ? QStringLiteral("(N\\.\u00ba +N\u00famero *){4}\n")
                                                : QStringLiteral("(No\\. +Number *){4}\n"));
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), pageCount);
        int pagesWithNumbers = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const QString &page = pages.at(p);
            QVERIFY2(page.contains(footer.arg(p + 1).arg(pageCount)),
                qPrintable(QStringLiteral("page %1 lacks its footer").arg(p + 1)));
            QVERIFY2(page.contains(QStringLiteral("99")), "case id on every page");
            const auto rows = tableNumbers(page);
            if (rows.isEmpty())
                continue;
            ++pagesWithNumbers;
            const auto headerAt = header.match(page);
            QVERIFY2(headerAt.hasMatch(),
                qPrintable(QStringLiteral("page %1 has numbers but no table header").arg(p + 1)));
            QVERIFY2(headerAt.capturedStart() < page.indexOf(rows.first().second),
                qPrintable(QStringLiteral("page %1: header after the first number").arg(p + 1)));
        }
        QVERIFY(pagesWithNumbers > 1);

        const auto rows = tableNumbers(pdfText(path));
        QCOMPARE(rows.size(), numbers.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).first, i + 1);
            QCOMPARE(rows.at(i).second, dashedForm(numbers.at(i)));
        }
    }

    void signatureBlock_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDateTime>("signedAt");
        QTest::addColumn<bool>("drawing");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<int>("images");

        const QDateTime at(QDate(2026, 11, 24), QTime(14, 3), Qt::OffsetFromUTC, -5 * 3600);
        const QString signedLine = QStringLiteral("Signed electronically by Pat Signer on Tuesday, "
                                                  "November 24, 2026, 2:03 PM (EST, UTC-05:00).");
        QTest::newRow("unsigned") << QString() << QDateTime() << false
                                  << QStringList { QStringLiteral(
                                                       "Signature of the authorizing person"),
                                         QStringLiteral("Date"), QStringLiteral("Jane Roe"),
                                         QStringLiteral("Printed name"),
                                         QStringLiteral("Chief Financial Officer") }
                                  << QStringList { QStringLiteral("Signed electronically"),
                                         QStringLiteral("/s/"), QStringLiteral("Pat Signer") }
                                  << 0;
        QTest::newRow("typed name only")
            << QStringLiteral("Pat Signer") << at << false
            << QStringList { QStringLiteral("/s/ Pat Signer"), signedLine,
                   QStringLiteral("Printed name"), QStringLiteral("Controller") }
            << QStringList {} << 0;
        QTest::newRow("drawn signature") << QStringLiteral("Pat Signer") << at << true
                                         << QStringList { signedLine, QStringLiteral("Controller") }
                                         << QStringList { QStringLiteral("/s/") } << 1;
        QTest::newRow("a time without a name is not a signature")
            << QStringLiteral("  ") << at << true << QStringList { QStringLiteral("Jane Roe") }
            << QStringList { QStringLiteral("Signed electronically"), QStringLiteral("/s/") } << 0;
    }

    void signatureBlock()
    {
        QFETCH(QString, name);
        QFETCH(QDateTime, signedAt);
        QFETCH(bool, drawing);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QFETCH(int, images);

        LoaOptions options;
        options.signature.name = name;
        options.signature.title = QStringLiteral("Controller");
        options.signature.signedAt = signedAt;
        if (drawing) {
            QImage pad(400, 120, QImage::Format_ARGB32);
            pad.fill(Qt::white);
            QPainter p(&pad);
            p.setPen(QPen(Qt::black, 3));
            p.drawLine(40, 90, 160, 30);
            p.drawLine(160, 30, 300, 80);
            p.end();
            options.signature.drawing = pad;
        }
        const QString path = write(twoGroupRequest(), 0, 5, options,
            QStringLiteral("signature-%1")
                .arg(QString::fromLatin1(QTest::currentDataTag())
                         .replace(QLatin1Char(' '), QLatin1Char('-'))));
        QVERIFY(!path.isEmpty());
        const QString raw = pdfText(path);
        // Only the signature section: the request's fields above name people too.
        const QString text
            = collapsed(raw.mid(raw.lastIndexOf(QStringLiteral("Authorization and signature"))));
        for (const QString &s : present)
            QVERIFY2(text.contains(s),
                qPrintable(QStringLiteral("missing: ") + s + QStringLiteral("\n") + text));
        for (const QString &s : absent)
            QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("unexpected: ") + s));

        const ToolRun list
            = runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
        QCOMPARE(list.exitCode, 0);
        // Rows of type "image" (a transparent drawing adds an "smask" row).
        const int imageRows = int(list.out.count(QRegularExpression(
            QStringLiteral("^\\s*\\d+\\s+\\d+\\s+image\\s"), QRegularExpression::MultilineOption)));
        QCOMPARE(imageRows, images);
    }

    void signedMeansNameAndTime_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("isSigned");
        const QDateTime at(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        QTest::newRow("name and time") << QStringLiteral("A") << at << true;
        QTest::newRow("no time") << QStringLiteral("A") << QDateTime() << false;
        QTest::newRow("no name") << QString() << at << false;
        QTest::newRow("blank name") << QStringLiteral(" ") << at << false;
    }

    void signedMeansNameAndTime()
    {
        QFETCH(QString, name);
        QFETCH(QDateTime, at);
        QFETCH(bool, isSigned);
        LoaSignature s;
        s.name = name;
        s.signedAt = at;
        QCOMPARE(s.isSigned(), isSigned);
    }

    // The whole letter in the chosen language, the other one nowhere.
    void language_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("English")
            << int(LoaLanguage::English)
            << QStringList { QStringLiteral("Letter of Authorization"),
                   QStringLiteral("authorizes Amazon Chime to act as its agent"),
                   QStringLiteral("I am porting my BTN and I want to close out my account with my "
                                  "current carrier."),
                   QStringLiteral("Tuesday, December 15, 2026, 10:00 AM (EST, UTC-05:00)"),
                   QStringLiteral("Page 1 of "), QStringLiteral("Attachments"),
                   QStringLiteral("invoice-2026-10.pdf") }
            << QStringList { QStringLiteral("Carta de autorizaci\u00f3n"),
                   QStringLiteral("P\u00e1gina") };
        QTest::newRow("Spanish")
            << int(LoaLanguage::Spanish)
            << QStringList { QStringLiteral("Carta de autorizaci\u00f3n"),
                   QStringLiteral("autoriza a Amazon Chime a actuar como su agente "
                                  "para la portabilidad de los n\u00fameros telef\u00f3nicos"),
                   QStringLiteral("y autoriza a Example Telecom, su operador actual, a liberar "
                                  "dichos n\u00fameros a favor de Amazon Chime."),
                   QStringLiteral(
                       "Estoy portando mi BTN y deseo cerrar mi cuenta con mi operador actual."),
                   QStringLiteral("martes, 15 de diciembre de 2026, 10:00 (EST, UTC-05:00)"),
                   QStringLiteral("Nombre del cliente"),
                   QStringLiteral("Direcci\u00f3n de servicio"),
                   QStringLiteral("N\u00famero de cuenta"),
                   QStringLiteral("Firma de la persona que autoriza"),
                   QStringLiteral("P\u00e1gina 1 de "), QStringLiteral("Documentos adjuntos"),
                   QStringLiteral("invoice-2026-10.pdf") }
            << QStringList { QStringLiteral("Letter of Authorization"), QStringLiteral("Page 1"),
                   QStringLiteral("authorizes"), QStringLiteral("Customer name"),
                   QStringLiteral("Signature") };
    }

    void language()
    {
        QFETCH(int, language);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        PortInRequest request = twoGroupRequest();
        request.btnOption = BtnOption::Close;
        LoaOptions options;
        options.language = LoaLanguage(language);
        options.attachmentNames = { QStringLiteral("invoice-2026-10.pdf") };
        const QString path = write(
            request, 0, 8, options, QStringLiteral("language-") + toString(options.language));
        QVERIFY(!path.isEmpty());
        const QString text = collapsed(pdfText(path));
        for (const QString &s : present)
            QVERIFY2(text.contains(s),
                qPrintable(QStringLiteral("missing: ") + s + QStringLiteral("\n") + text));
        for (const QString &s : absent)
            QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("other language: ") + s));
    }

    // The English LOA uses the seed's wording, which core keeps too.
    void englishBtnSentencesAreTheSeeds_data()
    {
        QTest::addColumn<int>("option");
        QTest::newRow("replace") << int(BtnOption::Replace);
        QTest::newRow("close") << int(BtnOption::Close);
        QTest::newRow("each number its own BTN") << int(BtnOption::EachNumberOwnBtn);
    }

    void englishBtnSentencesAreTheSeeds()
    {
        QFETCH(int, option);
        const BtnOption o = BtnOption(option);
        QCOMPARE(LoaText::forLanguage(LoaLanguage::English).btnOptionText(o), btnOptionSentence(o));
        QVERIFY(
            LoaText::forLanguage(LoaLanguage::Spanish).btnOptionText(o) != btnOptionSentence(o));
    }

    // Optional fields left out are said to be so, and no New BTN line
    // appears unless the BTN is replaced.
    void optionalFields()
    {
        PortInRequest request = twoGroupRequest();
        request.btnOption = BtnOption::None;
        CarrierGroup &g = request.carriers[0];
        g.carrier.clear();
        g.accountNumber.clear();
        g.pin.clear();
        g.authorizingTitle.clear();
        LoaOptions options;
        options.provider.name = QStringLiteral("Acme Cloud Voice");
        const QString path = write(request, 0, 3, options, QStringLiteral("optional"));
        QVERIFY(!path.isEmpty());
        const QString text = collapsed(pdfText(path));
        const QStringList expected = {
            QStringLiteral("authorizes Acme Cloud Voice to act as its agent"),
            QStringLiteral(
                "authorizes its current carrier to release these numbers to Acme Cloud Voice."),
            QStringLiteral("Current carrier Not known"),
            QStringLiteral("Account number Not provided"),
            QStringLiteral("Account PIN Not provided"),
            QStringLiteral("BTN option The BTN is not being ported."),
            QStringLiteral("Attachments None."),
        };
        const QString missing = firstOutOfOrder(text, expected);
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("not found in order: ") + missing + QStringLiteral("\n") + text));
        QVERIFY(!text.contains(QStringLiteral("New BTN")));
        QVERIFY(!text.contains(dashedForm(request.newBtn)));
    }

    // Long values wrap inside the page: no word of the PDF lies outside the
    // margins (pdftotext -bbox gives every word's box, in points).
    void longValuesStayInsideTheMargins()
    {
        PortInRequest request = twoGroupRequest();
        CarrierGroup &g = request.carriers[0];
        g.customerName = QStringLiteral("The Extraordinarily Long-Named Consolidated Holdings and "
                                        "Subsidiaries of the Pacific Northwest Incorporated");
        g.accountNumber = QString(90, QLatin1Char('7'));
        g.carrier = QStringLiteral(
            "Carrier With A Name So Long That The Page Header Must Shorten It Somehow Inc");
        g.serviceAddress.street
            = QStringLiteral("1234 Northeast Very Long Boulevard Name Extension, Building 7, "
                             "Floor 12, Suite 1200, Attention Telecom Department");
        LoaOptions options;
        options.attachmentNames = { QString(120, QLatin1Char('x')) + QStringLiteral(".pdf") };
        options.signature.name = QStringLiteral(
            "Maximiliana Alejandra de la Concepci\u00f3n Fern\u00e1ndez-Villalobos");
        options.signature.title = QStringLiteral(
            "Vice President of Telecommunications Procurement and Vendor Relations");
        options.signature.signedAt
            = QDateTime(QDate(2026, 11, 24), QTime(14, 3), Qt::OffsetFromUTC, -5 * 3600);
        const QString path = write(request, 0, 123456789, options, QStringLiteral("long-values"));
        QVERIFY(!path.isEmpty());
        const ToolRun box = runTool(
            QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), path, QStringLiteral("-") });
        QCOMPARE(box.exitCode, 0);
        // Letter is 612 pt wide; the margins are 19 mm (53.9 pt) each side.
        const qreal left = 19 / 25.4 * 72 - 1;
        const qreal right = 612 - 19 / 25.4 * 72 + 1;
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\""));
        int words = 0;
        auto it = word.globalMatch(box.out);
        while (it.hasNext()) {
            const auto m = it.next();
            ++words;
            QVERIFY2(m.captured(1).toDouble() >= left && m.captured(2).toDouble() <= right,
                qPrintable(QStringLiteral("outside the margins: ") + m.captured(0)));
        }
        QVERIFY(words > 100);
        const QString text = collapsed(pdfText(path)).remove(QLatin1Char(' '));
        QVERIFY(text.contains(g.accountNumber)); // broken across lines, not cut
    }

    void attachmentsListed()
    {
        LoaOptions options;
        options.attachmentNames = { QStringLiteral("invoice-october.pdf"), QStringLiteral(" "),
            QStringLiteral("csr-example-telecom.png") };
        options.version = 3;
        const QString path
            = write(twoGroupRequest(), 0, 21, options, QStringLiteral("attachments"));
        QVERIFY(!path.isEmpty());
        const QString text = collapsed(pdfText(path));
        QVERIFY(
            text.contains(QStringLiteral("Case 21 \u00b7 Carrier group 1 of 2 \u00b7 Version 3")));
        const QString missing = firstOutOfOrder(text,
            { QStringLiteral("Attachments"), QStringLiteral("1. invoice-october.pdf"),
                QStringLiteral("2. csr-example-telecom.png") });
        QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral("\n") + text));
    }

    // Before the case exists (the wizard's preview) the letter says it is a
    // draft instead of showing a case id.
    void draftBeforeSubmit_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("draft");
        QTest::addColumn<QString>("caseWord");
        QTest::newRow("English") << int(LoaLanguage::English)
                                 << QStringLiteral("Draft, not yet submitted")
                                 << QStringLiteral("Case ");
        QTest::newRow("Spanish") << int(LoaLanguage::Spanish)
                                 << QStringLiteral("Borrador, a\u00fan no enviado")
                                 << QStringLiteral("Caso ");
    }

    void draftBeforeSubmit()
    {
        QFETCH(int, language);
        QFETCH(QString, draft);
        QFETCH(QString, caseWord);
        LoaOptions options;
        options.language = LoaLanguage(language);
        const QString path = write(twoGroupRequest(), 0, 0, options,
            QStringLiteral("draft-") + toString(options.language));
        QVERIFY(!path.isEmpty());
        const QStringList pages = pdfPages(path);
        QVERIFY(!pages.isEmpty());
        for (const QString &page : pages) {
            QVERIFY2(page.contains(draft), qPrintable(page));
            QVERIFY(!page.contains(caseWord));
        }
    }

    void fileNames_data()
    {
        QTest::addColumn<qint64>("caseId");
        QTest::addColumn<int>("group");
        QTest::addColumn<QString>("name");
        QTest::newRow("first") << qint64(12) << 0 << QStringLiteral("loa-case-12-carrier-1.pdf");
        QTest::newRow("third") << qint64(7) << 2 << QStringLiteral("loa-case-7-carrier-3.pdf");
    }

    void fileNames()
    {
        QFETCH(qint64, caseId);
        QFETCH(int, group);
        QFETCH(QString, name);
        QCOMPARE(LoaDocument::fileName(caseId, group), name);
    }

    void languageNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << QStringLiteral("en") << true << int(LoaLanguage::English)
                            << QStringLiteral("en");
        QTest::newRow("ES") << QStringLiteral("ES") << true << int(LoaLanguage::Spanish)
                            << QStringLiteral("es");
        QTest::newRow("spanish") << QStringLiteral("spanish") << true << int(LoaLanguage::Spanish)
                                 << QStringLiteral("es");
        QTest::newRow("espa\u00f1ol") << QStringLiteral("Espa\u00f1ol") << true
                                      << int(LoaLanguage::Spanish) << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr") << false << int(LoaLanguage::English)
                            << QString();
        QTest::newRow("empty") << QString() << false << int(LoaLanguage::English) << QString();
    }

    void languageNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, language);
        QFETCH(QString, code);
        LoaLanguage parsed = LoaLanguage::English;
        QCOMPARE(loaLanguageFromString(text, &parsed), ok);
        QCOMPARE(int(parsed), language);
        if (ok)
            QCOMPARE(toString(parsed), code);
    }

    // Failures name the problem and leave no file behind.
    void failures()
    {
        const PortInRequest request = twoGroupRequest();
        QString error;
        const QString path = m_tmp.filePath(QStringLiteral("nogroup.pdf"));
        QVERIFY(!LoaDocument::writePdf(request, 2, 1, LoaOptions(), path, &error));
        QVERIFY(error.contains(QStringLiteral("3")));
        QVERIFY(!QFile::exists(path));

        error.clear();
        const QString unwritable = m_tmp.filePath(QStringLiteral("no/such/folder/loa.pdf"));
        QVERIFY(!LoaDocument::writePdf(request, 0, 1, unwritable, &error));
        QVERIFY2(error.contains(unwritable), qPrintable(error));
        QVERIFY(!QFile::exists(unwritable));
    }

    // The QIODevice form writes the same document (e.g. to keep it in the store).
    void toBuffer()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        int pages = 0;
        QVERIFY2(
            LoaDocument::writePdf(twoGroupRequest(), 1, 2, LoaOptions(), &buffer, &error, &pages),
            qPrintable(error));
        QVERIFY(buffer.data().startsWith("%PDF-"));
        QVERIFY(buffer.data().trimmed().endsWith("%%EOF"));
        QCOMPARE(pages, 1);
    }

    // build() gives the body as text, e.g. for a preview pane.
    void buildHasTheBody()
    {
        const PortInRequest request = twoGroupRequest();
        std::unique_ptr<QTextDocument> doc(LoaDocument::build(request, 1, 77));
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(request.carriers.at(1).customerName));
        QVERIFY(text.contains(QStringLiteral("503-226-1003")));
        QVERIFY(!text.contains(request.carriers.at(0).customerName));
        std::unique_ptr<QTextDocument> none(LoaDocument::build(request, 5, 77));
        QVERIFY(none->isEmpty());
    }
};

QTEST_MAIN(TestLoaDocument)
#include "tst_loadocument.moc"
