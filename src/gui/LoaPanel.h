#pragma once

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/CaseAttachment.h"
#include "core/CaseRecord.h"
#include "core/LoaVersion.h"
#include "documents/LoaOptions.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace portdesk {

class LoaVersionsModel;

class LoaSignDialog;
class Services;

// The case view's LOA section: each carrier group's LOA with where it stands
// (not signed, signed version N on a date, expired, needs signing again
// after a change), Sign…, Export PDF… and Print…; the signed versions of the
// selected group and what changed between two of them (Compare…); and the
// case's attachments (a recent carrier invoice or customer service record):
// Add…, Open, Delete…. Signing and attachments are the admin's; support sees
// everything and can export, print and open.
class LoaPanel : public QWidget {
    Q_OBJECT

public:
    explicit LoaPanel(Services &service, QWidget *parent = nullptr);
    ~LoaPanel() override;

    void setRole(Role role);
    Role role() const { return m_role; }
    // Shows this case (0: none).
    void showCase(qint64 caseId);
    // Shows a case its host has just read (the case view), without reading it again.
    void showCase(const CaseRecord &record);
    qint64 caseId() const { return m_caseId; }
    // Reads the case, its LOA versions and attachments again.
    void reload();

    // The carrier group whose LOA is selected (-1: none), and selecting one.
    int currentGroup() const;
    void selectGroup(int index);
    // What Compare… showed last, and the dialog while it is open.
    QList<LoaFieldChange> lastComparison() const { return m_lastComparison; }
    // What the panel read for its case at the last showCase()/reload(): the
    // case view's history lists the signed versions and the files.
    const QList<LoaGroupStatus> &loaGroups() const { return m_status; }
    const QList<CaseAttachment> &attachments() const { return m_files; }
    const QList<CaseAttachment> &removedAttachments() const { return m_removedFiles; }
    QDialog *compareDialog() const { return m_compareDialog; }
    // The sign dialog while it is open.
    LoaSignDialog *signDialog() const { return m_signDialog; }
    // The panel's last message (done or refused), as shown.
    QString message() const;

    QTreeWidget *groupList() const { return m_groups; }
    QTreeWidget *attachmentList() const { return m_attachments; }
    QComboBox *attachmentKind() const { return m_kind; }
    QComboBox *language() const { return m_language; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *restoreButton() const { return m_restore; }

    // Before a correction is resubmitted (CorrectRequestDialog): opens the
    // sign dialog, one after the other, for each carrier group whose LOA
    // the corrected request would leave without a current signature, and
    // signs the corrected content (Services::signLoa with pending).
    // True when every group is signed for it, false when the admin cancelled.
    static bool signCorrection(
        Services &service, qint64 caseId, const PortInRequest &corrected, QWidget *parent);

    // Tests: how an attachment is opened (default: QDesktopServices::openUrl);
    // an empty function restores the default.
    using UrlOpener = std::function<bool(const QUrl &)>;
    static void setUrlOpener(UrlOpener opener);

public Q_SLOTS:
    void signSelected();
    void exportSelected();
    void printSelected();
    void compareSelected();
    void addAttachment();
    void openAttachment();
    void removeAttachment();
    void restoreAttachment();

Q_SIGNALS:
    // Something here changed the case in the store (a signature, a file).
    void caseChanged(qint64 caseId);

private:
    void forgetIfOther(qint64 caseId);
    void changeAttachment(qint64 id, const QString &name, bool restore);
    // Reads the case unless given, then its LOA versions and attachments.
    void fill(const CaseRecord *record);
    void fillGroups();
    void fillVersions();
    void fillAttachments();
    void updateActions();
    // The LOA document of group g as exported or printed: the language chosen,
    // the files attached, and the signature when it fits the letter.
    LoaOptions documentOptions(const LoaGroupStatus &g, bool *signedLetter = nullptr) const;
    void showMessage(const QString &text, bool refused);
    void showViolations(const Violations &violations, const QString &title);

    Services &m_service;
    Role m_role = Role::Admin;
    qint64 m_caseId = 0;
    CaseRecord m_case;
    bool m_haveCase = false;
    QList<LoaGroupStatus> m_status;
    QList<CaseAttachment> m_files;
    QList<CaseAttachment> m_removedFiles; // deleted from the case, restorable
    QList<LoaFieldChange> m_lastComparison;

    QLabel *m_summary;
    QTreeWidget *m_groups;
    QPushButton *m_sign;
    QPushButton *m_export;
    QPushButton *m_print;
    QComboBox *m_language;
    QTreeView *m_versions;
    LoaVersionsModel *m_versionsModel;
    QPushButton *m_compare;
    QTreeWidget *m_attachments;
    QComboBox *m_kind;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_remove;
    QPushButton *m_restore;
    QLabel *m_message;
    QPointer<LoaSignDialog> m_signDialog;
    QPointer<QDialog> m_compareDialog;
};

} // namespace portdesk
