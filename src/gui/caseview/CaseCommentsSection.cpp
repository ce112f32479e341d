// SPDX-License-Identifier: Apache-2.0
#include "CaseCommentsSection.h"

#include "MessageLabel.h"
#include "models/CaseTerms.h"

#include "core/Violation.h"
#include "service/Services.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace portdesk {

CaseCommentsSection::CaseCommentsSection(Services &service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("caseComments"));
    auto *layout = new QVBoxLayout(this);
    m_thread = new QTextBrowser(this);
    m_thread->setObjectName(QStringLiteral("commentThread"));
    m_thread->setOpenLinks(false);
    m_thread->setAccessibleName(tr("Comments"));
    layout->addWidget(m_thread, 1);
    auto *newLabel = new QLabel(tr("Ne&w comment:"), this);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("commentEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Ctrl+Enter posts it"));
    m_editor->setMaximumHeight(m_editor->fontMetrics().height() * 5);
    newLabel->setBuddy(m_editor);
    layout->addWidget(newLabel);
    layout->addWidget(m_editor);
    auto *postRow = new QHBoxLayout;
    m_internal = new QCheckBox(tr("Internal note (s&upport only)"), this);
    m_internal->setObjectName(QStringLiteral("internalNote"));
    m_internal->setToolTip(tr("Only support sees internal notes; the admin never does."));
    m_post = new QPushButton(tr("P&ost comment"), this);
    m_post->setObjectName(QStringLiteral("postComment"));
    postRow->addWidget(m_internal);
    postRow->addStretch();
    postRow->addWidget(m_post);
    layout->addLayout(postRow);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("commentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    connect(m_post, &QPushButton::clicked, this, &CaseCommentsSection::post);
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, m_editor);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseCommentsSection::post);
    }
}

QString CaseCommentsSection::title(int count)
{
    return count == 0 ? tr("Commen&ts") : tr("Commen&ts (%1)").arg(count);
}

void CaseCommentsSection::showCase(qint64 caseId)
{
    m_caseId = caseId;
    m_loaded = true;
    fill(false);
}

void CaseCommentsSection::clear()
{
    m_loaded = false;
    m_thread->clear();
    m_comments.clear();
    Q_EMIT countChanged(0);
}

void CaseCommentsSection::startOver()
{
    m_editor->clear();
    m_message->hide();
}

void CaseCommentsSection::fill(bool force)
{
    const bool support = m_role == Role::Support;
    m_internal->setVisible(support);
    if (!support)
        m_internal->setChecked(false);
    StoreStatus status;
    const QList<CaseComment> comments = m_service.comments.listComments(m_caseId, support, &status);
    if (!status.ok()) {
        m_message->setText(status.message);
        m_message->show();
        return;
    }
    bool same = !force && comments.size() == m_comments.size();
    for (int i = 0; same && i < comments.size(); ++i)
        same = comments.at(i).id == m_comments.at(i).id;
    m_comments = comments;
    Q_EMIT countChanged(int(comments.size()));
    if (same && !m_thread->document()->isEmpty())
        return;

    const QPalette pal = palette();
    QString html;
    if (comments.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("No comments yet.").toHtmlEscaped());
    for (const CaseComment &c : comments) {
        QString who = CaseTerms::roleName(c.authorRole);
        if (!c.author.isEmpty())
            who = tr("%1 (%2)").arg(c.author, who);
        html += QStringLiteral("<p><b>%1</b> · %2")
                    .arg(who.toHtmlEscaped(),
                        CaseTerms::shortLocalTime(c.createdAt).toHtmlEscaped());
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

void CaseCommentsSection::post()
{
    if (!m_loaded)
        return;
    const bool internal = m_role == Role::Support && m_internal->isChecked();
    const ChangeResult result = m_service.comments.addComment(
        m_caseId, m_role, m_author, internal, m_editor->toPlainText());
    if (!result.ok()) {
        // The store's failure first, then every rule's refusal.
        QStringList lines
            = result.status.ok() ? QStringList() : QStringList { result.status.message };
        for (const Violation &v : result.violations)
            lines << v.message;
        m_message->setText(lines.join(QLatin1Char('\n')));
        QPalette pal = m_message->palette();
        pal.setColor(QPalette::WindowText, CaseTerms::alertColor(palette()));
        m_message->setPalette(pal);
        m_message->show();
        m_editor->setFocus();
        return;
    }
    m_message->hide();
    m_editor->clear();
    fill(true);
}

} // namespace portdesk
