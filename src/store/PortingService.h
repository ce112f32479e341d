#pragma once

#include "StoreTypes.h"

#include "core/RequestValidator.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// The flow of DESIGN.md on a store: submits, case steps, the clock, the
// inventory and Voice Connectors. Every change runs in one write transaction,
// checks the core rules inside it, and appends the case's events; a refusal
// changes nothing. Times come from Clock::now().
class PortingService {
    Q_DECLARE_TR_FUNCTIONS(PortingService)

public:
    explicit PortingService(Store &store);

    // Cases
    ChangeResult submitPortIn(const PortInRequest &request, Role actor = Role::Admin);
    ChangeResult submitPortOut(const PortOutRequest &request, Role actor = Role::Admin);
    ChangeResult advance(qint64 caseId, CaseEvent event, Role role, const EventArgs &args);
    // The request's port-in fields named by the last change request, corrected
    // (the rest must be unchanged); validated in full.
    ChangeResult correctPortIn(qint64 caseId, const PortInRequest &corrected, Role role);

    bool loadCase(qint64 caseId, CaseRecord *out, StoreStatus *status = nullptr) const;
    // The same case rebuilt from its event log alone: what the case row must
    // equal (for checks and repair tools).
    bool loadCaseFromEvents(qint64 caseId, CaseRecord *out, StoreStatus *status = nullptr) const;
    QList<CaseSummary> listCases(
        const CaseState *state = nullptr, StoreStatus *status = nullptr) const;
    // Validation only, against this store (the wizard and --dry-run).
    Violations checkPortIn(const PortInRequest &request) const;
    // Of these E.164 numbers: those already in the inventory, and those in an
    // open port-in with its case id (the wizard marks each pasted line).
    struct NumbersInUse
    {
        QSet<QString> inInventory;
        QHash<QString, qint64> inOpenPortIn;
    };
    NumbersInUse numbersInUse(const QStringList &e164, StoreStatus *status = nullptr) const;

    // The clock: every transition that has come due, applied once.
    QList<AppliedStep> tick(StoreStatus *status = nullptr);

    // Inventory
    QList<InventoryNumber> listInventory(
        const InventoryFilter &filter, StoreStatus *status = nullptr) const;
    ChangeResult assignToUser(const QString &e164, const QString &email);
    ChangeResult assignToVoiceConnector(const QString &e164, const QString &name);
    ChangeResult unassign(const QString &e164);
    ChangeResult deleteNumbers(const QStringList &e164); // all or nothing
    ChangeResult restoreNumbers(const QStringList &e164); // all or nothing

    // Voice Connectors
    ChangeResult createVoiceConnector(const QString &name, const QString &region, bool encryption);
    QList<VoiceConnector> listVoiceConnectors(StoreStatus *status = nullptr) const;

    // Drafts: saved on every page change; id 0 makes a new one (result.id).
    ChangeResult saveDraft(qint64 id, const QString &kind, const QString &title,
                           const QJsonObject &content);
    QList<Draft> listDrafts(const QString &kind, StoreStatus *status = nullptr) const;
    bool loadDraft(qint64 id, Draft *out, StoreStatus *status = nullptr) const;
    ChangeResult discardDraft(qint64 id);
    // Drafts untouched this long are pruned by the clock (tick), with a
    // warning shown for the last week.
    static constexpr int draftRetentionDays = 30;
    static constexpr int draftWarningDays = 7;

    // Days a deleted number stays restorable.
    static constexpr int deletionQueueDays = 7;
    // The regions a Voice Connector can be created in; the first is the default.
    static QStringList voiceConnectorRegions();

private:
    Store &m_store;
};

} // namespace portdesk
