// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/PortRequest.h"

class QWidget;

namespace portdesk {

class Services;

// Signing LOAs outside the LOA panel's own Sign button: what a signature's
// outcome shows in the sign dialog, and the signatures a correction needs
// before it is resubmitted.
class LoaSigning {
public:
    // The violations of a signing, with the store's failure as one more.
    static Violations outcome(const ChangeResult &result);
    // Opens the sign dialog for each carrier group whose LOA the correction
    // changes; true when every one is then signed (false: a dialog was
    // cancelled or a signature refused, nothing resubmitted).
    static bool signCorrection(
        Services &service, qint64 caseId, const PortInRequest &corrected, QWidget *parent);
};

} // namespace portdesk
