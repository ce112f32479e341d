// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/CaseStateMachine.h"
#include "core/ChangeResult.h"
#include "core/PortRequest.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace portdesk {

class ActionDialog;
class CorrectRequestDialog;
class Services;
struct ActionOutcome;

// The steps a person can take on the shown case: one button per step, in a
// row per role (the current role's first; the other role's stay visible but
// disabled, so that everyone sees what the case waits for and from whom),
// each with the step's dialog, and the outcome of the last step taken.
// Each button's objectName is its Action's name ("Portable", "SetFoc").
class CaseActions : public QWidget {
    Q_OBJECT

public:
    // Correct is the admin's answer to a change request (the SubmitLoa
    // event with the corrected request).
    enum class Action {
        Portable,
        NotPortable,
        RequestLoa,
        Approve,
        RequestChange,
        RejectNumbers,
        SetFoc,
        IssuePin,
        PortedOut,
        SubmitLoa,
        Correct,
        ConfirmFoc,
        RejectFoc,
        Cancel,
    };
    Q_ENUM(Action)

    // Why Submit LOA cannot be taken now (empty: it can); what runs before a
    // correction is resubmitted (false stops it, the dialog stays open).
    using SubmitLoaBlocker = std::function<QString(qint64 caseId)>;
    using BeforeResubmit = std::function<bool(qint64 caseId, const PortInRequest &corrected)>;

    explicit CaseActions(Services &service, QWidget *parent = nullptr);
    ~CaseActions() override;

    // Every action, in the order the buttons show, and the event each takes.
    static QList<Action> actions();
    static CaseEvent eventOf(Action action);

    // Whose steps come first and may be taken (shown at the next showCase).
    void setRole(Role role) { m_role = role; }
    // The case the steps are for, as just read: the buttons say what it
    // allows now. showNoCase: none could be read (0: none asked for); every
    // button disabled.
    void showCase(const CaseRecord &record);
    void showNoCase(qint64 caseId);
    // Another case is shown: the last outcome is not its.
    void hideOutcome();

    void setSubmitLoaBlocker(SubmitLoaBlocker blocker);
    void setBeforeResubmit(BeforeResubmit hook) { m_beforeResubmit = std::move(hook); }

Q_SIGNALS:
    // A step was taken: the host reads the case again, then tells others.
    void caseChanged(qint64 caseId);
    // A step was refused: the case may have moved on elsewhere; the host
    // reads it again.
    void caseMayHaveMoved();

private:
    QWidget *buildRow(QLabel **caption);
    void updateButtons();
    void triggered(Action action);
    void perform(CaseEvent event, const EventArgs &args);
    ActionOutcome advance(CaseEvent event, const EventArgs &args);
    // A refused change as the dialog shows it; a conflict (case.changed) also
    // in the outcome line, and the host reads the case again.
    ActionOutcome refusedChange(const ChangeResult &result);
    ActionOutcome correct(const CorrectRequestDialog &dialog);
    void askReason(Action action);
    void done(const QString &message);
    void refused(const QStringList &messages);
    void showOutcome(const QString &text, const QColor &color);
    void openDialog(ActionDialog *dialog);

    Services &m_service;
    Role m_role = Role::Admin;
    qint64 m_caseId = 0;
    CaseRecord m_record;
    bool m_loaded = false;

    QWidget *m_supportRow = nullptr;
    QWidget *m_adminRow = nullptr;
    QLabel *m_supportCaption = nullptr;
    QLabel *m_adminCaption = nullptr;
    QMap<Action, QPushButton *> m_buttons;
    QLabel *m_outcome = nullptr;
    SubmitLoaBlocker m_submitLoaBlocker;
    BeforeResubmit m_beforeResubmit;
};

} // namespace portdesk
