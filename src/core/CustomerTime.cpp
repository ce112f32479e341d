#include "CustomerTime.h"

namespace portdesk {

QTimeZone customerTimeZone(const PortInRequest &request)
{
    const QDateTime &at = request.requestedPortAt;
    if (!at.isValid())
        return QTimeZone::utc();
    if (at.timeSpec() == Qt::TimeZone)
        return at.timeZone();
    return QTimeZone(at.offsetFromUtc());
}

QDateTime inCustomerTime(const QDateTime &at, const PortInRequest &request)
{
    if (!at.isValid())
        return at;
    const QTimeZone zone = customerTimeZone(request);
    // A fixed offset stays an offset (ISO 8601 text as before); a named
    // zone keeps its name for the abbreviation.
    if (request.requestedPortAt.isValid() && request.requestedPortAt.timeSpec() != Qt::TimeZone)
        return at.toOffsetFromUtc(request.requestedPortAt.offsetFromUtc());
    return at.toTimeZone(zone);
}

} // namespace portdesk
