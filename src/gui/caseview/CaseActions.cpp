// SPDX-License-Identifier: Apache-2.0
#include "CaseActions.h"

#include "core/CustomerTime.h"

#include "Dialogs.h"
#include "MessageLabel.h"
#include "actions/ActionDialog.h"
#include "actions/CorrectRequestDialog.h"
#include "actions/FlowLayout.h"
#include "actions/IssuePinDialog.h"
#include "actions/ReasonDialog.h"
#include "actions/RejectNumbersDialog.h"
#include "actions/RequestChangeDialog.h"
#include "actions/SetFocDialog.h"
#include "models/CaseTerms.h"

#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Violation.h"
#include "service/Services.h"

#include <QLabel>
#include <QMetaEnum>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace portdesk {

namespace {

// Arguments that pass every check about the arguments themselves, so that
// decide() says only whether the role and the case allow the step now.
EventArgs probeArgs(const QDateTime &now)
{
    EventArgs a;
    a.reason = QStringLiteral("-");
    a.fields = { QStringLiteral("accountNumber") };
    a.accountId = QStringLiteral("-");
    a.pin = QStringLiteral("480916"); // passes PortOutPin::check; never sent
    a.focAt = QDateTime(
        BusinessCalendar::addBusinessDays(now.toUTC().date(), 2), QTime(17, 0), Qt::UTC);
    return a;
}

struct ActionInfo {
    CaseActions::Action action;
    const char *text; // button text, with its mnemonic
    const char *help; // tooltip when the action is possible
};

// Button texts and help, in the order the buttons show.
const ActionInfo kActions[] = {
    { CaseActions::Action::Portable, QT_TRANSLATE_NOOP("portdesk::CaseActions", "&Portable"),
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "Record that the numbers can be ported.") },
    { CaseActions::Action::NotPortable,
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "&Not portable…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseActions", "Record that the numbers cannot be ported, and why.") },
    { CaseActions::Action::RequestLoa, QT_TRANSLATE_NOOP("portdesk::CaseActions", "Request &LOA"),
        QT_TRANSLATE_NOOP("portdesk::CaseActions",
            "Ask the admin to sign and submit an LOA for each carrier group.") },
    { CaseActions::Action::Approve, QT_TRANSLATE_NOOP("portdesk::CaseActions", "&Approve"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseActions", "The carrier confirmed the LOA and approved the port.") },
    { CaseActions::Action::RequestChange,
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "Request chan&ge…"),
        QT_TRANSLATE_NOOP("portdesk::CaseActions",
            "The carrier's records differ: name the fields for the admin to correct.") },
    { CaseActions::Action::RejectNumbers,
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "Re&ject numbers…"),
        QT_TRANSLATE_NOOP("portdesk::CaseActions",
            "The carrier rejected some numbers: say which and why; the rest go on.") },
    { CaseActions::Action::SetFoc, QT_TRANSLATE_NOOP("portdesk::CaseActions", "Set FO&C…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseActions", "Record the FOC date and time the carrier gave.") },
    { CaseActions::Action::IssuePin,
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "Issue account ID and P&IN…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseActions", "Give the account ID and PIN for the new carrier.") },
    { CaseActions::Action::PortedOut,
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "&Mark ported out…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseActions", "Record that the numbers have left for the new carrier.") },
    { CaseActions::Action::SubmitLoa, QT_TRANSLATE_NOOP("portdesk::CaseActions", "&Submit LOA"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseActions", "Submit the signed LOA of every carrier group.") },
    { CaseActions::Action::Correct,
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "Correct an&d resubmit…"),
        QT_TRANSLATE_NOOP("portdesk::CaseActions",
            "Correct the fields the change request named and resubmit the LOA.") },
    { CaseActions::Action::ConfirmFoc, QT_TRANSLATE_NOOP("portdesk::CaseActions", "&Confirm FOC"),
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "Confirm that the FOC date and time work.") },
    { CaseActions::Action::RejectFoc,
        QT_TRANSLATE_NOOP("portdesk::CaseActions", "Ask for another &date…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseActions", "The FOC does not work: ask for another date.") },
    { CaseActions::Action::Cancel, QT_TRANSLATE_NOOP("portdesk::CaseActions", "Cancel case…"),
        QT_TRANSLATE_NOOP(
            "portdesk::CaseActions", "Stop this port. A reason is asked, then confirmed.") },
};

const ActionInfo &infoOf(CaseActions::Action action)
{
    for (const ActionInfo &info : kActions) {
        if (info.action == action)
            return info;
    }
    return kActions[0];
}

// A refused change: its violations, a store failure as one more.
ActionOutcome refusal(const ChangeResult &result)
{
    ActionOutcome outcome;
    outcome.violations = result.violations;
    if (!result.status.ok())
        outcome.violations.append(Violation { QStringLiteral("store"),
            QStringLiteral("store.failed"), result.status.message, Violation::Severity::Error });
    return outcome;
}

// The case changed since it was shown (another person's step): refused,
// the view reads it again (the dialog keeps what was typed).
bool isConflict(const ChangeResult &result)
{
    for (const Violation &v : result.violations) {
        if (v.rule == QLatin1String("case.changed"))
            return true;
    }
    return false;
}

} // namespace

CaseActions::CaseActions(Services &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_supportRow = buildRow(&m_supportCaption);
    m_adminRow = buildRow(&m_adminCaption);
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
    layout->addWidget(m_supportRow);
    layout->addWidget(m_adminRow);
    m_outcome = new MessageLabel(this);
    m_outcome->setObjectName(QStringLiteral("actionOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setAccessibleName(tr("Outcome of the last action"));
    m_outcome->hide();
    layout->addWidget(m_outcome);
}

CaseActions::~CaseActions() = default;

QWidget *CaseActions::buildRow(QLabel **caption)
{
    auto *widget = new QWidget(this);
    auto *flow = new FlowLayout(widget);
    flow->setContentsMargins(0, 0, 0, 0);
    *caption = new QLabel(widget);
    // As tall as the buttons, the text centred: the caption reads as the
    // start of the row.
    (*caption)->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    (*caption)->setMinimumHeight(QPushButton(widget).sizeHint().height());
    flow->addWidget(*caption);
    return widget;
}

QList<CaseActions::Action> CaseActions::actions()
{
    QList<Action> out;
    for (const ActionInfo &info : kActions)
        out << info.action;
    return out;
}

CaseEvent CaseActions::eventOf(Action action)
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
    case Action::RejectNumbers:
        return CaseEvent::RejectNumbers;
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

void CaseActions::showCase(const CaseRecord &record)
{
    m_caseId = record.id;
    m_record = record;
    m_loaded = true;
    updateButtons();
}

void CaseActions::showNoCase(qint64 caseId)
{
    m_caseId = caseId;
    m_record = CaseRecord();
    m_loaded = false;
    updateButtons();
}

void CaseActions::hideOutcome()
{
    m_outcome->hide();
}

void CaseActions::setSubmitLoaBlocker(SubmitLoaBlocker blocker)
{
    m_submitLoaBlocker = std::move(blocker);
    updateButtons();
}

void CaseActions::updateButtons()
{
    // The current role's steps first.
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
    EventArgs probe = probeArgs(now);
    CaseFacts facts;
    facts.kind = m_record.kind;
    facts.state = m_record.state;
    facts.focAt = m_record.focAt;
    facts.numbers = m_record.numbers;
    facts.rejected = m_record.rejectedNumbers();
    // Reject-numbers is probed with one number still porting.
    for (const QString &n : std::as_const(m_record.numbers)) {
        if (!facts.rejected.contains(n)) {
            probe.numbers = { n };
            break;
        }
    }
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

void CaseActions::showOutcome(const QString &text, const QColor &color)
{
    QPalette pal = m_outcome->palette();
    pal.setColor(QPalette::WindowText, color);
    m_outcome->setPalette(pal);
    m_outcome->setText(text);
    m_outcome->setAccessibleDescription(text);
    m_outcome->show();
}

void CaseActions::done(const QString &message)
{
    showOutcome(message, palette().color(QPalette::WindowText));
    Q_EMIT caseChanged(m_caseId);
}

void CaseActions::refused(const QStringList &messages)
{
    showOutcome(
        tr("Not done: %1").arg(messages.join(QLatin1Char(' '))), CaseTerms::alertColor(palette()));
    Q_EMIT caseMayHaveMoved();
}

ActionOutcome CaseActions::advance(CaseEvent event, const EventArgs &args)
{
    // Based on the version shown: a case changed meanwhile is refused, never
    // overwritten.
    const ChangeResult result = m_service.cases.advance(
        m_caseId, event, m_role, args, ChangeBasis::atVersion(m_record.version));
    if (!result.ok())
        return refusedChange(result);
    done(tr("Done: %1. The case is now %2.").arg(displayName(event), displayName(result.state)));
    return ActionOutcome { true, {} };
}

ActionOutcome CaseActions::refusedChange(const ChangeResult &result)
{
    const ActionOutcome outcome = refusal(result);
    if (isConflict(result)) {
        // Said here too (a dialog says it in its own message line), and the
        // view shows the case as it is now.
        QStringList messages;
        for (const Violation &v : outcome.violations)
            messages << v.message;
        refused(messages);
    }
    return outcome;
}

void CaseActions::perform(CaseEvent event, const EventArgs &args)
{
    const ActionOutcome outcome = advance(event, args);
    const bool saidAlready = std::any_of(outcome.violations.cbegin(), outcome.violations.cend(),
        [](const Violation &v) { return v.rule == QLatin1String("case.changed"); });
    if (!outcome.done && !saidAlready) {
        QStringList messages;
        for (const Violation &v : outcome.violations)
            messages << v.message;
        refused(messages);
    }
}

ActionOutcome CaseActions::correct(const CorrectRequestDialog &dialog)
{
    if (!dialog.changed()
        && Dialogs::question(this, tr("Resubmit unchanged?"),
               tr("None of the fields the carrier named has changed. Resubmit the "
                  "LOA as it is?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return ActionOutcome();
    const PortInRequest corrected = dialog.correctedRequest();
    // Signatures are asked for a correction that passes every other check
    // only: a refused correction must leave no signed LOA behind.
    const ChangeBasis basis = ChangeBasis::atVersion(m_record.version);
    const ChangeResult checked
        = m_service.cases.checkCorrection(m_caseId, corrected, m_role, basis);
    if (!checked.ok())
        return refusedChange(checked);
    if (m_beforeResubmit && !m_beforeResubmit(m_caseId, corrected))
        return ActionOutcome();
    const ChangeResult result = m_service.cases.correctPortIn(m_caseId, corrected, m_role, basis);
    if (!result.ok())
        return refusedChange(result);
    done(tr("Done: the corrected LOA is resubmitted. The case is now %1.")
             .arg(displayName(result.state)));
    return ActionOutcome { true, {} };
}

void CaseActions::openDialog(ActionDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

// Not portable, another FOC date and cancel: a reason, then the step.
void CaseActions::askReason(Action action)
{
    ReasonDialog *dialog = nullptr;
    if (action == Action::NotPortable) {
        dialog = new ReasonDialog(tr("Not portable"),
            tr("The numbers of case %1 cannot be ported. The admin "
               "reads the reason; the case ends here.")
                .arg(m_caseId),
            tr("&Reason:"), tr("&Not portable"), true, this);
    } else if (action == Action::RejectFoc) {
        dialog = new ReasonDialog(tr("Ask for another FOC date"),
            tr("The FOC %1 does not work. Support asks the carrier "
               "for another date.")
                .arg(CaseTerms::customerTime(m_record.focAt, customerTimeZone(m_record.portIn))),
            tr("&Which dates work:"), tr("&Ask for another date"), false, this);
    } else {
        dialog = new ReasonDialog(tr("Cancel the case"),
            m_record.kind == CaseKind::PortIn ? tr("Stop the port of case %1. The numbers stay "
                                                   "with the current carrier.")
                                                    .arg(m_caseId)
                                              : tr("Stop the port-out of case %1. The numbers "
                                                   "stay in the inventory.")
                                                    .arg(m_caseId),
            tr("&Reason:"), tr("Cancel the &case"), true, this);
        dialog->setCancelText(tr("&Keep the case"));
    }
    const CaseEvent event = eventOf(action);
    dialog->setSubmitter([this, dialog, event] {
        // Cancelling cannot be undone: asked once more.
        if (event == CaseEvent::Cancel
            && Dialogs::question(this, tr("Cancel the case"),
                   tr("Cancel case %1? This cannot be undone.").arg(m_caseId),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return ActionOutcome();
        EventArgs args;
        args.reason = dialog->reason();
        return advance(event, args);
    });
    openDialog(dialog);
}

void CaseActions::triggered(Action action)
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
    case Action::NotPortable:
    case Action::RejectFoc:
    case Action::Cancel:
        askReason(action);
        return;
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
    case Action::RejectNumbers: {
        QStringList stillPorting;
        for (const PortNumber &n : std::as_const(m_record.numberStatus)) {
            if (n.state != PortNumberState::Rejected)
                stillPorting << n.e164;
        }
        auto *dialog = new RejectNumbersDialog(m_caseId, stillPorting, this);
        dialog->setSubmitter([this, dialog] {
            EventArgs args;
            args.numbers = dialog->numbers();
            args.reasonCode = dialog->reasonCode();
            args.reason = dialog->reason();
            return advance(CaseEvent::RejectNumbers, args);
        });
        openDialog(dialog);
        return;
    }
    case Action::SetFoc: {
        const QDateTime requested = m_record.portIn.requestedPortAt;
        const QTimeZone zone = customerTimeZone(m_record.portIn);
        auto *dialog
            = new SetFocDialog(SetFocDialog::suggestion(requested, zone, Clock::now()), zone, this);
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

} // namespace portdesk
