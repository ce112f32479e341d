// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseAttachment.h"
#include "core/CaseStateMachine.h"
#include "core/Violation.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace portdesk {

class Services;

// The LOA panel's attachments part: the case's files (a recent carrier
// invoice or customer service record, named on the LOA), with Add…, Open,
// Delete and Restore. A deleted file stays in the list, greyed, until the
// clock purges it. Adding, deleting and restoring are the admin's; anyone
// may open. The panel reads the files with the case, so that one read
// serves both; after a change it reads them again (reloadWanted).
class LoaAttachments : public QWidget {
    Q_OBJECT

public:
    // How a copy is handed to its viewer (default: QDesktopServices::openUrl).
    using UrlOpener = std::function<bool(const QUrl &)>;
    static void setUrlOpener(UrlOpener opener);

    explicit LoaAttachments(Services &service, QWidget *parent = nullptr);

    void setRole(Role role);
    // The case shown (0: none), and whether files may still be added to it.
    void setCase(qint64 caseId, bool open);
    // The case's files, attached and deleted, as read: the current file stays
    // current when it is still listed, otherwise the first one is.
    void setFiles(const QList<CaseAttachment> &files);

public Q_SLOTS:
    void addAttachment();
    void openAttachment();
    void removeAttachment();
    void restoreAttachment();

Q_SIGNALS:
    // What the part did or why it refused, for the panel's message line.
    void message(const QString &text, bool refused);
    // A change made or refused: the panel reads the case again (at once).
    void reloadWanted();
    // A file was attached, deleted or restored in the store.
    void caseChanged(qint64 caseId);

private:
    void changeAttachment(qint64 id, const QString &name, bool restore);
    void showViolations(const Violations &violations, const QString &title);
    void selectFile(const QString &id);
    void updateActions();

    Services &m_service;
    Role m_role = Role::Admin;
    qint64 m_caseId = 0;
    bool m_open = false;
    QTreeWidget *m_list;
    QComboBox *m_kind;
    QPushButton *m_add;
    QPushButton *m_openFile;
    QPushButton *m_remove;
    QPushButton *m_restore;
};

} // namespace portdesk
