// SPDX-License-Identifier: Apache-2.0
#include "CustomerTime.h"

#include "UsTimeZones.h"

namespace portdesk {

namespace {

bool zoneHasOffset(const QByteArray &ianaId, const QDateTime &at)
{
    const QTimeZone zone(ianaId);
    return zone.isValid() && zone.offsetFromUtc(at) == at.offsetFromUtc();
}

} // namespace

QByteArray proposedTimeZoneId(const PortInRequest &request)
{
    for (const CarrierGroup &group : request.carriers) {
        QStringList numbers = group.numbers;
        if (numbers.isEmpty() && !group.btn.isEmpty())
            numbers << group.btn;
        const QByteArray zone
            = UsTimeZones::forStateAndNumbers(group.serviceAddress.state, numbers);
        if (!zone.isEmpty())
            return zone;
    }
    return {};
}

QByteArray inferredTimeZoneId(const PortInRequest &request)
{
    const QByteArray proposed = proposedTimeZoneId(request);
    const QDateTime &at = request.requestedPortAt;
    if (!at.isValid())
        return proposed;
    QList<QByteArray> candidates;
    if (!proposed.isEmpty())
        candidates << proposed;
    for (const CarrierGroup &group : request.carriers)
        candidates << UsTimeZones::zonesOfState(group.serviceAddress.state);
    for (const UsTimeZones::Zone &zone : UsTimeZones::all())
        candidates << zone.ianaId;
    for (const QByteArray &id : std::as_const(candidates))
        if (zoneHasOffset(id, at))
            return id;
    return {};
}

QByteArray customerTimeZoneId(const PortInRequest &request)
{
    if (!request.timeZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(request.timeZone))
        return request.timeZone;
    return inferredTimeZoneId(request);
}

QTimeZone customerTimeZone(const PortInRequest &request)
{
    const QByteArray id = customerTimeZoneId(request);
    if (!id.isEmpty())
        return QTimeZone(id);
    const QDateTime &at = request.requestedPortAt;
    if (!at.isValid())
        return QTimeZone::utc();
    return QTimeZone(at.offsetFromUtc());
}

QDateTime inTimeZone(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid() || !zone.isValid())
        return at;
    return at.toTimeZone(zone);
}

QDateTime inCustomerTime(const QDateTime &at, const PortInRequest &request)
{
    return inTimeZone(at, customerTimeZone(request));
}

QString zoneAbbreviation(const QDateTime &at, const QTimeZone &zone)
{
    QString abbreviation = zone.abbreviation(at);
    // Some zones' data has only "-10" or "+10" for a name: say UTC-10:00.
    if (abbreviation.isEmpty() || abbreviation.startsWith(QLatin1Char('+'))
        || abbreviation.startsWith(QLatin1Char('-'))) {
        const int offset = zone.offsetFromUtc(at);
        const int minutes = qAbs(offset) / 60;
        abbreviation = QStringLiteral("UTC%1%2:%3")
                           .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                           .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                           .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return abbreviation;
}

} // namespace portdesk
