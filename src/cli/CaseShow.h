// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace portdesk::cli {

struct CliContext;
class CommandCall;

// case show ID [--reveal [--as ROLE]]: the case, its secrets masked; with
// --reveal those the role may reveal (CaseSecrets), each reveal recorded
// as an event of the case (SecretService) before anything is shown.
int caseShow(CliContext &ctx, const CommandCall &call);

} // namespace portdesk::cli
