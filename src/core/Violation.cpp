// SPDX-License-Identifier: Apache-2.0
#include "Violation.h"

#include <algorithm>

namespace portdesk {

bool hasErrors(const Violations &violations)
{
    return std::any_of(violations.cbegin(), violations.cend(),
                       [](const Violation &v) { return v.isError(); });
}

} // namespace portdesk
