// SPDX-License-Identifier: Apache-2.0
#include "LoaBodyBuilder.h"

#include "LoaDocument.h"
#include "LoaStyle.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace portdesk {

QTextTableCellFormat LoaBodyBuilder::bottomRuled(const QColor &color, qreal width)
{
    QTextTableCellFormat f;
    f.setBottomBorder(width);
    f.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBottomBorderBrush(color);
    return f;
}

LoaBodyBuilder::LoaBodyBuilder(QTextDocument *doc, const PortInRequest &request, int groupIndex,
    qint64 caseId, const LoaOptions &options, Numbers numbers, qreal contentWidth)
    : m_doc(doc)
    , m_cursor(doc)
    , m_request(request)
    , m_group(request.carriers.at(groupIndex))
    , m_groupIndex(groupIndex)
    , m_caseId(caseId)
    , m_options(options)
    , m_text(LoaText::forLanguage(options.language))
    , m_numbers(numbers)
    , m_contentWidth(contentWidth)
    , m_tollFree(m_group.isTollFree())
{
}

void LoaBodyBuilder::build()
{
    QFont font(LoaStyle::fontFamily());
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
        end.setBlockCharFormat(LoaStyle::charFormat(1));
    }
}

void LoaBodyBuilder::paragraph(const QString &text, const QTextCharFormat &format,
    Qt::Alignment align, qreal spaceAfter, bool first)
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
void LoaBodyBuilder::freshBlock()
{
    if (!m_cursor.block().text().isEmpty() || m_cursor.currentList())
        m_cursor.insertBlock();
    m_cursor.setBlockFormat(QTextBlockFormat());
}

// After a table the cursor sits in the block that follows it: reuse it
// as the next paragraph, so that no empty lines pile up.
void LoaBodyBuilder::afterTable(QTextTable *table)
{
    m_cursor = table->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
}

void LoaBodyBuilder::titleBlock()
{
    paragraph(m_text.title, LoaStyle::charFormat(18, QFont::Bold, LoaStyle::accent()),
        Qt::AlignHCenter, 1, true);
    paragraph(m_tollFree ? m_text.subtitleTollFree : m_text.subtitle, LoaStyle::charFormat(10, QFont::Normal, LoaStyle::muted()),
        Qt::AlignHCenter, 4);
    QString caseLine = m_text.caseLine.arg(m_text.caseLabel(m_caseId))
                           .arg(m_groupIndex + 1)
                           .arg(m_request.carriers.size());
    if (m_options.version > 0)
        caseLine += m_text.versionSuffix.arg(m_options.version);
    paragraph(caseLine, LoaStyle::charFormat(9.5, QFont::Bold), Qt::AlignHCenter, 8);
}

QTextTable *LoaBodyBuilder::sectionHeading(const QString &heading, const QString &note)
{
    freshBlock();
    QTextTableFormat band;
    band.setBorder(0);
    band.setCellPadding(3);
    band.setCellSpacing(0);
    band.setBackground(LoaStyle::band());
    band.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    band.setTopMargin(6);
    band.setBottomMargin(2);
    QTextTable *table = m_cursor.insertTable(1, 1, band);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    cell.insertText(heading, LoaStyle::charFormat(10.5, QFont::Bold, LoaStyle::accent()));
    if (!note.isEmpty())
        cell.insertText(QStringLiteral("   ") + note,
            LoaStyle::charFormat(8.5, QFont::Normal, LoaStyle::muted()));
    afterTable(table);
    return table;
}

// Label | value rows, each underlined like a form line.
void LoaBodyBuilder::fieldTable(const QList<Field> &fields)
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
    const QTextCharFormat label = LoaStyle::charFormat(9, QFont::Normal, LoaStyle::muted());
    const QTextCharFormat value = LoaStyle::charFormat(10, QFont::Bold);
    const QTextCharFormat prose = LoaStyle::charFormat(9.5);
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

QString LoaBodyBuilder::orText(const QString &value, const QString &fallback) const
{
    return value.trimmed().isEmpty() ? fallback : value.trimmed();
}

void LoaBodyBuilder::numbersSection()
{
    const QStringList &numbers = m_group.numbers;
    m_numbersHeading
        = sectionHeading(m_text.sectionNumbers.arg(numbers.size()), m_text.numbersReadingOrder);
    freshBlock();

    const qreal padding = LoaStyle::numbersCellPadding;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(padding);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (m_numbers == Numbers::AsPlaceholder) {
        // An empty table marks where the numbers go: laying out thousands
        // of rows as text is what made a long LOA slow; they are painted
        // directly there (LoaNumbersTable).
        m_numbersTable = m_cursor.insertTable(1, 1, format);
        afterTable(m_numbersTable);
        return;
    }

    // One cell per row holding four "No. | number" pairs set on tab
    // stops: a row can never be split across a page break, and the
    // layout has a fifth of the cells to place (an eight-column grid took
    // four times as long on 20,000 numbers, see BENCHMARKS.md).
    const int dataRows
        = int((numbers.size() + LoaStyle::numbersPerRow - 1) / LoaStyle::numbersPerRow);
    format.setHeaderRowCount(1); // repeated at the top of every page
    QTextTable *table = m_cursor.insertTable(dataRows + 1, 1, format);

    // Tab stops in the layout's 96-dpi units (it scales them to the
    // device): per pair, the running number right-aligned, then the number.
    const qreal pair = (m_contentWidth - 2 * padding) / LoaStyle::numbersPerRow;
    QList<QTextOption::Tab> tabs;
    for (int i = 0; i < LoaStyle::numbersPerRow; ++i) {
        tabs << QTextOption::Tab((i + LoaStyle::numberIndexEnd) * pair, QTextOption::RightTab)
             << QTextOption::Tab((i + LoaStyle::numberStart) * pair, QTextOption::LeftTab);
    }
    QTextBlockFormat row;
    row.setTabPositions(tabs);
    const QChar tab(QLatin1Char('\t'));

    // One cursor walks the cells in order (NextCell), far cheaper than
    // looking every cell up by row and column.
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    QTextTableCellFormat headerCell;
    headerCell.setBackground(LoaStyle::band());
    table->cellAt(0, 0).setFormat(headerCell);
    cell.setBlockFormat(row);
    QString header;
    for (int i = 0; i < LoaStyle::numbersPerRow; ++i)
        header += tab + m_text.numberIndexHeader + tab + m_text.numberHeader;
    cell.insertText(header, LoaStyle::charFormat(8.5, QFont::Bold, LoaStyle::accent()));
    cell.movePosition(QTextCursor::NextCell);

    // No zebra stripes: where a row moves to the next page, the layout
    // stretches the cell above it to the page's foot, and a shaded one
    // would show as an empty shaded row there.
    const QTextCharFormat indexFormat = LoaStyle::charFormat(9, QFont::Normal, LoaStyle::muted());
    const QTextCharFormat numberFormat = LoaStyle::charFormat(9.5);
    for (int r = 0; r < dataRows; ++r) {
        cell.setBlockFormat(row);
        for (int i = r * LoaStyle::numbersPerRow;
             i < qMin<qsizetype>(numbers.size(), (r + 1) * LoaStyle::numbersPerRow); ++i) {
            cell.insertText(tab + QString::number(i + 1) + tab, indexFormat);
            cell.insertText(LoaStyle::dashed(numbers.at(i).trimmed()), numberFormat);
        }
        cell.movePosition(QTextCursor::NextCell);
    }
    m_numbersTable = table;
    afterTable(table);
}

void LoaBodyBuilder::signatureSection()
{
    m_signatureHeading = sectionHeading(m_text.sectionSignature);
    QTextBlockFormat justified;
    justified.setAlignment(Qt::AlignJustify);
    justified.setBottomMargin(6);
    m_cursor.setBlockFormat(justified);
    m_cursor.insertText(m_text.declaration, LoaStyle::charFormat(9.5));
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
    QTextTableCellFormat line = bottomRuled(LoaStyle::ink(), 0.9);
    line.setVerticalAlignment(QTextCharFormat::AlignBottom);
    for (int row : { 0, 2 }) {
        QTextTableCellFormat cellFormat = line;
        // Room to sign by hand above the first line, even when unsigned.
        if (row == 0)
            cellFormat.setTopPadding(s.isSigned() ? 2 : 32);
        table->cellAt(row, 0).setFormat(cellFormat);
        table->cellAt(row, 2).setFormat(cellFormat);
    }
    const QTextCharFormat caption = LoaStyle::charFormat(8, QFont::Normal, LoaStyle::muted());
    const QTextCharFormat value = LoaStyle::charFormat(10.5);

    QTextCursor signatureCell = table->cellAt(0, 0).firstCursorPosition();
    QTextCursor dateCell = table->cellAt(0, 2).firstCursorPosition();
    if (isSigned) {
        if (!s.drawing.isNull()) {
            insertDrawing(signatureCell, s.drawing);
        } else {
            QTextCharFormat script = LoaStyle::charFormat(15, QFont::Normal, LoaStyle::accent());
            script.setFontFamilies({ QStringLiteral("DejaVu Serif") });
            script.setFontItalic(true);
            signatureCell.insertText(QStringLiteral("/s/ ") + s.name.trimmed(), script);
        }
        dateCell.insertText(m_text.dateTime(signedAtShown()), LoaStyle::charFormat(9));
    }
    table->cellAt(1, 0).firstCursorPosition().insertText(m_text.signature, caption);
    table->cellAt(1, 2).firstCursorPosition().insertText(m_text.date, caption);

    // Printed name and title: the signer's when signed, else the
    // authorizing person named in the request (the one expected to sign).
    const QString name = isSigned ? s.name.trimmed() : m_group.authorizingPerson.trimmed();
    const QString title = signerTitle();
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
            m_text.signedElectronically.arg(s.name.trimmed(), m_text.dateTime(signedAtShown())),
            LoaStyle::charFormat(8.5, QFont::Normal, LoaStyle::muted()));
    }
}

void LoaBodyBuilder::insertDrawing(QTextCursor &cursor, const QImage &drawing)
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
QImage LoaBodyBuilder::trimmed(const QImage &drawing)
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

void LoaBodyBuilder::attachmentsSection()
{
    sectionHeading(m_text.sectionAttachments);
    QStringList names;
    for (const QString &name : m_options.attachmentNames) {
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    }
    if (names.isEmpty()) {
        m_cursor.insertText(m_text.attachmentsNone, LoaStyle::charFormat(9.5));
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
        m_cursor.insertText(names.at(i), LoaStyle::charFormat(9.5));
    }
    freshBlock();
}

} // namespace portdesk
