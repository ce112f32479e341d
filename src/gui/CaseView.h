// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/CaseStateMachine.h"
#include "core/PortRequest.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTabWidget;

namespace portdesk {

class CaseActions;
class CaseCommentsSection;
class CaseHistoryModel;
class CaseRequestSection;
class LoaPanel;
class Services;
class TimelineWidget;

// One case: a heading, its state and the painted timeline ("caseTimeline"),
// the steps the current role may take now (CaseActions), and its sections
// ("caseSections"): the request (CaseRequestSection), the history
// (CaseHistoryModel in "caseHistory"), the comments (CaseCommentsSection)
// and the LOAs with the case's files (LoaPanel). This view hosts the parts
// and reads the case for them.
class CaseView : public QWidget {
    Q_OBJECT

public:
    explicit CaseView(Services &service, QWidget *parent = nullptr);
    ~CaseView() override;

    // Admin or Support: which actions show, and whether internal notes do.
    void setRole(Role role);
    Role role() const { return m_role; }

    // Shows this case (0: none).
    void showCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    // Reads the shown case again (the store changed).
    void reload();

    // The name comments are signed with (default: the login name).
    void setAuthorName(const QString &name);
    QString authorName() const;

    // The LOA section's part in the admin's steps, set by whoever hosts both
    // (the LOA panel is another widget): why Submit LOA cannot be taken now
    // (empty: it can) — the button is then disabled with that tooltip; and
    // what runs before a correction is resubmitted (signing the LOAs it
    // changes) — false stops the resubmission, the dialog stays open.
    using SubmitLoaBlocker = std::function<QString(qint64 caseId)>;
    using BeforeResubmit = std::function<bool(qint64 caseId, const PortInRequest &corrected)>;
    void setSubmitLoaBlocker(SubmitLoaBlocker blocker);
    void setBeforeResubmit(BeforeResubmit hook);

    // The case as last read (valid when caseLoaded()).
    bool caseLoaded() const { return m_loaded; }
    const CaseRecord &caseRecord() const { return m_record; }

Q_SIGNALS:
    // An action here changed the case in the store.
    void caseChanged(qint64 caseId);

private:
    void showEmpty(const QString &why);
    void fillHeader();
    void fillTimeline();

    Services &m_service;
    Role m_role = Role::Admin;
    qint64 m_caseId = 0;
    CaseRecord m_record;
    bool m_loaded = false;

    QTabWidget *m_sections = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    TimelineWidget *m_timeline = nullptr;
    CaseActions *m_actions = nullptr;
    CaseRequestSection *m_request = nullptr;
    CaseHistoryModel *m_history = nullptr;
    CaseCommentsSection *m_comments = nullptr;
    LoaPanel *m_loaPanel = nullptr;
};

} // namespace portdesk
