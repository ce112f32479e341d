// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/CaseStateMachine.h"
#include "core/LoaVersion.h"
#include "core/PortRequest.h"
#include "core/Violation.h"
#include "documents/LoaOptions.h"
#include "loa/LoaAttachments.h"

#include <QPointer>
#include <QWidget>

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

    // Before a correction is resubmitted (CorrectRequestDialog): opens the
    // sign dialog, one after the other, for each carrier group whose LOA
    // the corrected request would leave without a current signature, and
    // signs the corrected content (Services::signLoa with pending).
    // True when every group is signed for it, false when the admin cancelled.
    static bool signCorrection(
        Services &service, qint64 caseId, const PortInRequest &corrected, QWidget *parent);

    // Tests: how an attachment is opened (default: QDesktopServices::openUrl);
    // an empty function restores the default.
    using UrlOpener = LoaAttachments::UrlOpener;
    static void setUrlOpener(UrlOpener opener);

public Q_SLOTS:
    void signSelected();
    void exportSelected();
    void printSelected();
    void compareSelected();

Q_SIGNALS:
    // Something here changed the case in the store (a signature, a file).
    void caseChanged(qint64 caseId);

private:
    void forgetIfOther(qint64 caseId);
    // Reads the case unless given, then its LOA versions and attachments.
    void fill(const CaseRecord *record);
    void fillGroups();
    void fillVersions();
    void updateActions();
    // The carrier group whose LOA is selected (-1: none), and selecting one.
    int currentGroup() const;
    void selectGroup(int index);
    // The LOA document of group g as exported or printed: the language chosen,
    // the files attached, and the signature when it fits the letter.
    LoaOptions documentOptions(const LoaGroupStatus &g, bool *signedLetter = nullptr) const;
    void showMessage(const QString &text, bool refused);

    Services &m_service;
    Role m_role = Role::Admin;
    qint64 m_caseId = 0;
    CaseRecord m_case;
    bool m_haveCase = false;
    QList<LoaGroupStatus> m_status;

    QLabel *m_summary;
    QTreeWidget *m_groups;
    QPushButton *m_sign;
    QPushButton *m_export;
    QPushButton *m_print;
    QComboBox *m_language;
    QTreeView *m_versions;
    LoaVersionsModel *m_versionsModel;
    QPushButton *m_compare;
    LoaAttachments *m_files;
    QLabel *m_message;
    QPointer<LoaSignDialog> m_signDialog;
    QPointer<QDialog> m_compareDialog;
};

} // namespace portdesk
