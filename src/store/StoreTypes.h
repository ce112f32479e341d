#pragma once

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/PortRequest.h"
#include "core/Violation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

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

struct InventoryFilter {
    bool hasStatus = false;
    NumberStatus status = NumberStatus::Unassigned;
    QString prefix; // E.164 prefix, e.g. "+1206"
    QString afterE164; // keyset paging: rows after this number
    int limit = 0; // 0: all
};

struct VoiceConnector {
    qint64 id = 0;
    QString name;
    QString region; // e.g. "us-east-1"
    bool encryption = false;
    QDateTime createdAt;
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
    QString what; // "inventory", "activate", "close", "purge"
    QString detail; // e.g. the purged number
};

} // namespace portdesk
