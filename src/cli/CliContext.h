// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"

#include <QTextStream>

#include <memory>

namespace portdesk {

class FixedClock;
class Services;
class Store;

namespace cli {

// The exit status of every command (DESIGN.md's contract).
enum ExitCode { Done = 0, Refused = 1, BadUsage = 2, StoreUnavailable = 3 };

// What one run of portdesk-cli works with: its output streams, the global
// options, and once a command asks for it the open store and its services.
struct CliContext {
    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    QTextStream &out;
    QTextStream &err;
    QString dbUrl;
    bool json = false;
    bool readOnly = false; // --read-only
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<Services> service;

    // Opens the store and applies what the clock has made due (the steps
    // applied go to *applied when given).
    int openStore(QList<AppliedStep> *applied = nullptr);
    // The role a person's command acts in: on a team store a member's
    // login's role, else `chosen` (the command's own, or --as).
    Role actingRole(Role chosen) const;
    // Loads a case, or says why not (no such case: 1; store failure: 3).
    int loadCase(qint64 id, CaseRecord *record);
    // Bad usage (2): the message, then the help.
    int usage(const QString &message, const QString &help);
    // The store failed (3).
    int storeFailure(const QString &message);
};

} // namespace cli
} // namespace portdesk
