// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/BulkResult.h"

#include <QCoreApplication>

namespace portdesk {

// What an inventory import says to the person who ran it, first line the
// summary: the store's failure, a cancel, why the file was refused, the
// first refused rows (nothing is imported then), or what was imported.
class ImportReport {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static QStringList lines(const ImportResult &result);
};

} // namespace portdesk
