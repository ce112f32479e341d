// SPDX-License-Identifier: Apache-2.0
#include "CaseAttachment.h"

#include <QCoreApplication>

namespace portdesk {

QString toString(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::CarrierInvoice:
        return QStringLiteral("carrier-invoice");
    case AttachmentKind::CustomerServiceRecord:
        return QStringLiteral("customer-service-record");
    }
    return QString();
}

bool attachmentKindFromString(const QString &text, AttachmentKind *out)
{
    for (const AttachmentKind kind :
        { AttachmentKind::CarrierInvoice, AttachmentKind::CustomerServiceRecord }) {
        if (text == toString(kind)) {
            *out = kind;
            return true;
        }
    }
    return false;
}

QString displayName(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::CarrierInvoice:
        return QCoreApplication::translate("CaseAttachment", "Carrier invoice");
    case AttachmentKind::CustomerServiceRecord:
        return QCoreApplication::translate("CaseAttachment", "Customer service record");
    }
    return QString();
}

QString toString(CaseFileEvent::What what)
{
    switch (what) {
    case CaseFileEvent::What::Attached:
        return QStringLiteral("attached");
    case CaseFileEvent::What::Deleted:
        return QStringLiteral("deleted");
    case CaseFileEvent::What::Restored:
        return QStringLiteral("restored");
    case CaseFileEvent::What::Purged:
        break;
    }
    return QStringLiteral("purged");
}

} // namespace portdesk
