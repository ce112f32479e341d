// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QDateTime>

namespace portdesk {

class Services;

// A demo store for a first look: about 30 port-in and port-out cases in every
// state, with change-request rounds, made through the same rules as real
// ones (Services, the state machine) with dates relative to now.
class SampleStore
{
public:
    // Fills an empty store; returns the number of cases made, or -1 with the
    // reason in *error.
    static int populate(Services &service, const QDateTime &now, QString *error);
    // Where `portdesk --sample` keeps it: never the real store.
    static QString defaultPath();
};

} // namespace portdesk
