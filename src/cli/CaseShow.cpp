// SPDX-License-Identifier: Apache-2.0
#include "CaseShow.h"

#include "CaseOutput.h"
#include "CliContext.h"
#include "CliInput.h"
#include "CliOutput.h"
#include "CommandCall.h"

#include "core/CaseSecrets.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace portdesk::cli {

namespace {

// The role a reveal is asked in: --as, else the admin on a single-user
// store (who typed the secrets); on a team store the login's, which --as
// may only repeat. Bad usage: the message in *wrong.
Role revealRole(const CliContext &ctx, const CommandCall &call, QString *wrong)
{
    Role role = Role::Admin;
    const bool asGiven = call.isSet("as");
    if (asGiven && (!roleFromString(call.value("as"), &role) || role == Role::System)) {
        *wrong = QCoreApplication::translate("CliApp", "--as must be admin or support.");
        return role;
    }
    const TeamIdentity &team = ctx.store->team();
    if (team.roleFromLogin()) {
        if (asGiven && role != team.role)
            *wrong = QCoreApplication::translate("CliApp",
                "--as %1 contradicts the login: on this team store %2 is %3.")
                         .arg(toString(role), team.login, toString(team.role));
        role = team.role;
    }
    return role;
}

} // namespace

int caseShow(CliContext &ctx, const CommandCall &call)
{
    qint64 id = 0;
    if (call.positional().size() != 1 || !parseId(call.positional().first(), &id))
        return call.usage(QCoreApplication::translate(
            "CliApp", "case show needs a case id (a positive integer)."));
    const bool reveal = call.isSet("reveal");
    if (call.isSet("as") && !reveal)
        return call.usage(QCoreApplication::translate(
            "CliApp", "--as belongs to case show --reveal: the role that reveals."));
    CaseRecord record;
    if (const int status = ctx.openStore())
        return status;
    QString wrong;
    const Role role = revealRole(ctx, call, &wrong);
    if (!wrong.isEmpty())
        return call.usage(wrong);
    if (const int status = ctx.loadCase(id, &record))
        return status;
    QSet<QString> revealed;
    if (reveal) {
        // What the role may reveal is revealed and recorded; the rest stays
        // masked, said on stderr (refused outright when that is everything).
        QList<CaseSecret> permitted;
        Violations withheld;
        for (const CaseSecret &s : CaseSecrets::of(record)) {
            if (CaseSecrets::mayReveal(role, s.field))
                permitted.append(s);
            else
                withheld.append(Violation { s.key(), QStringLiteral("reveal.not-permitted"),
                    CaseSecrets::whyNot(role, s), Violation::Severity::Warning });
        }
        if (permitted.isEmpty() && !withheld.isEmpty()) {
            for (Violation &v : withheld)
                v.severity = Violation::Severity::Error;
            return reportViolations(ctx, withheld);
        }
        if (!permitted.isEmpty()) {
            QList<CaseSecret> shown;
            ChangeResult result = ctx.service->secrets.reveal(id, role, permitted, &shown);
            result.violations += withheld;
            if (const int status = reportResult(ctx, result))
                return status;
            for (const CaseSecret &s : std::as_const(shown))
                revealed.insert(s.key());
            // The case as it is now: its history ends with this reveal.
            if (const int status = ctx.loadCase(id, &record))
                return status;
        }
    }
    if (ctx.json)
        writeJson(ctx.out, caseJson(record, revealed), QJsonDocument::Compact);
    else
        writeCase(ctx.out, record, revealed);
    return Done;
}

} // namespace portdesk::cli
