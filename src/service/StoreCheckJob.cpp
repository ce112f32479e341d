// SPDX-License-Identifier: Apache-2.0
#include "StoreCheckJob.h"

#include "store/Store.h"
#include "store/StoreCheck.h"

#include <QPointer>

namespace portdesk {

StoreCheckJob::StoreCheckJob(const QString &storeUrl, bool everything, QObject *parent)
    : QObject(parent), m_url(storeUrl), m_everything(everything)
{
    qRegisterMetaType<portdesk::StoreStatus>();
}

StoreCheckJob::~StoreCheckJob()
{
    // A check cannot be cut short half-way through a page; the window
    // waits for it (seconds at most) rather than leave a thread running.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool StoreCheckJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void StoreCheckJob::start()
{
    if (isRunning())
        return;
    delete m_thread;
    const QString url = m_url;
    const bool everything = m_everything;
    QPointer<StoreCheckJob> self(this);
    m_thread = QThread::create([url, everything, self] {
        StoreStatus status;
        QString summary;
        {
            // A connection of this thread's own, writing nothing.
            const auto store = Store::open(url, &status, StoreAccess::ReadOnly);
            if (store)
                status = StoreCheck::run(*store,
                    everything ? StoreCheck::Depth::Everything : StoreCheck::Depth::Pages,
                    &summary);
        }
        // Queued to the job's thread; dropped if the job is gone.
        QMetaObject::invokeMethod(
            self.data(),
            [self, status, summary] {
                if (self)
                    Q_EMIT self->finished(status, summary);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace portdesk
