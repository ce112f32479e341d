// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"
#include "core/Draft.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// Requests not yet submitted, kept so that nothing typed is lost: saved on
// every page change of an editor, pruned by the clock when left untouched.
class DraftService {
    Q_DECLARE_TR_FUNCTIONS(DraftService)

public:
    explicit DraftService(Store &store) : m_store(store) { }

    // id 0 makes a new one (result.id).
    ChangeResult saveDraft(qint64 id, const QString &kind, const QString &title,
                           const QJsonObject &content);
    QList<Draft> listDrafts(const QString &kind, StoreStatus *status = nullptr) const;
    bool loadDraft(qint64 id, Draft *out, StoreStatus *status = nullptr) const;
    ChangeResult discardDraft(qint64 id);

    // Drafts untouched this long are pruned by the clock (ClockService), with
    // a warning shown for the last week.
    static constexpr int draftRetentionDays = 30;
    static constexpr int draftWarningDays = 7;

private:
    Store &m_store;
};

} // namespace portdesk
