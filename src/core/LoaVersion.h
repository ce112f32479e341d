// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace portdesk {

// Who signs a carrier group's LOA: the authorizing person's typed name and
// title, and the signature they drew, if any (a typed name alone signs too,
// so that keyboard users can sign).
struct LoaSigner {
    QString name;
    QString title;
    QByteArray drawing; // PNG; empty when signed by typed name alone
};

// One signed version of a carrier group's LOA. Versions are only ever added:
// a changed request needs a new version, and the old ones stay as evidence.
struct LoaVersion {
    qint64 id = 0;
    qint64 caseId = 0;
    int carrierIndex = 0; // 0-based carrier group
    int version = 0; // 1, 2, ... per carrier group
    QJsonObject content; // what the LOA showed when signed (LoaContent::forGroup)
    LoaSigner signer;
    QDateTime signedAt;

    // An LOA signed more than this many days ago must be signed again.
    static constexpr int validityDays = 90;
    QDateTime expiresAt() const { return signedAt.addDays(validityDays); }
    bool isExpired(const QDateTime &now) const { return expiresAt() < now; }
};

// Where a carrier group's LOA stands, as the submit check sees it.
enum class LoaState {
    Unsigned, // never signed
    Signed, // a version signed within 90 days shows the request as it is now
    Expired, // the version showing the request was signed more than 90 days ago
    NeedsResigning, // signed, but the request changed since (a correction)
};
QString toString(LoaState state); // "unsigned", "signed", "expired", "needs-resigning"

struct LoaGroupStatus {
    int carrierIndex = 0;
    QString carrier; // the group's carrier name (may be empty: "if known")
    LoaState state = LoaState::Unsigned;
    // Signed / Expired: the newest version matching the request;
    // NeedsResigning: the newest version; Unsigned: none (version == 0).
    LoaVersion version;
    QList<LoaVersion> versions; // every version of the group, oldest first
    QJsonObject content; // the LOA content as the request stands now
};

// One difference between two LOA contents, by request-file field name.
struct LoaFieldChange {
    enum class Kind { Changed, Added, Removed };
    QString field; // "accountNumber", "serviceAddress.zip", "numbers"
    Kind kind = Kind::Changed; // Added / Removed: one number each
    QString oldValue; // empty for an added number
    QString newValue; // empty for a removed number
    bool secret = false; // accountNumber, pin: shown masked unless revealed
};

} // namespace portdesk
