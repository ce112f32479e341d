#pragma once

#include "PortRequest.h"

#include <QDateTime>
#include <QTimeZone>

namespace portdesk {

// The customer's own time, for every time a port-in shows them (the LOA's
// signing time next to its port date, for one).
//
// Today the only trace of the customer's zone is the offset the requested
// port date was given with, so that is the zone. When the request keeps an
// IANA zone (issue 13, item 3), customerTimeZone() is the one function to
// change: everything else asks it.
QTimeZone customerTimeZone(const PortInRequest &request);

// at, shown in customerTimeZone(request) (UTC when the request has no date).
QDateTime inCustomerTime(const QDateTime &at, const PortInRequest &request);

} // namespace portdesk
