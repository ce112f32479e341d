// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

// The time zones of US service addresses: the zones a customer can be in
// (the wizard's list), the zone of each state, DC and territory, and the area
// codes of the states split between two zones.
//
// One zone per state, the one most of its people live in; an area code of a
// split state overrides it where most of that code's people live in the
// other zone (see the table in UsTimeZones.cpp and the README). The zones are
// the ten canonical ones of the list: Indiana, Kentucky and Michigan keep
// America/New_York's rules today, Idaho's south America/Denver's.
class UsTimeZones
{
public:
    struct Zone {
        QByteArray ianaId;
        QString name; // "Pacific"
    };
    // Eastern first, then west, then the territories.
    static QList<Zone> all();
    // "Pacific (America/Los_Angeles)"; the id alone for a zone not in all().
    static QString displayName(const QByteArray &ianaId);

    // The zone of a two-letter USPS state, DC or territory code (empty when
    // unknown).
    static QByteArray forState(const QString &state);
    // The zone of an area code in that state when the state is split and the
    // code lies mostly in the other zone, else forState(state).
    static QByteArray forStateAndAreaCode(const QString &state, const QString &areaCode);
    // The zone most of the numbers (any notation) are in by their area
    // codes, in that state; a tie, or no number, gives forState(state).
    static QByteArray forStateAndNumbers(const QString &state, const QStringList &numbers);
    // Every zone a state has (its own first, then its area codes' others).
    static QList<QByteArray> zonesOfState(const QString &state);

    // True for an IANA id of a zone in the United States or one of its
    // territories (any id, not only those of all(): America/Boise too).
    static bool isUsZone(const QByteArray &ianaId);
};

} // namespace portdesk
