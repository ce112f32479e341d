// SPDX-License-Identifier: Apache-2.0
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

// The gaining provider: the company the numbers move to, named in the LOA's
// authorization (a carrier rejects a letter that does not say to whom it
// releases the numbers). From the settings (GainingProviderSettings).
struct GainingProvider {
    QString name; // company name
    QString providerId; // optional: e.g. its SPID / OCN, or its RespOrg ID
    QString contact; // optional: porting contact, phone or email

    // The cloud calling service of the seed.
    static GainingProvider defaults();
    bool operator==(const GainingProvider &o) const
    {
        return name == o.name && providerId == o.providerId && contact == o.contact;
    }
};

// Everything an LOA shows besides the request itself.
struct LoaOptions {
    LoaLanguage language = LoaLanguage::English;
    LoaSignature signature; // unsigned by default
    QStringList attachmentNames; // file names of the case's attachments, in list order
    int version = 0; // LOA version shown next to the case id; 0 = not shown
    GainingProvider provider = GainingProvider::defaults(); // an empty name: "the new service provider"
};

} // namespace portdesk
