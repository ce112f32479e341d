#pragma once

#include "core/PortRequest.h"

#include <QString>

class QTextDocument;

namespace portdesk {

// The Letter of Authorization for one carrier group of a port-in request.
// This first version lays out every field and every number as plain text;
// the LOA issue makes it the finished, signable document.
class LoaDocument
{
public:
    // Builds the document (caller owns it).
    static QTextDocument *build(const PortInRequest &request, int groupIndex, qint64 caseId);
    // Writes the PDF; false with a message naming the file on failure.
    static bool writePdf(const PortInRequest &request, int groupIndex, qint64 caseId,
                         const QString &path, QString *error);
    // "loa-case-12-carrier-1.pdf"
    static QString fileName(qint64 caseId, int groupIndex);
};

} // namespace portdesk
