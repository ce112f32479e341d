// SPDX-License-Identifier: Apache-2.0
// The CSV/TXT number import: a file's text to number cells, then checked.
#include "FuzzTarget.h"

#include "core/NumberText.h"
#include "core/PhoneNumber.h"

using namespace portdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList cells = numbertext::numberCells(text);
    for (const QString &cell : cells) {
        // A cell is trimmed, of phone characters, with at least seven digits.
        FUZZ_CHECK(!cell.isEmpty() && cell == cell.trimmed());
        FUZZ_CHECK(numbertext::digitCount(cell) >= 7);
        FUZZ_CHECK(text.size() >= cell.size());
    }
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(cells);
    FUZZ_CHECK(checks.size() == cells.size());
    return 0;
}
