// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace portdesk {

// A mark that this process has a SQLite store open: one small file per open
// store in the user's data folder, PortDesk/sessions (never next to the store, which may be
// on a read-only medium or shared), removed when the store closes. A mark
// left by a process that no longer runs means PortDesk ended with the store
// open (a crash, a kill, a power cut): the next open says so, and the store
// gets its full check.
class StoreSession {
public:
    // leaveMark: false for a store opened read-only (nothing to check after).
    StoreSession(const QString &storePath, bool leaveMark);
    ~StoreSession();
    StoreSession(const StoreSession &) = delete;
    StoreSession &operator=(const StoreSession &) = delete;

    // A PortDesk that had this store open ended without closing it.
    bool previousEndedAbruptly() const { return m_abrupt; }

private:
    QString m_file;
    bool m_abrupt = false;
};

} // namespace portdesk
