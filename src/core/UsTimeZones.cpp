// SPDX-License-Identifier: Apache-2.0
#include "UsTimeZones.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace portdesk {

namespace {

const char kEastern[] = "America/New_York";
const char kCentral[] = "America/Chicago";
const char kMountain[] = "America/Denver";
const char kArizona[] = "America/Phoenix";
const char kPacific[] = "America/Los_Angeles";
const char kAlaska[] = "America/Anchorage";
const char kHawaii[] = "Pacific/Honolulu";
const char kAtlantic[] = "America/Puerto_Rico";
const char kChamorro[] = "Pacific/Guam";
const char kSamoa[] = "Pacific/Pago_Pago";

struct StateZone {
    const char *state;
    const char *zone;
};

// Each state's dominant zone (where most of its people live).
const StateZone kStates[] = {
    { "AL", kCentral }, { "AK", kAlaska }, { "AZ", kArizona }, { "AR", kCentral },
    { "CA", kPacific }, { "CO", kMountain }, { "CT", kEastern }, { "DE", kEastern },
    { "DC", kEastern }, { "FL", kEastern }, { "GA", kEastern }, { "HI", kHawaii },
    { "ID", kMountain }, { "IL", kCentral }, { "IN", kEastern }, { "IA", kCentral },
    { "KS", kCentral }, { "KY", kEastern }, { "LA", kCentral }, { "ME", kEastern },
    { "MD", kEastern }, { "MA", kEastern }, { "MI", kEastern }, { "MN", kCentral },
    { "MS", kCentral }, { "MO", kCentral }, { "MT", kMountain }, { "NE", kCentral },
    { "NV", kPacific }, { "NH", kEastern }, { "NJ", kEastern }, { "NM", kMountain },
    { "NY", kEastern }, { "NC", kEastern }, { "ND", kCentral }, { "OH", kEastern },
    { "OK", kCentral }, { "OR", kPacific }, { "PA", kEastern }, { "RI", kEastern },
    { "SC", kEastern }, { "SD", kCentral }, { "TN", kCentral }, { "TX", kCentral },
    { "UT", kMountain }, { "VT", kEastern }, { "VA", kEastern }, { "WA", kPacific },
    { "WV", kEastern }, { "WI", kCentral }, { "WY", kMountain },
    // Territories.
    { "PR", kAtlantic }, { "VI", kAtlantic }, { "GU", kChamorro }, { "MP", kChamorro },
    { "AS", kSamoa },
};

struct AreaCodeZone {
    const char *state;
    const char *areaCode;
    const char *zone;
};

// Area codes of split states that lie mostly in the state's other zone.
// Codes mostly in the state's own zone are not listed: ID 208/986 (the
// panhandle is Pacific, Boise and most people Mountain), OR 541/458 (Malheur
// County is Mountain), MI 906 (four counties Central), IN 812/930 (Evansville
// Central, the rest Eastern), ND 701, SD 605, NE 308, KS 620/785, TN 931 keep
// their state's zone.
const AreaCodeZone kAreaCodes[] = {
    { "FL", "850", kCentral }, { "FL", "448", kCentral }, // Pensacola, Panama City
    { "IN", "219", kCentral }, // Gary, Chicago's side
    { "KY", "270", kCentral }, { "KY", "364", kCentral }, // western Kentucky
    { "TN", "423", kEastern }, { "TN", "865", kEastern }, // Chattanooga, Knoxville
    { "TX", "915", kMountain }, // El Paso
};

QString areaCodeOf(const QString &number)
{
    QString digits;
    for (const QChar c : number)
        if (c.isDigit())
            digits.append(c);
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    return digits.size() == 10 ? digits.left(3) : QString();
}

} // namespace

QList<UsTimeZones::Zone> UsTimeZones::all()
{
    return {
        { QByteArray(kEastern), QCoreApplication::translate("UsTimeZones", "Eastern") },
        { QByteArray(kCentral), QCoreApplication::translate("UsTimeZones", "Central") },
        { QByteArray(kMountain), QCoreApplication::translate("UsTimeZones", "Mountain") },
        { QByteArray(kArizona), QCoreApplication::translate("UsTimeZones", "Arizona") },
        { QByteArray(kPacific), QCoreApplication::translate("UsTimeZones", "Pacific") },
        { QByteArray(kAlaska), QCoreApplication::translate("UsTimeZones", "Alaska") },
        { QByteArray(kHawaii), QCoreApplication::translate("UsTimeZones", "Hawaii") },
        { QByteArray(kAtlantic), QCoreApplication::translate("UsTimeZones", "Puerto Rico/USVI") },
        { QByteArray(kChamorro), QCoreApplication::translate("UsTimeZones", "Guam") },
        { QByteArray(kSamoa), QCoreApplication::translate("UsTimeZones", "American Samoa") },
    };
}

QString UsTimeZones::displayName(const QByteArray &ianaId)
{
    for (const Zone &zone : all())
        if (zone.ianaId == ianaId)
            return QCoreApplication::translate("UsTimeZones", "%1 (%2)")
                .arg(zone.name, QString::fromLatin1(zone.ianaId));
    return QString::fromLatin1(ianaId);
}

QByteArray UsTimeZones::forState(const QString &state)
{
    const QString code = state.trimmed().toUpper();
    for (const StateZone &s : kStates)
        if (code == QLatin1String(s.state))
            return QByteArray(s.zone);
    return {};
}

QByteArray UsTimeZones::forStateAndAreaCode(const QString &state, const QString &areaCode)
{
    const QString code = state.trimmed().toUpper();
    for (const AreaCodeZone &a : kAreaCodes)
        if (code == QLatin1String(a.state) && areaCode == QLatin1String(a.areaCode))
            return QByteArray(a.zone);
    return forState(code);
}

QByteArray UsTimeZones::forStateAndNumbers(const QString &state, const QStringList &numbers)
{
    const QByteArray own = forState(state);
    if (own.isEmpty())
        return own;
    QHash<QByteArray, int> votes;
    for (const QString &number : numbers) {
        const QString areaCode = areaCodeOf(number);
        if (!areaCode.isEmpty())
            ++votes[forStateAndAreaCode(state, areaCode)];
    }
    QByteArray best = own;
    int bestVotes = votes.value(own);
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > bestVotes) {
            best = it.key();
            bestVotes = it.value();
        }
    }
    return best;
}

QList<QByteArray> UsTimeZones::zonesOfState(const QString &state)
{
    const QString code = state.trimmed().toUpper();
    QList<QByteArray> zones;
    const QByteArray own = forState(code);
    if (own.isEmpty())
        return zones;
    zones << own;
    for (const AreaCodeZone &a : kAreaCodes)
        if (code == QLatin1String(a.state) && !zones.contains(QByteArray(a.zone)))
            zones << QByteArray(a.zone);
    return zones;
}

bool UsTimeZones::isUsZone(const QByteArray &ianaId)
{
    for (const Zone &zone : all())
        if (zone.ianaId == ianaId)
            return true;
    if (!QTimeZone::isTimeZoneIdAvailable(ianaId))
        return false;
    switch (QTimeZone(ianaId).territory()) {
    case QLocale::UnitedStates:
    case QLocale::PuertoRico:
    case QLocale::UnitedStatesVirginIslands:
    case QLocale::Guam:
    case QLocale::NorthernMarianaIslands:
    case QLocale::AmericanSamoa:
    case QLocale::UnitedStatesOutlyingIslands:
        return true;
    default:
        return false;
    }
}

} // namespace portdesk
