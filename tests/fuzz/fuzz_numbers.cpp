// SPDX-License-Identifier: Apache-2.0
// The number parser: any text, one number a line, and the whole text as one.
#include "FuzzTarget.h"

#include "core/PhoneNumber.h"

#include <QStringList>

using namespace portdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList inputs = text.split(QLatin1Char('\n'));
    inputs << text;
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(inputs);
    FUZZ_CHECK(checks.size() == inputs.size());
    for (const NumberCheck &c : checks) {
        // An accepted number is a US E.164 number; a refused one says why.
        FUZZ_CHECK(c.ok == c.rule.isEmpty());
        FUZZ_CHECK(!c.ok || (c.e164.size() == 12 && c.e164.startsWith(QLatin1String("+1"))));
        FUZZ_CHECK(c.ok || !c.message.isEmpty());
        // Refused for its length before any parsing, and told so briefly.
        FUZZ_CHECK(c.message.size() < 400);
        if (c.ok) {
            // Its national form reads back as the same number.
            const NumberCheck again = PhoneNumbers::check(PhoneNumbers::formatNational(c.e164));
            FUZZ_CHECK(again.ok && again.e164 == c.e164);
        }
    }
    return 0;
}
