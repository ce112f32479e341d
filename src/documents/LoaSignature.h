// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QImage>
#include <QString>

namespace portdesk {

// What the LOA's signature block shows. A default-constructed value is an
// unsigned LOA: blank lines to sign by hand. The signing code (loa_versions)
// fills it from a stored version; the document only renders it.
struct LoaSignature {
    QString name; // typed by the authorizing person
    QString title; // typed, may be empty
    QImage drawing; // drawn on the signature pad; null when only typed
    QDateTime signedAt; // invalid while unsigned; shown with its offset

    // Signed means a name and a time; the drawing is optional (the typed
    // name then stands as the signature, "/s/ Name").
    bool isSigned() const { return signedAt.isValid() && !name.trimmed().isEmpty(); }
};

} // namespace portdesk
