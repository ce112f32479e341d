// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/LoaVersion.h"
#include "core/PortRequest.h"
#include "core/Violation.h"

#include <QCoreApplication>

namespace portdesk {

// What an LOA shows and whether a signature still fits it: pure functions
// of a request and its signed versions, shared by signing, the submit check,
// the documents and the views.
class LoaContent {
    Q_DECLARE_TR_FUNCTIONS(LoaContent)

public:
    // What carrier group carrierIndex's LOA shows, as signed: the request-file
    // names of the group's fields plus the request's port date and BTN
    // option; numbers and BTNs in E.164 where they can be read.
    static QJsonObject forGroup(const PortInRequest &request, int carrierIndex);
    // The fields that differ from older to newer, in LOA order; numbers one
    // entry each, removed then added.
    static QList<LoaFieldChange> diff(const QJsonObject &older, const QJsonObject &newer);
    // Whether two contents are the same authorization (numbers compare as a
    // set: the same numbers in another order are the same authorization).
    static bool same(const QJsonObject &a, const QJsonObject &b);
    // Whether g's signature may go on the LOA of `request`'s group g: signed,
    // current, and for exactly what that letter shows (a request and a status
    // read a moment apart never pair one request with another's signature).
    static bool signatureFits(const LoaGroupStatus &g, const PortInRequest &request);
    // Each carrier group's LOA state against the request, from its versions.
    static QList<LoaGroupStatus> statuses(
        const PortInRequest &request, const QList<LoaVersion> &versions, const QDateTime &now);
    // Why the LOAs cannot be submitted now: one violation per carrier group
    // that has no version signed within LoaVersion::validityDays showing the
    // request as it is (rules "loa.unsigned", "loa.expired", "loa.changed").
    static Violations submitBlockers(
        const PortInRequest &request, const QList<LoaVersion> &versions, const QDateTime &now);
    // The request-file names of the fields two contents differ in, in order.
    static QString changedFieldsText(const QJsonObject &older, const QJsonObject &newer);
};

} // namespace portdesk
