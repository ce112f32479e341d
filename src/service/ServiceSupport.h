// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

// What every service of src/service shares: how a refusal and a store
// failure are reported, and numbers as the store keeps them. Internal to
// src/service.
namespace portdesk {
class Store;
}

namespace portdesk::service {

inline Violation refusal(const QString &field, const char *rule, const QString &message)
{
    return Violation::error(field, rule, message);
}

// A change that the store could not complete: the status, never passed off
// as done (a failure reported without a reason gets one).
ChangeResult failedWith(const StoreStatus &status);
// "There is no case N." (case.not-found), refused on the field "case".
Violation caseNotFound(qint64 caseId);
ChangeResult refusedWith(qint64 caseId, const Violation &violation);

// A time in a conflict's message ("changed by LOGIN at TIME"): the same
// form everywhere, in UTC so that two people in two zones read the same
// moment: "2026-12-07 14:05:09 UTC".
QString conflictTime(const QDateTime &at);
// Who changed it, as a conflict's message names them: the login, or
// "someone" for a change written before the store recorded logins.
QString conflictLogin(const QString &login);

// One person's change, run once for good: the store's request key is set
// to requestKey (a new UUID when empty) while `attempt` runs (every event
// the change appends records it). On PostgreSQL, when the attempt failed
// because the connection was lost, the store reconnects and looks for the
// key: found, the first try committed and `committed` says how it stands
// (it is not applied again); not found, the attempt runs once more. A store
// that stays unreachable gives the first failure.
ChangeResult runChange(Store &store, const QString &requestKey,
    const std::function<ChangeResult()> &attempt, const std::function<ChangeResult()> &committed);

// The parts of runChange, for a change whose result is not a ChangeResult
// (an import): a new key, the key on the store while a scope lives, and what
// a failed attempt left.
QString newRequestKey();
class RequestKeyScope {
public:
    RequestKeyScope(const Store &store, const QString &key);
    ~RequestKeyScope();
    RequestKeyScope(const RequestKeyScope &) = delete;
    RequestKeyScope &operator=(const RequestKeyScope &) = delete;

private:
    const Store &m_store;
};
enum class AfterFailure {
    Failed, // not a lost PostgreSQL connection, or the store stays unreachable: report it
    Committed, // the connection was lost after the commit reached the server
    TryAgain, // reconnected; the change left no trace: run it once more
};
// Call before the attempt: forgets a loss noted before (not this change's).
void forgetConnectionLoss(Store &store);
// After a failed attempt with `key`: reconnects when the connection was
// lost and looks for the key. *status: why, when the look-up failed (then
// Failed, with a status to report instead of the attempt's).
AfterFailure afterFailure(Store &store, const QString &key, StoreStatus *status);

// Numbers as stored: E.164 (what was typed, trimmed, when it cannot be read)
// and whether each is toll-free, as PhoneNumbers judges them: one source of
// truth for the validator and the store. One checkAll per change, however
// many numbers (about 1.1 million a second).
struct StoredNumbers {
    QStringList e164;
    QList<bool> tollFree;
};
StoredNumbers storedNumbers(const QStringList &typed);
// Lookup keys for numbers as typed: their E.164 form when they can be read.
QStringList numberKeys(const QStringList &typed);
QString numberKey(const QString &typed);
// A number in a message: national notation, as people read it.
QString shown(const QString &e164);

// The status a read reports into: the caller's, cleared first, or one of its
// own when the caller did not ask.
class StatusOut {
public:
    explicit StatusOut(StoreStatus *status) : m_status(status ? status : &m_own)
    {
        *m_status = StoreStatus();
    }
    StatusOut(const StatusOut &) = delete;
    StatusOut &operator=(const StatusOut &) = delete;
    operator StoreStatus *() const { return m_status; }
    StoreStatus &operator*() const { return *m_status; }

private:
    StoreStatus m_own;
    StoreStatus *m_status;
};

// A list read through a repository: `read(&list, status)`. A list cut short
// by a failure is no answer: then empty, with *status saying why.
template<typename T, typename Read>
QList<T> readList(StoreStatus *status, const Read &read)
{
    const StatusOut st(status);
    QList<T> out;
    if (!read(&out, static_cast<StoreStatus *>(st)))
        out.clear();
    return out;
}

} // namespace portdesk::service
