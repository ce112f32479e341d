// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoaOptions.h"

namespace portdesk {

// The gaining provider the LOAs name, kept in this machine's settings
// (QSettings, shared by the app and portdesk-cli): keys
// "loa/gainingProvider/name", ".../providerId", ".../contact". Nothing set:
// GainingProvider::defaults().
class GainingProviderSettings {
public:
    static GainingProvider load();
    // Saves what differs from nothing; an empty name keeps the default name.
    static void save(const GainingProvider &provider);
    // Back to GainingProvider::defaults().
    static void reset();
};

} // namespace portdesk
