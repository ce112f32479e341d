// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"

#include <QDateTime>
#include <QString>

namespace portdesk {

// A note on a case. Public notes are read by both roles; internal notes are
// support's own and never shown to the admin. Comments are not case events:
// they do not change the case's state and are not part of its event log.
struct CaseComment
{
    qint64 id = 0;
    qint64 caseId = 0;
    Role authorRole = Role::Admin;
    QString author;          // who wrote it, as the writer gave it (may be empty)
    bool internal = false;   // support only
    QString body;
    QDateTime createdAt;
};

} // namespace portdesk
