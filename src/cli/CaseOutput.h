// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"

#include <QJsonObject>
#include <QSet>
#include <QTextStream>

namespace portdesk::cli {

// One case as `case show` writes it, from the record itself: JSON (--json,
// the contract's keys) or text for people. Account numbers, account IDs and
// PINs masked through Secret, except those revealed (named by
// CaseSecret::key(): "carriers[0].pin", "portOut.accountId").
QJsonObject caseJson(const CaseRecord &c, const QSet<QString> &revealed);
void writeCase(QTextStream &out, const CaseRecord &record, const QSet<QString> &revealed);

} // namespace portdesk::cli
