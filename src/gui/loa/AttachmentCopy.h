// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseAttachment.h"

#include <QByteArray>
#include <QCoreApplication>

namespace portdesk {

// A case's file copied out for its viewer: into a folder only this user can
// read (the files are the customer's), named with the extension its stored
// type gives, copies older than a day removed.
class AttachmentCopy {
    Q_DECLARE_TR_FUNCTIONS(AttachmentCopy)

public:
    // Writes the copy; *path is where, or *error says why not.
    static bool write(
        const CaseAttachment &meta, const QByteArray &bytes, QString *path, QString *error);
};

} // namespace portdesk
