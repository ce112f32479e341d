// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace portdesk {

// Settings' Test connection: opens a store read-only, reads what it is and
// closes it again, writing nothing. Blocking (a server that does not answer
// takes up to its connect timeout): run it off the GUI thread.
struct StoreProbe {
    Q_DECLARE_TR_FUNCTIONS(StoreProbe)

public:
    bool ok = false;
    // "Connected: schema 16, team store as alice", or what is wrong, naming
    // the store without its password.
    QString message;

    static StoreProbe run(const QString &url);
    // What is wrong with the form of url (empty: nothing); nothing opened.
    static QString addressProblem(const QString &url);
    // The store schema this PortDesk writes (and upgrades older stores to).
    static int schemaVersionWritten();
};

} // namespace portdesk
