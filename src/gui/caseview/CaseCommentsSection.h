// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseComment.h"
#include "core/CaseStateMachine.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace portdesk {

class Services;

// A case's comments: the thread the current role may read (support also
// reads internal notes), and a new comment posted with the button or
// Ctrl+Enter, signed with the author's name. The thread is "commentThread",
// the editor "commentEditor", the internal-note box "internalNote" and the
// button "postComment".
class CaseCommentsSection : public QWidget {
    Q_OBJECT

public:
    explicit CaseCommentsSection(Services &service, QWidget *parent = nullptr);

    // Who reads and writes (shown at the next showCase).
    void setRole(Role role) { m_role = role; }
    // The name comments are signed with.
    void setAuthorName(const QString &name) { m_author = name; }
    QString authorName() const { return m_author; }

    // Reads the case's comments (the thread is written again only when they
    // changed, so that the reader's place in it stays).
    void showCase(qint64 caseId);
    // No case: an empty thread, nothing to post to.
    void clear();
    // Another case is shown: the draft and the last message are not its.
    void startOver();
    // The comments shown, oldest first.
    const QList<CaseComment> &shownComments() const { return m_comments; }

    // The section's tab title: "Comments (3)", with its mnemonic.
    static QString title(int count);

Q_SIGNALS:
    // The number of comments shown changed (for the tab's title).
    void countChanged(int count);

private:
    void fill(bool force);
    void post();

    Services &m_service;
    Role m_role = Role::Admin;
    qint64 m_caseId = 0;
    bool m_loaded = false;
    QString m_author;
    QList<CaseComment> m_comments;

    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QCheckBox *m_internal = nullptr;
    QPushButton *m_post = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace portdesk
