// SPDX-License-Identifier: Apache-2.0
#include "LoaVersion.h"

namespace portdesk {

QString toString(LoaState state)
{
    switch (state) {
    case LoaState::Unsigned:
        return QStringLiteral("unsigned");
    case LoaState::Signed:
        return QStringLiteral("signed");
    case LoaState::Expired:
        return QStringLiteral("expired");
    case LoaState::NeedsResigning:
        return QStringLiteral("needs-resigning");
    }
    return QString();
}

} // namespace portdesk
