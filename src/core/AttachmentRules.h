// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Violation.h"

#include <QByteArray>
#include <QCoreApplication>

namespace portdesk {

// The files a case keeps: a recent carrier invoice or customer service
// record, PDF, PNG or JPEG by content, at most maxBytes.
class AttachmentRules {
    Q_DECLARE_TR_FUNCTIONS(AttachmentRules)

public:
    static constexpr qint64 maxBytes = 10 * 1024 * 1024;
    // The rules for one file (fileName for the messages and the extension,
    // size in bytes, head: at least its first bytes). Sets *mimeType when
    // accepted.
    static Violations check(const QString &fileName, qint64 size, const QByteArray &head,
        QString *mimeType = nullptr);
    // Whether these bytes start as a PNG image (a drawn signature).
    static bool isPng(const QByteArray &head);
    // Sizes in messages: the same text in every locale, binary units.
    static QString sizeText(qint64 bytes);
};

} // namespace portdesk
