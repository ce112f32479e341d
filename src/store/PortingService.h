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
    // Every check of correctPortIn except the LOA signatures, changing
    // nothing: asked before the authorizing person signs the corrected LOAs,
    // so that no signature is made for a correction that is then refused.
    ChangeResult checkCorrection(qint64 caseId, const PortInRequest &corrected, Role role);

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

    // --- inventory ---
    // The inventory, its users and Voice Connectors beyond the single-number
    // calls above (PortingService.cpp). Every change appends the numbers'
    // history (inventory_events) in the same transaction.

    // Filters, sorts and pages (listInventory with InventoryFilter's keyset
    // members); counts for the same filter (limit and cursor ignored).
    int countInventory(const InventoryFilter &filter, StoreStatus *status = nullptr) const;
    InventoryCounts inventoryCounts(StoreStatus *status = nullptr) const;
    // One number (any notation); false when missing or the store failed.
    bool findNumber(const QString &number, InventoryNumber *out, StoreStatus *status = nullptr) const;
    // A number's history, oldest first (kept after the number is purged).
    QList<InventoryEvent> numberHistory(const QString &number, StoreStatus *status = nullptr) const;
    // A history line for people, translated ("Assigned to jane@example.com").
    static QString describe(const InventoryEvent &event);

    // Users (Business Calling): email required, valid and unique (ignoring
    // case); name free text (may be empty). result.id: the user's id.
    ChangeResult addUser(const QString &email, const QString &name);
    ChangeResult editUser(qint64 id, const QString &email, const QString &name);
    // Users whose email or name contains `contains` (ignoring case; empty: all), by email.
    QList<User> listUsers(const QString &contains = QString(), StoreStatus *status = nullptr) const;

    // Voice Connectors: the same rules as createVoiceConnector; delete is
    // refused while numbers are assigned to it (the message gives the count).
    ChangeResult editVoiceConnector(
        qint64 id, const QString &name, const QString &region, bool encryption);
    ChangeResult deleteVoiceConnector(qint64 id);
    bool findVoiceConnector(
        const QString &name, VoiceConnector *out, StoreStatus *status = nullptr) const;

    // Bulk actions on selected numbers (any notation), one transaction each,
    // committed once. ApplyAcceptable (the GUI's multi-selection) changes every
    // acceptable number and reports the refused ones; AllOrNothing changes
    // nothing when any is refused. A refusal of the action as a whole (no
    // such Voice Connector, an invalid email) is in result.violations.
    BulkResult assignSelectedToUser(const QStringList &numbers, const QString &email,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {});
    BulkResult assignSelectedToVoiceConnector(const QStringList &numbers, const QString &name,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {});
    BulkResult unassignSelected(const QStringList &numbers,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {});
    BulkResult deleteSelected(const QStringList &numbers,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {});
    BulkResult restoreSelected(const QStringList &numbers,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {});
    // The end of a port-out (and a shortcut elsewhere): unassigns each number
    // if assigned, then deletes it. A port-out case whose numbers are then
    // all deleted is closed by the clock (tick, which every command and the
    // GUI's refresh run), as DESIGN.md's flow says.
    BulkResult unassignAndDeleteSelected(const QStringList &numbers,
        BulkPolicy policy = BulkPolicy::ApplyAcceptable, const BulkProgress &progress = {});
    // The same for every number of a ported-out port-out case still to
    // delete, all or nothing (refused unless the case is in PortedOut).
    BulkResult finishPortOut(qint64 caseId, const BulkProgress &progress = {});
    // --- end inventory ---

    // --- comments ---
    // A note on a case by role (Admin or Support), signed with author (free
    // text, may be empty). Internal notes are written and read by support
    // only; an empty body is refused. Implemented in PortingServiceComments.cpp.
    ChangeResult addComment(qint64 caseId, Role role, const QString &author, bool internal,
                            const QString &body);
    // The case's comments, oldest first; internal ones only when asked for
    // (support's view).
    QList<CaseComment> listComments(qint64 caseId, bool includeInternal,
                                    StoreStatus *status = nullptr) const;
    // The longest comment accepted, in characters.
    static constexpr int maxCommentLength = 10000;
    // A comment that repeats one of its case's account numbers or PINs as a
    // word of its own is refused (comment.contains-secret); shorter secrets
    // than this are too like everyday numbers to tell.
    static constexpr int minGuardedSecretLength = 4;
    // --- end comments ---

    // --- loa-sign ---
    // Signing the LOAs of a port-in, their versions and the case's
    // attachments (PortingServiceLoa.cpp). Signing and attachments are the
    // admin's; anyone may read them.

    // Signs carrier group carrierIndex's LOA as the case's request stands
    // (or as `pending` would make it: a correction about to be submitted
    // after a change request is signed first). Each signature is a new
    // version (result.id: the version number). Refused on a closed case, for
    // a port-out, without a name or title. `shown`: the LOA content the
    // signer was shown (loaContent); when the request has changed since
    // (another program corrected the case meanwhile), nothing is signed
    // (loa.changed-while-signing).
    ChangeResult signLoa(qint64 caseId, int carrierIndex, const LoaSigner &signer,
        Role actor = Role::Admin, const PortInRequest *pending = nullptr,
        const QJsonObject *shown = nullptr);
    // Every signed version of the case, by carrier group then version.
    QList<LoaVersion> loaVersions(qint64 caseId, StoreStatus *status = nullptr) const;
    // Each carrier group's LOA state against the request as it is now.
    QList<LoaGroupStatus> loaStatus(qint64 caseId, StoreStatus *status = nullptr) const;
    // Why the admin cannot submit the LOAs now: one violation per carrier
    // group that has no version signed within LoaVersion::validityDays showing
    // the request as it is now (rules "loa.unsigned", "loa.expired",
    // "loa.changed"). Empty when every group is signed, and for a port-out.
    // Reads only: safe inside the caller's write transaction.
    Violations loaSubmitBlockers(qint64 caseId, StoreStatus *status = nullptr) const;
    // The same against a request about to be submitted (a correction).
    Violations loaSubmitBlockers(
        qint64 caseId, const PortInRequest &asSubmitted, StoreStatus *status = nullptr) const;
    // What carrier group carrierIndex's LOA shows, as signed: the request-file
    // names of the group's fields plus the request's port date and BTN
    // option; numbers and BTNs in E.164 where they can be read.
    static QJsonObject loaContent(const PortInRequest &request, int carrierIndex);
    // Whether g's signature may go on the LOA of `request`'s group g: signed,
    // current, and for exactly what that letter shows (a request and a status
    // read a moment apart never pair one request with another's signature).
    static bool signatureFits(const LoaGroupStatus &g, const PortInRequest &request);
    // The fields that differ from older to newer, in LOA order; numbers one
    // entry each, removed then added.
    static QList<LoaFieldChange> loaDiff(const QJsonObject &older, const QJsonObject &newer);

    // Attachments: a recent carrier invoice or customer service record, PDF,
    // PNG or JPEG by content, at most attachmentMaxBytes.
    static constexpr qint64 attachmentMaxBytes = 10 * 1024 * 1024;
    // The rules for one file (fileName for the messages and the extension,
    // size in bytes, head: at least its first bytes). Sets *mimeType when
    // accepted.
    static Violations checkAttachment(const QString &fileName, qint64 size, const QByteArray &head,
        QString *mimeType = nullptr);
    ChangeResult addAttachment(qint64 caseId, AttachmentKind kind, const QString &fileName,
        const QByteArray &data, Role actor = Role::Admin);
    // Reads the file (checking its size first) and adds it.
    ChangeResult addAttachmentFile(
        qint64 caseId, AttachmentKind kind, const QString &path, Role actor = Role::Admin);
    // The files attached to the case (removed: those deleted from it, which
    // restoreAttachment attaches again), in the order added.
    QList<CaseAttachment> listAttachments(
        qint64 caseId, StoreStatus *status = nullptr, AttachmentScope scope = AttachmentScope::Attached) const;
    // One attached file's bytes; false when it does not exist, was removed,
    // or the store failed.
    bool loadAttachment(qint64 attachmentId, CaseAttachment *meta, QByteArray *data,
        StoreStatus *status = nullptr) const;
    // Deletes a file from the case: kept, marked removed, restorable (the
    // LOA no longer names it). The admin's, as adding.
    ChangeResult removeAttachment(qint64 caseId, qint64 attachmentId, Role actor = Role::Admin);
    // Restoring is refused once the case is closed (nothing more is attached
    // to it); deleting is not (a wrong file can always be taken off). A
    // deleted file is purged by the clock after deletionQueueDays.
    ChangeResult restoreAttachment(qint64 caseId, qint64 attachmentId, Role actor = Role::Admin);
    // What happened to the case's files, oldest first (kept after a purge).
    QList<CaseFileEvent> listFileEvents(qint64 caseId, StoreStatus *status = nullptr) const;
    // The file names the LOA document lists, in the order added.
    QStringList attachmentNames(qint64 caseId, StoreStatus *status = nullptr) const;
    // --- end loa-sign ---

    // --- case queue ---
    // The case queue (PortingServiceQueue.cpp): read only, every filter and
    // sort in SQL. One page of at most `limit` rows, starting after the row
    // `after` of the previous page (keyset paging; nullptr: the first page);
    // *more tells whether rows follow.
    bool queuePage(const CaseQueueQuery &query, const CaseQueueRow *after, int limit,
        QList<CaseQueueRow> *out, bool *more, StoreStatus *status = nullptr) const;
    // Cases per state under the filter's kind and text (its states and
    // open-only are ignored: the counts are what choosing a state would show).
    bool queueStateCounts(
        const CaseQueueFilter &filter, CaseStateCounts *out, StoreStatus *status = nullptr) const;
    // What the timeline needs of these cases (the rows of a page), read at once.
    bool queueHistories(const QList<qint64> &caseIds, QHash<qint64, CaseQueueHistory> *out,
        StoreStatus *status = nullptr) const;
    // --- end case queue ---

    // --- inventory-gui ---
    // The store this service works on: the GUI's import and export
    // (InventoryExchange) run on the same store.
    Store &store() const { return m_store; }
    // --- end inventory-gui ---

private:
    enum class Correction { Apply, CheckWithoutSignatures };
    ChangeResult correct(qint64 caseId, const PortInRequest &corrected, Role role, Correction mode);
    ChangeResult changeAttachment(qint64 caseId, qint64 attachmentId, Role actor, bool restore);

    Store &m_store;
};

} // namespace portdesk
