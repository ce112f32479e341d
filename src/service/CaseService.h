// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseQueue.h"
#include "core/CaseRecord.h"
#include "core/ChangeResult.h"
#include "core/RequestValidator.h"
#include "service/ChangeBasis.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace portdesk {

class Store;

// Cases: submitting a request, each step of the flow, the admin's correction
// after a change request, and reading cases back (one case, the list, the
// queue). Every change runs in one write transaction, checks the core rules
// inside it and appends the case's events; a refusal changes nothing. Times
// come from Clock::now().
class CaseService {
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    explicit CaseService(Store &store) : m_store(store) { }

    ChangeResult submitPortIn(const PortInRequest &request, Role actor = Role::Admin);
    ChangeResult submitPortOut(const PortOutRequest &request, Role actor = Role::Admin);
    // basis: the case's version the person saw (refused with case.changed
    // when the case has changed since) and the action's idempotency key.
    ChangeResult advance(qint64 caseId, CaseEvent event, Role role, const EventArgs &args,
        const ChangeBasis &basis = {});
    // The request's port-in fields named by the last change request, corrected
    // (the rest must be unchanged); validated in full.
    ChangeResult correctPortIn(qint64 caseId, const PortInRequest &corrected, Role role,
        const ChangeBasis &basis = {});
    // Every check of correctPortIn except the LOA signatures, changing
    // nothing: asked before the authorizing person signs the corrected LOAs,
    // so that no signature is made for a correction that is then refused.
    ChangeResult checkCorrection(qint64 caseId, const PortInRequest &corrected, Role role,
        const ChangeBasis &basis = {});

    bool loadCase(qint64 caseId, CaseRecord *out, StoreStatus *status = nullptr) const;
    // The same case rebuilt from its event log alone: what the case row must
    // equal (for checks and repair tools).
    bool loadCaseFromEvents(qint64 caseId, CaseRecord *out, StoreStatus *status = nullptr) const;
    // In id order; limit > 0: the first `limit` only.
    QList<CaseSummary> listCases(
        const CaseState *state = nullptr, StoreStatus *status = nullptr, int limit = 0) const;
    // Validation only, against this store (the wizard and --dry-run).
    Violations checkPortIn(const PortInRequest &request) const;
    // Of these E.164 numbers: those already in the inventory, and those in an
    // open port-in with its case id (the wizard marks each pasted line).
    struct NumbersInUse {
        QSet<QString> inInventory;
        QHash<QString, qint64> inOpenPortIn;
    };
    NumbersInUse numbersInUse(const QStringList &e164, StoreStatus *status = nullptr) const;

    // The case queue: read only, every filter and sort in SQL. One page of at
    // most `limit` rows, starting after the row `after` of the previous page
    // (keyset paging; nullptr: the first page); *more tells whether rows follow.
    bool queuePage(const CaseQueueQuery &query, const CaseQueueRow *after, int limit,
        QList<CaseQueueRow> *out, bool *more, StoreStatus *status = nullptr) const;
    // Cases per state under the filter's kind and text (its states and
    // open-only are ignored: the counts are what choosing a state would show).
    bool queueStateCounts(
        const CaseQueueFilter &filter, CaseStateCounts *out, StoreStatus *status = nullptr) const;

private:
    enum class Correction { Apply, CheckWithoutSignatures };
    ChangeResult correct(qint64 caseId, const PortInRequest &corrected, Role role,
        Correction mode, const ChangeBasis &basis);
    ChangeResult advanceOnce(qint64 caseId, CaseEvent event, Role role, const EventArgs &args,
        const ChangeBasis &basis);
    ChangeResult submitOnce(const std::function<ChangeResult()> &attempt);
    ChangeResult submitPortInOnce(const PortInRequest &request, Role actor);
    ChangeResult submitPortOutOnce(const PortOutRequest &request, Role actor);
    // A change whose first try committed (its answer lost): the case as it is.
    ChangeResult committedChange(qint64 caseId) const;

    Store &m_store;
};

} // namespace portdesk
