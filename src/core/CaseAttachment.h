// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace portdesk {

enum class AttachmentKind { CarrierInvoice, CustomerServiceRecord };
QString toString(AttachmentKind kind); // "carrier-invoice", "customer-service-record"
bool attachmentKindFromString(const QString &text, AttachmentKind *out);
QString displayName(AttachmentKind kind); // translated: "Carrier invoice"

// A file kept with a case (its bytes are read separately).
struct CaseAttachment {
    qint64 id = 0;
    qint64 caseId = 0;
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
    QString fileName; // the name without folders
    QString mimeType; // application/pdf, image/png, image/jpeg (from the content)
    qint64 sizeBytes = 0;
    QDateTime addedAt;
    QDateTime removedAt; // deleted from the case (restorable); invalid while it is attached
};

// Which of a case's files a list holds: those attached, those deleted from
// the case (restorable until purged), or both.
enum class AttachmentScope { Attached, Deleted, All };

// One line of a case's file log (case_file_events, append-only): kept after
// the file itself is purged.
struct CaseFileEvent {
    enum class What { Attached, Deleted, Restored, Purged };
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 attachmentId = 0;
    What what = What::Attached;
    QDateTime at;
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
    QString fileName;
};
QString toString(CaseFileEvent::What what); // "attached", "deleted", "restored", "purged"

} // namespace portdesk
