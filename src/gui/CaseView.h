#pragma once

#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/CaseComment.h"
#include "core/CaseRecord.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace portdesk {

class ActionDialog;
class CorrectRequestDialog;
class LoaPanel;
class Services;
class TimelineWidget;
struct ActionOutcome;

// One case: its request (secrets masked until revealed), carrier groups and
// numbers, the painted timeline, the event history, comments, and the
// actions the current role may take now.
class CaseView : public QWidget {
    Q_OBJECT

public:
    // The steps a person takes from here. Correct is the admin's answer to
    // a change request (the SubmitLoa event with the corrected request).
    enum class Action {
        Portable,
        NotPortable,
        RequestLoa,
        Approve,
        RequestChange,
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

    // The sections of the case view; more can be added (the LOA panel).
    QTabWidget *sections() const { return m_sections; }

    // The name comments are signed with (default: the login name).
    void setAuthorName(const QString &name) { m_author = name; }
    QString authorName() const { return m_author; }

    // The LOA section's part in the admin's steps, set by whoever hosts both
    // (the LOA panel is another widget): why Submit LOA cannot be taken now
    // (empty: it can) — the button is then disabled with that tooltip; and
    // what runs before a correction is resubmitted (signing the LOAs it
    // changes) — false stops the resubmission, the dialog stays open.
    using SubmitLoaBlocker = std::function<QString(qint64 caseId)>;
    using BeforeResubmit = std::function<bool(qint64 caseId, const PortInRequest &corrected)>;
    void setSubmitLoaBlocker(SubmitLoaBlocker blocker);
    void setBeforeResubmit(BeforeResubmit hook) { m_beforeResubmit = std::move(hook); }

    // The case as last read (valid when caseLoaded()).
    bool caseLoaded() const { return m_loaded; }
    const CaseRecord &caseRecord() const { return m_record; }

    // The parts, for tests and for the main window.
    static QList<Action> actions();
    static CaseEvent eventOf(Action action);
    QPushButton *actionButton(Action action) const { return m_buttons.value(action); }
    TimelineWidget *timeline() const { return m_timeline; }
    LoaPanel *loaPanel() const { return m_loaPanel; }
    QTableWidget *historyTable() const { return m_history; }
    QTextBrowser *commentThread() const { return m_thread; }
    QPlainTextEdit *commentEditor() const { return m_commentEdit; }
    QCheckBox *internalNoteBox() const { return m_internal; }
    QPushButton *postCommentButton() const { return m_post; }
    const QList<CaseComment> &shownComments() const { return m_comments; }
    // A secret's label and its reveal toggle: "carriers[0].accountNumber",
    // "carriers[0].pin", "portOut.accountId", "portOut.pin".
    QLabel *secretLabel(const QString &key) const;
    QAbstractButton *revealButton(const QString &key) const;
    // The heading, the state line and the outcome of the last action.
    QString headingText() const;
    QString stateText() const;
    QString outcomeText() const;
    // Every text of the request section (masked secrets stay masked).
    QString requestText() const;

Q_SIGNALS:
    // An action here changed the case in the store.
    void caseChanged(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void updateActions();
    void triggered(Action action);
    void perform(CaseEvent event, const EventArgs &args);
    ActionOutcome advance(CaseEvent event, const EventArgs &args);
    ActionOutcome correct(const CorrectRequestDialog &dialog);
    void done(const QString &message);
    void refused(const QStringList &messages);
    void openDialog(ActionDialog *dialog);

    void showEmpty(const QString &why);
    void fillHeader();
    void fillTimeline();
    void fillRequest();
    void fillHistory();
    void fillComments(bool force);
    void postComment();
    QWidget *secretField(const QString &key, const QString &value, const QString &what);

    Services &m_service;
    Role m_role = Role::Admin;
    qint64 m_caseId = 0;
    QTabWidget *m_sections = nullptr;

    CaseRecord m_record;
    bool m_loaded = false;
    QString m_author;
    QSet<QString> m_revealed;
    QString m_requestSignature;

    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QLabel *m_outcome = nullptr;
    QWidget *m_supportRow = nullptr;
    QWidget *m_adminRow = nullptr;
    QLabel *m_supportCaption = nullptr;
    QLabel *m_adminCaption = nullptr;
    QMap<Action, QPushButton *> m_buttons;

    QScrollArea *m_requestArea = nullptr;
    QHash<QString, QLabel *> m_secretLabels;
    QHash<QString, QAbstractButton *> m_revealButtons;
    QTableWidget *m_history = nullptr;
    QWidget *m_commentsPage = nullptr;
    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QCheckBox *m_internal = nullptr;
    QPushButton *m_post = nullptr;
    QLabel *m_commentMessage = nullptr;
    QList<CaseComment> m_comments;
    LoaPanel *m_loaPanel = nullptr;
    SubmitLoaBlocker m_submitLoaBlocker;
    BeforeResubmit m_beforeResubmit;
};

} // namespace portdesk
