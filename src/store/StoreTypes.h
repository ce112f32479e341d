#pragma once

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/PortRequest.h"
#include "core/Violation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <functional>

namespace portdesk {

// Why a store could not be used. Maps to the CLI's exit status 3.
struct StoreStatus {
    enum class Code { Ok, Unavailable, Damaged, TooNew, Failed };
    Code code = Code::Ok;
    QString message; // translated, names the store (never a secret)

    bool ok() const { return code == Code::Ok; }
};

// The outcome of a change: done, refused by a rule (violations), or the store
// failed (status). A refused change leaves the store as it was.
struct ChangeResult {
    StoreStatus status;
    Violations violations;
    qint64 id = 0; // the new case id for a submit
    CaseState state = CaseState::Submitted; // the case's state afterwards

    bool ok() const { return status.ok() && !hasErrors(violations); }
    bool refused() const { return status.ok() && hasErrors(violations); }
};

struct CaseEventRecord {
    int seq = 0;
    RecordedEvent event;
};

// A case as the store holds it: the row derived from its events.
struct CaseRecord {
    qint64 id = 0;
    CaseKind kind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    ProductType productType = ProductType::BusinessCalling;
    QString adminEmail;
    QString customerName; // first carrier group's customer (port-in)
    QDateTime requestedPortAt; // port-in
    QDateTime focAt; // invalid until set
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList numbers; // E.164, every number of the case
    PortInRequest portIn; // valid for kind == PortIn (request as corrected so far)
    PortOutRequest portOut; // valid for kind == PortOut
    QString portOutAccountId; // after issue-pin
    QString portOutPin; // after issue-pin (secret)
    QList<CaseEventRecord> events;
};

// One line of the case list.
struct CaseSummary {
    qint64 id = 0;
    CaseKind kind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    ProductType productType = ProductType::BusinessCalling;
    QString customerName;
    int numberCount = 0;
    QDateTime focAt;
    QDateTime updatedAt;
};

// Inventory number statuses: the service API's names, plus PortoutInProgress.
enum class NumberStatus {
    PortinInProgress,
    Unassigned,
    Assigned,
    PortoutInProgress,
    DeleteInProgress
};
QString toString(NumberStatus status);
bool numberStatusFromString(const QString &text, NumberStatus *out);

struct InventoryNumber {
    qint64 id = 0;
    QString e164;
    ProductType productType = ProductType::BusinessCalling;
    bool tollFree = false;
    NumberStatus status = NumberStatus::Unassigned;
    QString assignedUser; // email, Business Calling
    QString assignedVoiceConnector; // name, Voice Connector
    QDateTime assignedAt;
    qint64 caseId = 0; // the port-in that brought it (0 if none)
    qint64 portOutCaseId = 0; // an open or finished port-out (0 if none)
    bool portedOut = false; // the port-out is done: unassign and delete
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // DeleteInProgress since

    // "user:EMAIL" / "voice-connector:NAME" or empty.
    QString assignedTo() const;
};

// --- inventory (sort keys) ---
// What the inventory list is ordered by; every order ends with the number,
// so that a page is found by key: (sort value, e164).
enum class InventorySort { Number, Status, ProductType, Created, Updated, Case };
// --- end inventory (sort keys) ---

struct InventoryFilter {
    bool hasStatus = false;
    NumberStatus status = NumberStatus::Unassigned;
    QString prefix; // E.164 prefix, e.g. "+1206" (the service also takes "206", "1 (206)")
    QString afterE164; // keyset paging: rows after this number
    int limit = 0; // 0: all

    // --- inventory (paging and filters) ---
    // Any of these statuses (empty: any). Combined with hasStatus/status
    // when both are set (then the one status must be in the list).
    QList<NumberStatus> statuses;
    bool hasProductType = false;
    ProductType productType = ProductType::BusinessCalling;
    // Part of the assignee, ignoring case: a user's email or name, or a
    // Voice Connector's name. Empty: any (assigned or not).
    QString assignee;
    qint64 caseId = 0; // numbers of this port-in or port-out case (0: any)
    bool portedOutOnly = false; // numbers whose port-out is done

    InventorySort sort = InventorySort::Number;
    bool descending = false;
    // Keyset paging for every sort: with afterE164 set, the rows after
    // (afterKey, afterE164) in the order asked for; with `before` set, the
    // rows before it instead (still returned in the order asked for), for
    // paging back up. afterKey is the last row's sort value
    // (sortKey(row)); unused for InventorySort::Number.
    QVariant afterKey;
    bool before = false;
    // With limit: skip this many rows after the cursor (or before it, with
    // before) first: a jump far into the list. The row landed on is found on
    // the keys alone (index-only for no status or one, and for the number,
    // status, product type, created and updated sorts); then the page is
    // read by key. 0: none.
    int offset = 0;

    // Sets afterKey/afterE164 to continue after (or, with before, before) this row.
    void startAfter(const InventoryNumber &row);
    // The sort value of a row for this filter's sort (what afterKey takes).
    QVariant sortKey(const InventoryNumber &row) const;
    // --- end inventory (paging and filters) ---
};

struct VoiceConnector {
    qint64 id = 0;
    QString name;
    QString region; // e.g. "us-east-1"
    bool encryption = false;
    QDateTime createdAt;
    int numberCount = 0; // --- inventory --- numbers assigned to it (list and find fill it)
};

// A request not yet submitted, kept so that nothing typed is lost.
struct Draft
{
    qint64 id = 0;
    QString kind;            // "port-in" / "port-out"
    QString title;           // e.g. the first customer name and the count of numbers
    QJsonObject content;     // the editor's own JSON (request, page, extras)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;     // updatedAt + retention: pruned by the clock then
    bool expiresSoon = false;   // within the last week before expiresAt
};

// One step applied by the clock.
struct AppliedStep {
    qint64 caseId = 0; // 0 for inventory purges
    QString what; // "inventory", "activate", "close", "purge", "purge-file" (a deleted attachment)
    QString detail; // e.g. the purged number
};

// --- comments ---
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
// --- end comments ---

// --- loa-sign ---
// Signed LOA versions and case attachments (LoaRepository, PortingServiceLoa.cpp).

// Who signs a carrier group's LOA: the authorizing person's typed name and
// title, and the signature they drew, if any (a typed name alone signs too,
// so that keyboard users can sign).
struct LoaSigner {
    QString name;
    QString title;
    QByteArray drawing; // PNG; empty when signed by typed name alone
};

// One signed version of a carrier group's LOA. Versions are only ever added:
// a changed request needs a new version, and the old ones stay as evidence.
struct LoaVersion {
    qint64 id = 0;
    qint64 caseId = 0;
    int carrierIndex = 0; // 0-based carrier group
    int version = 0; // 1, 2, ... per carrier group
    QJsonObject content; // what the LOA showed when signed (PortingService::loaContent)
    LoaSigner signer;
    QDateTime signedAt;

    // An LOA signed more than this many days ago must be signed again.
    static constexpr int validityDays = 90;
    QDateTime expiresAt() const { return signedAt.addDays(validityDays); }
    bool isExpired(const QDateTime &now) const { return expiresAt() < now; }
};

// Where a carrier group's LOA stands, as the submit check sees it.
enum class LoaState {
    Unsigned, // never signed
    Signed, // a version signed within 90 days shows the request as it is now
    Expired, // the version showing the request was signed more than 90 days ago
    NeedsResigning, // signed, but the request changed since (a correction)
};
QString toString(LoaState state); // "unsigned", "signed", "expired", "needs-resigning"

struct LoaGroupStatus {
    int carrierIndex = 0;
    QString carrier; // the group's carrier name (may be empty: "if known")
    LoaState state = LoaState::Unsigned;
    // Signed / Expired: the newest version matching the request;
    // NeedsResigning: the newest version; Unsigned: none (version == 0).
    LoaVersion version;
    QList<LoaVersion> versions; // every version of the group, oldest first
    QJsonObject content; // the LOA content as the request stands now
};

// One difference between two LOA contents, by request-file field name.
struct LoaFieldChange {
    enum class Kind { Changed, Added, Removed };
    QString field; // "accountNumber", "serviceAddress.zip", "numbers"
    Kind kind = Kind::Changed; // Added / Removed: one number each
    QString oldValue; // empty for an added number
    QString newValue; // empty for a removed number
    bool secret = false; // accountNumber, pin: shown masked unless revealed
};

enum class AttachmentKind { CarrierInvoice, CustomerServiceRecord };
QString toString(AttachmentKind kind); // "carrier-invoice", "customer-service-record"
bool attachmentKindFromString(const QString &text, AttachmentKind *out);
QString displayName(AttachmentKind kind); // translated: "Carrier invoice"

// A file kept with a case (its bytes are read separately).
struct CaseAttachment {
    qint64 id = 0;
    qint64 caseId = 0;
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
    QString fileName; // the name without folders
    QString mimeType; // application/pdf, image/png, image/jpeg (from the content)
    qint64 sizeBytes = 0;
    QDateTime addedAt;
    QDateTime removedAt; // deleted from the case (restorable); invalid while it is attached
};

// Which of a case's files a list holds: those attached, those deleted from
// the case (restorable until purged), or both.
enum class AttachmentScope { Attached, Deleted, All };

// One line of a case's file log (case_file_events, append-only): kept after
// the file itself is purged.
struct CaseFileEvent {
    enum class What { Attached, Deleted, Restored, Purged };
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 attachmentId = 0;
    What what = What::Attached;
    QDateTime at;
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
    QString fileName;
};
QString toString(CaseFileEvent::What what); // "attached", "deleted", "restored", "purged"
// --- end loa-sign ---

// --- inventory ---
// A Business Calling user numbers are assigned to: email (unique, stored
// lower case) and a display name.
struct User {
    qint64 id = 0;
    QString email;
    QString name;
    QDateTime createdAt;
    int numberCount = 0; // numbers assigned to the user (listUsers fills it)
};

// One line of a number's history (inventory_events). Kept after a purge.
struct InventoryEvent {
    qint64 id = 0;
    QString e164;
    QDateTime at;
    // "arrived", "activated", "dropped" (port-in cancelled), "assigned",
    // "unassigned", "deleted", "restored", "purged", "port-out" (entered a
    // port-out), "port-out-cancelled", "ported-out", "imported"
    QString what;
    // assigned: "user:EMAIL" / "voice-connector:NAME"; unassigned: what it
    // was assigned to; imported: the file's status; else empty.
    QString detail;
    qint64 caseId = 0; // the case behind the change, if any
};

// Counts of the inventory by status (one indexed scan).
struct InventoryCounts {
    int total = 0;
    QMap<NumberStatus, int> byStatus; // missing: 0
    int portedOut = 0; // of which ported out and not yet deleted
};

// One number a bulk action left as it was, and why.
struct NumberRefusal {
    QString e164; // as stored (or as typed when it cannot be read)
    QString rule; // e.g. "inventory.toll-free-to-user"
    QString reason; // translated
};

// Called during a long bulk action with how far it got; return false to
// cancel (then nothing changes). Called on the caller's thread.
using BulkProgress = std::function<bool(int done, int total)>;

// How a bulk action treats refused numbers.
enum class BulkPolicy {
    ApplyAcceptable, // change every acceptable number, report the refused ones
    AllOrNothing, // any refusal: change nothing, report every refusal
};

// The outcome of a bulk action on selected numbers: one transaction.
struct BulkResult {
    StoreStatus status;
    // Refusals of the action as a whole (nothing selected, no such Voice
    // Connector, an invalid email...): then nothing changed.
    Violations violations;
    QList<NumberRefusal> refused; // numbers left unchanged, in the order given
    int requested = 0; // distinct numbers named
    int changed = 0; // numbers changed
    bool cancelled = false; // the progress callback said stop: nothing changed

    // Done (possibly with some numbers refused under ApplyAcceptable).
    bool ok() const
    {
        return status.ok() && !hasErrors(violations) && !cancelled
            && (changed > 0 || refused.isEmpty());
    }
    bool complete() const { return ok() && refused.isEmpty(); }
};

// One row of an import that was refused.
struct ImportRefusal {
    int row = 0; // 0-based index in "PhoneNumbers" (CSV: data line, 0-based)
    QString e164; // as given in the row
    QString rule;
    QString reason; // translated, names the member
};

struct ImportResult {
    StoreStatus status;
    Violations violations; // the file as a whole (unreadable, wrong shape)
    QList<ImportRefusal> refused; // any refusal: nothing imported
    int rows = 0;
    int imported = 0;
    QStringList usersCreated; // emails
    QStringList voiceConnectorsCreated; // names (only when asked to create them)
    bool cancelled = false;

    bool ok() const
    {
        return status.ok() && !hasErrors(violations) && refused.isEmpty() && !cancelled;
    }
};
// --- end inventory ---

// --- case queue ---
// What the case queue shows: filtered and sorted in SQL, read a page at a time.
struct CaseQueueFilter {
    QList<CaseState> states; // empty: every state
    bool hasKind = false;
    CaseKind kind = CaseKind::PortIn;
    // A number in any notation (a whole one, its start, or 3+ digits of it),
    // a customer, carrier or admin email (part of it, any case), or a case id.
    // Never an account number or PIN: those are not searched.
    QString text;
    bool openOnly = false;

    bool operator==(const CaseQueueFilter &o) const
    {
        return states == o.states && hasKind == o.hasKind && (!hasKind || kind == o.kind)
            && text == o.text && openOnly == o.openOnly;
    }
    bool operator!=(const CaseQueueFilter &o) const { return !(*this == o); }
};

// The columns the queue sorts by, in SQL; ties go by case id, same direction.
// State sorts in the order of the flow (CaseState's order); a case without a
// FOC comes after those with one in both directions; customer ignores ASCII
// case (a port-out, which has no customer, sorts by its admin email).
enum class CaseQueueSort { Id, Kind, Customer, Numbers, State, Foc, Updated };

struct CaseQueueRow {
    qint64 id = 0;
    CaseKind kind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    ProductType productType = ProductType::BusinessCalling;
    QString customerName; // first carrier group's (port-in), else empty
    QString adminEmail;
    int numberCount = 0;
    QDateTime requestedPortAt; // port-in
    QDateTime focAt; // invalid until set
    QDateTime updatedAt;
    QVariant sortKey; // this row's value of the sort key: the next page starts after it

    bool operator==(const CaseQueueRow &o) const
    {
        return id == o.id && kind == o.kind && state == o.state && productType == o.productType
            && customerName == o.customerName && adminEmail == o.adminEmail
            && numberCount == o.numberCount && requestedPortAt == o.requestedPortAt
            && focAt == o.focAt && updatedAt == o.updatedAt;
    }
};

// Cases per state (CaseQueueFilter's kind and text applied).
struct CaseStateCounts {
    QList<int> byState = QList<int>(int(CaseState::Closed) + 1, 0);

    int count(CaseState state) const { return byState.value(int(state)); }
    int total() const
    {
        int sum = 0;
        for (const int n : byState)
            sum += n;
        return sum;
    }
};

// What the queue's next-milestone column needs of a case: its history (the
// event, actor and time, and the FOC a set-foc names; no request, no secrets)
// and the requested port time with the offset the admin gave (the timeline
// counts business days in that zone).
struct CaseQueueHistory {
    QList<RecordedEvent> events;
    QDateTime requestedPortAt; // port-in
};

struct CaseQueueQuery {
    CaseQueueFilter filter;
    CaseQueueSort sort = CaseQueueSort::Id;
    Qt::SortOrder order = Qt::DescendingOrder;
};
// --- end case queue ---

} // namespace portdesk
