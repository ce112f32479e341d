// SPDX-License-Identifier: Apache-2.0
// The inventory JSON import (ListPhoneNumbers shape, read by its own
// streaming reader) into a real SQLite store, all or nothing.
#include "FuzzTarget.h"

#include "service/InventoryExchange.h"
#include "store/Store.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>

#include <memory>

using namespace portdesk;

namespace {

Store &store()
{
    static std::unique_ptr<Store> opened = [] {
        const QString path = QDir::temp().filePath(
            QStringLiteral("portdesk-fuzz-inventory-%1.sqlite").arg(QCoreApplication::applicationPid()));
        QFile::remove(path);
        StoreStatus status;
        auto s = Store::open(path, &status);
        FUZZ_CHECK(s != nullptr);
        return s;
    }();
    return *opened;
}

qint64 inventoryCount()
{
    QSqlQuery q(store().database());
    FUZZ_CHECK(q.exec(QStringLiteral("SELECT COUNT(*) FROM inventory")) && q.next());
    return q.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    const qint64 before = inventoryCount();
    const ImportResult result = InventoryExchange(store()).importJson(&in);
    const qint64 after = inventoryCount();
    // All or nothing: a refused file changes nothing, and says why.
    if (!result.ok())
        FUZZ_CHECK(after == before);
    else
        FUZZ_CHECK(after == before + result.imported);
    for (const Violation &v : result.violations)
        FUZZ_CHECK(!v.rule.isEmpty() && !v.message.isEmpty());
    return 0;
}
