// SPDX-License-Identifier: Apache-2.0
#include "LoaAttachments.h"
#include "gui/actions/FlowLayout.h"

#include "AttachmentCopy.h"
#include "Dialogs.h"
#include "LoaTexts.h"
#include "core/AttachmentRules.h"
#include "service/Services.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portdesk {

namespace {

LoaAttachments::UrlOpener &urlOpener()
{
    static LoaAttachments::UrlOpener opener;
    return opener;
}

// A row of the list that shows a file deleted from the case.
bool isDeleted(const QTreeWidgetItem *item)
{
    return item && item->data(1, Qt::UserRole).toBool();
}

} // namespace

void LoaAttachments::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

LoaAttachments::LoaAttachments(Services &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_list(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_openFile(new QPushButton(tr("&Open"), this))
    , m_remove(new QPushButton(tr("De&lete"), this))
    , m_restore(new QPushButton(tr("Restore"), this))
{
    setObjectName(QStringLiteral("loaAttachments"));
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->setHeaderLabels({ tr("Name"), tr("Kind"), tr("Size"), tr("Added") });
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Attachments of the case"));
    m_kind->setObjectName(QStringLiteral("attachmentKind"));
    for (const AttachmentKind kind :
        { AttachmentKind::CarrierInvoice, AttachmentKind::CustomerServiceRecord })
        m_kind->addItem(displayName(kind), toString(kind));
    m_add->setObjectName(QStringLiteral("attachmentAdd"));
    m_openFile->setObjectName(QStringLiteral("attachmentOpen"));
    m_remove->setObjectName(QStringLiteral("attachmentRemove"));
    m_restore->setObjectName(QStringLiteral("attachmentRestore"));
    m_remove->setToolTip(tr("Deletes the file from the case: the LOA no longer names it. It stays "
                            "in the list, greyed, for Restore."));
    m_restore->setToolTip(tr("Attaches a deleted file to the case again."));
    m_add->setToolTip(tr("A recent carrier invoice or customer service record: PDF, PNG or "
                         "JPEG, at most %1")
                          .arg(LoaTexts::sizeText(AttachmentRules::maxBytes)));

    auto *filesLabel = new QLabel(tr("Attachments (named on the LOA):"), this);
    filesLabel->setBuddy(m_list);
    auto *kindLabel = new QLabel(tr("Attachment &kind:"), this);
    kindLabel->setBuddy(m_kind);
    // The kind with its label, then the buttons: wrapped to a second line
    // in a narrow pane rather than widening the case view.
    auto *kindRow = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(kindLabel);
    kindLayout->addWidget(m_kind);
    auto *buttons = new FlowLayout;
    buttons->addWidget(kindRow);
    buttons->addWidget(m_add);
    buttons->addWidget(m_openFile);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_restore);
    // The panel's layout spaces this part like its other rows.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filesLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    setTabOrder(m_list, m_kind);
    setTabOrder(m_kind, m_add);
    setTabOrder(m_add, m_openFile);
    setTabOrder(m_openFile, m_remove);
    setTabOrder(m_remove, m_restore);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &LoaAttachments::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, &LoaAttachments::openAttachment);
    connect(m_add, &QPushButton::clicked, this, &LoaAttachments::addAttachment);
    connect(m_openFile, &QPushButton::clicked, this, &LoaAttachments::openAttachment);
    connect(m_remove, &QPushButton::clicked, this, &LoaAttachments::removeAttachment);
    connect(m_restore, &QPushButton::clicked, this, &LoaAttachments::restoreAttachment);
    // The Delete key in the list deletes the selected file (Restore undoes it).
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (m_remove->isVisible() && m_remove->isEnabled())
            removeAttachment();
    });
    updateActions();
}

void LoaAttachments::setRole(Role role)
{
    m_role = role;
    updateActions();
}

void LoaAttachments::setCase(qint64 caseId, bool open)
{
    m_caseId = caseId;
    m_open = open;
    updateActions();
}

void LoaAttachments::setFiles(const QList<CaseAttachment> &files)
{
    const QString current = m_list->currentItem()
        ? m_list->currentItem()->data(0, Qt::UserRole).toString()
        : QString();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        // The deleted files listed after the attached ones.
        for (const bool removed : { false, true }) {
            for (const CaseAttachment &a : files) {
                if (a.removedAt.isValid() != removed)
                    continue;
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(0, a.fileName);
                item->setData(0, Qt::UserRole, QString::number(a.id));
                item->setText(1, displayName(a.kind));
                item->setData(1, Qt::UserRole, removed);
                item->setText(2, LoaTexts::sizeText(a.sizeBytes));
                item->setData(2, Qt::UserRole, a.sizeBytes);
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(3,
                    removed ? tr("deleted %1").arg(LoaTexts::shortTime(a.removedAt))
                            : LoaTexts::shortTime(a.addedAt));
                if (!removed)
                    continue;
                // Greyed and in italics (not by colour alone); Restore brings it back.
                const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
                for (int c = 0; c < m_list->columnCount(); ++c) {
                    QFont italic = item->font(c);
                    italic.setItalic(true);
                    item->setFont(c, italic);
                    item->setForeground(c, grey);
                    item->setToolTip(c,
                        tr("Deleted from the case on %1 (added on %2): not named on the LOA. "
                           "Restore attaches it again until %3; then it goes for good.")
                            .arg(LoaTexts::shortTime(a.removedAt), LoaTexts::shortTime(a.addedAt),
                                LoaTexts::shortTime(
                                    a.removedAt.addDays(InventoryService::deletionQueueDays))));
                }
            }
        }
        for (int c = 0; c < m_list->columnCount(); ++c)
            m_list->resizeColumnToContents(c);
    }
    selectFile(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateActions();
}

void LoaAttachments::selectFile(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void LoaAttachments::updateActions()
{
    const bool admin = m_role == Role::Admin;
    m_kind->setVisible(admin);
    m_add->setVisible(admin);
    m_remove->setVisible(admin);
    m_restore->setVisible(admin);
    m_add->setEnabled(m_open);
    m_kind->setEnabled(m_open);
    const QTreeWidgetItem *file = m_list->currentItem();
    const bool removed = isDeleted(file);
    m_openFile->setEnabled(file && !removed);
    m_remove->setEnabled(file && !removed);
    m_restore->setEnabled(removed && m_open);
}

void LoaAttachments::showViolations(const Violations &violations, const QString &title)
{
    QStringList lines;
    for (const Violation &v : violations) {
        if (v.isError())
            lines << v.message;
    }
    if (lines.isEmpty())
        return;
    const QString text = lines.join(QLatin1Char('\n'));
    Q_EMIT message(text, true);
    Dialogs::warning(this, title, text);
}

void LoaAttachments::addAttachment()
{
    if (m_role != Role::Admin || m_caseId <= 0)
        return;
    const QString path
        = Dialogs::openFileName(this, tr("Attach a carrier invoice or customer service record"),
            tr("PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    AttachmentKind kind = AttachmentKind::CarrierInvoice;
    attachmentKindFromString(m_kind->currentData().toString(), &kind);
    const qint64 caseId = m_caseId;
    const ChangeResult result = m_service.loas.addAttachmentFile(caseId, kind, path, m_role);
    if (!result.status.ok()) {
        Q_EMIT message(result.status.message, true);
        Dialogs::warning(this, tr("Attach a file"), result.status.message);
        return;
    }
    if (result.refused()) {
        showViolations(result.violations, tr("Attach a file"));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    Q_EMIT message(tr("%1 is attached as a %2.").arg(name, displayName(kind).toLower()), false);
    Q_EMIT reloadWanted();
    selectFile(QString::number(result.id));
    Q_EMIT caseChanged(caseId);
}

void LoaAttachments::openAttachment()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (isDeleted(item)) {
        Q_EMIT message(tr("%1 is deleted from the case: Restore attaches it again, then it opens.")
                           .arg(item->text(0)),
            true);
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toString().toLongLong();
    CaseAttachment meta;
    QByteArray bytes;
    StoreStatus status;
    if (!m_service.loas.loadAttachment(id, &meta, &bytes, &status)) {
        Q_EMIT message(
            status.ok() ? tr("%1 is no longer attached.").arg(item->text(0)) : status.message,
            true);
        Q_EMIT reloadWanted();
        return;
    }
    QString path;
    QString error;
    if (!AttachmentCopy::write(meta, bytes, &path, &error)) {
        Q_EMIT message(error, true);
        return;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url);
    if (opened) {
        Q_EMIT message(tr("%1 is open in its viewer.").arg(meta.fileName), false);
    } else {
        Q_EMIT message(tr("No program opened %1; a copy is in %2.")
                           .arg(meta.fileName, QDir::toNativeSeparators(path)),
            true);
    }
}

void LoaAttachments::removeAttachment()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (m_role != Role::Admin || !item || isDeleted(item))
        return;
    changeAttachment(item->data(0, Qt::UserRole).toString().toLongLong(), item->text(0), false);
}

void LoaAttachments::restoreAttachment()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (m_role != Role::Admin || !isDeleted(item))
        return;
    changeAttachment(item->data(0, Qt::UserRole).toString().toLongLong(), item->text(0), true);
}

void LoaAttachments::changeAttachment(qint64 id, const QString &name, bool restore)
{
    // No question first: a deleted file stays in the list, and Restore undoes it.
    const qint64 caseId = m_caseId;
    const ChangeResult result = restore ? m_service.loas.restoreAttachment(caseId, id, m_role)
                                        : m_service.loas.removeAttachment(caseId, id, m_role);
    const QString title = restore ? tr("Restore the attachment") : tr("Delete the attachment");
    if (!result.status.ok()) {
        Q_EMIT message(result.status.message, true);
        return;
    }
    if (result.refused()) {
        showViolations(result.violations, title);
        Q_EMIT reloadWanted();
        return;
    }
    Q_EMIT message(restore ? tr("%1 is attached again; the LOA names it.").arg(name)
                           : tr("%1 is deleted from the case; the LOA no longer names it. Select "
                                "it and press Restore to attach it again within %2 days.")
                                 .arg(name)
                                 .arg(InventoryService::deletionQueueDays),
        false);
    Q_EMIT reloadWanted(); // keeps the file selected, for Restore (or Delete) straight away
    Q_EMIT caseChanged(caseId);
}

} // namespace portdesk
