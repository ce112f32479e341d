// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoaOptions.h"
#include "LoaText.h"
#include "core/PortRequest.h"

#include <QTextCursor>
#include <QTextTableCellFormat>

class QImage;
class QTextDocument;
class QTextTable;

namespace portdesk {

// Writes the body of one LOA (no page header or footer) into a
// QTextDocument with a cursor, top to bottom: title, authorization, the
// fields, the numbers, attachments, the signature block.
class LoaBodyBuilder {
public:
    // How the numbers go into the document.
    enum class Numbers {
        // A table of every number, its header row repeated on each page: the
        // whole body as text (build(), e.g. for a preview pane).
        AsTextTable,
        // One empty table where the numbers go, painted there directly by
        // LoaNumbersTable (paint(): a 20,000-number table laid out as text
        // took seconds).
        AsPlaceholder,
    };

    // contentWidth: the body's width in the layout's 96-dpi units; only the
    // text table's tab stops use it.
    LoaBodyBuilder(QTextDocument *doc, const PortInRequest &request, int groupIndex, qint64 caseId,
        const LoaOptions &options, Numbers numbers, qreal contentWidth = 0);

    void build();

    // The frames that mark the body's parts, once built: where the page
    // layout may break and what it keeps together.
    QTextTable *numbersHeading() const { return m_numbersHeading; }
    QTextTable *numbersTable() const { return m_numbersTable; }
    QTextTable *signatureHeading() const { return m_signatureHeading; }

private:
    struct Field {
        QString label;
        QString value;
        bool prose = false; // a sentence, set in regular weight
    };

    void paragraph(const QString &text, const QTextCharFormat &format, Qt::Alignment align,
        qreal spaceAfter = 0, bool first = false);
    void freshBlock();
    void afterTable(QTextTable *table);
    void titleBlock();
    void authorizationBlock();
    // note: a short remark in small grey type after the heading.
    QTextTable *sectionHeading(const QString &heading, const QString &note = QString());
    void fieldTable(const QList<Field> &fields);
    QString orText(const QString &value, const QString &fallback) const;
    static QTextTableCellFormat bottomRuled(const QColor &color, qreal width);
    // The signing time in the customer's time (CustomerTime), beside the
    // port date in the same offset.
    QDateTime signedAtShown() const;
    // The authorizing person's title, asked once: the request's, or the
    // one typed at signing when the request has none or another person signed.
    QString signerTitle() const;
    QString customerTitle() const;
    void customerSection();
    void accountSection();
    void portSection();
    void numbersSection();
    void signatureSection();
    void insertDrawing(QTextCursor &cursor, const QImage &drawing);
    static QImage trimmed(const QImage &drawing);
    void attachmentsSection();

    QTextDocument *m_doc;
    QTextCursor m_cursor;
    const PortInRequest &m_request;
    const CarrierGroup &m_group;
    int m_groupIndex;
    qint64 m_caseId;
    const LoaOptions &m_options;
    const LoaText &m_text;
    Numbers m_numbers;
    qreal m_contentWidth;
    bool m_tollFree; // the letter is a RespOrg change
    QTextTable *m_numbersHeading = nullptr;
    QTextTable *m_numbersTable = nullptr;
    QTextTable *m_signatureHeading = nullptr;
};

} // namespace portdesk
