// SPDX-License-Identifier: Apache-2.0
#include "CaseView.h"
#include "TabKeys.h"

#include "core/CustomerTime.h"

#include "LoaPanel.h"
#include "LoaSignDialog.h" // LoaPanel's dialog pointers need the whole types
#include "MessageLabel.h"
#include "TimelineWidget.h"
#include "caseview/CaseActions.h"
#include "caseview/CaseCommentsSection.h"
#include "caseview/CaseHistoryView.h"
#include "caseview/CaseRequestSection.h"
#include "models/CaseHistoryModel.h"
#include "models/CaseTerms.h"

#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "core/Violation.h"
#include "service/Services.h"

#include <QDialog>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace portdesk {

CaseView::CaseView(Services &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_sections(new QTabWidget(this))
{
    m_sections->setObjectName(QStringLiteral("caseSections"));
    installTabKeys(m_sections); // Ctrl+PgDn / Ctrl+PgUp
    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_state = new MessageLabel(this);
    m_state->setObjectName(QStringLiteral("caseState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);

    m_timeline = new TimelineWidget(this);
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    layout->addWidget(m_timeline);

    m_actions = new CaseActions(m_service, this);
    m_actions->setObjectName(QStringLiteral("caseActions"));
    layout->addWidget(m_actions);
    // A step taken: the case as it is now, then everyone else is told.
    connect(m_actions, &CaseActions::caseChanged, this, [this](qint64 caseId) {
        reload();
        Q_EMIT caseChanged(caseId);
    });
    connect(m_actions, &CaseActions::caseMayHaveMoved, this, &CaseView::reload);

    m_request = new CaseRequestSection(this);
    m_sections->addTab(m_request, tr("Re&quest"));
    // Every reveal is recorded before the secret shows; the history and
    // everyone else learn of it once the click is handled (the request is
    // rebuilt then, not under the toggle being clicked).
    m_request->setRevealHook([this](const CaseSecret &secret, QString *why) {
        const ChangeResult result = m_service.secrets.reveal(m_caseId, m_role, { secret });
        if (!result.ok()) {
            QStringList reasons;
            for (const Violation &v : result.violations)
                reasons << v.message;
            *why = result.status.ok() ? reasons.join(QLatin1Char('\n')) : result.status.message;
            return false;
        }
        const qint64 caseId = m_caseId;
        QMetaObject::invokeMethod(
            this,
            [this, caseId]() {
                reload();
                Q_EMIT caseChanged(caseId);
            },
            Qt::QueuedConnection);
        return true;
    });

    m_history = new CaseHistoryModel(m_service, this);
    m_sections->addTab(new CaseHistoryView(m_history, this), tr("Histor&y"));

    m_comments = new CaseCommentsSection(m_service, this);
    m_comments->setAuthorName(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_sections->addTab(m_comments, CaseCommentsSection::title(0));
    connect(m_comments, &CaseCommentsSection::countChanged, this, [this](int count) {
        m_sections->setTabText(m_sections->indexOf(m_comments), CaseCommentsSection::title(count));
    });

    // The LOAs (signing, versions, PDF, print) and the case's files. Submit
    // LOA waits for a current signature on every carrier group, and a
    // correction is signed before it is resubmitted.
    m_loaPanel = new LoaPanel(m_service, m_sections);
    m_sections->addTab(m_loaPanel, tr("LOAs && files"));
    connect(m_loaPanel, &LoaPanel::caseChanged, this, [this](qint64 caseId) {
        reload();
        Q_EMIT caseChanged(caseId);
    });
    m_actions->setSubmitLoaBlocker([this](qint64 caseId) {
        QStringList reasons;
        StoreStatus status;
        const Violations blockers = m_service.loas.loaSubmitBlockers(caseId, &status);
        if (!status.ok())
            return status.message;
        for (const Violation &v : blockers)
            reasons << v.message;
        return reasons.join(QLatin1Char('\n'));
    });
    m_actions->setBeforeResubmit([this](qint64 caseId, const PortInRequest &corrected) {
        // The letters show only the numbers still porting.
        return LoaPanel::signCorrection(
            m_service, caseId, withoutRejected(corrected, m_record.rejectedNumbers()), this);
    });

    layout->addWidget(m_sections, 1);
    reload();
}

CaseView::~CaseView() = default;

void CaseView::setAuthorName(const QString &name)
{
    m_comments->setAuthorName(name);
}

QString CaseView::authorName() const
{
    return m_comments->authorName();
}

void CaseView::setSubmitLoaBlocker(SubmitLoaBlocker blocker)
{
    m_actions->setSubmitLoaBlocker(std::move(blocker));
}

void CaseView::setBeforeResubmit(BeforeResubmit hook)
{
    m_actions->setBeforeResubmit(std::move(hook));
}

void CaseView::setRole(Role role)
{
    m_role = role;
    m_loaPanel->setRole(role);
    m_actions->setRole(role);
    m_request->setRole(role);
    m_comments->setRole(role);
    reload();
}

void CaseView::showCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        // Another case: its secrets start masked, its draft comment empty.
        m_request->startOver();
        m_comments->startOver();
        m_actions->hideOutcome();
    }
    m_caseId = caseId;
    reload();
}

void CaseView::reload()
{
    if (m_caseId == 0) {
        m_loaPanel->showCase(qint64(0));
        showEmpty(tr("No case selected."));
        return;
    }
    StoreStatus status;
    CaseRecord record;
    if (!m_service.cases.loadCase(m_caseId, &record, &status)) {
        m_loaPanel->showCase(m_caseId); // says why, in its own words
        showEmpty(status.ok()
                ? tr("There is no case %1.").arg(m_caseId)
                : tr("Case %1 could not be read: %2").arg(m_caseId).arg(status.message));
        return;
    }
    m_record = record;
    m_loaded = true;
    // The LOA section works on the same reading of the case.
    m_loaPanel->showCase(m_record);
    fillHeader();
    fillTimeline();
    m_actions->showCase(m_record);
    m_request->showCase(m_record);
    m_history->showCase(m_record);
    m_comments->showCase(m_caseId);
}

void CaseView::showEmpty(const QString &why)
{
    m_loaded = false;
    m_record = CaseRecord();
    m_heading->setText(why);
    m_state->clear();
    m_state->hide();
    m_timeline->clear();
    m_timeline->hide();
    m_request->clear();
    m_history->clear();
    m_comments->clear();
    m_sections->setEnabled(false);
    m_actions->showNoCase(m_caseId);
}

void CaseView::fillHeader()
{
    const CaseRecord &r = m_record;
    if (r.kind == CaseKind::PortIn)
        m_heading->setText(tr("Port-in %1 — %2").arg(r.id).arg(r.customerName));
    else
        m_heading->setText(tr("Port-out %1 — %2").arg(r.id).arg(r.adminEmail));
    QString line = CaseStateMachine::isTerminal(r.state)
        ? tr("%1 (order status %2). The case is finished.")
              .arg(displayName(r.state), orderStatus(r.state))
        : tr("%1 (order status %2). Waiting for %3.")
              .arg(displayName(r.state), orderStatus(r.state),
                  CaseStateMachine::waitingFor(r.kind, r.state));
    if (r.focAt.isValid()) {
        line += QLatin1Char(' ')
            + tr("FOC: %1.").arg(CaseTerms::customerTime(r.focAt, customerTimeZone(r.portIn)));
    }
    m_state->setText(line);
    m_state->show();
    m_sections->setEnabled(true);
}

void CaseView::fillTimeline()
{
    QList<RecordedEvent> history;
    history.reserve(m_record.events.size());
    for (const CaseEventRecord &e : std::as_const(m_record.events))
        history << e.event;
    const QDateTime now = Clock::now();
    m_timeline->setTimeZone(m_record.kind == CaseKind::PortIn ? customerTimeZone(m_record.portIn)
                                                              : QTimeZone::systemTimeZone());
    m_timeline->setMilestones(
        CaseTimeline::build(m_record.kind, history, m_record.portIn.requestedPortAt, now), now);
    m_timeline->show();
}

} // namespace portdesk
