// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"

#include <QJsonObject>
#include <QTextStream>

namespace portdesk::cli {

// One case as `case show` writes it, from the record itself: JSON (--json,
// the contract's keys) or text for people. Account numbers, account IDs and
// PINs masked through Secret unless revealed.
QJsonObject caseJson(const CaseRecord &c, bool reveal);
void writeCase(QTextStream &out, const CaseRecord &record, bool reveal);

} // namespace portdesk::cli
