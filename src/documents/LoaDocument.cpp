#include "LoaDocument.h"

#include "LoaText.h"
#include "core/PhoneNumber.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <memory>

namespace portdesk {

namespace {

// Numbers per row of the numbers table: four "No. | number" pairs fill a
// Letter page's width at 10 pt and cut the page count by four.
constexpr int kNumbersPerRow = 4;

// Page geometry, millimetres. The header and footer bands sit inside the
// margins; the body flows between them.
constexpr qreal kMarginSide = 19.0;
constexpr qreal kMarginTopBottom = 8.0;
constexpr qreal kHeaderBand = 8.5;
constexpr qreal kFooterBand = 8.5;

const QString &fontFamily()
{
    static const QString family = QStringLiteral("DejaVu Sans");
    return family;
}

QColor inkColor()
{
    return QColor(0x1a, 0x1a, 0x1a);
}
QColor mutedColor()
{
    return QColor(0x55, 0x5d, 0x69);
}
QColor accentColor()
{
    return QColor(0x1f, 0x3a, 0x5f);
}
QColor bandColor()
{
    return QColor(0xe2, 0xe8, 0xef);
}
QColor ruleColor()
{
    return QColor(0xa9, 0xb4, 0xc2);
}
QColor paperTint()
{
    return QColor(0xf6, 0xf8, 0xfa);
}

qreal mmToDevice(qreal mm, qreal dpi)
{
    return mm * dpi / 25.4;
}

// The body's width on a Letter page at 96 dpi, for a document not yet laid
// out for a device.
qreal letterContentWidth()
{
    return (8.5 * 25.4 - 2 * kMarginSide) / 25.4 * 96.0;
}

// Stored numbers are E.164, for which formatDashed is a string operation;
// anything else (a number as typed in a draft) is read first.
QString dashed(const QString &typed)
{
    if (typed.size() == 12 && typed.startsWith(u"+1"))
        return PhoneNumbers::formatDashed(typed);
    const NumberCheck c = PhoneNumbers::check(typed);
    return c.e164.isEmpty() ? typed : PhoneNumbers::formatDashed(c.e164);
}

QString productName(ProductType type)
{
    // Product names, the same in every language.
    return type == ProductType::VoiceConnector ? QStringLiteral("Voice Connector")
                                               : QStringLiteral("Business Calling");
}

QTextCharFormat charFormat(
    qreal points, QFont::Weight weight = QFont::Normal, const QColor &color = inkColor())
{
    QTextCharFormat f;
    f.setFontFamilies({ fontFamily() });
    f.setFontPointSize(points);
    f.setFontWeight(weight);
    f.setForeground(color);
    // No shaping for Latin text: no "fi"/"ffi" ligatures, so that the PDF's
    // text reads back (and copies) letter for letter; faster too.
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QTextTableCellFormat bottomRuled(const QColor &color, qreal width)
{
    QTextTableCellFormat f;
    f.setBottomBorder(width);
    f.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBottomBorderBrush(color);
    return f;
}

// Lays out the body of one LOA with a cursor, top to bottom.
class LoaBuilder {
public:
    // contentWidth: the body's width in the layout's 96-dpi units.
    LoaBuilder(QTextDocument *doc, const PortInRequest &request, int groupIndex, qint64 caseId,
        const LoaOptions &options, qreal contentWidth)
        : m_doc(doc)
        , m_cursor(doc)
        , m_request(request)
        , m_group(request.carriers.at(groupIndex))
        , m_groupIndex(groupIndex)
        , m_caseId(caseId)
        , m_options(options)
        , m_text(LoaText::forLanguage(options.language))
        , m_contentWidth(contentWidth)
    {
    }

    void build()
    {
        QFont font(fontFamily());
        font.setPointSizeF(9.5);
        font.setStyleStrategy(QFont::PreferNoShaping);
        m_doc->setDefaultFont(font);
        m_doc->setDocumentMargin(0);
        m_doc->setUseDesignMetrics(true);
        // A value with no space in it (a long account number) breaks
        // anywhere rather than running past the margin.
        QTextOption wrap = m_doc->defaultTextOption();
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_doc->setDefaultTextOption(wrap);
        m_doc->setMetaInformation(QTextDocument::DocumentTitle,
            LoaDocument::documentTitle(m_caseId, m_groupIndex, m_options.language));

        titleBlock();
        authorizationBlock();
        customerSection();
        accountSection();
        portSection();
        numbersSection();
        attachmentsSection();
        signatureSection();

        // The empty block a document keeps after its last table takes no
        // room: a full page does not spill a blank line onto another page.
        QTextCursor end(m_doc);
        end.movePosition(QTextCursor::End);
        if (end.block().text().isEmpty()) {
            QTextBlockFormat none;
            none.setLineHeight(0, QTextBlockFormat::FixedHeight);
            end.setBlockFormat(none);
            end.setBlockCharFormat(charFormat(1));
        }
    }

private:
    void paragraph(const QString &text, const QTextCharFormat &format, Qt::Alignment align,
        qreal spaceAfter = 0, bool first = false)
    {
        QTextBlockFormat block;
        block.setAlignment(align);
        block.setBottomMargin(spaceAfter);
        if (first)
            m_cursor.setBlockFormat(block);
        else
            m_cursor.insertBlock(block, format);
        m_cursor.setBlockCharFormat(format);
        m_cursor.insertText(text, format);
    }

    // Tables and paragraphs start on an empty block outside any list.
    void freshBlock()
    {
        if (!m_cursor.block().text().isEmpty() || m_cursor.currentList())
            m_cursor.insertBlock();
        m_cursor.setBlockFormat(QTextBlockFormat());
    }

    // After a table the cursor sits in the block that follows it: reuse it
    // as the next paragraph, so that no empty lines pile up.
    void afterTable(QTextTable *table)
    {
        m_cursor = table->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
    }

    void titleBlock()
    {
        paragraph(
            m_text.title, charFormat(18, QFont::Bold, accentColor()), Qt::AlignHCenter, 1, true);
        paragraph(
            m_text.subtitle, charFormat(10, QFont::Normal, mutedColor()), Qt::AlignHCenter, 4);
        QString caseLine = m_text.caseLine.arg(m_text.caseLabel(m_caseId))
                               .arg(m_groupIndex + 1)
                               .arg(m_request.carriers.size());
        if (m_options.version > 0)
            caseLine += m_text.versionSuffix.arg(m_options.version);
        paragraph(caseLine, charFormat(9.5, QFont::Bold), Qt::AlignHCenter, 8);
    }

    void authorizationBlock()
    {
        const QString customer = m_group.customerName.trimmed();
        const QString provider = m_options.newProvider.trimmed();
        const QString carrier = m_group.carrier.trimmed();
        const QString sentence = m_text.authorization.arg(customer,
            provider.isEmpty() ? m_text.providerUnnamed : m_text.providerNamed.arg(provider),
            carrier.isEmpty() ? m_text.carrierUnnamed : m_text.carrierNamed.arg(carrier),
            provider.isEmpty() ? m_text.releaseToUnnamed : m_text.releaseToNamed.arg(provider));

        QTextTableFormat box;
        box.setBorder(0.75);
        box.setBorderBrush(ruleColor());
        box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        box.setCellPadding(6);
        box.setCellSpacing(0);
        box.setBackground(paperTint());
        box.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        box.setBottomMargin(4);
        QTextTable *table = m_cursor.insertTable(1, 1, box);
        QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
        QTextBlockFormat justified;
        justified.setAlignment(Qt::AlignJustify);
        justified.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        cell.setBlockFormat(justified);
        cell.insertText(sentence, charFormat(9.5));
        afterTable(table);
    }

    // note: a short remark in small grey type after the heading.
    QTextTable *sectionHeading(const QString &heading, const QString &note = QString())
    {
        freshBlock();
        QTextTableFormat band;
        band.setBorder(0);
        band.setCellPadding(3);
        band.setCellSpacing(0);
        band.setBackground(bandColor());
        band.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        band.setTopMargin(6);
        band.setBottomMargin(2);
        QTextTable *table = m_cursor.insertTable(1, 1, band);
        QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
        cell.insertText(heading, charFormat(10.5, QFont::Bold, accentColor()));
        if (!note.isEmpty())
            cell.insertText(
                QStringLiteral("   ") + note, charFormat(8.5, QFont::Normal, mutedColor()));
        afterTable(table);
        return table;
    }

    struct Field {
        QString label;
        QString value;
        bool prose = false; // a sentence, set in regular weight
    };

    // Label | value rows, each underlined like a form line.
    void fieldTable(const QList<Field> &fields)
    {
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(1.5);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 33),
            QTextLength(QTextLength::PercentageLength, 67) });
        QTextTable *table = m_cursor.insertTable(int(fields.size()), 2, format);
        const QTextTableCellFormat ruled = bottomRuled(QColor(0xd3, 0xd9, 0xe1), 0.5);
        const QTextCharFormat label = charFormat(9, QFont::Normal, mutedColor());
        const QTextCharFormat value = charFormat(10, QFont::Bold);
        const QTextCharFormat prose = charFormat(9.5);
        for (int row = 0; row < fields.size(); ++row) {
            const Field &field = fields.at(row);
            for (int column = 0; column < 2; ++column)
                table->cellAt(row, column).setFormat(ruled);
            table->cellAt(row, 0).firstCursorPosition().insertText(field.label, label);
            table->cellAt(row, 1).firstCursorPosition().insertText(
                field.value, field.prose ? prose : value);
        }
        afterTable(table);
    }

    QString orText(const QString &value, const QString &fallback) const
    {
        return value.trimmed().isEmpty() ? fallback : value.trimmed();
    }

    void customerSection()
    {
        sectionHeading(m_text.sectionCustomer);
        const ServiceAddress &a = m_group.serviceAddress;
        // Street on one line, city, state and ZIP on the next, as on a bill.
        const QString address = a.street.trimmed() + QChar(QChar::LineSeparator) + a.city.trimmed()
            + QStringLiteral(", ") + a.state.trimmed() + QLatin1Char(' ') + a.zip.trimmed();
        fieldTable({
            { m_text.customerName, m_group.customerName.trimmed() },
            { m_text.serviceAddress, address },
            { m_text.authorizingPerson, m_group.authorizingPerson.trimmed() },
            { m_text.authorizingTitle, orText(m_group.authorizingTitle, m_text.notProvided) },
        });
    }

    void accountSection()
    {
        sectionHeading(m_text.sectionAccount);
        fieldTable({
            { m_text.currentCarrier, orText(m_group.carrier, m_text.notKnown) },
            { m_text.btn, dashed(m_group.btn.trimmed()) },
            { m_text.accountNumber, orText(m_group.accountNumber, m_text.notProvided) },
            { m_text.pin, orText(m_group.pin, m_text.notProvided) },
        });
    }

    void portSection()
    {
        sectionHeading(m_text.sectionPort);
        QList<Field> fields = {
            { m_text.numberType, productName(m_request.productType) },
            { m_text.requestedAt, m_text.dateTime(m_request.requestedPortAt) },
            { m_text.btnOption, m_text.btnOptionText(m_request.btnOption), true },
        };
        if (m_request.btnOption == BtnOption::Replace)
            fields.append({ m_text.newBtn, dashed(m_request.newBtn.trimmed()), false });
        fieldTable(fields);
    }

    void numbersSection()
    {
        const QStringList &numbers = m_group.numbers;
        sectionHeading(m_text.sectionNumbers.arg(numbers.size()), m_text.numbersReadingOrder);
        freshBlock();

        // One cell per row holding four "No. | number" pairs set on tab
        // stops: a row can never be split across a page break, and the
        // layout has a fifth of the cells to place (an eight-column grid took
        // four times as long on 20,000 numbers, see BENCHMARKS.md).
        const int dataRows = int((numbers.size() + kNumbersPerRow - 1) / kNumbersPerRow);
        const qreal padding = 2.5;
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(padding);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1); // repeated at the top of every page
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = m_cursor.insertTable(dataRows + 1, 1, format);

        // Tab stops in the layout's 96-dpi units (it scales them to the
        // device): per pair, the running number right-aligned, then the number.
        const qreal pair = (m_contentWidth - 2 * padding) / kNumbersPerRow;
        QList<QTextOption::Tab> tabs;
        for (int i = 0; i < kNumbersPerRow; ++i) {
            tabs << QTextOption::Tab(i * pair + 0.30 * pair, QTextOption::RightTab)
                 << QTextOption::Tab(i * pair + 0.36 * pair, QTextOption::LeftTab);
        }
        QTextBlockFormat row;
        row.setTabPositions(tabs);
        const QChar tab(QLatin1Char('\t'));

        // One cursor walks the cells in order (NextCell), far cheaper than
        // looking every cell up by row and column.
        QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
        QTextTableCellFormat headerCell;
        headerCell.setBackground(bandColor());
        table->cellAt(0, 0).setFormat(headerCell);
        cell.setBlockFormat(row);
        QString header;
        for (int i = 0; i < kNumbersPerRow; ++i)
            header += tab + m_text.numberIndexHeader + tab + m_text.numberHeader;
        cell.insertText(header, charFormat(8.5, QFont::Bold, accentColor()));
        cell.movePosition(QTextCursor::NextCell);

        // No zebra stripes: where a row moves to the next page, the layout
        // stretches the cell above it to the page's foot, and a shaded one
        // would show as an empty shaded row there.
        const QTextCharFormat indexFormat = charFormat(9, QFont::Normal, mutedColor());
        const QTextCharFormat numberFormat = charFormat(9.5);
        for (int r = 0; r < dataRows; ++r) {
            cell.setBlockFormat(row);
            for (int i = r * kNumbersPerRow;
                 i < qMin<qsizetype>(numbers.size(), (r + 1) * kNumbersPerRow); ++i) {
                cell.insertText(tab + QString::number(i + 1) + tab, indexFormat);
                cell.insertText(dashed(numbers.at(i).trimmed()), numberFormat);
            }
            cell.movePosition(QTextCursor::NextCell);
        }
        afterTable(table);
    }

    void signatureSection()
    {
        m_signatureHeading = sectionHeading(m_text.sectionSignature);
        QTextBlockFormat justified;
        justified.setAlignment(Qt::AlignJustify);
        justified.setBottomMargin(6);
        m_cursor.setBlockFormat(justified);
        m_cursor.insertText(m_text.declaration, charFormat(9.5));
        m_cursor.insertBlock();

        const LoaSignature &s = m_options.signature;
        const bool isSigned = s.isSigned();

        // Four rows: the signature and date lines with their captions under
        // them, then printed name and title likewise; a narrow gap column.
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(2);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 58),
            QTextLength(QTextLength::PercentageLength, 6),
            QTextLength(QTextLength::PercentageLength, 36) });
        QTextTable *table = m_cursor.insertTable(4, 3, format);
        QTextTableCellFormat line = bottomRuled(inkColor(), 0.9);
        line.setVerticalAlignment(QTextCharFormat::AlignBottom);
        for (int row : { 0, 2 }) {
            QTextTableCellFormat cellFormat = line;
            // Room to sign by hand above the first line, even when unsigned.
            if (row == 0)
                cellFormat.setTopPadding(s.isSigned() ? 2 : 32);
            table->cellAt(row, 0).setFormat(cellFormat);
            table->cellAt(row, 2).setFormat(cellFormat);
        }
        const QTextCharFormat caption = charFormat(8, QFont::Normal, mutedColor());
        const QTextCharFormat value = charFormat(10.5);

        QTextCursor signatureCell = table->cellAt(0, 0).firstCursorPosition();
        QTextCursor dateCell = table->cellAt(0, 2).firstCursorPosition();
        if (isSigned) {
            if (!s.drawing.isNull()) {
                insertDrawing(signatureCell, s.drawing);
            } else {
                QTextCharFormat script = charFormat(15, QFont::Normal, accentColor());
                script.setFontFamilies({ QStringLiteral("DejaVu Serif") });
                script.setFontItalic(true);
                signatureCell.insertText(QStringLiteral("/s/ ") + s.name.trimmed(), script);
            }
            dateCell.insertText(m_text.dateTime(s.signedAt), charFormat(9));
        }
        table->cellAt(1, 0).firstCursorPosition().insertText(m_text.signature, caption);
        table->cellAt(1, 2).firstCursorPosition().insertText(m_text.date, caption);

        // Printed name and title: the signer's when signed, else the
        // authorizing person named in the request (the one expected to sign).
        const QString name = isSigned ? s.name.trimmed() : m_group.authorizingPerson.trimmed();
        const QString title = isSigned ? s.title.trimmed() : m_group.authorizingTitle.trimmed();
        QTextBlockFormat nameRow;
        nameRow.setTopMargin(8);
        QTextCursor nameCell = table->cellAt(2, 0).firstCursorPosition();
        nameCell.setBlockFormat(nameRow);
        nameCell.insertText(name, value);
        QTextCursor titleCell = table->cellAt(2, 2).firstCursorPosition();
        titleCell.setBlockFormat(nameRow);
        titleCell.insertText(title, value);
        table->cellAt(3, 0).firstCursorPosition().insertText(m_text.printedName, caption);
        table->cellAt(3, 2).firstCursorPosition().insertText(m_text.signerTitle, caption);
        afterTable(table);

        if (isSigned) {
            QTextBlockFormat note;
            note.setTopMargin(4);
            m_cursor.setBlockFormat(note);
            m_cursor.insertText(
                m_text.signedElectronically.arg(s.name.trimmed(), m_text.dateTime(s.signedAt)),
                charFormat(8.5, QFont::Normal, mutedColor()));
        }
    }

    void insertDrawing(QTextCursor &cursor, const QImage &drawing)
    {
        // At most 18 mm high and 75 mm wide, in the layout's 96-dpi units
        // (scaled to the device by the layout), aspect kept.
        const qreal maxHeight = 14.0 / 25.4 * 96.0;
        const qreal maxWidth = 75.0 / 25.4 * 96.0;
        const QImage image = trimmed(drawing);
        qreal scale = maxHeight / qMax(1, image.height());
        if (image.width() * scale > maxWidth)
            scale = maxWidth / qMax(1, image.width());
        const QUrl url(QStringLiteral("portdesk-loa:signature"));
        m_doc->addResource(QTextDocument::ImageResource, url, image);
        QTextImageFormat format;
        format.setName(url.toString());
        format.setWidth(image.width() * scale);
        format.setHeight(image.height() * scale);
        cursor.insertImage(format);
    }

    // A signature pad leaves wide margins; crop to the ink so that the
    // signature sits on its line.
    static QImage trimmed(const QImage &drawing)
    {
        const QImage image = drawing.convertToFormat(QImage::Format_ARGB32);
        int left = image.width(), right = -1, top = image.height(), bottom = -1;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = line[x];
                // Ink: opaque and not near-white.
                if (qAlpha(p) > 32 && qGray(p) < 200) {
                    left = qMin(left, x);
                    right = qMax(right, x);
                    top = qMin(top, y);
                    bottom = qMax(bottom, y);
                }
            }
        }
        if (right < 0)
            return image;
        const int pad = 2;
        return image.copy(
            QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-pad, -pad, pad, pad));
    }

    void attachmentsSection()
    {
        sectionHeading(m_text.sectionAttachments);
        QStringList names;
        for (const QString &name : m_options.attachmentNames) {
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        }
        if (names.isEmpty()) {
            m_cursor.insertText(m_text.attachmentsNone, charFormat(9.5));
            m_cursor.insertBlock();
            return;
        }
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDecimal);
        list.setIndent(1);
        m_cursor.insertList(list);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0)
                m_cursor.insertBlock();
            m_cursor.insertText(names.at(i), charFormat(9.5));
        }
        freshBlock();
    }

public:
    // The signature section's heading, to keep the section on one page.
    QTextTable *m_signatureHeading = nullptr;

private:
    QTextDocument *m_doc;
    QTextCursor m_cursor;
    const PortInRequest &m_request;
    const CarrierGroup &m_group;
    int m_groupIndex;
    qint64 m_caseId;
    const LoaOptions &m_options;
    const LoaText &m_text;
    qreal m_contentWidth;
};

bool validGroup(const PortInRequest &request, int groupIndex)
{
    return groupIndex >= 0 && groupIndex < request.carriers.size();
}

QString noSuchGroup(int groupIndex)
{
    return QCoreApplication::translate("LoaDocument", "Carrier group %1 does not exist.")
        .arg(groupIndex + 1);
}

// Moves `from` (and all that follows it, the end of the letter) to a new
// page when it would otherwise be split across two and fits on one: the
// signature is not separated from what it signs for.
void keepOnOnePage(QTextDocument *doc, QTextTable *from, qreal pageHeight)
{
    if (!from)
        return;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal top = layout->frameBoundingRect(from).top();
    const qreal bottom = layout->blockBoundingRect(doc->lastBlock()).bottom();
    if (bottom - top >= pageHeight || int(top / pageHeight) == int((bottom - 1) / pageHeight))
        return;
    QTextTableFormat format = from->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    from->setFormat(format);
}

void paintHeaderFooter(QPainter *painter, QPaintDevice *device, const QRectF &area,
    const PortInRequest &request, int groupIndex, qint64 caseId, const LoaText &text, int page,
    int pages)
{
    const qreal dpi = device->logicalDpiY();
    const CarrierGroup &group = request.carriers.at(groupIndex);
    QFont font(fontFamily());
    font.setPointSizeF(8);
    font.setStyleStrategy(QFont::PreferNoShaping);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font, device);
    const qreal gap = mmToDevice(2.5, dpi);

    painter->save();
    painter->setPen(QPen(ruleColor(), mmToDevice(0.25, dpi)));
    const qreal headerRule = area.top() + mmToDevice(kHeaderBand, dpi) - mmToDevice(3, dpi);
    const qreal footerRule = area.bottom() - mmToDevice(kFooterBand, dpi) + mmToDevice(3, dpi);
    painter->drawLine(QPointF(area.left(), headerRule), QPointF(area.right(), headerRule));
    painter->drawLine(QPointF(area.left(), footerRule), QPointF(area.right(), footerRule));

    const qreal half = area.width() / 2 - gap;
    const QRectF headerBox(
        area.left(), area.top(), area.width(), headerRule - area.top() - gap / 2);
    const QRectF footerBox(
        area.left(), footerRule + gap / 2, area.width(), area.bottom() - footerRule - gap / 2);

    painter->setPen(accentColor());
    painter->setFont(bold);
    painter->drawText(
        headerBox, Qt::AlignLeft | Qt::AlignBottom, text.pageHeader.arg(text.caseLabel(caseId)));
    painter->setFont(font);
    painter->setPen(mutedColor());
    const QString carrier
        = group.carrier.trimmed().isEmpty() ? text.notKnown : group.carrier.trimmed();
    const QString right = text.pageHeaderCarrier.arg(
        carrier, QString::number(groupIndex + 1), QString::number(request.carriers.size()));
    painter->drawText(headerBox, Qt::AlignRight | Qt::AlignBottom,
        metrics.elidedText(right, Qt::ElideMiddle, half));

    // The customer and BTN on every page, so that a loose page still says
    // which account it belongs to.
    // A long customer name is shortened, never the BTN.
    const QString btn = QStringLiteral(" \u00b7 BTN ") + dashed(group.btn.trimmed());
    const QString owner = metrics.elidedText(group.customerName.trimmed(), Qt::ElideRight,
                              half - metrics.horizontalAdvance(btn))
        + btn;
    painter->drawText(footerBox, Qt::AlignLeft | Qt::AlignTop, owner);
    painter->setPen(inkColor());
    painter->setFont(bold);
    painter->drawText(
        footerBox, Qt::AlignRight | Qt::AlignTop, text.pageFooter.arg(page).arg(pages));
    painter->restore();
}

} // namespace

QString LoaDocument::fileName(qint64 caseId, int groupIndex)
{
    return QStringLiteral("loa-case-%1-carrier-%2.pdf").arg(caseId).arg(groupIndex + 1);
}

QString LoaDocument::documentTitle(qint64 caseId, int groupIndex, LoaLanguage language)
{
    const LoaText &text = LoaText::forLanguage(language);
    return text.pdfTitle.arg(text.caseLabel(caseId)).arg(groupIndex + 1);
}

QTextDocument *LoaDocument::build(
    const PortInRequest &request, int groupIndex, qint64 caseId, const LoaOptions &options)
{
    auto *doc = new QTextDocument;
    if (validGroup(request, groupIndex))
        LoaBuilder(doc, request, groupIndex, caseId, options, letterContentWidth()).build();
    return doc;
}

void LoaDocument::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
        QMarginsF(kMarginSide, kMarginTopBottom, kMarginSide, kMarginTopBottom),
        QPageLayout::Millimeter));
}

int LoaDocument::paint(QPainter *painter, QPagedPaintDevice *device, const PortInRequest &request,
    int groupIndex, qint64 caseId, const LoaOptions &options)
{
    if (!validGroup(request, groupIndex) || !painter || !painter->isActive())
        return 0;
    const qreal dpi = device->logicalDpiY();
    // The painter's origin is the top left of the printable area.
    const QRectF area(0, 0, device->width(), device->height());
    const QRectF body
        = area.adjusted(0, mmToDevice(kHeaderBand, dpi), 0, -mmToDevice(kFooterBand, dpi));

    // Content first, then the layout: the layout is created once, for the
    // device (its fonts and resolution), and runs once over the whole text.
    QTextDocument doc;
    LoaBuilder builder(
        &doc, request, groupIndex, caseId, options, body.width() * 96.0 / device->logicalDpiX());
    builder.build();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    layout->setPaintDevice(device);
    doc.setPageSize(body.size());
    keepOnOnePage(&doc, builder.m_signatureHeading, body.height());
    const int pages = doc.pageCount();
    const LoaText &text = LoaText::forLanguage(options.language);

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter->save();
        const QRectF slice(0, page * body.height(), body.width(), body.height());
        painter->translate(body.left(), body.top() - slice.top());
        painter->setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, inkColor());
        layout->draw(painter, context);
        painter->restore();
        paintHeaderFooter(
            painter, device, area, request, groupIndex, caseId, text, page + 1, pages);
    }
    return pages;
}

bool LoaDocument::writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
    const QString &path, QString *error)
{
    return writePdf(request, groupIndex, caseId, LoaOptions(), path, error);
}

bool LoaDocument::writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
    const LoaOptions &options, const QString &path, QString *error, int *pageCount)
{
    if (!validGroup(request, groupIndex)) {
        if (error)
            *error = noSuchGroup(groupIndex);
        return false;
    }
    // Written beside the target and renamed when complete: a failed export
    // never leaves half a PDF under the LOA's name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("LoaDocument", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    QString problem;
    if (!writePdf(request, groupIndex, caseId, options, &file, &problem, pageCount)
        || !file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("LoaDocument", "Could not write the PDF %1: %2")
                         .arg(path, problem.isEmpty() ? file.errorString() : problem);
        }
        file.cancelWriting();
        return false;
    }
    return true;
}

bool LoaDocument::writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
    const LoaOptions &options, QIODevice *out, QString *error, int *pageCount)
{
    if (!validGroup(request, groupIndex)) {
        if (error)
            *error = noSuchGroup(groupIndex);
        return false;
    }
    QPdfWriter writer(out);
    setUpPage(&writer);
    writer.setTitle(documentTitle(caseId, groupIndex, options.language));
    writer.setCreator(QStringLiteral("PortDesk"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("LoaDocument", "The PDF could not be started.");
        return false;
    }
    const int pages = paint(&painter, &writer, request, groupIndex, caseId, options);
    const bool ended = painter.end();
    if (pageCount)
        *pageCount = pages;
    if (!ended || pages == 0) {
        if (error)
            *error = QCoreApplication::translate("LoaDocument", "The PDF could not be completed.");
        return false;
    }
    return true;
}

} // namespace portdesk
