// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/BulkResult.h"
#include "core/ChangeResult.h"
#include "core/InventoryNumber.h"

#include <QCoreApplication>

class QIODevice;

namespace portdesk {

class Store;

// The inventory to and from files. JSON is the cloud service's
// ListPhoneNumbers response ({"PhoneNumbers": [...]}, DESIGN.md); CSV is the
// same inventory for spreadsheets, one header row. Both are written page by
// page (by key), so that a 1,000,000-number inventory never sits in memory.
//
// Import (JSON only) brings an existing inventory in, in one transaction and
// all or nothing: when any row is refused nothing changes, and every refused
// row is reported with its index and reason. Users named by an association
// (Name "UserId", Value: the email) are created when new; a Voice Connector
// named by one (Name "VoiceConnectorId", Value: its name) must exist, unless
// the caller asks for missing ones to be created (default region, no
// encryption).
class InventoryExchange {
    Q_DECLARE_TR_FUNCTIONS(InventoryExchange)

public:
    enum class Format { Json, Csv };

    explicit InventoryExchange(Store &store);

    // Writes the numbers the filter selects (its sort, cursor and limit are
    // ignored: every matching number, by number), deleted ones included.
    // false with *status filled when the store or the device failed.
    bool exportTo(QIODevice *out, Format format, const InventoryFilter &filter = {},
        StoreStatus *status = nullptr, const BulkProgress &progress = {}) const;
    bool exportToFile(const QString &path, Format format, const InventoryFilter &filter = {},
        StoreStatus *status = nullptr) const;

    struct ImportOptions {
        bool createMissingVoiceConnectors = false;
        BulkProgress progress;
    };
    ImportResult importJson(QIODevice *in, const ImportOptions &options);
    ImportResult importJson(QIODevice *in) { return importJson(in, ImportOptions()); }
    ImportResult importJsonFile(const QString &path, const ImportOptions &options);
    ImportResult importJsonFile(const QString &path)
    {
        return importJsonFile(path, ImportOptions());
    }

    // The JSON object of one number, as exported (for tests and the GUI's
    // "copy as JSON").
    static QJsonObject toApiJson(const InventoryNumber &number);
    // The CSV header and one row (no line end).
    static QString csvHeader();
    static QString csvRow(const InventoryNumber &number);

private:
    // One try; *asCommitted: the result a commit gives (set just before it).
    ImportResult importJsonOnce(QIODevice *in, const ImportOptions &options,
        ImportResult *asCommitted);

    Store &m_store;
};

} // namespace portdesk
