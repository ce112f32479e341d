// SPDX-License-Identifier: Apache-2.0
#include "Transaction.h"

#include "SqlDialect.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QSqlDatabase>

namespace portdesk {

using sql::changeChannel;
using sql::run;

WriteTransaction::WriteTransaction(const Store &store) : m_store(store) { }

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::begin(StoreStatus *status)
{
    if (!m_store.damage().ok()) {
        if (status && status->ok())
            *status = m_store.damage();
        return false;
    }
    if (m_store.isReadOnly()) {
        if (status && status->ok()) {
            status->code = StoreStatus::Code::ReadOnly;
            status->message = Store::tr("The store %1 is open read-only (%2): nothing was "
                                        "changed.")
                                  .arg(m_store.displayName(), m_store.readOnlyReason());
        }
        return false;
    }
    if (m_store.writeInProgress()) {
        // Something ran while a change was being written (an event loop
        // inside a long change): refused, the change in progress goes on.
        if (status && status->ok()) {
            status->code = StoreStatus::Code::Unavailable;
            status->message = Store::tr("The store %1 is busy with another change of this "
                                        "program; try again when it is done.")
                                  .arg(m_store.displayName());
        }
        return false;
    }
    const QStringList statements = m_store.dialect().beginWrite();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!run(m_store, statements.at(i), status)) {
            if (i > 0)
                run(m_store, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    m_active = true;
    m_store.setWriteInProgress(true);
    return true;
}

bool WriteTransaction::commit(StoreStatus *status)
{
    if (!m_active)
        return false;
    // Other PortDesks on a PostgreSQL store hear of the change (StoreWatcher);
    // delivered at the commit, dropped with a rollback. SQLite needs nothing:
    // its readers see PRAGMA data_version move.
    if (m_store.isPostgres()
        && !run(m_store, QStringLiteral("NOTIFY ") + QLatin1String(changeChannel), status)) {
        rollback();
        return false;
    }
    if (Store::testHooks().beforeCommit)
        Store::testHooks().beforeCommit(m_store);
    if (!run(m_store, QStringLiteral("COMMIT"), status)) {
        rollback();
        return false;
    }
    m_active = false;
    m_store.setWriteInProgress(false);
    if (Store::testHooks().afterCommit && Store::testHooks().afterCommit(m_store)) {
        // The commit's answer lost on its way (a test's cut): the caller
        // cannot tell that it committed.
        if (m_store.isPostgres())
            m_store.noteConnectionLost();
        if (status && status->ok()) {
            status->code = StoreStatus::Code::Unavailable;
            status->message = Store::tr("The store %1 cannot be reached: the connection was "
                                        "lost.")
                                  .arg(m_store.displayName());
        }
        return false;
    }
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_store.setWriteInProgress(false);
    run(m_store, QStringLiteral("ROLLBACK"), nullptr);
}

ReadTransaction::ReadTransaction(const Store &store) : m_store(store)
{
    QSqlDatabase db = m_store.database();
    m_active = db.transaction();
    if (m_active && m_store.isPostgres())
        run(m_store, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"), nullptr);
}

ReadTransaction::~ReadTransaction()
{
    if (m_active)
        m_store.database().rollback();
}

} // namespace portdesk
