#include "CaseView.h"

#include "Dialogs.h"
#include "LoaPanel.h"
#include "LoaSignDialog.h"
#include "MessageLabel.h"
#include "TimelineWidget.h"
#include "actions/ActionDialog.h"
#include "actions/CaseTerms.h"
#include "actions/CorrectRequestDialog.h"
#include "actions/FlowLayout.h"
#include "actions/IssuePinDialog.h"
#include "actions/ReasonDialog.h"
#include "actions/RequestChangeDialog.h"
#include "actions/SetFocDialog.h"

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/BusinessCalendar.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "service/Services.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace portdesk {

namespace {

// Shown instead of a secret: the same length whatever the secret's.
const QString &secretMask()
{
    static const QString text(8, QChar(0x2022));
    return text;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return CaseView::tr("Admin");
    case Role::Support:
        return CaseView::tr("Support");
    case Role::System:
        break;
    }
    return CaseView::tr("Clock");
}

QString shortTime(const QDateTime &at)
{
    return CaseTerms::shortDateTime(QLocale(), at.toLocalTime());
}

QString number(const QString &e164)
{
    const QString shown = PhoneNumbers::formatNational(e164);
    return shown.isEmpty() ? e164 : shown;
}

// Arguments that pass every check about the arguments themselves, so that
// decide() says only whether the role and the case allow the step now.
EventArgs probeArgs(const QDateTime &now)
{
    EventArgs a;
    a.reason = QStringLiteral("-");
    a.fields = { QStringLiteral("accountNumber") };
    a.accountId = QStringLiteral("-");
    a.pin = QStringLiteral("-");
    a.focAt = QDateTime(
        BusinessCalendar::addBusinessDays(now.toUTC().date(), 2), QTime(17, 0), Qt::UTC);
    return a;
}

struct ActionInfo {
    CaseView::Action action;
    const char *text; // button text, with its mnemonic
    const char *help; // tooltip when the action is possible
};

// Button texts and help, in the order the buttons show.
const ActionInfo kActions[] = {
    { CaseView::Action::Portable, QT_TRANSLATE_NOOP("portdesk::CaseView", "&Portable"),
        QT_TRANSLATE_NOOP("portdesk::CaseView", "Record that the numbers can be ported.") },
    { CaseView::Action::NotPortable, QT_TRANSLATE_NOOP("portdesk::CaseView", "&Not portable…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseView", "Record that the numbers cannot be ported, and why.") },
    { CaseView::Action::RequestLoa, QT_TRANSLATE_NOOP("portdesk::CaseView", "Request &LOA"),
        QT_TRANSLATE_NOOP("portdesk::CaseView",
            "Ask the admin to sign and submit an LOA for each carrier group.") },
    { CaseView::Action::Approve, QT_TRANSLATE_NOOP("portdesk::CaseView", "&Approve"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseView", "The carrier confirmed the LOA and approved the port.") },
    { CaseView::Action::RequestChange, QT_TRANSLATE_NOOP("portdesk::CaseView", "Request c&hange…"),
        QT_TRANSLATE_NOOP("portdesk::CaseView",
            "The carrier's records differ: name the fields for the admin to correct.") },
    { CaseView::Action::SetFoc, QT_TRANSLATE_NOOP("portdesk::CaseView", "Set &FOC…"),
        QT_TRANSLATE_NOOP("portdesk::CaseView", "Record the FOC date and time the carrier gave.") },
    { CaseView::Action::IssuePin,
        QT_TRANSLATE_NOOP("portdesk::CaseView", "Issue account ID and P&IN…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseView", "Give the account ID and PIN for the new carrier.") },
    { CaseView::Action::PortedOut, QT_TRANSLATE_NOOP("portdesk::CaseView", "&Mark ported out…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseView", "Record that the numbers have left for the new carrier.") },
    { CaseView::Action::SubmitLoa, QT_TRANSLATE_NOOP("portdesk::CaseView", "&Submit LOA"),
        QT_TRANSLATE_NOOP("portdesk::CaseView", "Submit the signed LOA of every carrier group.") },
    { CaseView::Action::Correct, QT_TRANSLATE_NOOP("portdesk::CaseView", "Correct and &resubmit…"),
        QT_TRANSLATE_NOOP("portdesk::CaseView",
            "Correct the fields the change request named and resubmit the LOA.") },
    { CaseView::Action::ConfirmFoc, QT_TRANSLATE_NOOP("portdesk::CaseView", "&Confirm FOC"),
        QT_TRANSLATE_NOOP("portdesk::CaseView", "Confirm that the FOC date and time work.") },
    { CaseView::Action::RejectFoc,
        QT_TRANSLATE_NOOP("portdesk::CaseView", "Ask for another &date…"),
        QT_TRANSLATE_NOOP("portdesk::CaseView", "The FOC does not work: ask for another date.") },
    { CaseView::Action::Cancel, QT_TRANSLATE_NOOP("portdesk::CaseView", "Canc&el case…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseView", "Stop this port. A reason is asked, then confirmed.") },
};

const ActionInfo &infoOf(CaseView::Action action)
{
    for (const ActionInfo &info : kActions) {
        if (info.action == action)
            return info;
    }
    return kActions[0];
}

QString eventDetails(const RecordedEvent &e, int offset)
{
    const EventArgs &a = e.args;
    QStringList parts;
    switch (e.event) {
    case CaseEvent::Submit:
        parts << CaseView::tr("Request submitted.");
        break;
    case CaseEvent::SubmitLoa:
        if (!a.fields.isEmpty())
            parts << CaseView::tr("Corrected %1 and resubmitted.")
                         .arg(CaseTerms::fieldLabels(a.fields).join(QStringLiteral(", ")));
        break;
    case CaseEvent::RequestChange:
        parts << CaseView::tr("Fields: %1.")
                     .arg(CaseTerms::fieldLabels(a.fields).join(QStringLiteral(", ")));
        break;
    case CaseEvent::SetFoc:
        parts << CaseView::tr("FOC: %1.").arg(CaseTerms::customerTime(a.focAt, offset));
        break;
    case CaseEvent::IssuePin:
        // Never the account ID or PIN themselves: the history is read by
        // anyone with the case open; the request section reveals on demand.
        parts << CaseView::tr("Account ID and PIN issued (shown masked under Request).");
        break;
    case CaseEvent::Inventory:
        parts << CaseView::tr("The numbers are in the inventory, assignable but not live yet.");
        break;
    case CaseEvent::Activate:
        parts << CaseView::tr("The numbers are live.");
        break;
    case CaseEvent::PortedOut:
        parts << CaseView::tr("The numbers left for the new carrier.");
        break;
    case CaseEvent::Close:
        parts << CaseView::tr("Every ported-out number is deleted.");
        break;
    default:
        break;
    }
    if (!a.reason.trimmed().isEmpty())
        parts << CaseView::tr("Reason: %1").arg(CaseTerms::describeReason(a.reason));
    return parts.join(QLatin1Char(' '));
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

CaseView::CaseView(Services &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_sections(new QTabWidget(this))
{
    m_author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));

    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_state = new MessageLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);

    m_timeline = new TimelineWidget(this);
    layout->addWidget(m_timeline);

    buildActions();
    layout->addWidget(m_supportRow);
    layout->addWidget(m_adminRow);
    m_outcome = new MessageLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setAccessibleName(tr("Outcome of the last action"));
    m_outcome->hide();
    layout->addWidget(m_outcome);

    // Request
    m_requestArea = new QScrollArea(this);
    m_requestArea->setWidgetResizable(true);
    m_requestArea->setFrameShape(QFrame::NoFrame);
    m_sections->addTab(m_requestArea, tr("Re&quest"));

    // History
    m_history = new QTableWidget(0, 4, this);
    m_history->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("Step"), tr("Details") });
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_history->setAccessibleName(tr("Case history"));
    // Wrapped details need their rows measured again at the width they get.
    m_history->viewport()->installEventFilter(this);
    m_sections->addTab(m_history, tr("Histor&y"));

    // Comments
    auto *comments = new QWidget(this);
    m_commentsPage = comments;
    auto *commentsLayout = new QVBoxLayout(comments);
    m_thread = new QTextBrowser(comments);
    m_thread->setOpenLinks(false);
    m_thread->setAccessibleName(tr("Comments"));
    commentsLayout->addWidget(m_thread, 1);
    auto *newLabel = new QLabel(tr("Ne&w comment:"), comments);
    m_commentEdit = new QPlainTextEdit(comments);
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setPlaceholderText(tr("Ctrl+Enter posts it"));
    m_commentEdit->setMaximumHeight(m_commentEdit->fontMetrics().height() * 5);
    newLabel->setBuddy(m_commentEdit);
    commentsLayout->addWidget(newLabel);
    commentsLayout->addWidget(m_commentEdit);
    auto *postRow = new QHBoxLayout;
    m_internal = new QCheckBox(tr("Internal note (s&upport only)"), comments);
    m_internal->setToolTip(tr("Only support sees internal notes; the admin never does."));
    m_post = new QPushButton(tr("P&ost comment"), comments);
    postRow->addWidget(m_internal);
    postRow->addStretch();
    postRow->addWidget(m_post);
    commentsLayout->addLayout(postRow);
    m_commentMessage = new MessageLabel(comments);
    m_commentMessage->setWordWrap(true);
    m_commentMessage->setTextFormat(Qt::PlainText);
    m_commentMessage->hide();
    commentsLayout->addWidget(m_commentMessage);
    m_sections->addTab(comments, tr("Commen&ts"));
    connect(m_post, &QPushButton::clicked, this, &CaseView::postComment);
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, m_commentEdit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseView::postComment);
    }

    // The LOAs (signing, versions, PDF, print) and the case's files. Submit
    // LOA waits for a current signature on every carrier group, and a
    // correction is signed before it is resubmitted.
    m_loaPanel = new LoaPanel(m_service, m_sections);
    m_sections->addTab(m_loaPanel, tr("LOAs && files"));
    connect(m_loaPanel, &LoaPanel::caseChanged, this, [this](qint64 caseId) {
        reload();
        Q_EMIT caseChanged(caseId);
    });
    m_submitLoaBlocker = [this](qint64 caseId) {
        QStringList reasons;
        StoreStatus status;
        const Violations blockers = m_service.loas.loaSubmitBlockers(caseId, &status);
        if (!status.ok())
            return status.message;
        for (const Violation &v : blockers)
            reasons << v.message;
        return reasons.join(QLatin1Char('\n'));
    };
    m_beforeResubmit = [this](qint64 caseId, const PortInRequest &corrected) {
        return LoaPanel::signCorrection(m_service, caseId, corrected, this);
    };

    layout->addWidget(m_sections, 1);
    reload();
}

CaseView::~CaseView() = default;

bool CaseView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_history->viewport() && event->type() == QEvent::Resize)
        m_history->resizeRowsToContents();
    return QWidget::eventFilter(watched, event);
}

QList<CaseView::Action> CaseView::actions()
{
    QList<Action> out;
    for (const ActionInfo &info : kActions)
        out << info.action;
    return out;
}

CaseEvent CaseView::eventOf(Action action)
{
    switch (action) {
    case Action::Portable:
        return CaseEvent::Portable;
    case Action::NotPortable:
        return CaseEvent::NotPortable;
    case Action::RequestLoa:
        return CaseEvent::RequestLoa;
    case Action::Approve:
        return CaseEvent::Approve;
    case Action::RequestChange:
        return CaseEvent::RequestChange;
    case Action::SetFoc:
        return CaseEvent::SetFoc;
    case Action::IssuePin:
        return CaseEvent::IssuePin;
    case Action::PortedOut:
        return CaseEvent::PortedOut;
    case Action::SubmitLoa:
    case Action::Correct:
        return CaseEvent::SubmitLoa;
    case Action::ConfirmFoc:
        return CaseEvent::ConfirmFoc;
    case Action::RejectFoc:
        return CaseEvent::RejectFoc;
    case Action::Cancel:
        return CaseEvent::Cancel;
    }
    return CaseEvent::Submit;
}

void CaseView::setSubmitLoaBlocker(SubmitLoaBlocker blocker)
{
    m_submitLoaBlocker = std::move(blocker);
    updateActions();
}

void CaseView::setRole(Role role)
{
    m_role = role;
    m_loaPanel->setRole(role);
    reload();
}

void CaseView::showCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        // Another case: its secrets start masked, its draft comment empty.
        m_revealed.clear();
        m_requestSignature.clear();
        m_commentEdit->clear();
        m_outcome->hide();
        m_commentMessage->hide();
    }
    m_caseId = caseId;
    reload();
}

// ---------------------------------------------------------------------------
// Reading the case

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
    updateActions();
    fillRequest();
    fillHistory();
    fillComments(false);
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
    m_requestSignature.clear();
    m_secretLabels.clear();
    m_revealButtons.clear();
    delete m_requestArea->takeWidget();
    m_history->setRowCount(0);
    m_thread->clear();
    m_comments.clear();
    m_sections->setTabText(m_sections->indexOf(m_commentsPage), tr("Commen&ts"));
    m_sections->setEnabled(false);
    updateActions();
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
        const int offset
            = r.portIn.requestedPortAt.isValid() ? r.portIn.requestedPortAt.offsetFromUtc() : 0;
        line += QLatin1Char(' ') + tr("FOC: %1.").arg(CaseTerms::customerTime(r.focAt, offset));
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
    m_timeline->setMilestones(
        CaseTimeline::build(m_record.kind, history, m_record.portIn.requestedPortAt, now), now);
    m_timeline->show();
}

QWidget *CaseView::secretField(const QString &key, const QString &value, const QString &what)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    if (value.isEmpty()) {
        row->addWidget(valueLabel(tr("not given"), box));
        return box;
    }
    const bool shown = m_revealed.contains(key);
    auto *label = valueLabel(shown ? value : secretMask(), box);
    label->setObjectName(key);
    label->setAccessibleName(shown ? what : tr("%1 (hidden)").arg(what));
    auto *reveal = new QToolButton(box);
    reveal->setCheckable(true);
    reveal->setChecked(shown);
    reveal->setText(shown ? tr("Hide") : tr("Reveal"));
    reveal->setAccessibleName(tr("Reveal the %1").arg(what));
    reveal->setToolTip(tr("Show or hide the %1").arg(what));
    reveal->setFocusPolicy(Qt::StrongFocus);
    connect(reveal, &QToolButton::toggled, this, [this, key, value, what, label, reveal](bool on) {
        if (on)
            m_revealed.insert(key);
        else
            m_revealed.remove(key);
        label->setText(on ? value : secretMask());
        label->setAccessibleName(on ? what : tr("%1 (hidden)").arg(what));
        reveal->setText(on ? tr("Hide") : tr("Reveal"));
    });
    row->addWidget(label);
    row->addWidget(reveal);
    row->addStretch();
    m_secretLabels.insert(key, label);
    m_revealButtons.insert(key, reveal);
    return box;
}

void CaseView::fillRequest()
{
    const CaseRecord &r = m_record;
    // Rebuilt only when the case changed, so that a reload from elsewhere
    // does not throw away the reader's scroll position.
    const QString signature = QStringLiteral("%1/%2/%3")
                                  .arg(r.id)
                                  .arg(r.events.isEmpty() ? 0 : r.events.last().seq)
                                  .arg(r.updatedAt.toMSecsSinceEpoch());
    if (signature == m_requestSignature && m_requestArea->widget())
        return;
    m_requestSignature = signature;
    m_secretLabels.clear();
    m_revealButtons.clear();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    const auto numbersList = [content](const QStringList &numbers) {
        auto *list = new QListWidget(content);
        list->setFlow(QListView::LeftToRight);
        list->setWrapping(true);
        list->setResizeMode(QListView::Adjust);
        list->setUniformItemSizes(true);
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        for (const QString &n : numbers) {
            auto *item = new QListWidgetItem(number(n), list);
            item->setData(Qt::UserRole, n);
        }
        const int lines = std::min<int>(6, std::max<int>(1, int(numbers.size() + 3) / 4));
        list->setMaximumHeight(list->fontMetrics().height() * (lines + 1) + 2 * list->frameWidth()
            + list->fontMetrics().height() / 2);
        list->setAccessibleName(CaseView::tr("%n numbers", nullptr, int(numbers.size())));
        return list;
    };

    if (r.kind == CaseKind::PortIn) {
        const PortInRequest &p = r.portIn;
        const int offset = p.requestedPortAt.isValid() ? p.requestedPortAt.offsetFromUtc() : 0;
        auto *general = new QGroupBox(tr("Port-in request"), content);
        auto *form = new QFormLayout(general);
        form->addRow(tr("Admin email:"), valueLabel(p.adminEmail, general));
        form->addRow(
            tr("Product type:"), valueLabel(CaseTerms::productTypeLabel(p.productType), general));
        if (p.productType == ProductType::VoiceConnector)
            form->addRow(tr("Voice Connector:"), valueLabel(p.voiceConnector, general));
        form->addRow(tr("Requested date:"),
            valueLabel(CaseTerms::customerTime(p.requestedPortAt, offset), general));
        QString btn = CaseTerms::btnOptionLabel(p.btnOption);
        if (p.btnOption == BtnOption::Replace)
            btn = tr("%1: new BTN %2").arg(btn, number(p.newBtn));
        form->addRow(tr("BTN option:"), valueLabel(btn, general));
        if (r.focAt.isValid())
            form->addRow(tr("FOC:"), valueLabel(CaseTerms::customerTime(r.focAt, offset), general));
        layout->addWidget(general);

        for (int i = 0; i < p.carriers.size(); ++i) {
            const CarrierGroup &g = p.carriers.at(i);
            const QString title
                = tr("Carrier group %1 — %2 (%n numbers)", nullptr, int(g.numbers.size()))
                      .arg(i + 1)
                      .arg(g.carrier.isEmpty() ? tr("carrier not given") : g.carrier);
            auto *box = new QGroupBox(title, content);
            auto *groupForm = new QFormLayout(box);
            const QString path = QStringLiteral("carriers[%1].").arg(i);
            groupForm->addRow(
                tr("Carrier:"), valueLabel(g.carrier.isEmpty() ? tr("not given") : g.carrier, box));
            groupForm->addRow(tr("Customer name:"), valueLabel(g.customerName, box));
            const ServiceAddress &a = g.serviceAddress;
            groupForm->addRow(tr("Service address:"),
                valueLabel(tr("%1, %2, %3 %4").arg(a.street, a.city, a.state, a.zip), box));
            groupForm->addRow(tr("BTN:"), valueLabel(number(g.btn), box));
            groupForm->addRow(tr("Authorizing person:"),
                valueLabel(g.authorizingTitle.isEmpty()
                        ? g.authorizingPerson
                        : tr("%1, %2").arg(g.authorizingPerson, g.authorizingTitle),
                    box));
            groupForm->addRow(tr("Account number:"),
                secretField(
                    path + QStringLiteral("accountNumber"), g.accountNumber, tr("account number")));
            groupForm->addRow(
                tr("PIN:"), secretField(path + QStringLiteral("pin"), g.pin, tr("PIN")));
            groupForm->addRow(tr("Numbers:"), numbersList(g.numbers));
            layout->addWidget(box);
        }
    } else {
        const PortOutRequest &p = r.portOut;
        auto *general = new QGroupBox(tr("Port-out request"), content);
        auto *form = new QFormLayout(general);
        form->addRow(tr("Admin email:"), valueLabel(p.adminEmail, general));
        form->addRow(
            tr("Product type:"), valueLabel(CaseTerms::productTypeLabel(p.productType), general));
        form->addRow(tr("Account ID:"),
            r.portOutAccountId.isEmpty()
                ? static_cast<QWidget *>(valueLabel(tr("not issued yet"), general))
                : secretField(
                    QStringLiteral("portOut.accountId"), r.portOutAccountId, tr("account ID")));
        form->addRow(tr("PIN:"),
            r.portOutPin.isEmpty()
                ? static_cast<QWidget *>(valueLabel(tr("not issued yet"), general))
                : secretField(QStringLiteral("portOut.pin"), r.portOutPin, tr("PIN")));
        form->addRow(tr("Numbers:"), numbersList(r.numbers));
        layout->addWidget(general);
    }
    layout->addStretch();
    delete m_requestArea->takeWidget();
    m_requestArea->setWidget(content);
}

void CaseView::fillHistory()
{
    const int offset = m_record.portIn.requestedPortAt.isValid()
        ? m_record.portIn.requestedPortAt.offsetFromUtc()
        : 0;
    struct Line {
        QDateTime at;
        QString who, step, details;
        int group = -1; // a signature's carrier group
    };
    QList<Line> lines;
    lines.reserve(m_record.events.size());
    for (const CaseEventRecord &record : std::as_const(m_record.events)) {
        const RecordedEvent &e = record.event;
        lines.append({ e.at, roleName(e.actor), displayName(e.event), eventDetails(e, offset) });
    }
    // Signed LOA versions and attached files (only the admin signs and
    // attaches) are not steps of the case, but
    // they are part of its story: each goes in at its time, after the steps
    // of the same moment, except that a signature goes before the LOAs'
    // submission it allowed.
    const QString submitLoa = displayName(CaseEvent::SubmitLoa);
    // (A signature goes after the same group's earlier signature and any
    // change request since, even at the same moment: a correction signed on
    // a fixed clock follows the first submission and the change request.)
    const QString requestChange = displayName(CaseEvent::RequestChange);
    const auto insert = [&lines, &submitLoa, &requestChange](Line line, bool signature) {
        qsizetype at = 0;
        if (signature) {
            for (qsizetype i = lines.size() - 1; i >= 0; --i) {
                if (lines.at(i).group == line.group) {
                    // After the earlier signature, and after a change request
                    // that came since (the signature answers it).
                    at = i + 1;
                    for (qsizetype j = at; j < lines.size() && lines.at(j).at <= line.at; ++j) {
                        if (lines.at(j).step == requestChange)
                            at = j + 1;
                    }
                    break;
                }
            }
        }
        while (at < lines.size() && lines.at(at).at <= line.at
            && !(signature && lines.at(at).at == line.at && lines.at(at).step == submitLoa))
            ++at;
        lines.insert(at, std::move(line));
    };
    // Every version ever signed (a group a correction took away included),
    // named with the carrier as that version's LOA showed it.
    StoreStatus status;
    const QList<LoaVersion> versions
        = m_record.kind == CaseKind::PortIn ? m_service.loas.loaVersions(m_caseId, &status) : QList<LoaVersion>();
    for (const LoaVersion &v : versions) {
        const QString carrier = v.content.value(QLatin1String("carrier")).toString().trimmed();
        const QString group = carrier.isEmpty()
            ? tr("Carrier group %1").arg(v.carrierIndex + 1)
            : tr("Carrier group %1 (%2)").arg(v.carrierIndex + 1).arg(carrier);
        const QString signer
            = v.signer.title.isEmpty() ? v.signer.name : tr("%1, %2").arg(v.signer.name, v.signer.title);
        insert({ v.signedAt, roleName(Role::Admin), tr("LOA signed"),
                   tr("%1, version %2, signed by %3").arg(group).arg(v.version).arg(signer), v.carrierIndex },
            true);
    }
    // The file log: kept after a deleted file is purged.
    for (const CaseFileEvent &e : m_service.loas.listFileEvents(m_caseId, &status)) {
        const QString file = tr("%1: %2").arg(displayName(e.kind), e.fileName);
        const bool purged = e.what == CaseFileEvent::What::Purged; // the clock's; the rest the admin's
        QString step = tr("File purged");
        if (e.what == CaseFileEvent::What::Attached)
            step = tr("File attached");
        else if (e.what == CaseFileEvent::What::Deleted)
            step = tr("File deleted");
        else if (e.what == CaseFileEvent::What::Restored)
            step = tr("File restored");
        insert({ e.at, roleName(purged ? Role::System : Role::Admin), step,
                   purged ? tr("%1 (deleted at least %2 days before: gone for good)")
                                .arg(file)
                                .arg(InventoryService::deletionQueueDays)
                          : file },
            false);
    }
    // A store that failed half-way says so at the end, not by a shorter story.
    if (!status.ok())
        lines.append({ Clock::now(), QString(), tr("Not read"), status.message });

    m_history->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const Line &line = lines.at(row);
        const QStringList cells = { shortTime(line.at), line.who, line.step, line.details };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setToolTip(line.at.toLocalTime().toString(Qt::ISODate));
            m_history->setItem(row, column, item);
        }
    }
    m_history->resizeRowsToContents();
}

void CaseView::fillComments(bool force)
{
    const bool support = m_role == Role::Support;
    m_internal->setVisible(support);
    if (!support)
        m_internal->setChecked(false);
    StoreStatus status;
    const QList<CaseComment> comments = m_service.comments.listComments(m_caseId, support, &status);
    if (!status.ok()) {
        m_commentMessage->setText(status.message);
        m_commentMessage->show();
        return;
    }
    bool same = !force && comments.size() == m_comments.size();
    for (int i = 0; same && i < comments.size(); ++i)
        same = comments.at(i).id == m_comments.at(i).id;
    m_comments = comments;
    m_sections->setTabText(m_sections->indexOf(m_commentsPage),
        comments.isEmpty() ? tr("Commen&ts") : tr("Commen&ts (%1)").arg(comments.size()));
    if (same && !m_thread->document()->isEmpty())
        return;

    const QPalette pal = palette();
    QString html;
    if (comments.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("No comments yet.").toHtmlEscaped());
    for (const CaseComment &c : comments) {
        QString who = roleName(c.authorRole);
        if (!c.author.isEmpty())
            who = tr("%1 (%2)").arg(c.author, who);
        html += QStringLiteral("<p><b>%1</b> · %2")
                    .arg(who.toHtmlEscaped(), shortTime(c.createdAt).toHtmlEscaped());
        if (c.internal) {
            html += QStringLiteral(
                " <span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                        .arg(pal.color(QPalette::Highlight).name(),
                            pal.color(QPalette::HighlightedText).name(),
                            tr("Internal").toHtmlEscaped());
        }
        html
            += QStringLiteral("<br/>%1</p>")
                   .arg(c.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    m_thread->setHtml(html);
    m_thread->moveCursor(QTextCursor::End);
}

void CaseView::postComment()
{
    if (!m_loaded)
        return;
    const bool internal = m_role == Role::Support && m_internal->isChecked();
    const ChangeResult result
        = m_service.comments.addComment(m_caseId, m_role, m_author, internal, m_commentEdit->toPlainText());
    if (!result.ok()) {
        QStringList lines;
        if (!result.status.ok())
            lines << result.status.message;
        for (const Violation &v : result.violations)
            lines << v.message;
        m_commentMessage->setText(lines.join(QLatin1Char('\n')));
        QPalette pal = m_commentMessage->palette();
        pal.setColor(QPalette::WindowText, CaseTerms::alertColor(palette()));
        m_commentMessage->setPalette(pal);
        m_commentMessage->show();
        m_commentEdit->setFocus();
        return;
    }
    m_commentMessage->hide();
    m_commentEdit->clear();
    fillComments(true);
}

// ---------------------------------------------------------------------------
// Actions

void CaseView::buildActions()
{
    const auto row = [this](QLabel **caption) {
        auto *widget = new QWidget(this);
        auto *flow = new FlowLayout(widget);
        flow->setContentsMargins(0, 0, 0, 0);
        *caption = new QLabel(widget);
        // As tall as the buttons, the text centred: the caption reads as
        // the start of the row.
        (*caption)->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        (*caption)->setMinimumHeight(QPushButton(widget).sizeHint().height());
        flow->addWidget(*caption);
        return widget;
    };
    m_supportRow = row(&m_supportCaption);
    m_adminRow = row(&m_adminCaption);
    for (const ActionInfo &info : kActions) {
        const bool support = CaseStateMachine::roleFor(eventOf(info.action)) == Role::Support;
        QWidget *owner = support ? m_supportRow : m_adminRow;
        auto *button = new QPushButton(tr(info.text), owner);
        button->setAutoDefault(false);
        button->setObjectName(
            QString::fromLatin1(QMetaEnum::fromType<Action>().valueToKey(int(info.action))));
        owner->layout()->addWidget(button);
        m_buttons.insert(info.action, button);
        const Action action = info.action;
        connect(button, &QPushButton::clicked, this, [this, action] { triggered(action); });
    }
}

void CaseView::updateActions()
{
    // The current role's steps first; the other role's stay visible but
    // disabled, so that everyone sees what the case waits for and from whom.
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    QWidget *top = m_role == Role::Support ? m_supportRow : m_adminRow;
    QWidget *second = top == m_supportRow ? m_adminRow : m_supportRow;
    if (layout->indexOf(top) > layout->indexOf(second)) {
        layout->removeWidget(top);
        layout->insertWidget(layout->indexOf(second), top);
    }
    m_supportCaption->setText(m_role == Role::Support ? tr("Support (you):") : tr("Support:"));
    m_adminCaption->setText(m_role == Role::Admin ? tr("Admin (you):") : tr("Admin:"));

    const QDateTime now = Clock::now();
    const EventArgs probe = probeArgs(now);
    CaseFacts facts;
    facts.kind = m_record.kind;
    facts.state = m_record.state;
    facts.focAt = m_record.focAt;
    const QList<CaseEvent> kindEvents = CaseStateMachine::events(m_record.kind);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const Action action = it.key();
        QPushButton *button = it.value();
        const CaseEvent event = eventOf(action);
        if (!m_loaded) {
            button->setVisible(true);
            button->setEnabled(false);
            button->setToolTip(tr("No case is shown."));
            continue;
        }
        // Steps of the other kind of case are not shown at all.
        button->setVisible(kindEvents.contains(event));
        const Decision d = CaseStateMachine::decide(facts, event, m_role, probe, now);
        QString reason = d.allowed ? QString() : d.reason;
        if (d.allowed && action == Action::SubmitLoa && facts.state == CaseState::ChangeRequested)
            reason
                = tr("The carrier asked for changes: use “Correct and resubmit” to answer them.");
        if (action == Action::Correct && d.rule != QLatin1String("event.wrong-role")
            && facts.state != CaseState::ChangeRequested)
            reason = tr("There is no change request to answer: the case is %1.")
                         .arg(displayName(facts.state));
        if (reason.isEmpty() && action == Action::SubmitLoa && m_submitLoaBlocker)
            reason = m_submitLoaBlocker(m_caseId);
        button->setEnabled(reason.isEmpty());
        button->setToolTip(reason.isEmpty() ? tr(infoOf(action).help) : reason);
        button->setAccessibleDescription(button->toolTip());
    }
    m_supportRow->setEnabled(true);
    m_adminRow->setEnabled(true);
}

void CaseView::done(const QString &message)
{
    QPalette pal = m_outcome->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_outcome->setPalette(pal);
    m_outcome->setText(message);
    m_outcome->setAccessibleDescription(message);
    m_outcome->show();
    const qint64 id = m_caseId;
    reload();
    Q_EMIT caseChanged(id);
}

void CaseView::refused(const QStringList &messages)
{
    QPalette pal = m_outcome->palette();
    pal.setColor(QPalette::WindowText, CaseTerms::alertColor(palette()));
    m_outcome->setPalette(pal);
    m_outcome->setText(tr("Not done: %1").arg(messages.join(QLatin1Char(' '))));
    m_outcome->setAccessibleDescription(m_outcome->text());
    m_outcome->show();
    // The case may have moved on elsewhere: show it as it is now.
    reload();
}

ActionOutcome CaseView::advance(CaseEvent event, const EventArgs &args)
{
    ActionOutcome outcome;
    const ChangeResult result = m_service.cases.advance(m_caseId, event, m_role, args);
    if (result.ok()) {
        outcome.done = true;
        done(
            tr("Done: %1. The case is now %2.").arg(displayName(event), displayName(result.state)));
        return outcome;
    }
    outcome.violations = result.violations;
    if (!result.status.ok())
        outcome.violations.append(Violation { QStringLiteral("store"),
            QStringLiteral("store.failed"), result.status.message, Violation::Severity::Error });
    return outcome;
}

void CaseView::perform(CaseEvent event, const EventArgs &args)
{
    const ActionOutcome outcome = advance(event, args);
    if (!outcome.done) {
        QStringList messages;
        for (const Violation &v : outcome.violations)
            messages << v.message;
        refused(messages);
    }
}

ActionOutcome CaseView::correct(const CorrectRequestDialog &dialog)
{
    ActionOutcome outcome;
    if (!dialog.changed()
        && Dialogs::question(this, tr("Resubmit unchanged?"),
               tr("None of the fields the carrier named has changed. Resubmit the "
                  "LOA as it is?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return outcome;
    const PortInRequest corrected = dialog.correctedRequest();
    // Signatures are asked for a correction that passes every other check
    // only: a refused correction must leave no signed LOA behind.
    const ChangeResult checked = m_service.cases.checkCorrection(m_caseId, corrected, m_role);
    if (!checked.ok()) {
        outcome.violations = checked.violations;
        if (!checked.status.ok())
            outcome.violations.append(Violation { QStringLiteral("store"),
                QStringLiteral("store.failed"), checked.status.message,
                Violation::Severity::Error });
        return outcome;
    }
    if (m_beforeResubmit && !m_beforeResubmit(m_caseId, corrected))
        return outcome;
    const ChangeResult result = m_service.cases.correctPortIn(m_caseId, corrected, m_role);
    if (result.ok()) {
        outcome.done = true;
        done(tr("Done: the corrected LOA is resubmitted. The case is now %1.")
                 .arg(displayName(result.state)));
        return outcome;
    }
    outcome.violations = result.violations;
    if (!result.status.ok())
        outcome.violations.append(Violation { QStringLiteral("store"),
            QStringLiteral("store.failed"), result.status.message, Violation::Severity::Error });
    return outcome;
}

void CaseView::openDialog(ActionDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void CaseView::triggered(Action action)
{
    if (!m_loaded)
        return;
    const QPushButton *button = m_buttons.value(action);
    if (!button || !button->isEnabled())
        return;
    m_outcome->hide();
    switch (action) {
    case Action::Portable:
    case Action::RequestLoa:
    case Action::Approve:
    case Action::SubmitLoa:
    case Action::ConfirmFoc:
        perform(eventOf(action), EventArgs());
        return;
    case Action::PortedOut:
        if (Dialogs::question(this, tr("Mark ported out"),
                tr("Have the numbers of case %1 left for the new carrier? They are "
                   "then to be unassigned and deleted from the inventory; this "
                   "cannot be undone.")
                    .arg(m_caseId),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            perform(CaseEvent::PortedOut, EventArgs());
        return;
    case Action::NotPortable: {
        auto *dialog = new ReasonDialog(tr("Not portable"),
            tr("The numbers of case %1 cannot be ported. The admin "
               "reads the reason; the case ends here.")
                .arg(m_caseId),
            tr("&Reason:"), tr("&Not portable"), true, this);
        dialog->setSubmitter([this, dialog] {
            EventArgs args;
            args.reason = dialog->reason();
            return advance(CaseEvent::NotPortable, args);
        });
        openDialog(dialog);
        return;
    }
    case Action::RejectFoc: {
        auto *dialog = new ReasonDialog(tr("Ask for another FOC date"),
            tr("The FOC %1 does not work. Support asks the carrier "
               "for another date.")
                .arg(CaseTerms::customerTime(
                    m_record.focAt, m_record.portIn.requestedPortAt.offsetFromUtc())),
            tr("&Which dates work:"), tr("&Ask for another date"), false, this);
        dialog->setSubmitter([this, dialog] {
            EventArgs args;
            args.reason = dialog->reason();
            return advance(CaseEvent::RejectFoc, args);
        });
        openDialog(dialog);
        return;
    }
    case Action::Cancel: {
        const bool portIn = m_record.kind == CaseKind::PortIn;
        auto *dialog = new ReasonDialog(tr("Cancel the case"),
            portIn ? tr("Stop the port of case %1. The numbers stay "
                        "with the current carrier.")
                         .arg(m_caseId)
                   : tr("Stop the port-out of case %1. The numbers "
                        "stay in the inventory.")
                         .arg(m_caseId),
            tr("&Reason:"), tr("Cancel the &case"), true, this);
        dialog->setCancelText(tr("&Keep the case"));
        dialog->setSubmitter([this, dialog] {
            if (Dialogs::question(this, tr("Cancel the case"),
                    tr("Cancel case %1? This cannot be undone.").arg(m_caseId),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
                return ActionOutcome();
            EventArgs args;
            args.reason = dialog->reason();
            return advance(CaseEvent::Cancel, args);
        });
        openDialog(dialog);
        return;
    }
    case Action::RequestChange: {
        auto *dialog = new RequestChangeDialog(m_record.portIn, this);
        dialog->setSubmitter([this, dialog] {
            EventArgs args;
            args.fields = dialog->fields();
            args.reason = dialog->reason();
            return advance(CaseEvent::RequestChange, args);
        });
        openDialog(dialog);
        return;
    }
    case Action::SetFoc: {
        const QDateTime requested = m_record.portIn.requestedPortAt;
        auto *dialog = new SetFocDialog(SetFocDialog::suggestion(requested, Clock::now()),
            requested.isValid() ? requested.offsetFromUtc() : 0, this);
        dialog->setSubmitter([this, dialog] {
            EventArgs args;
            args.focAt = dialog->focAt();
            return advance(CaseEvent::SetFoc, args);
        });
        openDialog(dialog);
        return;
    }
    case Action::IssuePin: {
        auto *dialog = new IssuePinDialog(this);
        dialog->setSubmitter([this, dialog] {
            EventArgs args;
            args.accountId = dialog->accountId();
            args.pin = dialog->pin();
            return advance(CaseEvent::IssuePin, args);
        });
        openDialog(dialog);
        return;
    }
    case Action::Correct: {
        // The fields and reason of the change request being answered: the last one.
        QStringList fields;
        QString reason;
        for (auto it = m_record.events.crbegin(); it != m_record.events.crend(); ++it) {
            if (it->event.event == CaseEvent::RequestChange) {
                fields = it->event.args.fields;
                reason = it->event.args.reason;
                break;
            }
        }
        auto *dialog = new CorrectRequestDialog(m_record.portIn, fields, reason, this);
        dialog->setSubmitter([this, dialog] { return correct(*dialog); });
        openDialog(dialog);
        return;
    }
    }
}

// ---------------------------------------------------------------------------
// For tests and screen readers

QLabel *CaseView::secretLabel(const QString &key) const
{
    return m_secretLabels.value(key);
}

QAbstractButton *CaseView::revealButton(const QString &key) const
{
    return m_revealButtons.value(key);
}

QString CaseView::headingText() const
{
    return m_heading->text();
}

QString CaseView::stateText() const
{
    return m_state->text();
}

QString CaseView::outcomeText() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

QString CaseView::requestText() const
{
    QStringList texts;
    if (QWidget *content = m_requestArea->widget()) {
        const QList<QLabel *> labels = content->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts << label->text();
        const QList<QListWidget *> lists = content->findChildren<QListWidget *>();
        for (const QListWidget *list : lists) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        }
        const QList<QGroupBox *> boxes = content->findChildren<QGroupBox *>();
        for (const QGroupBox *box : boxes)
            texts << box->title();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace portdesk
