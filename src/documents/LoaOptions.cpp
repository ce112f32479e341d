// SPDX-License-Identifier: Apache-2.0
#include "LoaOptions.h"

namespace portdesk {

GainingProvider GainingProvider::defaults()
{
    // The service the seed ports numbers into (a product name, the same in
    // every language).
    return { QStringLiteral("Amazon Chime"), QString(), QString() };
}

QString toString(LoaLanguage language)
{
    return language == LoaLanguage::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

bool loaLanguageFromString(const QString &text, LoaLanguage *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("en") || t == QLatin1String("english")) {
        *out = LoaLanguage::English;
        return true;
    }
    if (t == QLatin1String("es") || t == QLatin1String("spanish")
        || t == QStringLiteral("espa\u00f1ol")) {
        *out = LoaLanguage::Spanish;
        return true;
    }
    return false;
}

} // namespace portdesk
