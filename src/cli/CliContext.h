// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/ChangeResult.h"

#include <QJsonObject>
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
//
// Under --json what a command says on stderr is gathered (CliDiagnostics)
// and written at the end as one JSON object (diagnostics()): err is then a
// buffer, and terminal the real stderr for prompts.
struct CliContext {
    CliContext(QTextStream &out, QTextStream &err, bool json = false);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

private:
    QString m_gathered; // under --json: what was written to err, not yet an item
    QTextStream m_gatheredStream;
    struct Item {
        enum Kind { Error, Warning, Note, Line } kind;
        Violation violation;
    };
    QList<Item> m_items;
    void takeGathered();

public:
    QTextStream &out;
    QTextStream &err;
    QTextStream &terminal; // the real stderr, even under --json (prompts)
    QString dbUrl;
    const bool json;
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
    // Bad usage (2): the message, then the help (under --json: the message
    // as an error of rule cli.usage on field, e.g. "--db", without the help).
    int usage(const QString &message, const QString &help, const QString &field = QString());
    // The store failed (3): the message (under --json of the status's rule,
    // e.g. store.damaged; store.unavailable for a message alone).
    int storeFailure(const QString &message);
    int storeFailure(const StoreStatus &status);
    // A refusal (1) found by the command line itself: "message [rule]".
    int refuse(const Violation &violation);

    // A rule's verdict on stderr: "field: message [rule]", a warning with
    // "warning: " first; under --json an item of "errors" or "warnings".
    void report(const Violation &violation);
    // A hint after a refusal (the command that would help): a line of its
    // own; under --json an item of "notes".
    void note(const QString &text);
    // Under --json, what goes to stderr at the end of the run: {"exit": N,
    // "errors": [...], "warnings": [...], "notes": [...]}, each item with
    // rule, field and message; empty when the run ended well and said
    // nothing. A line written to err without a rule becomes an item of
    // "errors" (rule cli.refused, cli.usage or store.unavailable by the exit
    // status) or, when the run ended well, of "notes".
    QJsonObject diagnostics(int exitCode);
};

} // namespace cli
} // namespace portdesk
