// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/Secret.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace portdesk {

// One secret of a case (an account number or PIN of a carrier group, the
// port-out account ID or PIN), named as people say it. What a reveal event
// records is which secret, never its value.
struct CaseSecret {
    enum class Field { AccountNumber, Pin, PortOutAccountId, PortOutPin };

    Field field = Field::Pin;
    int group = 0; // a port-in's carrier group, from 1; 0 for a port-out
    QString carrier; // that group's carrier, as the request names it
    QString value;

    Secret secret() const;
    // "the PIN of carrier group 1 (Verizon)", "the port-out account ID".
    QString name() const;
    // The field path the request section names it by: "carriers[0].pin",
    // "portOut.accountId".
    QString key() const;
    // {"secret": "pin", "group": 1, "carrier": "Verizon"}: no value.
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, CaseSecret *out);
    bool sameAs(const CaseSecret &other) const { return field == other.field && group == other.group; }
};

QString toString(CaseSecret::Field field); // "accountNumber", "pin", "portOutAccountId", "portOutPin"

// The secrets of a case: which there are, who may reveal which, and finding
// them in free text (a comment, a reason) to refuse or mask it.
//
// Who may reveal (the role that needs the value for its work):
// - a port-in's account number: the admin (typed it, signs the LOA) and
//   support (checks it against the LOA and the carrier's records when the
//   carrier asks for a change);
// - a port-in's PIN: the admin only (it goes to the losing carrier on the
//   LOA, which support sends without needing to read it);
// - a port-out's account ID and PIN: the admin (hands them to the new
//   carrier) and support (issued them, reads them back when asked).
// The clock (Role::System) reveals nothing.
class CaseSecrets {
    Q_DECLARE_TR_FUNCTIONS(CaseSecrets)

public:
    // Shorter secrets than this are too like everyday numbers to look for
    // in free text.
    static constexpr int minGuardedLength = 4;

    // Every secret the case holds (empty ones left out), request order.
    static QList<CaseSecret> of(const CaseRecord &record);
    // Those of them long enough to look for in free text.
    static QList<CaseSecret> guarded(const CaseRecord &record);

    static bool mayReveal(Role role, CaseSecret::Field field);
    // Why role may not reveal secret (translated; empty when it may).
    static QString whyNot(Role role, const CaseSecret &secret);

    // Whether text repeats value: a secret of digits (grouped or not) as a
    // whole number of the text or consecutive groups of one, except inside a
    // phone number; any other secret as a word of its own.
    static bool repeats(const QString &text, const QString &value);
    // Of secrets, those text repeats.
    static QList<CaseSecret> foundIn(const QString &text, const QList<CaseSecret> &secrets);
    // text with every repetition of secrets replaced by the secret's mask.
    static QString masked(const QString &text, const QList<CaseSecret> &secrets);
    // What a reveal event's payload carries ("revealed": a list of toJson()).
    static QJsonArray toJson(const QList<CaseSecret> &secrets);
    static QList<CaseSecret> fromJson(const QJsonArray &json);
    // "the PIN of carrier group 1 (Verizon) and the account number of ...".
    static QString names(const QList<CaseSecret> &secrets);
    // A reveal event as the history says it: "Revealed the PIN of carrier
    // group 1 (Verizon)." (args.revealed of the event).
    static QString revealedText(const QJsonArray &revealed);
};

} // namespace portdesk
