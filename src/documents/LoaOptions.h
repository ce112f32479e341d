#pragma once

#include "LoaSignature.h"

#include <QString>
#include <QStringList>

namespace portdesk {

// The language the LOA itself is written in. Independent of the UI language:
// a Spanish-speaking admin may need an English LOA for the carrier, and the
// other way round.
enum class LoaLanguage { English, Spanish };
QString toString(LoaLanguage language); // "en", "es"
bool loaLanguageFromString(
    const QString &text, LoaLanguage *out); // "en"/"es" (also "english"/"spanish")

// Everything an LOA shows besides the request itself.
struct LoaOptions {
    LoaLanguage language = LoaLanguage::English;
    LoaSignature signature; // unsigned by default
    QStringList attachmentNames; // file names of the case's attachments, in list order
    int version = 0; // LOA version shown next to the case id; 0 = not shown
    QString newProvider; // name of the gaining provider; empty = "the new service provider"
};

} // namespace portdesk
