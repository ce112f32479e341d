// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PortRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace portdesk {

// The customer's own time, for every time a port-in shows them: the queue,
// the case view, the LOA and the CLI all ask customerTimeZone().
//
// The request keeps an IANA zone (its "timeZone", schema 11). A request
// without one (filed before, or a request file that gives only an offset)
// gets inferredTimeZoneId(): the zone of its service address and area codes
// whose offset at the requested port date is the one the date was given
// with, so that the time the admin gave never moves.
QTimeZone customerTimeZone(const PortInRequest &request);

// The IANA id customerTimeZone() is (empty when it is a bare offset or UTC).
QByteArray customerTimeZoneId(const PortInRequest &request);

// The zone the wizard proposes: the first carrier group with a known state,
// by its state and its numbers' area codes (empty: no state known yet).
QByteArray proposedTimeZoneId(const PortInRequest &request);

// The zone of a request that has none: proposedTimeZoneId() if its offset
// at requestedPortAt matches, else the state's other zones, else the first
// US zone with that offset on that date; empty when no US zone has it (the
// offset then stays a bare offset). Without a date, proposedTimeZoneId().
QByteArray inferredTimeZoneId(const PortInRequest &request);

// at, shown in customerTimeZone(request) (UTC when the request has neither
// zone nor date).
QDateTime inCustomerTime(const QDateTime &at, const PortInRequest &request);
QDateTime inTimeZone(const QDateTime &at, const QTimeZone &zone);

// "PST" (or "UTC-08:00" when the zone has no abbreviation) of zone at that time.
QString zoneAbbreviation(const QDateTime &at, const QTimeZone &zone);

} // namespace portdesk
